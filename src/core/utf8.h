/*
 * utf8.h: decoding and character classes, tolerant of invalid bytes.
 *
 * Invalid or truncated sequences decode as one byte with code point
 * U+FFFD, so any byte string (a SQL_ASCII database can hold anything) is
 * processed in linear time without reading past its end.
 */
#ifndef CORPUS_UTF8_H
#define CORPUS_UTF8_H

#include "arena.h"

#define CP_REPLACEMENT 0xFFFD

/* Decode one code point at s[0..len); returns bytes consumed (>= 1 if len > 0). */
int			cp_utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Encode cp into out (at least 4 bytes); returns bytes written. */
int			cp_utf8_encode(uint32_t cp, char *out);

/* Decode the code point that ends just before s + pos; returns its length. */
int			cp_utf8_decode_back(const char *s, size_t pos, uint32_t *cp);

/* Character classes. */
enum
{
	CP_UC_ALPHA = 1 << 0,
	CP_UC_UPPER = 1 << 1,
	CP_UC_LOWER = 1 << 2,
	CP_UC_DIGIT = 1 << 3,
	CP_UC_SPACE = 1 << 4,		/* includes NBSP and other Unicode spaces */
	CP_UC_NEWLINE = 1 << 5,		/* \n, \r, U+2028, U+2029 */
	CP_UC_PUNCT = 1 << 6,
	CP_UC_QUOTE = 1 << 7,		/* " “ ” „ « » ‹ › and ' ‘ ’ ` */
	CP_UC_APOS = 1 << 8,		/* ' ’ ` ʼ: may be an apostrophe */
	CP_UC_DASH = 1 << 9,		/* - ‐ ‑ ‒ – — ― − */
	CP_UC_CONTROL = 1 << 10,
	CP_UC_MARK = 1 << 11,		/* combining marks: part of a word */
};

unsigned	cp_uc_class(uint32_t cp);

static inline bool
cp_uc_is(uint32_t cp, unsigned cls)
{
	return (cp_uc_class(cp) & cls) != 0;
}

uint32_t	cp_uc_lower(uint32_t cp);
uint32_t	cp_uc_upper(uint32_t cp);

/*
 * Base letter without diacritics, lower-cased, for Latin script
 * ("É" -> 'e', "ß" -> 's' + 's' is not attempted: one code point in, one out).
 * Other scripts are returned lower-cased.
 */
uint32_t	cp_uc_fold(uint32_t cp);

/* Opening/closing double or single quotation marks. */
bool		cp_uc_is_open_quote(uint32_t cp);
bool		cp_uc_is_close_quote(uint32_t cp);

/*
 * Words of s[0..len) folded for comparison: letters and digits lower-cased
 * without diacritics, apostrophes and combining marks dropped ("O'Brien" ->
 * "obrien"), every other run one space, no space at the ends.
 * NUL-terminated in arena; *outlen gets the length.
 */
const char *cp_fold_words(cp_arena *arena, const char *s, size_t len, size_t *outlen);

/* ASCII classes, for the lexers of numbers and dates (bytes >= 0x80 are neither). */
static inline bool
cp_ascii_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
cp_ascii_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static inline bool
cp_ascii_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

/* ASCII lower case of byte c; other bytes unchanged. */
static inline char
cp_ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
}

/* dst[0..n) = src[0..n) in ASCII lower case: the key of a word-list lookup. */
static inline void
cp_ascii_lower_copy(char *dst, const char *src, size_t n)
{
	for (size_t i = 0; i < n; i++)
		dst[i] = cp_ascii_lower(src[i]);
}

/* ASCII case-insensitive equality of s[0..n) with lower-case w[0..n). */
static inline bool
cp_ascii_ieq(const char *s, const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (cp_ascii_lower(s[i]) != w[i])
			return false;
	return true;
}

/*
 * Is s[0..n) the string w?  No strlen: the word lists of the rules are
 * compared with many tokens, and most differ at the first byte.
 */
static inline bool
cp_bytes_are(const char *s, size_t n, const char *w)
{
	for (size_t i = 0; i < n; i++)
		if (w[i] == '\0' || w[i] != s[i])
			return false;
	return w[n] == '\0';
}

/* Has s[0..len) a lower-case ASCII letter ("GAZA CITY", "U.S." have none)? */
static inline bool
cp_has_ascii_lower(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return true;
	return false;
}

/* Number of code points in s[0..len) (invalid bytes count one each). */
size_t		cp_utf8_count(const char *s, size_t len);

#endif
