/*
 * dates.h: date expressions in news text, resolved to day ranges.
 *
 * Absolute dates ("July 21. 2014", "6 June 2025", "2014-07-21", "7/21/2014"),
 * months ("July 2014", "in July"), years ("in 2012"), decades ("the 1990s"),
 * seasons ("summer 2014"), quarters ("Q1 2019") and ranges between them are
 * resolved on their own.  Relative expressions ("on Saturday", "last week",
 * "earlier this year", "two days ago", "since October 7", a month or a day
 * without a year) need the reference date (the article's publication date);
 * without one they are reported unresolved.
 *
 * Values are half-open day ranges [lo, hi) in day numbers (calendar.h), so
 * a day is [d, d + 1); either side may be unbounded ("after 2016",
 * "before 2018", "since tomorrow").
 */
#ifndef CORPUS_DATES_H
#define CORPUS_DATES_H

#include "arena.h"
#include "article.h"
#include "calendar.h"
#include "doc.h"

typedef enum cp_date_gran
{
	CP_GRAN_DAY,
	CP_GRAN_WEEK,
	CP_GRAN_MONTH,
	CP_GRAN_SEASON,
	CP_GRAN_YEAR,
} cp_date_gran;

typedef struct cp_date_mention
{
	uint32_t	start;			/* byte offset */
	uint32_t	len;			/* bytes */
	int			sentence;		/* 1-based, as corpus.sentences() numbers them */
	uint8_t		gran;			/* cp_date_gran */
	bool		resolved;		/* false: relative and no reference date */
	bool		lo_inf;			/* unbounded below */
	bool		hi_inf;			/* unbounded above */
	int32_t		lo;				/* first day (when !lo_inf) */
	int32_t		hi;				/* day after the last (when !hi_inf) */
} cp_date_mention;

/* "day", "week", "month", "season", "year" */
const char *cp_date_gran_name(cp_date_gran gran);

/*
 * Every date expression of a document, in text order, appended to out
 * (items: cp_date_mention).  Site boilerplate lines are skipped; sentence
 * numbers count every sentence of the document.  Relative dates resolve
 * against the reference that mode names (article.h): reference_days for
 * CP_REF_GIVEN, the date the article states for CP_REF_STATED.
 */
cp_status	cp_extract_dates(cp_doc *doc, cp_reference_mode mode, int32_t reference_days,
							 cp_vec *out);

/*
 * The last date a document named, which "the following year" and "the
 * previous week" count from (dates_story.c).
 */
typedef struct cp_date_anchor
{
	bool		set;
	uint8_t		gran;			/* its cp_date_gran */
	int32_t		lo;				/* its first day */
} cp_date_anchor;

/*
 * Reading a document's dates sentence by sentence, for extractors that need
 * those of some sentences only (claims): cp_date_reader_add() every sentence
 * of a document walk, in order; cp_date_reader_dates() appends to out what
 * cp_extract_dates() finds in the sentence added last.  A mention may reach
 * into the next sentence on its line, so the sentences since the last line
 * break or gap are kept (a few at most) and scanned when asked for or when
 * the break comes; every sentence is scanned once, in order, as "the
 * following year" needs the dates before it.  The buffers grow in arena
 * with the longest sentence.
 */
typedef struct cp_date_atoms
{
	struct atom *a;
	size_t		n;
	size_t		cap;
} cp_date_atoms;

typedef struct cp_date_reader
{
	cp_date_atoms buf;
	size_t		covered;		/* end of the last mention scanned */
	cp_date_anchor anchor;		/* the last date scanned */
	bool		has_reference;
	int32_t		reference_days;
	cp_vec		pending;		/* cp_sentence spans added, not yet scanned */
	cp_vec		skipped;		/* the mentions of pending sentences before the last */
} cp_date_reader;

/* The reference that mode names for doc, as cp_extract_dates() takes it. */
void		cp_date_reader_init(cp_date_reader *r, cp_doc *doc, cp_reference_mode mode,
								int32_t reference_days);
void		cp_date_reader_add(cp_date_reader *r, cp_arena *arena, const cp_doc *doc,
							   const cp_sentence *s);
void		cp_date_reader_dates(cp_date_reader *r, cp_arena *arena, const cp_doc *doc,
								 cp_vec *out);

#endif
