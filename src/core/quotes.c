/*
 * quotes.c: quotation pairing, attribution and speakers; rules in quotes.h.
 *
 * Every step is a single pass or a bounded window around a piece, so the
 * work is linear in the document whatever its marks look like.
 */
#include "quotes.h"
#include "article.h"
#include "titles.h"
#include "tokenize.h"
#include "utf8.h"

#include <string.h>

/* Windows (in tokens) around a quote where its attribution may sit. */
#define SEG_MAX 30
#define NP_MAX 10
#define VERB_REACH 12
#define NAME_SLOTS 1024

typedef struct qtok
{
	cp_token	t;
	int			sent;
	uint32_t	line;
	bool		quoted;			/* inside a quoted piece */
} qtok;

typedef struct piece
{
	size_t		open;			/* token index of the opening mark */
	size_t		close;			/* closing mark, or SIZE_MAX when unclosed */
	size_t		first,
				last;			/* content tokens, inclusive */
	uint32_t	line;
	int			words;
	bool		cont_prev;		/* continues the previous paragraph's quote */
	int			attr;			/* ATTR_* */
	size_t		np_from,
				np_to;			/* speaker phrase tokens [from, to) */
	const char *verb;
} piece;

enum
{
	ATTR_NONE,
	ATTR_AFTER,
	ATTR_BEFORE,
	ATTR_INHERITED,
};

typedef struct ctx
{
	cp_arena   *arena;
	const char *text;
	size_t		len;
	qtok	   *tok;
	size_t		n;
	/* names seen so far: last word -> full name (byte span), a small cache */
	struct
	{
		uint32_t	hash;
		uint32_t	start,
					len,
					last_start,
					last_len;
	}			names[NAME_SLOTS];
	size_t		name_cursor;	/* tokens before this have been read for names */
	bool		has_person;
	uint32_t	person_start,
				person_len;		/* last full person name outside quotes */
	bool		has_speaker;	/* the last quote's speaker, for he/she */
	const char *speaker;
	size_t		speaker_len;
	uint8_t		speaker_kind;
	uint32_t	speaker_line;
	uint32_t	speaker_at;		/* byte offset of its mention */
	uint32_t	person_at;		/* byte offset of the last name mention */
	const cp_quote_name *ner;	/* optional NER mentions, sorted by start */
	size_t		nner;
} ctx;

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
	size_t		i;

	if (len == 0 || len >= cap)
		return false;
	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		buf[i] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
	}
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

static bool
in_list(const char *s, size_t len, const char *const *list)
{
	char		w[24];

	if (!lower_word(s, len, w, sizeof(w)))
		return false;
	for (; *list; list++)
		if ((*list)[0] == w[0] && strcmp(*list, w) == 0)
			return true;
	return false;
}

/* Words between a speaker and the verb: "Kerry was quoted as", "he has also said". */
static const char *const aux_words[] = {
	"was", "were", "is", "are", "has", "have", "had", "also", "later", "then", "once",
	"again", "would", "will", "reportedly", "previously", "recently", "quickly", "simply",
	"flatly", "further", "earlier", "just", "even", "famously", "publicly", "privately",
	"repeatedly", "frequently", "often", "did", "does", "as", "be", "been", "being",
	"could", "might", "may", "then", "angrily", "bluntly", NULL
};

/* Words that end a speaker phrase when met walking away from the verb. */
static const char *const np_stop[] = {
	"that", "and", "but", "when", "as", "because", "while", "if", "after", "before",
	"so", "where", "which", "who", "whom", "what", "in", "on", "at", "during", "to",
	"from", "with", "for", "by", "about", "than", "into", "over", "since", "until",
	"about", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "last", "this", "earlier", "later",
	"recently", "told", "said", "says", "adding", "noting", "referring", "speaking",
	"according", "writing", "also", "however", "meanwhile", "now", "then", "separately",
	"still", "again", "afterward", "afterwards", "instead", "finally", "or", "nor",
	"not", "it", "there", "here", "of", NULL
};

