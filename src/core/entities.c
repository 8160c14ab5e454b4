/*
 * entities.c: mentions from the tagger, titles dropped from person
 * mentions, and the fullest name the article uses for each entity.
 */
#include "entities.h"

#include <string.h>

#include "names.h"
#include "ner.h"
#include "titles.h"

static const char *const kind_names[CP_ENT_NKINDS] = {"PER", "ORG", "LOC", "MISC"};

const char *
cp_entity_kind_name(cp_entity_kind kind)
{
	return (unsigned) kind < CP_ENT_NKINDS ? kind_names[kind] : "MISC";
}

bool
cp_entity_kind_parse(const char *s, size_t len, cp_entity_kind *kind)
{
	for (int k = 0; k < CP_ENT_NKINDS; k++)
		if (strlen(kind_names[k]) == len && memcmp(s, kind_names[k], len) == 0)
		{
			*kind = (cp_entity_kind) k;
			return true;
		}
	return false;
}

/* A mention while names are being resolved: token range in doc->toks. */
typedef struct raw_mention
{
	uint32_t	first,
				last;			/* inclusive token indices */
	uint8_t		kind;
	int			sentence;
	int32_t		canon;			/* index of the mention whose text is the name, or -1 */
	const char *builtin;		/* a built-in expansion ("United Nations") */
} raw_mention;

/*
 * s[0..len) lower-cased and without a final period into low; its length,
 * or 0 for words of 16 bytes or more.
 */
static size_t
lower_word(const char *s, size_t len, char low[16])
{
	if (len == 0 || len >= 16)
		return 0;
	for (size_t i = 0; i < len; i++)
		low[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i];
	return low[len - 1] == '.' ? len - 1 : len;
}

/* Is s[0..len), as lower_word() gives it, one of the n words of list? */
static bool
word_in_list(const char *s, size_t len, const char *const *list, size_t n)
{
	char		low[16];

	len = lower_word(s, len, low);
	if (len == 0)
		return false;
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(list[i], low, len) == 0)
			return true;
	return false;
}

/* Is s[0..len), as lower_word() gives it, a title with this use (titles.h)? */
static bool
is_title(const char *s, size_t len, unsigned use)
{
	char		low[16];

	len = lower_word(s, len, low);
	return len > 0 && (cp_title_uses(low, len) & use) != 0;
}

/*
 * Titles that only people carry, each part of a hyphenated title included
 * ("Secretary-General"): a mention tagged ORG or MISC that starts with one
 * is a person named after the title.
 */
static bool
is_person_title(const char *s, size_t len)
{
	size_t		pos = 0;
	bool		first_ok = false;

	while (pos < len)
	{
		size_t		end = pos,
					n;

		while (end < len && s[end] != '-')
			end++;
		if (end == pos || !is_title(s + pos, end - pos, CP_TITLE_PERSON))
			return false;
		/* "General" alone is also a word of organization names ("General Motors"). */
		if (pos == 0)
		{
			bool		general;

			n = s[end - 1] == '.' ? end - 1 : end;
			general = n == 7;
			for (size_t i = 0; i < 7 && general; i++)
				general = (s[i] | 0x20) == "general"[i];
			first_ok = !general || end < len;
		}
		pos = end + 1;
	}
	return first_ok;
}

/* Name particles that never identify a person on their own. */
static bool
is_particle(const char *s, size_t len)
{
	static const char *const particles[] = {
		"al", "el", "ad", "as", "ash", "bin", "ibn", "bint", "de", "del", "della", "di", "da",
		"van", "von", "der", "den", "du", "la", "le", "dos", "das", "jr", "sr", "ii", "iii",
	};

	return word_in_list(s, len, particles, sizeof(particles) / sizeof(particles[0]));
}

/* "al-Sisi" -> "Sisi": an Arabic article prefix does not distinguish names. */
static void
strip_article_prefix(const char **s, size_t *len)
{
	static const char *const prefixes[] = {"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-"};

	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
	{
		size_t		pl = strlen(prefixes[i]);

		if (*len > pl + 1 && strncasecmp(*s, prefixes[i], pl) == 0)
		{
			*s += pl;
			*len -= pl;
			return;
		}
	}
}

