/*
 * test_regex.c: the lazily compiled PCRE2 wrapper: groups, start offsets,
 * unset groups, patterns that do not compile, and running out of memory.
 */
#define _GNU_SOURCE
#include "unit.h"

#include "regex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <dlfcn.h>
#include <pcre2.h>

static bool fail_match_data;

/*
 * PCRE2's own function, wrapped: the executable's definition wins over the
 * shared library's at link time, so regex.c calls this one, which can fail
 * as malloc would.
 */
pcre2_match_data *
pcre2_match_data_create_from_pattern_8(const pcre2_code *code, pcre2_general_context *gc)
{
	static pcre2_match_data *(*real) (const pcre2_code *, pcre2_general_context *);

	if (fail_match_data)
		return NULL;
	if (!real)
		*(void **) &real = dlsym(RTLD_NEXT, "pcre2_match_data_create_from_pattern_8");
	return real ? real(code, gc) : NULL;
}

static void
test_match(void)
{
	static cp_regex re = CP_REGEX("(\\d+)(?:\\s*(km|mi))?", 0);
	static cp_regex caseless = CP_REGEX("^caf\\x{e9}$", CP_RE_CASELESS | CP_RE_UTF);
	const char *s = "ran 42 km then 7";
	size_t		ov[6];
	char		err[200];

	CHECK(cp_regex_check(&re, err, sizeof(err)));
	CHECK(cp_regex_match(&re, s, strlen(s), 0, ov, 3));
	CHECK_INT(ov[0], 4);
	CHECK_INT(ov[1], 9);
	CHECK_SPAN(s, ov[2], ov[3] - ov[2], "42");
	CHECK_SPAN(s, ov[4], ov[5] - ov[4], "km");
	/* from a start offset; an unset group is SIZE_MAX, as are groups past the match's */
	CHECK(cp_regex_match(&re, s, strlen(s), 9, ov, 3));
	CHECK_SPAN(s, ov[0], ov[1] - ov[0], "7");
	CHECK_INT(ov[4], (size_t) -1);
	CHECK_INT(ov[5], (size_t) -1);
	/* no ovec wanted; no match; a start past the end */
	CHECK(cp_regex_match(&re, s, strlen(s), 0, NULL, 0));
	CHECK(!cp_regex_match(&re, "none", 4, 0, ov, 1));
	CHECK(!cp_regex_match(&re, s, strlen(s), strlen(s) + 1, ov, 1));
	/* compile options reach PCRE2: caseless UTF-8 */
	CHECK(cp_regex_match(&caseless, "CAF\xc3\x89", 5, 0, NULL, 0));
	CHECK(!cp_regex_match(&caseless, "CAFE", 4, 0, NULL, 0));
}

static void
test_bad_pattern(void)
{
	static cp_regex bad = CP_REGEX("(unclosed", 0);
	char		err[200];

	CHECK(!cp_regex_check(&bad, err, sizeof(err)));
	CHECK(strstr(err, "at offset 9 in (unclosed") != NULL);
	/* the failure is remembered: no second compile, no match */
	CHECK(!cp_regex_check(&bad, err, sizeof(err)));
	CHECK_STR(err, "pattern failed to compile earlier: (unclosed");
	CHECK(!cp_regex_check(&bad, NULL, 0));
	CHECK(!cp_regex_match(&bad, "(unclosed", 9, 0, NULL, 0));
}

static void
test_out_of_memory(void)
{
	static cp_regex re = CP_REGEX("a+", 0);
	char		err[200];

	fail_match_data = true;
	CHECK(!cp_regex_check(&re, err, sizeof(err)));
	CHECK_STR(err, "out of memory compiling a+");
	fail_match_data = false;
	/* a pattern that failed once is not compiled again */
	CHECK(!cp_regex_match(&re, "aaa", 3, 0, NULL, 0));
	CHECK(!cp_regex_check(&re, err, sizeof(err)));
	CHECK_STR(err, "pattern failed to compile earlier: a+");
}

int
main(void)
{
	cp_set_host(&cp_malloc_host);
	test_match();
	test_bad_pattern();
	test_out_of_memory();
	UNIT_DONE("regex");
}
