/*
 * dates.c: date expressions, found by a hand-written parser over "atoms".
 *
 * Each sentence is cut into atoms: runs of letters, runs of digits, and
 * single other characters (dashes and apostrophes normalized), so "7/21/2014",
 * "Dec31", "2017-q1" and "5th" all split the same regular way.  A keyword
 * table marks the few words a date can start with; the parser runs only at
 * those atoms and at digits, which keeps the scan cheap on ordinary prose.
 *
 * Conventions (documented in doc/dates.md): a day is [d, d+1); a range
 * "X to Y" is [start of X, start of Y), as Recognizers-Text writes them;
 * "since X" runs to the reference day inclusive when X is in the past;
 * weekdays mean the most recent such day on or before the reference unless
 * the sentence speaks of the future before them ("will meet on Monday").
 */
#include "dates.h"

#include "article.h"
#include "hash.h"
#include "numbers.h"
#include "sentences.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- atoms */

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

typedef struct kwdef
{
	const char *w;
	uint8_t		kw;
	int16_t		val;
} kwdef;

static const kwdef kwtab[] = {
	{"today", K_TODAY, 0}, {"tonight", K_TONIGHT, 0}, {"yesterday", K_YESTERDAY, 0},
	{"tomorrow", K_TOMORROW, 0}, {"ago", K_AGO, 0}, {"last", K_LAST, 0}, {"next", K_NEXT, 0},
	{"this", K_THIS, 0}, {"past", K_PAST, 0}, {"previous", K_PREVIOUS, 0}, {"prior", K_PREVIOUS, 0},
	{"coming", K_COMING, 0}, {"upcoming", K_UPCOMING, 0}, {"following", K_FOLLOWING, 0},
	{"current", K_CURRENT, 0}, {"earlier", K_EARLIER, 0}, {"later", K_LATER, 0},
	{"early", K_EARLY, 0}, {"mid", K_MID, 0}, {"middle", K_MIDDLE, 0}, {"late", K_LATE, 0},
	{"end", K_END, 0}, {"beginning", K_BEGINNING, 0}, {"start", K_START, 0},
	{"since", K_SINCE, 0}, {"from", K_FROM, 0}, {"between", K_BETWEEN, 0}, {"to", K_TO, 0},
	{"through", K_THROUGH, 0}, {"thru", K_THROUGH, 0}, {"till", K_TILL, 0}, {"until", K_TILL, 0},
	{"and", K_AND, 0}, {"or", K_OR, 0}, {"before", K_BEFORE, 0}, {"after", K_AFTER, 0},
	{"in", K_IN, 0}, {"on", K_ON, 0}, {"of", K_OF, 0}, {"the", K_THE, 0}, {"a", K_A, 1},
	{"an", K_A, 1}, {"during", K_DURING, 0}, {"by", K_BY, 0}, {"at", K_AT, 0},
	{"day", K_DAY, 0}, {"days", K_DAY, 0}, {"week", K_WEEK, 0}, {"weeks", K_WEEK, 0},
	{"month", K_MONTHU, 0}, {"months", K_MONTHU, 0}, {"year", K_YEAR, 0}, {"years", K_YEAR, 0},
	{"fortnight", K_FORTNIGHT, 0}, {"decade", K_DECADE, 0}, {"decades", K_DECADE, 0},
	{"quarter", K_QUARTER, 0}, {"quarters", K_QUARTER, 0}, {"weekend", K_WEEKEND, 0},
	{"spring", K_SEASON, 1}, {"summer", K_SEASON, 2}, {"autumn", K_SEASON, 3}, {"fall", K_SEASON, 3},
	{"winter", K_SEASON, 4},
	{"will", K_FUT, 0}, {"shall", K_FUT, 0}, {"scheduled", K_FUT, 0}, {"expected", K_FUT, 0},
	{"plans", K_FUT, 0}, {"planned", K_FUT, 0}, {"due", K_FUT, 0}, {"ll", K_LL, 0},
	{"said", K_REPORT, 0}, {"says", K_REPORT, 0}, {"told", K_REPORT, 0},
	{"announced", K_REPORT, 0}, {"added", K_REPORT, 0}, {"reported", K_REPORT, 0},
	{"confirmed", K_REPORT, 0}, {"stated", K_REPORT, 0},
	{"q", K_Q, 0}, {"date", K_DATE, 0}, {"starting", K_STARTING, 0}, {"up", K_UP, 0}, {"s", K_S, 0}, {"st", K_SUFFIX, 0}, {"nd", K_SUFFIX, 0}, {"rd", K_SUFFIX, 0},
	{"th", K_SUFFIX, 0}, {"now", K_FROMNOW, 0},
	{"christmas", K_HOLIDAY, 1}, {"easter", K_HOLIDAY, 2}, {"thanksgiving", K_HOLIDAY, 3},
	{"halloween", K_HOLIDAY, 4},
};

#define NKW (sizeof(kwtab) / sizeof(kwtab[0]))
#define MAX_KW_LEN 12
#define KW_SLOTS 1024			/* power of two, over four times the entries */

/* One hash slot: a word's keyword and, if a name, its month or weekday. */
typedef struct kwslot
{
	char		w[MAX_KW_LEN + 1];
	uint8_t		len;
	uint8_t		kw;
	int8_t		month;
	int8_t		wday;
	int16_t		val;
} kwslot;

static kwslot *kw_hash;

static kwslot *
kw_slot(const char *lower, size_t len, bool insert)
{
	uint32_t	h = cp_fnv32(lower, len) & (KW_SLOTS - 1);

	for (;;)
	{
		kwslot	   *sl = &kw_hash[h];

		if (sl->len == 0)
		{
			if (!insert)
				return NULL;
			memcpy(sl->w, lower, len);
			sl->len = (uint8_t) len;
			sl->wday = -1;
			return sl;
		}
		if (sl->len == len && memcmp(sl->w, lower, len) == 0)
			return sl;
		h = (h + 1) & (KW_SLOTS - 1);
	}
}

/*
 * Number words come from the number lexicon (numbers.h): cardinals up to
 * sixty, for counts ("sixty days ago") and the tens of "twenty-first", and
 * ordinals up to 31, the days of a month.  A date keyword keeps its own
 * reading ("quarter" is a period, not an ordinal).
 */
static void
kw_add_number_words(void)
{
	const cp_lex_entry *e;

	for (int i = 0; (e = cp_lex_get(i)) != NULL; i++)
	{
		bool		cardinal = (e->cat == CP_LX_DIGIT || e->cat == CP_LX_TEEN ||
								e->cat == CP_LX_TENS) && e->value >= 1 && e->value <= 60;
		bool		ordinal = e->cat == CP_LX_ORD && e->value <= 31;
		kwslot	   *sl;

		if ((!cardinal && !ordinal) || strlen(e->word) > MAX_KW_LEN)
			continue;
		sl = kw_slot(e->word, strlen(e->word), true);
		if (sl->kw != K_NONE)
			continue;
		sl->kw = cardinal ? K_NUMW : K_ORDW;
		sl->val = (int16_t) e->value;
	}
}

/* Built once per process in persistent memory; read-only afterwards. */
static void
kw_init(void)
{
	size_t		i;

	if (kw_hash)
		return;
	{
		kwslot	   *t = cp_alloc_persistent(KW_SLOTS * sizeof(kwslot));

		memset(t, 0, KW_SLOTS * sizeof(kwslot));
		kw_hash = t;
	}
	for (i = 0; i < NKW; i++)
	{
		kwslot	   *sl = kw_slot(kwtab[i].w, strlen(kwtab[i].w), true);

		sl->kw = kwtab[i].kw;
		sl->val = kwtab[i].val;
	}
	kw_add_number_words();
	for (i = 0; i < cp_calendar_nnames; i++)
	{
		const cp_calendar_name *nm = &cp_calendar_names[i];
		kwslot	   *sl = kw_slot(nm->word, strlen(nm->word), true);

		sl->month = nm->month;
		sl->wday = nm->wday;
	}
}

