/*
 * ner.h: internals of the named-entity tagger, shared by the extension and
 * the trainer (tools/train_ner.c) so that both tokenize, look up gazetteers
 * and extract features in exactly the same way.
 *
 * The model is an averaged structured perceptron over BIO tags: hashed
 * emission features (word, shape, affixes, neighbours, gazetteers, word
 * lists, document-level evidence) and a tag-transition matrix, decoded per
 * sentence with Viterbi.
 */
#ifndef CORPUS_NER_H
#define CORPUS_NER_H

#include "article.h"
#include "doc.h"
#include "sentences.h"
#include "tokenize.h"

/* Tags: 0 = O, 1 + 2 * kind = B-kind, 2 + 2 * kind = I-kind. */
#define CP_NER_NTAGS 9
#define CP_NER_TAG_O 0
#define CP_NER_B(kind) (1 + 2 * (kind))
#define CP_NER_I(kind) (2 + 2 * (kind))
#define CP_NER_IS_B(tag) ((tag) != 0 && ((tag) & 1))
#define CP_NER_IS_I(tag) ((tag) != 0 && !((tag) & 1))
#define CP_NER_KIND(tag) (((tag) - 1) / 2)

#define CP_NER_MAX_FEATS 64
#define CP_NER_MAX_PHRASE 5		/* tokens in the longest gazetteer phrase */

/* Gazetteer classes (bits). */
enum
{
	CP_GAZ_COUNTRY = 1 << 0,
	CP_GAZ_DEMONYM = 1 << 1,
	CP_GAZ_CITY = 1 << 2,
	CP_GAZ_REGION = 1 << 3,
	CP_GAZ_CAPITAL = 1 << 4,
	CP_GAZ_PROPER = 1 << 5,		/* capitalized word in a dictionary */
	CP_GAZ_LOWER = 1 << 6,		/* lower-case word in a dictionary */
	CP_GAZ_ORGWORD = 1 << 7,	/* word that makes organization names */
	CP_GAZ_PREFIX = 1 << 8,		/* a longer phrase starts with these words */
};

/* The classes of places' names, which the document rules ask for together. */
#define CP_GAZ_PLACES (CP_GAZ_COUNTRY | CP_GAZ_CITY | CP_GAZ_REGION | CP_GAZ_CAPITAL)

/* Returns the class bit for a class name of the gazetteer file, or 0. */
unsigned	cp_ner_gaz_class(const char *name);

/*
 * A lexicon: phrase hashes to class bits, open addressing over one array of
 * 64-bit entries (the hash's top 48 bits, then 16 bits of classes) so that a
 * lookup touches one cache line.
 */
typedef struct cp_ner_lex
{
	uint64_t   *entries;		/* 0 = empty */
	size_t		mask;
	size_t		count;
} cp_ner_lex;

typedef struct cp_ner_model
{
	uint32_t	hash_bits;		/* emission table has 1 << hash_bits rows */
	int16_t    *weights;		/* [rows][CP_NER_NTAGS], scaled by 1/scale */
	float		scale;
	float	   *dense;			/* trainer only: float weights instead */
	float		trans[CP_NER_NTAGS + 1][CP_NER_NTAGS];	/* last row: start */
	cp_ner_lex	lex;

	/*
	 * Word classes learned from unlabeled news (tools/word_clusters.c):
	 * the lower-case hash of a word to its cluster code, a 1 bit and then
	 * the first (at most CP_NER_CLUSTER_BITS) bits of its path in the
	 * cluster tree; 0 for a word without a cluster.
	 */
	cp_ner_lex	clusters;
} cp_ner_model;

#define CP_NER_CLUSTER_BITS 15

/* The cluster code of a path of '0' and '1' (its first CP_NER_CLUSTER_BITS). */
unsigned	cp_ner_cluster_code(const char *path, size_t len);

/* One token as the tagger sees it. */
typedef struct cp_ner_tok
{
	cp_token	tok;
	uint64_t	word;			/* hash of the text as written */
	uint64_t	lower;			/* hash of the ASCII-lower-cased text */
	uint64_t	shape;			/* hash of the compressed shape ("Xx", "X.X.", "d,d") */
	uint16_t	cluster;		/* cluster code (cp_ner_model), when the tagger reads it */
	uint8_t		gaz;			/* classes of gazetteer phrases covering it */
	uint8_t		gaz_begin;		/* classes of phrases starting at it */
	uint8_t		doc;			/* CP_NER_DF_* evidence from the whole document */
	uint8_t		sflags;			/* CP_NER_SF_* */
	bool		upper;			/* an upper-case letter in it ("el-Sisi", "U.N.") */
} cp_ner_tok;

enum
{
	CP_NER_DF_CAPMID = 1 << 0,	/* seen capitalized inside a normal-case sentence */
	CP_NER_DF_LOWER = 1 << 1,	/* seen in lower case */
	CP_NER_DF_UPPERMID = 1 << 2,	/* seen all upper case inside a normal sentence */
};

enum
{
	CP_NER_SF_INITIAL = 1 << 0, /* first word of its sentence */
	CP_NER_SF_CAPS_SENT = 1 << 1,	/* in an all-capitals headline */
	CP_NER_SF_SKIP = 1 << 2,	/* no capital letter in it or next to it: outside names */
};

