/*
 * timex_dates.c: TIMEX3 dates and times around the date grammar.
 *
 * A date is what the grammar reads as a point (cp_dt_point: "Friday",
 * "last week", "the end of 2000"); this layer adds the TimeML extents (a
 * leading "the", "fiscal", "early"/"late" before a day), times of day
 * ("2 p.m. Friday", "this morning"), counts before "ago"/"earlier" valued
 * at their unit's granularity ("five months ago" is a month), years
 * spoken in words ("nineteen ninety-six"), and the quarter of the
 * sentences just read, which financial news goes on calling "the quarter"
 * and compares with "a year ago".
 */
#include "timex_internal.h"

#include "numbers.h"

#include <stdio.h>
#include <string.h>

/* A quarter named this many sentences back still anchors "a year ago". */
#define QUARTER_SPAN 6

int
cp_tx_point(const tctx *t, int s, int e, const dval *v, txr *r)
{
	memset(r, 0, sizeof(*r));
	r->s = s;
	r->e = e;
	r->type = CP_TIMEX_DATE;
	r->has_range = true;
	r->v = *v;
	cp_tx_date_value(t, v, r->value);
	return e;
}

/* The date grammar's point at i, not open-ended. */
static int
grammar_point(const tctx *t, int i, dval *v)
{
	int			e = cp_dt_point(&t->c, i, v);

	return (e > i && !v->lo_inf && !v->hi_inf) ? e : -1;
}

/* A day of the reference shifted by k days, as a relative point. */
static void
ref_day(const tctx *t, int k, dval *v)
{
	memset(v, 0, sizeof(*v));
	set_day(v, t->c.ref + k);
	v->rel = true;
}

/* Add a time of day to a day result: "T14:00" or a part of the day "TMO". */
static int
as_time(txr *r, int e, const char *suffix, int minutes)
{
	size_t		n = strlen(r->value);

	if (n != 10)
		return -1;				/* only a day takes a time */
	if (suffix)
		snprintf(r->value + n, CP_TIMEX_VALUE_MAX - n, "%s", suffix);
	else
		snprintf(r->value + n, CP_TIMEX_VALUE_MAX - n, "T%02u:%02u",
				 (unsigned) minutes / 60 % 100, (unsigned) minutes % 60);
	r->type = CP_TIMEX_TIME;
	r->e = e;
	return e;
}

/* A day at i for a time to attach to: "Saturday", "yesterday", "Nov. 9", "this". */
static int
day_at(const tctx *t, int i, txr *r)
{
	dval		v;
	int			e;

	if (kw(&t->c, i) == K_THIS || kw(&t->c, i) == K_TONIGHT)
	{
		ref_day(t, 0, &v);
		return cp_tx_point(t, i, i + 1, &v, r);
	}
	if (kw(&t->c, i) == K_LAST && tw(t, i + 1) == TW_NIGHT)
	{
		ref_day(t, -1, &v);
		return cp_tx_point(t, i, i + 1, &v, r);
	}
	if ((e = grammar_point(t, i, &v)) < 0 || v.gran != CP_GRAN_DAY || v.hi - v.lo != 1)
		return -1;
	return cp_tx_point(t, i, e, &v, r);
}

/*
 * "this afternoon", "tonight" at i after a clock time: one time with it
 * ("6 o'clock this afternoon" 18:00, "8 p.m. tonight"), the hour after noon
 * unless the part is the morning.  The atom after it, or -1.
 */
static int
this_daypart(const tctx *t, int i, int *minutes)
{
	const char *suffix = NULL;
	int			e;

	if (kw(&t->c, i) == K_TONIGHT)
		e = i + 1;
	else if (kw(&t->c, i) != K_THIS || (e = cp_tx_daypart(t, i + 1, &suffix)) < 0)
		return -1;
	if (*minutes < 12 * 60 && !(suffix && strcmp(suffix, "TMO") == 0))
		*minutes += 12 * 60;
	return e;
}

/*
 * Times: "5 p.m. EST Nov. 9", "noon Saturday", "mid-afternoon yesterday",
 * "this morning", "tonight", "Friday evening", "Monday at 9 a.m.".
 */