static const kwslot *
kw_lookup(const char *s, size_t len)
{
	char		buf[MAX_KW_LEN];
	size_t		i;

	if (len > MAX_KW_LEN)
		return NULL;
	for (i = 0; i < len; i++)
		buf[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i];
	return kw_slot(buf, len, false);
}

static bool
is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Cut text[from..to) into atoms; returns the count (atoms grows as needed). */
typedef struct atoms
{
	atom	   *a;
	size_t		n;
	size_t		cap;
} atoms;

static atom *
atoms_push(cp_arena *arena, atoms *v)
{
	if (v->n == v->cap)
	{
		size_t		ncap = v->cap ? v->cap * 2 : 256;
		atom	   *na = cp_arena_alloc(arena, ncap * sizeof(atom));

		if (v->n)
			memcpy(na, v->a, v->n * sizeof(atom));
		v->a = na;
		v->cap = ncap;
	}
	memset(&v->a[v->n], 0, sizeof(atom));
	v->a[v->n].wday = -1;
	return &v->a[v->n++];
}

static void
lex(cp_arena *arena, atoms *v, const char *text, size_t from, size_t to)
{
	size_t		i = from;
	bool		space = true;

	v->n = 0;
	while (i < to)
	{
		unsigned char c = (unsigned char) text[i];
		atom	   *a;

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
		{
			space = true;
			i++;
			continue;
		}
		if (is_alpha(c))
		{
			size_t		j = i;
			const kwslot *k;

			while (j < to && is_alpha((unsigned char) text[j]))
				j++;
			a = atoms_push(arena, v);
			a->kind = A_WORD;
			a->start = (uint32_t) i;
			a->len = (uint32_t) (j - i);
			a->cap = c >= 'A' && c <= 'Z';
			if ((k = kw_lookup(text + i, a->len)) != NULL)
			{
				a->kw = k->kw;
				a->val = k->val;
				a->month = k->month;
				a->wday = k->wday;
			}
			i = j;
		}
		else if (is_digit(c))
		{
			size_t		j = i;
			int32_t		val = 0;

			while (j < to && is_digit((unsigned char) text[j]))
			{
				if (j - i < 9)
					val = val * 10 + (text[j] - '0');
				j++;
			}
			a = atoms_push(arena, v);
			a->kind = A_NUM;
			a->start = (uint32_t) i;
			a->len = (uint32_t) (j - i);
			a->ndig = (uint8_t) (j - i > 20 ? 20 : j - i);
			a->val = val;
			i = j;
		}
		else
		{
			uint32_t	cp;
			int			n = c < 0x80 ? 1 : cp_utf8_decode(text + i, to - i, &cp);

			if (c >= 0x80 && cp_uc_is(cp, CP_UC_SPACE))
			{
				space = true;
				i += n;
				continue;
			}
			a = atoms_push(arena, v);
			a->kind = A_PUNCT;
			a->start = (uint32_t) i;
			a->len = (uint32_t) n;
			if (c < 0x80)
				a->ch = (char) c;
			else if (cp_uc_is(cp, CP_UC_DASH))
				a->ch = '-';
			else if (cp_uc_is(cp, CP_UC_APOS))
				a->ch = '\'';
			else
				a->ch = '?';
			i += n;
		}
		v->a[v->n - 1].space = space;
		space = false;
	}
}

/* ---------------------------------------------------------------- values */

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

static const atom end_atom = {0, 0, A_END, K_NONE, true, false, 0, 0, -1, 0, 0};

static inline const atom *
at(const ctx *c, int i)
{
	return (i >= 0 && i < c->n) ? &c->a[i] : &end_atom;
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

static void
set_days(dval *v, int32_t lo, int32_t hi, int gran)
{
	v->lo = lo;
	v->hi = hi;
	v->lo_inf = v->hi_inf = false;
	v->gran = (uint8_t) gran;
}

static void
set_day(dval *v, int32_t d)
{
	set_days(v, d, d + 1, CP_GRAN_DAY);
}

static void
set_month(dval *v, int y, int m)
{
	set_days(v, cp_date_to_days(y, m, 1), cp_days_add_months(cp_date_to_days(y, m, 1), 1),
			 CP_GRAN_MONTH);
}

static void
set_year(dval *v, int y)
{
	set_days(v, cp_date_to_days(y, 1, 1), cp_date_to_days(y + 1, 1, 1), CP_GRAN_YEAR);
}

static void
set_quarter(dval *v, int y, int q)
{
	int32_t		lo = cp_date_to_days(y, 3 * q - 2, 1);

	set_days(v, lo, cp_days_add_months(lo, 3), CP_GRAN_MONTH);
}

/* Meteorological seasons of the northern hemisphere; winter Y is Dec Y .. Feb Y+1. */
static void
set_season(dval *v, int y, int s)
{
	int32_t		lo = cp_date_to_days(y, 3 * s, 1);

	set_days(v, lo, cp_days_add_months(lo, 3), CP_GRAN_SEASON);
}

static int32_t
week_start(int32_t d)
{
	return d - cp_days_weekday(d);
}

static int
ref_year(const ctx *c)
{
	return cp_days_to_date(c->ref).year;
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
	/* Feb 29 outside a leap year: the nearest leap year */
	for (k = 0; k < 8 && !best; k++)
	{
		if (cp_date_valid(y + k, m, d))
			best = y + k;
		else if (cp_date_valid(y - k, m, d))
			best = y - k;
	}
	return best ? best : y;
}

/* Fill v from its stated year/month/day, taking a missing year from the reference. */
static bool
finish_md(const ctx *c, dval *v)
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
		set_month(v, y, v->month);
	return true;
}

/* ---------------------------------------------------------------- pieces */

static bool
is_year4(const atom *a)
{
	return a->kind == A_NUM && a->ndig == 4 && a->val >= 1000 && a->val <= 2999;
}

/* Day of month: "21", "21st", "twenty-first", "the 21st". Returns the end or -1. */
static int
p_dayno(const ctx *c, int i, int *day, bool allow_the)
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

/* A count: "3", "three", "twenty-one", "a". */
static int
p_count(const ctx *c, int i, int *n)
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

/* A month name usable as such here (lone "May", "March" need context). */
static bool
month_word(const ctx *c, int i)
{
	const atom *a = at(c, i);

	return a->kind == A_WORD && a->month > 0;
}

static bool tail_glued(const ctx *c, int e);
static bool range_word(const ctx *c, int i);

/* Words that introduce a lone month, year or season as a time. */
static bool
temporal_prev(const ctx *c, int i)
{
	switch (kw(c, i - 1))
	{
		case K_IN: case K_SINCE: case K_FROM: case K_TO: case K_TILL: case K_BY: case K_OF:
		case K_DURING: case K_BEFORE: case K_AFTER: case K_BETWEEN: case K_THROUGH:
		case K_EARLY: case K_MID: case K_LATE: case K_LAST: case K_NEXT: case K_THIS:
		case K_PAST: case K_COMING: case K_UPCOMING: case K_AND: case K_OR:
		case K_PREVIOUS: case K_FOLLOWING: case K_ON: case K_AT:
			return true;
		default:
			return false;
	}
}

/*
 * Month-led: "July 21, 2014", "Dec. 31 , 1994", "July 21. 2014", "July 4th of
 * 1995", "June the 28th 2020", "July 2014", "Dec-2018", "june of 1992", "July".
 */
