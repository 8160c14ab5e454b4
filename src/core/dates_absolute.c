/*
 * dates_absolute.c: the date forms that name a day, month or year by
 * themselves: month-led ("July 21, 2014"), day-led ("6 June 2025") and
 * numeric ("2014-07-21", "7/21/2014", "20161016", "the 1990s", "in 2012").
 */
#include "dates_internal.h"

#include "numbers.h"

#include <ctype.h>
#include <string.h>

/* Day of month: "21", "21st", "twenty-first", "the 21st". Returns the end or -1. */
int
cp_dt_dayno(const ctx *c, int i, int *day, bool allow_the)
{
	const atom *a;

	if (allow_the && kw(c, i) == K_THE)
		i++;
	a = at(c, i);
	if (a->kind == A_NUM && a->ndig <= 2 && a->val >= 1 && a->val <= 31)
	{
		*day = a->val;
		i++;
		if (kw(c, i) == K_SUFFIX && glued(c, i))
			i++;
		return i;
	}
	if (a->kw == K_ORDW && a->val <= 31)
	{
		*day = a->val;
		return i + 1;
	}
	if (a->kw == K_NUMW && (a->val == 20 || a->val == 30))
	{
		int			j = i + 1;

		if (punct(c, j, '-') && glued(c, j))
			j++;
		if (kw(c, j) == K_ORDW && at(c, j)->val <= 9 && a->val + at(c, j)->val <= 31)
		{
			*day = a->val + at(c, j)->val;
			return j + 1;
		}
	}
	return -1;
}

/* The year a two-digit one stands for: "21" 2021, "98" 1998 (the pivot at 50). */
static int
full_year(int two_digits)
{
	return two_digits < 50 ? 2000 + two_digits : 1900 + two_digits;
}

/*
 * A year written with two digits after an apostrophe: "'98", "'21" (not
 * "'90s", a decade), or after the "of" of a date ("15 April of 87", "the
 * spring of 98", "the spring of 98 he left"; not an amount, "of 20
 * people", "of 60 to 65 cts", "of 87.5").  Returns the atom after it, or -1.
 */
int
cp_dt_short_year(const ctx *c, int i, int *y)
{
	/* a clause that starts after the year ("in the spring of 98 he left") */
	static const char *const subjects[] = {"he", "she", "they", "we", "it", "you", NULL};
	const atom *a = at(c, i + 1);

	if (kw(c, i - 1) == K_OF && at(c, i)->kind == A_NUM && at(c, i)->ndig == 2 && !glued(c, i) &&
		!cp_dt_tail_glued(c, i + 1) && !(at(c, i + 1)->kind == A_PUNCT && glued(c, i + 1) &&
										 at(c, i + 2)->kind == A_NUM && glued(c, i + 2)) &&
		!punct(c, i + 1, '%') && !punct(c, i + 1, '-') && kw(c, i + 1) != K_TO &&
		kw(c, i + 1) != K_AND && kw(c, i + 1) != K_OR &&
		!(a->kind == A_WORD && !a->cap && a->kw == K_NONE && !cp_dt_word_among(c, i + 1, subjects)))
	{
		*y = full_year(at(c, i)->val);
		return i + 1;
	}
	if (!punct(c, i, '\'') || a->kind != A_NUM || a->ndig != 2 || !glued(c, i + 1) ||
		cp_dt_tail_glued(c, i + 2) || (kw(c, i + 2) == K_S && glued(c, i + 2)))
		return -1;
	*y = full_year(a->val);
	return i + 2;
}

/* A year after a day: four digits, "'98" or in words; the atom after it, or -1. */
int
cp_dt_year(const ctx *c, int i, int *y)
{
	if (is_year4(at(c, i)) && !cp_dt_tail_glued(c, i + 1))
	{
		*y = at(c, i)->val;
		return i + 1;
	}
	if (kw(c, i) == K_NUMW)
		return cp_dt_spoken_year(c, i, y, true);
	return cp_dt_short_year(c, i, y);
}

/* The value of the number word at atom i if it is of category cat (numbers.h), else -1. */
int
cp_dt_number_word(const ctx *c, int i, int cat)
{
	const atom *a = at(c, i);
	int			x;

	if (a->kind != A_WORD || (x = cp_lex_lookup(c->text + a->start, a->len)) < 0 ||
		cp_lex_get(x)->cat != cat)
		return -1;
	return (int) cp_lex_get(x)->value;
}