static const char *const pronouns[] = {"he", "she", "they", "i", "we", "it", "you", NULL};

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
	"media", "radio", "television", "tv", "channel", NULL
};

/* Capitalized words that make a name a place ("Middle East", "Gaza Strip"). */
static const char *const place_words[] = {
	"east", "west", "north", "south", "gulf", "strip", "city", "bank", "sea", "ocean",
	"street", "river", "island", "islands", "valley", "mountains", "coast", "america",
	"africa", "asia", "europe", "states", "kingdom", "republic", "county", "square",
	"avenue", "park", "airport", "hall", "heights", "hill", "bay", "lake", "peninsula",
	"province", "district", NULL
};

static bool
tok_in(ctx *c, size_t i, const char *const *list)
{
	return in_list(c->text + c->tok[i].t.start, c->tok[i].t.len, list);
}

/* Whether token i is a title before a speaker's name (titles.h). */
static bool
tok_title(ctx *c, size_t i)
{
	char		w[24];

	return lower_word(c->text + c->tok[i].t.start, c->tok[i].t.len, w, sizeof(w)) &&
		(cp_title_uses(w, strlen(w)) & CP_TITLE_SPEAKER);
}

static bool
is_word(const qtok *q)
{
	return q->t.kind == CP_TOK_WORD || q->t.kind == CP_TOK_NUMBER;
}

static bool
is_punct(ctx *c, size_t i, char ch)
{
	return c->tok[i].t.kind == CP_TOK_PUNCT && c->tok[i].t.len == 1 &&
		c->text[c->tok[i].t.start] == ch;
}

static bool
is_dquote(const qtok *q)
{
	return q->t.kind == CP_TOK_QUOTE && !(q->t.flags & CP_TF_SINGLE_QUOTE);
}

static bool
is_cap(const qtok *q)
{
	return q->t.kind == CP_TOK_WORD && (q->t.flags & CP_TF_CAPITALIZED);
}

/* A reporting verb at token i: its normalized form, else NULL. */
static const char *
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
static bool
according_at(ctx *c, size_t i)
{
	return i + 1 < c->n && cp_token_is(c->text, &c->tok[i].t, "according") &&
		cp_token_is(c->text, &c->tok[i + 1].t, "to") &&
		c->tok[i + 1].line == c->tok[i].line;
}

/* ---------------------------------------------------------------- names */

static uint32_t
hash_bytes(const char *s, size_t len)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	return h;
}

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
static bool
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
			if (tok_title(c, k - 1))
			{
				s = k;
				break;
			}
	}
	*nfrom = s;
	*nto = e;
	return true;
}

static int
name_kind(ctx *c, size_t from, size_t to)
{
	size_t		i;

	for (i = from; i < to; i++)
		if (tok_in(c, i, org_words))
			return CP_SPK_ORG;
	if (to - from == 1 && (c->tok[from].t.flags & CP_TF_ALL_UPPER))
		return CP_SPK_ORG;		/* "AP", "CNN" */
	for (i = from; i < to; i++)
		if (tok_in(c, i, place_words))
			return CP_SPK_NONE;	/* a place says nothing; keep it unresolved */
	return CP_SPK_PER;
}

static void
remember_name(ctx *c, const qtok *word, uint32_t start, uint32_t len)
{
	uint32_t	h = hash_bytes(c->text + word->t.start, word->t.len);
	size_t		slot = h % NAME_SLOTS;

	c->names[slot].hash = h | 1;
	c->names[slot].start = start;
	c->names[slot].len = len;
	c->names[slot].last_start = word->t.start;
	c->names[slot].last_len = word->t.len;
}

