/*
 * dates_ranges.c: the expressions built on a date (dates_grammar.c):
 * ranges whose ends each carry their own fields and lend the other what it
 * lacks ("from 2012 through June 2016", "3/2-3/9/2021", "between March 3
 * and now"), open ranges ("since X", "after X", "X or later"), arithmetic
 * on an anchor ("four days after Friday"), "within N units"; lists of
 * days in one month ("March 2 and 3").
 */
#include "dates_internal.h"

#include <string.h>

/* A bare day after "November 19-" or before "- 20 June": same month as the other end. */
static int
p_bare_day(const ctx *c, int i, int *day)
{
	int			e = cp_dt_dayno(c, i, day, true);

	if (e < 0 || month_word(c, e) || kw(c, e) == K_OF || punct(c, e, '/') || punct(c, e, ':') ||
		punct(c, e, '%') || (at(c, e)->kind == A_WORD && glued(c, e)) || unit_kw(kw(c, e)) ||
		(punct(c, e, '.') && glued(c, e) && glued(c, e + 1) && at(c, e + 1)->kind == A_NUM))
		return -1;				/* "rose on March 12 to 3.038 billion" */
	return e;
}

/*
 * May a bare second end at atom i before the first's day fall in the next
 * month?  When written as an ordinal after a word ("from April 27 to the
 * third", "to 3rd"), not after a dash ("April 1 - First Chicago") nor as a
 * plain number ("ended March 20 to 16 mln").
 */
static bool
wraps(const ctx *c, int i, int e2)
{
	return !punct(c, i - 1, '-') && (kw(c, i) == K_THE || kw(c, i) == K_ORDW || kw(c, e2 - 1) == K_SUFFIX);
}

/*
 * A year after the bare day that ends a range ("June 5-10, 2022") is the
 * range's: x, the first end, takes it when it has none.  Returns the atom
 * after the year, or e.
 */
static int
lend_year(const ctx *c, int e, dval *x)
{
	dval		t = *x;

	if (x->year || !punct(c, e, ',') || !is_year4(at(c, e + 1)) || cp_dt_tail_glued(c, e + 2))
		return e;
	t.year = at(c, e + 1)->val;
	if (!cp_dt_finish_md(c, &t))
		return e;
	t.rel = false;
	*x = t;
	return e + 2;
}

/* Add the day at atoms [s, e) to list l, above the last one. */
static bool
list_add(cp_dt_list *l, int s, int e, int day)
{
	if (l->n == CP_DT_LIST_MAX || (l->n && day <= l->v[l->n - 1].day))
		return false;
	memset(&l->v[l->n], 0, sizeof(dval));
	l->v[l->n].day = day;
	l->s[l->n] = s;
	l->e[l->n] = e;
	l->n++;
	return true;
}

/*
 * The days of a list after its first, from atom i: ", D" as often as
 * written, then "and", "or" or "&" and the last D, a month after it when
 * month_last ("16 or 17 March").  The atom after the last day, or -1.
 */
static int
list_days(const ctx *c, int i, cp_dt_list *l, bool month_last)
{
	for (;;)
	{
		int			day,
					e;
		bool		last;

		if (punct(c, i, ',') && (kw(c, i + 1) == K_AND || kw(c, i + 1) == K_OR))
			i++;				/* "3, 5, and 7" */
		last = kw(c, i) == K_AND || kw(c, i) == K_OR || punct(c, i, '&');
		if (!last && !punct(c, i, ','))
			return -1;
		e = month_last && last ? cp_dt_dayno(c, i + 1, &day, false) : p_bare_day(c, i + 1, &day);
		if (e < 0 || (month_last && last && !month_word(c, e)) || !list_add(l, i + 1, e, day))
			return -1;
		if (last)
			return e;
		i = e;
	}
}

/*
 * What may follow a phrase that a noun could extend, as a list of days that
 * ends in a bare number: the end of the sentence, punctuation, or a word that
 * starts a phrase of its own ("on March 2 and 3 in Geneva"), not a noun it
 * would count or qualify ("on March 3 and 4 people died").
 */