/* Below a hundred in words at atom i: "twelve", "ninety-six", "twenty one". The atom after it, or -1. */
static int
words_below_100(const ctx *c, int i, int *n)
{
	int			d;

	if ((*n = cp_dt_number_word(c, i, CP_LX_TEEN)) >= 10 || (*n = cp_dt_number_word(c, i, CP_LX_DIGIT)) > 0)
		return i + 1;
	if ((*n = cp_dt_number_word(c, i, CP_LX_TENS)) < 20)
		return -1;
	if (punct(c, i + 1, '-') && glued(c, i + 1) && (d = cp_dt_number_word(c, i + 2, CP_LX_DIGIT)) > 0)
		return *n += d, i + 3;
	if ((d = cp_dt_number_word(c, i + 1, CP_LX_DIGIT)) > 0)
		return *n += d, i + 2;
	return i + 1;
}

/*
 * A year spoken in words: "nineteen ninety-six", "nineteen oh five",
 * "twenty twenty-one", "two thousand", "two thousand and twelve",
 * "seventeen hundred thirty-three".  The atom
 * after it, or -1.  "Nineteen ..." is a year anywhere; the others need
 * "year", a temporal word or a date before them (dated, as "June 5th
 * twenty twenty"), and no plain word after them that they would count
 * ("in two thousand homes").
 */
int
cp_dt_spoken_year(const ctx *c, int i, int *y, bool dated)
{
	int			hi = at(c, i)->val,
				lo = 0,
				e;
	bool		hundreds = false;
	const atom *n;

	/*
	 * cheap tests first: a cardinal the date lexer knows, then "thousand",
	 * or a teen (a keyword), "oh", or a word as long as a tens word
	 */
	n = at(c, i + 1);
	if (kw(c, i) != K_NUMW || n->kind != A_WORD ||
		!(hi == 2 ? n->len == 8 :
		  hi >= 15 && hi <= 20 && (n->kw == K_NUMW || n->len == 2 ||
								   (n->kw == K_NONE && n->len >= 5 && n->len <= 7))))
		return -1;
	if (hi == 2)
	{
		if (cp_dt_number_word(c, i + 1, CP_LX_SCALE) != 1000)
			return -1;
		e = i + 2;
		if (kw(c, e) == K_AND && words_below_100(c, e + 1, &lo) > 0)
			e++;
		if ((e = words_below_100(c, e, &lo)) < 0)
			lo = 0, e = i + 2;
	}
	else if (at(c, i + 1)->len == 2 && strncasecmp(c->text + at(c, i + 1)->start, "oh", 2) == 0 &&
			 (lo = cp_dt_number_word(c, i + 2, CP_LX_DIGIT)) > 0)
		e = i + 3;				/* "nineteen oh five" */
	else if (hi < 20 && cp_dt_number_word(c, i + 1, CP_LX_HUNDRED) > 0)
	{
		/* "seventeen hundred [and] thirty-three", "nineteen hundred": a count too, never alone */
		hundreds = true;
		e = i + 2;
		if (kw(c, e) == K_AND && words_below_100(c, e + 1, &lo) > 0)
			e++;
		if ((e = words_below_100(c, e, &lo)) < 0)
			lo = 0, e = i + 2;
	}
	else if ((e = words_below_100(c, i + 1, &lo)) < 0 || lo < 10)
		return -1;
	*y = (hi == 2 ? 2000 : hi * 100) + lo;
	n = at(c, e);
	if (n->kind == A_NUM || cp_dt_number_word(c, e, CP_LX_HUNDRED) > 0 || unit_kw(kw(c, e)))
		return -1;
	if (hi == 19 && !hundreds)
		return e;
	if (kw(c, i - 1) == K_YEAR)
		return e;
	if (!dated && !cp_dt_temporal_prev(c, i))
		return -1;
	return n->kind == A_WORD && !n->cap && n->kw == K_NONE ? -1 : e;
}

/* A count: "3", "three", "twenty-one", "a". */
int
cp_dt_count(const ctx *c, int i, int *n)
{
	const atom *a = at(c, i);

	if (a->kind == A_NUM && a->ndig <= 3 && !punct(c, i + 1, '.') && !punct(c, i + 1, ','))
	{
		*n = a->val;
		return i + 1;
	}
	if (a->kw == K_A)
	{
		*n = 1;
		return i + 1;
	}
	if (a->kw == K_NUMW)
	{
		*n = a->val;
		if (a->val >= 20 && punct(c, i + 1, '-') && kw(c, i + 2) == K_NUMW && at(c, i + 2)->val < 10)
		{
			*n += at(c, i + 2)->val;
			return i + 3;
		}
		return i + 1;
	}
	return -1;
}

/*
 * "pre-" or "post-" glued before a date at i + 2 ("pre-1990", "post-1959"):
 * K_BEFORE or K_AFTER; K_NONE otherwise (apart, "post 1990 profits" is a verb).
 */
