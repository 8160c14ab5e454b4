/*
 * regex.h: PCRE2 patterns compiled once per process (per backend) with JIT.
 *
 * A pattern is a static cp_regex; the first match compiles it and keeps the
 * code and match data for the life of the process.  Patterns are constants
 * of the core, so a pattern that fails to compile is a bug: the unit tests
 * compile every pattern through cp_regex_check().
 */
#ifndef CORPUS_REGEX_H
#define CORPUS_REGEX_H

#include "host.h"

typedef struct cp_regex
{
	const char *pattern;
	uint32_t	options;		/* PCRE2 compile options (CP_RE_*) */
	void	   *code;			/* pcre2_code_8 * */
	void	   *match_data;		/* pcre2_match_data_8 * */
	bool		failed;
} cp_regex;

/* Compile options, equal to PCRE2's (checked in regex.c). */
#define CP_RE_CASELESS 0x00000008u
#define CP_RE_UTF 0x00080000u
#define CP_RE_DEFAULT (CP_RE_CASELESS)

#define CP_REGEX(pat, opts) {(pat), (opts), NULL, NULL, false}

/*
 * Match re against s[0..len) starting at byte start.  On a match returns
 * true and, if ovec is not NULL, fills ovec[0..2*nvec) with byte offsets
 * of the match and its groups (unset groups get SIZE_MAX).
 */
bool		cp_regex_match(cp_regex *re, const char *s, size_t len, size_t start,
						   size_t *ovec, int nvec);

/* Compile re now; false (with a message in errbuf) if the pattern is bad. */
bool		cp_regex_check(cp_regex *re, char *errbuf, size_t errlen);

#endif
