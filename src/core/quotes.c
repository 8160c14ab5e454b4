/*
 * quotes.c: quotation pairing, the names an article uses, and the entry
 * points; attribution and speakers are in quotes_attribution.c, the rules in
 * quotes.h.
 *
 * Every step is a single pass or a bounded window around a piece, so the
 * work is linear in the document whatever its marks look like.
 */
#include "quotes_internal.h"

#include "article.h"
#include "entities.h"
#include "hash.h"
#include "sentences.h"
#include "titles.h"
#include "utf8.h"

#include <string.h>

/* ---------------------------------------------------------------- words */

typedef struct verb_entry
{
	const char *norm;
	const char *forms;			/* '|'-separated, lower case */
} verb_entry;

static const verb_entry verbs[] = {
	{"said", "say|says|said|saying|quoted"},
	{"told", "tell|tells|told|telling"},
	{"added", "add|adds|added|adding"},
	{"stated", "state|states|stated|stating"},
	{"warned", "warn|warns|warned|warning"},
	{"explained", "explain|explains|explained|explaining"},
	{"noted", "note|notes|noted|noting"},
	{"asked", "ask|asks|asked|asking"},
	{"insisted", "insist|insists|insisted|insisting"},
	{"wrote", "write|writes|wrote|writing|written"},
	{"tweeted", "tweet|tweets|tweeted|tweeting"},
	{"posted", "posted"},
	{"declared", "declare|declares|declared|declaring"},
	{"claimed", "claim|claims|claimed|claiming"},
	{"argued", "argue|argues|argued|arguing"},
	{"continued", "continue|continues|continued|continuing"},
	{"recalled", "recall|recalls|recalled|recalling"},
	{"responded", "respond|responds|responded|responding"},
	{"replied", "reply|replies|replied|replying"},
	{"announced", "announce|announces|announced|announcing"},
	{"acknowledged", "acknowledge|acknowledges|acknowledged|acknowledging"},
	{"admitted", "admit|admits|admitted|admitting"},
	{"asserted", "assert|asserts|asserted|asserting"},
	{"complained", "complain|complains|complained|complaining"},
	{"concluded", "conclude|concludes|concluded|concluding"},
	{"confirmed", "confirm|confirms|confirmed|confirming"},
	{"emphasized", "emphasize|emphasizes|emphasized|emphasizing|emphasised"},
	{"stressed", "stress|stresses|stressed|stressing"},
	{"exclaimed", "exclaim|exclaims|exclaimed"},
	{"joked", "joke|jokes|joked|joking"},
	{"quipped", "quip|quips|quipped"},
	{"remarked", "remark|remarks|remarked"},
	{"reported", "report|reports|reported"},
	{"suggested", "suggest|suggests|suggested|suggesting"},
	{"shouted", "shout|shouts|shouted|shouting"},
	{"urged", "urge|urges|urged|urging"},
	{"vowed", "vow|vows|vowed|vowing"},
	{"promised", "promise|promises|promised|promising"},
	{"predicted", "predict|predicts|predicted|predicting"},
	{"observed", "observe|observes|observed"},
	{"echoed", "echo|echoes|echoed"},
	{"countered", "counter|counters|countered"},
	{"charged", "charge|charges|charged"},
	{"testified", "testify|testifies|testified"},
	{"wondered", "wonder|wonders|wondered"},
	{"boasted", "boast|boasts|boasted"},
	{"cautioned", "caution|cautions|cautioned"},
	{"demanded", "demand|demands|demanded"},
	{"pleaded", "plead|pleads|pleaded"},
	{"recounted", "recount|recounts|recounted"},
	{"mused", "muse|muses|mused"},
	{"agreed", "agree|agrees|agreed"},
	{"repeated", "repeat|repeats|repeated"},
	{"retorted", "retort|retorts|retorted"},
	{"proclaimed", "proclaim|proclaims|proclaimed"},
	{"conceded", "concede|concedes|conceded"},
	{"described", "describe|describes|described"},
	{"read", "reads|read"},
	{"began", "began|begins"},
	{"opined", "opine|opines|opined"},
	{"yelled", "yell|yells|yelled"},
	{"whispered", "whisper|whispers|whispered"},
	{"screamed", "scream|screams|screamed"},
	{"thundered", "thunder|thunders|thundered"},
	{"chimed", "chimed"},
	{"interjected", "interject|interjects|interjected"},
	{"maintained", "maintain|maintains|maintained"},
	{"contended", "contend|contends|contended"},
	{"surmised", "surmise|surmises|surmised"},
	{"elaborated", "elaborate|elaborates|elaborated"},
	{"summarized", "summarize|summarizes|summarized"},
	{"disclosed", "disclose|discloses|disclosed"},
	{"revealed", "reveal|reveals|revealed"},
	{"reiterated", "reiterate|reiterates|reiterated"},
	{"objected", "object|objects|objected"},
	{"protested", "protest|protests|protested"},
	{"lamented", "lament|laments|laments|lamented"},
	{"sighed", "sigh|sighs|sighed"},
	{"laughed", "laughed"},
	{"wrote", "emailed|texted"},
	{NULL, NULL}
};

