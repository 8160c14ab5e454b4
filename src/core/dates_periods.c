/*
 * dates_periods.c: named periods of the calendar, for the date grammar:
 * quarters ("Q2", "the third quarter of last year"), halves, seasons,
 * holidays ("Thanksgiving Day", "Easter week"), weeks ("the week of June
 * 8", "week 12") and centuries.
 */
#include "dates_internal.h"

#include <string.h>

/* Q1 2019, q3 of 2018, first quarter of 2019, the second quarter */
int
cp_dt_quarter(const ctx *c, int i, dval *v)
{
	int			q = 0,
				j = i;

	memset(v, 0, sizeof(*v));
	if (kw(c, i) == K_Q && glued(c, i + 1) && at(c, i + 1)->kind == A_NUM && at(c, i + 1)->ndig == 1)
	{
		q = at(c, i + 1)->val;
		j = i + 2;
		if (glued(c, i) && at(c, i - 1)->kind != A_PUNCT)
			return -1;
	}
	else if (kw(c, i) == K_ORDW && at(c, i)->val <= 4 && kw(c, i + 1) == K_QUARTER)
	{
		q = at(c, i)->val;
		j = i + 2;
	}
	else if (at(c, i)->kind == A_NUM && at(c, i)->ndig == 1 && kw(c, i + 1) == K_SUFFIX &&
			 glued(c, i + 1) && kw(c, i + 2) == K_QUARTER)
	{
		q = at(c, i)->val;
		j = i + 3;
	}
	/* "3Q 2019", "3Q19" is a code */
	else if (at(c, i)->kind == A_NUM && at(c, i)->ndig == 1 && kw(c, i + 1) == K_Q && glued(c, i + 1) &&
			 !glued(c, i + 2) && !glued(c, i))
	{
		q = at(c, i)->val;
		j = i + 2;
	}
	/* "the last quarter of 2019": the fourth */
	else if (kw(c, i) == K_LAST && kw(c, i + 1) == K_QUARTER && at(c, i + 1)->len == 7 && kw(c, i + 2) == K_OF)
	{
		q = 4;
		j = i + 2;
	}
	if (q < 1 || q > 4)
		return -1;
	{
		int			k = j;

		if (punct(c, k, '-') || punct(c, k, ',') || (punct(c, k, '/') && glued(c, k) && glued(c, k + 1)))
			k++;				/* "Q1-2020", "Q1, 2020", "Q1/2020" */
		if (kw(c, k) == K_OF || kw(c, k) == K_IN)
			k++;
		/* "the fourth quarter of fiscal 2012": no calendar quarter */
		if (k > j && cp_dt_word_is(c, k, "fiscal"))
			return -1;
		if (is_year4(at(c, k)))
		{
			cp_dt_set_quarter(v, at(c, k)->val, q);
			v->year = at(c, k)->val;
			return k + 1;
		}
		if (kw(c, k) == K_LAST || kw(c, k) == K_NEXT || kw(c, k) == K_THIS)
		{
			if (kw(c, k + 1) == K_YEAR)
			{
				int			y = ref_year(c) + (kw(c, k) == K_LAST ? -1 : kw(c, k) == K_NEXT ? 1 : 0);

				cp_dt_set_quarter(v, y, q);
				v->rel = true;
				return k + 2;
			}
		}
		/* "Q1-Q3 2020", "from Q1 to Q3 2020": the year of the quarter that ends the range */
		if (kw(c, i) == K_Q && range_word(c, j) && kw(c, j + 1) == K_Q)
		{
			dval		w;

			if (cp_dt_quarter(c, j + 1, &w) > 0 && w.year)
			{
				/* "Q3-Q1 2020" starts the year before */
				int			y = w.year - (q > (cp_days_to_date(w.lo).month + 2) / 3);

				cp_dt_set_quarter(v, y, q);
				v->year = y;
				return j;
			}
		}
		/* "Q2" alone, "the second quarter": of the reference's year */
		if (kw(c, i) == K_Q || kw(c, i - 1) == K_THE)
		{
			cp_dt_set_quarter(v, ref_year(c), q);
			v->rel = true;
			return j;
		}
	}
	return -1;
}