int
cp_dt_prefix_bound(const ctx *c, int i)
{
	if (i < 0 || kw(c, i) != K_PREFIX || !punct(c, i + 1, '-') || !glued(c, i + 1) || !glued(c, i + 2))
		return K_NONE;
	return at(c, i)->val;
}

/* Words that introduce a lone month, year or season as a time. */
bool
cp_dt_temporal_prev(const ctx *c, int i)
{
	/* "mid-July", "early-June": the dash only joins the part word on */
	if (punct(c, i - 1, '-') && glued(c, i - 1) && glued(c, i) &&
		(kw(c, i - 2) == K_EARLY || kw(c, i - 2) == K_MID || kw(c, i - 2) == K_LATE))
		i--;
	/* "pre-1990", "post-1959": before and after */
	if (cp_dt_prefix_bound(c, i - 2) != K_NONE)
		return true;
	switch (kw(c, i - 1))
	{
		case K_IN: case K_INTO: case K_SINCE: case K_FROM: case K_TO: case K_TILL: case K_BY: case K_OF:
		case K_DURING: case K_BEFORE: case K_AFTER: case K_BETWEEN: case K_THROUGH:
		case K_EARLY: case K_MID: case K_LATE: case K_LAST: case K_NEXT: case K_THIS:
		case K_PAST: case K_COMING: case K_UPCOMING: case K_AND: case K_OR:
		case K_PREVIOUS: case K_FOLLOWING: case K_ON: case K_AT:
			return true;
		default:
			return false;
	}
}

/* A month name cut short, whose period is its own ("Dec.", "Sept."; not "June."). */
static bool
month_abbrev(const atom *a)
{
	return a->len <= 4 && !(a->len == 4 && (a->month == 6 || a->month == 7)) && !(a->len == 3 && a->month == 5);
}

/* "this year", "last year", "next year" at atom i: the year; the atom after it, or -1. */
int
cp_dt_modified_year(const ctx *c, int i, int *y)
{
	int			m = cp_dt_modifier(kw(c, i));

	if ((m != M_THIS && m != M_LAST && m != M_NEXT) || kw(c, i + 1) != K_YEAR || at(c, i + 1)->len != 4)
		return -1;
	*y = ref_year(c) + (m == M_LAST ? -1 : m == M_NEXT ? 1 : 0);
	return i + 2;
}

/*
 * A word in capitals ("NATO", "OPEC", "G7"), which no surname is: a month
 * written in title case before it qualifies it ("a July NATO summit", "the
 * December OPEC accord").
 */
static bool
acronym(const ctx *c, int j)
{
	const atom *a = at(c, j);
	const char *t = c->text + a->start;

	if (a->kind != A_WORD || a->len < 2 || !isupper((unsigned char) t[0]))
		return false;
	for (uint32_t k = 1; k < a->len; k++)
		if (!isupper((unsigned char) t[k]) && !isdigit((unsigned char) t[k]))
			return false;
	return true;
}

/*
 * Month-led: "July 21, 2014", "Dec. 31 , 1994", "July 21. 2014", "July 4th of
 * 1995", "June the 28th 2020", "July 2014", "Dec-2018", "june of 1992", "July".
 */
