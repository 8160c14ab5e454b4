/*
 * tokenize.h: a streaming UTF-8 tokenizer for news text.
 *
 * Tokens carry byte offsets into the text.  Words keep internal hyphens
 * ("12-hour", "Ki-moon") and apostrophes ("O'Brien"); a possessive "'s" is
 * its own token.  Numbers keep thousands separators and decimals ("29,514",
 * "1.25") and times ("8:03").  Abbreviations and initialisms keep their
 * periods ("U.S.", "p.m.", "Dr.", "J."); the sentence splitter decides
 * whether such a period also ends a sentence.
 */
#ifndef CORPUS_TOKENIZE_H
#define CORPUS_TOKENIZE_H

#include "host.h"
#include "utf8.h"

typedef enum cp_token_kind
{
	CP_TOK_WORD,				/* letters, possibly with digits ("F-16", "1.13bn") */
	CP_TOK_NUMBER,				/* digits with separators: "29,514", "1.25", "8:03" */
	CP_TOK_PUNCT,				/* . , ; : ! ? ( ) [ ] ... and other marks */
	CP_TOK_QUOTE,				/* quotation marks, straight or curly */
	CP_TOK_DASH,				/* a free-standing dash: - -- – — */
	CP_TOK_SYMBOL,				/* $ % & @ # £ € and the like */
} cp_token_kind;

enum
{
	CP_TF_SPACE_BEFORE = 1 << 0,	/* white space precedes the token */
	CP_TF_NEWLINE_BEFORE = 1 << 1,	/* a line break precedes it */
	CP_TF_PARA_BEFORE = 1 << 2, /* a blank line precedes it */
	CP_TF_CAPITALIZED = 1 << 3, /* first letter upper case */
	CP_TF_ALL_UPPER = 1 << 4,	/* every letter upper case */
	CP_TF_HAS_DIGIT = 1 << 5,
	CP_TF_HAS_ALPHA = 1 << 6,
	CP_TF_HYPHENATED = 1 << 7,	/* internal hyphen */
	CP_TF_ABBREV = 1 << 8,		/* ends with a period that belongs to it */
	CP_TF_INITIAL = 1 << 9,		/* a single letter and a period: "J." */
	CP_TF_POSSESSIVE = 1 << 10, /* "'s" or the apostrophe of "Hamas'" */
	CP_TF_OPEN_QUOTE = 1 << 11, /* quote token that opens */
	CP_TF_CLOSE_QUOTE = 1 << 12,	/* quote token that closes */
	CP_TF_SINGLE_QUOTE = 1 << 13,	/* ' ‘ ’ rather than double marks */
	CP_TF_SENT_END = 1 << 14,	/* . ! ? or ellipsis */
	CP_TF_TITLE_ABBREV = 1 << 15,	/* "Dr.", "Mr.", "Gen.": never ends a sentence */
	CP_TF_SPACE_AFTER = 1 << 16,	/* white space (or end of text) follows */
};

/*
 * 8 bytes: documents walked more than once keep every token (doc.h).  The
 * flags come first, so that testing one takes no shift.
 */
typedef struct cp_token
{
	uint32_t	start;			/* byte offset */
	uint32_t	flags:20;		/* CP_TF_* */
	uint32_t	len:9;			/* bytes, at most CP_MAX_TOKEN_BYTES */
	uint32_t	kind:3;			/* cp_token_kind */
} cp_token;

typedef struct cp_tokenizer
{
	const char *text;
	size_t		len;
	size_t		pos;
	size_t		end;
} cp_tokenizer;

/* Tokenize text[from..to); text/len is the whole document (for lookbehind). */
void		cp_tokenizer_init(cp_tokenizer *tz, const char *text, size_t len,
							  size_t from, size_t to);

/* Next token; false at the end.  Longest token: CP_MAX_TOKEN_BYTES. */
bool		cp_tokenizer_next(cp_tokenizer *tz, cp_token *tok);

/* Tokens longer than this are cut (a 100 MB "word" becomes many tokens). */
#define CP_MAX_TOKEN_BYTES 256

_Static_assert(sizeof(cp_token) == 8, "a token takes 8 bytes");
_Static_assert(CP_TF_SPACE_AFTER < (1 << 20), "token flags fit their field");
_Static_assert(CP_MAX_TOKEN_BYTES < (1 << 9), "token lengths fit their field");
_Static_assert(CP_TOK_SYMBOL < (1 << 3), "token kinds fit their field");

/* Is the word at s[0..len) (without period) a title like "Dr" or "Gen"? */
bool		cp_is_title_abbrev(const char *s, size_t len);

/* Case-insensitive ASCII comparison of a token's text with a C string. */
bool		cp_token_is_word(const char *text, const cp_token *tok, const char *word);

/*
 * The same, its first byte compared inline: the rules ask it of nearly
 * every token ("church", "(" ...), and nearly every call fails there.
 */
static inline bool
cp_token_is(const char *text, const cp_token *tok, const char *word)
{
	if (tok->len > 0 && word[0] != '\0' &&
		cp_ascii_lower(text[tok->start]) != cp_ascii_lower(word[0]))
		return false;
	return cp_token_is_word(text, tok, word);
}

/* Is tok a double quotation mark (" “ ” « » ...), not a single one (' ‘ ’)? */
static inline bool
cp_token_is_double_quote(const cp_token *tok)
{
	return tok->kind == CP_TOK_QUOTE && !(tok->flags & CP_TF_SINGLE_QUOTE);
}

#endif
