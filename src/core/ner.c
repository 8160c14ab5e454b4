/*
 * ner.c: the named-entity tagger: document preparation, features, scoring
 * and Viterbi decoding.  The model and its lexicons are in ner_model.c.
 */
#include "ner.h"

#include <math.h>
#include <string.h>

#include "article.h"
#include "hash.h"
#include "sentences.h"
#include "utf8.h"

/* ---------------------------------------------------------------- hashing */

/*
 * The lower case and the shape symbol ("Xx", "d,d") of each ASCII byte, in
 * tables: fnv_lower() and hash_word() read them for every byte of every word.
 */
static unsigned char ascii_lower[128];
static char ascii_shape[128];
static bool ascii_ready;

static void
ascii_tables(void)
{
	for (int c = 0; c < 128; c++)
	{
		bool		up = c >= 'A' && c <= 'Z';

		ascii_lower[c] = (unsigned char) (up ? c + 32 : c);
		ascii_shape[c] = (c >= '0' && c <= '9') ? 'd' : up ? 'X' : (c >= 'a' && c <= 'z') ? 'x' : (char) c;
	}
	ascii_ready = true;
}

/*
 * Lower-cased, accent-folded hashing ("Khān" = "khan"); ASCII takes the
 * fast path, other characters go through the Unicode fold.
 */
static inline uint64_t
fnv_lower(uint64_t h, const char *s, size_t len)
{
	size_t		i = 0;

	if (!ascii_ready)
		ascii_tables();
	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];

		if (c < 0x80)
		{
			h = cp_fnv64_byte(h, ascii_lower[c]);
			i++;
		}
		else
		{
			uint32_t	cp;
			char		enc[4];
			int			w = cp_utf8_decode(s + i, len - i, &cp);
			int			n;

			i += w;
			if (cp_uc_is(cp, CP_UC_MARK))
				continue;
			n = cp_utf8_encode(cp_uc_fold(cp), enc);
			h = cp_fnv64_add(h, enc, n);
		}
	}
	return h;
}

static inline uint64_t
mix(uint64_t a, uint64_t b)
{
	a ^= b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2);
	a ^= a >> 33;
	a *= 0xff51afd7ed558ccdULL;
	a ^= a >> 33;
	return a;
}

static inline uint32_t
row_of(const cp_ner_model *m, uint64_t h)
{
	h ^= h >> 29;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 32;
	return (uint32_t) (h & ((1u << m->hash_bits) - 1));
}

uint64_t
cp_ner_phrase_start(void)
{
	return CP_FNV64_OFFSET;
}

uint64_t
cp_ner_phrase_add(uint64_t h, const char *s, size_t len, bool first)
{
	if (!first)
		h = cp_fnv64_byte(h, ' ');
	return fnv_lower(h, s, len);
}

/* ---------------------------------------------------------------- documents */

/*
 * The hashes of a word the features read, in one pass over its bytes (the
 * three multiplication chains overlap): as written, lower-cased and
 * accent-folded (as fnv_lower()), and of its compressed shape ("Xx", "X.X.",
 * "d,d", at most 12 symbols), and whether it has an upper-case letter.
 */
static void
hash_word(const char *s, size_t len, cp_ner_tok *t)
{
	uint64_t	word = CP_FNV64_OFFSET,
				lower = CP_FNV64_OFFSET,
				shape = CP_FNV64_OFFSET;
	char		last = 0;
	size_t		pos = 0;
	int			n = 0;
	bool		upper = false;

	if (!ascii_ready)
		ascii_tables();
	while (pos < len)
	{
		uint32_t	cp = (unsigned char) s[pos];
		char		c;

		if (cp < 0x80)
		{
			word = cp_fnv64_byte(word, (unsigned char) cp);
			lower = cp_fnv64_byte(lower, ascii_lower[cp]);
			pos++;
			c = ascii_shape[cp];
			/*
			 * In a run of one symbol ("resident" after "Pr"), the rest of
			 * it: two hashes a byte, and nothing for the shape.
			 */
			if (c == last)
			{
				while (pos < len && (unsigned char) s[pos] < 0x80 &&
					   ascii_shape[(unsigned char) s[pos]] == c)
				{
					word = cp_fnv64_byte(word, (unsigned char) s[pos]);
					lower = cp_fnv64_byte(lower, ascii_lower[(unsigned char) s[pos]]);
					pos++;
				}
				continue;
			}
		}
		else
		{
			int			w = cp_utf8_decode(s + pos, len - pos, &cp);
			unsigned	cls = cp_uc_class(cp);

			word = cp_fnv64_add(word, s + pos, w);
			pos += w;
			if (!(cls & CP_UC_MARK))
			{
				char		enc[4];

				lower = cp_fnv64_add(lower, enc, cp_utf8_encode(cp_uc_fold(cp), enc));
			}
			c = !(cls & CP_UC_ALPHA) ? '*' : cp_uc_lower(cp) != cp ? 'X' : 'x';
		}
		/* an 'X' equal to the last symbol was seen when it became the last */
		if (c != last)
		{
			upper |= c == 'X';
			if (n < 12)
			{
				last = c;
				shape = cp_fnv64_byte(shape, (unsigned char) c);
				n++;
			}
		}
	}
	t->word = word;
	t->lower = lower;
	t->shape = shape;
	t->upper = upper;
}

