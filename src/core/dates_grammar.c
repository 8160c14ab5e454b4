/*
 * dates_grammar.c: relative dates ("on Saturday", "last week", "two days
 * ago"), with the named periods of dates_periods.c ("Q2", "Christmas"),
 * and parts of periods ("early July", "the end of 2000"): the points that
 * the expressions of dates_ranges.c (ranges, open ranges, arithmetic on an
 * anchor) are built on.
 */
#include "dates_internal.h"

#include <string.h>

int
cp_dt_modifier(int k)
{
	switch (k)
	{
		case K_LAST: return M_LAST;
		case K_NEXT: case K_FOLLOWING: case K_COMING: return M_NEXT;
		case K_THIS: case K_CURRENT: return M_THIS;
		case K_PAST: return M_PAST;
		case K_PREVIOUS: return M_PREV;
		case K_UPCOMING: return M_UPCOMING;
		default: return M_NONE;
	}
}

/* "two days", "3 weeks and 2 days": a sum of counted units; returns end, fills units. */
int
cp_dt_duration(const ctx *c, int i, int *units, int *counts, int *nparts)
{
	int			j = i,
				n = 0;

	for (;;)
	{
		int			cnt,
					k = cp_dt_count(c, j, &cnt);

		if (k < 0 || !unit_kw(kw(c, k)) || cnt > 1000 || n == 4)
			break;
		if (kw(c, k) == K_DECADE && cnt > 100)
			break;
		units[n] = kw(c, k);
		counts[n] = cnt;
		n++;
		j = k + 1;
		if (kw(c, j) == K_AND && cp_dt_count(c, j + 1, &cnt) > 0)
			j++;
		else if (punct(c, j, ',') && cp_dt_count(c, j + 1, &cnt) > 0)
			j++;
		else
			break;
	}
	*nparts = n;
	if (!n)
		return -1;
	/* a trailing "and"/"," that did not lead to another part is not ours */
	while (j > i && (kw(c, j - 1) == K_AND || punct(c, j - 1, ',')))
		j--;
	return j;
}

/* A weekday, possibly with a modifier already read and a date after it. */
static int
p_weekday(const ctx *c, int i, int mod, dval *v)
{
	const atom *a = at(c, i);
	int			j = i + 1,
				day;
	dval		d;

	/* the weekday of a holiday's name that is none ("the Good Friday Agreement") */
	if (a->kind != A_WORD || a->wday < 0 || (kw(c, i - 1) == K_HOLIDAY && at(c, i - 1)->cap))
		return -1;
	if (punct(c, j, '.') && glued(c, j) && a->len < 6)
		j++;
	{
		int			k = j;
		int			e;

		if (punct(c, k, ','))
			k++;
		/* "Monday, July 21, 2014", "Friday 2018-7-6", "friday 5/12", "Monday 21" */
		if (((e = cp_dt_month(c, k, &d)) > 0 || (e = cp_dt_numeric(c, k, &d, true)) > 0) &&
			d.gran == CP_GRAN_DAY)
		{
			*v = d;
			return e;
		}
		if ((e = cp_dt_dayno(c, k, &day, true)) > 0 && c->has_ref &&
			(at(c, e)->kind == A_END || (at(c, e)->kind == A_PUNCT && at(c, e)->ch != '-' &&
										 at(c, e)->ch != '%' && at(c, e)->ch != ':')))
		{
			/* the nearest month where that day falls on that weekday */
			cp_date		r = cp_days_to_date(c->ref);
			int			s;

			for (s = 0; s <= 28; s++)
			{
				int			off = (s % 2) ? (s + 1) / 2 : -(s / 2);
				int			mm = r.year * 12 + r.month - 1 + off;

				if (cp_date_valid(mm / 12, mm % 12 + 1, day) &&
					cp_days_weekday(cp_date_to_days(mm / 12, mm % 12 + 1, day)) == a->wday)
				{
					memset(v, 0, sizeof(*v));
					set_day(v, cp_date_to_days(mm / 12, mm % 12 + 1, day));
					v->rel = true;
					return e;
				}
			}
		}
	}
	/* abbreviations ("Sat", "Sun", "Wed") alone only after a modifier or "on" */
	if (a->len < 6 && mod == M_NONE && kw(c, i - 1) != K_ON)
		return -1;
	if (!a->cap && mod == M_NONE && !cp_dt_temporal_prev(c, i))
		return -1;
	memset(v, 0, sizeof(*v));
	v->rel = true;
	/* "Tuesday of next week", "monday of the following week" */
	if (kw(c, j) == K_OF)
	{
		int			k = j + 1,
					m;

		if (kw(c, k) == K_THE)
			k++;
		m = cp_dt_modifier(kw(c, k));
		if (m != M_NONE && kw(c, k + 1) == K_WEEK)
		{
			int			shiftw = (m == M_NEXT) ? 7 : (m == M_LAST || m == M_PREV || m == M_PAST) ? -7 : 0;

			set_day(v, week_start(c->ref) + shiftw + a->wday);
			return k + 2;
		}
	}
	set_day(v, cp_dt_resolve_weekday(c, a->wday, mod, mod == M_NONE && cp_dt_weekday_future(c, i, j)));
	v->wd = a->wday + 1;
	return j;
}