bool
cp_dt_phrase_ends(const ctx *c, int e)
{
	static const char *const words[] = {"for", "when", "respectively", "as", "with", "while", "but",
	"amid", NULL};
	const atom *a = at(c, e);

	switch (a->kind)
	{
		case A_END:
			return true;
		case A_PUNCT:
			return a->ch != '-' && a->ch != '/' && a->ch != '%' && a->ch != ':';
		case A_WORD:
			switch (a->kw)
			{
				case K_IN: case K_AT: case K_ON: case K_TO: case K_FROM: case K_BEFORE: case K_AFTER:
				case K_DURING: case K_BY: case K_AND: case K_OR: case K_SINCE: case K_THROUGH: case K_TILL:
					return true;
				default:
					return cp_dt_word_among(c, e, words);
			}
		default:
			return false;
	}
}

/*
 * Days listed in one month: "March 2 and 3", "Jan. 3, 5 and 7", "16 or 17
 * March", "14, 20 and 27 April 2019".  Each is a date of its own; all take
 * the month and the year the list states once ("March 9 or 10, 2019"), or
 * the year the tense gives the day that names the month.  The days rise.
 */
int
cp_dt_day_list(const ctx *c, int i, cp_dt_list *l)
{
	dval		v;
	int			e,
				day,
				named;			/* the item that names the month */

	l->n = 0;
	if (month_word(c, i))
	{
		if ((e = cp_dt_month(c, i, &v)) < 0 || !v.day || v.year || !list_add(l, i, e, v.day) ||
			(e = list_days(c, e, l, false)) < 0)
			return -1;
		named = 0;
		e = lend_year(c, e, &v);
		if (!cp_dt_phrase_ends(c, e))
			return -1;
	}
	else
	{
		if (glued(c, i) || (e = p_bare_day(c, i, &day)) < 0 || at(c, i)->kind != A_NUM ||
			!list_add(l, i, e, day) || (e = list_days(c, e, l, true)) < 0)
			return -1;
		named = l->n - 1;
		if ((e = cp_dt_daymonth(c, l->s[named], &v)) < 0)
			return -1;
	}
	l->e[l->n - 1] = e;
	if (!v.year)
		cp_dt_year_by_tense(c, l->s[named], l->e[named], &v);
	for (int k = 0; k < l->n; k++)
	{
		cp_date		d = cp_days_to_date(v.lo);

		day = l->v[k].day;
		if (!cp_date_valid(d.year, d.month, day))
			return -1;
		l->v[k] = v;
		l->v[k].day = day;
		set_day(&l->v[k], cp_date_to_days(d.year, d.month, day));
	}
	return e;
}

/*
 * The day a bare second end names: "June 5-10" the 10th of x's month, "from
 * April 27 to the third" the 3rd of the month after (a day before x's).  -1
 * when there is no such day.
 */
static int32_t
bare_end(const dval *x, int day)
{
	cp_date		d = cp_days_to_date(x->lo);
	int			y = d.year,
				m = d.month;

	if (day <= x->day && ++m > 12)
		m = 1, y++;
	return cp_date_valid(y, m, day) ? cp_date_to_days(y, m, day) : -1;
}

/* "the 1980s": "the" before a decade in digits, which a range's ends may carry */
static bool
the_decade(const ctx *c, int i)
{
	return kw(c, i) == K_THE && at(c, i + 1)->kind == A_NUM && kw(c, i + 2) == K_S && glued(c, i + 2);
}

/* The second end of a range; "from April to June in 2017" lends the year; "now" is the reference. */
static int
p_range_end(const ctx *c, int i, dval *y)
{
	int			e;

	if (kw(c, i - 1) == K_THROUGH && kw(c, i) == K_TO)
		i++;					/* "from May 2019 through to March 2020" */
	if (kw(c, i) == K_FROMNOW && !cp_dt_word_is(c, i + 1, "on"))
	{
		memset(y, 0, sizeof(*y));
		set_day(y, c->ref);
		y->rel = true;
		return i + 1;
	}
	e = cp_dt_point(c, i, y);
	if (e < 0 && (the_decade(c, i) || punct(c, i, '\'')))
		e = cp_dt_point(c, i + 1, y);	/* "to the 1990s", "to '99" */

	if (e > 0 && y->month && !y->year && !y->lo_inf && !y->hi_inf &&
		(kw(c, e) == K_IN || kw(c, e) == K_OF || punct(c, e, ',')) && is_year4(at(c, e + 1)) &&
		!cp_dt_tail_glued(c, e + 2))
	{
		dval		t = *y;

		t.year = at(c, e + 1)->val;
		if (cp_dt_finish_md(c, &t))
		{
			t.rel = false;
			*y = t;
			return e + 2;
		}
	}
	return e;
}

