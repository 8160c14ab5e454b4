/*
 * quotes_internal.h: what the parts of the quote extractor share (not an API).
 *
 * quotes.c holds the word lists, the names seen in the article, the pairing
 * of quotation marks and the entry points; quotes_attribution.c finds the
 * reporting verb and the speaker phrase next to a quote and resolves the
 * speaker.
 */
#ifndef CORPUS_QUOTES_INTERNAL_H
#define CORPUS_QUOTES_INTERNAL_H

#include "quotes.h"
#include "wordtab.h"
#include "tokenize.h"

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
	/*
	 * names seen so far: last word -> full name (byte span), a small cache;
	 * the slots are not cleared (20 kB an article), name_used says which hold one
	 */
	struct name_slot
	{
		uint32_t	hash;
		uint32_t	start,
					len,
					last_start,
					last_len;
	}		   *names;
	uint64_t	name_used[NAME_SLOTS / 64];
	size_t		name_cursor;	/* tokens before this have been read for names */
	bool		has_person;
	uint32_t	person_start,
				person_len;		/* last full person name outside quotes */
	bool		has_speaker;	/* the last quote's speaker, for he/she */
	const char *speaker;
	size_t		speaker_len;
	int8_t		speaker_kind;
	uint32_t	speaker_line;
	uint32_t	speaker_at;		/* byte offset of its mention */
	uint32_t	person_at;		/* byte offset of the last name mention */
	cp_doc	   *doc;			/* its model and arena tag speaker phrases */
	cp_status	status;			/* of the speaker tagger */
} ctx;

static inline bool
is_word(const qtok *q)
{
	return q->t.kind == CP_TOK_WORD || q->t.kind == CP_TOK_NUMBER;
}

static inline bool
is_punct(ctx *c, size_t i, char ch)
{
	return c->tok[i].t.kind == CP_TOK_PUNCT && c->tok[i].t.len == 1 &&
		c->text[c->tok[i].t.start] == ch;
}

static inline bool
is_dquote(const qtok *q)
{
	return cp_token_is_double_quote(&q->t);
}

static inline bool
is_cap(const qtok *q)
{
	return q->t.kind == CP_TOK_WORD && (q->t.flags & CP_TF_CAPITALIZED);
}

/* quotes.c: words and names */
bool		tok_in(ctx *c, size_t i, cp_wordtab *words);
const char *verb_at(ctx *c, size_t i);
bool		according_at(ctx *c, size_t i);
void		read_names(ctx *c, size_t upto);
bool		name_in(ctx *c, size_t from, size_t to, size_t *nfrom, size_t *nto);
int			name_kind(ctx *c, size_t from, size_t to);
bool		lookup_surname(ctx *c, const char *s, size_t len, uint32_t *start, uint32_t *nlen);

/* quotes_attribution.c */
void		resolve_speaker(ctx *c, size_t from, size_t to, cp_quote *out);
bool		attr_after(ctx *c, piece *p, size_t hi);
bool		attr_before(ctx *c, piece *p, size_t lo);
size_t		window_start(ctx *c, size_t open);
size_t		window_end(ctx *c, const piece *p);
bool		attr_intro_line(ctx *c, piece *p);

#endif