/*
 * A quarter named by its last month, or its first and last, as financial
 * news does: "the December quarter" (October to December), "the
 * January/March quarter", "the October-to-December quarter", "its June
 * quarter 1986", "the September quarter last year"; not "the March
 * quarter-final".  Without a year the last month takes the year a month
 * alone would.
 */
int
cp_dt_month_quarter(const ctx *c, int i, dval *v)
{
	int			j = i + 1,
				e = -1,
				first = 0,
				last = at(c, i)->month;
	bool		slash = false,
				bare;

	if (!month_word(c, i) || (glued(c, i) && at(c, i - 1)->kind != A_PUNCT))
		return -1;
	if (punct(c, j, '.') && glued(c, j))
		j++;
	/* "October-to-December" */
	if (punct(c, j, '-') && kw(c, j + 1) == K_TO && punct(c, j + 2, '-') && glued(c, j + 1) &&
		glued(c, j + 2) && glued(c, j + 3))
		j += 2;
	if ((punct(c, j, '/') || punct(c, j, '-')) && glued(c, j) && glued(c, j + 1) && month_word(c, j + 1))
	{
		first = last;
		last = at(c, j + 1)->month;
		slash = punct(c, j, '/');
		j += 2 + (punct(c, j + 2, '.') && glued(c, j + 2));
	}
	if (first && (last - first + 12) % 12 != 2)
		return -1;

	/*
	 * Without "quarter", the first and last month of a calendar quarter
	 * joined by a slash still name it ("GNP rose in January/March, after
	 * a fall in October/December", "in January/March 1987"; stop 46), as a
	 * dash would not ("Jan-Mar" is a range), nor two months that start no
	 * quarter ("the May/July period", the legs of a spread), nor a last month
	 * with its day ("July/Sep 15 sugar", a span to that day).
	 */
	bare = slash && first % 3 == 1 && kw(c, j) != K_QUARTER && !cp_dt_tail_glued(c, j) &&
		(at(c, j)->kind != A_NUM || is_year4(at(c, j)));
	if (bare)
		j -= punct(c, j - 1, '.') && !is_year4(at(c, j));	/* a full stop is the sentence's */
	else if (kw(c, j) != K_QUARTER || at(c, j)->len != 7 || cp_dt_tail_glued(c, j + 1))
		return -1;
	else
		j++;
	memset(v, 0, sizeof(*v));
	v->month = last;
	/* "its June quarter 1986", "the September quarter last year" */
	if (is_year4(at(c, j)) && !cp_dt_tail_glued(c, j + 1))
		v->year = at(c, j++)->val;
	else if ((e = cp_dt_modified_year(c, j, &v->year)) > 0)
		j = e;
	cp_dt_finish_md(c, v);
	if (e > 0)
		v->rel = true;
	v->lo = cp_days_add_months(v->lo, -2);
	return j;
}