static int
p_month(const ctx *c, int i, dval *v)
{
	const atom *a = at(c, i);
	int			j = i + 1,
				k,
				day = 0;

	if (!month_word(c, i))
		return -1;
	/* "$DEC", "ABC-Dec": part of a symbol */
	if (glued(c, i) && (at(c, i - 1)->kind == A_WORD || punct(c, i - 1, '$') ||
						punct(c, i - 1, '#') || punct(c, i - 1, '@') || punct(c, i - 1, '_')))
		return -1;
	if (punct(c, j, '.') && glued(c, j) && a->len <= 4)
		j++;
	memset(v, 0, sizeof(*v));
	v->month = a->month;
	k = j;
	if (punct(c, k, ',') || (punct(c, k, '/') && glued(c, k) && glued(c, k + 1)))
		k++;
	if ((k = p_dayno(c, k, &day, true)) > 0 && !punct(c, k, ':') && !punct(c, k, '%') &&
		!(punct(c, k, '.') && glued(c, k) && at(c, k + 1)->kind == A_NUM && glued(c, k + 1)))
	{
		int			e = k;

		v->day = day;
		if (punct(c, e, ',') || punct(c, e, '.'))
			e++;
		if (kw(c, e) == K_OF || kw(c, e) == K_IN)
			e++;
		if (is_year4(at(c, e)) && !tail_glued(c, e + 1))
		{
			v->year = at(c, e)->val;
			return finish_md(c, v) ? e + 1 : -1;
		}
		if (day > cp_days_in_month(2000, v->month))
			return -1;
		return finish_md(c, v) ? k : -1;
	}
	k = j;
	if (punct(c, k, ',') || ((punct(c, k, '-') || punct(c, k, '/')) && glued(c, k)) || kw(c, k) == K_OF)
		k++;
	if (is_year4(at(c, k)) && !(glued(c, k + 1) && at(c, k + 1)->kind != A_PUNCT))
	{
		v->year = at(c, k)->val;
		finish_md(c, v);
		return k + 1;
	}
	/* a lone month: needs a capital or a temporal word, "May"/"March" both */
	{
		bool		ambiguous = a->len == 3 && a->month == 5;
		bool		tp = temporal_prev(c, i) ||
			(range_word(c, j) && month_word(c, j + 1) && (a->cap || at(c, j + 1)->cap));

		if (a->len <= 4 && !tp)
			return -1;			/* "Jan", "Sept" alone */
		if (a->month == 3 && a->len == 5)
			ambiguous = true;
		if (ambiguous && !(a->cap && tp))
			return -1;
		if (!a->cap && !tp)
			return -1;
		if ((!tp || kw(c, i - 1) == K_AND || kw(c, i - 1) == K_OR) && at(c, j)->kind == A_WORD &&
			at(c, j)->cap && !at(c, j)->kw && !at(c, j)->month && at(c, j)->wday < 0)
			return -1;			/* "June Smith", "and June Carter" */
		if (!tp && i > 0 && kw(c, i - 1) == K_NONE && at(c, i - 1)->cap)
			return -1;			/* "Harriet June" */
	}
	finish_md(c, v);
	return j;
}

/*
 * Day-led: "6 June 2025", "4th of July, 1995", "the 28th of June", "19 june".
 */
static int
p_daymonth(const ctx *c, int i, dval *v)
{
	int			day,
				j = p_dayno(c, i, &day, true),
				k;

	if (j < 0)
		return -1;
	if (kw(c, j) == K_OF)
		j++;
	if (!month_word(c, j) || at(c, j)->wday >= 0)
		return -1;
	memset(v, 0, sizeof(*v));
	v->month = at(c, j)->month;
	v->day = day;
	j++;
	if (punct(c, j, '.') && glued(c, j))
		j++;
	k = j;
	if (punct(c, k, ','))
		k++;
	if (kw(c, k) == K_OF || kw(c, k) == K_IN)
		k++;
	if (is_year4(at(c, k)))
	{
		v->year = at(c, k)->val;
		j = k + 1;
	}
	return finish_md(c, v) ? j : -1;
}

/* Something glued to the right of a numeric form makes it an identifier. */
static bool
tail_glued(const ctx *c, int e)
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

/* Words before a bare year that make it one ("in 2012", "the 2014 war"). */
static bool
year_context(const ctx *c, int i)
{
	int			p = kw(c, i - 1);

	if ((punct(c, i - 1, '~') || punct(c, i - 1, '-')) && is_year4(at(c, i - 2)))
		return true;
	if (range_word(c, i + 1) && is_year4(at(c, i + 2)) && !tail_glued(c, i + 3))
		return true;			/* "2014 to 2018", "2014-2018" */
	return temporal_prev(c, i) || p == K_THE || p == K_YEAR || p == K_END ||
		p == K_BEGINNING || p == K_START || p == K_MIDDLE || p == K_SEASON;
}

/*
 * Number-led numeric forms: ISO "2014-07-21", "2019-aug-1", "2020/Sep/23",
 * "20161016", "2015-12", "2017-q1", "2017 q1", "2017 april", "1990s",
 * "7/21/2014", "21.07.2014", "02-02-2020", "12-2015", "11/20" (with context),
 * and a bare year in context.
 */