/* Lower-case ASCII copy of a short token into buf; false if too long. */
static bool
lower_word(const char *s, size_t len, char *buf, size_t cap)
{
	if (len == 0 || len >= cap)
		return false;
	cp_ascii_lower_copy(buf, s, len);
	buf[len] = '\0';
	return true;
}

/*
 * The verb forms indexed by first letter, built on first use (static
 * storage: a backend or a test is single-threaded and the table is the same
 * for everyone).
 */
#define MAX_VERB_FORMS 512
#define MAX_VERB_LEN 16

typedef struct verb_form
{
	char		form[MAX_VERB_LEN];
	uint8_t		len;
	const char *norm;
} verb_form;

static verb_form verb_forms[MAX_VERB_FORMS];
static uint16_t verb_bucket[27];	/* forms starting with 'a' + i: [bucket[i], bucket[i+1]) */
static bool verb_ready;

static void
build_verb_forms(void)
{
	int			letter;
	size_t		n = 0;

	/* one pass per letter keeps each bucket contiguous; 26 passes over a tiny list */
	for (letter = 0; letter < 26; letter++)
	{
		const verb_entry *v;

		verb_bucket[letter] = (uint16_t) n;
		for (v = verbs; v->norm; v++)
		{
			const char *f = v->forms;

			while (*f)
			{
				const char *bar = strchr(f, '|');
				size_t		fl = bar ? (size_t) (bar - f) : strlen(f);

				if (f[0] == 'a' + letter && fl < MAX_VERB_LEN && n < MAX_VERB_FORMS)
				{
					memcpy(verb_forms[n].form, f, fl);
					verb_forms[n].len = (uint8_t) fl;
					verb_forms[n].norm = v->norm;
					n++;
				}
				f += fl + (bar ? 1 : 0);
			}
		}
	}
	verb_bucket[26] = (uint16_t) n;
	verb_ready = true;
}

const char *
cp_reporting_verb(const char *s, size_t len)
{
	char		w[24];
	size_t		i;

	if (!lower_word(s, len, w, sizeof(w)) || w[0] < 'a' || w[0] > 'z')
		return NULL;
	if (!verb_ready)
		build_verb_forms();
	for (i = verb_bucket[w[0] - 'a']; i < verb_bucket[w[0] - 'a' + 1]; i++)
		if (verb_forms[i].len == len && memcmp(verb_forms[i].form, w, len) == 0)
			return verb_forms[i].norm;
	return NULL;
}