int
cp_dt_month(const ctx *c, int i, dval *v)
{
	const atom *a = at(c, i);
	int			j = i + 1,
				k,
				y,
				day = 0;

	if (!month_word(c, i))
		return -1;
	/* "$DEC", "ABC-Dec": part of a symbol */
	if (glued(c, i) && (at(c, i - 1)->kind == A_WORD || punct(c, i - 1, '$') ||
						punct(c, i - 1, '#') || punct(c, i - 1, '@') || punct(c, i - 1, '_')))
		return -1;
	if (punct(c, j, '.') && glued(c, j) && month_abbrev(a))
		j++;
	memset(v, 0, sizeof(*v));
	v->month = a->month;
	k = j;
	if (punct(c, k, ',') || (punct(c, k, '/') && glued(c, k) && glued(c, k + 1)))
		k++;
	/* "Sep-12-2019": a dash between month, day and year */
	else if (punct(c, k, '-') && glued(c, k) && glued(c, k + 1) && punct(c, k + 2, '-') &&
			 glued(c, k + 2) && cp_dt_dayno(c, k + 1, &day, false) == k + 2 &&
			 cp_dt_year(c, k + 3, &v->year) == k + 4 && glued(c, k + 3))
	{
		v->day = day;
		return cp_dt_finish_md(c, v) ? k + 4 : -1;
	}
	/* "May 5:30" is a clock time; "on Jan. 6: the Times said" a day */
	if ((k = cp_dt_dayno(c, k, &day, true)) > 0 &&
		!(punct(c, k, ':') && at(c, k + 1)->kind == A_NUM && glued(c, k + 1)) && !punct(c, k, '%') &&
		!(punct(c, k, '.') && glued(c, k) && at(c, k + 1)->kind == A_NUM && glued(c, k + 1)))
	{
		int			e = k;

		v->day = day;
		if (punct(c, e, ',') || punct(c, e, '.'))
			e++;
		if (kw(c, e) == K_OF || kw(c, e) == K_IN)
			e++;
		if ((y = cp_dt_modified_year(c, e, &v->year)) > 0 || (y = cp_dt_year(c, e, &v->year)) > 0)
		{
			v->rel = kw(c, y - 1) == K_YEAR;	/* "June 5 last year" */
			return cp_dt_finish_md(c, v) ? y : -1;
		}
		if (day > cp_days_in_month(2000, v->month))
			return -1;
		return cp_dt_finish_md(c, v) ? k : -1;
	}
	/* in words: "January nineteen ninety-seven", "May twenty nine" */
	if (kw(c, j) == K_NUMW)
	{
		int			e;

		if ((e = cp_dt_spoken_year(c, j, &v->year, true)) > 0)
			return cp_dt_finish_md(c, v), e;
		if ((e = words_below_100(c, j, &day)) > 0 && day >= 1 && day <= cp_days_in_month(2000, v->month) &&
			(at(c, e)->kind == A_END || (at(c, e)->kind == A_PUNCT && at(c, e)->ch != '-' &&
										 at(c, e)->ch != '%') || cp_dt_year(c, e, &v->year) > 0))
		{
			v->day = day;
			if (v->year)
				e = cp_dt_year(c, e, &v->year);
			else if (punct(c, e, ',') && cp_dt_year(c, e + 1, &v->year) > 0)
				e = cp_dt_year(c, e + 1, &v->year);		/* "April One, 1987" */
			return cp_dt_finish_md(c, v) ? e : -1;
		}
	}
	/* "May of this year", "June of last year", "June last year" (capitalized: "may last year-round") */
	if ((kw(c, j) == K_OF ? (k = cp_dt_modified_year(c, j + 1, &v->year)) :
		 a->cap ? (k = cp_dt_modified_year(c, j, &v->year)) : -1) > 0)
	{
		cp_dt_finish_md(c, v);
		v->rel = true;
		return k;
	}
	k = j;
	if (punct(c, k, ',') || ((punct(c, k, '-') || punct(c, k, '/')) && glued(c, k)) || kw(c, k) == K_OF)
		k++;
	if (is_year4(at(c, k)) && !(glued(c, k + 1) && at(c, k + 1)->kind != A_PUNCT))
	{
		v->year = at(c, k)->val;
		cp_dt_finish_md(c, v);
		return k + 1;
	}
	if ((k = cp_dt_short_year(c, k, &v->year)) > 0)
	{
		cp_dt_finish_md(c, v);
		return k;
	}
	k = j;
	/* a lone month: needs a capital or a temporal word, "May"/"March" both */
	{
		bool		ambiguous = a->len == 3 && a->month == 5;
		bool		tp = cp_dt_temporal_prev(c, i) ||
			(range_word(c, j) && month_word(c, j + 1) && (a->cap || at(c, j + 1)->cap)) ||
			(range_word(c, i - 1) && month_word(c, i - 2) && (a->cap || at(c, i - 2)->cap)) ||	/* "Jan-Mar" */
			cp_dt_spread_leg(c, i) ||
		/*
		 * an article before a capitalized month qualifying a common noun ("a May
		 * interview", "a March poll"): no article goes before the modal, and a
		 * surname would not take a lower-case noun after it
		 */
			(kw(c, i - 1) == K_A && a->cap && at(c, j)->kind == A_WORD && !at(c, j)->cap &&
			 kw(c, j) == K_NONE) ||
		/*
		 * a sentence's subject before a verb in the past ("May closed 2 cents
		 * higher", "May was up"): no modal, which a plain verb follows; not "May
		 * had", a store's or a singer's as often, nor "DEC was", a name
		 */
			(i == 0 && a->cap && !isupper((unsigned char) c->text[a->start + 1]) &&
			 cp_dt_past_verb(c, j) && !cp_dt_word_is(c, j, "had"));

		if (month_abbrev(a) && !tp)
			return -1;			/* "Jan", "Sept" alone; "June", "July" are whole names */
		if (a->month == 3 && a->len == 5)
			ambiguous = true;
		if (ambiguous && !(a->cap && tp))
			return -1;
		if (!a->cap && !tp)
			return -1;
		if ((!tp || kw(c, i - 1) == K_AND || kw(c, i - 1) == K_OR) && at(c, j)->kind == A_WORD &&
			at(c, j)->cap && !at(c, j)->kw && !at(c, j)->month && at(c, j)->wday < 0 &&
			(isupper((unsigned char) c->text[a->start + 1]) || !acronym(c, j)))
			return -1;			/* "June Smith", "and June Carter"; not "the July NATO summit" */
		if (!tp && i > 0 && kw(c, i - 1) == K_NONE && at(c, i - 1)->cap)
			return -1;			/* "Harriet June" */
	}
	cp_dt_finish_md(c, v);
	return j;
}