/* last/next/this/past/previous/coming/... + weekday, unit, month, season, count+unit */
static int
p_modified(const ctx *c, int i, dval *v)
{
	int			mod = cp_dt_modifier(kw(c, i)),
				j = i + 1,
				k,
				e;
	bool		the = kw(c, i - 1) == K_THE;

	if (mod == M_NONE)
		return -1;
	/* "this past Wednesday", "this upcoming Friday", "this coming week" */
	if (mod == M_THIS && (kw(c, j) == K_PAST || kw(c, j) == K_UPCOMING || kw(c, j) == K_COMING))
	{
		mod = kw(c, j) == K_PAST ? M_LAST : M_UPCOMING;
		j++;
	}
	memset(v, 0, sizeof(*v));
	if ((e = p_weekday(c, j, mod, v)) > 0)
		return e;
	k = kw(c, j);
	if (k == K_WEEK || k == K_MONTHU || k == K_YEAR || k == K_QUARTER || k == K_WEEKEND ||
		k == K_DECADE || k == K_FORTNIGHT)
	{
		int			step = (mod == M_THIS) ? 0 : (mod == M_NEXT || mod == M_UPCOMING) ? 1 : -1;
		const atom *u = at(c, j);

		/* plural unit after a modifier without count: "in the last years" */
		if (u->len > 0 && (c->text[u->start + u->len - 1] | 0x20) == 's' && k != K_WEEKEND &&
			k != K_DAY)
			return -1;
		/* "the past week"/"the last week": the seven days to the reference */
		if (the && (mod == M_LAST || mod == M_PAST) && k == K_WEEK)
		{
			set_days(v, c->ref - 6, c->ref + 1, CP_GRAN_WEEK);
			v->rel = true;
			return j + 1;
		}
		cp_dt_unit_value(c, k, 0, step, v);
		v->rel = true;
		/* "next week Monday", "this week Monday" */
		if (k == K_WEEK && at(c, j + 1)->kind == A_WORD && at(c, j + 1)->wday >= 0)
		{
			set_day(v, v->lo + at(c, j + 1)->wday);
			return j + 2;
		}
		return j + 1;
	}
	if (k == K_SEASON)
	{
		int			step = (mod == M_THIS) ? 0 : (mod == M_NEXT || mod == M_UPCOMING) ? 1 : -1;

		cp_dt_unit_value(c, K_SEASON, at(c, j)->val, step, v);
		v->rel = true;
		return j + 1;
	}
	if (month_word(c, j) && at(c, j)->wday < 0 && at(c, j)->len >= 3 &&
		!(((at(c, j)->len == 3 && at(c, j)->month == 5) || (at(c, j)->len == 5 && at(c, j)->month == 3)) &&
		  !at(c, j)->cap))
	{
		/* "this September", "last May", "next July"; in lower case "may" and "march" are words ("this march") */
		cp_date		r = cp_days_to_date(c->ref);
		int			m = at(c, j)->month,
					y = r.year;

		if (mod == M_LAST || mod == M_PAST || mod == M_PREV)
			y = m < r.month ? r.year : r.year - 1;
		else if (mod == M_NEXT || mod == M_UPCOMING)
			y = m > r.month ? r.year : r.year + 1;
		memset(v, 0, sizeof(*v));
		v->month = m;
		v->year = y;
		/* "next March 22", "last June 5th": the day of that month */
		{
			int			day,
						e2 = cp_dt_dayno(c, j + 1, &day, true);

			if (e2 > 0 && cp_date_valid(y, m, day) && !punct(c, e2, ':') && !punct(c, e2, '%') &&
				!unit_kw(kw(c, e2)))
			{
				v->day = day;
				j = e2 - 1;
			}
		}
		cp_dt_finish_md(c, v);
		v->rel = true;
		return j + 1;
	}
	/*
	 * "last 3 months", "next two days", "previous three quarters", "the next
	 * six months"; not the verb ("expected to last two weeks")
	 */
	if (!cp_dt_verb_last(c, i))
	{
		int			cnt,
					ce = cp_dt_count(c, j, &cnt),
					u;

		if (ce > 0 && at(c, j)->kw != K_A && (u = unit_kw(kw(c, ce))) != 0 && cnt > 0 && cnt <= 1000)
		{
			v->rel = true;
			v->gran = (u == K_DAY) ? CP_GRAN_DAY : (u == K_WEEK || u == K_FORTNIGHT) ? CP_GRAN_WEEK :
				(u == K_MONTHU || u == K_QUARTER) ? CP_GRAN_MONTH : CP_GRAN_YEAR;
			if (u == K_QUARTER || u == K_DECADE)
			{
				/* whole calendar quarters and decades */
				dval		cur;

				cp_dt_unit_value(c, u, 0, 0, &cur);
				if (mod == M_NEXT || mod == M_UPCOMING)
					v->lo = cp_dt_shift(cur.lo, u, 1), v->hi = cp_dt_shift(cur.lo, u, 1 + cnt);
				else
					v->lo = cp_dt_shift(cur.lo, u, -cnt), v->hi = cur.lo;
			}
			else if (mod == M_NEXT || mod == M_UPCOMING)
				v->lo = c->ref + 1, v->hi = cp_dt_shift(c->ref + 1, u, cnt);
			else
				v->lo = cp_dt_shift(c->ref, u, -cnt), v->hi = c->ref;
			return ce + 1;
		}
	}
	return -1;
}

