/*
 * dates_internal.h: what the parts of the date extractor share (not an API).
 *
 * dates_lex.c cuts a sentence into atoms and marks keywords, month and
 * weekday names; dates_absolute.c reads the forms that name a date by
 * themselves ("July 21, 2014", "2014-07-21", "7/21/2014"); dates_grammar.c
 * the relative phrases and parts of periods; dates_ranges.c the ranges,
 * open ranges and arithmetic built on them; dates_resolve.c turns what was read into day ranges against the
 * reference; dates.c scans sentences and holds the entry points.
 */
#ifndef CORPUS_DATES_INTERNAL_H
#define CORPUS_DATES_INTERNAL_H

#include "dates.h"

enum
{
	A_END, A_WORD, A_NUM, A_PUNCT
};

enum
{
	K_NONE, K_TODAY, K_TONIGHT, K_YESTERDAY, K_TOMORROW, K_AGO,
	K_LAST, K_NEXT, K_THIS, K_PAST, K_PREVIOUS, K_COMING, K_UPCOMING, K_FOLLOWING, K_CURRENT,
	K_EARLIER, K_LATER, K_EARLY, K_MID, K_MIDDLE, K_LATE, K_END, K_BEGINNING, K_START,
	K_SINCE, K_FROM, K_BETWEEN, K_TO, K_THROUGH, K_TILL, K_AND, K_OR, K_BEFORE, K_AFTER,
	K_IN, K_ON, K_OF, K_THE, K_A, K_DURING, K_BY, K_AT,
	K_DAY, K_WEEK, K_MONTHU, K_YEAR, K_FORTNIGHT, K_DECADE, K_QUARTER, K_WEEKEND, K_SEASON,
	K_FUT, K_LL, K_REPORT, K_Q, K_S, K_SUFFIX, K_NUMW, K_ORDW, K_HOLIDAY, K_FROMNOW, K_DATE, K_STARTING, K_UP,
	K_HALF, K_CENTURY, K_PREFIX, K_INTO, K_FY, K_DECADEW,
};

typedef struct atom
{
	uint32_t	start;
	uint32_t	len;
	uint8_t		kind;
	uint8_t		kw;
	bool		space;			/* white space (or sentence start) before */
	bool		cap;			/* capitalized word */
	char		ch;				/* punctuation: '-' for any dash, '\'' for apostrophes */
	int8_t		month;			/* 1..12 when a month name */
	int8_t		wday;			/* 0..6 when a weekday name, else -1 */
	uint8_t		ndig;			/* digits of a number */
	int32_t		val;			/* number value (ndig <= 9), or the keyword's value */
} atom;

/* The atoms of a sentence (dates.h); the buffer grows as needed and is reused. */
typedef struct cp_date_atoms atoms;

typedef struct dval
{
	int32_t		lo;
	int32_t		hi;
	bool		lo_inf;
	bool		hi_inf;
	uint8_t		gran;
	bool		rel;			/* depends on the reference date */
	/* what the text said, for ranges that share a year or month */
	int			year;			/* 0: not stated */
	int			month;
	int			day;
	int			wd;				/* weekday + 1 when a bare weekday */
	int			part;			/* P_* of "the end of X" */
	int32_t		whole_lo;		/* the period before the part was taken */
	int32_t		whole_hi;
} dval;

typedef struct ctx
{
	const char *text;
	atom	   *a;
	int			n;
	bool		has_ref;
	int32_t		ref;
	int			sent;
} ctx;

/* The modifier before a weekday or unit: "last", "next", "this", "past", ... */
enum
{
	M_NONE, M_LAST, M_NEXT, M_THIS, M_PAST, M_PREV, M_UPCOMING
};

/* Part of a period: early/mid/late, the end, the beginning. */
enum
{
	P_ALL, P_EARLY, P_MID, P_LATE, P_EARLIER, P_LATER
};

/* Holidays (K_HOLIDAY's val names the first word's; p_holiday reads the rest). */
enum
{
	H_NONE, H_CHRISTMAS, H_EASTER, H_THANKSGIVING, H_HALLOWEEN, H_CHRISTMAS_EVE, H_NEW_YEAR,
	H_NEW_YEARS_EVE, H_INDEPENDENCE, H_LABOR, H_MEMORIAL, H_VETERANS, H_VALENTINE, H_EASTER_MONDAY,
	H_BOXING, H_PRESIDENTS, H_COLUMBUS, H_BLACK_FRIDAY, H_GOOD_FRIDAY, H_ASH_WEDNESDAY, H_PALM_SUNDAY,
	H_ELECTION, H_MOTHERS, H_FATHERS, H_REMEMBRANCE, H_BASTILLE, H_CANADA, H_AUSTRALIA, H_ANZAC,
	H_PATRICK, H_KING, H_JUNETEENTH,
	H_LAST = H_JUNETEENTH
};

/* The atom past either end of the sentence. */
extern const atom cp_dt_end_atom;

