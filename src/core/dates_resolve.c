/*
 * dates_resolve.c: day ranges of what the date parser read: periods
 * (months, quarters, seasons, years), a missing year taken from the
 * reference, weekdays and calendar units relative to it, parts of periods
 * ("early July", "the end of 2000") and the two ends of a range.
 */
#include "dates_internal.h"

void
cp_dt_set_month(dval *v, int y, int m)
{
	set_days(v, cp_date_to_days(y, m, 1), cp_days_add_months(cp_date_to_days(y, m, 1), 1),
			 CP_GRAN_MONTH);
}

void
cp_dt_set_year(dval *v, int y)
{
	set_days(v, cp_date_to_days(y, 1, 1), cp_date_to_days(y + 1, 1, 1), CP_GRAN_YEAR);
}

void
cp_dt_set_quarter(dval *v, int y, int q)
{
	int32_t		lo = cp_date_to_days(y, 3 * q - 2, 1);

	set_days(v, lo, cp_days_add_months(lo, 3), CP_GRAN_MONTH);
}

/* Meteorological seasons of the northern hemisphere; winter Y is Dec Y .. Feb Y+1. */
void
cp_dt_set_season(dval *v, int y, int s)
{
	int32_t		lo = cp_date_to_days(y, 3 * s, 1);

	set_days(v, lo, cp_days_add_months(lo, 3), CP_GRAN_SEASON);
}

/* The year among Y-1, Y, Y+1 that puts month/day nearest the reference. */
static int
nearest_year(const ctx *c, int m, int d)
{
	int			y = ref_year(c),
				best = 0,
				k;
	int32_t		bestdist = 0;

	for (k = -1; k <= 1; k++)
	{
		int			dd = d ? d : 15;
		int32_t		dist;

		if (!cp_date_valid(y + k, m, dd))
			continue;
		dist = cp_date_to_days(y + k, m, dd) - c->ref;
		/* news mostly looks back: a future date counts twice as far */
		dist = dist < 0 ? -dist : 2 * dist;
		if (!best || dist < bestdist)
			best = y + k, bestdist = dist;
	}
	/* Feb 29 outside a leap year: the nearest leap year, the past one on a tie */
	for (k = 0; k < 8 && !best; k++)
	{
		if (cp_date_valid(y - k, m, d))
			best = y - k;
		else if (cp_date_valid(y + k, m, d))
			best = y + k;
	}
	return best ? best : y;
}

/* Fill v from its stated year/month/day, taking a missing year from the reference. */
bool
cp_dt_finish_md(const ctx *c, dval *v)
{
	int			y = v->year;

	if (!y)
	{
		v->rel = true;
		y = nearest_year(c, v->month, v->day);
	}
	if (v->day)
	{
		if (!cp_date_valid(y, v->month, v->day))
			return false;
		set_day(v, cp_date_to_days(y, v->month, v->day));
	}
	else
		cp_dt_set_month(v, y, v->month);
	return true;
}

/* A weekday w relative to the reference, by modifier and tense. */
int32_t
cp_dt_resolve_weekday(const ctx *c, int w, int mod, bool future)
{
	int32_t		r = c->ref,
				ws = week_start(r);

	switch (mod)
	{
		case M_NEXT:
			return ws + 7 + w;	/* in the following week */
		case M_PREV:
			return ws - 7 + w;	/* in the week before */
		case M_THIS:
			return ws + w;
		case M_UPCOMING:
			return weekday_on_or_after(r + 1, w);
		case M_LAST:
		case M_PAST:
			return weekday_on_or_before(r - 1, w);
		default:
			/* on or after the reference for the future, on or before for the past */
			return future ? weekday_on_or_after(r, w) : weekday_on_or_before(r, w);
	}
}