int
cp_tx_time(const tctx *t, int i, txr *r)
{
	const ctx  *c = &t->c;
	const char *suffix = NULL;
	int			minutes = 0,
				e,
				d;
	txr			day;

	if ((e = cp_tx_clock(t, i, &minutes)) > 0 || (e = cp_tx_daypart(t, i, &suffix)) > 0)
	{
		int			j = kw(c, e) == K_ON ? e + 1 : e;

		if (suffix && kw(c, i - 1) == K_THIS)
			return -1;			/* read from "this" */
		if (!suffix && (d = this_daypart(t, e, &minutes)) > 0)
		{
			day_at(t, e, r);
			r->s = i;
			return as_time(r, d, NULL, minutes);
		}
		if ((d = day_at(t, j, &day)) > 0 && kw(c, j) != K_THIS && kw(c, j) != K_TONIGHT &&
			kw(c, j) != K_LAST)
			e = d;
		/*
		 * "in the morning": no day to tie it to; "prices fell all morning" is
		 * the reference's, as "this morning" ("all night" any night's)
		 */
		else if (suffix && !(e == i + 1 && cp_dt_word_is(c, i - 1, "all") && tw(t, i) != TW_NIGHT))
			return -1;
		else if (!suffix && e == i + 1 && kw(c, i - 1) != K_AT && kw(c, i - 1) != K_BY &&
				 kw(c, i - 1) != K_TILL && kw(c, i - 1) != K_BEFORE && kw(c, i - 1) != K_AFTER &&
				 kw(c, i - 1) != K_SINCE)
			return -1;			/* "noon" alone only after a preposition: not "High Noon" */
		else
		{
			dval		v;

			ref_day(t, 0, &v);
			cp_tx_point(t, i, i, &v, &day);
		}
		*r = day;
		r->s = i;
		return as_time(r, e, suffix, minutes);
	}
	if (kw(c, i) == K_TONIGHT)
	{
		day_at(t, i, r);
		return as_time(r, i + 1, "TNI", 0);
	}
	/* a day, then a part of the day or a clock time */
	if ((d = day_at(t, i, &day)) > 0)
	{
		int			j = kw(c, d) == K_AT ? d + 1 : d;

		if ((e = cp_tx_daypart(t, d, &suffix)) > 0 || (e = cp_tx_clock(t, j, &minutes)) > 0)
		{
			*r = day;
			return as_time(r, e, suffix, minutes);
		}
	}
	return -1;
}

/* The quarter last named, if recent enough to be the one "the quarter" means. */
static bool
anchor_quarter(const tctx *t, int *y, int *q)
{
	if (!t->q_year || t->c.sent - t->q_sent > QUARTER_SPAN)
		return false;
	*y = t->q_year;
	*q = t->q;
	return true;
}

/* "a year ago", "a year earlier" at atom k: the atom after it, or -1. */
static int
year_back(const ctx *c, int k)
{
	return kw(c, k) == K_A && kw(c, k + 1) == K_YEAR && at(c, k + 1)->len == 4 &&
		(kw(c, k + 2) == K_AGO || kw(c, k + 2) == K_EARLIER) ? k + 3 : -1;
}

static int
quarter_result(const tctx *t, int s, int e, int y, int q, bool rel, txr *r)
{
	dval		v;

	memset(&v, 0, sizeof(v));
	cp_dt_set_quarter(&v, y, q);
	v.rel = rel;
	return cp_tx_point(t, s, e, &v, r);
}

/* An ordinal quarter at i: "third quarter", "third-quarter"; q and the end. */
static int
ordinal_quarter(const tctx *t, int i, int *q)
{
	const ctx  *c = &t->c;
	int			j = i + 1;

	if (kw(c, i) != K_ORDW || at(c, i)->val < 1 || at(c, i)->val > 4)
		return -1;
	if (punct(c, j, '-') && glued(c, j) && glued(c, j + 1))
		j++;
	if (kw(c, j) != K_QUARTER || (c->text[at(c, j)->start + at(c, j)->len - 1] | 0x20) == 's')
		return -1;
	*q = at(c, i)->val;
	return j + 1;
}

/*
 * A year written straight after a quarter or half, as wire copy does
 * ("first quarter 1987", "the first half 1986"); not a span of years
 * ("the second quarter 1987-88" leaves the span to the grammar).
 */
static bool
year_after(const ctx *c, int e)
{
	return is_year4(at(c, e)) && !glued(c, e) && !(punct(c, e + 1, '-') && glued(c, e + 1));
}