/* "el-Sisi", "al-Thani": an Arabic article prefix on a capitalized name. */
static bool
is_prefixed_name(const char *s, size_t len)
{
	const char *w = s;
	size_t		wl = len;

	strip_article_prefix(&w, &wl);
	return w != s && s[0] >= 'a' && s[0] <= 'z' && w[0] >= 'A' && w[0] <= 'Z';
}

static uint64_t
word_key(const char *s, size_t len)
{
	return cp_ner_phrase_add(cp_ner_phrase_start(), s, len, true);
}

/* Letters of an initialism ("U.N." -> "UN"), or 0 if it is not one. */
static size_t
initialism(const char *s, size_t len, char *out, size_t cap)
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
	{
		if (s[i] >= 'A' && s[i] <= 'Z')
		{
			if (n + 1 >= cap)
				return 0;
			out[n++] = s[i];
		}
		else if (s[i] != '.' && s[i] != '&')
			return 0;
	}
	out[n] = '\0';
	return n >= 2 ? n : 0;
}

/* Initials of the capitalized words of a mention ("United Nations" -> "UN"). */
static size_t
initials_of(const cp_ner_doc *doc, const raw_mention *m, char *out, size_t cap)
{
	size_t		n = 0;

	for (uint32_t i = m->first; i <= m->last; i++)
	{
		const char *w = doc->text + doc->toks[i].tok.start;

		if (!(doc->toks[i].tok.flags & CP_TF_CAPITALIZED))
			continue;
		if (n + 1 >= cap)
			return 0;
		out[n++] = w[0];
	}
	out[n] = '\0';
	return n >= 2 ? n : 0;
}

static const struct
{
	const char *acr;
	const char *name;
}			builtin_acronyms[] = {
	{"UN", "United Nations"}, {"EU", "European Union"}, {"US", "United States"},
	{"USA", "United States"}, {"UK", "United Kingdom"}, {"NATO", "North Atlantic Treaty Organization"},
	{"IMF", "International Monetary Fund"}, {"WHO", "World Health Organization"},
	{"IDF", "Israel Defense Forces"}, {"PLO", "Palestine Liberation Organization"},
	{"UNRWA", "United Nations Relief and Works Agency"}, {"ICC", "International Criminal Court"},
	{"OPEC", "Organization of the Petroleum Exporting Countries"}, {"WTO", "World Trade Organization"},
	{"FBI", "Federal Bureau of Investigation"}, {"CIA", "Central Intelligence Agency"},
	{"UAE", "United Arab Emirates"}, {"PA", "Palestinian Authority"},
};

/* A small hash map from 64-bit keys to mention indices. */
typedef struct key_map
{
	uint64_t   *keys;
	int32_t    *vals;
	size_t		mask;
} key_map;

static void
key_map_init(cp_arena *arena, key_map *m, size_t n)
{
	size_t		cap = 16;

	while (cap < n * 2)
		cap <<= 1;
	m->keys = cp_arena_alloc0(arena, cap * sizeof(uint64_t));
	m->vals = cp_arena_alloc0(arena, cap * sizeof(int32_t));
	m->mask = cap - 1;
}

/* The slot of key; a new one is claimed only when insert is set. */
static int32_t *
key_map_slot(key_map *m, uint64_t key, bool *found, bool insert)
{
	size_t		i;

	key |= 1;					/* 0 marks an empty slot */
	for (i = key & m->mask; m->keys[i] && m->keys[i] != key; i = (i + 1) & m->mask)
		;
	*found = m->keys[i] == key;
	if (insert)
		m->keys[i] = key;
	return &m->vals[i];
}

static uint32_t
mention_bytes(const cp_ner_doc *doc, const raw_mention *m)
{
	return doc->toks[m->last].tok.start + doc->toks[m->last].tok.len - doc->toks[m->first].tok.start;
}

/* Keep the longer (then earlier) mention as the one a key names. */
static void
offer(key_map *map, const cp_ner_doc *doc, raw_mention *ms, uint64_t key, int32_t idx)
{
	bool		found;
	int32_t    *slot = key_map_slot(map, key, &found, true);

	if (!found || mention_bytes(doc, &ms[idx]) > mention_bytes(doc, &ms[*slot]))
		*slot = idx;
}