/* Capitalized words that make a name an organization. */
static const char *const org_words[] = {
	"news", "post", "times", "journal", "department", "ministry", "house", "party",
	"committee", "campaign", "council", "agency", "reuters", "ap", "cnn", "fox",
	"press", "association", "institute", "university", "group", "office",
	"commission", "service", "corp", "inc", "co", "company", "bank", "army",
	"forces", "police", "hamas", "hezbollah", "nbc", "abc", "cbs", "msnbc",
	"tribune", "herald", "telegraph", "guardian", "network", "foundation",
	"center", "centre", "organization", "union", "court", "administration",
	"government", "pentagon", "kremlin", "un", "u.n.", "nato", "fbi", "cia",
	"breitbart", "politico", "magazine", "daily", "review", "bureau", "board",
	"authority", "coalition", "movement", "brigades", "council", "embassy",
	"media", "radio", "television", "tv", "channel"
};
static int16_t org_words_slots[256];
static cp_wordtab org_words_table = CP_WORDTAB(org_words, org_words_slots);

/* Capitalized words that make a name a place ("Middle East", "Gaza Strip"). */
static const char *const place_words[] = {
	"east", "west", "north", "south", "gulf", "strip", "city", "bank", "sea", "ocean",
	"street", "river", "island", "islands", "valley", "mountains", "coast", "america",
	"africa", "asia", "europe", "states", "kingdom", "republic", "county", "square",
	"avenue", "park", "airport", "hall", "heights", "hill", "bay", "lake", "peninsula",
	"province", "district"
};
static int16_t place_words_slots[128];
static cp_wordtab place_words_table = CP_WORDTAB(place_words, place_words_slots);

bool
tok_in(ctx *c, size_t i, cp_wordtab *words)
{
	char		w[24];

	return lower_word(c->text + c->tok[i].t.start, c->tok[i].t.len, w, sizeof(w)) &&
		cp_wordtab_find(words, w, strlen(w)) >= 0;
}

/* Whether token i is a title with this use (titles.h). */
static bool
tok_title(ctx *c, size_t i, unsigned use)
{
	char		w[24];

	return lower_word(c->text + c->tok[i].t.start, c->tok[i].t.len, w, sizeof(w)) &&
		(cp_title_uses(w, strlen(w)) & use);
}

/* A reporting verb at token i: its normalized form, else NULL. */
const char *
verb_at(ctx *c, size_t i)
{
	if (c->tok[i].t.kind != CP_TOK_WORD)
		return NULL;
	/* a capitalized verb only opens a sentence ("Adding, ..."); "State" is a name */
	if ((c->tok[i].t.flags & CP_TF_CAPITALIZED) && i > 0 &&
		c->tok[i - 1].line == c->tok[i].line &&
		!(c->tok[i - 1].t.flags & CP_TF_SENT_END) && !is_dquote(&c->tok[i - 1]))
		return NULL;
	return cp_reporting_verb(c->text + c->tok[i].t.start, c->tok[i].t.len);
}

/* "according to" at token i. */
bool
according_at(ctx *c, size_t i)
{
	return i + 1 < c->n && cp_token_is(c->text, &c->tok[i].t, "according") &&
		cp_token_is(c->text, &c->tok[i + 1].t, "to") &&
		c->tok[i + 1].line == c->tok[i].line;
}

/* ---------------------------------------------------------------- names */

/* Does token i open a sentence (or a line)? */
static bool
starts_sentence(ctx *c, size_t i)
{
	return i == 0 || c->tok[i - 1].sent != c->tok[i].sent ||
		c->tok[i - 1].line != c->tok[i].line || is_dquote(&c->tok[i - 1]);
}

/*
 * The name inside tokens [from, to): the last run of capitalized words,
 * titles stripped from its front.  False if the phrase has none or ends in
 * a lower-case word (a description such as "a French diplomatic source").
 */