/* A year stated before a quarter: "1988", "this year's", "next year's"; the year and the end. */
static int
quarter_year(const tctx *t, int i, int *y)
{
	const ctx  *c = &t->c;
	int			k = kw(c, i);

	/* not "1988-89"; "1988." ends a sentence */
	if (is_year4(at(c, i)) && (!glued(c, i + 1) || punct(c, i + 1, '.') || punct(c, i + 1, ',')))
	{
		*y = at(c, i)->val;
		i++;
	}
	else if ((k == K_THIS || k == K_LAST || k == K_NEXT) && kw(c, i + 1) == K_YEAR)
	{
		*y = ref_year(c) + (k == K_LAST ? -1 : k == K_NEXT ? 1 : 0);
		i += 2;
	}
	else
		return -1;
	if (punct(c, i, '\'') && kw(c, i + 1) == K_S)
		i += 2;
	return i;
}

/*
 * The year of a quarter that "ended" on the day at atom i ("ended Oct. 31",
 * "ended Sept. 30, 1988"); one that ended in the first week of January, as
 * the last quarter of a 52-week year may ("ended Jan. 3"), is the year's before.
 */
static bool
ended_year(const tctx *t, int i, int *y)
{
	dval		v;
	int			e;

	if (tw(t, i) != TW_ENDED || (e = grammar_point(t, i + 1, &v)) < 0 || !v.day)
		return false;
	cp_dt_year_by_tense(&t->c, i + 1, e, &v);
	*y = cp_days_to_date(v.lo - 7).year;
	return true;
}

/*
 * Quarters as financial news names them: "third-quarter", "the fiscal
 * first quarter", "the 1988 second quarter", "this year's third quarter",
 * "the quarter", "the latest period", "the year-ago quarter",
 * "year-earlier".  "The quarter" is the one just named, else the last one
 * that ended.
 */