/*
 * The bare day that ends a range after the day x, which ends before atom e:
 * "June 5-10", "Sept. 5 to 20", "from March 1 through 8" (TIMEX3 marks each
 * end, so it is a date of its own: x's month and year, the next month for
 * "from April 27 to the third").  Its atoms are [e + 1, the result), a year
 * it states included ("May 3-4, 1987"); -1 when there is none, or when a
 * word goes on after it ("March 12 to 13 billion").
 */
int
cp_dt_range_day(const ctx *c, int e, const dval *x, dval *y)
{
	int			e2,
				day;
	int32_t		d;

	if (x->gran != CP_GRAN_DAY || !x->day || x->lo_inf || x->hi_inf || !range_word(c, e) ||
		(e2 = p_bare_day(c, e + 1, &day)) < 0 || !(day > x->day || wraps(c, e + 1, e2)) ||
		(at(c, e + 1)->kind == A_NUM && at(c, e + 1)->ndig > 2) || (d = bare_end(x, day)) <= x->lo)
		return -1;
	*y = *x;
	set_day(y, d);
	y->day = day;
	y->month = cp_days_to_date(d).month;
	if (punct(c, e2, ',') && is_year4(at(c, e2 + 1)) && !cp_dt_tail_glued(c, e2 + 2) &&
		at(c, e2 + 1)->val == cp_days_to_date(d).year)
		return e2 + 2;
	return cp_dt_phrase_ends(c, e2) ? e2 : -1;
}

/*
 * The year of a range's second end, for a first end x without one that
 * ends before atom e: "May 5 to June 10, 2019", "June 5-10, 2022" (for
 * TIMEX3, which marks each end alone).  False when the second end states
 * none.
 */
bool
cp_dt_range_year(const ctx *c, int e, dval *x)
{
	dval		y,
				t = *x;
	int			day,
				e2;

	if (!x->month || x->year || !(range_word(c, e) || kw(c, e) == K_AND))
		return false;
	if (cp_dt_point(c, e + 1, &y) > 0 && y.year && y.month && !y.lo_inf && !y.hi_inf)
		t.year = y.year - (x->month > y.month || (x->month == y.month && x->day > y.day));
	else if (x->day && (e2 = p_bare_day(c, e + 1, &day)) > 0 && day > x->day &&
			 lend_year(c, e2, &t) > e2)
		return *x = t, true;
	else
		return false;
	if (!cp_dt_finish_md(c, &t))
		return false;
	t.rel = y.rel;				/* "September and December last year" count from the reference */
	*x = t;
	return true;
}

/*
 * A range of weekdays v (to y) before a week, "from Monday to Wednesday
 * next week": both days in that week.  The atom after the week, or e.
 */
static int
in_week(const ctx *c, int e, const dval *y, dval *v)
{
	dval		w;
	int			e2;

	if (!v->wd || !y->wd || kw(c, e) == K_THE || (e2 = cp_dt_simple_point(c, e, &w)) < 0 || w.lo_inf || w.hi_inf ||
		w.gran != CP_GRAN_WEEK || w.hi - w.lo != 7 || cp_days_weekday(w.lo) != 0 || y->wd <= v->wd)
		return e;
	v->lo = w.lo + v->wd - 1;
	v->hi = w.lo + y->wd - 1;
	v->rel = true;
	return e2;
}

/*
 * A span of years with a two-digit second end: "1987-89", "the 2003-04
 * season", "1986/87" (a slash only between consecutive years, a crop or
 * fiscal year).  A second end that could be a month stays one unless it is
 * the next year ("2005-07" is July 2005, "2003-04" a season); at most ten
 * years ("2015-32" is none).
 */