bool
name_in(ctx *c, size_t from, size_t to, size_t *nfrom, size_t *nto)
{
	size_t		e = to,
				s;

	while (e > from && c->tok[e - 1].t.kind == CP_TOK_WORD &&
		   (c->tok[e - 1].t.flags & CP_TF_POSSESSIVE))
		return false;			/* "Trump's campaign" is not Trump */
	if (e <= from || !is_cap(&c->tok[e - 1]))
		return false;
	s = e - 1;
	while (s > from && is_cap(&c->tok[s - 1]))
		s--;
	while (s < e - 1 && starts_sentence(c, s) &&
		   cp_is_sentence_starter(c->text + c->tok[s].t.start, c->tok[s].t.len))
		s++;
	/* the name follows the last title: "Israeli Prime Minister Benjamin Netanyahu" */
	{
		size_t		k;

		for (k = e - 1; k > s; k--)
			if (tok_title(c, k - 1, CP_TITLE_SPEAKER))
			{
				s = k;
				break;
			}
	}
	*nfrom = s;
	*nto = e;
	return true;
}

int
name_kind(ctx *c, size_t from, size_t to)
{
	size_t		i;

	for (i = from; i < to; i++)
		if (tok_in(c, i, &org_words_table))
			return CP_ENT_ORG;
	if (to - from == 1 && (c->tok[from].t.flags & CP_TF_ALL_UPPER))
		return CP_ENT_ORG;		/* "AP", "CNN" */
	for (i = from; i < to; i++)
		if (tok_in(c, i, &place_words_table))
			return -1;			/* a place: not told apart from a description */
	return CP_ENT_PER;
}

static void
remember_name(ctx *c, const qtok *word, uint32_t start, uint32_t len)
{
	uint32_t	h = cp_fnv32(c->text + word->t.start, word->t.len);
	size_t		slot = h % NAME_SLOTS;

	c->name_used[slot / 64] |= (uint64_t) 1 << (slot % 64);
	c->names[slot].hash = h | 1;
	c->names[slot].start = start;
	c->names[slot].len = len;
	c->names[slot].last_start = word->t.start;
	c->names[slot].last_len = word->t.len;
}

/* A full name seen earlier whose last word is s[0..len), or false. */
bool
lookup_surname(ctx *c, const char *s, size_t len, uint32_t *start, uint32_t *nlen)
{
	uint32_t	h = cp_fnv32(s, len);
	size_t		slot = h % NAME_SLOTS;

	if (!(c->name_used[slot / 64] >> (slot % 64) & 1) ||
		c->names[slot].hash != (h | 1) || c->names[slot].last_len != len ||
		memcmp(c->text + c->names[slot].last_start, s, len) != 0)
		return false;
	*start = c->names[slot].start;
	*nlen = c->names[slot].len;
	return true;
}

/* Remember the full names in tokens [name_cursor, upto) outside quotes. */
void
read_names(ctx *c, size_t upto)
{
	size_t		i = c->name_cursor;

	if (upto > c->n)
		upto = c->n;
	while (i < upto)
	{
		size_t		s,
					e,
					nf,
					nt;

		if (!is_cap(&c->tok[i]) || c->tok[i].quoted)
		{
			i++;
			continue;
		}
		s = i;
		e = i + 1;
		while (e < c->n && e - s < 6 && is_cap(&c->tok[e]) && !c->tok[e].quoted &&
			   c->tok[e].line == c->tok[s].line)
			e++;
		i = e;
		/*
		 * A title only people carry before the name outweighs a word that
		 * places have too: "Mayor Elena Park" (without a title, "Elena
		 * Park" stays unknown, as "Central Park" would).
		 */
		if (name_in(c, s, e, &nf, &nt) && nt - nf >= 2 &&
			(name_kind(c, nf, nt) == CP_ENT_PER ||
			 (nf > s && tok_title(c, nf - 1, CP_TITLE_PERSON) && name_kind(c, nf, nt) != CP_ENT_ORG)))
		{
			uint32_t	ns = c->tok[nf].t.start;
			uint32_t	nl = c->tok[nt - 1].t.start + c->tok[nt - 1].t.len - ns;

			/* "Kerry" and "Ban" (of "Ban Ki-moon") both find the full name */
			remember_name(c, &c->tok[nt - 1], ns, nl);
			remember_name(c, &c->tok[nf], ns, nl);
			c->has_person = true;
			c->person_start = ns;
			c->person_len = nl;
			c->person_at = ns;
		}
		else if (e - s == 1)
		{
			uint32_t	fs,
						fl;

			/* a surname alone: "Kerry, who has invested ..." */
			if (lookup_surname(c, c->text + c->tok[s].t.start, c->tok[s].t.len, &fs, &fl) &&
				!cp_is_sentence_starter(c->text + c->tok[s].t.start, c->tok[s].t.len))
			{
				c->has_person = true;
				c->person_start = fs;
				c->person_len = fl;
				c->person_at = c->tok[s].t.start;
			}
		}
		if ((i & 255) == 0)
			cp_check_interrupts();
	}
	if (upto > c->name_cursor)
		c->name_cursor = upto;
}