static int
tx_quarter(const tctx *t, int i, txr *r)
{
	const ctx  *c = &t->c;
	int			j = i,
				e,
				ye,
				q = 0,
				y = 0,
				ay = 0,
				aq = 0;
	bool		anchored,
				ago = false,
				stated = false;

	/* "the corresponding period last year", "the same quarter a year ago": a year before */
	if (kw(c, i) == K_THE && tw(t, i + 1) == TW_SAME)
	{
		e = i + 3;
		if (!((kw(c, i + 2) == K_QUARTER && at(c, i + 2)->len == 7) ||
			  (tw(t, i + 2) == TW_PERIOD && at(c, i + 2)->len == 6)))
			return -1;
		if (kw(c, e) == K_LAST && kw(c, e + 1) == K_YEAR && at(c, e + 1)->len == 4)
			e += 2;
		else if ((e = year_back(c, e)) < 0)
			return -1;
		if (anchor_quarter(t, &ay, &aq))
			return quarter_result(t, i, e, ay - 1, aq, true, r);
		return -1;
	}
	if (kw(c, j) == K_THE || ((kw(c, j) == K_THIS || tw(t, j) == TW_THAT) &&
							  (kw(c, j + 1) == K_QUARTER || tw(t, j + 1) == TW_PERIOD ||
							   tw(t, j + 1) == TW_LATEST)))
		j++;
	if (tw(t, j) == TW_FISCAL)
		j++;
	ye = -1;
	/* a cheap test before the call: a year, or "this/last/next year" */
	if ((is_year4(at(c, j)) || kw(c, j + 1) == K_YEAR) && (ye = quarter_year(t, j, &y)) > 0)
	{
		stated = is_year4(at(c, j));
		j = ye;
		if (tw(t, j) == TW_FISCAL)
			j++;
	}
	/* "year-earlier", "year-ago", before a quarter or alone */
	else if (kw(c, j) == K_YEAR && punct(c, j + 1, '-') && glued(c, j + 1) &&
			 (kw(c, j + 2) == K_EARLIER || kw(c, j + 2) == K_AGO))
	{
		ago = true;
		j += 3;
	}
	e = ordinal_quarter(t, j, &q);
	/* most atoms start none of the forms: leave before the reference's year is worked out */
	if (e < 0 && !ago && kw(c, j) != K_QUARTER && tw(t, j) != TW_PERIOD && tw(t, j) != TW_LATEST)
		return -1;
	if (ye < 0)
		y = ref_year(c);
	anchored = anchor_quarter(t, &ay, &aq);
	if (e > 0 && ye < 0 &&
		((kw(c, e) == K_OF || kw(c, e) == K_IN) && is_year4(at(c, e + 1))))
		return -1;				/* "the first quarter of 2012": the grammar's */
	if (e > 0 && ye < 0 && kw(c, e) == K_OF && (ye = quarter_year(t, e + 1, &y)) > 0)
		e = ye;					/* "the third quarter of last year" */
	else if (e > 0 && ye < 0 && kw(c, e) == K_OF && tw(t, e + 1) == TW_FISCAL &&
			 (ye = quarter_year(t, e + 2, &y)) > 0)
	{
		e = ye;					/* "the fourth quarter of fiscal 2012" */
		stated = true;
	}
	else if (e > 0 && ye < 0 && year_after(c, e))
	{
		y = at(c, e)->val;		/* "first quarter 1987" */
		ye = ++e;
		stated = true;
	}
	/*
	 * A quarter without a year takes the year of the day it "ended" (a
	 * fiscal "second quarter ended Oct. 31" of last year); else one that
	 * would start over half a year after the reference is the one reported
	 * on, last year's ("the fourth quarter" in February), unless the
	 * sentence speaks of the future.
	 */
	if (e > 0 && ye < 0 && !ago && !ended_year(t, e, &y) &&
		cp_date_to_days(y, 3 * q - 2, 1) - c->ref > 183 && !cp_dt_future_before(c, i))
		y--;
	if (e > 0)
	{
		quarter_result(t, i, e, ago ? y - 1 : y, q, !stated, r);
		r->names_quarter = !ago;
		return e;
	}
	if (tw(t, j) == TW_LATEST)
	{
		/* "the latest quarter" has ended: not one named as still to come */
		if (anchored && cp_date_to_days(aq == 4 ? ay + 1 : ay, aq == 4 ? 1 : 3 * aq + 1, 1) > c->ref)
			anchored = false;
		j++;
	}
	if (j > i && (kw(c, j) == K_QUARTER || tw(t, j) == TW_PERIOD) && kw(c, j + 1) != K_OF &&
		(c->text[at(c, j)->start + at(c, j)->len - 1] | 0x20) != 's')
	{
		if (!anchored && kw(c, j) == K_QUARTER)
		{
			/* no quarter named yet: the last one that ended */
			cp_date		d = cp_days_to_date(c->ref);
			int			cur = (d.month - 1) / 3 + 1;

			ay = cur == 1 ? d.year - 1 : d.year;
			aq = cur == 1 ? 4 : cur - 1;
			anchored = true;
		}
		/* "the quarter a year ago": the one named, a year before */
		if (anchored && ye < 0 && !ago && (e = year_back(c, j + 1)) > 0)
			return quarter_result(t, i, e, ay - 1, aq, true, r);
		if (anchored)
		{
			e = quarter_result(t, i, j + 1, ye > 0 ? y : ago ? ay - 1 : ay, aq, true, r);
			/* "the latest quarter" is the one reported on from here ("... a year ago") */
			r->names_quarter = tw(t, j - 1) == TW_LATEST;
			return e;
		}
		if (stated)
		{
			dval		v;

			memset(&v, 0, sizeof(v));
			cp_dt_set_year(&v, y);
			return cp_tx_point(t, i, j + 1, &v, r);
		}
	}
	if (ago && kw(c, i) != K_THE && kw(c, i) != K_THIS)
	{
		dval		v;

		/*
		 * "1986 net income fell from year-ago 199.0 mln": a year stated in
		 * the sentence since the quarter is what the figure compares with
		 */
		if (t->y_stated && t->y_sent == c->sent)
		{
			anchored = false;
			y = t->y_stated;
		}
		if (anchored)
			return quarter_result(t, i, i + 3, ay - 1, aq, true, r);
		memset(&v, 0, sizeof(v));
		cp_dt_set_year(&v, y - 1);
		v.rel = true;
		return cp_tx_point(t, i, i + 3, &v, r);
	}
	return -1;
}

/* A date unit for cp_dt_shift(), or 0. */
static int
shift_unit(int u)
{
	switch (u)
	{
		case U_DAY: return K_DAY;
		case U_WEEK: return K_WEEK;
		case U_FORTNIGHT: return K_FORTNIGHT;
		case U_MONTH: return K_MONTHU;
		case U_QUARTER: return K_QUARTER;
		case U_YEAR: return K_YEAR;
		case U_DECADE: return K_DECADE;
		default: return 0;
	}
}

/* The calendar unit u that holds day d, as a relative point. */
static void
unit_at(int u, int32_t d, dval *v)
{
	cp_date		x = cp_days_to_date(d);

	memset(v, 0, sizeof(*v));
	switch (u)
	{
		case U_MONTH: cp_dt_set_month(v, x.year, x.month); break;
		case U_QUARTER: cp_dt_set_quarter(v, x.year, (x.month - 1) / 3 + 1); break;
		case U_YEAR: cp_dt_set_year(v, x.year); break;
		case U_DECADE:
			set_days(v, cp_date_to_days(x.year / 10 * 10, 1, 1),
					 cp_date_to_days(x.year / 10 * 10 + 10, 1, 1), CP_GRAN_YEAR);
			break;
		default: set_day(v, d);
	}
	v->rel = true;
}