/* A calendar unit (week, month, year, ...) shifted by k units from the reference's. */
bool
cp_dt_unit_value(const ctx *c, int unit, int season, int k, dval *v)
{
	cp_date		r = cp_days_to_date(c->ref);

	switch (unit)
	{
		case K_DAY:
			set_day(v, c->ref + k);
			return true;
		case K_WEEK:
			set_days(v, week_start(c->ref) + 7 * k, week_start(c->ref) + 7 * k + 7, CP_GRAN_WEEK);
			return true;
		case K_WEEKEND:
			set_days(v, week_start(c->ref) + 7 * k + 5, week_start(c->ref) + 7 * k + 7, CP_GRAN_WEEK);
			return true;
		case K_FORTNIGHT:
			set_days(v, week_start(c->ref) + 14 * k, week_start(c->ref) + 14 * k + 14, CP_GRAN_WEEK);
			return true;
		case K_MONTHU:
			cp_dt_set_month(v, r.year, r.month);
			v->lo = cp_days_add_months(v->lo, k);
			v->hi = cp_days_add_months(v->lo, 1);
			return true;
		case K_QUARTER:
			cp_dt_set_quarter(v, r.year, (r.month - 1) / 3 + 1);
			v->lo = cp_days_add_months(v->lo, 3 * k);
			v->hi = cp_days_add_months(v->lo, 3);
			return true;
		case K_YEAR:
			cp_dt_set_year(v, r.year + k);
			return true;
		case K_DECADE:
			set_days(v, cp_date_to_days(r.year / 10 * 10 + 10 * k, 1, 1),
					 cp_date_to_days(r.year / 10 * 10 + 10 * k + 10, 1, 1), CP_GRAN_YEAR);
			return true;
		case K_CENTURY:
			set_days(v, cp_date_to_days(r.year / 100 * 100 + 100 * k, 1, 1),
					 cp_date_to_days(r.year / 100 * 100 + 100 * k + 100, 1, 1), CP_GRAN_YEAR);
			return true;
		case K_SEASON:
			{
				/* the season containing the reference, then step */
				int			y = r.year,
							s = r.month >= 3 && r.month <= 11 ? (r.month) / 3 : 4;

				if (r.month <= 2)
					y--;
				if (k == 0 && s != season)
				{
					/* "this summer": the one of the reference's year */
					cp_dt_set_season(v, r.year, season);
					return true;
				}
				/* walk seasons: index = y*4 + s-1 */
				{
					int			idx = y * 4 + (s - 1),
								target;

					if (k < 0)
						target = idx - ((s - season + 4) % 4 ? (s - season + 4) % 4 : 4);
					else if (k > 0)
						target = idx + ((season - s + 4) % 4 ? (season - s + 4) % 4 : 4);
					else
						target = idx;
					cp_dt_set_season(v, target / 4, target % 4 + 1);
				}
				return true;
			}
	}
	return false;
}

/* ref shifted by n units (for "ago", "from now", rolling ranges). */
int32_t
cp_dt_shift(int32_t d, int unit, int n)
{
	switch (unit)
	{
		case K_DAY: return d + n;
		case K_WEEK: return d + 7 * n;
		case K_FORTNIGHT: return d + 14 * n;
		case K_MONTHU: return cp_days_add_months(d, n);
		case K_QUARTER: return cp_days_add_months(d, 3 * n);
		case K_YEAR: return cp_days_add_months(d, 12 * n);
		case K_DECADE: return cp_days_add_months(d, 120 * n);
	}
	return d;
}