static inline const atom *
at(const ctx *c, int i)
{
	return (i >= 0 && i < c->n) ? &c->a[i] : &cp_dt_end_atom;
}

static inline int
kw(const ctx *c, int i)
{
	return at(c, i)->kw;
}

static inline bool
punct(const ctx *c, int i, char ch)
{
	const atom *a = at(c, i);

	return a->kind == A_PUNCT && a->ch == ch;
}

/* Atom i touches the one before it (no space between). */
static inline bool
glued(const ctx *c, int i)
{
	return i > 0 && i < c->n && !c->a[i].space;
}

static inline bool
is_year4(const atom *a)
{
	return a->kind == A_NUM && a->ndig == 4 && a->val >= 1000 && a->val <= 2999;
}

/* A month name usable as such here (lone "May", "March" need context). */
static inline bool
month_word(const ctx *c, int i)
{
	const atom *a = at(c, i);

	return a->kind == A_WORD && a->month > 0;
}

/* A singular "day" (not "days"). */
static inline bool
day_word(const ctx *c, int i)
{
	return kw(c, i) == K_DAY && at(c, i)->len == 3;
}

static inline bool
range_word(const ctx *c, int i)
{
	int			k = kw(c, i);

	return k == K_TO || k == K_THROUGH || k == K_TILL || punct(c, i, '-') || punct(c, i, '~');
}

/* A counted unit's keyword ("days", "week", "quarters"), else 0. */
static inline int
unit_kw(int k)
{
	return (k == K_DAY || k == K_WEEK || k == K_MONTHU || k == K_YEAR || k == K_FORTNIGHT ||
			k == K_DECADE || k == K_QUARTER) ? k : 0;
}

static inline void
set_days(dval *v, int32_t lo, int32_t hi, int gran)
{
	v->lo = lo;
	v->hi = hi;
	v->lo_inf = v->hi_inf = false;
	v->gran = (uint8_t) gran;
}

static inline void
set_day(dval *v, int32_t d)
{
	set_days(v, d, d + 1, CP_GRAN_DAY);
}

static inline int32_t
week_start(int32_t d)
{
	return d - cp_days_weekday(d);
}

/* The first day that is weekday w (0 Monday .. 6 Sunday) on or after day d. */
static inline int32_t
weekday_on_or_after(int32_t d, int w)
{
	return d + (w - cp_days_weekday(d) + 7) % 7;
}

/* The last day that is weekday w on or before day d. */
static inline int32_t
weekday_on_or_before(int32_t d, int w)
{
	return d - (cp_days_weekday(d) - w + 7) % 7;
}

static inline int
ref_year(const ctx *c)
{
	return cp_days_to_date(c->ref).year;
}

/* dates_lex.c */
void		cp_dt_keywords_init(void);
void		cp_dt_lex(cp_arena *arena, atoms *v, const char *text, size_t from, size_t to);

/* dates_absolute.c: the parsers return the atom after the form, or -1 */
int			cp_dt_dayno(const ctx *c, int i, int *day, bool allow_the);
int			cp_dt_count(const ctx *c, int i, int *n);
int			cp_dt_short_year(const ctx *c, int i, int *y);
int			cp_dt_number_word(const ctx *c, int i, int cat);
int			cp_dt_spoken_year(const ctx *c, int i, int *y, bool dated);
int			cp_dt_year(const ctx *c, int i, int *y);
int			cp_dt_modified_year(const ctx *c, int i, int *y);
bool		cp_dt_temporal_prev(const ctx *c, int i);
int			cp_dt_prefix_bound(const ctx *c, int i);
bool		cp_dt_tail_glued(const ctx *c, int e);
int			cp_dt_month(const ctx *c, int i, dval *v);
int			cp_dt_daymonth(const ctx *c, int i, dval *v);
int			cp_dt_numeric(const ctx *c, int i, dval *v, bool dm_context);
int			cp_dt_fiscal_year(const ctx *c, int i, dval *v);

/*
 * dates_periods.c: named periods at atom i ("Q2", "the first half of 2019",
 * "last summer", "Christmas", "the week of June 8", "the 19th century",
 * "2019's second half");
 * the atom after it, or -1
 */
int			cp_dt_quarter(const ctx *c, int i, dval *v);
int			cp_dt_month_quarter(const ctx *c, int i, dval *v);
int			cp_dt_half(const ctx *c, int i, dval *v);
int			cp_dt_year_part(const ctx *c, int i, dval *v);
int			cp_dt_season(const ctx *c, int i, dval *v);
int			cp_dt_holiday(const ctx *c, int i, dval *v);
int			cp_dt_week(const ctx *c, int i, dval *v);
int			cp_dt_century(const ctx *c, int i, dval *v);
int			cp_dt_decade_word(const ctx *c, int i, dval *v);

