/*
 * timex_internal.h: what the parts of the TIMEX3 reader share (not an API).
 *
 * timex.c scans sentences, reads dates through the date grammar and writes
 * their values; timex_forms.c reads what the date grammar does not:
 * durations, sets, times of day and the document-relative words.  Both work
 * on the atoms of the date lexer (dates_internal.h), with a second word
 * table of their own so that the date grammar's keywords stay as they are.
 */
#ifndef CORPUS_TIMEX_INTERNAL_H
#define CORPUS_TIMEX_INTERNAL_H

#include "dates_internal.h"
#include "timex.h"

/* Words of the TIMEX3 layer (tw[] of an atom). */
enum
{
	TW_NONE,
	TW_SECOND, TW_MINUTE, TW_HOUR, TW_CENTURY, TW_MILLENNIUM,	/* units the date grammar lacks */
	TW_MORNING, TW_AFTERNOON, TW_EVENING, TW_NIGHT, TW_NOON, TW_MIDNIGHT,
	TW_CURRENTLY, TW_RECENTLY, TW_RECENT, TW_FUTURE, TW_NEAR, TW_TERM,
	TW_THESE, TW_RIGHT, TW_NOWADAYS,
	TW_EVERY, TW_PER, TW_DAILY,	/* daily, weekly, ...: val is the unit */
	TW_VAGUE, TW_COUPLE,		/* several, few, some, many; couple */
	TW_APPROX, TW_MORE, TW_THAN, TW_LEAST, TW_DURPREP,
	TW_AM, TW_PM, TW_ZONE, TW_FISCAL, TW_LATEST, TW_FINAL, TW_PERIOD, TW_LONG, TW_TRADING, TW_HALF,
	TW_THAT, TW_DURADJ, TW_AGO_LIKE,		/* "earlier", "later" after a count: val -1 / +1 */
	TW_ENDED,					/* "ended" */
	TW_SAME,					/* "same", "corresponding", "comparable" (period) */
	TW_SCALE,					/* "hundred", "thousand" after a count: val the factor */
	TW_TIMES,					/* "once", "twice", "thrice": val the count; "times" 0 */
	TW_UNITLONG,				/* "yearlong", "weeklong": val the unit */
	TW_WHILE,					/* "while": "a while" is a stretch of unstated length */
	TW_BIG,						/* "million", "billion": val the power of ten */
	TW_OCLOCK,					/* "clock" of "o'clock" */
};

/* Units of a duration, longest first: what P...L, C, Y, M, W, D, TH, TM, TS write (a fortnight two W). */
enum
{
	U_NONE, U_MILLENNIUM, U_CENTURY, U_DECADE, U_YEAR, U_QUARTER, U_MONTH, U_FORTNIGHT, U_WEEK, U_DAY,
	U_HOUR, U_MINUTE, U_SECOND
};

typedef struct tctx
{
	ctx			c;
	const uint8_t *tw;			/* TW_* of each atom */
	const int16_t *twval;		/* its value (a unit, a sign) */
	bool		clock;			/* the sentence has a clock time or a part of the day */
	int			q_year;			/* the quarter last named, for "the quarter", "a year ago" */
	int			q;
	int			q_sent;			/* its sentence */
	int			y_stated;		/* the last date named when a stated year ("1986 net income"), else 0 */
	int			y_sent;			/* its sentence */
	cp_date_anchor anchor;		/* the last date named, for "the following year" */
} tctx;

/* What one reader found: atoms [s, e), a type and a value. */
typedef struct txr
{
	int			s;
	int			e;
	uint8_t		type;
	bool		has_range;
	bool		names_quarter;	/* states a quarter that "the quarter" may refer to later */
	bool		keeps_anchor;	/* "the previous year": later ones still count from the last date */
	dval		v;				/* the day range when has_range */
	char		value[CP_TIMEX_VALUE_MAX];
} txr;

static inline int
tw(const tctx *t, int i)
{
	return (i >= 0 && i < t->c.n) ? t->tw[i] : TW_NONE;
}

static inline int
twval(const tctx *t, int i)
{
	return (i >= 0 && i < t->c.n) ? t->twval[i] : 0;
}

/* timex_forms.c */
void		cp_tx_words_init(void);
bool		cp_tx_words(cp_arena *arena, const ctx *c, uint8_t **tw, int16_t **val, int *cap);
int			cp_tx_unit(const tctx *t, int i, bool *plural);
int			cp_tx_count(const tctx *t, int i, int *n, bool *vague);
int			cp_tx_approx(const tctx *t, int i);
bool		cp_tx_point_after(const tctx *t, int e, int u);
int			cp_tx_or_so(const tctx *t, int e);
int			cp_tx_duration(const tctx *t, int i, txr *r);
int			cp_tx_year_ahead(const tctx *t, int i);
int			cp_tx_set(const tctx *t, int i, txr *r);
int			cp_tx_ref(const tctx *t, int i, txr *r);
int			cp_tx_clock(const tctx *t, int i, int *minutes);
int			cp_tx_daypart(const tctx *t, int i, const char **suffix);
void		cp_tx_duration_value(char *out, int unit, long long n, bool vague);

/* timex_dates.c: the DATE of atoms [s, e) with the date grammar's value v, into r; returns e */
int			cp_tx_point(const tctx *t, int s, int e, const dval *v, txr *r);
/* timex_dates.c: a time or a date at atom i; its end, or -1 */
int			cp_tx_time(const tctx *t, int i, txr *r);
int			cp_tx_date(const tctx *t, int i, txr *r);
/* "the following year", "the year before.": from the story's last date */
int			cp_tx_story_date(const tctx *t, int i, txr *r);

/* timex.c */
void		cp_tx_date_value(const tctx *t, const dval *v, char *out);

#endif