/* A full name seen earlier whose last word is s[0..len), or false. */
static bool
lookup_surname(ctx *c, const char *s, size_t len, uint32_t *start, uint32_t *nlen)
{
	uint32_t	h = hash_bytes(s, len);
	size_t		slot = h % NAME_SLOTS;

	if (c->names[slot].hash != (h | 1) || c->names[slot].last_len != len ||
		memcmp(c->text + c->names[slot].last_start, s, len) != 0)
		return false;
	*start = c->names[slot].start;
	*nlen = c->names[slot].len;
	return true;
}

/* Remember the full names in tokens [name_cursor, upto) outside quotes. */
static void
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
		if (name_in(c, s, e, &nf, &nt) && nt - nf >= 2 &&
			name_kind(c, nf, nt) == CP_SPK_PER)
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

/* The NER mention (if any) overlapping bytes [s, e) that ends last. */
static const cp_quote_name *
ner_in(ctx *c, uint32_t s, uint32_t e)
{
	size_t		lo = 0,
				hi = c->nner;
	const cp_quote_name *best = NULL;

	/* first mention starting at or after s, then step back one for overlaps */
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (c->ner[mid].start < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0 && c->ner[lo - 1].start + c->ner[lo - 1].len > s)
		lo--;
	for (; lo < c->nner && c->ner[lo].start < e; lo++)
		if (c->ner[lo].kind == CP_SPK_PER || c->ner[lo].kind == CP_SPK_ORG)
			best = &c->ner[lo];
	return best;
}

/* ---------------------------------------------------------------- speakers */

/* The speaker phrase walking back from the token before the verb at v. */
static bool
np_before(ctx *c, size_t lo, size_t v, size_t *from, size_t *to)
{
	size_t		e = v,
				s;

	while (e > lo && tok_in(c, e - 1, aux_words))
		e--;
	/* a party tag between name and verb: 'Rep. Gwen Moore (D-Wis.) said' */
	if (e > lo + 2 && is_punct(c, e - 1, ')'))
	{
		size_t		o = e - 1;

		while (o > lo && e - o < 8 && !is_punct(c, o - 1, '('))
			o--;
		if (o > lo + 1 && is_punct(c, o - 1, '('))
			e = o - 1;
	}
	s = e;
	while (s > lo && e - s < NP_MAX)
	{
		const qtok *q = &c->tok[s - 1];

		if (!is_word(q) || q->quoted)
			break;
		if (tok_in(c, s - 1, np_stop) && !cp_token_is(c->text, &q->t, "of"))
			break;
		s--;
	}
	/* "Secretary of State": "of" inside a run of capitalized words */
	while (s > lo + 1 && cp_token_is(c->text, &c->tok[s - 1].t, "of") &&
		   is_cap(&c->tok[s - 2]) && is_cap(&c->tok[s]))
	{
		s -= 2;
		while (s > lo && is_cap(&c->tok[s - 1]) && e - s < NP_MAX)
			s--;
	}
	/* a leading "of ..." belongs to something before */
	while (s < e && cp_token_is(c->text, &c->tok[s].t, "of"))
		s++;
	/* drop a sentence opener that is not part of the phrase ("But", "Later") */
	while (s < e - 1 && is_cap(&c->tok[s]) && tok_in(c, s, np_stop))
		s++;
	if (s >= e)
		return false;
	*from = s;
	*to = e;
	return true;
}

/* The speaker phrase after a verb (inverted order: '," said Kerry'). */
static bool
np_after(ctx *c, size_t k, size_t hi, size_t *from, size_t *to)
{
	size_t		e = k;

	while (e < hi && e - k < NP_MAX)
	{
		const qtok *q = &c->tok[e];

		if (!is_word(q) || q->quoted)
			break;
		if (tok_in(c, e, np_stop))
		{
			/* "Secretary of State John Kerry" */
			if (cp_token_is(c->text, &q->t, "of") && e > k && is_cap(&c->tok[e - 1]) &&
				e + 1 < hi && is_cap(&c->tok[e + 1]))
			{
				e++;
				continue;
			}
			break;
		}
		e++;
	}
	if (e == k)
		return false;
	/* an appositive name: 'said the campaign's manager, Rich Beeson' */
	if (e + 1 < hi && !is_cap(&c->tok[e - 1]) && is_punct(c, e, ',') && is_cap(&c->tok[e + 1]))
	{
		size_t		r = e + 1;

		while (r < hi && r - e <= 4 && is_cap(&c->tok[r]) && !c->tok[r].quoted)
			r++;
		e = r;
	}
	*from = k;
	*to = e;
	return true;
}