/* seasons: "summer 2014", "the summer of 2014", "in the spring", "winter" after "this" etc. */
int
cp_dt_season(const ctx *c, int i, dval *v)
{
	int			s = at(c, i)->val,
				j = i + 1,
				e = -1;

	if (kw(c, i) != K_SEASON)
		return -1;
	memset(v, 0, sizeof(*v));
	if (kw(c, j) == K_OF || punct(c, j, ','))
		j++;
	if (is_year4(at(c, j)) || (e = cp_dt_short_year(c, j, &v->year)) > 0)
	{
		if (is_year4(at(c, j)))
			v->year = at(c, j)->val, e = j + 1;
		cp_dt_set_season(v, v->year, s);
		return e;
	}
	/* "the spring of next year", "the summer of last year" */
	if (kw(c, i + 1) == K_OF && kw(c, j + 1) == K_YEAR && at(c, j + 1)->len == 4 && c->has_ref)
	{
		int			m = cp_dt_modifier(kw(c, j));

		if (m == M_NEXT || m == M_LAST || m == M_PREV || m == M_THIS)
		{
			cp_dt_set_season(v, cp_days_to_date(c->ref).year + (m == M_NEXT) - (m == M_LAST || m == M_PREV), s);
			v->rel = true;
			return j + 2;
		}
	}
	/*
	 * "in the summer", "during the winter", "through the spring", "into the
	 * autumn"; "this spring" is handled by modifiers.  The noun "fall" is
	 * no season before "of" and a noun phrase ("the fall of the dollar";
	 * "the fall of next year" is one)
	 */
	if (kw(c, i + 1) == K_OF && cp_dt_word_is(c, i, "fall") &&
		(kw(c, i + 2) == K_THE || kw(c, i + 2) == K_A || kw(c, i + 2) == K_NONE))
		return -1;
	if (kw(c, i - 1) == K_THE && (kw(c, i - 2) == K_IN || kw(c, i - 2) == K_DURING ||
								  kw(c, i - 2) == K_SINCE || kw(c, i - 2) == K_BY ||
								  kw(c, i - 2) == K_TILL || kw(c, i - 2) == K_THROUGH ||
								  kw(c, i - 2) == K_INTO))
	{
		cp_dt_unit_value(c, K_SEASON, s, 0, v);
		v->rel = true;
		return i + 1;
	}
	return -1;
}

/*
 * The holiday name at atom i (a K_HOLIDAY word): "Christmas [Day|Eve]",
 * "Easter [Sunday|Monday]", "New Year's [Day|Eve]", "Independence Day",
 * "Valentine's Day", "Presidents' Day".  Sets *h and
 * returns the atom after the name, or -1.
 */
static int
holiday_name(const ctx *c, int i, int *h)
{
	int			j = i + 1;

	*h = at(c, i)->val;
	switch (*h)
	{
		case H_CHRISTMAS:
			if (cp_dt_word_is(c, j, "eve"))
				*h = H_CHRISTMAS_EVE;
			return j + (cp_dt_word_is(c, j, "eve") || day_word(c, j));
		case H_EASTER:
			if (at(c, j)->wday == 0)
				*h = H_EASTER_MONDAY;
			return j + (at(c, j)->wday == 0 || at(c, j)->wday == 6);
		case H_THANKSGIVING:
		case H_HALLOWEEN:
			return j + day_word(c, j);
		case H_BLACK_FRIDAY: case H_ASH_WEDNESDAY: case H_PALM_SUNDAY:
			/* the lexer saw the weekday follow */
			return j + 1;
		case H_GOOD_FRIDAY:
			{
				/* not the "Good Friday Agreement", "the Good Friday accord" */
				static const char *const pacts[] = {"agreement", "accord", "accords", "deal", NULL};

				if ((at(c, j + 1)->cap && kw(c, j + 1) == K_NONE) || cp_dt_word_among(c, j + 1, pacts))
					return -1;
				return j + 1;
			}
		case H_ELECTION:
			/* the US one, capitalized ("Election Day"); "election day" is any country's */
			if (!at(c, i)->cap)
				return -1;
			break;
		case H_JUNETEENTH:
			return j + day_word(c, j);
		case H_KING:
			/* "Martin Luther King (Jr.) Day"; "MLK Day" below */
			if (cp_dt_word_is(c, i, "martin"))
			{
				if (!cp_dt_word_is(c, j + 1, "king"))
					return -1;
				j += 2;
				if (cp_dt_word_is(c, j, "jr"))
					j += 1 + punct(c, j + 1, '.');
				return day_word(c, j) ? j + 1 : -1;
			}
			break;
		case H_PATRICK:
			/* "Saint Patrick's Day"; "St. Patrick's Day" from the "St" (cp_dt_simple_point) */
			if (cp_dt_word_is(c, i, "saint"))
				j++;
			else if (!(cp_dt_word_is(c, i - 1, "st") ||
					   (punct(c, i - 1, '.') && cp_dt_word_is(c, i - 2, "st"))))
				return -1;		/* "Patrick Day said" */
			break;
		case H_NEW_YEAR:
			{
				bool		named;

				if (kw(c, j) != K_YEAR)
					return -1;
				/* "New Year's", "New Years": "(in) the New Year" is a season more than a day */
				named = at(c, j)->len == 5;
				j++;
				if (punct(c, j, '\'') && kw(c, j + 1) == K_S && glued(c, j) && glued(c, j + 1))
					j += 2, named = true;
				if (cp_dt_word_is(c, j, "eve"))
					*h = H_NEW_YEARS_EVE;
				if (day_word(c, j) || cp_dt_word_is(c, j, "eve"))
					return j + 1;
				return named ? j : -1;
			}
		default:
			break;
	}

	/*
	 * "Independence Day", "Valentine's Day", "Presidents' Day": a day word
	 * must follow, and no name before ("Holocaust Memorial Day")
	 */
	if (at(c, i - 1)->kind == A_WORD && at(c, i - 1)->cap && kw(c, i - 1) == K_NONE)
		return -1;
	if (punct(c, j, '\'') && glued(c, j))
		j += 1 + (kw(c, j + 1) == K_S && glued(c, j + 1));
	return day_word(c, j) ? j + 1 : -1;
}