void
cp_dt_apply_part(const ctx *c, dval *v, int part)
{
	int32_t		lo = v->lo,
				hi = v->hi,
				len = hi - lo;

	if (part == P_ALL || v->lo_inf || v->hi_inf)
		return;
	if ((part == P_EARLIER || part == P_LATER) && (c->ref < lo || c->ref >= hi))
		part = part == P_EARLIER ? P_EARLY : P_LATE;	/* "earlier last week": its early part */
	else if (part == P_EARLIER || part == P_LATER)
	{
		/* before / after the reference day, within the period */
		if (part == P_EARLIER && c->ref > lo && c->ref < hi)
			v->hi = c->ref;
		else if (part == P_LATER && c->ref >= lo && c->ref + 1 < hi)
			v->lo = c->ref + 1;
		v->rel = true;
		return;
	}
	if (v->gran == CP_GRAN_YEAR && len >= 365 && len <= 366)
	{
		cp_date		d = cp_days_to_date(lo);

		/* thirds of a year: Jan-Apr, May-Aug, Sep-Dec */
		v->lo = cp_date_to_days(d.year, part == P_EARLY ? 1 : part == P_MID ? 5 : 9, 1);
		v->hi = cp_days_add_months(v->lo, 4);
	}
	else if (v->gran == CP_GRAN_YEAR)
	{
		/* a decade: its first, middle and last few years */
		cp_date		d = cp_days_to_date(lo);
		int			span = cp_days_to_date(hi).year - d.year;

		v->lo = cp_date_to_days(d.year + (part == P_EARLY ? 0 : part == P_MID ? span * 3 / 10 : span * 7 / 10), 1, 1);
		v->hi = cp_date_to_days(d.year + (part == P_EARLY ? span * 3 / 10 : part == P_MID ? span * 7 / 10 : span), 1, 1);
	}
	else if (v->gran == CP_GRAN_MONTH && len >= 28 && len <= 31)
	{
		/* halves for early/late, the 10th to the 20th for "mid" */
		if (part == P_EARLY)
			v->hi = lo + 15;
		else if (part == P_MID)
			v->lo = lo + 9, v->hi = lo + 20;
		else
			v->lo = lo + 15;
	}
	else if (v->gran == CP_GRAN_WEEK && len == 7)
	{
		if (part == P_EARLY)
			v->hi = lo + 3;
		else if (part == P_MID)
			v->lo = lo + 1, v->hi = lo + 4;
		else
			v->lo = lo + 3;
	}
	else if (len >= 3)
	{
		if (part == P_EARLY)
			v->hi = lo + len / 3;
		else if (part == P_MID)
			v->lo = lo + len / 3, v->hi = lo + 2 * len / 3;
		else
			v->lo = lo + 2 * len / 3;
	}
}

/*
 * The day of holiday h (H_*) in year y: a fixed day, the nth weekday of a
 * month (n = -1: the last), or a day counted from Easter.  US holidays where
 * countries differ (Thanksgiving, Labor Day, Mother's Day).
 */
int32_t
cp_dt_holiday_day(int h, int y)
{
	static const struct
	{
		int8_t		month;
		int8_t		day;		/* fixed day, or 0 */
		int8_t		nth;		/* nth weekday of the month; with month 0, days from Easter */
		int8_t		wday;
		int8_t		after;		/* days after the day so found */
	}			rule[] = {
		[H_CHRISTMAS] = {12, 25, 0, 0, 0}, [H_EASTER] = {0, 0, 0, 0, 0},
		[H_THANKSGIVING] = {11, 0, 4, 3, 0}, [H_HALLOWEEN] = {10, 31, 0, 0, 0},
		[H_CHRISTMAS_EVE] = {12, 24, 0, 0, 0}, [H_NEW_YEAR] = {1, 1, 0, 0, 0},
		[H_NEW_YEARS_EVE] = {12, 31, 0, 0, 0}, [H_INDEPENDENCE] = {7, 4, 0, 0, 0},
		[H_LABOR] = {9, 0, 1, 0, 0}, [H_MEMORIAL] = {5, 0, -1, 0, 0},
		[H_VETERANS] = {11, 11, 0, 0, 0}, [H_VALENTINE] = {2, 14, 0, 0, 0},
		[H_EASTER_MONDAY] = {0, 0, 1, 0, 0}, [H_BOXING] = {12, 26, 0, 0, 0},
		[H_PRESIDENTS] = {2, 0, 3, 0, 0}, [H_COLUMBUS] = {10, 0, 2, 0, 0},
		[H_BLACK_FRIDAY] = {11, 0, 4, 3, 1},
		[H_GOOD_FRIDAY] = {0, 0, -2, 0, 0}, [H_ASH_WEDNESDAY] = {0, 0, -46, 0, 0},
		[H_PALM_SUNDAY] = {0, 0, -7, 0, 0},
		/* the Tuesday after the first Monday of November */
		[H_ELECTION] = {11, 0, 1, 0, 1},
		[H_MOTHERS] = {5, 0, 2, 6, 0}, [H_FATHERS] = {6, 0, 3, 6, 0},
		[H_REMEMBRANCE] = {11, 11, 0, 0, 0}, [H_BASTILLE] = {7, 14, 0, 0, 0},
		[H_CANADA] = {7, 1, 0, 0, 0}, [H_AUSTRALIA] = {1, 26, 0, 0, 0}, [H_ANZAC] = {4, 25, 0, 0, 0},
		[H_PATRICK] = {3, 17, 0, 0, 0}, [H_KING] = {1, 0, 3, 0, 0}, [H_JUNETEENTH] = {6, 19, 0, 0, 0},
	};
	int32_t		d;

	if (h <= H_NONE || h > H_LAST)
		h = H_CHRISTMAS;
	if (rule[h].month == 0)
		return cp_easter_days(y) + rule[h].nth;
	if (rule[h].day)
		return cp_date_to_days(y, rule[h].month, rule[h].day);
	if (rule[h].nth < 0)
	{
		/* the last such weekday: back from the last day of the month */
		d = cp_date_to_days(y, rule[h].month, cp_days_in_month(y, rule[h].month));
		return weekday_on_or_before(d, rule[h].wday);
	}
	d = cp_date_to_days(y, rule[h].month, 1);
	return weekday_on_or_after(d, rule[h].wday) + 7 * (rule[h].nth - 1) + rule[h].after;
}