int
cp_dt_year_span(const ctx *c, int i, int *first, int *second)
{
	const atom *a = at(c, i),
			   *b = at(c, i + 2);
	int			y2;

	if (a->kind != A_NUM || a->ndig != 4 || a->val < 1800 || a->val > 2099 ||
		!(punct(c, i + 1, '-') || punct(c, i + 1, '/')) || !glued(c, i + 1) || !glued(c, i + 2) ||
		b->kind != A_NUM || b->ndig != 2 || cp_dt_tail_glued(c, i + 3) || (glued(c, i) && !punct(c, i - 1, '(')))
		return -1;
	y2 = a->val - a->val % 100 + b->val + (b->val == 0 && a->val % 100 == 99 ? 100 : 0);
	if (y2 <= a->val || y2 > a->val + 10 ||
		(y2 != a->val + 1 && (punct(c, i + 1, '/') || (b->val >= 1 && b->val <= 12))))
		return -1;
	*first = a->val;
	*second = y2;
	return i + 3;
}

/* A span of years at atom i: [first year, second year), as "1987-1989" is. */
static int
p_year_span(const ctx *c, int i, dval *v)
{
	int			y1,
				y2,
				e = cp_dt_year_span(c, i, &y1, &y2);

	if (e < 0)
		return -1;
	memset(v, 0, sizeof(*v));
	set_days(v, cp_date_to_days(y1, 1, 1), cp_date_to_days(y2, 1, 1), CP_GRAN_YEAR);
	v->year = y1;
	return e;
}

/*
 * "2019 onwards", "from May onward", "from 2019 on," : the point v at the
 * atom before e and all after it.  "on" needs punctuation or the sentence
 * end after it ("from 2019 on a contract" is no range).  The atom after it,
 * or e.
 */
static int
onward(const ctx *c, int e, dval *v)
{
	if (v->lo_inf || v->hi_inf ||
		!(cp_dt_word_is(c, e, "onwards") || cp_dt_word_is(c, e, "onward") ||
		  (cp_dt_word_is(c, e, "on") && (at(c, e + 1)->kind == A_PUNCT || at(c, e + 1)->kind == A_END))))
		return e;
	v->hi_inf = true;
	return e + 1;
}

/* "from X to Y", "between X and Y", "from 2014" alone, "from 9 to 12 June". */
static int
p_from_between(const ctx *c, int i, int k, dval *v)
{
	int			j = i + 1,
				e,
				e2,
				day;
	dval		x,
				y;

	if (the_decade(c, j) || (punct(c, j, '\'') && at(c, j + 1)->kind == A_NUM && glued(c, j + 1)))
		j++;					/* "from the 1980s to the 1990s", "from '95 to '99" */
	if ((e = cp_dt_point(c, j, &x)) > 0)
	{
		int			want = k == K_BETWEEN ? K_AND : 0;

		if ((want ? kw(c, e) == want || range_word(c, e) : range_word(c, e)))
		{
			if ((e2 = p_range_end(c, e + 1, &y)) > 0 && cp_dt_join_range(c, &x, &y))
			{
				*v = x;
				return in_week(c, e2, &y, v);
			}
			if (x.gran == CP_GRAN_DAY && x.day && (e2 = p_bare_day(c, e + 1, &day)) > 0 &&
				(day > x.day || wraps(c, e + 1, e2)))
			{
				e2 = lend_year(c, e2, &x);
				if ((x.hi = bare_end(&x, day)) > x.lo)
				{
					*v = x;
					return e2;
				}
			}
		}
		if (k == K_FROM)
		{
			/* "from 2014" alone: the point itself; "from 2014 on" open */
			*v = x;
			return onward(c, e, v);
		}
	}
	if ((e = p_year_span(c, j, &x)) > 0)
	{
		/* "from 1990-95", "between 1985/86 and 1987/88" */
		*v = x;
		if ((k == K_BETWEEN ? kw(c, e) == K_AND : range_word(c, e)) &&
			((e2 = p_year_span(c, e + 1, &y)) > 0 || (e2 = p_range_end(c, e + 1, &y)) > 0) &&
			!y.lo_inf && !y.hi_inf && y.lo > x.lo)
		{
			v->hi = y.lo;
			v->rel = x.rel || y.rel;
			return e2;
		}
		return e;
	}
	/* "from now until June", "from now to 2030": [reference, Y) */
	if (k == K_FROM && kw(c, j) == K_FROMNOW && range_word(c, j + 1) &&
		(e2 = p_range_end(c, j + 2, &y)) > 0)
	{
		memset(&x, 0, sizeof(x));
		set_day(&x, c->ref);
		x.rel = true;
		if (cp_dt_join_range(c, &x, &y))
		{
			*v = x;
			return e2;
		}
	}
	/* "from 9 to 12 June", "between the ninth and the seventeenth of April" */
	if ((e = p_bare_day(c, j, &day)) > 0 &&
		((k == K_BETWEEN && kw(c, e) == K_AND) || range_word(c, e)) &&
		(e2 = cp_dt_point(c, e + 1, &y)) > 0 && y.gran == CP_GRAN_DAY && y.day > day)
	{
		*v = y;
		v->lo = y.lo - (y.day - day);
		v->hi = y.lo;
		return e2;
	}
	return -1;
}