/*
 * The subject opening a window: a pronoun or a capitalized name at lo, for
 * verbs with no phrase of their own ('He smiled and added, "', ', saying, "').
 */
static bool
subject_at(ctx *c, size_t lo, size_t v, size_t *from, size_t *to)
{
	size_t		s = lo,
				e;

	if (s < v && is_cap(&c->tok[s]) && tok_in(c, s, np_stop))
		s++;					/* "But he said" */
	if (s >= v)
		return false;
	if (tok_in(c, s, pronouns))
	{
		*from = s;
		*to = s + 1;
		return true;
	}
	e = s;
	while (e < v && e - s < 5 && is_cap(&c->tok[e]))
		e++;
	if (e == s || cp_is_sentence_starter(c->text + c->tok[s].t.start, c->tok[s].t.len))
		return false;
	*from = s;
	*to = e;
	return true;
}

/* Fill the speaker fields of out from the phrase tokens [from, to). */
static void
resolve_speaker(ctx *c, size_t from, size_t to, cp_quote *out)
{
	size_t		nf,
				nt;
	uint32_t	ms = c->tok[from].t.start;
	uint32_t	me = c->tok[to - 1].t.start + c->tok[to - 1].t.len;
	const cp_quote_name *m;

	out->has_mention = true;
	out->mention_start = ms;
	out->mention_len = me - ms;
	out->speaker = c->text + ms;
	out->speaker_len = me - ms;
	out->speaker_kind = CP_SPK_NONE;
	read_names(c, from);

	if (to - from == 1 && tok_in(c, from, pronouns))
	{
		if (cp_token_is(c->text, &c->tok[from].t, "he") ||
			cp_token_is(c->text, &c->tok[from].t, "she"))
		{
			/* the speaker of a quote in this or the previous paragraph, else the last name */
			if (c->has_speaker && c->tok[from].line <= c->speaker_line + 2 &&
				(!c->has_person || c->person_at <= c->speaker_at))
			{
				out->speaker = c->speaker;
				out->speaker_len = c->speaker_len;
				out->speaker_kind = c->speaker_kind;
			}
			else if (c->has_person)
			{
				out->speaker = c->text + c->person_start;
				out->speaker_len = c->person_len;
				out->speaker_kind = CP_SPK_PER;
			}
		}
		if (out->speaker_kind != CP_SPK_NONE || c->has_speaker)
		{
			/* the pronoun's referent stays the one to beat */
			c->speaker = out->speaker;
			c->speaker_len = out->speaker_len;
			c->speaker_kind = out->speaker_kind;
			c->speaker_line = c->tok[from].line;
			c->speaker_at = ms;
		}
		return;
	}
	/* the seam for NER: a tagged mention inside the phrase wins */
	if (c->ner && (m = ner_in(c, ms, me)) != NULL)
	{
		out->speaker = c->text + m->start;
		out->speaker_len = m->len;
		out->speaker_kind = m->kind;
	}
	else if (name_in(c, from, to, &nf, &nt))
	{
		uint32_t	s = c->tok[nf].t.start,
					e = c->tok[nt - 1].t.start + c->tok[nt - 1].t.len,
					fs,
					fl;

		out->speaker_kind = (uint8_t) name_kind(c, nf, nt);
		if (cp_token_is(c->text, &c->tok[nf].t, "the") && nt - nf > 1)
			s = c->tok[nf + 1].t.start;
		out->speaker = c->text + s;
		out->speaker_len = e - s;
		if (nt - nf == 1 && out->speaker_kind == CP_SPK_PER &&
			lookup_surname(c, c->text + s, e - s, &fs, &fl))
		{
			out->speaker = c->text + fs;
			out->speaker_len = fl;
		}
	}
	c->has_speaker = true;
	c->speaker = out->speaker;
	c->speaker_len = out->speaker_len;
	c->speaker_kind = out->speaker_kind;
	c->speaker_line = c->tok[from].line;
	c->speaker_at = ms;
	if (out->speaker_kind == CP_SPK_PER)
	{
		c->has_person = true;
		c->person_start = (uint32_t) (out->speaker - c->text);
		c->person_len = (uint32_t) out->speaker_len;
	}
}