/* ---------------------------------------------------------------- pairing */

static void
add_piece(ctx *c, cp_vec *pieces, size_t open, size_t close, size_t last, bool cont_prev)
{
	piece	   *p;
	size_t		i;
	int			words = 0;

	if (open + 1 > last)
		return;					/* nothing between the marks */
	p = cp_vec_push(c->arena, pieces);
	p->open = open;
	p->close = close;
	p->first = open + 1;
	p->last = last;
	p->line = c->tok[open].line;
	p->cont_prev = cont_prev;
	for (i = p->first; i <= last; i++)
	{
		c->tok[i].quoted = true;
		if (is_word(&c->tok[i]))
			words++;
	}
	p->words = words;
}

/*
 * A quote left open at a paragraph's end that the next paragraph does not
 * continue lost its closing mark: only its first sentence is surely quoted.
 */
static size_t
first_sentence(ctx *c, size_t open, size_t last)
{
	size_t		i;

	for (i = open + 1; i < last; i++)
		if (c->tok[i].t.kind == CP_TOK_PUNCT && (c->tok[i].t.flags & CP_TF_SENT_END) &&
			c->tok[i + 1].sent != c->tok[i].sent)
			return i;
	return last;
}

static void
pair_marks(ctx *c, cp_vec *pieces)
{
	size_t		i,
				open = 0;
	bool		in = false,
				cont = false;

	for (i = 0; i < c->n; i++)
	{
		const qtok *q = &c->tok[i];

		if ((i & 255) == 255)
			cp_check_interrupts();
		if (in && q->line != c->tok[open].line)
		{
			/* the paragraph ended inside the quote */
			bool		next_opens = is_dquote(q) && (q->t.flags & CP_TF_OPEN_QUOTE);

			add_piece(c, pieces, open,
					  SIZE_MAX, next_opens ? i - 1 : first_sentence(c, open, i - 1), cont);
			in = false;
			cont = false;
			if (next_opens)
			{
				open = i;
				in = true;
				cont = true;
				continue;
			}
		}
		if (!is_dquote(q))
			continue;
		if (!in)
		{
			if ((q->t.flags & CP_TF_CLOSE_QUOTE) && !(q->t.flags & CP_TF_OPEN_QUOTE))
				continue;		/* a stray closing mark */
			open = i;
			in = true;
			cont = false;
		}
		else if ((q->t.flags & CP_TF_OPEN_QUOTE) && !(q->t.flags & CP_TF_CLOSE_QUOTE) &&
				 c->text[q->t.start] != '"')
		{
			/* a curly opener inside a quote: the closer was left out */
			add_piece(c, pieces, open, SIZE_MAX, i - 1, cont);
			open = i;
			cont = false;
		}
		else
		{
			add_piece(c, pieces, open, i, i - 1, cont);
			in = false;
			cont = false;
		}
	}
	if (in && c->n)
		add_piece(c, pieces, open, SIZE_MAX, first_sentence(c, open, c->n - 1), cont);
}

