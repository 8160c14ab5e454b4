/*
 * unit.h: a minimal harness for core unit tests.  Each test program ends
 * with UNIT_DONE("name"), which prints "name: N passed, N failed" and sets
 * the exit status.
 */
#ifndef CORPUS_UNIT_H
#define CORPUS_UNIT_H

#include <stdio.h>
#include <string.h>

static int	unit_passed,
			unit_failed;

#define CHECK(cond) \
	do { \
		if (cond) unit_passed++; \
		else { unit_failed++; fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); } \
	} while (0)

#define CHECK_INT(got, want) \
	do { \
		long long g_ = (long long) (got), w_ = (long long) (want); \
		if (g_ == w_) unit_passed++; \
		else { unit_failed++; fprintf(stderr, "%s:%d: %s = %lld, want %lld\n", __FILE__, __LINE__, #got, g_, w_); } \
	} while (0)

#define CHECK_STR(got, want) \
	do { \
		const char *g_ = (got), *w_ = (want); \
		if ((g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0)) unit_passed++; \
		else { unit_failed++; fprintf(stderr, "%s:%d: %s = \"%s\", want \"%s\"\n", __FILE__, __LINE__, #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); } \
	} while (0)

/* Compare a byte span of text with a C string. */
#define CHECK_SPAN(text, start, len, want) \
	do { \
		const char *w_ = (want); size_t l_ = (size_t) (len); \
		if (strlen(w_) == l_ && memcmp((text) + (start), w_, l_) == 0) unit_passed++; \
		else { unit_failed++; fprintf(stderr, "%s:%d: span \"%.*s\", want \"%s\"\n", __FILE__, __LINE__, (int) l_, (text) + (start), w_); } \
	} while (0)

#define UNIT_DONE(name) \
	do { \
		printf("%s: %d passed, %d failed\n", (name), unit_passed, unit_failed); \
		return unit_failed ? 1 : 0; \
	} while (0)

#endif