/*
 * "five months ago" 1997-10, "a year earlier" 1997, "two days from now",
 * "a decade ago" 198: the reference moved by the count, valued at the
 * unit's granularity (weeks and days as the day).  "a few years ago" is
 * the decade with an X; a year compared with the quarter just named is
 * that quarter a year before.
 */
static int
tx_ago(const tctx *t, int i, txr *r)
{
	const ctx  *c = &t->c;
	int			j = cp_tx_approx(t, i),
				n,
				u,
				e,
				sign,
				ay = 0,
				aq = 0;
	int32_t		base;
	bool		vague,
				plural,
				bare = false;
	dval		v;

	/*
	 * "decades ago", "years ago": an unstated count, as "several weeks ago";
	 * not finer units ("just months ago", which the development data writes
	 * as a stretch, PXM), nor the unit of a count ("65 million years ago")
	 */
	if ((e = cp_tx_count(t, j, &n, &vague)) < 0 && (u = cp_tx_unit(t, j, &plural)) != U_NONE &&
		u <= U_YEAR && plural && kw(c, j + 1) == K_AGO && tw(t, j - 1) != TW_BIG)
	{
		e = j;
		n = 0;
		vague = bare = true;
	}
	if (e < 0 || (u = cp_tx_unit(t, e, &plural)) == U_NONE ||
		!cp_tx_point_after(t, e + 1, u) || (!vague && (n < 1 || n > 1000)))
		return -1;
	e = cp_tx_or_so(t, e + 1);
	sign = kw(c, e) == K_AGO || kw(c, e) == K_BEFORE ? -1 : tw(t, e) == TW_AGO_LIKE ? twval(t, e) : 1;
	/* "two days after tomorrow" counts from tomorrow */
	base = c->ref + (kw(c, e) == K_AGO || tw(t, e) == TW_AGO_LIKE ? 0 :
					 kw(c, e + 1) == K_TOMORROW ? 1 : kw(c, e + 1) == K_YESTERDAY ? -1 : 0);
	/*
	 * "In 2007 ... two years later" counts from the story's last date.  Not
	 * "earlier": financial copy compares with "a year earlier" after "a year
	 * ago", both the year before the reference.
	 */
	if (tw(t, e) == TW_AGO_LIKE && sign > 0 && t->anchor.set &&
		(u != U_MONTH || t->anchor.gran <= CP_GRAN_MONTH))
		base = t->anchor.lo;
	e += tw(t, e) == TW_AGO_LIKE || kw(c, e) == K_AGO ? 1 : 2;
	if (vague)
	{
		/*
		 * "several weeks ago", "a few days ago": some time back, as TimeBank
		 * writes "several years ago"; so are "years ago", "decades ago"
		 */
		if (!bare && u != U_YEAR && (u < U_YEAR || kw(c, e - 1) != K_AGO))
			return -1;
		unit_at(U_YEAR, cp_dt_shift(c->ref, K_YEAR, sign * 3), &v);
		cp_tx_point(t, i, e, &v, r);
		if (u != U_YEAR || bare)
			snprintf(r->value, CP_TIMEX_VALUE_MAX, "PAST_REF");
		else if (strlen(r->value) == 4 && r->value[0] != 'X')
			r->value[3] = 'X';	/* "a few years ago": 199X */
		r->has_range = false;
		return e;
	}
	if (u == U_YEAR && n == 1 && anchor_quarter(t, &ay, &aq))
		return quarter_result(t, i, e, ay + sign, aq, true, r);
	if (!shift_unit(u))
		return -1;
	unit_at(u, cp_dt_shift(base, shift_unit(u), sign * n), &v);
	return cp_tx_point(t, i, e, &v, r);
}

/* A year spoken in words (the grammar's), not before a unit: "nineteen ninety-six", "the year two thousand". */
static int
spoken_year(const tctx *t, int i, int *y)
{
	int			e;
	bool		plural;

	if (kw(&t->c, i) != K_NUMW)
		return -1;				/* most atoms: no call */
	e = cp_dt_spoken_year(&t->c, i, y, false);
	return e > 0 && cp_tx_unit(t, e, &plural) == U_NONE ? e : -1;
}