/*
 * A map from word hash to document evidence, growing with the distinct
 * words (not the tokens) of the document.
 */
struct cp_ner_evidence
{
	uint64_t   *keys;
	uint8_t    *flags;
	size_t		mask;
	size_t		count;
};

/*
 * A first capacity for the words of a document of len bytes, grown as they
 * come: a speaker's phrase needs a few slots, not the thousand of an article.
 */
static size_t
evidence_capacity(size_t len)
{
	size_t		cap = 16;

	while (cap < 1024 && cap * 4 < len)
		cap *= 2;
	return cap;
}

static void
evidence_init(cp_arena *arena, cp_ner_evidence *m, size_t cap)
{
	m->keys = cp_arena_alloc0(arena, cap * sizeof(uint64_t));
	m->flags = cp_arena_alloc0(arena, cap);
	m->mask = cap - 1;
	m->count = 0;
}

static uint8_t *
evidence_find(const cp_ner_evidence *m, uint64_t key)
{
	size_t		i;

	for (i = key & m->mask; m->keys[i] && m->keys[i] != key; i = (i + 1) & m->mask)
		;
	return &m->flags[i];
}

/* The flags of word key, a new zero entry if it has none. */
static uint8_t *
evidence_slot(cp_arena *arena, cp_ner_evidence *m, uint64_t key)
{
	uint8_t    *f;

	if (key == 0)
		key = 1;
	f = evidence_find(m, key);
	if (m->keys[f - m->flags] == key)
		return f;
	/* three quarters full at most: on text of distinct words this map is what lasts */
	if ((m->count + 1) * 4 > (m->mask + 1) * 3)
	{
		cp_ner_evidence old = *m;

		evidence_init(arena, m, (old.mask + 1) * 2);
		for (size_t i = 0; i <= old.mask; i++)
			if (old.keys[i])
			{
				uint8_t    *nf = evidence_find(m, old.keys[i]);

				m->keys[nf - m->flags] = old.keys[i];
				*nf = old.flags[i];
			}
		m->count = old.count;
		f = evidence_find(m, key);
	}
	m->keys[f - m->flags] = key;
	m->count++;
	return f;
}

/* ASCII, most words' first letter, needs no decoding */
static bool
starts_upper(const char *s, size_t len)
{
	uint32_t	cp;

	if (len == 0)
		return false;
	if ((unsigned char) s[0] < 0x80)
		return s[0] >= 'A' && s[0] <= 'Z';
	cp_utf8_decode(s, len, &cp);
	return cp_uc_is(cp, CP_UC_ALPHA) && cp_uc_lower(cp) != cp;
}

static bool
starts_lower(const char *s, size_t len)
{
	uint32_t	cp;

	if (len == 0)
		return false;
	if ((unsigned char) s[0] < 0x80)
		return s[0] >= 'a' && s[0] <= 'z';
	cp_utf8_decode(s, len, &cp);
	return cp_uc_is(cp, CP_UC_ALPHA) && cp_uc_upper(cp) != cp;
}

/*
 * Mark gazetteer phrases in one sentence: longest match first at each start.
 * A phrase's first word hashes as the word's lower-case hash does.
 */
static void
match_gazetteer(const cp_ner_model *model, const char *text, cp_ner_tok *t, uint32_t n)
{
	const cp_ner_lex *lex = &model->lex;

	/*
	 * Phrases are names and the word lists matter for capitalized words
	 * (is it a name, or a common word at the start of a sentence?).  The
	 * lexicon is megabytes: ask for every first probe before the first.
	 */
	for (uint32_t i = 0; i < n; i++)
		if (t[i].tok.flags & CP_TF_CAPITALIZED)
			cp_ner_lex_prefetch(lex, t[i].lower);
	for (uint32_t i = 0; i < n; i++)
	{
		uint64_t	h = t[i].lower;
		uint32_t	maxlen = n - i < CP_NER_MAX_PHRASE ? n - i : CP_NER_MAX_PHRASE;

		if (!(t[i].tok.flags & CP_TF_HAS_ALPHA) || !starts_upper(text + t[i].tok.start, t[i].tok.len))
			continue;
		for (uint32_t k = 0; k < maxlen; k++)
		{
			unsigned	bits;

			if (k > 0)
				h = cp_ner_phrase_add(h, text + t[i + k].tok.start, t[i + k].tok.len, false);
			bits = cp_ner_lex_get(lex, h);
			if (!(bits & CP_GAZ_PREFIX))
				maxlen = k + 1;	/* no longer phrase starts here */
			bits &= 0xff;
			if (k > 0)
				bits &= ~(CP_GAZ_LOWER | CP_GAZ_PROPER | CP_GAZ_ORGWORD);
			if (!bits)
				continue;
			t[i].gaz_begin |= bits;
			for (uint32_t j = i; j <= i + k; j++)
				t[j].gaz |= bits;
		}
	}
}

/*
 * The cluster codes the features read: of the words scored and their
 * neighbours.  The table is a megabyte: every first probe is asked for
 * before the first lookup.
 */