/*
 * A full name others may borrow from: capitalized words, initials and name
 * particles only (not "Gareth Thomas as Wales", a tagging slip).
 */
static bool
is_clean_name(const cp_ner_doc *doc, const raw_mention *m)
{
	for (uint32_t t = m->first; t <= m->last; t++)
	{
		const char *w = doc->text + doc->toks[t].tok.start;
		size_t		wl = doc->toks[t].tok.len;

		if (!(doc->toks[t].tok.flags & CP_TF_CAPITALIZED) && !is_particle(w, wl) &&
			!is_prefixed_name(w, wl))
			return false;
	}
	return true;
}

static void
resolve_names(cp_arena *arena, const cp_ner_doc *doc, raw_mention *ms, size_t n)
{
	key_map		per,
				acr;
	bool		found;

	key_map_init(arena, &per, n * 4 + 1);
	key_map_init(arena, &acr, n + 1);
	for (size_t i = 0; i < n; i++)
	{
		raw_mention *m = &ms[i];
		char		buf[16];

		m->canon = -1;
		if (m->kind == CP_ENT_PER && m->last > m->first && is_clean_name(doc, m))
			for (uint32_t t = m->first; t <= m->last; t++)
			{
				const char *w = doc->text + doc->toks[t].tok.start;
				size_t		wl = doc->toks[t].tok.len;

				if (is_particle(w, wl) || !(doc->toks[t].tok.flags & CP_TF_HAS_ALPHA))
					continue;
				strip_article_prefix(&w, &wl);
				offer(&per, doc, ms, word_key(w, wl), (int32_t) i);
			}
		if (m->kind != CP_ENT_PER && m->last > m->first && initials_of(doc, m, buf, sizeof(buf)))
			offer(&acr, doc, ms, word_key(buf, strlen(buf)), (int32_t) i);
		/* "United Nations (U.N.)": the article defines the acronym. */
		if (m->kind != CP_ENT_PER && m->last > m->first && m->last + 3 < doc->ntoks &&
			doc->toks[m->last + 1].tok.len == 1 && doc->text[doc->toks[m->last + 1].tok.start] == '(' &&
			doc->toks[m->last + 3].tok.len == 1 && doc->text[doc->toks[m->last + 3].tok.start] == ')' &&
			initialism(doc->text + doc->toks[m->last + 2].tok.start, doc->toks[m->last + 2].tok.len,
					   buf, sizeof(buf)))
			offer(&acr, doc, ms, word_key(buf, strlen(buf)), (int32_t) i);
	}
	for (size_t i = 0; i < n; i++)
	{
		raw_mention *m = &ms[i];
		const char *w = doc->text + doc->toks[m->last].tok.start;
		size_t		wl = doc->toks[m->last].tok.len;
		char		buf[16];
		int32_t    *slot;

		/*
		 * A single word that is part of a person's full name in this article
		 * is that person ("Kerry" tagged LOC after "John Kerry"): one
		 * article rarely names a person and a place with the same word.
		 */
		if (m->kind != CP_ENT_PER && m->first == m->last &&
			(doc->toks[m->first].tok.flags & CP_TF_CAPITALIZED) &&
			!(doc->toks[m->first].tok.flags & CP_TF_ALL_UPPER))
		{
			const char *sw = w;
			size_t		swl = wl;

			strip_article_prefix(&sw, &swl);
			slot = key_map_slot(&per, word_key(sw, swl), &found, false);
			if (found)
				m->kind = CP_ENT_PER;
		}
		if (m->kind == CP_ENT_PER)
		{
			/* "Kerry" -> "John Kerry"; "Ban" -> "Ban Ki-moon"; "Sisi" -> "... al-Sisi". */
			if (m->first == m->last || is_particle(w, wl) == false)
			{
				if (m->first == m->last)
				{
					w = doc->text + doc->toks[m->first].tok.start;
					wl = doc->toks[m->first].tok.len;
				}
				strip_article_prefix(&w, &wl);
				slot = key_map_slot(&per, word_key(w, wl), &found, false);
				if (found && *slot != (int32_t) i &&
					mention_bytes(doc, &ms[*slot]) > mention_bytes(doc, m))
					m->canon = *slot;
			}
			continue;
		}
		if (m->first != m->last ||
			!initialism(doc->text + doc->toks[m->first].tok.start, doc->toks[m->first].tok.len,
						buf, sizeof(buf)))
			continue;
		slot = key_map_slot(&acr, word_key(buf, strlen(buf)), &found, false);
		if (found && ms[*slot].kind == m->kind)
			m->canon = *slot;
		else
			for (size_t k = 0; k < sizeof(builtin_acronyms) / sizeof(builtin_acronyms[0]); k++)
				if (strcmp(builtin_acronyms[k].acr, buf) == 0)
				{
					m->builtin = builtin_acronyms[k].name;
					break;
				}
	}
	/* A canonical mention may itself point further; one level is enough for
	 * PER (the target is the longest), acronyms point at full names. */
}