static int
p_numeric(const ctx *c, int i, dval *v, bool dm_context)
{
	const atom *a = at(c, i);

	memset(v, 0, sizeof(*v));
	if (a->kind != A_NUM)
		return -1;
	/* part of an identifier or a phone number: "ABC-12345", "138-2010" */
	if (glued(c, i) && !punct(c, i - 1, '(') && !punct(c, i - 1, '"') && !punct(c, i - 1, '\'') &&
		!punct(c, i - 1, '~') && !punct(c, i - 1, '=') &&
		!(punct(c, i - 1, '-') && (i < 2 || at(c, i - 1)->space || is_year4(at(c, i - 2)) ||
								   (at(c, i - 2)->kind == A_NUM &&
									(punct(c, i - 3, '/') || punct(c, i - 3, '-'))))))
		return -1;
	/* a third dash-separated number: "138-2010-2015" */
	if (punct(c, i - 1, '-') && glued(c, i - 1) && glued(c, i - 2) && punct(c, i - 3, '-') &&
		at(c, i - 4)->kind == A_NUM && glued(c, i - 3))
		return -1;
	if (a->ndig == 8 && a->val / 10000 >= 1900 && a->val / 10000 <= 2099 &&
		cp_date_valid(a->val / 10000, a->val / 100 % 100, a->val % 100) && !tail_glued(c, i + 1))
	{
		v->year = a->val / 10000, v->month = a->val / 100 % 100, v->day = a->val % 100;
		finish_md(c, v);
		return i + 1;
	}
	if (is_year4(a))
	{
		int			y = a->val;
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
				if (m && cp_date_valid(y, m, day) && !tail_glued(c, i + 5))
				{
					v->year = y, v->month = m, v->day = day;
					finish_md(c, v);
					return i + 5;
				}
				return -1;
			}
			/* Y-M, Y-q1 */
			if (sep == '-' && b->kind == A_NUM && b->ndig <= 2 && b->val >= 1 && b->val <= 12 &&
				!tail_glued(c, i + 3))
			{
				v->year = y, v->month = b->val;
				finish_md(c, v);
				return i + 3;
			}
			if (sep == '-' && b->kw == K_Q && glued(c, i + 3) && at(c, i + 3)->kind == A_NUM &&
				at(c, i + 3)->val >= 1 && at(c, i + 3)->val <= 4)
			{
				set_quarter(v, y, at(c, i + 3)->val);
				v->year = y;
				return i + 4;
			}
		}
		if (kw(c, i + 1) == K_S && glued(c, i + 1) && y % 10 == 0)
		{
			set_days(v, cp_date_to_days(y, 1, 1), cp_date_to_days(y + 10, 1, 1), CP_GRAN_YEAR);
			return i + 2;
		}
		if (tail_glued(c, i + 1) &&
			!(punct(c, i + 1, '-') && is_year4(at(c, i + 2)) && !tail_glued(c, i + 3)))
			return -1;
		if (b = at(c, i + 1), b->kw == K_Q && at(c, i + 2)->kind == A_NUM && glued(c, i + 2) &&
			at(c, i + 2)->val >= 1 && at(c, i + 2)->val <= 4)
		{
			set_quarter(v, y, at(c, i + 2)->val);
			v->year = y;
			return i + 3;
		}
		if (month_word(c, i + 1) && at(c, i + 1)->len > 3 && at(c, i + 1)->wday < 0 &&
			at(c, i + 2)->kind != A_NUM)
		{
			v->year = y, v->month = at(c, i + 1)->month;
			finish_md(c, v);
			return i + 2;
		}
		if (y >= 1000 && year_context(c, i))
		{
			v->year = y;
			set_year(v, y);
			return i + 1;
		}
		return -1;
	}
	/* M/D/Y, D/M/Y, M-D-Y, D.M.Y; M/Y; M/D */
	if (a->ndig <= 2 && glued(c, i + 1) && glued(c, i + 2) && at(c, i + 2)->kind == A_NUM &&
		(punct(c, i + 1, '/') || punct(c, i + 1, '-') || punct(c, i + 1, '.')))
	{
		char		sep = at(c, i + 1)->ch;
		const atom *b = at(c, i + 2);

		if (punct(c, i + 3, sep) && glued(c, i + 3) && glued(c, i + 4) && at(c, i + 4)->kind == A_NUM &&
			b->ndig <= 2)
		{
			const atom *d = at(c, i + 4);
			int			y = d->val,
						m = a->val,
						day = b->val;

			if (d->ndig == 2)
				y += y < 50 ? 2000 : 1900;
			else if (d->ndig != 4)
				return -1;
			if (sep == '.' || m > 12)
				m = b->val, day = a->val;	/* day first */
			if (!cp_date_valid(y, m, day) ||
				(tail_glued(c, i + 5) && !(punct(c, i + 5, '-') && punct(c, i + 7, sep))))
				return -1;
			v->year = y, v->month = m, v->day = day;
			finish_md(c, v);
			return i + 5;
		}
		if (is_year4(b) && a->val >= 1 && a->val <= 12 && sep != '.' && !tail_glued(c, i + 3))
		{
			v->year = b->val, v->month = a->val;
			finish_md(c, v);
			return i + 3;
		}
		/* M/D and M.D without a year: only where a date is expected */
		if (dm_context && b->ndig <= 2 && a->val >= 1 && a->val <= 12 && b->val >= 1 &&
			b->val <= cp_days_in_month(2000, a->val) && sep != '-' && !tail_glued(c, i + 3))
		{
			v->month = a->val, v->day = b->val;
			return finish_md(c, v) ? i + 3 : -1;
		}
		return -1;
	}
	/* two-digit decades: "the '90s", "the 90s" */
	if (a->ndig == 2 && a->val % 10 == 0 && kw(c, i + 1) == K_S && glued(c, i + 1) &&
		(punct(c, i - 1, '\'') || kw(c, i - 1) == K_THE))
	{
		int			y = a->val < 20 ? 2000 + a->val : 1900 + a->val;

		set_days(v, cp_date_to_days(y, 1, 1), cp_date_to_days(y + 10, 1, 1), CP_GRAN_YEAR);
		return i + 2;
	}
	return p_daymonth(c, i, v);
}

/* ---------------------------------------------------------------- relative */

/* Is the sentence, before atom i, about the future ("will meet on Monday")? */
static bool
future_before(const ctx *c, int i)
{
	int			j;
	bool		fut = false;

	for (j = 0; j < i; j++)
	{
		int			k = kw(c, j);

		if (k == K_FUT || (k == K_LL && glued(c, j) && punct(c, j - 1, '\'')))
			fut = true;
		else if (k == K_REPORT)
			fut = false;		/* "..., he said on Monday": the saying is past */
	}
	return fut;
}

enum
{
	M_NONE, M_LAST, M_NEXT, M_THIS, M_PAST, M_PREV, M_UPCOMING
};

static int
mod_of(int k)
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

/* A weekday w relative to the reference, by modifier and tense. */
static int32_t
resolve_weekday(const ctx *c, int w, int mod, bool future)
{
	int32_t		r = c->ref,
				ws = week_start(r);
	int			rw = cp_days_weekday(r);

	switch (mod)
	{
		case M_NEXT:
			return ws + 7 + w;	/* in the following week */
		case M_PREV:
			return ws - 7 + w;	/* in the week before */
		case M_THIS:
			return ws + w;
		case M_UPCOMING:
			return r + ((w - rw + 7) % 7 ? (w - rw + 7) % 7 : 7);
		case M_LAST:
		case M_PAST:
			return r - ((rw - w + 7) % 7 ? (rw - w + 7) % 7 : 7);
		default:
			/* on or after the reference for the future, on or before for the past */
			if (future)
				return r + (w - rw + 7) % 7;
			return r - (rw - w + 7) % 7;
	}
}

/* A calendar unit (week, month, year, ...) shifted by k units from the reference's. */
static bool
unit_value(const ctx *c, int unit, int season, int k, dval *v)
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
			set_month(v, r.year, r.month);
			v->lo = cp_days_add_months(v->lo, k);
			v->hi = cp_days_add_months(v->lo, 1);
			return true;
		case K_QUARTER:
			set_quarter(v, r.year, (r.month - 1) / 3 + 1);
			v->lo = cp_days_add_months(v->lo, 3 * k);
			v->hi = cp_days_add_months(v->lo, 3);
			return true;
		case K_YEAR:
			set_year(v, r.year + k);
			return true;
		case K_DECADE:
			set_days(v, cp_date_to_days(r.year / 10 * 10 + 10 * k, 1, 1),
					 cp_date_to_days(r.year / 10 * 10 + 10 * k + 10, 1, 1), CP_GRAN_YEAR);
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
					set_season(v, r.year, season);
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
					set_season(v, target / 4, target % 4 + 1);
				}
				return true;
			}
	}
	return false;
}

static int
unit_kw(int k)
{
	return (k == K_DAY || k == K_WEEK || k == K_MONTHU || k == K_YEAR || k == K_FORTNIGHT ||
			k == K_DECADE || k == K_QUARTER) ? k : 0;
}

/* ref shifted by n units (for "ago", "from now", rolling ranges). */
static int32_t
shift(int32_t d, int unit, int n)
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