/* ---------------------------------------------------------------- driver */

/*
 * The document is read in blocks of lines, so that its tokens and pieces
 * never sit in memory together: a block ends, once it has BLOCK_MIN_BYTES,
 * before a sentence that opens a line holding no double quotation mark
 * after a line holding none either.  No quote, attribution (the intro line
 * included) or inheritance reaches across such a place, so blocks change
 * nothing.  A block with no such place is cut after BLOCK_MAX_TOKENS tokens
 * at a sentence end, which only text with no two unquoted lines in a row
 * for hundreds of kilobytes ever meets.
 */
#define BLOCK_MIN_BYTES 65536
#define BLOCK_MAX_TOKENS 65536

typedef struct block_reader
{
	cp_doc_walk w;
	cp_sentence s;				/* read ahead: the first sentence of the next block */
	bool		pending;
	size_t		last_line;		/* line of the last token taken */
} block_reader;

static bool has_double_mark(const char *text, size_t len);

/* May the block that started at byte `start` end before the pending sentence? */
static bool
block_may_end(const ctx *c, const block_reader *r, size_t start)
{
	const cp_article *a = r->w.lines;
	size_t		k = r->w.line;

	if (k == 0 || k >= a->nlines || r->last_line >= k || a->lines[k].start < start + BLOCK_MIN_BYTES)
		return false;
	return !has_double_mark(c->text + a->lines[k].start, a->lines[k].len) &&
		!has_double_mark(c->text + a->lines[k - 1].start, a->lines[k - 1].len);
}

/* The next block's tokens into c->tok (in c->arena); false at the end. */
static bool
collect_tokens(ctx *c, block_reader *r)
{
	cp_vec		v;
	size_t		start = 0;

	cp_vec_init(&v, sizeof(qtok));
	for (;;)
	{
		size_t		k;

		if (!r->pending && !cp_doc_walk_next(&r->w, &r->s))
			break;
		r->pending = true;
		if (v.count && (v.count >= BLOCK_MAX_TOKENS || block_may_end(c, r, start)))
			break;
		if (v.count == 0)
			start = r->s.start;
		for (k = 0; k < r->s.ntokens; k++)
		{
			size_t		li;
			const cp_line *line = cp_doc_walk_token_line(&r->w, &r->s.tokens[k], &li);
			qtok	   *q;

			if (line && line->kind == CP_LINE_BOILERPLATE)
				continue;
			q = cp_vec_push(c->arena, &v);
			q->t = r->s.tokens[k];
			q->sent = r->s.n;
			q->line = (uint32_t) li;
			r->last_line = li;
		}
		r->pending = false;
		if ((r->s.n & 63) == 0)
			cp_check_interrupts();
	}
	c->tok = v.items;
	c->n = v.count;
	return v.count > 0;
}

/* Does the text hold a double quotation mark (", U+201C-U+201F, U+00AB/BB)? */
static bool
has_double_mark(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *) text,
			   *end = s + len,
			   *p;

	if (memchr(s, '"', len))
		return true;
	/* U+201C..U+201F are E2 80 9C..9F; U+00AB and U+00BB are C2 AB, C2 BB */
	for (p = s; (p = memchr(p, 0xE2, end - p)) != NULL; p++)
		if (end - p >= 3 && p[1] == 0x80 && p[2] >= 0x9C && p[2] <= 0x9F)
			return true;
	for (p = s; (p = memchr(p, 0xC2, end - p)) != NULL; p++)
		if (end - p >= 2 && (p[1] == 0xAB || p[1] == 0xBB))
			return true;
	return false;
}

static bool
same_line_adjacent(const piece *a, const piece *b)
{
	return a->line == b->line && a->close != SIZE_MAX && b->open == a->close + 1;
}