/*
 * Sentence punctuation, quotation marks, free dashes and a closing bracket
 * that the name did not open end a name, whatever the tagger says
 * ("AP) — More" is "AP"; "Mladost (BJ)" keeps its brackets).  Periods belong
 * to their words ("U.S."), and "&" is a symbol ("Procter & Gamble").
 */
static bool
ends_name(const char *text, const cp_token *t, int *depth)
{
	if (t->kind == CP_TOK_QUOTE || t->kind == CP_TOK_DASH)
		return true;
	if (t->kind != CP_TOK_PUNCT)
		return false;
	if (text[t->start] == '(')
		return (*depth)++ > 0;
	if (text[t->start] == ')')
		return (*depth)-- <= 0;
	return true;
}

static bool
has_lower(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return true;
	return false;
}

/*
 * A dateline names the place the story was filed from ("GAZA CITY, Gaza
 * Strip (AP) —"): the mention that opens it is a place, whatever the tagger
 * made of a line in capitals.  A line all in capitals after its "dateline"
 * is a headline ("RUGBY UNION - ENGLISH COUNTY ...") and keeps its tags.
 */
static void
mark_datelines(const cp_ner_doc *doc, raw_mention *ms, size_t n)
{
	size_t		line = 0;

	for (size_t i = 0; i < n; i++)
	{
		uint32_t	start = doc->toks[ms[i].first].tok.start;
		const cp_line *l;

		while (line < doc->nlines && doc->lines[line].start + doc->lines[line].len <= start)
			line++;
		if (line == doc->nlines)
			break;
		l = &doc->lines[line];
		if (l->body_skip && start == l->start &&
			start + mention_bytes(doc, &ms[i]) <= l->start + l->body_skip &&
			has_lower(doc->text + l->start + l->body_skip, l->len - l->body_skip))
			ms[i].kind = CP_ENT_LOC;
	}
}