/* ---------------------------------------------------------------- attribution */

/*
 * Does token i end a sentence for the attribution windows?  Not the period
 * of a tag before ")" or ",": "Moore (D-Wis.) said", "McConnell, R-Ky., said".
 */
static bool
ends_clause(ctx *c, size_t i)
{
	const qtok *q = &c->tok[i];

	if (q->t.kind != CP_TOK_PUNCT || !(q->t.flags & CP_TF_SENT_END))
		return false;
	if (i + 1 < c->n && c->tok[i + 1].line == q->line &&
		(is_punct(c, i + 1, ')') || is_punct(c, i + 1, ',')))
		return false;
	return true;
}

/* Does the quoted content end with a mark that hands over to an attribution? */
static bool
ends_open(ctx *c, const piece *p)
{
	const qtok *q = &c->tok[p->last];

	if (q->t.kind == CP_TOK_DASH)
		return true;
	if (q->t.kind != CP_TOK_PUNCT || q->t.len != 1)
		return false;
	return strchr(",?!", c->text[q->t.start]) != NULL;
}

/* Attribution after the closing mark: '," he said', '," said the official'. */
static bool
attr_after(ctx *c, piece *p, size_t hi)
{
	size_t		k = p->close + 1,
				j;
	bool		comma = false,
				dash = false;

	if (p->close == SIZE_MAX || k >= hi)
		return false;
	while (k < hi && (is_punct(c, k, ',') || c->tok[k].t.kind == CP_TOK_DASH))
	{
		comma = true;
		dash = dash || c->tok[k].t.kind == CP_TOK_DASH;
		k++;
	}
	if (k >= hi || !is_word(&c->tok[k]))
		return false;
	/* an epigraph's '"..." ― Carla Sanchez': a name alone after a dash */
	if (dash && is_cap(&c->tok[k]))
	{
		size_t		e = k;

		while (e < hi && e - k < 5 && is_cap(&c->tok[e]))
			e++;
		if (e == hi && (hi >= c->n || c->tok[hi].line != c->tok[k].line ||
						c->tok[hi].t.kind == CP_TOK_PUNCT))
		{
			p->verb = "said";
			p->np_from = k;
			p->np_to = e;
			return true;
		}
	}
	if (!comma && !ends_open(c, p))
	{
		/* '"... end." Kerry said.' only when the clause ends right there */
		if (is_cap(&c->tok[k]) == false)
			return false;
	}
	if ((p->verb = verb_at(c, k)) != NULL)
		return np_after(c, k + 1, hi, &p->np_from, &p->np_to);
	if (according_at(c, k))
	{
		p->verb = "according to";
		return np_after(c, k + 2, hi, &p->np_from, &p->np_to);
	}
	for (j = k + 1; j < hi && j - k <= VERB_REACH; j++)
	{
		if (!is_word(&c->tok[j]) && !is_punct(c, j, ',') && !is_punct(c, j, '(') &&
			!is_punct(c, j, ')') && !(is_punct(c, j, '.') && !ends_clause(c, j)))
			break;
		if ((p->verb = verb_at(c, j)) != NULL)
		{
			size_t		lo = k;
			size_t		f,
						t;

			if (!np_before(c, lo, j, &f, &t))
				return false;
			/* appositive: 'Corey Lewandowski, the campaign manager, said' */
			if (f != lo && is_punct(c, f - 1, ',') && is_cap(&c->tok[lo]))
			{
				size_t		e = lo;

				while (e < f - 1 && !is_punct(c, e, ','))
					e++;
				f = lo;
				t = e;
			}
			else if (f != lo)
				return false;	/* something else sits between quote and phrase */
			if (!comma && !ends_open(c, p) &&
				!(j + 1 >= hi || c->tok[j + 1].t.kind == CP_TOK_PUNCT))
				return false;
			p->np_from = f;
			p->np_to = t;
			return true;
		}
		if (tok_in(c, j, aux_words))
			continue;			/* '," he later said' */
		if (tok_in(c, j, np_stop) && !cp_token_is(c->text, &c->tok[j].t, "of"))
			break;
	}
	p->verb = NULL;
	return false;
}