/* The quotes of the block in c->tok, appended to out (keys in arena). */
static void
quotes_in_block(ctx *c, cp_arena *arena, cp_vec *out)
{
	const char *text = c->text;
	cp_vec		pv;
	piece	   *P;
	size_t		i,
				last_attr = SIZE_MAX;

	cp_vec_init(&pv, sizeof(piece));
	pair_marks(c, &pv);
	P = pv.items;

	/* direct attributions, next to each piece */
	for (i = 0; i < pv.count; i++)
	{
		piece	   *p = &P[i];
		size_t		hi = window_end(c, p);
		size_t		lo = window_start(c, p->open);
		bool		woven = p->open > 0 && c->tok[p->open - 1].line == p->line &&
			is_word(&c->tok[p->open - 1]) && !verb_at(c, p->open - 1);

		if ((i & 63) == 63)
			cp_check_interrupts();
		if (woven)
			continue;			/* a phrase inside the writer's own sentence */
		if (attr_after(c, p, hi))
			p->attr = ATTR_AFTER;
		else if (attr_before(c, p, lo))
			p->attr = ATTR_BEFORE;
		else if (attr_intro_line(c, p))
			p->attr = ATTR_BEFORE;
		else
			p->verb = NULL;
	}
	/* inherited: split quotes, continued paragraphs, quote paragraphs in a row */
	if (pv.count && P[0].attr != ATTR_NONE)
		last_attr = 0;
	for (i = 1; i < pv.count; i++)
	{
		piece	   *p = &P[i],
				   *q = &P[i - 1];
		bool		para_start = p->open == 0 || c->tok[p->open - 1].line != p->line;
		bool		prev_ends_para = q->close == SIZE_MAX ||
			q->close + 1 >= c->n || c->tok[q->close + 1].line != q->line ||
			window_end(c, q) + 1 >= c->n || c->tok[window_end(c, q) + 1].line != q->line;

		if (p->attr != ATTR_NONE)
		{
			last_attr = i;
			continue;
		}
		/* skip a title or scare quote between the speech and its continuation */
		if (q->attr == ATTR_NONE && last_attr != SIZE_MAX && P[last_attr].line == p->line)
			q = &P[last_attr];
		if (q->attr == ATTR_NONE)
			continue;
		if (p->open > 0 && c->tok[p->open - 1].line == p->line &&
			is_word(&c->tok[p->open - 1]) && !verb_at(c, p->open - 1))
			continue;
		if (p->cont_prev || q->line == p->line ||
			(para_start && p->line == q->line + 1 && prev_ends_para && p->words >= 4))
		{
			p->attr = ATTR_INHERITED;
			p->verb = q->verb;
			p->np_from = q->np_from;
			p->np_to = q->np_to;
			last_attr = i;
		}
	}
	for (i = pv.count; i > 1; i--)
	{
		piece	   *p = &P[i - 2],
				   *q = &P[i - 1];

		if (p->attr == ATTR_NONE && q->attr != ATTR_NONE && same_line_adjacent(p, q))
		{
			p->attr = ATTR_INHERITED;
			p->verb = q->verb;
			p->np_from = q->np_from;
			p->np_to = q->np_to;
		}
	}

	for (i = 0; i < pv.count; i++)
	{
		piece	   *p = &P[i];
		cp_quote   *o;
		uint32_t	s,
					e;

		if (p->attr == ATTR_NONE)
			continue;
		if (p->attr == ATTR_INHERITED && p->words < 2)
			continue;
		s = c->tok[p->first].t.start;
		e = c->tok[p->last].t.start + c->tok[p->last].t.len;
		o = cp_vec_push(arena, out);
		o->start = s;
		o->len = e - s;
		o->sentence = c->tok[p->first].sent;
		o->verb = p->verb;
		if (p->np_to > p->np_from)
			resolve_speaker(c, p->np_from, p->np_to, o);
		o->key = cp_quote_key(arena, text + s, e - s, &o->key_len);
	}
	/* names after the last quote are context for the next block's first */
	read_names(c, c->n);
}