static void
find_clusters(const cp_ner_model *model, cp_ner_tok *t, uint32_t n)
{
	const cp_ner_lex *lex = &model->clusters;

	for (int pass = 0; pass < 2; pass++)
		for (uint32_t i = 0; i < n; i++)
		{
			if ((t[i].sflags & CP_NER_SF_SKIP) &&
				(i == 0 || (t[i - 1].sflags & CP_NER_SF_SKIP)) &&
				(i + 1 == n || (t[i + 1].sflags & CP_NER_SF_SKIP)))
				continue;
			if (pass == 0)
				cp_ner_lex_prefetch(lex, t[i].lower);
			else
				t[i].cluster = (uint16_t) cp_ner_lex_get(lex, t[i].lower);
		}
}

unsigned
cp_ner_cluster_code(const char *path, size_t len)
{
	unsigned	code = 1;

	for (size_t i = 0; i < len && i < CP_NER_CLUSTER_BITS; i++)
		code = (code << 1) | (path[i] == '1');
	return code;
}

/* The first k bits of a cluster code's path, as a code (0 stays 0). */
static inline uint64_t
cluster_prefix(unsigned code, int k)
{
	int			len = code ? 31 - __builtin_clz(code) : 0;

	return len > k ? code >> (len - k) : code;
}

/* Tokens neither capitalized nor next to a capitalized one are skipped. */
static void
mark_skipped(cp_ner_tok *t, uint32_t n)
{
	bool		prev = false,
				cur = n > 0 && t[0].upper;

	for (uint32_t i = 0; i < n; i++)
	{
		bool		next = i + 1 < n && t[i + 1].upper;

		if (!prev && !cur && !next)
			t[i].sflags |= CP_NER_SF_SKIP;
		prev = cur;
		cur = next;
	}
}

/*
 * A headline in capitals, or a title in title case, says nothing about
 * which words are names: the sentence of tokens tok[0..n) on a line of kind
 * lk is such a one.
 */
static bool
caps_sentence(const cp_token *tok, size_t n, int lk)
{
	uint32_t	alpha = 0,
				upper = 0,
				longw = 0,
				longcap = 0;

	if (lk != CP_LINE_TITLE)
	{
		/*
		 * Capitals only: upper * 5 >= alpha * 4 is lower * 4 <= upper, for
		 * the words not all upper case, which most sentences rule out
		 * within a few words: no more can be made up for by those left.
		 */
		uint32_t	lower = 0;

		for (size_t i = 0; i < n && lower * 4 <= upper + (n - i); i++)
			if ((tok[i].flags & CP_TF_HAS_ALPHA) && tok[i].len > 1)
			{
				if (tok[i].flags & CP_TF_ALL_UPPER)
					upper++;
				else
					lower++;
			}
		return upper >= 2 && lower * 4 <= upper;
	}
	for (size_t i = 0; i < n; i++)
	{
		uint32_t	has_alpha = (tok[i].flags & CP_TF_HAS_ALPHA) != 0,
					word = has_alpha & (tok[i].len > 1),
					longword = has_alpha & (tok[i].len > 3);

		alpha += word;
		upper += word & ((tok[i].flags & CP_TF_ALL_UPPER) != 0);
		longw += longword;
		longcap += longword & ((tok[i].flags & CP_TF_CAPITALIZED) != 0);
	}
	return (upper >= 2 && upper * 5 >= alpha * 4) ||
		(longw >= 3 && longcap * 4 >= longw * 3);
}

/* The index of a sentence's first word or number (CP_NER_SF_INITIAL), n without one. */
static size_t
initial_token(const cp_token *tok, size_t n)
{
	size_t		i = 0;

	while (i < n && !(tok[i].flags & (CP_TF_HAS_ALPHA | CP_TF_HAS_DIGIT)))
		i++;
	return i;
}

/*
 * The tagger's tokens of sentence s (on a line of kind lk) into
 * t[0..s->ntokens), gazetteer matches only when model is given.
 */
static void
prepare_sentence(const cp_ner_model *model, const char *text, int lk, const cp_sentence *s,
				 cp_ner_tok *t)
{
	uint8_t		caps = caps_sentence(s->tokens, s->ntokens, lk) ? CP_NER_SF_CAPS_SENT : 0;
	size_t		initial = initial_token(s->tokens, s->ntokens);

	for (size_t i = 0; i < s->ntokens; i++)
	{
		memset(&t[i], 0, sizeof(t[i]));
		t[i].tok = s->tokens[i];
		hash_word(text + t[i].tok.start, t[i].tok.len, &t[i]);
		/* letters without case (Arabic, Chinese) count as upper case too */
		t[i].upper = (t[i].tok.flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER)) ||
			((t[i].tok.flags & CP_TF_HAS_ALPHA) && t[i].upper);
		t[i].sflags = caps | (i == initial ? CP_NER_SF_INITIAL : 0);
	}
	mark_skipped(t, (uint32_t) s->ntokens);
	if (model)
	{
		match_gazetteer(model, text, t, (uint32_t) s->ntokens);
		find_clusters(model, t, (uint32_t) s->ntokens);
	}
}

