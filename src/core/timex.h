/*
 * timex.h: TimeML TIMEX3 expressions of news text, with their types and
 * values, over the date grammar (dates.h).
 *
 * Every date the grammar reads gets a TIMEX3 DATE value at its granularity
 * ("2013-03-22", "2013-W11", "2013-03", "2013-Q1", "2013-H1", "2013-SU",
 * "2013", "201" for a decade, "20" for a century); on top come durations
 * ("three years" P3Y, "two hours" PT2H, "several weeks" PXW), times of day
 * ("2 p.m." 2013-03-22T14:00, "this morning" 2013-03-22TMO), sets ("every
 * Monday" XXXX-WXX-1, "annually" P1Y) and the document-relative words
 * ("now" PRESENT_REF, "recently" PAST_REF, "the future" FUTURE_REF).
 * Extents follow TimeML: prepositions stay outside ("in [the third
 * quarter]", "since [1993]"), determiners and modifiers inside ("[the
 * last five years]", "[early this week]"); each end of a range is its own
 * expression.  Relative values need the reference (the document creation
 * time); without one their digits are X's ("XXXX-XX-XX").
 */
#ifndef CORPUS_TIMEX_H
#define CORPUS_TIMEX_H

#include "dates.h"

typedef enum cp_timex_type
{
	CP_TIMEX_DATE,
	CP_TIMEX_TIME,
	CP_TIMEX_DURATION,
	CP_TIMEX_SET,
} cp_timex_type;

#define CP_TIMEX_VALUE_MAX 24

typedef struct cp_timex
{
	uint32_t	start;			/* byte offset */
	uint32_t	len;			/* bytes */
	int			sentence;		/* 1-based, as corpus.sentences() numbers them */
	uint8_t		type;			/* cp_timex_type */
	bool		has_range;		/* a DATE or TIME with a resolved day range */
	bool		lo_inf;
	bool		hi_inf;
	int32_t		lo;				/* [lo, hi) in day numbers, when has_range */
	int32_t		hi;
	char		value[CP_TIMEX_VALUE_MAX];	/* the TIMEX3 value, NUL-terminated */
} cp_timex;

/* "DATE", "TIME", "DURATION", "SET" */
const char *cp_timex_type_name(cp_timex_type type);

/*
 * Every TIMEX3 expression of a document, in text order, appended to out
 * (items: cp_timex).  Boilerplate lines are skipped and sentences numbered
 * as cp_extract_dates() does; the reference is the one mode names.
 */
cp_status	cp_extract_timexes(cp_doc *doc, cp_reference_mode mode, int32_t reference_days,
							   cp_vec *out);

#endif