/*
 * Does the preposition before atom i take a one-word holiday as a time
 * ("on", "at", "over", "during", "until", "around", "ahead of", "the run-up
 * to Christmas")?  After "for" and "from", which as often name what the
 * holiday qualifies ("for Christmas shoppers", "sales from Easter eggs"),
 * only a holiday that ends its phrase.
 */
static bool
holiday_preposition(const ctx *c, int i, int j)
{
	switch (kw(c, i - 1))
	{
		case K_ON: case K_AT: case K_SINCE: case K_BEFORE: case K_AFTER: case K_BY: case K_TILL:
		case K_DURING: case K_THROUGH:
			return true;
		case K_OF:
			return cp_dt_word_is(c, i - 2, "ahead");
		case K_TO:
			return kw(c, i - 2) == K_UP;
		case K_FROM:
			break;
		default:
			if (cp_dt_word_is(c, i - 1, "over") || cp_dt_word_is(c, i - 1, "around") ||
				cp_dt_word_is(c, i - 1, "throughout"))
				return true;
			if (!cp_dt_word_is(c, i - 1, "for"))
				return false;
	}
	return !(at(c, j)->kind == A_WORD && !at(c, j)->cap && kw(c, j) == K_NONE);
}

/*
 * Holidays: with a year ("Christmas 2019", "Labor Day of 2020", "Easter of
 * next year"), after a modifier ("last Christmas"), after a preposition of
 * time ("on Christmas", "over Easter"), before "week" or "weekend" ("Easter
 * week", "Thanksgiving weekend") or,
 * for names of more than a word ("Independence Day"), alone: then the
 * nearest one to the reference.
 */
