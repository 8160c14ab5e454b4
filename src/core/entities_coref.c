/*
 * entities_coref.c: in-article coreference.  Every mention is indexed as it
 * is tagged; once the whole article is read, each gets the fullest name the
 * article uses for it ("Kerry" -> "John Kerry", "UN" -> "United Nations",
 * "Barrick" -> "Barrick Gold Corp").
 */
#include "entities_internal.h"

#include <string.h>
#include <strings.h>

#include "calendar.h"
#include "hash.h"
#include "names.h"
#include "titles.h"
#include "utf8.h"

/* Name particles that never identify a person on their own. */
bool
is_particle(const char *s, size_t len)
{
	static const word_item particles[] = {
		{"al"}, {"el"}, {"ad"}, {"as"}, {"ash"}, {"bin"}, {"ibn"}, {"bint"}, {"de"}, {"del"},
		{"della"}, {"di"}, {"da"}, {"van"}, {"von"}, {"der"}, {"den"}, {"du"}, {"la"}, {"le"},
		{"dos"}, {"das"}, {"jr"}, {"sr"}, {"ii"}, {"iii"},
	};
	static int16_t slots[64];
	static cp_wordtab table = CP_WORDTAB(particles, slots);

	return word_in_table(s, len, &table);
}

/* "al-Sisi" -> "Sisi": an Arabic article prefix does not distinguish names. */
static void
strip_article_prefix(const char **s, size_t *len)
{
	static const char *const prefixes[] = {"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-"};
	unsigned	c = (unsigned char) (*s)[0] | 0x20;

	/* every word's key passes here: most have no hyphen where a prefix ends */
	if (*len < 4 || (c != 'a' && c != 'e') || ((*s)[2] != '-' && (*s)[3] != '-'))
		return;
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
bool
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

size_t
name_initials(const cp_ner_doc *doc, uint32_t first, uint32_t last, char *out, size_t cap)
{
	size_t		n = 0;

	for (uint32_t i = first; i <= last; i++)
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
	bool		place;			/* a country's */
}			builtin_acronyms[] = {
	{"UN", "United Nations", false}, {"EU", "European Union", false},
	{"US", "United States", true}, {"USA", "United States", true}, {"UK", "United Kingdom", true},
	{"NATO", "North Atlantic Treaty Organization", false},
	{"IMF", "International Monetary Fund", false}, {"WHO", "World Health Organization", false},
	{"IDF", "Israel Defense Forces", false}, {"PLO", "Palestine Liberation Organization", false},
	{"UNRWA", "United Nations Relief and Works Agency", false},
	{"ICC", "International Criminal Court", false},
	{"OPEC", "Organization of the Petroleum Exporting Countries", false},
	{"WTO", "World Trade Organization", false},
	{"FBI", "Federal Bureau of Investigation", false}, {"CIA", "Central Intelligence Agency", false},
	{"UAE", "United Arab Emirates", true}, {"PA", "Palestinian Authority", false},
};
static int16_t builtin_acronym_slots[64];
static cp_wordtab builtin_acronym_table = CP_WORDTAB(builtin_acronyms, builtin_acronym_slots);

void
key_map_init(cp_arena *arena, key_map *m, size_t cap)
{
	m->keys = cp_arena_alloc0(arena, cap * sizeof(uint64_t));
	m->vals = cp_arena_alloc0(arena, cap * sizeof(int32_t));
	m->mask = cap - 1;
	m->count = 0;
}

static size_t
key_map_find(const key_map *m, uint64_t key)
{
	size_t		i;

	for (i = key & m->mask; m->keys[i] && m->keys[i] != key; i = (i + 1) & m->mask)
		;
	return i;
}

/* The slot of key, or NULL when it has none. */
int32_t *
key_map_get(const key_map *m, uint64_t key)
{
	size_t		i = key_map_find(m, key | 1);	/* 0 marks an empty slot */

	return m->keys[i] ? &m->vals[i] : NULL;
}

/* The slot of key, claimed if new (*found says which). */
int32_t *
key_map_put(cp_arena *arena, key_map *m, uint64_t key, bool *found)
{
	size_t		i;

	key |= 1;
	i = key_map_find(m, key);
	*found = m->keys[i] != 0;
	if (*found)
		return &m->vals[i];
	if ((m->count + 1) * 2 > m->mask + 1)
	{
		key_map		old = *m;

		key_map_init(arena, m, (old.mask + 1) * 2);
		for (size_t k = 0; k <= old.mask; k++)
			if (old.keys[k])
			{
				size_t		j = key_map_find(m, old.keys[k]);

				m->keys[j] = old.keys[k];
				m->vals[j] = old.vals[k];
			}
		m->count = old.count;
		i = key_map_find(m, key);
	}
	m->keys[i] = key;
	m->count++;
	return &m->vals[i];
}

void
text_chains_begin(text_chains *c, cp_arena *arena, const char *text, const raw_mention *ms, size_t n,
				  bool (*holds) (const raw_mention *m))
{
	memset(c, 0, sizeof(*c));
	c->arena = arena;
	c->mark = cp_arena_save(arena);
	c->text = text;
	c->ms = ms;
	c->n = n;
	c->holds = holds;
}

static void
build_text_chains(text_chains *c)
{
	size_t		cap = 16,
				held = 0;

	for (size_t k = 0; k < c->n; k++)
		held += c->holds(&c->ms[k]);
	while (cap < 2 * held + 2)
		cap <<= 1;
	key_map_init(c->arena, &c->heads, cap);
	c->next = cp_arena_alloc(c->arena, (c->n ? c->n : 1) * sizeof(int32_t));
	/* from the last, so that each chain runs in text order */
	for (size_t k = c->n; k-- > 0;)
	{
		const raw_mention *m = &c->ms[k];
		bool		found;
		int32_t    *slot;

		c->next[k] = -1;
		if (!c->holds(m))
			continue;
		slot = key_map_put(c->arena, &c->heads, cp_fnv64_add(CP_FNV64_OFFSET, c->text + m->start, m->len), &found);
		if (found)
			c->next[k] = *slot;
		*slot = (int32_t) k;
	}
	c->built = true;
}

/* The first mention whose text hashes as text[from, from + len) does, or -1. */
int32_t
text_chains_first(text_chains *c, uint32_t from, uint32_t len)
{
	int32_t    *slot;

	if (!c->built)
		build_text_chains(c);
	slot = key_map_get(&c->heads, cp_fnv64_add(CP_FNV64_OFFSET, c->text + from, len));
	return slot ? *slot : -1;
}

void
text_chains_end(text_chains *c)
{
	cp_arena_reset(c->arena, c->mark);
}

/* Keep the longer (then earlier) mention as the one a key names. */
static void
offer(cp_arena *arena, key_map *map, const raw_mention *ms, uint64_t key, int32_t idx)
{
	bool		found;
	int32_t    *slot = key_map_put(arena, map, key, &found);

	if (!found || ms[idx].len > ms[*slot].len)
		*slot = idx;
}

/* The same, keeping the shortest name offered. */
static void
offer_shortest(cp_arena *arena, key_map *map, const raw_mention *ms, uint64_t key, int32_t idx)
{
	bool		found;
	int32_t    *slot = key_map_put(arena, map, key, &found);

	if (!found || ms[idx].len < ms[*slot].len)
		*slot = idx;
}

/*
 * A full name others may borrow from: capitalized words, initials, name
 * particles and a nickname's quotation marks only (not "Gareth Thomas as Wales", a tagging slip), at most
 * CLEAN_NAME_WORDS of them: a longer run of capitalized words tagged as one
 * person is a slip too, and indexing its every word costs memory.
 */
#define CLEAN_NAME_WORDS 8

static bool
is_clean_name(const cp_ner_doc *doc, uint32_t first, uint32_t last)
{
	if (last - first >= CLEAN_NAME_WORDS)
		return false;
	for (uint32_t t = first; t <= last; t++)
	{
		const char *w = doc->text + doc->toks[t].tok.start;
		size_t		wl = doc->toks[t].tok.len;

		/* the quotation marks of a nickname ('Wei Seng "Paul" Phua', nicknamed_name_end) */
		if (!(doc->toks[t].tok.flags & CP_TF_CAPITALIZED) && !is_particle(w, wl) &&
			!is_prefixed_name(w, wl) && !cp_token_is_double_quote(&doc->toks[t].tok))
			return false;
	}
	return true;
}

/* A name's bytes, ASCII case folded, as the key of a company's head. */
static uint64_t
head_key(const char *s, size_t len)
{
	return cp_fnv64_add_lower(CP_FNV64_OFFSET, s, len);
}

/*
 * Record mention idx (tokens first..last of the sentence in doc) in the
 * index, and the key its own resolution will look up.  Mentions come in text
 * order, as resolve_names() visited them.
 */
void
index_mention(cp_arena *arena, name_index *ix, const cp_ner_doc *doc, uint32_t first,
			  uint32_t last, raw_mention *ms, int32_t idx)
{
	raw_mention *m = &ms[idx];
	const cp_token *ft = &doc->toks[first].tok;
	const char *w = doc->text + doc->toks[last].tok.start;
	size_t		wl = doc->toks[last].tok.len;
	char		buf[16];
	uint32_t	lead = first;	/* the first word after initials */
	const cp_token *lt;
	bool		legal = m->kind != CP_ENT_PER && last > first &&
		ends_with_legal_form(doc->text, &doc->toks[last].tok),
				legal_before = false;

	if (m->kind == CP_ENT_PER && last > first && is_clean_name(doc, first, last))
		for (uint32_t t = first; t <= last; t++)
		{
			const char *tw = doc->text + doc->toks[t].tok.start;
			size_t		twl = doc->toks[t].tok.len;
			uint64_t	key;

			/* a regnal number no more names a person than "Jr" does ("Peter I", "Augen I") */
			if (is_particle(tw, twl) || !(doc->toks[t].tok.flags & CP_TF_HAS_ALPHA) ||
				is_roman_numeral(doc->text, &doc->toks[t].tok))
				continue;
			strip_article_prefix(&tw, &twl);
			key = word_key(tw, twl);
			offer(arena, &ix->per, ms, key, idx);
			if (t == last)
				offer(arena, &ix->family, ms, key, idx);
		}
	/* "Barrick" after "Barrick Gold Corp", "Sainsbury" after "J. Sainsbury PLC" */
	while (lead < last && (doc->toks[lead].tok.flags & CP_TF_INITIAL))
		lead++;
	/* "Megaline" after "LLC Megaline": a legal form before the name, as Russian companies write it */
	if (m->kind == CP_ENT_ORG && lead == first && last > first && !legal &&
		cp_name_is_legal_form(doc->text + ft->start, ft->len))
	{
		lead++;
		legal_before = true;
	}
	lt = &doc->toks[lead].tok;
	/* "Bafta" after "Bafta Interactive Awards": the body that gives it */
	if (m->event && last > lead && (lt->flags & CP_TF_CAPITALIZED))
		offer(arena, &ix->event, ms, word_key(doc->text + lt->start, lt->len), idx);
	if (m->kind == CP_ENT_ORG && last > lead && (lt->flags & CP_TF_CAPITALIZED) &&
		!(lt->flags & CP_TF_ALL_UPPER))
	{
		uint64_t	key = word_key(doc->text + lt->start, lt->len);

		offer(arena, &ix->org, ms, key, idx);
		if (legal)
		{
			uint64_t	h = CP_FNV64_OFFSET;
			uint32_t	at = lt->start;

			offer_shortest(arena, &ix->legal, ms, key, idx);

			/*
			 * "Johnson Controls" after "Johnson Controls Inc": each head's
			 * key goes on from the last one's, so that a long name costs
			 * its length, not its square
			 */
			for (uint32_t t = lead + 1; t < last; t++)
			{
				uint32_t	end = doc->toks[t].tok.start + doc->toks[t].tok.len;

				h = cp_fnv64_add_lower(h, doc->text + at, end - at);
				at = end;
				offer_shortest(arena, &ix->legal_head, ms, h, idx);
			}
			/*
			 * "Kodak" after "Eastman Kodak Co", "Disney" after "Walt Disney
			 * Co": a two-word head's last word is the company's short form
			 */
			if (lead + 2 == last && (doc->toks[lead + 1].tok.flags & CP_TF_CAPITALIZED))
				offer_shortest(arena, &ix->legal_last, ms,
							   word_key(doc->text + doc->toks[lead + 1].tok.start,
										doc->toks[lead + 1].tok.len), idx);
		}
	}
	if (legal_before && lead == last && (lt->flags & CP_TF_CAPITALIZED))
		offer_shortest(arena, &ix->legal, ms, word_key(doc->text + lt->start, lt->len), idx);
	m->last_tok = doc->toks[last].tok;
	if (m->kind != CP_ENT_PER && last > first && name_initials(doc, first, last, buf, sizeof(buf)))
		offer(arena, &ix->acr, ms, word_key(buf, strlen(buf)), idx);
	/* "ABN" of "Algemene Bank Nederland N.V.": initials without the legal form too */
	if (m->kind != CP_ENT_PER && legal && last > first + 1 &&
		name_initials(doc, first, last - 1, buf, sizeof(buf)))
		offer(arena, &ix->acr, ms, word_key(buf, strlen(buf)), idx);
	/* "United Nations (U.N.)": the article defines the acronym. */
	if (m->kind != CP_ENT_PER && last > first && last + 3 < doc->ntoks &&
		doc->toks[last + 1].tok.len == 1 && doc->text[doc->toks[last + 1].tok.start] == '(' &&
		doc->toks[last + 3].tok.len == 1 && doc->text[doc->toks[last + 3].tok.start] == ')' &&
		cp_initialism(doc->text + doc->toks[last + 2].tok.start, doc->toks[last + 2].tok.len,
				   buf, sizeof(buf)))
		offer(arena, &ix->acr, ms, word_key(buf, strlen(buf)), idx);

	/*
	 * A single word that is part of a person's full name in this article is
	 * that person ("Kerry" tagged LOC after "John Kerry"): one article
	 * rarely names a person and a place with the same word.  Whatever the
	 * tag, since the kinds are made consistent later, before names resolve.
	 */
	m->one_word = first == last;
	m->place = m->city = m->country = true;
	for (uint32_t t = first; t <= last && m->place; t++)
	{
		unsigned	others = doc->toks[t].gaz & (CP_GAZ_COUNTRY | CP_GAZ_DEMONYM | CP_GAZ_REGION |
												  CP_GAZ_CAPITAL);

		m->country = m->country && (doc->toks[t].gaz & CP_GAZ_COUNTRY);
		m->city = m->city && (doc->toks[t].gaz & CP_GAZ_CITY) && !others;
		m->place = (doc->toks[t].gaz & CP_GAZ_CITY) || others;
	}
	m->may_be_person = first == last &&
		(ft->flags & CP_TF_CAPITALIZED) && !(ft->flags & CP_TF_ALL_UPPER);
	m->builtin = -1;
	if (m->kind == CP_ENT_PER || m->may_be_person)
	{
		/* "Kerry" -> "John Kerry"; "Ban" -> "Ban Ki-moon"; "Sisi" -> "... al-Sisi". */
		if (first == last || !(is_particle(w, wl) || is_roman_numeral(doc->text, &doc->toks[last].tok)))
		{
			strip_article_prefix(&w, &wl);
			m->look = LOOK_PERSON;
			m->key = word_key(w, wl);
		}
	}
	else if (first == last && cp_initialism(w, wl, buf, sizeof(buf)))
	{
		size_t		len = strlen(buf);
		int			k;

		m->look = LOOK_ACRONYM;
		m->key = word_key(buf, len);
		if ((k = cp_wordtab_find(&builtin_acronym_table, buf, len)) >= 0)
		{
			m->builtin = (int8_t) k;
			/*
			 * "UAE foreign ministry", "U.S. officials", "a US judge": a
			 * country's letters name a place, whatever the tagger read
			 * (CoNLL-2003 marks them so 441 times, never otherwise)
			 */
			if (builtin_acronyms[k].place)
				m->kind = CP_ENT_LOC;
		}
	}
}

/* The key of a mention's first word, as index_mention() keys the words of a name. */
static uint64_t
first_word_key(const char *text, const raw_mention *m)
{
	const char *w = text + m->start;
	size_t		wl = 0;

	while (wl < m->len && w[wl] != ' ')
		wl++;
	strip_article_prefix(&w, &wl);
	return word_key(w, wl);
}

/*
 * Is token t a capitalized word standing alone, never written in lower case
 * in the article, between words that are not capitalized?  Where the
 * tagger leaves out a short form that is also a common noun.
 */
static bool
untagged_alone(const cp_ner_doc *doc, uint32_t ntoks, uint32_t t)
{
	const cp_ner_tok *k = &doc->toks[t];

	return !(k->doc & CP_NER_DF_LOWER) && k->tok.kind == CP_TOK_WORD &&
		(t == 0 || !(doc->toks[t - 1].tok.flags & CP_TF_CAPITALIZED)) &&
		(t + 1 >= ntoks || !(doc->toks[t + 1].tok.flags & CP_TF_CAPITALIZED));
}

/*
 * The tagger leaves a company's short form out where the word is also a
 * common noun ("Dome is now trying", "operations of Dome"): such a word
 * that starts a company's name with its legal form named before it.  The
 * caller tests the index and the capital first, inline: most words fail
 * them.
 */
bool
untagged_short_form(const name_index *ix, const cp_ner_doc *doc, uint32_t ntoks, uint32_t t)
{
	return untagged_alone(doc, ntoks, t) &&
		key_map_get(&ix->legal, word_key(doc->text + doc->toks[t].tok.start, doc->toks[t].tok.len)) != NULL;
}

/*
 * "Waste Management said", "American Adventure's parks" after "Waste
 * Management Inc", "American Adventure Inc": a run of capitalized words from
 * token t that is exactly a company's name named before without its legal
 * form, which the tagger left out or cut ("American" alone as another name):
 * tag it one organization's name.  Not where it is one tagged name already
 * (resolve_names finds its company, or keeps "New Zealand" a place), nor
 * within a longer capitalized run.  The caller tests the capital and the next
 * word's capital first; the heads' keys go on word by word, so a run costs
 * its length.
 */
bool
short_form_run(const name_index *ix, const cp_ner_doc *doc, uint8_t *tags, uint32_t ntoks, uint32_t t)
{
	const cp_ner_tok *k = doc->toks;
	uint64_t	h = CP_FNV64_OFFSET;
	uint32_t	at = k[t].tok.start,
				found = 0;

	if (ix->legal_head.count == 0 ||
		(t > 0 && (k[t - 1].tok.flags & CP_TF_CAPITALIZED) && k[t - 1].tok.kind == CP_TOK_WORD) ||
		key_map_get(&ix->legal, word_key(doc->text + at, k[t].tok.len)) == NULL)
		return false;
	h = cp_fnv64_add_lower(h, doc->text + at, k[t].tok.len);
	at += k[t].tok.len;
	for (uint32_t e = t + 1; e < ntoks && e < t + 8 && k[e].tok.kind == CP_TOK_WORD &&
		 (k[e].tok.flags & CP_TF_CAPITALIZED); e++)
	{
		uint32_t	end = k[e].tok.start + k[e].tok.len;

		h = cp_fnv64_add_lower(h, doc->text + at, end - at);
		at = end;
		if (key_map_get(&ix->legal_head, h))
			found = e;
	}
	if (found == 0 || (found + 1 < ntoks && ((k[found + 1].tok.flags & CP_TF_CAPITALIZED) ||
											 CP_NER_IS_I(tags[found + 1]))))
		return false;
	/*
	 * "New Zealand" is no short form of "New Zealand Steel Ltd", nor "South
	 * African" of "South African Breweries Ltd"
	 */
	for (uint32_t e = t; e <= found && (k[e].gaz & (CP_GAZ_PLACES | CP_GAZ_DEMONYM)); e++)
		if (e == found)
			return false;
	/* one name the tagger read whole: resolve_names' to judge */
	if (CP_NER_IS_B(tags[t]))
	{
		uint32_t	e = t + 1;

		while (e < ntoks && CP_NER_IS_I(tags[e]))
			e++;
		if (e == found + 1)
			return false;
	}
	tags[t] = CP_NER_B(CP_ENT_ORG);
	for (uint32_t e = t + 1; e <= found; e++)
		tags[e] = CP_NER_I(CP_ENT_ORG);
	return true;
}

/*
 * And a person's family name alone, where it is a common noun too
 * ("performances by Bunch", "Bunch plays them" after "John Bunch"): such a
 * word that ends a person's full name given before, not a month's name ("in
 * May" after "Anna May").  Not a first word: those of bodies and things the
 * tagger read as people ("However Harlin", "Xbox Live", "Bolt Beranek") are
 * more often wrong than a first name alone is right.
 */
bool
untagged_family_name(const name_index *ix, const cp_ner_doc *doc, uint32_t ntoks, uint32_t t)
{
	const cp_token *w = &doc->toks[t].tok;

	return untagged_alone(doc, ntoks, t) && w->len >= 3 &&
		key_map_get(&ix->family, word_key(doc->text + w->start, w->len)) != NULL &&
		cp_month_from_name(doc->text + w->start, w->len) == 0;
}

/* "Mr. Rooter", "Mrs Fairfax": a courtesy title right before the mention. */
static bool
after_courtesy_title(const char *text, const raw_mention *m)
{
	uint32_t	e = m->start,
				f;
	char		low[16];

	if (e < 3 || text[e - 1] != ' ')
		return false;
	e -= text[e - 2] == '.' ? 2 : 1;
	for (f = e; f > 0 && e - f < sizeof(low) &&
		 (cp_ascii_upper((unsigned char) text[f - 1]) || (text[f - 1] >= 'a' && text[f - 1] <= 'z')); f--)
		;
	if (f == e || e - f >= sizeof(low))
		return false;
	cp_ascii_lower_copy(low, text + f, e - f);
	return (cp_title_uses(low, e - f) & CP_TITLE_COURTESY) != 0;
}

/* Each mention's fullest name, once the whole article is indexed. */
void
resolve_names(const char *text, const name_index *ix, raw_mention *ms, size_t n)
{
	/*
	 * A name of several words that starts a company's name with its legal
	 * form in the article is that company, whatever the tagger read
	 * ("Johnson Controls" after "Johnson Controls Inc", "Carolina Eastman"
	 * after "Carolina Eastman Co"), unless every word of it names a place
	 * or its people and the tagger read it so: "New Zealand" is not "New
	 * Zealand Steel Ltd", nor "South African" "South African Breweries
	 * Ltd", but "Drexel Burnham" (two towns) tagged as a person is "Drexel
	 * Burnham Lambert Inc".  First, so that a single word of it ("Johnson")
	 * finds the company below.
	 */
	for (size_t i = 0; i < n; i++)
	{
		raw_mention *m = &ms[i];
		int32_t    *slot;

		m->canon = -1;
		if (m->one_word || (m->place && (m->kind == CP_ENT_LOC || m->kind == CP_ENT_MISC)))
			continue;
		slot = key_map_get(&ix->legal_head, head_key(text + m->start, m->len));
		if (slot)
		{
			m->kind = CP_ENT_ORG;
			m->canon = *slot;
		}
	}
	for (size_t i = 0; i < n; i++)
	{
		raw_mention *m = &ms[i];
		int32_t    *slot,
				   *legal;

		if (m->canon >= 0)
			continue;
		if (m->look == LOOK_PERSON)
		{
			slot = key_map_get(&ix->per, m->key);
			/* "Johnson" after "Johnson Controls", tagged a person, made a company above */
			if (slot && ms[*slot].kind == CP_ENT_ORG && ms[*slot].canon >= 0 &&
				(m->kind == CP_ENT_PER || m->kind == CP_ENT_ORG || m->may_be_person))
			{
				m->kind = CP_ENT_ORG;
				m->canon = ms[*slot].canon;
				continue;
			}
			/*
			 * "Drexel" is the first word of "Drexel Burnham", taken for a
			 * person, and of "Drexel Burnham Lambert Inc": one word stands
			 * for a person by the family name, so it is the company.
			 */
			if (slot && m->one_word && (m->kind == CP_ENT_PER || m->kind == CP_ENT_ORG) &&
				first_word_key(text, &ms[*slot]) == m->key &&
				(legal = key_map_get(&ix->legal, m->key)) != NULL)
			{
				m->kind = CP_ENT_ORG;
				m->canon = *legal;
				continue;
			}
			if (m->may_be_person && slot)
				m->kind = CP_ENT_PER;
			if (m->kind == CP_ENT_PER && slot && *slot != (int32_t) i && ms[*slot].len > m->len)
				m->canon = *slot;
			/*
			 * A word tagged as a person or an organization that starts a
			 * company's name with its legal form in the article is its
			 * short form, of the shortest such name if several ("Texaco"
			 * after "Texaco Inc" and "Texaco Canada Inc").  One tagged as a
			 * person may also stand for any organization's name it starts
			 * ("Barrick" after "Barrick Gold"), one tagged as an
			 * organization may not: "the Senate" is not the "Senate Finance
			 * Committee".  One tagged a place or a nationality stays one
			 * where a gazetteer holds it ("Japan" is not "Japan Airlines");
			 * one no gazetteer holds is the company's short form as well
			 * ("Swebus" after "Swebus AB", read as an other name; "Aaxis"
			 * after "Aaxis Limited", read as a place).
			 */
			else if ((m->kind == CP_ENT_PER || m->kind == CP_ENT_ORG ||
					  (!m->place && (m->kind == CP_ENT_LOC || m->kind == CP_ENT_MISC))) &&
					 m->one_word && !slot)
			{
				slot = key_map_get(&ix->legal, m->key);
				if (!slot && m->kind == CP_ENT_PER)
					slot = key_map_get(&ix->org, m->key);
				/* not "Mr. Rooter" after "Alfred Rooter Inc": the founder */
				if (!slot && m->kind == CP_ENT_PER &&
					(slot = key_map_get(&ix->legal_last, m->key)) != NULL && after_courtesy_title(text, m))
					slot = NULL;
				if (slot)
				{
					m->kind = CP_ENT_ORG;
					m->canon = *slot;
				}
				else if (m->kind == CP_ENT_PER && key_map_get(&ix->event, m->key))
					m->kind = CP_ENT_ORG;
			}
		}
		else if (m->look == LOOK_ACRONYM)
		{
			slot = key_map_get(&ix->acr, m->key);
			/* "ITA" of "International Tin Agreement", read as a body: the agreement */
			if (slot && ms[*slot].event && ms[*slot].kind == CP_ENT_MISC && m->kind == CP_ENT_ORG)
				m->kind = CP_ENT_MISC;
			/*
			 * "WTO" of "World Trade Organisation", read as an other name
			 * or a place: the body its initials spell, when that name ends
			 * as a body's ("Organisation", "Fund", "Corp"), not as a
			 * concept's or a place's ("Acquired Immune Deficiency
			 * Syndrome", "United Arab Emirates", which the tagger may read
			 * as bodies); a country's built-in letters stay places, and so
			 * do a state's with periods ("Providence, R.I." after "Rhode
			 * Island Hospital Trust Co")
			 */
			else if (slot && ms[*slot].kind == CP_ENT_ORG && m->kind != CP_ENT_ORG &&
					 !memchr(text + m->start, '.', m->len) &&
					 (m->builtin < 0 || !builtin_acronyms[m->builtin].place) &&
					 ends_as_named_body(text, &ms[*slot].last_tok))
				m->kind = CP_ENT_ORG;
			if (slot && ms[*slot].kind == m->kind)
				m->canon = *slot;
		}
	}
	/* A canonical mention may itself point further; one level is enough for
	 * PER (the target is the longest), acronyms point at full names. */
}

/* Written in capitals: no letter in lower case, one of two in the first bytes (not "3" or "I."). */
static bool
in_capitals(const char *text, const raw_mention *m)
{
	return m->len >= 2 && !(text[m->start + 1] >= 'a' && text[m->start + 1] <= 'z') &&
		!cp_has_ascii_lower(text + m->start, m->len);
}

/* Written as names are: the first word's second letter in lower case ("Cairo", "al-Sisi"; not "GAf"). */
static bool
in_name_case(const char *text, const raw_mention *m)
{
	return m->len >= 2 && text[m->start + 1] >= 'a' && text[m->start + 1] <= 'z';
}

/* A mention's text in any ASCII case and its kind, as one key. */
static uint64_t
spelling_key(const char *text, const raw_mention *m)
{
	return head_key(text + m->start, m->len) ^ ((uint64_t) m->kind * 0x9e3779b97f4a7c15ULL);
}

/*
 * A name in capitals, a dateline's "CAIRO" or a headline's "GAZA CITY",
 * that resolved to no fuller name is named as the article first writes it
 * in a name's case with the same kind, with that mention's own name
 * ("Cairo"; "KERRY" is "John Kerry" through "Kerry"), so that the name
 * column reads as the story does.  An initialism the article writes in
 * capitals alone keeps its letters.  The names in capitals are few: they
 * are hashed, and the other mentions looked up only where their length is
 * one of theirs.
 */
void
names_in_capitals(cp_arena *arena, const char *text, raw_mention *ms, size_t n)
{
	cp_arena_mark mark = cp_arena_save(arena);
	key_map		spellings;		/* a spelling in capitals and kind -> the first mention in a name's case, or -1 */
	int32_t    *caps = NULL;	/* the names in capitals */
	size_t		ncaps = 0;
	uint64_t	lengths = 0;	/* bit min(len, 63): their lengths */

	for (size_t i = 0; i < n; i++)
		if (ms[i].canon < 0 && ms[i].builtin < 0 && in_capitals(text, &ms[i]))
		{
			bool		found;

			if (ncaps == 0)
			{
				key_map_init(arena, &spellings, 16);
				caps = cp_arena_alloc(arena, n * sizeof(int32_t));
			}
			caps[ncaps++] = (int32_t) i;
			lengths |= 1ull << (ms[i].len < 63 ? ms[i].len : 63);
			*key_map_put(arena, &spellings, spelling_key(text, &ms[i]), &found) = -1;
		}
	for (size_t i = 0; i < n && ncaps > 0; i++)
	{
		int32_t    *slot;

		if (!((lengths >> (ms[i].len < 63 ? ms[i].len : 63)) & 1) || !in_name_case(text, &ms[i]) ||
			(slot = key_map_get(&spellings, spelling_key(text, &ms[i]))) == NULL || *slot >= 0)
			continue;
		*slot = (int32_t) i;
	}
	for (size_t c = 0; c < ncaps; c++)
	{
		raw_mention *m = &ms[caps[c]];
		int32_t		k = *key_map_get(&spellings, spelling_key(text, m));

		if (k >= 0 && ms[k].len == m->len && ms[k].kind == m->kind &&
			strncasecmp(text + ms[k].start, text + m->start, m->len) == 0)
			m->canon = ms[k].canon >= 0 ? ms[k].canon : k;
	}
	cp_arena_reset(arena, mark);
}

void
name_index_init(cp_arena *arena, name_index *ix)
{
	key_map_init(arena, &ix->per, 64);
	key_map_init(arena, &ix->family, 64);
	key_map_init(arena, &ix->acr, 64);
	key_map_init(arena, &ix->org, 64);
	key_map_init(arena, &ix->legal, 64);
	key_map_init(arena, &ix->legal_head, 64);
	key_map_init(arena, &ix->legal_last, 16);
	key_map_init(arena, &ix->event, 16);
}

const char *
builtin_acronym_name(int8_t builtin)
{
	return builtin_acronyms[builtin].name;
}