/* Attribution before the opening mark: 'Mashaal added, "', 'He said: "'. */
static bool
attr_before(ctx *c, piece *p, size_t lo)
{
	size_t		L,
				v,
				a;

	if (p->open == 0 || p->open <= lo)
		return false;
	L = p->open - 1;
	if ((p->verb = verb_at(c, L)) != NULL)
		v = L;
	else
	{
		if (!is_punct(c, L, ',') && !is_punct(c, L, ':'))
			return false;
		if (L == lo)
			return false;
		/* 'according to the ministry, "' */
		for (a = L; a > lo && L - a < VERB_REACH; a--)
			if (according_at(c, a - 1))
			{
				p->verb = "according to";
				return np_after(c, a + 1, L, &p->np_from, &p->np_to) &&
					p->np_to == L;
			}
		v = SIZE_MAX;
		for (a = L; a > lo && L - a <= 6; a--)
		{
			const qtok *q = &c->tok[a - 1];

			if (!is_word(q) || q->quoted)
				break;
			if ((p->verb = verb_at(c, a - 1)) != NULL)
			{
				v = a - 1;
				break;
			}
		}
		if (v == SIZE_MAX)
		{
			/* a headline's 'Kerry: "..."' */
			size_t		s = L;

			p->verb = NULL;
			if (!is_punct(c, L, ':'))
				return false;
			while (s > lo && is_cap(&c->tok[s - 1]) && L - s < 4)
				s--;
			if (s == L || s != lo)
				return false;
			p->verb = "said";
			p->np_from = s;
			p->np_to = L;
			return true;
		}
	}
	/* 'said Kerry, "' (not 'told Reuters, "': told and asked take an object) */
	if (v + 1 < L && strcmp(p->verb, "told") != 0 && strcmp(p->verb, "asked") != 0 && np_after(c, v + 1, L, &p->np_from, &p->np_to) && p->np_to == L &&
		(is_cap(&c->tok[v + 1]) || tok_in(c, v + 1, pronouns)) && v > lo &&
		!is_word(&c->tok[v - 1]))
		return true;
	if (!np_before(c, lo, v, &p->np_from, &p->np_to) ||
		(p->np_from > lo && cp_token_is(c->text, &c->tok[p->np_from - 1].t, "and")))
	{
		if (subject_at(c, lo, v, &p->np_from, &p->np_to))
			return true;
		p->verb = NULL;
		return false;
	}
	return true;
}

/* First token of the attribution window before piece i: after a sentence end, mark or line start. */
static size_t
window_start(ctx *c, size_t open)
{
	size_t		s = open;

	while (s > 0 && open - s < SEG_MAX)
	{
		const qtok *q = &c->tok[s - 1];

		if (q->line != c->tok[open].line || q->quoted || is_dquote(q))
			break;
		if (ends_clause(c, s - 1))
			break;
		s--;
	}
	return s;
}

