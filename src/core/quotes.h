/*
 * quotes.h: direct quotations, their speakers and reporting verbs.
 *
 * Quotation marks are paired per paragraph in one linear scan over the
 * token stream (curly and straight double marks; single marks inside them
 * are nested quotes or apostrophes and do not split).  A paragraph that ends
 * inside a quote continues in the next paragraph when that one opens with a
 * mark.  Each contiguous quoted piece is then classified: speech is kept,
 * titles and scare quotes (short pieces, pieces woven into a sentence after
 * an ordinary word) are dropped.  The attribution is looked for next to the
 * piece: a reporting verb with its speaker after the closing mark
 * ('," Kerry said', '," said the official') or before the opening mark
 * ('Mashaal added, "', 'according to Fox News, "'), then inherited from the
 * quote it continues (split quotes, quotes running over paragraphs, a quote
 * paragraph following an attributed one, a "... said:" paragraph before).
 *
 * Speakers are found from the tokens: the noun phrase next to the verb
 * ("Hamas leader Khaled Mashaal", "a French diplomatic source").  With a
 * tagger model (doc->model) the entity it names and its kind are decided as
 * for claim sources (attribution.h); without one, its trailing run of
 * capitalized words is the name and word lists give the kind.  A bare
 * surname is completed from an earlier full name ("Kerry" -> "John Kerry");
 * he/she resolve to the last named speaker (or last full name mentioned).
 */
#ifndef CORPUS_QUOTES_H
#define CORPUS_QUOTES_H

#include "arena.h"
#include "doc.h"

typedef struct cp_quote
{
	uint32_t	start;			/* byte offset of the quoted words (marks excluded) */
	uint32_t	len;
	bool		has_mention;	/* the speaker is written in the text */
	uint32_t	mention_start;	/* "Hamas leader Khaled Mashaal", "he" */
	uint32_t	mention_len;
	const char *speaker;		/* resolved name or the mention as written; NULL if none */
	size_t		speaker_len;
	int8_t		speaker_kind;	/* cp_entity_kind of the speaker, -1: none or a description */
	const char *verb;			/* normalized reporting verb (static), or NULL */
	int			sentence;		/* 1-based, as corpus.sentences() numbers them */
	const char *key;			/* cp_quote_key() of the quoted words */
	size_t		key_len;
} cp_quote;

/* Append the quotes of a document to out (items: cp_quote). */
cp_status	cp_extract_quotes(cp_doc *doc, cp_vec *out);

/*
 * Reading a document's quotes a block of lines at a time (quotes.c says
 * where blocks end), for extractors that need those near the sentence at
 * hand only (claims): cp_quote_reader_next() appends the quotes of the next
 * block to out, with their keys in arena, and is false at the end.  The
 * reader walks the document on its own (cp_doc_walk) and lives in the
 * document's arena; cp_quote_reader_status() tells a failure of the
 * speaker tagger apart from the end.
 */
typedef struct cp_quote_reader cp_quote_reader;

cp_quote_reader *cp_quote_reader_new(cp_doc *doc);
bool		cp_quote_reader_next(cp_quote_reader *q, cp_arena *arena, cp_vec *out);
cp_status	cp_quote_reader_status(const cp_quote_reader *q);

/*
 * The fingerprint of a quote's words: case, accents, punctuation, quotation
 * style and spacing folded, so that one quote carried by two outlets gets
 * the same key.  Only the first sentence, up to CP_QUOTE_KEY_WORDS words,
 * counts: one outlet runs a quote whole where another splits it around "he
 * said", and both pieces open with the same words.  NUL-terminated in arena.
 */
#define CP_QUOTE_KEY_WORDS 12

const char *cp_quote_key(cp_arena *arena, const char *s, size_t len, size_t *keylen);

/* Is the word s[0..len) a reporting verb?  Returns its normalized form or NULL. */
const char *cp_reporting_verb(const char *s, size_t len);

#endif