/*
 * Document evidence: how each word of sentence s (on a line of kind lk) is
 * written where case is informative.  Read from the sentence's tokens alone
 * (the tagger's first walk prepares nothing else), and only the words that
 * add a flag are hashed and entered: a word without an entry reads as one
 * without flags.
 */
static void
note_evidence(cp_arena *arena, cp_ner_evidence *map, const char *text, const cp_sentence *s,
			  int lk)
{
	const cp_token *tok = s->tokens;
	bool		uninformative = caps_sentence(tok, s->ntokens, lk);
	size_t		initial = initial_token(tok, s->ntokens);

	for (size_t i = 0; i < s->ntokens; i++)
	{
		const char *w = text + tok[i].start;
		uint8_t		flag;
		uint64_t	key;

		if (!(tok[i].flags & CP_TF_HAS_ALPHA))
			continue;
		if (starts_lower(w, tok[i].len))
			flag = CP_NER_DF_LOWER;
		else if (uninformative || i == initial)
			continue;
		else if ((tok[i].flags & CP_TF_ALL_UPPER) && tok[i].len > 1)
			flag = CP_NER_DF_UPPERMID;
		else if (starts_upper(w, tok[i].len))
			flag = CP_NER_DF_CAPMID;
		else
			continue;
		key = fnv_lower(CP_FNV64_OFFSET, w, tok[i].len);
		*evidence_slot(arena, map, key) |= flag;
	}
}

static void
apply_evidence(const cp_ner_evidence *map, cp_ner_tok *t, size_t n, bool scored_only)
{
	/* the tagger reads it in the features of the tokens it scores (the trainer, of all) */
	for (size_t i = 0; i < n; i++)
		if ((t[i].tok.flags & CP_TF_HAS_ALPHA) && !(scored_only && (t[i].sflags & CP_NER_SF_SKIP)))
			t[i].doc = *evidence_find(map, t[i].lower ? t[i].lower : 1);
}

cp_status
cp_ner_doc_prepare(cp_doc *d, const cp_ner_model *model, cp_ner_doc *doc)
{
	cp_arena   *arena = d->arena;
	const char *text = d->text;
	const cp_article *art;
	cp_doc_walk w;
	cp_sentence s;
	cp_vec		toks,
				sents;
	cp_ner_evidence map;

	memset(doc, 0, sizeof(*doc));
	doc->text = text;
	doc->len = d->len;
	cp_vec_init(&toks, sizeof(cp_ner_tok));
	cp_vec_init(&sents, sizeof(cp_ner_sent));
	art = cp_doc_dateline(d);
	evidence_init(arena, &map, evidence_capacity(d->len));
	cp_doc_walk_init(&w, d);
	while (cp_doc_walk_next(&w, &s))
	{
		cp_ner_sent *ns;
		size_t		first = toks.count;

		if ((s.n & 63) == 0)
			cp_check_interrupts();
		for (size_t i = 0; i < s.ntokens; i++)
			cp_vec_push(arena, &toks);
		prepare_sentence(model, text, w.line_kind, &s, &CP_VEC_AT(&toks, cp_ner_tok, first));
		note_evidence(arena, &map, text, &s, w.line_kind);
		ns = cp_vec_push(arena, &sents);
		ns->first = (uint32_t) first;
		ns->ntoks = (uint32_t) s.ntokens;
		ns->n = s.n;
	}
	doc->lines = art->lines;
	doc->nlines = art->nlines;
	doc->toks = toks.items;
	doc->ntoks = toks.count;
	doc->sents = sents.items;
	doc->nsents = sents.count;
	apply_evidence(&map, doc->toks, doc->ntoks, false);
	return CP_OK;
}

/* Room for a sentence of n tokens, grown with the longest one so far. */
static void
stream_reserve(cp_ner_stream *st, cp_arena *arena, size_t n)
{
	if (n <= st->cap)
		return;
	st->cap = n > 2 * st->cap ? n : 2 * st->cap;
	if (st->cap < 64)
		st->cap = 64;
	st->doc.toks = cp_arena_alloc(arena, st->cap * sizeof(cp_ner_tok));
	st->emit = cp_arena_alloc(arena, st->cap * CP_NER_NTAGS * sizeof(float));
	st->back = cp_arena_alloc(arena, st->cap * CP_NER_NTAGS * 2 * sizeof(int32_t));
	st->tags = cp_arena_alloc(arena, st->cap);
	st->rows = cp_arena_alloc(arena, st->cap * CP_NER_MAX_FEATS * sizeof(uint32_t));
	st->acc = cp_arena_alloc(arena, st->cap * CP_NER_NTAGS * sizeof(int32_t));
}