cp_status
cp_extract_entities(cp_doc *d, cp_vec *out)
{
	const cp_ner_model *model = d->model;
	cp_arena   *arena = d->arena;
	const char *text = d->text;
	cp_ner_doc	doc;
	cp_status	st;
	uint32_t	maxs = 1;
	float	   *emit;
	int32_t    *work;
	uint8_t    *tags;
	uint32_t   *rows;
	int32_t    *acc;
	cp_vec		ms;

	if (model == NULL)
		return CP_ERR_DATA;
	st = cp_ner_doc_prepare(d, model, &doc);
	if (st != CP_OK)
		return st;
	for (size_t s = 0; s < doc.nsents; s++)
		if (doc.sents[s].ntoks > maxs)
			maxs = doc.sents[s].ntoks;
	emit = cp_arena_alloc(arena, (size_t) maxs * CP_NER_NTAGS * sizeof(float));
	work = cp_arena_alloc(arena, (size_t) maxs * CP_NER_NTAGS * 2 * sizeof(int32_t));
	tags = cp_arena_alloc(arena, maxs);
	rows = cp_arena_alloc(arena, (size_t) maxs * CP_NER_MAX_FEATS * sizeof(uint32_t));
	acc = cp_arena_alloc(arena, (size_t) maxs * CP_NER_NTAGS * sizeof(int32_t));
	cp_vec_init(&ms, sizeof(raw_mention));
	for (size_t s = 0; s < doc.nsents; s++)
	{
		const cp_ner_sent *se = &doc.sents[s];

		if ((s & 31) == 31)
			cp_check_interrupts();
		cp_ner_score_sentence(model, &doc, se, rows, acc, emit);
		cp_ner_viterbi(model, emit, se->ntoks, tags, work);
		for (uint32_t i = 0; i < se->ntoks; i++)
		{
			raw_mention *m;
			uint32_t	j = i;
			int			depth = 0;

			if (!CP_NER_IS_B(tags[i]))
				continue;
			while (j + 1 < se->ntoks && tags[j + 1] == tags[i] + 1 &&
				   !ends_name(text, &doc.toks[se->first + j + 1].tok, &depth))
				j++;
			/* an opening bracket left without its closing one is not part of the name */
			while (j > i && doc.toks[se->first + j].tok.kind == CP_TOK_PUNCT &&
				   text[doc.toks[se->first + j].tok.start] == '(')
				j--;
			/*
			 * Name particles the tagger rarely saw in 1990s Reuters text end
			 * a person's name: "Abdel Fattah el-Sisi", "Osama bin Laden".
			 */
			while (CP_NER_KIND(tags[i]) == CP_ENT_PER && j + 1 < se->ntoks)
			{
				const cp_token *n1 = &doc.toks[se->first + j + 1].tok;

				if (is_prefixed_name(text + n1->start, n1->len))
					j++;
				else if (j + 2 < se->ntoks && text[n1->start] >= 'a' && text[n1->start] <= 'z' &&
						 is_particle(text + n1->start, n1->len) &&
						 ((doc.toks[se->first + j + 2].tok.flags & CP_TF_CAPITALIZED) ||
						  is_prefixed_name(text + doc.toks[se->first + j + 2].tok.start,
										   doc.toks[se->first + j + 2].tok.len)))
					j += 2;
				else
					break;
			}
			m = cp_vec_push(arena, &ms);
			m->first = se->first + i;
			m->last = se->first + j;
			m->kind = (uint8_t) CP_NER_KIND(tags[i]);
			m->sentence = se->n;
			/* "Secretary-General Ban Ki-moon" tagged as one MISC mention. */
			if ((m->kind == CP_ENT_ORG || m->kind == CP_ENT_MISC) && m->first < m->last &&
				is_person_title(text + doc.toks[m->first].tok.start, doc.toks[m->first].tok.len) &&
				(doc.toks[m->first + 1].tok.flags & CP_TF_CAPITALIZED))
				m->kind = CP_ENT_PER;
			/* "Secretary of State John Kerry": the title is not the name. */
			if (m->kind == CP_ENT_PER)
				while (m->first < m->last &&
					   (is_title(text + doc.toks[m->first].tok.start, doc.toks[m->first].tok.len, CP_TITLE_MENTION) ||
						is_person_title(text + doc.toks[m->first].tok.start, doc.toks[m->first].tok.len)))
					m->first++;
			i = j;
		}
	}
	mark_datelines(&doc, ms.items, ms.count);
	resolve_names(arena, &doc, ms.items, ms.count);
	for (size_t i = 0; i < ms.count; i++)
	{
		const raw_mention *m = &CP_VEC_AT(&ms, raw_mention, i);
		const raw_mention *c = m->canon >= 0 ? &CP_VEC_AT(&ms, raw_mention, m->canon) : m;
		cp_mention	o;
		char		key[CP_NAME_KEY_CAP];

		o.start = doc.toks[m->first].tok.start;
		o.len = mention_bytes(&doc, m);
		o.kind = m->kind;
		o.sentence = m->sentence;
		if (m->builtin && m->canon < 0)
		{
			o.name = m->builtin;
			o.name_len = strlen(m->builtin);
		}
		else
		{
			o.name = text + doc.toks[c->first].tok.start;
			o.name_len = mention_bytes(&doc, c);
		}
		/* a tagged "|" names nothing: corpus.entity rejects names without a key */
		if (cp_name_key_buf(o.name, o.name_len, key) > 0)
			*(cp_mention *) cp_vec_push(arena, out) = o;
	}
	return CP_OK;
}