/* today, tonight, yesterday, tomorrow; "two days ago"; "3 weeks from now" */
static int
p_relative(const ctx *c, int i, dval *v)
{
	int			k = kw(c, i),
				units[4],
				counts[4],
				np,
				e,
				p;

	memset(v, 0, sizeof(*v));
	if (k == K_TODAY || k == K_TONIGHT || k == K_YESTERDAY || k == K_TOMORROW)
	{
		v->rel = true;
		set_day(v, c->ref + (k == K_YESTERDAY ? -1 : k == K_TOMORROW ? 1 : 0));
		return i + 1;
	}
	{
		int			cnt,
					ce = cp_dt_count(c, i, &cnt),
					m = cp_dt_modifier(kw(c, ce)),
					u = unit_kw(kw(c, ce + 1));

		if (ce > 0 && m != M_NONE && m != M_THIS && u && u != K_QUARTER && u != K_DECADE &&
			cnt > 1 && kw(c, i) != K_A &&
			(c->text[at(c, ce + 1)->start + at(c, ce + 1)->len - 1] | 0x20) == 's')
		{
			v->rel = true;
			v->gran = (u == K_DAY) ? CP_GRAN_DAY : (u == K_WEEK || u == K_FORTNIGHT) ? CP_GRAN_WEEK :
				u == K_MONTHU ? CP_GRAN_MONTH : CP_GRAN_YEAR;
			if (m == M_NEXT || m == M_UPCOMING)
				v->lo = c->ref + 1, v->hi = cp_dt_shift(c->ref + 1, u, cnt);
			else
				v->lo = cp_dt_shift(c->ref, u, -cnt), v->hi = c->ref;
			return ce + 2;
		}
	}
	e = cp_dt_duration(c, i, units, counts, &np);
	if (e < 0)
		return -1;
	/* "2 weeks starting May 20th" */
	if (kw(c, e) == K_STARTING && np == 1)
	{
		int			k = e + 1,
					e2;
		dval		x;

		if (kw(c, k) == K_ON || kw(c, k) == K_FROM)
			k++;
		if ((e2 = cp_dt_simple_point(c, k, &x)) > 0 && !x.lo_inf && !x.hi_inf)
		{
			*v = x;
			v->hi = cp_dt_shift(x.lo, units[0], counts[0]);
			return e2;
		}
	}
	if (kw(c, e) == K_AGO)
	{
		int32_t		d = c->ref;

		for (p = 0; p < np; p++)
			d = cp_dt_shift(d, units[p], -counts[p]);
		v->rel = true;
		set_day(v, d);
		return e + 1;
	}
	if ((kw(c, e) == K_FROM || kw(c, e) == K_AFTER || kw(c, e) == K_BEFORE) &&
		(kw(c, e + 1) == K_TODAY || kw(c, e + 1) == K_TOMORROW || kw(c, e + 1) == K_FROMNOW ||
		 kw(c, e + 1) == K_YESTERDAY))
	{
		int32_t		d = c->ref + (kw(c, e + 1) == K_TOMORROW ? 1 : kw(c, e + 1) == K_YESTERDAY ? -1 : 0);
		int			sign = kw(c, e) == K_BEFORE ? -1 : 1;

		for (p = 0; p < np; p++)
			d = cp_dt_shift(d, units[p], sign * counts[p]);
		v->rel = true;
		set_day(v, d);
		return e + 2;
	}
	/* "in three weeks' time", "in a year's time": that far ahead, whatever the tense */
	if (kw(c, i - 1) == K_IN && np == 1 && punct(c, e, '\'') && glued(c, e))
	{
		int			k = e + 1 + (kw(c, e + 1) == K_S && glued(c, e + 1));

		if (cp_dt_word_is(c, k, "time"))
		{
			v->rel = true;
			set_day(v, cp_dt_shift(c->ref, units[0], counts[0]));
			return k + 1;
		}
	}
	/* "in two days", "in a week": a future day, when the sentence speaks of the future */
	if (kw(c, i - 1) == K_IN && np == 1 && (units[0] == K_DAY || units[0] == K_WEEK) &&
		cp_dt_future_before(c, i))
	{
		v->rel = true;
		set_day(v, cp_dt_shift(c->ref, units[0], counts[0]));
		return e;
	}
	return -1;
}