/* "two days", "3 weeks and 2 days": a sum of counted units; returns end, fills units. */
static int
p_duration(const ctx *c, int i, int *units, int *counts, int *nparts)
{
	int			j = i,
				n = 0;

	for (;;)
	{
		int			cnt,
					k = p_count(c, j, &cnt);

		if (k < 0 || !unit_kw(kw(c, k)) || cnt > 1000 || n == 4)
			break;
		if (kw(c, k) == K_DECADE && cnt > 100)
			break;
		units[n] = kw(c, k);
		counts[n] = cnt;
		n++;
		j = k + 1;
		if (kw(c, j) == K_AND && p_count(c, j + 1, &cnt) > 0)
			j++;
		else if (punct(c, j, ',') && p_count(c, j + 1, &cnt) > 0)
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

/* Part of a period: early/mid/late, the end, the beginning. */
enum
{
	P_ALL, P_EARLY, P_MID, P_LATE, P_EARLIER, P_LATER
};

static void
apply_part(const ctx *c, dval *v, int part)
{
	int32_t		lo = v->lo,
				hi = v->hi,
				len = hi - lo;

	if (part == P_ALL || v->lo_inf || v->hi_inf)
		return;
	if (part == P_EARLIER || part == P_LATER)
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

static int	p_point(const ctx *c, int i, dval *v);

/* A weekday, possibly with a modifier already read and a date after it. */
static int
p_weekday(const ctx *c, int i, int mod, dval *v)
{
	const atom *a = at(c, i);
	int			j = i + 1,
				day;
	dval		d;

	if (a->kind != A_WORD || a->wday < 0)
		return -1;
	if (punct(c, j, '.') && glued(c, j) && a->len < 6)
		j++;
	{
		int			k = j;
		int			e;

		if (punct(c, k, ','))
			k++;
		/* "Monday, July 21, 2014", "Friday 2018-7-6", "friday 5/12", "Monday 21" */
		if (((e = p_month(c, k, &d)) > 0 || (e = p_numeric(c, k, &d, true)) > 0) &&
			d.gran == CP_GRAN_DAY)
		{
			*v = d;
			return e;
		}
		if ((e = p_dayno(c, k, &day, true)) > 0 && c->has_ref &&
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
	if (!a->cap && mod == M_NONE && !temporal_prev(c, i))
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
		m = mod_of(kw(c, k));
		if (m != M_NONE && kw(c, k + 1) == K_WEEK)
		{
			int			shiftw = (m == M_NEXT) ? 7 : (m == M_LAST || m == M_PREV || m == M_PAST) ? -7 : 0;

			set_day(v, week_start(c->ref) + shiftw + a->wday);
			return k + 2;
		}
	}
	set_day(v, resolve_weekday(c, a->wday, mod, mod == M_NONE && future_before(c, i)));
	v->wd = a->wday + 1;
	return j;
}

/* last/next/this/past/previous/coming/... + weekday, unit, month, season, count+unit */
static int
p_modified(const ctx *c, int i, dval *v)
{
	int			mod = mod_of(kw(c, i)),
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
		unit_value(c, k, 0, step, v);
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

		unit_value(c, K_SEASON, at(c, j)->val, step, v);
		v->rel = true;
		return j + 1;
	}
	if (month_word(c, j) && at(c, j)->wday < 0 && at(c, j)->len >= 3 &&
		!(at(c, j)->len == 3 && at(c, j)->month == 5 && !at(c, j)->cap))
	{
		/* "this September", "last May", "next July" */
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
		finish_md(c, v);
		v->rel = true;
		return j + 1;
	}
	/* "last 3 months", "next two days", "previous three quarters", "the next six months" */
	{
		int			cnt,
					ce = p_count(c, j, &cnt),
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

				unit_value(c, u, 0, 0, &cur);
				if (mod == M_NEXT || mod == M_UPCOMING)
					v->lo = shift(cur.lo, u, 1), v->hi = shift(cur.lo, u, 1 + cnt);
				else
					v->lo = shift(cur.lo, u, -cnt), v->hi = cur.lo;
			}
			else if (mod == M_NEXT || mod == M_UPCOMING)
				v->lo = c->ref + 1, v->hi = shift(c->ref + 1, u, cnt);
			else
				v->lo = shift(c->ref, u, -cnt), v->hi = c->ref;
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
					ce = p_count(c, i, &cnt),
					m = mod_of(kw(c, ce)),
					u = unit_kw(kw(c, ce + 1));

		if (ce > 0 && m != M_NONE && m != M_THIS && u && u != K_QUARTER && u != K_DECADE &&
			cnt > 1 && kw(c, i) != K_A &&
			(c->text[at(c, ce + 1)->start + at(c, ce + 1)->len - 1] | 0x20) == 's')
		{
			v->rel = true;
			v->gran = (u == K_DAY) ? CP_GRAN_DAY : (u == K_WEEK || u == K_FORTNIGHT) ? CP_GRAN_WEEK :
				u == K_MONTHU ? CP_GRAN_MONTH : CP_GRAN_YEAR;
			if (m == M_NEXT || m == M_UPCOMING)
				v->lo = c->ref + 1, v->hi = shift(c->ref + 1, u, cnt);
			else
				v->lo = shift(c->ref, u, -cnt), v->hi = c->ref;
			return ce + 2;
		}
	}
	e = p_duration(c, i, units, counts, &np);
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
		if ((e2 = p_point(c, k, &x)) > 0 && !x.lo_inf && !x.hi_inf)
		{
			*v = x;
			v->hi = shift(x.lo, units[0], counts[0]);
			return e2;
		}
	}
	if (kw(c, e) == K_AGO)
	{
		int32_t		d = c->ref;

		for (p = 0; p < np; p++)
			d = shift(d, units[p], -counts[p]);
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
			d = shift(d, units[p], sign * counts[p]);
		v->rel = true;
		set_day(v, d);
		return e + 2;
	}
	/* "in two days", "in a week": a future day, when the sentence speaks of the future */
	if (kw(c, i - 1) == K_IN && np == 1 && (units[0] == K_DAY || units[0] == K_WEEK) &&
		future_before(c, i))
	{
		v->rel = true;
		set_day(v, shift(c->ref, units[0], counts[0]));
		return e;
	}
	return -1;
}

/* Q1 2019, q3 of 2018, first quarter of 2019, the second quarter */
static int
p_quarter(const ctx *c, int i, dval *v)
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
	if (q < 1 || q > 4)
		return -1;
	{
		int			k = j;

		if (punct(c, k, '-') || punct(c, k, ','))
			k++;
		if (kw(c, k) == K_OF || kw(c, k) == K_IN)
			k++;
		if (is_year4(at(c, k)))
		{
			set_quarter(v, at(c, k)->val, q);
			v->year = at(c, k)->val;
			return k + 1;
		}
		if (kw(c, k) == K_LAST || kw(c, k) == K_NEXT || kw(c, k) == K_THIS)
		{
			if (kw(c, k + 1) == K_YEAR)
			{
				int			y = ref_year(c) + (kw(c, k) == K_LAST ? -1 : kw(c, k) == K_NEXT ? 1 : 0);

				set_quarter(v, y, q);
				v->rel = true;
				return k + 2;
			}
		}
		/* "Q2" alone, "the second quarter": of the reference's year */
		if (kw(c, i) == K_Q || kw(c, i - 1) == K_THE)
		{
			set_quarter(v, ref_year(c), q);
			v->rel = true;
			return j;
		}
	}
	return -1;
}

/* seasons: "summer 2014", "the summer of 2014", "in the spring", "winter" after "this" etc. */
static int
p_season(const ctx *c, int i, dval *v)
{
	int			s = at(c, i)->val,
				j = i + 1;

	if (kw(c, i) != K_SEASON)
		return -1;
	memset(v, 0, sizeof(*v));
	if (kw(c, j) == K_OF || punct(c, j, ','))
		j++;
	if (is_year4(at(c, j)))
	{
		set_season(v, at(c, j)->val, s);
		v->year = at(c, j)->val;
		return j + 1;
	}
	/* "in the summer", "during the winter", "this spring" (handled by modifiers) */
	if (kw(c, i - 1) == K_THE && (kw(c, i - 2) == K_IN || kw(c, i - 2) == K_DURING ||
								  kw(c, i - 2) == K_SINCE || kw(c, i - 2) == K_BY ||
								  kw(c, i - 2) == K_TILL))
	{
		unit_value(c, K_SEASON, s, 0, v);
		v->rel = true;
		return i + 1;
	}
	return -1;
}

/* Christmas, Easter, Thanksgiving, Halloween: with a year, or after a modifier/preposition */
static int32_t
holiday_day(int h, int y)
{
	switch (h)
	{
		case 1: return cp_date_to_days(y, 12, 25);
		case 2: return cp_easter_days(y);
		case 3:
			{
				/* fourth Thursday of November */
				int32_t		nov1 = cp_date_to_days(y, 11, 1);

				return nov1 + (3 - cp_days_weekday(nov1) + 7) % 7 + 21;
			}
		default: return cp_date_to_days(y, 10, 31);
	}
}

