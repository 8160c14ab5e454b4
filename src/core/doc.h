/*
 * doc.h: one analysed reading of a document, shared by every extractor.
 *
 * A cp_doc is built once per call from (text, len).  Its layers are computed
 * on first use and kept: the character position map, the article's lines
 * and their kinds (article.h) and the sentence count.  The extractors'
 * results are not kept: each hands its items to the caller as they come
 * (an output vector's sink, arena.h), and an extractor that needs another's
 * reads it a sentence or a block at a time (claims reads quantities, dates
 * and quotes so), so that no layer of a large document sits in memory.
 *
 * Callers that walk the sentences more than once (extract, the tagger) set
 * keep_sentences: the first walk to the end keeps a copy of every sentence's
 * tokens, each sentence whole in one of a list of fixed-size chunks (no
 * copies on growth), and later walks hand those out, not copied again,
 * instead of tokenizing and splitting again (unless the text has more than one token in three bytes: then no walk
 * keeps them and each splits it again, so that the kept tokens, 8 bytes
 * each, stay under 3 bytes per byte of text).  Otherwise sentences are
 * re-split by each walk, whose buffer is bounded by CP_MAX_SENTENCE_TOKENS.
 */
#ifndef CORPUS_DOC_H
#define CORPUS_DOC_H

#include "arena.h"
#include "article.h"
#include "charmap.h"
#include "sentences.h"

typedef struct cp_ner_model cp_ner_model;

/* Layers computed so far (cp_doc.have). */
enum
{
	CP_DOC_LINES = 1 << 0,
	CP_DOC_DATELINE = 1 << 1,
	CP_DOC_ARTICLE = 1 << 2,
	CP_DOC_CHARMAP = 1 << 3,
	CP_DOC_SENTENCES = 1 << 4,
	CP_DOC_TOKENS = 1 << 5,
};

#define CP_DOC_CHUNK_BITS 13	/* kept tokens: 8192 (64 kB) a chunk */

typedef struct cp_doc
{
	cp_arena   *arena;			/* everything the document computes lives here */
	const char *text;
	size_t		len;
	const cp_ner_model *model;	/* the tagger, or NULL: no entity layer */
	bool		bytes_are_chars;	/* positions count bytes (SQL_ASCII) */
	unsigned	have;			/* CP_DOC_* */
	cp_article	article;		/* lines (CP_DOC_LINES), dateline, body */
	cp_charmap	map;
	size_t		nsentences;
	bool		keep_sentences; /* set by the caller before the first walk */
	bool		recording;		/* a walk is keeping the tokens */
	bool		unkept;			/* too many (or too long) to keep: no walk keeps them */
	cp_vec		chunks;			/* cp_token *: CP_DOC_CHUNK_BITS kept tokens each */
	size_t		ntokens;		/* kept, with the unused ends of chunks */
	cp_vec		sentence_ends;	/* uint32_t: kept tokens up to the end of each sentence */
} cp_doc;

/*
 * Start reading text[0..len) (not copied: it must outlive the document).
 * CP_ERR_LIMIT above CP_MAX_DOCUMENT_BYTES.  model may be NULL.
 */
cp_status	cp_doc_init(cp_doc *doc, cp_arena *arena, const char *text, size_t len,
						const cp_ner_model *model);

/* The article's lines with their kinds and the stated date (no body strings). */
const cp_article *cp_doc_lines(cp_doc *doc);

/* The whole anatomy: lines, dateline, body and boilerplate (cp_article_analyze). */
const cp_article *cp_doc_article(cp_doc *doc);

/* The lines with the dateline found (body_skip set), without body strings. */
const cp_article *cp_doc_dateline(cp_doc *doc);

/* 0-based character index of the character at byte offset pos. */
size_t		cp_doc_char(cp_doc *doc, size_t pos);

/* Number of sentences, as corpus.sentences() counts them. */
size_t		cp_doc_sentence_count(cp_doc *doc);

/*
 * The reference day that mode names (article.h) for this document; false
 * when there is none.
 */
bool		cp_doc_reference(cp_doc *doc, cp_reference_mode mode, int32_t given, int32_t *days);

/*
 * The one sentence walk of the extractors: every sentence of the document in
 * order, numbered as corpus.sentences() numbers them, except those on site
 * boilerplate lines.  line is the index in cp_doc_lines() of the line that
 * holds the sentence's first token, line_kind its cp_line_kind (-1 when no
 * line holds it).
 *
 * A sentence does run over a line break after an abbreviation and a closing
 * quote ('the U.K."' then a new paragraph): an extractor that tells the
 * lines of tokens apart asks cp_doc_walk_token_line(), which gives the line
 * holding a token (tokens asked for in text order).
 */
typedef struct cp_doc_walk
{
	cp_doc	   *doc;
	const cp_article *lines;
	cp_sentence_iter it;		/* splitting the text, or ... */
	bool		replay;			/* ... reading the kept sentences back */
	size_t		next;			/* replay: index of the next sentence */
	bool		record;			/* this walk keeps the tokens */
	size_t		line;
	int			line_kind;
	size_t		token_line;		/* cursor of cp_doc_walk_token_line() */
} cp_doc_walk;

void		cp_doc_walk_init(cp_doc_walk *w, cp_doc *doc);
bool		cp_doc_walk_next(cp_doc_walk *w, cp_sentence *s);
/* Inline: it is asked once a token. */
static inline const cp_line *
cp_doc_walk_token_line(cp_doc_walk *w, const cp_token *t, size_t *index)
{
	const cp_article *a = w->lines;

	while (w->token_line + 1 < a->nlines &&
		   a->lines[w->token_line].start + a->lines[w->token_line].len <= t->start)
		w->token_line++;
	*index = w->token_line;
	return a->nlines ? &a->lines[w->token_line] : NULL;
}

#endif