/* Atom i is the word w (lower case). */
bool
cp_dt_word_is(const ctx *c, int i, const char *w)
{
	const atom *a = at(c, i);

	return a->kind == A_WORD && a->len == strlen(w) && strncasecmp(c->text + a->start, w, a->len) == 0;
}

/* Atom i is one of the words (lower case) of the NULL-terminated list ws. */
bool
cp_dt_word_among(const ctx *c, int i, const char *const *ws)
{
	for (; *ws; ws++)
		if (cp_dt_word_is(c, i, *ws))
			return true;
	return false;
}

bool
cp_dt_verb_last(const ctx *c, int i)
{
	static const char *const modals[] = {"would", "could", "can", "may", "might", "should", "must", NULL};

	return kw(c, i) == K_LAST && (kw(c, i - 1) == K_TO || kw(c, i - 1) == K_FUT || kw(c, i - 1) == K_LL ||
								  cp_dt_word_among(c, i - 1, modals));
}

/* "the last four months of 2021", "first ten days of last year" */
static int
p_first_last(const ctx *c, int i, dval *v)
{
	int			j = i,
				first,
				cnt,
				u,
				e;
	dval		p;

	if (kw(c, j) == K_THE)
		j++;
	if (kw(c, j) == K_ORDW && at(c, j)->val == 1)
		first = 1;
	else if (kw(c, j) == K_LAST)
		first = 0;
	else
		return -1;
	if ((j = cp_dt_count(c, j + 1, &cnt)) < 0 || kw(c, j - 1) == K_A || !(u = unit_kw(kw(c, j))) ||
		kw(c, j + 1) != K_OF || cnt < 1)
		return -1;
	if (is_year4(at(c, j + 2)) && !cp_dt_tail_glued(c, j + 3))
	{
		memset(&p, 0, sizeof(p));
		cp_dt_set_year(&p, at(c, j + 2)->val);
		e = j + 3;
	}
	else if ((e = cp_dt_simple_point(c, j + 2, &p)) < 0 || p.lo_inf || p.hi_inf || p.gran == CP_GRAN_DAY)
		return -1;
	*v = p;
	if (first)
		v->hi = cp_dt_shift(p.lo, u, cnt);
	else
		v->lo = cp_dt_shift(p.hi, u, -cnt);
	if (v->lo < p.lo || v->hi > p.hi)
		return -1;
	v->gran = u == K_DAY ? CP_GRAN_DAY : u == K_WEEK ? CP_GRAN_WEEK : u == K_MONTHU ? CP_GRAN_MONTH : p.gran;
	return e;
}

/*
 * A day or a month counted into a period: "the 10th day of last month",
 * "the third day of March 2020", "the thirty-first day of the month", "the
 * third month of 2021", "the 9th month of next year", "the 21st of next
 * month", "the 3rd this month".
 */
static int
p_nth_in(const ctx *c, int i, dval *v)
{
	int			n,
				j = cp_dt_dayno(c, i, &n, true),
				e,
				k,
				u;
	dval		p;

	if (j < 0)
		return -1;
	if (kw(c, j + 1) == K_OF && day_word(c, j))
		u = K_MONTHU, k = j + 2;	/* the period a day is counted into */
	else if (kw(c, j + 1) == K_OF && kw(c, j) == K_MONTHU && at(c, j)->len == 5 && n <= 12)
		u = K_YEAR, k = j + 2;
	else if ((kw(c, j - 1) == K_SUFFIX || (kw(c, j - 1) == K_ORDW && kw(c, j) == K_OF)) &&
			 cp_dt_modifier(kw(c, k = j + (kw(c, j) == K_OF))) != M_NONE &&
			 kw(c, k + 1) == K_MONTHU && at(c, k + 1)->len == 5)
	{
		/*
		 * a day of a month named by its modifier: "the 3rd of next month",
		 * "the first of next month", "the 21st this month" (not "the second
		 * last month", the one before the last)
		 */
		u = K_MONTHU;
	}
	else
		return -1;
	memset(&p, 0, sizeof(p));
	if (kw(c, k) == K_THE && kw(c, k + 1) == u && at(c, k + 1)->len == (u == K_YEAR ? 4 : 5))
	{
		/* "of the month", "of the year": the reference's */
		cp_dt_unit_value(c, u, 0, 0, &p);
		p.rel = true;
		e = k + 2;
	}
	else if ((e = cp_dt_simple_point(c, k, &p)) < 0 || p.lo_inf || p.hi_inf ||
			 (u == K_MONTHU ? p.gran != CP_GRAN_MONTH : p.gran != CP_GRAN_YEAR || p.hi - p.lo > 366))
		return -1;
	if (u == K_MONTHU && p.lo + n > p.hi)
		return -1;
	*v = p;
	if (u == K_MONTHU)
		set_day(v, p.lo + n - 1), v->day = n;
	else
		cp_dt_set_month(v, cp_days_to_date(p.lo).year, n), v->month = n;
	return e;
}

/*
 * "on the 15th", "on the twenty-first": a day without its month, the
 * nearest such day to the reference, a future one counting double (as for
 * a month without its year).  Not before a word ("on the 15th floor").
 */