int
cp_dt_holiday(const ctx *c, int i, dval *v)
{
	int			h,
				j = holiday_name(c, i, &h),
				p = kw(c, i - 1);

	if (j < 0 || (!at(c, i)->cap && cp_dt_modifier(p) == M_NONE && j == i + 1))
		return -1;
	memset(v, 0, sizeof(*v));
	{
		int			k = j;

		if (punct(c, k, ',') || kw(c, k) == K_OF)
			k++;
		if (is_year4(at(c, k)) && !cp_dt_tail_glued(c, k + 1))
		{
			set_day(v, cp_dt_holiday_day(h, at(c, k)->val));
			v->year = at(c, k)->val;
			return k + 1;
		}
		/* "Independence Day of this year" */
		if (kw(c, j) == K_OF && cp_dt_modifier(kw(c, k)) != M_NONE &&
			kw(c, k + 1) == K_YEAR && at(c, k + 1)->len == 4)
		{
			int			m = cp_dt_modifier(kw(c, k));

			set_day(v, cp_dt_holiday_day(h, ref_year(c) + (m == M_NEXT ? 1 : m == M_THIS ? 0 : -1)));
			v->rel = true;
			return k + 2;
		}
	}
	if (p == K_LAST || p == K_NEXT || p == K_THIS || p == K_FOLLOWING || p == K_PREVIOUS)
	{
		int			y = ref_year(c);
		int32_t		d = cp_dt_holiday_day(h, y);

		if (p == K_LAST || p == K_PREVIOUS)
			d = d < c->ref ? d : cp_dt_holiday_day(h, y - 1);
		else if (p == K_NEXT || p == K_FOLLOWING)
			d = d > c->ref ? d : cp_dt_holiday_day(h, y + 1);
		set_day(v, d);
		v->rel = true;
		return j;
	}
	if (j > i + 1 || holiday_preposition(c, i, j) || (kw(c, j) == K_WEEK && at(c, j)->len == 4) ||
		kw(c, j) == K_WEEKEND)
	{
		int			y = ref_year(c),
					best = y,
					k;

		for (k = -1; k <= 1; k++)
		{
			int32_t		d0 = cp_dt_holiday_day(h, y + k) - c->ref,
						d1 = cp_dt_holiday_day(h, best) - c->ref;

			if ((d0 < 0 ? -d0 : d0) < (d1 < 0 ? -d1 : d1))
				best = y + k;
		}
		set_day(v, cp_dt_holiday_day(h, best));
		v->rel = true;
		return j;
	}
	return -1;
}

/*
 * The nth Saturday of the month [lo, hi) and the Sunday after it, n -1 the
 * last; false when the month has no nth.
 */
static bool
nth_weekend(int32_t lo, int32_t hi, int n, dval *v)
{
	int32_t		sat = n > 0 ? weekday_on_or_after(lo, 5) + 7 * (n - 1) : weekday_on_or_before(hi - 1, 5);

	if (sat >= hi)
		return false;
	set_days(v, sat, sat + 2, CP_GRAN_WEEK);
	return true;
}

/*
 * "week 31", "week 3 of 2027", "the first week of Jan 2015", "last week of
 * 2016", "the week of June 7"; weekends of a month or day, "the last
 * weekend of June", "the first weekend in May", "the weekend of June 7"
 * (the Saturday and Sunday of the week that holds the day)
 */