/*
 * Day-led: "6 June 2025", "4th of July, 1995", "the 28th of June", "19 june".
 */
int
cp_dt_daymonth(const ctx *c, int i, dval *v)
{
	int			day,
				j = cp_dt_dayno(c, i, &day, true),
				k;

	/*
	 * "twenty five January": a day in cardinal words, as a month must follow;
	 * not under ten ("the two March meetings", "one may")
	 */
	if (j < 0 && kw(c, i) == K_NUMW && (j = words_below_100(c, i, &day)) > 0 && (day < 10 || day > 31))
		j = -1;
	if (j < 0)
		return -1;
	if (kw(c, j) == K_OF)
		j++;
	/* "12-Sep-2019", "14/Oct/2021": the same separator, glued, before a year */
	else if ((punct(c, j, '-') || punct(c, j, '/')) && glued(c, j) && glued(c, j + 1) &&
			 month_word(c, j + 1) && punct(c, j + 2, at(c, j)->ch) && glued(c, j + 2) &&
			 glued(c, j + 3) && at(c, j + 3)->kind == A_NUM &&
			 (at(c, j + 3)->ndig == 2 || is_year4(at(c, j + 3))) && !cp_dt_tail_glued(c, j + 4))
	{
		memset(v, 0, sizeof(*v));
		v->month = at(c, j + 1)->month;
		v->day = day;
		v->year = at(c, j + 3)->ndig == 2 ? full_year(at(c, j + 3)->val) : at(c, j + 3)->val;
		return cp_dt_finish_md(c, v) ? j + 4 : -1;
	}
	if (!month_word(c, j) || at(c, j)->wday >= 0)
		return -1;
	memset(v, 0, sizeof(*v));
	v->month = at(c, j)->month;
	v->day = day;
	j++;
	if (punct(c, j, '.') && glued(c, j) && month_abbrev(at(c, j - 1)))
		j++;
	k = j;
	if (punct(c, k, ','))
		k++;
	if (kw(c, k) == K_OF || kw(c, k) == K_IN)
		k++;
	if (is_year4(at(c, k)))
		v->year = at(c, k)->val, j = k + 1;
	else if ((k = cp_dt_year(c, k, &v->year)) > 0)
		j = k;
	return cp_dt_finish_md(c, v) ? j : -1;
}

/* Something glued to the right of a numeric form makes it an identifier. */
bool
cp_dt_tail_glued(const ctx *c, int e)
{
	if (!glued(c, e))
		return false;
	if (at(c, e)->kind == A_NUM || (at(c, e)->kind == A_WORD && kw(c, e) != K_S))
		return true;
	if ((punct(c, e, '-') || punct(c, e, '/') || punct(c, e, '.')) && glued(c, e + 1) &&
		at(c, e + 1)->kind != A_PUNCT)
		return true;
	return false;
}

/*
 * A fiscal year by its abbreviation in capitals: "FY2020", "FY 1988",
 * "FY20", "FY'20".  Companies name it by the year it ends in, which stands
 * for it here as it does after "fiscal" ("fiscal 1988").  Not "FY2019-20"
 * or "FY500".
 */
int
cp_dt_fiscal_year(const ctx *c, int i, dval *v)
{
	const atom *w = at(c, i);
	int			j = i + 1,
				y;

	if (w->len != 2 || c->text[w->start] != 'F' || c->text[w->start + 1] != 'Y' ||
		(glued(c, i) && at(c, i - 1)->kind != A_PUNCT))
		return -1;
	if (punct(c, j, '\'') && glued(c, j) && glued(c, j + 1))
		j++;
	if (at(c, j)->kind != A_NUM || cp_dt_tail_glued(c, j + 1) ||
		(punct(c, j + 1, '-') && glued(c, j + 1)))
		return -1;
	if (is_year4(at(c, j)) && j == i + 1)
		y = at(c, j)->val;
	else if (at(c, j)->ndig == 2 && glued(c, j))
		y = full_year(at(c, j)->val);
	else
		return -1;
	memset(v, 0, sizeof(*v));
	v->year = y;
	cp_dt_set_year(v, y);
	return j + 1;
}

/*
 * A bare year after a word that makes it a time: "for 1986", "bonds due
 * 1994", "in calendar 1987", "fiscal 1988 results", a possessive ("its 1987
 * budget", "the company's 1986 net").  Except after "calendar" and
 * "fiscal", a plural after it makes it a count ("for 2000 dlrs", "its 1500
 * employees"); past 2099 it is a clock ("his 2200 GMT curfew").  The
 * calendar year stands for a fiscal one, as TimeML writes it.
 */