/* dates_tense.c: the sentence before atom i speaks of the future ("will meet on Monday") */
bool		cp_dt_future_before(const ctx *c, int i);
/* the weekday at atoms i..e is the next one, not the last ("On Tuesday, the league plans to") */
bool		cp_dt_weekday_future(const ctx *c, int i, int e);
/* atom j is a finite verb in the past ("was", "closed"; not "is based", "have earmarked") */
bool		cp_dt_past_verb(const ctx *c, int j);
/* the month at atom i is a leg of a futures spread ("long May/short September") */
bool		cp_dt_spread_leg(const ctx *c, int i);
/* a point at atoms i..e: a month or day without a year, the year its clause's tense gives */
void		cp_dt_year_by_tense(const ctx *c, int i, int e, dval *v);

/*
 * dates_story.c.  "The following year", "the previous week", "the same
 * day", "later that month" at i, counted from anchor: the end of its atoms,
 * or -1.  *moves tells whether the story moves on to the date read (it does
 * with "the next day"), so that it is the anchor after it.
 */
int			cp_dt_story_date(const ctx *c, int i, const cp_date_anchor *anchor, dval *v, bool *moves);
/* Note the date v read in c as the anchor, if it is one. */
void		cp_dt_anchor_note(cp_date_anchor *anchor, const ctx *c, const dval *v);
/* a single point, with an optional part ("early July"), no range: TIMEX3 marks each end */
int			cp_dt_point(const ctx *c, int i, dval *v);
/* a simple point: absolute forms first, then relative ones; the atom after it, or -1 */
int			cp_dt_simple_point(const ctx *c, int i, dval *v);
/* "two days", "3 weeks and 2 days": a sum of counted units; the atom after it, or -1 */
int			cp_dt_duration(const ctx *c, int i, int *units, int *counts, int *nparts);
/* the modifier (M_*) keyword k stands for: "last" M_LAST, "next" M_NEXT, ... */
int			cp_dt_modifier(int k);
/* atom i is the word w (lower case) */
bool		cp_dt_word_is(const ctx *c, int i, const char *w);
/* atom i is one of the words (lower case) of the NULL-terminated list ws */
bool		cp_dt_word_among(const ctx *c, int i, const char *const *ws);

/* Is atom i "last" the verb, after "to", "will" or a modal ("expected to last two weeks")? */
bool		cp_dt_verb_last(const ctx *c, int i);

/* Days listed in one month ("March 2 and 3"): each day's atoms [s, e) and value. */
#define CP_DT_LIST_MAX 8
typedef struct cp_dt_list
{
	int			n;
	int			s[CP_DT_LIST_MAX];
	int			e[CP_DT_LIST_MAX];
	dval		v[CP_DT_LIST_MAX];
} cp_dt_list;

/* dates_ranges.c: atom e ends the phrase before it (the end, punctuation, a preposition, a conjunction), no noun follows */
bool		cp_dt_phrase_ends(const ctx *c, int e);
/* dates_ranges.c: the days of a list at atom i into l; the atom after the list, or -1 */
int			cp_dt_day_list(const ctx *c, int i, cp_dt_list *l);
/* dates_ranges.c: the two years of a span at atom i ("1987-89", "1986/87"); the atom after it, or -1 */
int			cp_dt_year_span(const ctx *c, int i, int *first, int *second);
/* dates_ranges.c: a full expression at atom i; the atom after it, or -1 */
int			cp_dt_expr(const ctx *c, int i, dval *v);
/* dates_ranges.c: a bare day y that ends a range after the day x before atom e ("June 5-10"); the atom after it, or -1 */
int			cp_dt_range_day(const ctx *c, int e, const dval *x, dval *y);
/* the first end v of a range before atom e takes the year its second end states */
bool		cp_dt_range_year(const ctx *c, int e, dval *v);

/* dates.c: lex text[from..to) and a lookahead on its line into buf; c reads it */
void		cp_dt_sentence(cp_arena *arena, atoms *buf, const char *text, size_t len, size_t from,
						   size_t to, int sentence, bool has_ref, int32_t ref, ctx *c);
/* the byte span that LOOKAHEAD lets a sentence's mentions reach */
#define CP_DT_LOOKAHEAD 48

/* dates_resolve.c */
void		cp_dt_set_month(dval *v, int y, int m);
void		cp_dt_set_year(dval *v, int y);
void		cp_dt_set_quarter(dval *v, int y, int q);
void		cp_dt_set_season(dval *v, int y, int s);
bool		cp_dt_finish_md(const ctx *c, dval *v);
int32_t		cp_dt_resolve_weekday(const ctx *c, int w, int mod, bool future);
bool		cp_dt_unit_value(const ctx *c, int unit, int season, int k, dval *v);
int32_t		cp_dt_shift(int32_t d, int unit, int n);
void		cp_dt_apply_part(const ctx *c, dval *v, int part);
int32_t		cp_dt_holiday_day(int h, int y);
int32_t		cp_dt_iso_week1(int y);
int32_t		cp_dt_nth_week(int32_t lo, int32_t hi, int n);
bool		cp_dt_join_range(const ctx *c, dval *x, dval *y);

#endif