int
cp_dt_week(const ctx *c, int i, dval *v)
{
	int			n = 0,
				j = i,
				d,
				e;
	bool		weekend;
	dval		p;

	memset(v, 0, sizeof(*v));
	if (kw(c, i) == K_WEEK && at(c, i + 1)->kind == A_NUM && at(c, i + 1)->ndig <= 2 &&
		at(c, i + 1)->val >= 1 && at(c, i + 1)->val <= 53)
	{
		int			y = ref_year(c);

		n = at(c, i + 1)->val;
		e = i + 2;
		v->rel = true;
		if (kw(c, e) == K_OF && is_year4(at(c, e + 1)))
		{
			y = at(c, e + 1)->val;
			e += 2;
			v->rel = false;
		}
		set_days(v, cp_dt_iso_week1(y) + 7 * (n - 1), cp_dt_iso_week1(y) + 7 * n, CP_GRAN_WEEK);
		return e;
	}
	if (kw(c, j) == K_THE)
		j++;
	if (kw(c, j) == K_ORDW && at(c, j)->val <= 53)
		n = at(c, j)->val, j++;
	else if (at(c, j)->kind == A_NUM && at(c, j)->ndig <= 2 && at(c, j)->val <= 53 && kw(c, j + 1) == K_SUFFIX)
		n = at(c, j)->val, j += 2;
	else if (kw(c, j) == K_LAST)
		n = -1, j++;
	weekend = kw(c, j) == K_WEEKEND;
	/* "the week of June 7": the week that holds the day; "the weekend of 8/9 January" names both days */
	d = j + 2;
	if (weekend && at(c, d)->kind == A_NUM && at(c, d)->ndig <= 2 && punct(c, d + 1, '/') &&
		glued(c, d + 1) && glued(c, d + 2) && month_word(c, d + 3))
		d += 2;
	if (!n && j == i + 1 && ((kw(c, j) == K_WEEK && at(c, j)->len == 4) || weekend) &&
		kw(c, j + 1) == K_OF && (e = d > j + 2 ? cp_dt_daymonth(c, d, &p) : cp_dt_simple_point(c, d, &p)) > 0 &&
		p.gran == CP_GRAN_DAY && p.hi - p.lo == 1)
	{
		set_days(v, week_start(p.lo), week_start(p.lo) + 7, CP_GRAN_WEEK);
		if (weekend)
			v->lo += 5;
		v->rel = p.rel;
		return e;
	}
	if (!n || (kw(c, j) != K_WEEK && !weekend) ||
		(kw(c, j + 1) != K_OF && !(weekend && kw(c, j + 1) == K_IN)))
		return -1;
	j += 2;
	if (weekend)
	{
		if ((e = cp_dt_simple_point(c, j, &p)) < 0 || p.lo_inf || p.hi_inf || p.gran != CP_GRAN_MONTH ||
			!nth_weekend(p.lo, p.hi, n, v))
			return -1;
		v->rel = p.rel;
		return e;
	}
	if (is_year4(at(c, j)) && !cp_dt_tail_glued(c, j + 1))
	{
		memset(&p, 0, sizeof(p));
		cp_dt_set_year(&p, at(c, j)->val);
		e = j + 1;
	}
	else if ((e = cp_dt_simple_point(c, j, &p)) < 0 || p.lo_inf || p.hi_inf ||
			 (p.gran != CP_GRAN_MONTH && p.gran != CP_GRAN_YEAR))
		return -1;
	/* "the 12th week of 2020": a month has five at most; the nth week's Thursday lies in the period */
	if ((p.gran == CP_GRAN_MONTH && n > 5) || cp_dt_nth_week(p.lo, p.hi, n) + 3 >= p.hi)
		return -1;
	set_days(v, cp_dt_nth_week(p.lo, p.hi, n), cp_dt_nth_week(p.lo, p.hi, n) + 7, CP_GRAN_WEEK);
	v->rel = p.rel;
	return e;
}

/* Half h (1 or 2) of year y: months 1-6 or 7-12. */
static void
set_half(dval *v, int y, int h)
{
	set_days(v, cp_date_to_days(y, 6 * h - 5, 1), cp_date_to_days(h == 1 ? y : y + 1, h == 1 ? 7 : 1, 1),
			 CP_GRAN_MONTH);
	v->year = y;
}

/*
 * A year before its quarter or half, as financial news writes them: "2016
 * first quarter", "2019's second half", "the 1988 fourth quarter".
 */
int
cp_dt_year_part(const ctx *c, int i, dval *v)
{
	int			j = i + 1,
				n;

	if (!is_year4(at(c, i)) || (glued(c, i) && !punct(c, i - 1, '(')))
		return -1;
	if (punct(c, j, '\'') && glued(c, j) && kw(c, j + 1) == K_S && glued(c, j + 1))
		j += 2;
	else if (glued(c, j))
		return -1;
	if (kw(c, j) != K_ORDW || (n = at(c, j)->val) < 1)
		return -1;
	memset(v, 0, sizeof(*v));
	if (kw(c, j + 1) == K_QUARTER && at(c, j + 1)->len == 7 && n <= 4)
	{
		cp_dt_set_quarter(v, at(c, i)->val, n);
		v->year = at(c, i)->val;
		return j + 2;
	}
	if (cp_dt_word_is(c, j + 1, "half") && n <= 2)
	{
		set_half(v, at(c, i)->val, n);
		return j + 2;
	}
	return -1;
}

/*
 * Halves of a year: "the first half of 2019", "the second half of last
 * year", "the first half of the year" (the reference's), "H1 2020".
 */