/* "since X" (to the reference when X is past), "after X", "before X". */
static int
p_open_range(const ctx *c, int i, int k, dval *v)
{
	int			e;

	if ((e = cp_dt_point(c, i + 1, v)) < 0)
		return -1;
	if (v->lo_inf || v->hi_inf)
		return -1;
	if (k == K_SINCE && v->month && !v->year && c->has_ref && v->lo > c->ref)
	{
		/* "since October 7" looks back: the last such date */
		dval		t = *v;

		t.year = cp_days_to_date(v->lo).year - 1;
		if (cp_dt_finish_md(c, &t))
			*v = t;
		v->rel = true;
	}
	if (k == K_SINCE && v->wd && c->has_ref && v->lo > c->ref && v->gran == CP_GRAN_DAY)
		set_day(v, v->lo - 7);	/* "touring the region since Saturday": the last one */
	if (k == K_SINCE)
	{
		/* to the reference when X is past, open when X is still to come */
		if (c->has_ref && v->lo <= c->ref)
		{
			v->hi = c->ref + 1;
			v->rel = true;
		}
		else
			v->hi_inf = true;
	}
	else if (k == K_AFTER)
	{
		v->lo = v->hi;
		v->hi_inf = true;
	}
	else
	{
		v->hi = v->lo;
		v->lo_inf = true;
	}
	return e;
}

/*
 * Arithmetic on an anchor: "four days after Friday", "two weeks before
 * Christmas", "three years after 2010": the anchor moved by the sum, at the
 * anchor's granularity.  Not after "for", "during" or "the", nor before a
 * second end, where the count is a span ("for two years after 2008", "the
 * three months after October to December"); "N units from X" is one too
 * ("a period of one year from October 7") but from a weekday ("a week from
 * Monday") and from now or today (p_relative).
 */
static int
p_shifted(const ctx *c, int i, dval *v)
{
	int			units[4],
				counts[4],
				np,
				e,
				k,
				p;
	dval		x;

	/* most atoms here ("a", a number) count no unit: a cheap test first */
	if ((e = cp_dt_count(c, i, &np)) < 0 || !unit_kw(kw(c, e)) || kw(c, i - 1) == K_DURING ||
		kw(c, i - 1) == K_THE || cp_dt_word_is(c, i - 1, "for") || (e = cp_dt_duration(c, i, units, counts, &np)) < 0)
		return -1;
	k = kw(c, e);
	if ((k != K_AFTER && k != K_BEFORE && k != K_FROM) || (e = cp_dt_point(c, e + 1, &x)) < 0 ||
		x.lo_inf || x.hi_inf || range_word(c, e) || (k == K_FROM && !x.wd))
		return -1;
	memset(v, 0, sizeof(*v));
	v->lo = x.lo;
	v->hi = x.hi;
	for (p = 0; p < np; p++)
	{
		v->lo = cp_dt_shift(v->lo, units[p], k == K_BEFORE ? -counts[p] : counts[p]);
		v->hi = cp_dt_shift(v->hi, units[p], k == K_BEFORE ? -counts[p] : counts[p]);
	}
	v->gran = x.gran;
	v->rel = x.rel;
	return e;
}

