/*
 * calendar.h: civil dates as day numbers, month and weekday names, and the
 * absolute date literals that news prints ("July 21, 2014", "21 July 2014",
 * "July 21. 2014", "2014-07-21", "Monday, July 21, 2014").
 *
 * Day numbers count from 2000-01-01 (day 0), Postgres's date epoch, so the
 * fmgr layer passes them through as DateADT.
 */
#ifndef CORPUS_CALENDAR_H
#define CORPUS_CALENDAR_H

#include "host.h"

typedef struct cp_date
{
	int			year;
	int			month;			/* 1..12 */
	int			day;			/* 1..31 */
} cp_date;

/*
 * The month and weekday names news writes: full names, three-letter
 * abbreviations, and "Sept", "Tues", "Thur", "Thurs".  The one list of them:
 * the date parser hashes it with its keywords.
 */
typedef struct cp_calendar_name
{
	const char *word;			/* lower case */
	int8_t		month;			/* 1..12, or 0 for a weekday */
	int8_t		wday;			/* 0 (Monday) .. 6 (Sunday), or -1 for a month */
} cp_calendar_name;

extern const cp_calendar_name cp_calendar_names[];
extern const size_t cp_calendar_nnames;

/* 1..12 for "January", "Jan", "Jan.", "Sept" (any case); 0 otherwise. */
int			cp_month_from_name(const char *s, size_t len);

/* 0 (Monday) .. 6 (Sunday) for "Monday", "Mon", "Tues" (any case); -1 otherwise. */
int			cp_weekday_from_name(const char *s, size_t len);

bool		cp_date_valid(int year, int month, int day);
int			cp_days_in_month(int year, int month);
int32_t		cp_date_to_days(int year, int month, int day);
cp_date		cp_days_to_date(int32_t days);
int			cp_days_weekday(int32_t days);	/* 0 = Monday */

/* days plus n calendar months, the day clamped to the month's end (Jan 31 + 1 = Feb 28/29). */
int32_t		cp_days_add_months(int32_t days, int n);

/* Easter Sunday (Gregorian computus) of a year, as a day number. */
int32_t		cp_easter_days(int year);

/*
 * Parse an absolute date literal at the start of s[0..len).  On success
 * stores the date and the bytes consumed.  Years are 1000..9999.
 */
bool		cp_parse_date_literal(const char *s, size_t len, cp_date *date, size_t *consumed);

#endif