int
cp_dt_half(const ctx *c, int i, dval *v)
{
	int			j = kw(c, i) == K_THE ? i + 1 : i,
				h,
				e,
				y;
	dval		p;

	if (kw(c, j) == K_HALF && glued(c, j + 1) && at(c, j + 1)->kind == A_NUM && at(c, j + 1)->ndig == 1)
		h = at(c, j + 1)->val, j += 2;	/* "H1" */
	else if (kw(c, j) == K_ORDW && cp_dt_word_is(c, j + 1, "half"))
		h = at(c, j)->val, j += 2;
	else if (cp_dt_word_is(c, j, "latter") && cp_dt_word_is(c, j + 1, "half"))
		h = 2, j += 2;			/* "the latter half of 2019" */
	else
		return -1;
	if (h < 1 || h > 2)
		return -1;
	memset(v, 0, sizeof(*v));
	e = j;
	if (kw(c, e) == K_OF || (punct(c, e, '-') && glued(c, e)))
		e++;
	if (is_year4(at(c, e)) && !cp_dt_tail_glued(c, e + 1))
		y = at(c, e)->val, e++;
	else if (kw(c, j) == K_OF && kw(c, j + 1) == K_THE && kw(c, j + 2) == K_YEAR && at(c, j + 2)->len == 4 &&
			 !range_word(c, j + 3))
		y = ref_year(c), e = j + 3, v->rel = true;	/* not a financial year: "... of the year to March 31" */
	else if (kw(c, j) == K_OF && (e = cp_dt_simple_point(c, j + 1, &p)) > 0 && !p.lo_inf && !p.hi_inf &&
			 p.gran == CP_GRAN_YEAR && p.hi - p.lo >= 365 && p.hi - p.lo <= 366)
		y = cp_days_to_date(p.lo).year, v->rel = p.rel;
	else
		return -1;				/* "the first half" alone: of a match as often as of a year */
	set_half(v, y, h);
	return e;
}

/* "the 19th century", "19th-century", "the twentieth century", "the twenty-first century": [1800, 1900). */
int
cp_dt_century(const ctx *c, int i, dval *v)
{
	int			n,
				e,
				j = kw(c, i) == K_THE ? i + 1 : i;

	if (at(c, j)->kind == A_WORD && (e = cp_dt_dayno(c, j, &n, false)) > 0)
		j = e;					/* "twentieth", "twenty-first" */
	else if (at(c, j)->kind == A_NUM && at(c, j)->ndig <= 2 && kw(c, j + 1) == K_SUFFIX && glued(c, j + 1))
		n = at(c, j)->val, j += 2;
	else
		return -1;
	if (punct(c, j, '-') && glued(c, j) && glued(c, j + 1))
		j++;
	/* not a name: "20th Century Fox" */
	if (n < 1 || n > 30 || kw(c, j) != K_CENTURY ||
		(at(c, j + 1)->kind == A_WORD && at(c, j + 1)->cap && kw(c, j + 1) == K_NONE))
		return -1;
	memset(v, 0, sizeof(*v));
	set_days(v, cp_date_to_days((n - 1) * 100, 1, 1), cp_date_to_days(n * 100, 1, 1), CP_GRAN_YEAR);
	return j + 1;
}

/*
 * A decade in words after "the", or after "the" and a part that
 * cp_dt_point reads ("the nineties", "the late sixties", "the mid-Eighties";
 * not "in her nineties"): the last such decade begun by the reference's year.
 */
int
cp_dt_decade_word(const ctx *c, int i, dval *v)
{
	int			j = kw(c, i) == K_THE ? i + 1 : i,
				k = i - 1,
				y;

	if (kw(c, j) != K_DECADEW)
		return -1;
	if (j == i)
	{
		if (punct(c, k, '-') && glued(c, i))
			k--;
		if (kw(c, k) == K_EARLY || kw(c, k) == K_MID || kw(c, k) == K_LATE)
			k--;
		if (kw(c, k) != K_THE)
			return -1;
	}
	y = ref_year(c) / 100 * 100 + 10 * at(c, j)->val;
	if (y > ref_year(c))
		y -= 100;
	memset(v, 0, sizeof(*v));
	set_days(v, cp_date_to_days(y, 1, 1), cp_date_to_days(y + 10, 1, 1), CP_GRAN_YEAR);
	v->rel = true;
	return j + 1;
}
