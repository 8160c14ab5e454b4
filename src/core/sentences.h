/*
 * sentences.h: sentence splitting over the token stream.
 *
 * A sentence ends at a line break (headlines, captions and CoNLL-style one
 * sentence a line need no full stop), or after . ! ? or an ellipsis (with any
 * closing quotes and brackets) when what follows starts a sentence.  A
 * lower-case continuation ("...," he said) does not; an abbreviation ends a
 * sentence only before a word that typically starts one ("in the U.S. The").
 * Sentences longer than CP_MAX_SENTENCE_TOKENS are cut, which bounds the
 * working memory of every extractor that runs per sentence.
 */
#ifndef CORPUS_SENTENCES_H
#define CORPUS_SENTENCES_H

#include "arena.h"
#include "tokenize.h"

#define CP_MAX_SENTENCE_TOKENS 400
/* Most tokens a cp_sentence can have: a full sentence and its closing marks. */
#define CP_SENTENCE_MAX_TOKENS_OUT (CP_MAX_SENTENCE_TOKENS + 16)

typedef struct cp_sentence
{
	uint32_t	start;			/* byte offset of the first token */
	uint32_t	end;			/* byte offset just past the last token */
	const cp_token *tokens;		/* valid until the next cp_sentence_next() */
	size_t		ntokens;
	int			n;				/* 1-based sentence number in the document */
} cp_sentence;

typedef struct cp_sentence_iter
{
	cp_tokenizer tz;
	cp_token   *buf;
	size_t		cap;
	size_t		count;			/* tokens in buf */
	size_t		consumed;		/* tokens handed out by the last call */
	bool		eof;
	int			n;
} cp_sentence_iter;

/* Split text[from..to) (text/len: the whole document). */
void		cp_sentence_iter_init(cp_sentence_iter *it, cp_arena *arena, const char *text,
								  size_t len, size_t from, size_t to);
bool		cp_sentence_next(cp_sentence_iter *it, cp_sentence *out);

/*
 * Split another range text[from..to) of the same document with the same
 * buffer (no new allocation); sentence numbers continue from the last one.
 */
void		cp_sentence_iter_reset(cp_sentence_iter *it, size_t from, size_t to);

/* Does a capitalized word typically open a sentence ("The", "He", "But")? */
bool		cp_is_sentence_starter(const char *s, size_t len);

#endif