static int
p_day_alone(const ctx *c, int i, dval *v)
{
	int			day,
				e = cp_dt_dayno(c, i, &day, true),
				best = -1;
	cp_date		r = cp_days_to_date(c->ref);

	if (e < 0 || kw(c, i - 1) != K_ON || (kw(c, e - 1) != K_SUFFIX && kw(c, e - 1) != K_ORDW) ||
		!(at(c, e)->kind == A_END || (at(c, e)->kind == A_PUNCT && at(c, e)->ch != '-' &&
									  at(c, e)->ch != '%' && at(c, e)->ch != '/')))
		return -1;
	memset(v, 0, sizeof(*v));
	for (int k = -1; k <= 1; k++)
	{
		int			mm = r.year * 12 + r.month - 1 + k;
		int32_t		d,
					dist;

		if (!cp_date_valid(mm / 12, mm % 12 + 1, day))
			continue;
		d = cp_date_to_days(mm / 12, mm % 12 + 1, day);
		dist = d >= c->ref ? 2 * (d - c->ref) : c->ref - d;
		if (best < 0 || dist < best)
			best = dist, set_day(v, d);
	}
	if (best < 0)
		return -1;
	v->day = day;
	v->rel = true;
	return e;
}

/*
 * The nth weekday of a month: "the second Sunday of May", "the first
 * Monday of next month", "the last Friday of February", "the third Tuesday
 * in April 2022".
 */
static int
p_nth_weekday(const ctx *c, int i, dval *v)
{
	int			j = kw(c, i) == K_THE ? i + 1 : i,
				n,
				w,
				e;
	int32_t		d;
	dval		p;

	if (kw(c, j) == K_ORDW && at(c, j)->val <= 5)
		n = at(c, j)->val, j++;
	else if (at(c, j)->kind == A_NUM && at(c, j)->ndig == 1 && kw(c, j + 1) == K_SUFFIX && glued(c, j + 1))
		n = at(c, j)->val, j += 2;
	else if (kw(c, j) == K_LAST)
		n = -1, j++;
	else
		return -1;
	if (at(c, j)->kind != A_WORD || at(c, j)->wday < 0 || at(c, j)->month ||
		(kw(c, j + 1) != K_OF && kw(c, j + 1) != K_IN))
		return -1;
	w = at(c, j)->wday;
	if ((e = cp_dt_simple_point(c, j + 2, &p)) < 0 || p.lo_inf || p.hi_inf || p.gran != CP_GRAN_MONTH ||
		p.hi - p.lo > 31 || n == 0)
		return -1;
	if (n > 0)
		d = weekday_on_or_after(p.lo, w) + 7 * (n - 1);
	else
		d = weekday_on_or_before(p.hi - 1, w);
	if (d >= p.hi)
		return -1;
	memset(v, 0, sizeof(*v));
	set_day(v, d);
	v->rel = p.rel;
	return e;
}

/* The period u of the reference from its start to the reference; e, the atom after the phrase. */
static int
p_to_date_value(const ctx *c, int u, dval *v, int e)
{
	memset(v, 0, sizeof(*v));
	cp_dt_unit_value(c, u, 0, 0, v);
	v->hi = c->ref;
	v->rel = true;
	return v->hi > v->lo ? e : -1;
}

/* A unit's keyword at atom i written in the plural ("weeks", "years"). */
static bool
plural_unit(const ctx *c, int i)
{
	const atom *a = at(c, i);

	return (c->text[a->start + a->len - 1] | 0x20) == 's';
}

/*
 * "year to date", "the month to date", "quarter-to-date", "week to date":
 * from the start of the reference's period to the reference.
 */
static int
p_to_date(const ctx *c, int i, dval *v)
{
	int			u = kw(c, i),
				j = i + 1;

	if ((u != K_WEEK && u != K_MONTHU && u != K_QUARTER && u != K_YEAR) || plural_unit(c, i))
		return -1;
	if (punct(c, j, '-') && glued(c, j) && kw(c, j + 1) == K_TO && glued(c, j + 1) && punct(c, j + 2, '-'))
		return kw(c, j + 3) == K_DATE && glued(c, j + 3) ? p_to_date_value(c, u, v, j + 4) : -1;
	return kw(c, j) == K_TO && kw(c, j + 1) == K_DATE ? p_to_date_value(c, u, v, j + 2) : -1;
}

/* Atom i a unit or day that may lie next to a day: "day", "week", "weekend", a weekday. */
static bool
next_to_day(const ctx *c, int i)
{
	const atom *a = at(c, i);

	return day_word(c, i) || (kw(c, i) == K_WEEK && a->len == 4) || (kw(c, i) == K_WEEKEND && a->len == 7) ||
		(a->wday >= 0 && a->month == 0 && a->cap);
}

/*
 * The day, week or weekend of atom i (next_to_day) right after the day v,
 * or right before it, into v: "the Monday after Thanksgiving" is the first
 * Monday after it, "the week after Easter" the week after its week.
 */