/* Monday of ISO week 1 of a year: the week with January 4th. */
int32_t
cp_dt_iso_week1(int y)
{
	return week_start(cp_date_to_days(y, 1, 4));
}

/* Monday of week n (1-based, or -1 for the last) of [lo, hi): weeks counted by their Thursday. */
int32_t
cp_dt_nth_week(int32_t lo, int32_t hi, int n)
{
	int32_t		first = week_start(weekday_on_or_after(lo, 3));
	int32_t		last = week_start(weekday_on_or_before(hi - 1, 3));

	return n < 0 ? last : first + 7 * (n - 1);
}

/*
 * Give v the year y it did not state; a part of it ("the end of March")
 * is taken of the whole in that year, not in the year first guessed.
 */
static bool
take_year(const ctx *c, dval *v, int y)
{
	v->year = y;
	if (!cp_dt_finish_md(c, v))
		return false;
	if (v->part != P_ALL)
	{
		v->whole_lo = v->lo;
		v->whole_hi = v->hi;
	}
	return true;
}

/* Join X and Y into [X.lo, Y.lo), lending a stated year across when one side lacks it. */
bool
cp_dt_join_range(const ctx *c, dval *x, dval *y)
{
	if (x->lo_inf || x->hi_inf || y->lo_inf || y->hi_inf)
		return false;
	if (x->part == P_EARLY)
		x->lo = x->whole_lo;
	if (y->part == P_EARLY)
		y->lo = y->whole_lo;
	if (x->month && !x->year && y->year && y->month)
	{
		if (!take_year(c, x, y->year - (x->month > y->month || (x->month == y->month && x->day > y->day))))
			return false;
		x->rel = y->rel;
	}
	else if (y->month && !y->year && x->year && x->month)
	{
		if (!take_year(c, y, x->year + (y->month < x->month || (y->month == x->month && y->day < x->day))))
			return false;
		y->rel = x->rel;
	}
	/* neither states one: Y follows X, in its year or the next ("Jan-Sept", "Oct-Sept") */
	else if (x->month && !x->year && y->month && !y->year && y->lo < x->lo &&
			 !take_year(c, y, cp_days_to_date(x->lo).year +
						(y->month < x->month || (y->month == x->month && y->day < x->day))))
		return false;
	/* "the end of 2007" as an endpoint is the end of 2007, "the middle of March" its midpoint */
	if (x->part == P_LATE)
		x->lo = x->whole_hi;
	else if (x->part == P_MID)
		x->lo = x->whole_lo + (x->whole_hi - x->whole_lo) / 2;
	if (y->part == P_LATE)
		y->lo = y->whole_hi;
	else if (y->part == P_MID)
		y->lo = y->whole_lo + (y->whole_hi - y->whole_lo) / 2;
	/* "from next Monday to Friday": the Friday after */
	if (y->wd && y->lo <= x->lo && x->gran == CP_GRAN_DAY)
		y->lo = weekday_on_or_after(x->lo, y->wd - 1);
	if (y->lo <= x->lo)
		return false;
	x->hi = y->lo;
	x->rel = x->rel || y->rel;
	x->gran = x->gran > y->gran ? x->gran : y->gran;
	return true;
}