static int
p_holiday(const ctx *c, int i, dval *v)
{
	int			h = at(c, i)->val,
				j = i + 1,
				p = kw(c, i - 1);

	if (kw(c, i) != K_HOLIDAY || (!at(c, i)->cap && mod_of(p) == M_NONE))
		return -1;
	memset(v, 0, sizeof(*v));
	if (kw(c, j) == K_DAY && h != 2)
		j++;
	if (punct(c, j, ',') || kw(c, j) == K_OF)
		j++;
	if (is_year4(at(c, j)))
	{
		set_day(v, holiday_day(h, at(c, j)->val));
		v->year = at(c, j)->val;
		return j + 1;
	}
	j = i + 1;
	if (p == K_LAST || p == K_NEXT || p == K_THIS || p == K_FOLLOWING || p == K_PREVIOUS)
	{
		int			y = ref_year(c);
		int32_t		d = holiday_day(h, y);

		if (p == K_LAST || p == K_PREVIOUS)
			d = d < c->ref ? d : holiday_day(h, y - 1);
		else if (p == K_NEXT || p == K_FOLLOWING)
			d = d > c->ref ? d : holiday_day(h, y + 1);
		set_day(v, d);
		v->rel = true;
		return j;
	}
	if (p == K_ON || p == K_SINCE || p == K_BEFORE || p == K_AFTER || p == K_AT || p == K_BY ||
		p == K_TILL)
	{
		int			y = ref_year(c),
					best = y,
					k;

		for (k = -1; k <= 1; k++)
		{
			int32_t		d0 = holiday_day(h, y + k) - c->ref,
						d1 = holiday_day(h, best) - c->ref;

			if ((d0 < 0 ? -d0 : d0) < (d1 < 0 ? -d1 : d1))
				best = y + k;
		}
		set_day(v, holiday_day(h, best));
		v->rel = true;
		return j;
	}
	return -1;
}

/* Monday of ISO week 1 of a year: the week with January 4th. */
static int32_t
iso_week1(int y)
{
	return week_start(cp_date_to_days(y, 1, 4));
}

/* Monday of week n (1-based, or -1 for the last) of [lo, hi): weeks counted by their Thursday. */
static int32_t
nth_week(int32_t lo, int32_t hi, int n)
{
	int32_t		first = week_start(lo + (3 - cp_days_weekday(lo) + 7) % 7);
	int32_t		last = week_start(hi - 1 - (cp_days_weekday(hi - 1) - 3 + 7) % 7);

	return n < 0 ? last : first + 7 * (n - 1);
}

/* "week 31", "week 3 of 2027", "the first week of Jan 2015", "last week of 2016" */
static int
p_week(const ctx *c, int i, dval *v)
{
	int			n = 0,
				j = i,
				e;
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
		set_days(v, iso_week1(y) + 7 * (n - 1), iso_week1(y) + 7 * n, CP_GRAN_WEEK);
		return e;
	}
	if (kw(c, j) == K_THE)
		j++;
	if (kw(c, j) == K_ORDW && at(c, j)->val <= 5)
		n = at(c, j)->val, j++;
	else if (at(c, j)->kind == A_NUM && at(c, j)->ndig == 1 && kw(c, j + 1) == K_SUFFIX)
		n = at(c, j)->val, j += 2;
	else if (kw(c, j) == K_LAST)
		n = -1, j++;
	if (!n || kw(c, j) != K_WEEK || kw(c, j + 1) != K_OF)
		return -1;
	j += 2;
	if (is_year4(at(c, j)) && !tail_glued(c, j + 1))
	{
		memset(&p, 0, sizeof(p));
		set_year(&p, at(c, j)->val);
		e = j + 1;
	}
	else if ((e = p_point(c, j, &p)) < 0 || p.lo_inf || p.hi_inf ||
			 (p.gran != CP_GRAN_MONTH && p.gran != CP_GRAN_YEAR))
		return -1;
	set_days(v, nth_week(p.lo, p.hi, n), nth_week(p.lo, p.hi, n) + 7, CP_GRAN_WEEK);
	v->rel = p.rel;
	return e;
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
	if ((j = p_count(c, j + 1, &cnt)) < 0 || kw(c, j - 1) == K_A || !(u = unit_kw(kw(c, j))) ||
		kw(c, j + 1) != K_OF || cnt < 1)
		return -1;
	if (is_year4(at(c, j + 2)) && !tail_glued(c, j + 3))
	{
		memset(&p, 0, sizeof(p));
		set_year(&p, at(c, j + 2)->val);
		e = j + 3;
	}
	else if ((e = p_point(c, j + 2, &p)) < 0 || p.lo_inf || p.hi_inf || p.gran == CP_GRAN_DAY)
		return -1;
	*v = p;
	if (first)
		v->hi = shift(p.lo, u, cnt);
	else
		v->lo = shift(p.hi, u, -cnt);
	if (v->lo < p.lo || v->hi > p.hi)
		return -1;
	v->gran = u == K_DAY ? CP_GRAN_DAY : u == K_WEEK ? CP_GRAN_WEEK : u == K_MONTHU ? CP_GRAN_MONTH : p.gran;
	return e;
}

/* A simple point: absolute forms first, then relative ones. */
static int
p_point(const ctx *c, int i, dval *v)
{
	const atom *a = at(c, i);
	int			e;

	if (a->kind == A_NUM)
	{
		bool		dm = kw(c, i - 1) == K_ON || at(c, i - 1)->wday >= 0 ||
			(punct(c, i + 1, '/') && temporal_prev(c, i));

		if ((e = p_quarter(c, i, v)) > 0 || (e = p_week(c, i, v)) > 0)
			return e;
		if ((e = p_numeric(c, i, v, dm)) > 0)
			return e;
		return p_relative(c, i, v);
	}
	if (a->kind != A_WORD)
		return -1;
	if (a->wday >= 0 && a->month == 0)
		return p_weekday(c, i, M_NONE, v);
	if (a->month > 0 && (e = p_month(c, i, v)) > 0)
		return e;
	switch (a->kw)
	{
		case K_TODAY: case K_TONIGHT: case K_YESTERDAY: case K_TOMORROW:
		case K_NUMW: case K_A:
			return p_relative(c, i, v);
		case K_LAST:
			if ((e = p_week(c, i, v)) > 0 || (e = p_first_last(c, i, v)) > 0)
				return e;
			/* FALLTHROUGH */
		case K_NEXT: case K_THIS: case K_PAST: case K_PREVIOUS: case K_COMING:
		case K_UPCOMING: case K_FOLLOWING: case K_CURRENT:
			if ((e = p_modified(c, i, v)) > 0)
				return e;
			if (kw(c, i + 1) == K_HOLIDAY)
				return p_holiday(c, i + 1, v);
			return -1;
		case K_Q:
			return p_quarter(c, i, v);
		case K_ORDW:
			if ((e = p_quarter(c, i, v)) > 0 || (e = p_week(c, i, v)) > 0 ||
				(e = p_first_last(c, i, v)) > 0)
				return e;
			return p_daymonth(c, i, v);
		case K_THE:
			if ((e = p_week(c, i, v)) > 0 || (e = p_first_last(c, i, v)) > 0)
				return e;
			if (kw(c, i + 1) == K_YEAR)
				return p_point(c, i + 1, v);
			if (at(c, i + 1)->kind == A_NUM || kw(c, i + 1) == K_ORDW)
				return p_daymonth(c, i, v);
			return -1;
		case K_WEEK:
			return p_week(c, i, v);
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
			return p_season(c, i, v);
		case K_HOLIDAY:
			return p_holiday(c, i, v);
		case K_YEAR:
			/* "the year to date": from January 1st to the reference */
			if (kw(c, i + 1) == K_TO && kw(c, i + 2) == K_DATE)
			{
				memset(v, 0, sizeof(*v));
				set_days(v, cp_date_to_days(ref_year(c), 1, 1), c->ref, CP_GRAN_YEAR);
				v->rel = true;
				return i + 3;
			}
			/* "year 2012", "the year 2011" */
			if (is_year4(at(c, i + 1)) && !tail_glued(c, i + 2))
			{
				memset(v, 0, sizeof(*v));
				v->year = at(c, i + 1)->val;
				set_year(v, v->year);
				return i + 2;
			}
			return -1;
	}
	return -1;
}