static void
day_next_to(const ctx *c, int i, bool after, dval *v)
{
	int32_t		d = v->lo,
				ws = week_start(d);
	const atom *a = at(c, i);

	if (day_word(c, i))
		set_day(v, d + (after ? 1 : -1));
	else if (kw(c, i) == K_WEEK)
		set_days(v, ws + (after ? 7 : -7), ws + (after ? 14 : 0), CP_GRAN_WEEK);
	else
	{
		/* the first such weekday (Saturday of a weekend) strictly after, or before, the day */
		int			w = a->wday >= 0 ? a->wday : 5;
		int32_t		x = after ? weekday_on_or_after(d + 1, w) : weekday_on_or_before(d - 1, w);

		if (kw(c, i) == K_WEEKEND)
			set_days(v, x, x + 2, CP_GRAN_WEEK);
		else
			set_day(v, x);
	}
	v->wd = v->day = 0;
}

/* A simple point: absolute forms first, then relative ones. */
int
cp_dt_simple_point(const ctx *c, int i, dval *v)
{
	const atom *a = at(c, i);
	int			e;

	if (a->kind == A_NUM)
	{
		bool		dm = kw(c, i - 1) == K_ON || at(c, i - 1)->wday >= 0 ||
			(punct(c, i + 1, '/') && cp_dt_temporal_prev(c, i));

		if ((e = cp_dt_quarter(c, i, v)) > 0 || (e = cp_dt_week(c, i, v)) > 0 ||
			(e = cp_dt_year_part(c, i, v)) > 0 ||
			(kw(c, i + 1) == K_SUFFIX && ((e = p_nth_in(c, i, v)) > 0 || (e = cp_dt_century(c, i, v)) > 0 ||
										  (e = p_nth_weekday(c, i, v)) > 0)))
			return e;
		if ((e = cp_dt_numeric(c, i, v, dm)) > 0)
			return e;
		return p_relative(c, i, v);
	}
	if (a->kind != A_WORD)
		return -1;
	if ((e = p_to_date(c, i, v)) > 0)
		return e;
	if (a->wday >= 0 && a->month == 0)
		return p_weekday(c, i, M_NONE, v);
	if (a->month > 0 && ((e = cp_dt_month_quarter(c, i, v)) > 0 || (e = cp_dt_month(c, i, v)) > 0))
		return e;
	switch (a->kw)
	{
		case K_NUMW:
			/* "in nineteen ninety-six", "by two thousand and twelve" */
			memset(v, 0, sizeof(*v));
			if ((e = cp_dt_spoken_year(c, i, &v->year, false)) > 0)
			{
				cp_dt_set_year(v, v->year);
				return e;
			}
			if (at(c, i)->val >= 10 && (e = cp_dt_daymonth(c, i, v)) > 0)
				return e;		/* "twenty five January" */
			if (punct(c, i + 1, '-') && (e = cp_dt_century(c, i, v)) > 0)
				return e;		/* "twenty-first century" */
			/* FALLTHROUGH */
		case K_TODAY: case K_TONIGHT: case K_YESTERDAY: case K_TOMORROW:
		case K_A:
			return p_relative(c, i, v);
		case K_LAST:
			if ((e = cp_dt_week(c, i, v)) > 0 || (e = p_first_last(c, i, v)) > 0 ||
				(e = cp_dt_quarter(c, i, v)) > 0 || (e = p_nth_weekday(c, i, v)) > 0)
				return e;
			/* FALLTHROUGH */
		case K_NEXT: case K_THIS: case K_PAST: case K_PREVIOUS: case K_COMING:
		case K_UPCOMING: case K_FOLLOWING: case K_CURRENT:
			/* "the current April-June quarter", "this December quarter": the one ending this year */
			if ((a->kw == K_THIS || a->kw == K_CURRENT) && (e = cp_dt_month_quarter(c, i + 1, v)) > 0)
			{
				int			dy = ref_year(c) - cp_days_to_date(v->hi - 1).year;

				if (!v->year)
				{
					v->lo = cp_days_add_months(v->lo, 12 * dy);
					v->hi = cp_days_add_months(v->hi, 12 * dy);
				}
				return e;
			}
			if ((e = p_modified(c, i, v)) > 0)
				return e;
			if (kw(c, i + 1) == K_HOLIDAY)
				return cp_dt_holiday(c, i + 1, v);
			return -1;
		case K_Q:
			return cp_dt_quarter(c, i, v);
		case K_FY:
			return cp_dt_fiscal_year(c, i, v);
		case K_SUFFIX:
			/* "St. Patrick's Day" */
			e = i + 1 + punct(c, i + 1, '.');
			if (!a->cap || a->len != 2 || kw(c, e) != K_HOLIDAY || at(c, e)->val != H_PATRICK ||
				cp_dt_word_is(c, e, "saint"))
				return -1;
			return cp_dt_holiday(c, e, v);
		case K_DECADEW:
			return cp_dt_decade_word(c, i, v);
		case K_ORDW:
			if ((e = cp_dt_quarter(c, i, v)) > 0 || (e = cp_dt_week(c, i, v)) > 0 ||
				(e = p_first_last(c, i, v)) > 0 || (e = cp_dt_half(c, i, v)) > 0 ||
				(e = p_nth_in(c, i, v)) > 0 || (e = cp_dt_century(c, i, v)) > 0 ||
				(e = p_nth_weekday(c, i, v)) > 0)
				return e;
			return cp_dt_daymonth(c, i, v);
		case K_HALF:
			return cp_dt_half(c, i, v);
		case K_THE:
			if ((e = cp_dt_week(c, i, v)) > 0 || (e = p_first_last(c, i, v)) > 0 ||
				(e = p_nth_weekday(c, i, v)) > 0 || (e = cp_dt_decade_word(c, i, v)) > 0)
				return e;
			if (kw(c, i + 1) == K_YEAR && kw(c, i + 2) != K_AFTER && kw(c, i + 2) != K_BEFORE)
				return cp_dt_simple_point(c, i + 1, v);
			if (cp_dt_word_is(c, i + 1, "latter"))
				return cp_dt_half(c, i, v);
			if (at(c, i + 1)->kind == A_NUM || kw(c, i + 1) == K_ORDW ||
				(kw(c, i + 1) == K_NUMW && punct(c, i + 2, '-')))	/* "the thirty-first" */
			{
				if ((e = cp_dt_half(c, i, v)) > 0 || (e = p_nth_in(c, i, v)) > 0 ||
					(e = cp_dt_century(c, i, v)) > 0 || (e = cp_dt_daymonth(c, i, v)) > 0)
					return e;
				return p_day_alone(c, i, v);
			}
			/* "the week after next", "the month before last", "the year after next" */
			if ((kw(c, i + 1) == K_WEEK || kw(c, i + 1) == K_MONTHU || kw(c, i + 1) == K_YEAR) &&
				!plural_unit(c, i + 1) &&
				((kw(c, i + 2) == K_AFTER && kw(c, i + 3) == K_NEXT) ||
				 (kw(c, i + 2) == K_BEFORE && kw(c, i + 3) == K_LAST)))
			{
				memset(v, 0, sizeof(*v));
				cp_dt_unit_value(c, kw(c, i + 1), 0, kw(c, i + 2) == K_AFTER ? 2 : -2, v);
				v->rel = true;
				return i + 4;
			}
			/*
			 * "the day after tomorrow", "the day before last Tuesday('s hearing)",
			 * "the Monday after Thanksgiving", "the week after Easter", "the
			 * weekend before Christmas": a day or week next to a day
			 */
			if ((kw(c, i + 2) == K_AFTER || kw(c, i + 2) == K_BEFORE) && next_to_day(c, i + 1) &&
				(e = cp_dt_simple_point(c, i + 3, v)) > 0 && !v->lo_inf && !v->hi_inf && v->hi - v->lo == 1)
			{
				day_next_to(c, i + 1, kw(c, i + 2) == K_AFTER, v);
				return e;
			}
			/* "the weekend": the last one before the reference, the next in a sentence about the future */
			if (kw(c, i + 1) == K_WEEKEND)
			{
				int32_t		sat = week_start(c->ref) + 5;

				memset(v, 0, sizeof(*v));
				if (sat > c->ref && !cp_dt_future_before(c, i))
					sat -= 7;
				set_days(v, sat, sat + 2, CP_GRAN_WEEK);
				v->rel = true;
				return i + 2;
			}
			return -1;
		case K_WEEK:
			return cp_dt_week(c, i, v);
		case K_DATE:
			/* "to date", "till date": today, but not "up to date" */
			if ((kw(c, i - 1) == K_TO || kw(c, i - 1) == K_TILL) && kw(c, i - 2) != K_UP &&
				!glued(c, i) && at(c, i + 1)->kind != A_NUM)
			{
				memset(v, 0, sizeof(*v));
				set_day(v, c->ref);
				v->rel = true;
				return i + 1;
			}
			return -1;
		case K_SEASON:
			return cp_dt_season(c, i, v);
		case K_HOLIDAY:
			/* "Easter week", "Christmas week": the week that holds the day */
			if ((e = cp_dt_holiday(c, i, v)) > 0 && v->gran == CP_GRAN_DAY && kw(c, e) == K_WEEK &&
				at(c, e)->len == 4 && !glued(c, e))
			{
				set_days(v, week_start(v->lo), week_start(v->lo) + 7, CP_GRAN_WEEK);
				return e + 1;
			}
			/* "Thanksgiving weekend": the weekend of its week; a Monday's ("Memorial Day weekend") before it */
			if (e > 0 && v->gran == CP_GRAN_DAY && kw(c, e) == K_WEEKEND && !glued(c, e))
			{
				int32_t		sat = week_start(v->lo) + (cp_days_weekday(v->lo) == 0 ? -2 : 5);

				set_days(v, sat, sat + 2, CP_GRAN_WEEK);
				return e + 1;
			}
			return e;
		case K_YEAR:
			/* "year 2012", "the year 2011", "the year two thousand" */
			memset(v, 0, sizeof(*v));
			if ((is_year4(at(c, i + 1)) && !cp_dt_tail_glued(c, i + 2)) ||
				(e = cp_dt_spoken_year(c, i + 1, &v->year, false)) > 0)
			{
				if (!v->year)
					v->year = at(c, i + 1)->val, e = i + 2;
				cp_dt_set_year(v, v->year);
				return e;
			}
			return -1;
	}
	return -1;
}

