/*
 * regex.c: lazily compiled, process-lifetime PCRE2 patterns.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "regex.h"

#include <stdio.h>
#include <string.h>

_Static_assert(CP_RE_CASELESS == PCRE2_CASELESS, "CP_RE_CASELESS");
_Static_assert(CP_RE_UTF == PCRE2_UTF, "CP_RE_UTF");

static bool
compile(cp_regex *re, char *errbuf, size_t errlen)
{
	int			err;
	PCRE2_SIZE	erroff;
	pcre2_code *code;

	if (re->code)
		return true;
	if (re->failed)
	{
		if (errbuf)
			snprintf(errbuf, errlen, "pattern failed to compile earlier: %s", re->pattern);
		return false;
	}
	/* invalid UTF-8 in SQL_ASCII data must not stop matching: no PCRE2_UTF check */
	code = pcre2_compile((PCRE2_SPTR) re->pattern, PCRE2_ZERO_TERMINATED,
						 re->options | ((re->options & PCRE2_UTF) ? PCRE2_MATCH_INVALID_UTF : 0),
						 &err, &erroff, NULL);
	if (code == NULL)
	{
		re->failed = true;
		if (errbuf)
		{
			PCRE2_UCHAR msg[256];

			pcre2_get_error_message(err, msg, sizeof(msg));
			snprintf(errbuf, errlen, "%s at offset %zu in %s", (char *) msg, (size_t) erroff,
					 re->pattern);
		}
		return false;
	}
	/* JIT is an optimisation: without it (no JIT support) matching still works */
	(void) pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	re->match_data = pcre2_match_data_create_from_pattern(code, NULL);
	if (re->match_data == NULL)
	{
		pcre2_code_free(code);
		re->failed = true;
		if (errbuf)
			snprintf(errbuf, errlen, "out of memory compiling %s", re->pattern);
		return false;
	}
	re->code = code;
	return true;
}

bool
cp_regex_check(cp_regex *re, char *errbuf, size_t errlen)
{
	return compile(re, errbuf, errlen);
}

bool
cp_regex_match(cp_regex *re, const char *s, size_t len, size_t start, size_t *ovec, int nvec)
{
	int			rc,
				i;
	PCRE2_SIZE *ov;

	if (!compile(re, NULL, 0) || start > len)
		return false;
	rc = pcre2_match((pcre2_code *) re->code, (PCRE2_SPTR) s, len, start, 0,
					 (pcre2_match_data *) re->match_data, NULL);
	if (rc < 0)
		return false;
	if (ovec)
	{
		ov = pcre2_get_ovector_pointer((pcre2_match_data *) re->match_data);
		for (i = 0; i < nvec; i++)
		{
			if (i < rc && ov[2 * i] != PCRE2_UNSET)
			{
				ovec[2 * i] = ov[2 * i];
				ovec[2 * i + 1] = ov[2 * i + 1];
			}
			else
				ovec[2 * i] = ovec[2 * i + 1] = (size_t) -1;
		}
	}
	return true;
}