/*
 * A point with an optional part: "early July", "mid-2014", "late last year",
 * "the end of 2000", "the beginning of March", "earlier this year",
 * "later this week".
 */
static int
p_part(const ctx *c, int i, dval *v)
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
			if (kw(c, j) != K_OF)
				return -1;
			part = k == K_END ? P_LATE : k == K_MIDDLE ? P_MID : P_EARLY;
			j++;
			break;
		default:
			return p_point(c, i, v);
	}
	if (punct(c, j, '-') && glued(c, j))
		j++;
	if (part == P_EARLIER || part == P_LATER)
	{
		if (kw(c, j) == K_IN && kw(c, j + 1) == K_THE)
			j++;				/* "earlier in the year" */
		if (kw(c, j) != K_THIS && kw(c, j) != K_THE)
			return -1;
		if (kw(c, j + 1) != K_WEEK && kw(c, j + 1) != K_MONTHU && kw(c, j + 1) != K_YEAR)
			return -1;
		memset(v, 0, sizeof(*v));
		unit_value(c, kw(c, j + 1), 0, 0, v);
		v->rel = true;
		apply_part(c, v, part);
		return j + 2;
	}
	/* "the end of the year/month/week": the current one */
	if (kw(c, j) == K_THE && (kw(c, j + 1) == K_WEEK || kw(c, j + 1) == K_MONTHU ||
							  kw(c, j + 1) == K_YEAR) && !is_year4(at(c, j + 2)))
	{
		memset(v, 0, sizeof(*v));
		unit_value(c, kw(c, j + 1), 0, 0, v);
		v->rel = true;
		e = j + 2;
	}
	else if ((kw(c, j) == K_YEAR || kw(c, j) == K_MONTHU || kw(c, j) == K_WEEK) &&
			 (k == K_END || k == K_BEGINNING || k == K_START))
	{
		memset(v, 0, sizeof(*v));
		unit_value(c, kw(c, j), 0, 0, v);
		v->rel = true;
		e = j + 1;
	}
	else if (is_year4(at(c, j)) && !tail_glued(c, j + 1) &&
			 !(kw(c, j + 1) == K_S && glued(c, j + 1)))
	{
		memset(v, 0, sizeof(*v));
		v->year = at(c, j)->val;
		set_year(v, v->year);
		e = j + 1;
	}
	else if ((e = p_point(c, j, v)) < 0)
		return -1;
	if (v->gran == CP_GRAN_DAY)
		return -1;				/* "late Monday" is a time of day */
	v->whole_lo = v->lo;
	v->whole_hi = v->hi;
	v->part = part;
	apply_part(c, v, part);
	return e;
}

static bool
range_word(const ctx *c, int i)
{
	int			k = kw(c, i);

	return k == K_TO || k == K_THROUGH || k == K_TILL || punct(c, i, '-') || punct(c, i, '~');
}

/* A bare day after "November 19-" or before "- 20 June": same month as the other end. */
static int
p_bare_day(const ctx *c, int i, int *day)
{
	int			e = p_dayno(c, i, day, true);

	if (e < 0 || month_word(c, e) || kw(c, e) == K_OF || punct(c, e, '/') || punct(c, e, ':') ||
		punct(c, e, '%') || (at(c, e)->kind == A_WORD && glued(c, e)) || unit_kw(kw(c, e)))
		return -1;
	return e;
}

/* Join X and Y into [X.lo, Y.lo), lending a stated year across when one side lacks it. */
static bool
join_range(const ctx *c, dval *x, dval *y)
{
	if (x->lo_inf || x->hi_inf || y->lo_inf || y->hi_inf)
		return false;
	if (x->part == P_EARLY)
		x->lo = x->whole_lo;
	if (y->part == P_EARLY)
		y->lo = y->whole_lo;
	if (x->month && !x->year && y->year && y->month)
	{
		x->year = y->year - (x->month > y->month || (x->month == y->month && x->day > y->day));
		if (!finish_md(c, x))
			return false;
		x->rel = y->rel;
	}
	else if (y->month && !y->year && x->year && x->month)
	{
		y->year = x->year + (y->month < x->month || (y->month == x->month && y->day < x->day));
		if (!finish_md(c, y))
			return false;
	}
	else if (x->month && !x->year && y->month && !y->year && y->lo < x->lo)
	{
		y->year = cp_days_to_date(x->lo).year + 1;
		if (!finish_md(c, y))
			return false;
	}
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
		y->lo = x->lo + ((y->wd - 1 - cp_days_weekday(x->lo) + 7) % 7);
	if (y->lo <= x->lo)
		return false;
	x->hi = y->lo;
	x->rel = x->rel || y->rel;
	x->gran = x->gran > y->gran ? x->gran : y->gran;
	return true;
}

/* The second end of a range; "from April to June in 2017" lends the year. */
static int
p_range_end(const ctx *c, int i, dval *y)
{
	int			e = p_part(c, i, y);

	if (e > 0 && y->month && !y->year && !y->lo_inf && !y->hi_inf &&
		(kw(c, e) == K_IN || kw(c, e) == K_OF || punct(c, e, ',')) && is_year4(at(c, e + 1)) &&
		!tail_glued(c, e + 2))
	{
		dval		t = *y;

		t.year = at(c, e + 1)->val;
		if (finish_md(c, &t))
		{
			t.rel = false;
			*y = t;
			return e + 2;
		}
	}
	return e;
}

/*
 * A full expression: ranges ("from X to Y", "between X and Y", "X-Y"),
 * open ranges ("since X", "after X", "before X", "X or later").
 */