/* A year after a month or a season: "January nineteen ninety-seven", "June last year". */
static int
month_year(const tctx *t, int i, dval *v)
{
	const ctx  *c = &t->c;
	int			j = i + 1,
				e,
				y,
				k;

	if (kw(c, i) == K_SEASON && kw(c, j) == K_OF)
		j++;
	else if (!(month_word(c, i) && at(c, i)->cap && at(c, i)->len >= 3 && at(c, i)->wday < 0))
		return -1;
	k = kw(c, j);
	if ((e = spoken_year(t, j, &y)) < 0)
	{
		if ((k != K_THIS && k != K_LAST && k != K_NEXT) || kw(c, j + 1) != K_YEAR)
			return -1;
		y = ref_year(c) + (k == K_LAST ? -1 : k == K_NEXT ? 1 : 0);
		e = j + 2;
	}
	memset(v, 0, sizeof(*v));
	if (kw(c, i) == K_SEASON)
		cp_dt_set_season(v, y, at(c, i)->val);
	else
		cp_dt_set_month(v, y, at(c, i)->month);
	v->rel = k == K_THIS || k == K_LAST || k == K_NEXT;
	return e;
}

/* "The following year", "the previous week": from the story's last date (dates_story.c). */
int
cp_tx_story_date(const tctx *t, int i, txr *r)
{
	dval		v;
	bool		moves;
	int			e = cp_dt_story_date(&t->c, i, &t->anchor, &v, &moves);

	if (e < 0)
		return -1;
	e = cp_tx_point(t, i, e, &v, r);
	r->keeps_anchor = !moves;
	return e;
}

/*
 * "Today is the eighth day of Desert Shield", "It's the second day of an
 * offensive": an ordinal day of an event after a present "is" is the
 * reference day.
 */
static int
nth_day_today(const tctx *t, int i, txr *r)
{
	const ctx  *c = &t->c;
	int			e,
				n;
	dval		v;

	if (kw(c, i) != K_THE || !(cp_dt_word_is(c, i - 1, "is") ||
							   (kw(c, i - 1) == K_S && punct(c, i - 2, '\'') && glued(c, i - 1))) ||
		(e = cp_dt_dayno(c, i, &n, true)) < 0 || kw(c, e) != K_DAY || at(c, e)->len != 3 ||
		kw(c, e + 1) != K_OF)
		return -1;
	memset(&v, 0, sizeof(v));
	set_day(&v, c->ref);
	v.rel = true;
	return cp_tx_point(t, i, e + 1, &v, r);
}

/*
 * "June marks finished the day at 0.5602", "stocks ended the day higher":
 * the day a market opens or closes is the reference day (not "ended the
 * day before", "the day of the vote").
 */
static int
session_day(const tctx *t, int i, txr *r)
{
	static const char *const verbs[] = {
		"ended", "end", "ends", "ending", "finished", "finish", "finishes", "finishing", "closed", "close",
		"closes", "closing", "began", "begin", "begins", "beginning", "started", "start", "starts",
		"starting", "opened", "open", "opens", "opening", NULL};
	static const char *const after[] = {"before", "after", "of", "when", "that", "earlier", "later", NULL};
	const ctx  *c = &t->c;
	dval		v;

	if (kw(c, i) != K_THE || kw(c, i + 1) != K_DAY || at(c, i + 1)->len != 3 ||
		!cp_dt_word_among(c, i - 1, verbs) || cp_dt_word_among(c, i + 2, after))
		return -1;
	memset(&v, 0, sizeof(v));
	set_day(&v, c->ref);
	v.rel = true;
	return cp_tx_point(t, i, i + 2, &v, r);
}

/* Is atom i a word written in capitals ("QTR", "FY")? */
static bool
all_caps(const ctx *c, int i)
{
	const atom *a = at(c, i);

	for (uint32_t k = 0; k < a->len; k++)
		if (c->text[a->start + k] >= 'a' && c->text[a->start + k] <= 'z')
			return false;
	return true;
}

/*
 * Words that tell a bare year from a number before it: "in", "its", "a", "the", "due".
 * After a name that another word goes before, and before no word of
 * content, it is the name's ("a venture called Orion 1980,", "under the
 * Terrorism Act 2000."; not "\"Clearly 2004 was", "the French 1986 deficit",
 * "4th QTR 1986").
 */