/* Last token (exclusive) of the window after a piece's closing mark. */
static size_t
window_end(ctx *c, const piece *p)
{
	size_t		e;

	if (p->close == SIZE_MAX)
		return p->last + 1;
	e = p->close + 1;
	while (e < c->n && e - p->close < SEG_MAX)
	{
		const qtok *q = &c->tok[e];

		if (q->line != c->tok[p->close].line || q->quoted || is_dquote(q))
			break;
		if (ends_clause(c, e))
			break;
		e++;
	}
	return e;
}

/* A line that ends '... said:' introduces the quote paragraph after it. */
static bool
attr_intro_line(ctx *c, piece *p)
{
	size_t		L;

	if (p->open == 0)
		return false;
	L = p->open - 1;
	if (c->tok[L].line == c->tok[p->open].line || !is_punct(c, L, ':') ||
		c->tok[L].quoted)
		return false;
	{
		piece		probe = *p;
		size_t		lo;

		/* treat the colon as if it stood right before the mark */
		probe.open = L + 1;
		lo = window_start(c, L);
		if (!attr_before(c, &probe, lo))
			return false;
		p->verb = probe.verb;
		p->np_from = probe.np_from;
		p->np_to = probe.np_to;
		return true;
	}
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

static void
collect_tokens(ctx *c, cp_doc *doc)
{
	cp_doc_walk w;
	cp_sentence s;
	cp_vec		v;

	cp_vec_init(&v, sizeof(qtok));
	cp_doc_walk_init(&w, doc);
	while (cp_doc_walk_next(&w, &s))
	{
		size_t		k;

		for (k = 0; k < s.ntokens; k++)
		{
			size_t		li;
			const cp_line *line = cp_doc_walk_token_line(&w, &s.tokens[k], &li);
			qtok	   *q;

			if (line && line->kind == CP_LINE_BOILERPLATE)
				continue;
			q = cp_vec_push(c->arena, &v);
			q->t = s.tokens[k];
			q->sent = s.n;
			q->line = (uint32_t) li;
		}
		if ((s.n & 63) == 0)
			cp_check_interrupts();
	}
	c->tok = v.items;
	c->n = v.count;
}

/* Does the text hold a double quotation mark (", U+201C-U+201F, U+00AB/BB)? */
static bool
has_double_mark(const char *text, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		unsigned char ch = (unsigned char) text[i];

		if (ch == '"')
			return true;
		/* U+201C..U+201F are E2 80 9C..9F; U+00AB and U+00BB are C2 AB, C2 BB */
		if (ch == 0xE2 && i + 2 < len && (unsigned char) text[i + 1] == 0x80 &&
			(unsigned char) text[i + 2] >= 0x9C && (unsigned char) text[i + 2] <= 0x9F)
			return true;
		if (ch == 0xC2 && i + 1 < len &&
			((unsigned char) text[i + 1] == 0xAB || (unsigned char) text[i + 1] == 0xBB))
			return true;
	}
	return false;
}

static bool
same_line_adjacent(const piece *a, const piece *b)
{
	return a->line == b->line && a->close != SIZE_MAX && b->open == a->close + 1;
}

cp_status
cp_extract_quotes_with_names(cp_doc *doc, const cp_quote_name *names, size_t nnames, cp_vec *out)
{
	cp_arena   *arena = doc->arena;
	const char *text = doc->text;
	ctx		   *c;
	cp_vec		pv;
	piece	   *P;
	size_t		i,
				last_attr = SIZE_MAX;

	if (!has_double_mark(text, doc->len))
		return CP_OK;			/* nothing quoted: skip tokenizing */
	c = cp_arena_alloc0(arena, sizeof(ctx));
	c->arena = arena;
	c->text = text;
	c->len = doc->len;
	c->ner = names;
	c->nner = names ? nnames : 0;
	collect_tokens(c, doc);
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
	return CP_OK;
}

cp_status
cp_extract_quotes(cp_doc *doc, cp_vec *out)
{
	return cp_extract_quotes_with_names(doc, NULL, 0, out);
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
		if (((pos + w) ^ pos) >= ((size_t) 1 << 20))
			cp_check_interrupts();	/* a huge "quote" without words */
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