static int
p_expr(const ctx *c, int i, dval *v)
{
	int			k = kw(c, i),
				e,
				e2,
				day;
	dval		y;

	if (k == K_FROM || k == K_BETWEEN)
	{
		dval		x;
		int			j = i + 1;

		if ((e = p_part(c, j, &x)) > 0)
		{
			int			want = k == K_BETWEEN ? K_AND : 0;

			if ((want ? kw(c, e) == want || range_word(c, e) : range_word(c, e)))
			{
				if ((e2 = p_range_end(c, e + 1, &y)) > 0 && join_range(c, &x, &y))
				{
					*v = x;
					return e2;
				}
				if (x.gran == CP_GRAN_DAY && x.day && (e2 = p_bare_day(c, e + 1, &day)) > 0 &&
					x.year && cp_date_valid(x.year, x.month, day) &&
					cp_date_to_days(x.year, x.month, day) > x.lo)
				{
					x.hi = cp_date_to_days(x.year, x.month, day);
					*v = x;
					return e2;
				}
				if (x.gran == CP_GRAN_DAY && x.day && !x.year &&
					(e2 = p_bare_day(c, e + 1, &day)) > 0 && day > x.day &&
					cp_date_valid(cp_days_to_date(x.lo).year, x.month, day))
				{
					x.hi = x.lo + (day - x.day);
					*v = x;
					return e2;
				}
			}
			if (k == K_FROM)
			{
				/* "from 2014" alone: the point itself */
				*v = x;
				return e;
			}
		}
		/* "from 9 to 12 June", "between the ninth and the seventeenth of April" */
		if ((e = p_bare_day(c, j, &day)) > 0 &&
			((k == K_BETWEEN && kw(c, e) == K_AND) || range_word(c, e)) &&
			(e2 = p_part(c, e + 1, &y)) > 0 && y.gran == CP_GRAN_DAY && y.day > day)
		{
			*v = y;
			v->lo = y.lo - (y.day - day);
			v->hi = y.lo;
			return e2;
		}
		return -1;
	}
	if (k == K_STARTING)
	{
		int			j = i + 1;

		if (kw(c, j) == K_ON || kw(c, j) == K_FROM)
			j++;
		if ((e = p_part(c, j, v)) < 0 || v->lo_inf || v->hi_inf)
			return -1;
		v->hi_inf = true;
		return e;
	}
	if (k == K_SINCE || k == K_AFTER || k == K_BEFORE)
	{
		if ((e = p_part(c, i + 1, v)) < 0)
			return -1;
		if (v->lo_inf || v->hi_inf)
			return -1;
		if (k == K_SINCE && v->month && !v->year && c->has_ref && v->lo > c->ref)
		{
			/* "since October 7" looks back: the last such date */
			dval		t = *v;

			t.year = cp_days_to_date(v->lo).year - 1;
			if (finish_md(c, &t))
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
	if ((e = p_part(c, i, v)) < 0)
	{
		/* "9 to 12 of June", "18 and 19 June" style is left to the parts */
		if ((e = p_bare_day(c, i, &day)) > 0 && range_word(c, e) &&
			(e2 = p_part(c, e + 1, &y)) > 0 && y.gran == CP_GRAN_DAY && y.day > day &&
			!(at(c, i)->kind == A_NUM && glued(c, i)))
		{
			*v = y;
			v->lo = y.lo - (y.day - day);
			v->hi = y.lo;
			return e2;
		}
		return -1;
	}
	/* X to Y */
	if (range_word(c, e) && !v->lo_inf && !v->hi_inf)
	{
		dval		x = *v;

		if ((e2 = p_range_end(c, e + 1, &y)) > 0 && join_range(c, &x, &y) &&
			(x.gran == y.gran || x.gran == CP_GRAN_DAY || y.gran == CP_GRAN_DAY))
		{
			*v = x;
			return e2;
		}
		if (x.gran == CP_GRAN_DAY && x.day && (e2 = p_bare_day(c, e + 1, &day)) > 0 && day > x.day &&
			!(at(c, e + 1)->kind == A_NUM && at(c, e + 1)->ndig > 2))
		{
			cp_date		d = cp_days_to_date(x.lo);

			if (cp_date_valid(d.year, d.month, day))
			{
				v->hi = x.lo + (day - x.day);
				return e2;
			}
		}
	}
	/* "2012 or later", "1/1/2016 and later", "year 2016 and greater" */
	if ((kw(c, e) == K_OR || kw(c, e) == K_AND) && !v->lo_inf && !v->hi_inf)
	{
		const atom *w = at(c, e + 1);

		if (w->kind == A_WORD && w->len >= 5 &&
			(strncasecmp(c->text + w->start, "later", 5) == 0 ||
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

/* Could a date start at atom i?  A cheap test before any parsing. */
static bool
trigger(const atom *a)
{
	return a->kind == A_NUM || (a->kind == A_WORD && (a->kw != K_NONE || a->month > 0 || a->wday >= 0));
}

/*
 * Scan the sentence text[from..to).  The lexer reads up to LOOKAHEAD bytes
 * further on the same line, because the sentence splitter may cut "July 21.
 * 2014"; mentions must start inside the sentence and after *covered (the end
 * of the last mention, which may reach into this sentence).
 */
#define LOOKAHEAD 48

static void
scan(cp_arena *arena, atoms *buf, const char *text, size_t len, size_t from, size_t to,
	 int sentence, bool has_ref, int32_t ref, size_t *covered, cp_vec *out)
{
	ctx			c;
	int			i;
	size_t		ext = to;

	while (ext < len && ext < to + LOOKAHEAD && text[ext] != '\n')
		ext++;
	lex(arena, buf, text, from, ext);
	c.text = text;
	c.a = buf->a;
	c.n = (int) buf->n;
	c.has_ref = has_ref;
	c.ref = has_ref ? ref : cp_date_to_days(2000, 1, 1);
	c.sent = sentence;
	for (i = 0; i < c.n;)
	{
		dval		v;
		int			e;

		if (c.a[i].start >= to)
			break;
		if (c.a[i].start < *covered || !trigger(&c.a[i]) || (e = p_expr(&c, i, &v)) <= i)
		{
			i++;
			continue;
		}
		{
			cp_date_mention *m = cp_vec_push(arena, out);
			const atom *last = &c.a[e - 1];

			m->start = c.a[i].start;
			m->len = last->start + last->len - m->start;
			m->sentence = sentence;
			m->gran = v.gran;
			m->resolved = has_ref || !v.rel;
			m->lo_inf = v.lo_inf;
			m->hi_inf = v.hi_inf;
			m->lo = v.lo;
			m->hi = v.hi;
			*covered = m->start + m->len;
		}
		i = e;
	}
}

const char *
cp_date_gran_name(cp_date_gran gran)
{
	static const char *const names[] = {"day", "week", "month", "season", "year"};

	return (unsigned) gran < 5 ? names[gran] : "day";
}

void
cp_extract_dates_span(cp_arena *arena, const char *text, size_t len, size_t from, size_t to,
					  int sentence, bool has_reference, int32_t reference_days, cp_vec *out)
{
	atoms		buf = {NULL, 0, 0};
	cp_sentence_iter it;
	cp_sentence s;
	size_t		covered = 0;

	kw_init();
	if (to > len)
		to = len;
	if (from >= to)
		return;
	/* per sentence, so that atoms stay bounded by CP_MAX_SENTENCE_TOKENS */
	cp_sentence_iter_init(&it, arena, text, len, from, to);
	while (cp_sentence_next(&it, &s))
	{
		if ((s.n & 255) == 0)
			cp_check_interrupts();
		scan(arena, &buf, text, to, s.start, s.end, sentence, has_reference, reference_days,
			 &covered, out);
	}
}

cp_status
cp_extract_dates(cp_doc *doc, cp_reference_mode mode, int32_t reference_days, cp_vec *out)
{
	bool		has_reference;
	cp_doc_walk w;
	cp_sentence s;
	atoms		buf = {NULL, 0, 0};
	size_t		covered = 0;

	kw_init();
	has_reference = cp_doc_reference(doc, mode, reference_days, &reference_days);
	cp_doc_walk_init(&w, doc);
	while (cp_doc_walk_next(&w, &s))
	{
		if ((s.n & 255) == 0)
			cp_check_interrupts();
		scan(doc->arena, &buf, doc->text, doc->len, s.start, s.end, s.n, has_reference,
			 reference_days, &covered, out);
	}
	return CP_OK;
}

bool
cp_date_near(cp_arena *arena, const char *text, size_t len, size_t from, size_t to, size_t at_off,
			 bool has_reference, int32_t reference_days, cp_date_mention *out)
{
	cp_vec		v;
	size_t		i,
				best = 0,
				bestdist = SIZE_MAX;

	cp_vec_init(&v, sizeof(cp_date_mention));
	cp_extract_dates_span(arena, text, len, from, to, 0, has_reference, reference_days, &v);
	for (i = 0; i < v.count; i++)
	{
		const cp_date_mention *m = &CP_VEC_AT(&v, cp_date_mention, i);
		size_t		dist = at_off < m->start ? m->start - at_off :
			at_off >= m->start + m->len ? at_off - (m->start + m->len) + 1 : 0;

		if (dist < bestdist)
			best = i, bestdist = dist;
	}
	if (bestdist == SIZE_MAX)
		return false;
	*out = CP_VEC_AT(&v, cp_date_mention, best);
	return true;
}