struct cp_quote_reader
{
	ctx		   *c;
	block_reader r;
	bool		done;
};

cp_quote_reader *
cp_quote_reader_new(cp_doc *doc)
{
	cp_quote_reader *q = cp_arena_alloc0(doc->arena, sizeof(cp_quote_reader));

	/* nothing quoted: skip tokenizing */
	if ((q->done = !has_double_mark(doc->text, doc->len)))
		return q;
	q->c = cp_arena_alloc0(doc->arena, sizeof(ctx));
	q->c->names = cp_arena_alloc(doc->arena, NAME_SLOTS * sizeof(*q->c->names));
	q->c->text = doc->text;
	q->c->len = doc->len;
	q->c->doc = doc;
	cp_doc_walk_init(&q->r.w, doc);
	return q;
}

bool
cp_quote_reader_next(cp_quote_reader *q, cp_arena *arena, cp_vec *out)
{
	cp_arena	block;
	bool		more;

	if (q->done)
		return false;
	/* a block's tokens and pieces live in their own arena, freed after it */
	cp_arena_init(&block);
	q->c->arena = &block;
	if ((more = collect_tokens(q->c, &q->r)))
	{
		q->c->name_cursor = 0;
		quotes_in_block(q->c, arena, out);
	}
	cp_arena_free(&block);
	q->done = !more;
	return more;
}

cp_status
cp_quote_reader_status(const cp_quote_reader *q)
{
	return q->c ? q->c->status : CP_OK;
}

cp_status
cp_extract_quotes(cp_doc *doc, cp_vec *out)
{
	cp_quote_reader *q = cp_quote_reader_new(doc);

	while (cp_quote_reader_next(q, doc->arena, out))
		;
	return cp_quote_reader_status(q);
}

/*
 * Bytes of s before its (max_words + 1)th word as cp_fold_words() splits
 * words: what a key of max_words words reads, however long the quote.
 */
static size_t
opening_words_bytes(const char *s, size_t len, size_t max_words)
{
	size_t		pos = 0,
				words = 0;
	bool		in_word = false;

	while (pos < len)
	{
		uint32_t	cp;
		int			w = cp_utf8_decode(s + pos, len - pos, &cp);
		unsigned	cls = cp_uc_class(cp);

		if (cls & (CP_UC_ALPHA | CP_UC_DIGIT))
		{
			if (!in_word && ++words > max_words)
				return pos;
			in_word = true;
		}
		else if (!(cls & (CP_UC_MARK | CP_UC_APOS)))
			in_word = false;
		cp_check_interrupts_crossing(pos, pos + w);	/* a huge "quote" without words */
		pos += w;
	}
	return len;
}

const char *
cp_quote_key(cp_arena *arena, const char *s, size_t len, size_t *keylen)
{
	const char *key;
	size_t		i,
				words = 1,
				run = 0;

	len = opening_words_bytes(s, len, CP_QUOTE_KEY_WORDS);
	/* the first sentence: "... the land," and "... the land. We will ..." agree */
	for (i = 0; i + 1 < len; i++)
	{
		unsigned char ch = (unsigned char) s[i];

		if ((ch == '.' || ch == '!' || ch == '?') && run >= 3 &&
			(s[i + 1] == ' ' || s[i + 1] == '\n') &&
			s[i - 1] >= 'a' && s[i - 1] <= 'z')
		{
			len = i;
			break;
		}
		run = ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) ? run + 1 : 0;
	}
	key = cp_fold_words(arena, s, len, keylen);

	/* only the opening words: outlets cut and split the same quote differently */
	for (i = 0; i < *keylen; i++)
		if (key[i] == ' ' && ++words > CP_QUOTE_KEY_WORDS)
		{
			*keylen = i;
			((char *) key)[i] = '\0';
			break;
		}
	return key;
}