static bool
year_after_word(const ctx *c, int i)
{
	static const char *const words[] = {"for", "due", "its", "their", "his", "her", "our", NULL};
	static const char *const years[] = {"calendar", "fiscal", NULL};
	const atom *n = at(c, i + 1);

	if (at(c, i)->val > 2099)
		return false;
	/* "fiscal 1988 results"; not a fiscal year's part ("the fourth quarter of fiscal 2012") */
	if (cp_dt_word_among(c, i - 1, years))
		return kw(c, i - 2) != K_OF || cp_dt_word_is(c, i - 1, "calendar");
	if (n->kind == A_WORD && !n->cap && n->len > 3 && (c->text[n->start + n->len - 1] | 0x20) == 's')
		return false;
	return (kw(c, i - 1) == K_S && punct(c, i - 2, '\'') && glued(c, i - 1)) ||
		cp_dt_word_among(c, i - 1, words);
}

/* Words before a bare year that make it one ("in 2012", "the 2014 war"). */
static bool
year_context(const ctx *c, int i)
{
	int			p = kw(c, i - 1);

	if ((punct(c, i - 1, '~') || punct(c, i - 1, '-')) && is_year4(at(c, i - 2)))
		return true;
	if (range_word(c, i + 1) && is_year4(at(c, i + 2)) && !cp_dt_tail_glued(c, i + 3))
		return true;			/* "2014 to 2018", "2014-2018" */
	return cp_dt_temporal_prev(c, i) || year_after_word(c, i) || p == K_THE || p == K_YEAR || p == K_END ||
		p == K_BEGINNING || p == K_START || p == K_MIDDLE || p == K_SEASON;
}

/* Week n of ISO year y, n the two digits at atom i glued to what goes before; false if none. */
static bool
iso_week(const ctx *c, int i, int y, dval *v)
{
	const atom *a = at(c, i);
	int32_t		w1 = cp_dt_iso_week1(y);

	if (a->kind != A_NUM || a->ndig != 2 || !glued(c, i) || a->val < 1 || a->val > 53 ||
		cp_dt_tail_glued(c, i + 1) || (a->val == 53 && cp_dt_iso_week1(y + 1) - w1 < 53 * 7))
		return false;
	set_days(v, w1 + 7 * (a->val - 1), w1 + 7 * a->val, CP_GRAN_WEEK);
	v->year = y;
	return true;
}

/*
 * Year-led numeric forms: "2014-07-21", "2019-aug-1", "2020/Sep/23",
 * "2015-12", "2017-q1", "2017 q1", "2017 april", "1990s", a bare year in
 * context.
 */
static int
p_numeric_year(const ctx *c, int i, dval *v)
{
	int			y = at(c, i)->val;
	char		sep = at(c, i + 1)->ch;
	const atom *b = at(c, i + 2);

	if ((sep == '-' || sep == '/' || sep == '.') && glued(c, i + 1) && glued(c, i + 2))
	{
		/* Y-M-D, Y-mon-D, Y/D/mon */
		if (punct(c, i + 3, sep) && glued(c, i + 3) && glued(c, i + 4))
		{
			const atom *d = at(c, i + 4);
			int			m = 0,
						day = 0;

			if (b->kind == A_NUM && d->kind == A_NUM && b->ndig <= 2 && d->ndig <= 2)
				m = b->val, day = d->val;
			else if (b->kind == A_WORD && b->month && d->kind == A_NUM && d->ndig <= 2)
				m = b->month, day = d->val;
			else if (b->kind == A_NUM && b->ndig <= 2 && d->kind == A_WORD && d->month)
				m = d->month, day = b->val;
			if (m && cp_date_valid(y, m, day) && !cp_dt_tail_glued(c, i + 5))
			{
				v->year = y, v->month = m, v->day = day;
				cp_dt_finish_md(c, v);
				return i + 5;
			}
			return -1;
		}
		/* Y-M, Y-q1; not "2003-04", two years (dates_ranges.c) */
		if (sep == '-' && b->kind == A_NUM && b->ndig <= 2 && b->val >= 1 && b->val <= 12 &&
			!(b->ndig == 2 && b->val == (y + 1) % 100) && !cp_dt_tail_glued(c, i + 3))
		{
			v->year = y, v->month = b->val;
			cp_dt_finish_md(c, v);
			return i + 3;
		}
		if (sep == '-' && b->kw == K_Q && glued(c, i + 3) && at(c, i + 3)->kind == A_NUM &&
			at(c, i + 3)->val >= 1 && at(c, i + 3)->val <= 4)
		{
			cp_dt_set_quarter(v, y, at(c, i + 3)->val);
			v->year = y;
			return i + 4;
		}
		/* ISO 8601 week, "2020-W12" */
		if (sep == '-' && b->kind == A_WORD && b->len == 1 && c->text[b->start] == 'W' &&
			iso_week(c, i + 3, y, v))
			return i + 4;
	}
	/* "the 1990s" a decade; "the 1800s" the century (not "the 2000s", a decade as often) */
	if (kw(c, i + 1) == K_S && glued(c, i + 1) && y % 10 == 0)
	{
		int			span = y % 100 == 0 && y < 2000 ? 100 : 10;

		set_days(v, cp_date_to_days(y, 1, 1), cp_date_to_days(y + span, 1, 1), CP_GRAN_YEAR);
		return i + 2;
	}
	if (cp_dt_tail_glued(c, i + 1) &&
		!(punct(c, i + 1, '-') && is_year4(at(c, i + 2)) && !cp_dt_tail_glued(c, i + 3)))
		return -1;
	if (b = at(c, i + 1), b->kw == K_Q && at(c, i + 2)->kind == A_NUM && glued(c, i + 2) &&
		at(c, i + 2)->val >= 1 && at(c, i + 2)->val <= 4)
	{
		cp_dt_set_quarter(v, y, at(c, i + 2)->val);
		v->year = y;
		return i + 3;
	}
	if (month_word(c, i + 1) && at(c, i + 1)->len > 3 && at(c, i + 1)->wday < 0 &&
		at(c, i + 2)->kind != A_NUM)
	{
		v->year = y, v->month = at(c, i + 1)->month;
		cp_dt_finish_md(c, v);
		return i + 2;
	}
	if (y >= 1000 && year_context(c, i))
	{
		v->year = y;
		cp_dt_set_year(v, y);
		return i + 1;
	}
	return -1;
}