/*
 * Atom i a unit that "the" or "this" names the current one of after a
 * part: "the end of the month", "earlier this decade", "by the middle of
 * the century"; not the start of an adjective ("the end of the year-long
 * strike").
 */
static bool
current_period(const ctx *c, int i)
{
	int			k = kw(c, i);

	return (k == K_WEEK || k == K_MONTHU || k == K_YEAR || k == K_DECADE || k == K_CENTURY) &&
		!(punct(c, i + 1, '-') && glued(c, i + 1));
}

/*
 * A point with an optional part: "early July", "mid-2014", "late last year",
 * "the end of 2000", "the beginning of March", "earlier this year",
 * "later this week".
 */
int
cp_dt_point(const ctx *c, int i, dval *v)
{
	int			k,
				part = P_ALL,
				j,
				e;

	if (kw(c, i) == K_THE && (kw(c, i + 1) == K_END || kw(c, i + 1) == K_BEGINNING ||
							  kw(c, i + 1) == K_START || kw(c, i + 1) == K_MIDDLE))
		i++;
	k = kw(c, i);
	j = i + 1;
	switch (k)
	{
		case K_EARLY: part = P_EARLY; break;
		case K_MID: part = P_MID; break;
		case K_LATE: part = P_LATE; break;
		case K_EARLIER: part = P_EARLIER; break;
		case K_LATER: part = P_LATER; break;
		case K_END: case K_BEGINNING: case K_START: case K_MIDDLE:
			part = k == K_END ? P_LATE : k == K_MIDDLE ? P_MID : P_EARLY;
			if (kw(c, j) == K_OF)
				j++;
			/*
			 * wire copy's "end-January", "end-1986": the dash joins "end" to a
			 * month or year as "of" would (read below); not "end-year bonuses"
			 */
			else if (!(k == K_END && kw(c, i - 1) != K_THE && punct(c, j, '-') && glued(c, j) && glued(c, j + 1) &&
					   (at(c, j + 1)->month > 0 || is_year4(at(c, j + 1)))))
				return -1;
			break;
		default:
			return cp_dt_simple_point(c, i, v);
	}
	if (punct(c, j, '-') && glued(c, j))
		j++;
	if (part == P_EARLIER || part == P_LATER)
	{
		int			m;

		if (kw(c, j) == K_IN && kw(c, j + 1) == K_THE)
			j++;				/* "earlier in the year" */
		m = kw(c, j) == K_THE ? M_THIS : cp_dt_modifier(kw(c, j));
		if (m == M_NONE || m == M_PAST || m == M_UPCOMING)
			return -1;
		if (!current_period(c, j + 1))
			return -1;
		memset(v, 0, sizeof(*v));
		/* "earlier this week", "later last month", "earlier previous week" */
		cp_dt_unit_value(c, kw(c, j + 1), 0, m == M_THIS ? 0 : m == M_NEXT ? 1 : -1, v);
		v->rel = true;
		v->whole_lo = v->lo;	/* TIMEX3 values the whole period */
		v->whole_hi = v->hi;
		v->part = part;
		cp_dt_apply_part(c, v, part);
		return j + 2;
	}
	/* "the end of the year/month/week/decade/century": the current one */
	if (kw(c, j) == K_THE && current_period(c, j + 1) && !is_year4(at(c, j + 2)))
	{
		memset(v, 0, sizeof(*v));
		cp_dt_unit_value(c, kw(c, j + 1), 0, 0, v);
		v->rel = true;
		e = j + 2;
	}
	else if ((kw(c, j) == K_YEAR || kw(c, j) == K_MONTHU || kw(c, j) == K_WEEK) &&
			 (k == K_END || k == K_BEGINNING || k == K_START))
	{
		memset(v, 0, sizeof(*v));
		cp_dt_unit_value(c, kw(c, j), 0, 0, v);
		v->rel = true;
		e = j + 1;
	}
	else if (is_year4(at(c, j)) && !cp_dt_tail_glued(c, j + 1) &&
			 !(kw(c, j + 1) == K_S && glued(c, j + 1)))
	{
		memset(v, 0, sizeof(*v));
		v->year = at(c, j)->val;
		cp_dt_set_year(v, v->year);
		e = j + 1;
	}
	else if ((e = cp_dt_simple_point(c, j, v)) < 0)
		return -1;
	if (v->gran == CP_GRAN_DAY)
		return -1;				/* "late Monday" is a time of day */
	v->whole_lo = v->lo;
	v->whole_hi = v->hi;
	v->part = part;
	cp_dt_apply_part(c, v, part);
	return e;
}