cp_status
cp_ner_stream_init(cp_ner_stream *st, cp_doc *d, const cp_ner_model *model)
{
	const cp_article *art = cp_doc_dateline(d);
	cp_sentence s;

	memset(st, 0, sizeof(*st));
	st->model = model;
	st->doc.text = d->text;
	st->doc.len = d->len;
	st->doc.lines = art->lines;
	st->doc.nlines = art->nlines;
	st->evidence = cp_arena_alloc(d->arena, sizeof(cp_ner_evidence));
	evidence_init(d->arena, st->evidence, evidence_capacity(d->len));
	/* two walks: the second reads back the tokens of the first */
	d->keep_sentences = true;
	cp_doc_walk_init(&st->walk, d);
	/*
	 * first pass: the evidence of the whole document, read from the tokens
	 * alone, and room for its longest sentence, made once
	 */
	while (cp_doc_walk_next(&st->walk, &s))
	{
		if ((s.n & 63) == 0)
			cp_check_interrupts();
		stream_reserve(st, d->arena, s.ntokens);
		note_evidence(d->arena, st->evidence, d->text, &s, st->walk.line_kind);
	}
	cp_doc_walk_init(&st->walk, d);
	st->doc.sents = &st->sent;
	return CP_OK;
}

bool
cp_ner_stream_next(cp_ner_stream *st)
{
	cp_sentence s;

	if (!cp_doc_walk_next(&st->walk, &s))
		return false;
	stream_reserve(st, st->walk.doc->arena, s.ntokens);
	prepare_sentence(st->model, st->doc.text, st->walk.line_kind, &s, st->doc.toks);
	apply_evidence(st->evidence, st->doc.toks, s.ntokens, true);
	st->doc.ntoks = s.ntokens;
	st->doc.nsents = 1;
	st->sent.first = 0;
	st->sent.ntoks = (uint32_t) s.ntokens;
	st->sent.n = s.n;
	return true;
}

/* ---------------------------------------------------------------- features */

enum
{
	F_BIAS = 1, F_WORD, F_LOWER, F_SHAPE, F_PRE, F_SUF, F_LOW_M1, F_LOW_P1, F_LOW_M2, F_LOW_P2,
	F_SHAPE_M1, F_SHAPE_P1, F_BI_M1, F_BI_P1, F_SHAPE3, F_INIT_SHAPE, F_CAPS_LOWER,
	F_CAPS_SHAPE, F_GAZ, F_GAZ_B, F_GAZ_M1, F_GAZ_P1, F_DOC_SHAPE, F_DOC_INIT, F_KIND,
	F_FLAGS, F_LOW_SHAPE_P1, F_SHAPE_M1_LOW, F_GAZ_SHAPE, F_LOW_M1_M2, F_LOW_P1_P2,
	F_LEN, F_GAZ_DOC, F_CLUS, F_CLUS_M1, F_CLUS_P1, F_CLUS_SHAPE,
};

/* Prefixes of a word's cluster path its features read: coarse to fine. */
static const int cluster_prefixes[] = {4, 8, 12, CP_NER_CLUSTER_BITS};

#define BOS_HASH 0x5151515151515151ULL
#define EOS_HASH 0x7373737373737373ULL

	/* Prefetch each weight row: scoring comes after the whole sentence. */
#define ADD(tmpl, v) \
	do { \
		uint32_t r_ = row_of(m, mix((uint64_t) (tmpl) * 0x9E3779B97F4A7C15ULL, (v))); \
		rows[n++] = r_; \
		if (m->weights) \
			__builtin_prefetch(m->weights + (size_t) r_ * CP_NER_NTAGS); \
	} while (0)

#define WORD_FLAGS (CP_TF_ABBREV | CP_TF_INITIAL | CP_TF_POSSESSIVE | CP_TF_HYPHENATED | \
					CP_TF_HAS_DIGIT | CP_TF_ALL_UPPER)

/*
 * Features of the word alone: the same wherever the word occurs.  rows is
 * restrict (here and in context_features) so that the model's fields stay in
 * registers across the stores.
 */