/*
 * Does a yearless M/D stand before a noun it qualifies ("9/11 victims", "the
 * 7/7 bombings", "On 9/11 Lawsuit Bill")?  Then it names an event: a date is
 * followed by punctuation, a word of the grammar ("on 9/11 at noon"), a
 * preposition ("5/12 with Jim") or the subject of its clause ("on 7/4 they").
 */
static bool
event_name(const ctx *c, int i)
{
	static const char *const subjects[] = {"i", "we", "you", "he", "she", "it", "they", "there", "this",
		"that", "these", "those", "with", "for", "as", "about", "against", "without", "via"};
	const atom *n = at(c, i);

	if (n->kind != A_WORD || n->kw != K_NONE || n->month > 0 || n->wday >= 0)
		return false;
	for (size_t k = 0; k < sizeof(subjects) / sizeof(subjects[0]); k++)
		if (cp_dt_word_is(c, i, subjects[k]))
			return false;
	return true;
}

/* Day and month numbers: M/D/Y, D/M/Y, M-D-Y, D.M.Y; M/Y; M/D (in context). */
static int
p_numeric_mdy(const ctx *c, int i, dval *v, bool dm_context)
{
	const atom *a = at(c, i);
	char		sep = at(c, i + 1)->ch;
	const atom *b = at(c, i + 2);
	bool		range_head;

	if (punct(c, i + 3, sep) && glued(c, i + 3) && glued(c, i + 4) && at(c, i + 4)->kind == A_NUM &&
		b->ndig <= 2)
	{
		const atom *d = at(c, i + 4);
		int			y = d->val,
					m = a->val,
					day = b->val;

		if (d->ndig == 2)
			y = full_year(y);
		else if (d->ndig != 4)
			return -1;
		if (sep == '.' || m > 12)
			m = b->val, day = a->val;	/* day first */
		if (!cp_date_valid(y, m, day) ||
			(cp_dt_tail_glued(c, i + 5) && !(punct(c, i + 5, '-') && punct(c, i + 7, sep))))
			return -1;
		v->year = y, v->month = m, v->day = day;
		cp_dt_finish_md(c, v);
		return i + 5;
	}
	if (is_year4(b) && a->val >= 1 && a->val <= 12 && sep != '.' && !cp_dt_tail_glued(c, i + 3))
	{
		v->year = b->val, v->month = a->val;
		cp_dt_finish_md(c, v);
		return i + 3;
	}
	/*
	 * M/D and M.D without a year: only where a date is expected, or as the
	 * first end of a range whose second end has its year ("3/2-3/9/2021")
	 */
	range_head = sep == '/' && punct(c, i + 3, '-') && glued(c, i + 3) && glued(c, i + 4) &&
		at(c, i + 4)->kind == A_NUM && punct(c, i + 5, '/') && punct(c, i + 7, '/') &&
		glued(c, i + 8) && at(c, i + 8)->kind == A_NUM;
	if ((dm_context || range_head) && b->ndig <= 2 && a->val >= 1 && a->val <= 12 && b->val >= 1 &&
		b->val <= cp_days_in_month(2000, a->val) && sep != '-' &&
		(range_head || (!cp_dt_tail_glued(c, i + 3) && !(sep == '/' && event_name(c, i + 3)))))
	{
		v->month = a->val, v->day = b->val;
		return cp_dt_finish_md(c, v) ? i + 3 : -1;
	}
	return -1;
}