static bool
bare_year(const tctx *t, int i)
{
	const ctx  *c = &t->c;
	const atom *a = at(c, i),
			   *p = at(c, i - 1);

	if (at(c, i - 2)->kind == A_WORD && p->kind == A_WORD && p->cap && !all_caps(c, i - 1) && p->kw == K_NONE &&
		p->month == 0 && p->wday < 0 && tw(t, i - 1) == TW_NONE &&
		!(at(c, i + 1)->kind == A_WORD && !at(c, i + 1)->cap && at(c, i + 1)->kw == K_NONE))
		return false;
	return is_year4(a) && a->val >= 1900 && a->val <= 2099 && !glued(c, i) &&
		!cp_dt_tail_glued(c, i + 1) && !punct(c, i + 1, '%') && !punct(c, i - 1, '$') &&
		!(punct(c, i + 1, ',') && at(c, i + 2)->kind == A_NUM) && at(c, i + 1)->kind != A_NUM;
}

/* The ordinal century: "the 11th century" 10, "the twentieth century" 19. */
static int
tx_century(const tctx *t, int i, txr *r)
{
	const ctx  *c = &t->c;
	int			j = kw(c, i) == K_THE ? i + 1 : i,
				n;
	bool		plural;
	dval		v;

	if (kw(c, j) == K_ORDW)
		n = at(c, j)->val, j++;
	else if (at(c, j)->kind == A_NUM && at(c, j)->ndig <= 2 && kw(c, j + 1) == K_SUFFIX)
		n = at(c, j)->val, j += 2;
	else
		return -1;
	if (n < 1 || tw(t, j) != TW_CENTURY || (cp_tx_unit(t, j, &plural), plural))
		return -1;
	memset(&v, 0, sizeof(v));
	set_days(&v, cp_date_to_days((n - 1) * 100, 1, 1), cp_date_to_days(n * 100, 1, 1), CP_GRAN_YEAR);
	return cp_tx_point(t, i, j + 1, &v, r);
}

/*
 * Halves: "the first half of 2012" 2012-H1, "the second half of last year",
 * "the first half" (of the reference's year).
 */
static int
tx_half(const tctx *t, int i, txr *r)
{
	const ctx  *c = &t->c;
	int			j = kw(c, i) == K_THE ? i + 1 : i,
				h,
				e,
				y;
	dval		v;

	if (kw(c, j) != K_ORDW || at(c, j)->val < 1 || at(c, j)->val > 2 || tw(t, j + 1) != TW_HALF)
		return -1;
	y = ref_year(c);
	h = at(c, j)->val;
	e = j + 2;
	memset(&v, 0, sizeof(v));
	v.rel = true;
	if (kw(c, e) == K_OF && is_year4(at(c, e + 1)))
		y = at(c, e + 1)->val, e += 2, v.rel = false;
	else if (year_after(c, e))
		y = at(c, e)->val, e += 1, v.rel = false;	/* "first half 1987" */
	else if (kw(c, e) == K_OF && (e = grammar_point(t, e + 1, &v)) > 0 && v.gran == CP_GRAN_YEAR &&
			 v.hi - v.lo >= 365 && v.hi - v.lo <= 366)
		y = cp_days_to_date(v.lo).year;
	else if (e < 0 || kw(c, j + 2) == K_OF)
		return -1;
	else
		e = j + 2;
	set_days(&v, cp_date_to_days(y, 6 * h - 5, 1), cp_date_to_days(h == 1 ? y : y + 1, h == 1 ? 7 : 1, 1),
			 CP_GRAN_MONTH);
	return cp_tx_point(t, i, e, &v, r);
}

/* A quarter named by its months with the word "quarter" at atom i ("January/March quarter", "June quarter"). */
static bool
the_month_quarter(const ctx *c, int i)
{
	dval		v;
	int			e;

	if (at(c, i)->month == 0 || (e = cp_dt_month_quarter(c, i, &v)) < 0)
		return false;
	for (int k = i + 1; k < e; k++)
		if (kw(c, k) == K_QUARTER)
			return true;
	return false;
}

/*
 * Dates: the forms above, then the grammar's point with the TimeML
 * extent: a leading "the" ("the third quarter", "the late 1970s", not
 * "the 1987 crash"), "fiscal 1989", and "late yesterday", "earlier Sunday"
 * (a part of a day is the day).
 */