static int
word_features(const cp_ner_model *m, const cp_ner_doc *doc, const cp_ner_tok *c,
			  uint32_t *restrict rows)
{
	const char *w = doc->text + c->tok.start;
	size_t		wl = c->tok.len;
	uint64_t	h = CP_FNV64_OFFSET;
	int			n = 0;

	ADD(F_BIAS, 0);
	ADD(F_WORD, c->word);
	ADD(F_LOWER, c->lower);
	ADD(F_SHAPE, c->shape);
	ADD(F_LEN, wl > 8 ? 8 : wl);
	ADD(F_KIND, c->tok.kind);
	ADD(F_FLAGS, c->tok.flags & WORD_FLAGS);
	/* Prefixes of the lower-cased word, up to 4 bytes. */
	for (size_t k = 0; k < wl && k < 4; k++)
	{
		unsigned char ch = (unsigned char) w[k];

		h = cp_fnv64_byte(h, (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch);
		ADD(F_PRE, h + k);
	}
	/* Suffixes up to 5 bytes: "-ville", "-shire", "-burgh" tell a place. */
	h = CP_FNV64_OFFSET;
	for (size_t k = 0; k < wl && k < 5; k++)
	{
		unsigned char ch = (unsigned char) w[wl - 1 - k];

		h = cp_fnv64_byte(h, (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch);
		ADD(F_SUF, h + k);
	}
	for (size_t k = 0; k < sizeof(cluster_prefixes) / sizeof(cluster_prefixes[0]); k++)
		ADD(F_CLUS, mix(cluster_prefix(c->cluster, cluster_prefixes[k]), k));
	ADD(F_CLUS_SHAPE, mix(cluster_prefix(c->cluster, 8), c->shape));
	return n;
}

/* Features of the word in its sentence and document. */
static int
context_features(const cp_ner_model *m, const cp_ner_doc *doc, const cp_ner_sent *s,
				 uint32_t i, uint32_t *restrict rows)
{
	const cp_ner_tok *t = &doc->toks[s->first];
	const cp_ner_tok *c = &t[i];
	uint64_t	lm1 = i >= 1 ? t[i - 1].lower : BOS_HASH,
				lm2 = i >= 2 ? t[i - 2].lower : BOS_HASH,
				lp1 = i + 1 < s->ntoks ? t[i + 1].lower : EOS_HASH,
				lp2 = i + 2 < s->ntoks ? t[i + 2].lower : EOS_HASH,
				sm1 = i >= 1 ? t[i - 1].shape : BOS_HASH,
				sp1 = i + 1 < s->ntoks ? t[i + 1].shape : EOS_HASH;
	unsigned	gm1 = i >= 1 ? t[i - 1].gaz : 0x100,
				gp1 = i + 1 < s->ntoks ? t[i + 1].gaz : 0x100;
	int			n = 0;
	bool		caps = (c->sflags & CP_NER_SF_CAPS_SENT) != 0;

	ADD(F_LOW_M1, lm1);
	ADD(F_LOW_P1, lp1);
	ADD(F_LOW_M2, lm2);
	ADD(F_LOW_P2, lp2);
	ADD(F_LOW_M1_M2, mix(lm1, lm2));
	ADD(F_LOW_P1_P2, mix(lp1, lp2));
	ADD(F_SHAPE_M1, sm1);
	ADD(F_SHAPE_P1, sp1);
	ADD(F_BI_M1, mix(lm1, c->lower));
	ADD(F_BI_P1, mix(c->lower, lp1));
	ADD(F_LOW_SHAPE_P1, mix(c->lower, sp1));
	ADD(F_SHAPE_M1_LOW, mix(sm1, c->lower));
	ADD(F_SHAPE3, mix(mix(sm1, c->shape), sp1));
	ADD(F_INIT_SHAPE, mix(c->shape, (c->sflags & CP_NER_SF_INITIAL) ? 1 : 2));
	if (caps)
	{
		ADD(F_CAPS_LOWER, c->lower);
		ADD(F_CAPS_SHAPE, mix(c->shape, c->doc));
	}
	ADD(F_GAZ, c->gaz);
	ADD(F_GAZ_B, mix(c->gaz_begin, c->gaz));
	ADD(F_GAZ_M1, mix(gm1, c->gaz));
	ADD(F_GAZ_P1, mix(gp1, c->gaz));
	ADD(F_GAZ_SHAPE, mix(c->gaz, c->shape));
	ADD(F_GAZ_DOC, mix(c->gaz & (CP_GAZ_LOWER | CP_GAZ_PROPER), c->doc));
	ADD(F_DOC_SHAPE, mix(c->doc, c->shape));
	ADD(F_DOC_INIT, mix(c->doc, c->sflags));
	ADD(F_CLUS_M1, i >= 1 ? t[i - 1].cluster : 1u << 16);
	ADD(F_CLUS_P1, i + 1 < s->ntoks ? t[i + 1].cluster : 1u << 16);
	return n;
}

#undef ADD

int
cp_ner_features(const cp_ner_model *m, const cp_ner_doc *doc, const cp_ner_sent *s,
				uint32_t i, uint32_t *rows)
{
	int			n = word_features(m, doc, &doc->toks[s->first + i], rows);

	return n + context_features(m, doc, s, i, rows + n);
}

static void
sum_rows(const cp_ner_model *m, const uint32_t *rows, int n, int32_t acc[CP_NER_NTAGS])
{
	/*
	 * Eight tags at a time in vector registers (GCC and Clang vector
	 * extensions; SSE2 on x86-64), the ninth alone: rows are 18 bytes.
	 */
	typedef int16_t v8i16 __attribute__((vector_size(16)));
	typedef int32_t v8i32 __attribute__((vector_size(32)));
	v8i32		sum = {0};
	int32_t		ninth = 0;

	_Static_assert(CP_NER_NTAGS == 9, "eight tags in a vector and one more");
	for (int k = 0; k < n; k++)
	{
		const int16_t *w = m->weights + (size_t) rows[k] * CP_NER_NTAGS;
		v8i16		x;

		memcpy(&x, w, sizeof(x));
		sum += __builtin_convertvector(x, v8i32);
		ninth += w[8];
	}
	for (int t = 0; t < 8; t++)
		acc[t] += sum[t];
	acc[8] += ninth;
}

/* Direct-mapped cache of word-feature sums, per process and model. */
#define WORD_CACHE_BITS 15
typedef struct word_cache_entry
{
	uint64_t	key;			/* 0 = empty */
	int32_t		acc[CP_NER_NTAGS];
} word_cache_entry;

static word_cache_entry *word_cache;
static const cp_ner_model *word_cache_model;

/* What the word features read: the word, its kind and its flags (never 0). */
static inline uint64_t
word_cache_key(const cp_ner_tok *c)
{
	return mix(c->word, ((uint64_t) c->tok.kind << 32) | (c->tok.flags & WORD_FLAGS)) | 1;
}

void
cp_ner_score_sentence(const cp_ner_model *m, const cp_ner_doc *doc, const cp_ner_sent *s,
					  uint32_t *rows, int32_t *acc, float *emit)
{
	/*
	 * rows has CP_NER_MAX_FEATS (64) entries a token: 32 for context rows
	 * (context_features() makes at most 26), then the counts.
	 */
	int		   *nctx = (int *) (rows + (size_t) s->ntoks * 32);

	if (m->dense)
	{
		for (uint32_t i = 0; i < s->ntoks; i++)
		{
			int			n = cp_ner_features(m, doc, s, i, rows);

			if (doc->toks[s->first + i].sflags & CP_NER_SF_SKIP)
				cp_ner_skip_scores(emit + (size_t) i * CP_NER_NTAGS);
			else
				cp_ner_score(m, rows, n, emit + (size_t) i * CP_NER_NTAGS);
		}
		return;
	}
	if (word_cache_model != m)
	{
		if (word_cache == NULL)
			word_cache = cp_alloc_cache(sizeof(word_cache_entry) << WORD_CACHE_BITS);
		else
			memset(word_cache, 0, sizeof(word_cache_entry) << WORD_CACHE_BITS);
		word_cache_model = m;
	}
	/* The cache is megabytes: ask for every entry the sentence reads first. */
	for (uint32_t i = 0; i < s->ntoks; i++)
		if (!(doc->toks[s->first + i].sflags & CP_NER_SF_SKIP))
			__builtin_prefetch(&word_cache[word_cache_key(&doc->toks[s->first + i]) &
										   ((1u << WORD_CACHE_BITS) - 1)]);
	/* Pass 1: word sums from the cache, context rows computed and prefetched. */
	for (uint32_t i = 0; i < s->ntoks; i++)
	{
		const cp_ner_tok *c = &doc->toks[s->first + i];

		if (c->sflags & CP_NER_SF_SKIP)
		{
			nctx[i] = -1;
			continue;
		}
		{
		uint64_t	key = word_cache_key(c);
		word_cache_entry *e = &word_cache[key & ((1u << WORD_CACHE_BITS) - 1)];
		int32_t    *a = acc + (size_t) i * CP_NER_NTAGS;

		if (e->key == key)
			memcpy(a, e->acc, sizeof(e->acc));
		else
		{
			uint32_t	wrows[CP_NER_MAX_FEATS];
			int			n = word_features(m, doc, c, wrows);

			memset(a, 0, sizeof(int32_t) * CP_NER_NTAGS);
			sum_rows(m, wrows, n, a);
			e->key = key;
			memcpy(e->acc, a, sizeof(e->acc));
		}
		nctx[i] = context_features(m, doc, s, i, rows + (size_t) i * 32);
		}
	}
	/* Pass 2: add the context rows. */
	for (uint32_t i = 0; i < s->ntoks; i++)
	{
		int32_t    *a = acc + (size_t) i * CP_NER_NTAGS;

		if (nctx[i] < 0)
		{
			cp_ner_skip_scores(emit + (size_t) i * CP_NER_NTAGS);
			continue;
		}

		sum_rows(m, rows + (size_t) i * 32, nctx[i], a);
		for (int t = 0; t < CP_NER_NTAGS; t++)
			emit[(size_t) i * CP_NER_NTAGS + t] = (float) a[t] * m->scale;
	}
}

/* The score of a tag a skipped word cannot have: far below any path's. */
#define SKIP_SCORE (-1e30f)

void
cp_ner_skip_scores(float scores[CP_NER_NTAGS])
{
	scores[0] = 0;
	for (int t = 1; t < CP_NER_NTAGS; t++)
		scores[t] = SKIP_SCORE;
}

void
cp_ner_score(const cp_ner_model *m, const uint32_t *rows, int n, float scores[CP_NER_NTAGS])
{
	for (int t = 0; t < CP_NER_NTAGS; t++)
		scores[t] = 0;
	if (m->dense)
	{
		for (int k = 0; k < n; k++)
		{
			const float *w = m->dense + (size_t) rows[k] * CP_NER_NTAGS;

			for (int t = 0; t < CP_NER_NTAGS; t++)
				scores[t] += w[t];
		}
		return;
	}
	{
		int32_t		acc[CP_NER_NTAGS] = {0};

		for (int k = 0; k < n; k++)
		{
			const int16_t *w = m->weights + (size_t) rows[k] * CP_NER_NTAGS;

			for (int t = 0; t < CP_NER_NTAGS; t++)
				acc[t] += w[t];
		}
		for (int t = 0; t < CP_NER_NTAGS; t++)
			scores[t] = (float) acc[t] * m->scale;
	}
}

static inline bool
transition_ok(int prev, int cur)
{
	/* I-X only continues B-X or I-X; prev == NTAGS is the sentence start. */
	if (!CP_NER_IS_I(cur))
		return true;
	return prev < CP_NER_NTAGS && prev != 0 && CP_NER_KIND(prev) == CP_NER_KIND(cur);
}

void
cp_ner_viterbi(const cp_ner_model *m, const float *emit, uint32_t n, uint8_t *tags, int32_t *work)
{
	typedef float v4f __attribute__((vector_size(16)));
	typedef int32_t v4i __attribute__((vector_size(16)));

	/*
	 * Tags 0-3 and 4-7 in two vectors of four lanes (GCC and Clang vector
	 * extensions, SSE2 registers on x86-64), tag 8 alone: for each
	 * previous tag p, every tag's score through p at once.  Which p wins is
	 * as good as random, so lanes are chosen by masks, not branches
	 * (mispredicted branches made this loop cost more than all the scoring
	 * before it).
	 *
	 * The model's transitions as the loop reads them: from p (last row:
	 * the start) to tags 0-7, and to tag 8.  Invalid BIO transitions cost
	 * -inf, so the loop needs no test.  Made again only when the model's
	 * transitions are not those they were made from (the trainer learns
	 * them; the extension's model never changes).
	 */
	static float made_from[CP_NER_NTAGS + 1][CP_NER_NTAGS];
	static bool made;
	static v4f	trans[CP_NER_NTAGS + 1][2];
	static float trans8[CP_NER_NTAGS + 1];
	float		prev[CP_NER_NTAGS];
	int32_t    *back = work;

	_Static_assert(CP_NER_NTAGS == 9, "eight tags in two vectors and one more");
	_Static_assert(sizeof(made_from) == sizeof(m->trans), "a copy of the model's transitions");
	if (n == 0)
		return;
	if (!made || memcmp(made_from, m->trans, sizeof(made_from)) != 0)
	{
		for (int p = 0; p <= CP_NER_NTAGS; p++)
		{
			for (int t = 0; t < 8; t++)
				trans[p][t / 4][t % 4] = transition_ok(p, t) ? m->trans[p][t] : -INFINITY;
			trans8[p] = transition_ok(p, 8) ? m->trans[p][8] : -INFINITY;
		}
		memcpy(made_from, m->trans, sizeof(made_from));
		made = true;
	}
	for (int t = 0; t < CP_NER_NTAGS; t++)
		prev[t] = emit[t] + (t < 8 ? trans[CP_NER_NTAGS][t / 4][t % 4] : trans8[CP_NER_NTAGS]);
	for (uint32_t i = 1; i < n; i++)
	{
		const float *e = emit + (size_t) i * CP_NER_NTAGS;
		int32_t    *b = back + (size_t) i * CP_NER_NTAGS;

		if (e[1] == SKIP_SCORE)
		{
			/*
			 * A skipped word (cp_ner_skip_scores) is O on the best path:
			 * every other tag there scores about SKIP_SCORE, which no path
			 * through it recovers from, so only O's score and back
			 * pointer are computed.
			 */
			float		best = prev[0] + trans[0][0][0];
			int			arg = 0;

			/*
			 * After a skipped word, too (most of running text), every
			 * tag but O scores about SKIP_SCORE before it: none beats O.
			 */
			if (e[1 - CP_NER_NTAGS] != SKIP_SCORE)
				for (int p = 1; p < CP_NER_NTAGS; p++)
				{
					float		v = prev[p] + trans[p][0][0];
					bool		better = v > best;

					best = better ? v : best;
					arg = better ? p : arg;
				}
			prev[0] = best + e[0];
			b[0] = arg;
			for (int t = 1; t < CP_NER_NTAGS; t++)
			{
				prev[t] = SKIP_SCORE;
				b[t] = 0;
			}
			continue;
		}
		{
			v4f			best[2],
						score;
			v4i			arg[2] = {{0}, {0}};
			float		best8 = prev[0] + trans8[0];
			int			arg8 = 0;

			best[0] = prev[0] + trans[0][0];
			best[1] = prev[0] + trans[0][1];
			for (int p = 1; p < CP_NER_NTAGS; p++)
			{
				float		v8 = prev[p] + trans8[p];

				for (int h = 0; h < 2; h++)
				{
					v4f			v = prev[p] + trans[p][h];
					v4i			better = v > best[h];	/* -1 where p is better */

					best[h] = (v4f) (((v4i) v & better) | ((v4i) best[h] & ~better));
					arg[h] = (p & better) | (arg[h] & ~better);
				}
				arg8 = v8 > best8 ? p : arg8;
				best8 = v8 > best8 ? v8 : best8;
			}
			for (int h = 0; h < 2; h++)
			{
				memcpy(&score, e + 4 * h, sizeof(score));
				score += best[h];
				memcpy(prev + 4 * h, &score, sizeof(score));
				memcpy(b + 4 * h, &arg[h], sizeof(arg[h]));
			}
			prev[8] = best8 + e[8];
			b[8] = arg8;
		}
	}
	{
		float		best = prev[0];
		int			arg = 0;

		for (int t = 1; t < CP_NER_NTAGS; t++)
			if (prev[t] > best)
			{
				best = prev[t];
				arg = t;
			}
		for (uint32_t i = n; i-- > 0;)
		{
			tags[i] = (uint8_t) arg;
			if (i > 0)
				arg = back[(size_t) i * CP_NER_NTAGS + arg];
		}
	}
}