typedef struct cp_ner_sent
{
	uint32_t	first;			/* index of the first token */
	uint32_t	ntoks;
	int			n;				/* 1-based sentence number in the document */
} cp_ner_sent;

typedef struct cp_ner_doc
{
	const char *text;
	size_t		len;
	cp_ner_tok *toks;
	size_t		ntoks;
	cp_ner_sent *sents;
	size_t		nsents;
	const cp_line *lines;		/* the article's lines, for datelines (article.h) */
	size_t		nlines;
} cp_ner_doc;

/*
 * Tokens, sentences, gazetteer matches and document evidence of a document
 * (allocated in its arena); model may be NULL (no gazetteer).
 */
cp_status	cp_ner_doc_prepare(cp_doc *d, const cp_ner_model *model, cp_ner_doc *doc);

/*
 * The same one sentence at a time, for extraction: init reads the whole
 * document once for its evidence (a map over its distinct words), then each
 * cp_ner_stream_next() makes doc a one-sentence document (sents[0], tokens
 * from 0) for the next sentence outside site boilerplate, valid until the
 * next call.  Memory: the evidence and one sentence, not every token.
 */
typedef struct cp_ner_evidence cp_ner_evidence;

typedef struct cp_ner_stream
{
	cp_ner_doc	doc;
	cp_ner_sent sent;
	const cp_ner_model *model;
	cp_doc_walk walk;
	cp_ner_evidence *evidence;

	/*
	 * Room for one sentence, grown with the longest so far (most articles
	 * never need room for the longest the walk can hand out): its tokens
	 * (doc.toks) and the arrays cp_ner_score_sentence() and cp_ner_viterbi()
	 * work in.
	 */
	size_t		cap;			/* tokens there is room for */
	float	   *emit;
	int32_t    *back;
	uint8_t    *tags;
	uint32_t   *rows;
	int32_t    *acc;
} cp_ner_stream;

cp_status	cp_ner_stream_init(cp_ner_stream *st, cp_doc *d, const cp_ner_model *model);
bool		cp_ner_stream_next(cp_ner_stream *st);

/* Feature rows of token i of sentence s; returns how many (<= CP_NER_MAX_FEATS). */
int			cp_ner_features(const cp_ner_model *model, const cp_ner_doc *doc,
							const cp_ner_sent *s, uint32_t i, uint32_t *rows);

/*
 * Emission scores of every token of a sentence (s->ntoks x NTAGS into emit)
 * with the quantized model.  Features of the word itself are summed once per
 * distinct word and kept in a per-process cache; rows needs
 * s->ntoks * CP_NER_MAX_FEATS entries and acc s->ntoks * NTAGS.
 */
void		cp_ner_score_sentence(const cp_ner_model *model, const cp_ner_doc *doc,
								  const cp_ner_sent *s, uint32_t *rows, int32_t *acc,
								  float *emit);

/*
 * Scores of a token the tagger skips (CP_NER_SF_SKIP): outside any name.
 * Names need a capital letter in or next to every word, so most lower-case
 * running text is never scored.
 */
void		cp_ner_skip_scores(float scores[CP_NER_NTAGS]);

/* Emission scores of a token from its feature rows. */
void		cp_ner_score(const cp_ner_model *model, const uint32_t *rows, int n,
						 float scores[CP_NER_NTAGS]);

/*
 * Best tag sequence for n tokens given their emission scores (n rows of
 * CP_NER_NTAGS); only valid BIO sequences.  work holds 2 * n * NTAGS ints.
 */
void		cp_ner_viterbi(const cp_ner_model *model, const float *emit, uint32_t n,
						   uint8_t *tags, int32_t *work);

/* Hash of a phrase of lower-cased tokens, as the lexicon keys it. */
uint64_t	cp_ner_phrase_start(void);
uint64_t	cp_ner_phrase_add(uint64_t h, const char *s, size_t len, bool first);

/* Lexicon insert (trainer) and lookup. */
void		cp_ner_lex_init(cp_ner_lex *lex, size_t capacity);
void		cp_ner_lex_add(cp_ner_lex *lex, uint64_t key, unsigned bits);
unsigned	cp_ner_lex_get(const cp_ner_lex *lex, uint64_t key);
void		cp_ner_lex_prefetch(const cp_ner_lex *lex, uint64_t key);

/*
 * The model in a file written by tools/train_ner, bytes[0..len) (the host
 * reads or maps the file, 8-byte aligned; what names it in messages).  The
 * model (in persistent memory) points into bytes, which must stay as they
 * are for as long as it is used.  A short, foreign or damaged file (header,
 * size, tables) gives CP_ERR_DATA and a message naming it.
 */
cp_status	cp_ner_model_parse(const char *bytes, size_t len, const char *what,
							   cp_ner_model **out, char *err, size_t errlen);

/*
 * Whether a model file's bytes match the checksum they end with; the
 * parser leaves this to the tests and tools (it would read all 10 MB).
 */
bool		cp_ner_model_checksum_ok(const char *bytes, size_t len);

/* Model file: write (trainer) and the magic it starts with. */
#define CP_NER_MAGIC "CPNER006"
bool		cp_ner_model_write(const cp_ner_model *model, const char *path, char *err,
							   size_t errlen);

#endif