/*
 * A day and its month after a dash glued to a day or a month, the second
 * end of a range: "9-12 June", "1st-7th October", "5 January-10 February".
 */
static bool
day_after_dash(const ctx *c, int i)
{
	const atom *p = at(c, i - 2);
	int			day,
				e;

	return punct(c, i - 1, '-') &&
		((p->kind == A_NUM && p->ndig <= 2) || p->kw == K_SUFFIX || month_word(c, i - 2)) &&
		(e = cp_dt_dayno(c, i, &day, false)) > 0 && month_word(c, e);
}

/*
 * Number-led numeric forms: ISO "2014-07-21", "2019-aug-1", "2020/Sep/23",
 * "20161016", "2015-12", "2017-q1", "2017 q1", "2017 april", "1990s",
 * "7/21/2014", "21.07.2014", "02-02-2020", "12-2015", "11/20" (with context),
 * and a bare year in context.
 */
int
cp_dt_numeric(const ctx *c, int i, dval *v, bool dm_context)
{
	const atom *a = at(c, i);

	memset(v, 0, sizeof(*v));
	if (a->kind != A_NUM)
		return -1;
	/* part of an identifier or a phone number: "ABC-12345", "138-2010"; not "9-12 June", "5 Jan-10 Feb" */
	if (glued(c, i) && !punct(c, i - 1, '(') && !punct(c, i - 1, '"') && !punct(c, i - 1, '\'') &&
		!day_after_dash(c, i) &&
		!punct(c, i - 1, '~') && !punct(c, i - 1, '=') &&
		!(punct(c, i - 1, '-') && (i < 2 || at(c, i - 1)->space || is_year4(at(c, i - 2)) ||
								   kw(c, i - 2) == K_MID || kw(c, i - 2) == K_EARLY || kw(c, i - 2) == K_LATE ||
								   cp_dt_prefix_bound(c, i - 2) != K_NONE ||
								   (at(c, i - 2)->kind == A_NUM &&
									(punct(c, i - 3, '/') || punct(c, i - 3, '-'))))))
		return -1;
	/* a third dash-separated number: "138-2010-2015" */
	if (punct(c, i - 1, '-') && glued(c, i - 1) && glued(c, i - 2) && punct(c, i - 3, '-') &&
		at(c, i - 4)->kind == A_NUM && glued(c, i - 3))
		return -1;
	if (a->ndig == 8 && a->val / 10000 >= 1900 && a->val / 10000 <= 2099 &&
		cp_date_valid(a->val / 10000, a->val / 100 % 100, a->val % 100) && !cp_dt_tail_glued(c, i + 1))
	{
		v->year = a->val / 10000, v->month = a->val / 100 % 100, v->day = a->val % 100;
		cp_dt_finish_md(c, v);
		return i + 1;
	}
	if (is_year4(a))
		return p_numeric_year(c, i, v);
	/* M/D/Y, D/M/Y, M-D-Y, D.M.Y; M/Y; M/D */
	if (a->ndig <= 2 && glued(c, i + 1) && glued(c, i + 2) && at(c, i + 2)->kind == A_NUM &&
		(punct(c, i + 1, '/') || punct(c, i + 1, '-') || punct(c, i + 1, '.')))
		return p_numeric_mdy(c, i, v, dm_context);
	/* "in '98": a year after a temporal word */
	if (punct(c, i - 1, '\'') && cp_dt_short_year(c, i - 1, &v->year) == i + 1 &&
		cp_dt_temporal_prev(c, i - 1))
	{
		cp_dt_set_year(v, v->year);
		return i + 1;
	}
	/* two-digit decades: "the '90s", "the 90s" */
	if (a->ndig == 2 && a->val % 10 == 0 && kw(c, i + 1) == K_S && glued(c, i + 1) &&
		(punct(c, i - 1, '\'') || kw(c, i - 1) == K_THE))
	{
		int			y = a->val < 20 ? 2000 + a->val : 1900 + a->val;

		set_days(v, cp_date_to_days(y, 1, 1), cp_date_to_days(y + 10, 1, 1), CP_GRAN_YEAR);
		return i + 2;
	}
	return cp_dt_daymonth(c, i, v);
}