/*
 * "within nine months", "within two weeks": from the reference to as far
 * ahead; not "within two years of release", counted from an event.
 */
static int
p_within(const ctx *c, int i, dval *v)
{
	int			cnt,
				e = cp_dt_count(c, i, &cnt),
				u;

	if (e < 0 || !(u = unit_kw(kw(c, e))) || !cp_dt_word_is(c, i - 1, "within") || cnt < 1 || cnt > 1000 ||
		kw(c, e + 1) == K_OF || kw(c, e + 1) == K_AFTER || kw(c, e + 1) == K_BEFORE || kw(c, e + 1) == K_FROM)
		return -1;				/* "within two years of release": from an event */
	memset(v, 0, sizeof(*v));
	set_days(v, c->ref, cp_dt_shift(c->ref, u, cnt), u == K_DAY ? CP_GRAN_DAY :
			 (u == K_WEEK || u == K_FORTNIGHT) ? CP_GRAN_WEEK :
			 (u == K_MONTHU || u == K_QUARTER) ? CP_GRAN_MONTH : CP_GRAN_YEAR);
	v->rel = true;
	return e + 1;
}

/*
 * A full expression: ranges ("from X to Y", "between X and Y", "X-Y"),
 * open ranges ("since X", "after X", "before X", "X or later"), arithmetic
 * on an anchor, a weekday in the week of what follows it ("Tuesday three
 * weeks from now", "Friday next week"), "so far this year".
 */