int
cp_tx_date(const tctx *t, int i, txr *r)
{
	const ctx  *c = &t->c;
	int			k = kw(c, i),
				e,
				j,
				y;
	dval		v;

	if ((e = tx_quarter(t, i, r)) > 0 || (e = tx_ago(t, i, r)) > 0 ||
		(e = tx_century(t, i, r)) > 0 ||
		(e = tx_half(t, i, r)) > 0)
		return e;
	if ((e = month_year(t, i, &v)) > 0 || (k == K_THE && (e = month_year(t, i + 1, &v)) > 0))
		return cp_tx_point(t, i, e, &v, r);
	/* "nineteen ninety-six", "the year two thousand", "fiscal 1989" */
	j = k == K_THE && kw(c, i + 1) == K_YEAR ? i + 2 : kw(c, i) == K_YEAR ? i + 1 : i;
	if ((e = spoken_year(t, j, &y)) > 0 || (tw(t, i) == TW_FISCAL && bare_year(t, i + 1)))
	{
		if (e < 0)
			y = at(c, i + 1)->val, e = i + 2;
		memset(&v, 0, sizeof(v));
		cp_dt_set_year(&v, y);
		return cp_tx_point(t, i, e, &v, r);
	}
	/*
	 * "the January/March quarter", "the December quarter 1986": the article
	 * is part of the quarter's name, as of "the fourth quarter" (stop 46)
	 */
	j = k == K_THE && the_month_quarter(c, i + 1) ? i + 1 : i;
	if ((e = grammar_point(t, j, &v)) > 0)
	{
		k = kw(c, e);
		if (v.month && !v.day && !v.year && (k == K_THIS || k == K_LAST || k == K_NEXT) &&
			kw(c, e + 1) == K_YEAR && at(c, e + 1)->len == 4)
		{
			/* "early October this year": the month of that year */
			cp_dt_set_month(&v, ref_year(c) + (k == K_LAST ? -1 : k == K_NEXT ? 1 : 0), v.month);
			v.rel = true;
			v.part = P_ALL;		/* valued as the month of that year */
			e += 2;
		}
		else
			cp_dt_year_by_tense(c, j, e, &v);
		cp_tx_point(t, i, e, &v, r);
		r->names_quarter = r->value[4] == '-' && r->value[5] == 'Q';
		return e;
	}
	if (bare_year(t, i))
	{
		memset(&v, 0, sizeof(v));
		cp_dt_set_year(&v, at(c, i)->val);
		return cp_tx_point(t, i, i + 1, &v, r);
	}
	if (k == K_YEAR && (kw(c, i + 1) == K_END ||
						(punct(c, i + 1, '\'') && kw(c, i + 2) == K_S && kw(c, i + 3) == K_END)))
	{
		/* "by year end", "by year's end": the reference's year */
		memset(&v, 0, sizeof(v));
		cp_dt_set_year(&v, ref_year(c));
		v.rel = true;
		return cp_tx_point(t, i, kw(c, i + 1) == K_END ? i + 2 : i + 4, &v, r);
	}
	if ((e = cp_tx_year_ahead(t, i)) > 0)
	{
		memset(&v, 0, sizeof(v));
		cp_dt_set_year(&v, ref_year(c));
		v.rel = true;
		return cp_tx_point(t, i, e, &v, r);
	}
	j = k == K_THE ? i + 1 : i;
	/*
	 * "the current fiscal year", "this fiscal year": the reference's year, as
	 * "fiscal 1989" is the year it ends in; "last" and "next fiscal year" the
	 * years beside it
	 */
	if ((kw(c, j) == K_CURRENT || (j == i && (kw(c, j) == K_THIS || kw(c, j) == K_LAST ||
											  kw(c, j) == K_NEXT))) &&
		tw(t, j + 1) == TW_FISCAL && kw(c, j + 2) == K_YEAR && at(c, j + 2)->len == 4)
	{
		memset(&v, 0, sizeof(v));
		cp_dt_set_year(&v, ref_year(c) + (kw(c, j) == K_LAST ? -1 : kw(c, j) == K_NEXT ? 1 : 0));
		v.rel = true;
		return cp_tx_point(t, i, j + 3, &v, r);
	}
	if ((k == K_THE || tw(t, i) == TW_FISCAL) && kw(c, i + 1) != K_THE &&
		(e = grammar_point(t, i + 1, &v)) > 0)
	{
		const atom *a = at(c, i + 1);

		cp_dt_year_by_tense(c, i + 1, e, &v);	/* "rose in the March 23 week" */
		return cp_tx_point(t, k == K_THE && a->kind == A_WORD && a->month == 0 ? i : i + 1, e, &v, r);
	}
	if ((k == K_EARLY || k == K_LATE) && (e = grammar_point(t, i + 1, &v)) > 0 &&
		v.gran == CP_GRAN_DAY)
		return cp_tx_point(t, i, e, &v, r);
	if ((e = session_day(t, i, r)) > 0)
		return e;
	return nth_day_today(t, i, r);
}