int
cp_dt_expr(const ctx *c, int i, dval *v)
{
	int			k = kw(c, i),
				e,
				e2,
				day,
				bound;
	dval		y;

	if (k == K_FROM || k == K_BETWEEN)
		return p_from_between(c, i, k, v);
	if (k == K_STARTING)
	{
		int			j = i + 1;

		if (kw(c, j) == K_ON || kw(c, j) == K_FROM)
			j++;
		if ((e = cp_dt_point(c, j, v)) < 0 || v->lo_inf || v->hi_inf)
			return -1;
		v->hi_inf = true;
		return e;
	}
	if (k == K_SINCE || k == K_AFTER || k == K_BEFORE)
		return p_open_range(c, i, k, v);
	if (k == K_PREVIOUS && kw(c, i + 1) == K_TO && cp_dt_word_is(c, i, "prior"))
		return p_open_range(c, i + 1, K_BEFORE, v);	/* "prior to 2019" */
	if ((bound = cp_dt_prefix_bound(c, i)) != K_NONE)
		return p_open_range(c, i + 1, bound, v);
	/*
	 * "this century", "last century": a date here, not a point for TIMEX3,
	 * whose development data writes it as the duration P100Y
	 */
	if (kw(c, i + 1) == K_CENTURY && cp_dt_modifier(k) != M_NONE && cp_dt_modifier(k) != M_PAST)
	{
		memset(v, 0, sizeof(*v));
		cp_dt_unit_value(c, K_CENTURY, 0, cp_dt_modifier(k) == M_THIS ? 0 : cp_dt_modifier(k) == M_LAST || cp_dt_modifier(k) == M_PREV ? -1 : 1, v);
		v->rel = true;
		return i + 2;
	}
	/* "the rest of the year", "the remainder of this week": from the reference to the period's end */
	if (k == K_THE && (cp_dt_word_is(c, i + 1, "rest") || cp_dt_word_is(c, i + 1, "remainder")) &&
		kw(c, i + 2) == K_OF && (kw(c, i + 3) == K_THE || kw(c, i + 3) == K_THIS) &&
		(kw(c, i + 4) == K_WEEK || kw(c, i + 4) == K_MONTHU || kw(c, i + 4) == K_YEAR ||
		 kw(c, i + 4) == K_QUARTER) && (c->text[at(c, i + 4)->start + at(c, i + 4)->len - 1] | 0x20) != 's')
	{
		memset(v, 0, sizeof(*v));
		cp_dt_unit_value(c, kw(c, i + 4), 0, 0, v);
		v->lo = c->ref;
		v->rel = true;
		return i + 5;
	}
	if ((e = p_year_span(c, i, v)) > 0)
		return e;
	if ((e = cp_dt_point(c, i, v)) < 0)
	{
		if ((at(c, i)->kind == A_NUM || k == K_A || k == K_NUMW) &&
			((e = p_shifted(c, i, v)) > 0 || (e = p_within(c, i, v)) > 0))
			return e;
		/* "9 to 12 of June", "18 and 19 June" style is left to the parts */
		if ((e = p_bare_day(c, i, &day)) > 0 && range_word(c, e) &&
			(e2 = cp_dt_point(c, e + 1, &y)) > 0 && y.gran == CP_GRAN_DAY && y.day > day &&
			!(at(c, i)->kind == A_NUM && glued(c, i)))
		{
			*v = y;
			v->lo = y.lo - (y.day - day);
			v->hi = y.lo;
			return e2;
		}
		return -1;
	}
	if (v->wd && v->gran == CP_GRAN_DAY &&
		((e2 = cp_dt_point(c, e, &y)) > 0 || (e2 = p_shifted(c, e, &y)) > 0) && !y.lo_inf &&
		!y.hi_inf && y.hi - y.lo <= 7 && week_start(y.lo) == week_start(y.hi - 1))
	{
		set_day(v, week_start(y.lo) + v->wd - 1);
		v->rel = true;
		v->wd = 0;
		return e2;
	}
	/* "so far this year", "this month so far": to the reference */
	if (c->has_ref && v->rel && v->lo <= c->ref && c->ref < v->hi && v->gran != CP_GRAN_DAY &&
		((cp_dt_word_is(c, i - 1, "far") && cp_dt_word_is(c, i - 2, "so")) ||
		 (cp_dt_word_is(c, e, "so") && cp_dt_word_is(c, e + 1, "far"))))
	{
		v->hi = c->ref;
		return cp_dt_word_is(c, e, "so") ? e + 2 : e;
	}
	/* X to Y */
	if (range_word(c, e) && !v->lo_inf && !v->hi_inf)
	{
		dval		x = *v;

		if ((e2 = p_range_end(c, e + 1, &y)) > 0 && cp_dt_join_range(c, &x, &y) &&
			(x.gran == y.gran || x.gran == CP_GRAN_DAY || y.gran == CP_GRAN_DAY))
		{
			*v = x;
			return in_week(c, e2, &y, v);
		}
		if (x.gran == CP_GRAN_DAY && x.day && (e2 = p_bare_day(c, e + 1, &day)) > 0 &&
			(day > x.day || wraps(c, e + 1, e2)) && !(at(c, e + 1)->kind == A_NUM && at(c, e + 1)->ndig > 2))
		{
			e2 = lend_year(c, e2, &x);
			if ((x.hi = bare_end(&x, day)) > x.lo)
			{
				*v = x;
				return e2;
			}
		}
	}
	if ((e2 = onward(c, e, v)) > e)
		return e2;
	/*
	 * "2012 or later", "1/1/2016 and later", "year 2016 and greater"; not
	 * a "later" that begins the next date ("late this month and later this
	 * year", "later in the week", "later that day")
	 */
	if ((kw(c, e) == K_OR || kw(c, e) == K_AND) && !v->lo_inf && !v->hi_inf)
	{
		const atom *w = at(c, e + 1);

		if (w->kind == A_WORD && w->len >= 5 &&
			((w->len == 5 && strncasecmp(c->text + w->start, "later", 5) == 0 &&
			  cp_dt_modifier(kw(c, e + 2)) == M_NONE && kw(c, e + 2) != K_IN &&
			  !cp_dt_word_is(c, e + 2, "that")) ||
			 (w->len == 5 && strncasecmp(c->text + w->start, "after", 5) == 0 &&
			  (at(c, e + 2)->kind == A_END || at(c, e + 2)->kind == A_PUNCT)) ||
			 (w->len == 7 && strncasecmp(c->text + w->start, "greater", 7) == 0)))
		{
			v->hi_inf = true;
			return e + 2;
		}
	}
	return e;
}
