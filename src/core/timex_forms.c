/*
 * timex_forms.c: the TIMEX3 forms the date grammar does not read:
 * durations ("three years", "the past two weeks", "a two-hour talk",
 * "several months"), sets ("every Monday", "each July", "daily", "per
 * day"), clock times and parts of the day ("2 p.m.", "noon", "morning"),
 * and the words that refer to the document's own time ("now",
 * "currently", "recently", "the past", "the future").
 *
 * A duration is a count and a unit; what stands around it decides the
 * rest: "ago", "from now" make it a date (timex_dates.c), a quantity
 * before it a rate ("$2 million a year", no expression), and the
 * approximators TimeML keeps in the extent ("nearly", "more than", "at
 * least", "up to") join it.
 */
#include "timex_internal.h"

#include "hash.h"
#include "utf8.h"

#include <stdio.h>
#include <string.h>

typedef struct txword
{
	const char *w;
	uint8_t		id;
	int16_t		val;
} txword;

static const txword txwords[] = {
	{"second", TW_SECOND, 0}, {"seconds", TW_SECOND, 0}, {"minute", TW_MINUTE, 0},
	{"minutes", TW_MINUTE, 0}, {"hour", TW_HOUR, 0}, {"hours", TW_HOUR, 0},
	/* abbreviations (val 1) are units only after a number: "a 30 min drive", "2 hrs" */
	{"sec", TW_SECOND, 1}, {"secs", TW_SECOND, 1}, {"min", TW_MINUTE, 1}, {"mins", TW_MINUTE, 1},
	{"hr", TW_HOUR, 1}, {"hrs", TW_HOUR, 1},
	{"century", TW_CENTURY, 0}, {"centuries", TW_CENTURY, 0}, {"millennium", TW_MILLENNIUM, 0},
	{"millennia", TW_MILLENNIUM, 0},
	{"morning", TW_MORNING, 0}, {"afternoon", TW_AFTERNOON, 0}, {"evening", TW_EVENING, 0},
	{"night", TW_NIGHT, 0}, {"noon", TW_NOON, 0}, {"midday", TW_NOON, 0},
	/* plurals (val 1) only make sets: "Tuesday nights" */
	{"mornings", TW_MORNING, 1}, {"afternoons", TW_AFTERNOON, 1}, {"evenings", TW_EVENING, 1},
	{"nights", TW_NIGHT, 1},
	{"midnight", TW_MIDNIGHT, 0},
	{"currently", TW_CURRENTLY, 0}, {"nowadays", TW_NOWADAYS, 0}, {"recently", TW_RECENTLY, 0},
	{"lately", TW_RECENTLY, 0}, {"recent", TW_RECENT, 0}, {"future", TW_FUTURE, 0},
	{"near", TW_NEAR, 0}, {"term", TW_TERM, 0}, {"these", TW_THESE, 0}, {"right", TW_RIGHT, 0},
	{"every", TW_EVERY, 0}, {"each", TW_EVERY, 0}, {"per", TW_PER, 0},
	{"daily", TW_DAILY, U_DAY}, {"nightly", TW_DAILY, U_DAY}, {"weekly", TW_DAILY, U_WEEK},
	{"fortnightly", TW_DAILY, U_FORTNIGHT},
	{"monthly", TW_DAILY, U_MONTH}, {"quarterly", TW_DAILY, U_QUARTER},
	{"annually", TW_DAILY, U_YEAR}, {"yearly", TW_DAILY, U_YEAR}, {"hourly", TW_DAILY, U_HOUR},
	{"several", TW_VAGUE, 0}, {"few", TW_VAGUE, 0}, {"some", TW_VAGUE, 0}, {"many", TW_VAGUE, 0},
	{"couple", TW_COUPLE, 0},
	{"nearly", TW_APPROX, 0}, {"almost", TW_APPROX, 0}, {"over", TW_APPROX, 0},
	{"just", TW_APPROX, 0}, {"more", TW_MORE, 0}, {"less", TW_MORE, 0}, {"fewer", TW_MORE, 0},
	{"than", TW_THAN, 0}, {"least", TW_LEAST, 0},
	{"for", TW_DURPREP, 0}, {"within", TW_DURPREP, 0}, {"throughout", TW_DURPREP, 0},
	{"am", TW_AM, 0}, {"pm", TW_PM, 0},
	{"est", TW_ZONE, 0}, {"edt", TW_ZONE, 0}, {"gmt", TW_ZONE, 0}, {"utc", TW_ZONE, 0},
	{"cst", TW_ZONE, 0}, {"cdt", TW_ZONE, 0}, {"pst", TW_ZONE, 0}, {"pdt", TW_ZONE, 0},
	{"fiscal", TW_FISCAL, 0}, {"latest", TW_LATEST, 0}, {"final", TW_FINAL, 0}, {"period", TW_PERIOD, 0},
	/* "-olds", the noun, as "-old": "18-to-34-year-olds" are people of an age */
	{"long", TW_LONG, 0}, {"old", TW_LONG, 0}, {"olds", TW_LONG, 0}, {"trading", TW_TRADING, 0},
	{"business", TW_TRADING, 0}, {"half", TW_HALF, 0}, {"that", TW_THAT, 0},
	{"additional", TW_DURADJ, 0}, {"further", TW_DURADJ, 0}, {"extra", TW_DURADJ, 0},
	{"straight", TW_DURADJ, 0}, {"consecutive", TW_DURADJ, 0}, {"full", TW_DURADJ, 0},
	{"whole", TW_DURADJ, 0}, {"entire", TW_DURADJ, 0},
	{"earlier", TW_AGO_LIKE, -1}, {"later", TW_AGO_LIKE, 1}, {"ended", TW_ENDED, 0},
	{"same", TW_SAME, 0}, {"corresponding", TW_SAME, 0}, {"comparable", TW_SAME, 0},
	{"hundred", TW_SCALE, 100}, {"thousand", TW_SCALE, 1000}, {"million", TW_BIG, 6}, {"billion", TW_BIG, 9},
	{"once", TW_TIMES, 1}, {"twice", TW_TIMES, 2}, {"thrice", TW_TIMES, 3}, {"times", TW_TIMES, 0},
	{"hourlong", TW_UNITLONG, U_HOUR}, {"daylong", TW_UNITLONG, U_DAY}, {"weeklong", TW_UNITLONG, U_WEEK},
	{"monthlong", TW_UNITLONG, U_MONTH}, {"yearlong", TW_UNITLONG, U_YEAR}, {"while", TW_WHILE, 0},
	{"clock", TW_OCLOCK, 0},
};

#define NTXW (sizeof(txwords) / sizeof(txwords[0]))
#define TX_SLOTS 256			/* power of two, over twice the entries */
#define TX_MAX_LEN 13

static const txword *tx_hash[TX_SLOTS];
static bool tx_ready;

/* Per word length, a bit for each entry's first and last letter: most words fail this test. */
static uint32_t tx_first[TX_MAX_LEN + 1];
static uint32_t tx_last[TX_MAX_LEN + 1];

static uint32_t
tx_slot(const char *lower, size_t len)
{
	return cp_fnv32(lower, len) & (TX_SLOTS - 1);
}

void
cp_tx_words_init(void)
{
	if (tx_ready)
		return;
	for (size_t i = 0; i < NTXW; i++)
	{
		size_t		n = strlen(txwords[i].w);
		uint32_t	h = tx_slot(txwords[i].w, n);

		while (tx_hash[h])
			h = (h + 1) & (TX_SLOTS - 1);
		tx_hash[h] = &txwords[i];
		tx_first[n] |= UINT32_C(1) << (txwords[i].w[0] & 31);
		tx_last[n] |= UINT32_C(1) << (txwords[i].w[n - 1] & 31);
	}
	tx_ready = true;
}

static const txword *
tx_lookup(const char *s, size_t len)
{
	char		buf[TX_MAX_LEN];
	uint32_t	h;

	if (len < 2 || len > TX_MAX_LEN || !(tx_first[len] & (UINT32_C(1) << (s[0] & 31))) ||
		!(tx_last[len] & (UINT32_C(1) << (s[len - 1] & 31))))
		return NULL;
	cp_ascii_lower_copy(buf, s, len);
	for (h = tx_slot(buf, len); tx_hash[h]; h = (h + 1) & (TX_SLOTS - 1))
		if (strlen(tx_hash[h]->w) == len && memcmp(tx_hash[h]->w, buf, len) == 0)
			return tx_hash[h];
	return NULL;
}

/*
 * The TW_* of every atom of c, in arrays that grow with the longest
 * sentence; true when the sentence has a clock time or a part of the day
 * ("p.m.", "7:15", "morning"), which the time reader then looks for.
 */
bool
cp_tx_words(cp_arena *arena, const ctx *c, uint8_t **tw, int16_t **val, int *cap)
{
	bool		clock = false;

	if (c->n > *cap)
	{
		*cap = c->n * 2;
		*tw = cp_arena_alloc(arena, (size_t) *cap);
		*val = cp_arena_alloc(arena, (size_t) *cap * sizeof(int16_t));
	}
	memset(*tw, TW_NONE, (size_t) c->n);
	memset(*val, 0, (size_t) c->n * sizeof(int16_t));
	for (int i = 0; i < c->n; i++)
	{
		const atom *a = &c->a[i];
		const txword *w;

		if (a->kind != A_WORD)
		{
			clock |= a->kind == A_PUNCT && a->ch == ':';
			continue;
		}
		if ((w = tx_lookup(c->text + a->start, a->len)) != NULL)
		{
			(*tw)[i] = w->id;
			(*val)[i] = w->val;
			clock |= (w->id >= TW_MORNING && w->id <= TW_MIDNIGHT) || w->id == TW_AM || w->id == TW_PM ||
				w->id == TW_OCLOCK;
		}
		else
			clock |= a->kw == K_TONIGHT || (a->len == 1 && punct(c, i + 1, '.'));
	}
	return clock;
}

/* The unit at atom i (U_*), and whether it is written plural. */
int
cp_tx_unit(const tctx *t, int i, bool *plural)
{
	const atom *a = at(&t->c, i);
	int			u;

	if (a->kind != A_WORD)
		return U_NONE;
	/*
	 * "30 min", "a 45-sec clip", in lower case after a whole number of up to
	 * three digits: not "per min", "Min Aung Hlaing", a decimal's fraction
	 * ("6.46secs"), a clock time ("at 0930 hrs", "11.30 hrs")
	 */
	if (twval(t, i) == 1 && (tw(t, i) == TW_SECOND || tw(t, i) == TW_MINUTE || tw(t, i) == TW_HOUR))
	{
		int			n = punct(&t->c, i - 1, '-') ? i - 2 : i - 1;

		if (a->cap || at(&t->c, n)->kind != A_NUM || at(&t->c, n)->ndig > 3 ||
			((punct(&t->c, n - 1, '.') || punct(&t->c, n - 1, ':')) && glued(&t->c, n)))
			return U_NONE;
	}
	switch (a->kw)
	{
		case K_DAY: u = U_DAY; break;
		case K_WEEK: u = U_WEEK; break;
		case K_FORTNIGHT: u = U_FORTNIGHT; break;
		case K_MONTHU: u = U_MONTH; break;
		case K_YEAR: u = U_YEAR; break;
		case K_DECADE: u = U_DECADE; break;
		case K_QUARTER: u = U_QUARTER; break;
		default:
			switch (tw(t, i))
			{
				case TW_HOUR: u = U_HOUR; break;
				case TW_MINUTE: u = U_MINUTE; break;
				case TW_SECOND: u = U_SECOND; break;
				case TW_CENTURY: u = U_CENTURY; break;
				case TW_MILLENNIUM: u = U_MILLENNIUM; break;
				default: return U_NONE;
			}
	}
	/* "years", "centuries", "millennia" */
	*plural = (t->c.text[a->start + a->len - 1] | 0x20) == 's' ||
		(u == U_MILLENNIUM && (t->c.text[a->start + a->len - 1] | 0x20) == 'a');
	return u;
}

/* "hundred", "thousand" at j multiply a count in words ("two thousand years"): the atom after. */
static int
scaled(const tctx *t, int j, int *n)
{
	if (tw(t, j) != TW_SCALE)
		return j;
	*n *= twval(t, j);
	return j + 1;
}

/*
 * A count: "3", "three", "twenty four", "twenty-four", "two thousand", "a",
 * "a hundred", "a couple of", "several", "a few".  Vague counts set
 * *vague.  The atom after it, or -1.
 */
int
cp_tx_count(const tctx *t, int i, int *n, bool *vague)
{
	const ctx  *c = &t->c;
	const atom *a = at(c, i);

	*vague = false;
	if (a->kind == A_NUM && a->ndig <= 4 && !(punct(c, i + 1, '.') && glued(c, i + 2)) &&
		!(punct(c, i + 1, ',') && glued(c, i + 2) && at(c, i + 2)->kind == A_NUM) &&
		!(glued(c, i) && at(c, i - 1)->kind != A_PUNCT))
	{
		*n = a->val;
		return i + 1;
	}
	if (a->kw == K_NUMW)
	{
		int			j = i + 1;

		*n = a->val;
		if (punct(c, j, '-') && glued(c, j))
			j++;
		if (a->val >= 20 && a->val % 10 == 0 && kw(c, j) == K_NUMW && at(c, j)->val < 10)
		{
			*n += at(c, j)->val;
			return scaled(t, j + 1, n);
		}
		return scaled(t, i + 1, n);
	}
	if (a->kw == K_A && tw(t, i + 1) == TW_COUPLE && kw(c, i + 2) == K_OF)
	{
		*n = 2;
		return i + 3;
	}
	if (a->kw == K_A && tw(t, i + 1) == TW_VAGUE)
		i++;
	if (tw(t, i) == TW_VAGUE)
	{
		*n = 0;
		*vague = true;
		return i + 1;
	}
	if (a->kw == K_A)
	{
		*n = 1;
		return scaled(t, i + 1, n);
	}
	return -1;
}

/* The TIMEX3 value of n units ("P3Y", "PT2H", "P10Y" for a decade, "PXW"). */
void
cp_tx_duration_value(char *out, int unit, long long n, bool vague)
{
	static const char letter[] = {0, 'L', 'C', 'Y', 'Y', 'M', 'M', 'W', 'W', 'D', 'H', 'M', 'S'};
	int			mult = unit == U_DECADE ? 10 : unit == U_QUARTER ? 3 : unit == U_FORTNIGHT ? 2 : 1;
	const char *t = unit >= U_HOUR ? "T" : "";

	if (vague)
		snprintf(out, CP_TIMEX_VALUE_MAX, "P%sX%c", t, letter[unit]);
	else
		snprintf(out, CP_TIMEX_VALUE_MAX, "P%s%lld%c", t, n * mult, letter[unit]);
}

/* "P2Y" then "6M": n of letter a (left out when 0) and m of letter b, "T" before time parts. */
static void
two_parts(char *out, int n, char a, int m, char b, bool time_a, bool time_b)
{
	if (n == 0)
		snprintf(out, CP_TIMEX_VALUE_MAX, "P%s%d%c", time_b ? "T" : "", m, b);
	else
		snprintf(out, CP_TIMEX_VALUE_MAX, "P%s%d%c%s%d%c", time_a ? "T" : "", n, a,
				 time_b && !time_a ? "T" : "", m, b);
}

/*
 * n units and a half ("two and a half years", "2 1/2 years", "a minute and
 * a half"; n 0 for "half an hour"), the half written in whole smaller units
 * as ISO 8601 wants (no "W" beside other parts, so a week's half is days).
 */
static void
half_value(char *out, int unit, int n)
{
	switch (unit)
	{
		case U_MILLENNIUM: snprintf(out, CP_TIMEX_VALUE_MAX, "P%dY", n * 1000 + 500); return;
		case U_CENTURY: snprintf(out, CP_TIMEX_VALUE_MAX, "P%dY", n * 100 + 50); return;
		case U_DECADE: snprintf(out, CP_TIMEX_VALUE_MAX, "P%dY", n * 10 + 5); return;
		case U_YEAR: two_parts(out, n, 'Y', 6, 'M', false, false); return;
		case U_QUARTER: two_parts(out, n * 3 + 1, 'M', 15, 'D', false, false); return;
		case U_MONTH: two_parts(out, n, 'M', 15, 'D', false, false); return;
		case U_FORTNIGHT: snprintf(out, CP_TIMEX_VALUE_MAX, "P%dW", n * 2 + 1); return;
		case U_WEEK: two_parts(out, n * 7 + 3, 'D', 12, 'H', false, true); return;
		case U_DAY: two_parts(out, n, 'D', 12, 'H', false, true); return;
		case U_HOUR: two_parts(out, n, 'H', 30, 'M', true, true); return;
		case U_MINUTE: two_parts(out, n, 'M', 30, 'S', true, true); return;
		default: snprintf(out, CP_TIMEX_VALUE_MAX, "PT%d.5S", n); return;
	}
}

/* Approximators TimeML keeps in a duration: "nearly", "more than", "at least", "up to". */
int
cp_tx_approx(const tctx *t, int i)
{
	const ctx  *c = &t->c;

	for (int k = 0; k < 3; k++)
	{
		if (tw(t, i) == TW_APPROX)
			i++;
		else if (tw(t, i) == TW_MORE && tw(t, i + 1) == TW_THAN)
			i += 2;
		else if (kw(c, i) == K_AT && tw(t, i + 1) == TW_LEAST)
			i += 2;
		else if (kw(c, i) == K_UP && kw(c, i + 1) == K_TO)
			i += 2;
		else
			break;
	}
	return i;
}

/* "or so" after a count ("a week or so ago"): the atom after it, else e. */
int
cp_tx_or_so(const tctx *t, int e)
{
	const atom *so = at(&t->c, e + 1);

	if (kw(&t->c, e) == K_OR && so->kind == A_WORD && so->len == 2 &&
		strncasecmp(t->c.text + so->start, "so", 2) == 0)
		return e + 2;
	return e;
}

/*
 * Words after a count and unit u that make it a point, read by timex.c:
 * "ago", "from now", and "earlier"/"later" after months and longer ("a year
 * earlier" is a year; "three days later" stays a duration, as TimeML has it).
 */
bool
cp_tx_point_after(const tctx *t, int e, int u)
{
	const ctx  *c = &t->c;

	e = cp_tx_or_so(t, e);
	return kw(c, e) == K_AGO || (tw(t, e) == TW_AGO_LIKE && u <= U_MONTH) ||
		((kw(c, e) == K_FROM || kw(c, e) == K_BEFORE || kw(c, e) == K_AFTER) &&
		 (kw(c, e + 1) == K_FROMNOW || kw(c, e + 1) == K_TODAY || kw(c, e + 1) == K_TOMORROW ||
		  kw(c, e + 1) == K_YESTERDAY));
}

/* A modifier of a rolling period: "the last", "the past", "next", "the first", "the final", "the coming". */
static int
period_mod(const tctx *t, int j)
{
	const ctx  *c = &t->c;
	int			k = kw(c, j);

	if (k == K_LAST || k == K_PAST || k == K_NEXT || k == K_COMING || k == K_PREVIOUS ||
		k == K_FOLLOWING || tw(t, j) == TW_LATEST || (k == K_ORDW && at(c, j)->val == 1) ||
		tw(t, j) == TW_FINAL)
		return j + 1;
	return j;
}

/* The TIMEX3 suffix of a part of the day (a TW_*), or NULL. */
static const char *
daypart_suffix(int w)
{
	switch (w)
	{
		case TW_MORNING: return "TMO";
		case TW_AFTERNOON: return "TAF";
		case TW_EVENING: return "TEV";
		case TW_NIGHT: return "TNI";
	}
	return NULL;
}

/* A quantity before "a year", "a day": a number, money, a plural noun. */
static bool
quantity_before(const tctx *t, int i)
{
	const ctx  *c = &t->c;
	const atom *a = at(c, i);
	const char *w = c->text + a->start;

	if (a->kind == A_NUM || punct(c, i, '%'))
		return true;
	/* a plural part of the day counts like any plural noun: "six nights a week" */
	if (tw(t, i) == TW_SCALE || tw(t, i) == TW_TIMES || tw(t, i) == TW_BIG)
		return true;			/* "a thousand a year", "twice a year's pay", "$2 million a year" */
	if (a->kind != A_WORD || a->kw != K_NONE || a->len < 4 ||
		(tw(t, i) != TW_NONE && !(twval(t, i) == 1 && daypart_suffix(tw(t, i)))))
		return false;
	return (w[a->len - 1] | 0x20) == 's' || strncasecmp(w + a->len - 4, "lion", 4) == 0;
}

/* Does atom i begin a noun phrase of its own: an article, a possessive or demonstrative, or a name? */
static bool
determiner(const ctx *c, int i)
{
	static const char *const words[] = {"its", "his", "her", "their", "our", "my", "your", "this", "that",
		"these", "those", "all"};
	const atom *a = at(c, i);

	if (a->kw == K_THE || a->kw == K_A || (a->kind == A_WORD && a->cap && a->month == 0 && a->wday < 0))
		return true;
	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (cp_dt_word_is(c, i, words[k]))
			return true;
	return false;
}

/*
 * Count and unit at j: "three years", "two-week", "30-year", "2 1/2 years";
 * the unit in *unit, *adj when written as one hyphenated word.  Ages
 * ("a 6-year-old", "52 years old", "30-year-olds") are no durations.
 */
static int
count_unit(const tctx *t, int j, txr *r, int *unit, bool *adj)
{
	static const char *const rate_units[] = {"point", "points", "pct", "percent", NULL};
	const ctx  *c = &t->c;
	int			n,
				e,
				u;
	bool		vague,
				plural,
				more,
				half = false;

	*adj = false;
	if (tw(t, j) == TW_HALF && kw(c, j + 1) == K_A)
	{
		/* "half an hour", "half a year": no whole unit */
		n = 0;
		vague = false;
		half = true;
		e = j + 2;
	}
	else if ((e = cp_tx_count(t, j, &n, &vague)) < 0 || (!vague && (n <= 0 || n > 9999)) ||
			 is_year4(at(c, j)))
		return -1;
	else if (at(c, e)->kind == A_NUM && at(c, e)->val == 1 && punct(c, e + 1, '/') &&
			 at(c, e + 2)->kind == A_NUM && at(c, e + 2)->val == 2 && glued(c, e + 1))
		half = true, e += 3;
	else if (!vague && kw(c, e) == K_AND && kw(c, e + 1) == K_A && tw(t, e + 2) == TW_HALF)
		half = true, e += 3;	/* "two and a half years" */
	else if (e == j + 1 && at(c, j)->kw == K_A && tw(t, e) == TW_HALF)
		n = 0, half = true, e++;	/* "a half hour", "a half-hour drive" */
	if (punct(c, e, '-') && glued(c, e) && glued(c, e + 1) && !vague)
	{
		/* "two-week", "10-hour", "30-year", "8-month-long" */
		if ((u = cp_tx_unit(t, e + 1, &plural)) == U_NONE || plural)
			return -1;
		e += 2;
		if (punct(c, e, '-') && glued(c, e) && tw(t, e + 1) == TW_LONG)
		{
			if ((c->text[at(c, e + 1)->start] | 0x20) == 'o')
				return -1;		/* "-old": an age */
			e += 2;
		}
		else if (tw(t, e) == TW_LONG && (c->text[at(c, e)->start] | 0x20) == 'o')
			return -1;			/* "a 55-year old man": the second hyphen left out, an age still */
		*adj = true;
	}
	else
	{
		/* "eight trading days", "an additional year", "two straight quarters" */
		if ((tw(t, e) == TW_TRADING && kw(c, e + 1) == K_DAY) || tw(t, e) == TW_DURADJ)
			e++;
		/* "two more weeks", "a few more days": a count still to come, before a plural unit */
		more = cp_dt_word_is(c, e, "more") && e > j;
		if (more)
			e++;
		if ((u = cp_tx_unit(t, e, &plural)) == U_NONE || (more && !plural))
			return -1;
		/*
		 * "a quarter of the donors", "three quarters of Clinton's votes": a share;
		 * not "two quarters of growth", "the first three quarters of the year"
		 */
		if (u == U_QUARTER && kw(c, e + 1) == K_OF && determiner(c, e + 2) && kw(c, e + 3) != K_YEAR)
			return -1;
		/* "a quarter point", "a quarter percentage point", "three quarters pct": a share of a rate */
		if (u == U_QUARTER && cp_dt_word_among(c, cp_dt_word_is(c, e + 1, "percentage") ? e + 2 : e + 1, rate_units))
			return -1;
		/* "a year" is one; "two year" a misprint TimeML still reads */
		if ((plural && !vague && e == j + 1 && at(c, j)->kw == K_A) || (!plural && vague) ||
			(plural && half && n == 0))
			return -1;
		if (u == U_SECOND && at(c, e + 1)->kind == A_WORD && !plural)
			return -1;			/* "the 1988 second quarter" */
		e++;
		if (tw(t, e) == TW_LONG && (c->text[at(c, e)->start] | 0x20) == 'o')
			return -1;			/* "52 years old" */
		/* "a year-earlier figure" is none; "two year-long talks" as "two-year-long" ("a year-long" is unit_long's) */
		if (punct(c, e, '-') && glued(c, e))
		{
			if (tw(t, e + 1) != TW_LONG || (c->text[at(c, e + 1)->start] | 0x20) == 'o' ||
				at(c, j)->kw == K_A || vague)
				return -1;
			e += 2;
			*adj = true;
		}
	}
	if (!half && kw(c, e) == K_AND && kw(c, e + 1) == K_A && tw(t, e + 2) == TW_HALF)
		half = true, e += 3;
	if (half && !vague)
		half_value(r->value, u, n);
	else
		cp_tx_duration_value(r->value, u, n, vague);
	*unit = u;
	return e;
}

/*
 * A unit made an adjective by "-long" without a count: "a year-long strike"
 * P1Y, "a decades-long conflict" PXY, "a weeklong visit" P1W; a plural
 * before "-old" too ("a years-old slump"), which no age is.  Its end, or -1.
 */
static int
unit_long(const tctx *t, int i, txr *r)
{
	const ctx  *c = &t->c;
	int			u;
	bool		plural;

	if (tw(t, i) == TW_UNITLONG)
	{
		cp_tx_duration_value(r->value, twval(t, i), 1, false);
		return r->e = i + 1;
	}
	if ((u = cp_tx_unit(t, i, &plural)) == U_NONE || !punct(c, i + 1, '-') || !glued(c, i + 1) ||
		!glued(c, i + 2) || tw(t, i + 2) != TW_LONG ||
		(!plural && (c->text[at(c, i + 2)->start] | 0x20) == 'o'))
		return -1;
	/* "a year-long-old" is no word; "a two year-long": the count's (count_unit) */
	if ((punct(c, i + 3, '-') && glued(c, i + 3)) || (punct(c, i - 1, '-') && glued(c, i)))
		return -1;
	cp_tx_duration_value(r->value, u, 1, plural);
	return r->e = i + 3;
}

/*
 * Millions or billions of units: "4.5 billion years", "a 13.8-billion-year
 * period" P13800000000Y, "two million years", the stretches of geology and
 * astronomy, past count_unit's counts ("65 million years ago" is left out).
 * The extent is the adjective alone, as for "a [two-week] visit".  Its end, or -1.
 */
static int
big_count(const tctx *t, int j, txr *r)
{
	const ctx  *c = &t->c;
	const atom *a = at(c, j);
	long long	whole,
				frac = 0,
				ten = 1;
	int			e = j + 1,
				u,
				fdig = 0;
	bool		plural,
				adj = false;

	if (a->kind == A_NUM && a->ndig <= 3 && !(glued(c, j) && at(c, j - 1)->kind != A_PUNCT))
	{
		whole = a->val;
		if (punct(c, e, '.') && glued(c, e) && glued(c, e + 1) && at(c, e + 1)->kind == A_NUM &&
			at(c, e + 1)->ndig <= 3)
		{
			frac = at(c, e + 1)->val;
			fdig = at(c, e + 1)->ndig;
			e += 2;
		}
	}
	else if (a->kw == K_NUMW)
		whole = a->val;
	else
		return -1;
	if (punct(c, e, '-') && glued(c, e))
		e++;					/* "13.8-billion-year" */
	if (tw(t, e) != TW_BIG)
		return -1;
	for (int k = 0; k < twval(t, e); k++)
		ten *= 10;
	e++;
	if (punct(c, e, '-') && glued(c, e) && glued(c, e + 1))
		e++, adj = true, r->s = j;
	if ((u = cp_tx_unit(t, e, &plural)) == U_NONE || plural == adj || cp_tx_point_after(t, e + 1, u))
		return -1;
	whole *= ten;
	while (fdig-- > 0)
		ten /= 10;
	cp_tx_duration_value(r->value, u, whole + frac * ten, false);
	return r->e = e + 1;
}

/* Write a reference value as a DATE. */
static int
ref_result(txr *r, int s, int e, const char *value)
{
	r->s = s;
	r->e = e;
	r->type = CP_TIMEX_DATE;
	snprintf(r->value, CP_TIMEX_VALUE_MAX, "%s", value);
	return e;
}

/*
 * A duration at atom i: "[nearly] three years", "the last five years", "the
 * nine months", "a two-hour meeting", "for weeks"; "in the last few
 * months", an unstated stretch up to now, is PAST_REF.  Not when "ago", "earlier"
 * or "from now" follow: then it is a date.
 */
int
cp_tx_duration(const tctx *t, int i, txr *r)
{
	/* verbs whose object is a stretch of time ("last" alone is as often "the last years") */
	static const char *const spend_verbs[] = {"spend", "spends", "spent", "spending", "take", "takes",
		"took", "taken", "taking", "wait", "waits", "waited", "waiting", "lasted", "lasts", "lasting", NULL};
	const ctx  *c = &t->c;
	int			j = cp_tx_approx(t, i),
				e,
				u;
	bool		plural,
				adj;

	memset(r, 0, sizeof(*r));
	r->s = i;
	r->type = CP_TIMEX_DURATION;
	if ((e = unit_long(t, i, r)) > 0 || (e = big_count(t, j, r)) > 0)
		return e;
	if (j > i && kw(c, j) == K_THE)
		return -1;				/* "over [the last two weeks]": "over" is a preposition there */
	if (kw(c, j) == K_THE)
		j = period_mod(t, j + 1);
	else if (j == i && (kw(c, j) == K_LAST || kw(c, j) == K_PAST || kw(c, j) == K_NEXT))
	{
		/* "expected to last two weeks", "will last a year": the verb, not the period's "last" */
		if (cp_dt_verb_last(c, j))
			r->s = i + 1;
		j++;
	}
	/*
	 * "the last fortnight": no calendar fortnight to name, so the stretch, as
	 * "the last two weeks" ("the fortnight-long meeting" is unit_long's);
	 * so is "the past decade", the ten years to now, which no calendar
	 * decade is ("the last decade" may be the one before this)
	 */
	u = j > i ? cp_tx_unit(t, j, &plural) : U_NONE;
	if ((u == U_FORTNIGHT || (u == U_DECADE && kw(c, j - 1) == K_PAST)) && !plural &&
		!(punct(c, j + 1, '-') && glued(c, j + 1)))
	{
		cp_tx_duration_value(r->value, u, 1, false);
		return r->e = j + 1;
	}
	if ((e = count_unit(t, j, r, &u, &adj)) > 0)
	{
		/* a count after a quantity is a rate ("$2 million a year"), no timex */
		if (cp_tx_point_after(t, e, u) || (kw(c, i) == K_A && quantity_before(t, i - 1)))
			return -1;
		/*
		 * no length to write, so the time it covers, the document's past ("in
		 * the last few months"); after "for", "within" it is how long ("for
		 * the past few weeks")
		 */
		if (tw(t, j) == TW_VAGUE && j > i && (kw(c, j - 1) == K_LAST || kw(c, j - 1) == K_PAST) &&
			tw(t, i - 1) != TW_DURPREP)
			return ref_result(r, i, e, "PAST_REF");
		if (adj && kw(c, i) == K_THE && j == i + 1)
			r->s = i + 1;		/* "the [two-week] talks" */
		else if (adj && kw(c, j) == K_A && tw(t, j + 1) == TW_HALF)
			r->s = j + 1;		/* "a [half-hour] drive" */
		r->e = e;
		return e;
	}
	/* "in the year ended March 31", "for the fiscal year": the financial year reported on, a duration */
	j = i + 1;
	if (tw(t, j) == TW_FISCAL)
		j++;
	if (cp_tx_year_ahead(t, i) > 0)
		return -1;
	if (kw(c, i) == K_THE && kw(c, j) == K_YEAR && at(c, j)->len == 4 && kw(c, j + 1) != K_OF &&
		kw(c, j + 1) != K_TO && !punct(c, j + 1, '-') && !punct(c, j + 1, '\'') &&
		at(c, j + 1)->kind != A_NUM && kw(c, j + 1) != K_NUMW && !cp_tx_point_after(t, j + 1, U_YEAR))
	{
		cp_tx_duration_value(r->value, U_YEAR, 1, false);
		r->e = j + 1;
		return r->e;
	}
	/*
	 * bare plural units after a preposition: "for weeks", "over the years",
	 * "in years"; or as the object of a verb that spends time ("would spend
	 * years in prison", "it took months", "waited weeks"), how long it is
	 */
	j = i;
	if (kw(c, j) == K_THE)
		j++;
	if ((u = cp_tx_unit(t, j, &plural)) != U_NONE && plural && kw(c, j + 1) != K_OF &&
		!cp_tx_point_after(t, j + 1, u) &&
		(tw(t, i - 1) == TW_DURPREP || tw(t, i - 1) == TW_APPROX || kw(c, i - 1) == K_IN ||
		 (j == i && cp_dt_word_among(c, i - 1, spend_verbs))))
	{
		/* "in years past", "in decades past": some time back, no stretch */
		if (j == i && kw(c, i - 1) == K_IN && kw(c, j + 1) == K_PAST && at(c, j + 2)->kind != A_NUM &&
			kw(c, j + 2) != K_NUMW && kw(c, j + 2) != K_THE)
			return ref_result(r, i, j + 2, "PAST_REF");
		cp_tx_duration_value(r->value, u, 0, true);
		r->s = j;
		r->e = j + 1;
		return r->e;
	}
	return -1;
}

/*
 * "will lower earnings for the fiscal year", "forecast an increase for the
 * full year": the year in course, looked ahead to, which no end or start
 * ("ended March 31", "beginning Oct. 1", "to March") makes a span of a
 * year, nor a year ("for the full year 1986") names; "For the full year,
 * it posted a loss" reports on a year past.  Its end, or -1.
 */
int
cp_tx_year_ahead(const tctx *t, int i)
{
	const ctx  *c = &t->c;
	int			j = i + 1;

	if (kw(c, i) != K_THE || !cp_dt_word_is(c, i - 1, "for"))
		return -1;
	if (tw(t, j) == TW_FISCAL || (tw(t, j) == TW_DURADJ && cp_dt_word_is(c, j, "full")))
		j++;
	if (j == i + 1 || kw(c, j) != K_YEAR || at(c, j)->len != 4)
		return -1;
	j++;
	/* an end or a start, a year or a modifier may follow: "ending June 30", "beginning Oct. 1", "1986" */
	if (tw(t, j) == TW_ENDED || tw(t, j) == TW_THAT || kw(c, j) == K_TO || kw(c, j) == K_OF ||
		kw(c, j) == K_STARTING || kw(c, j) == K_LAST || kw(c, j) == K_THIS || kw(c, j) == K_NEXT ||
		at(c, j)->kind == A_NUM || cp_dt_word_is(c, j, "ending") || cp_dt_word_is(c, j, "beginning") ||
		cp_dt_word_is(c, j, "just") || punct(c, j, '-') || punct(c, j, '\''))
		return -1;
	/* a year the sentence looks ahead to ("will lower", "forecast", "expects"), not one reported on */
	if (cp_dt_future_before(c, c->n))
		return j;
	for (int k = 0; k < c->n; k++)
		if (cp_dt_word_is(c, k, "forecast") || cp_dt_word_is(c, k, "forecasts") ||
			cp_dt_word_is(c, k, "expects") || cp_dt_word_is(c, k, "expect") ||
			cp_dt_word_is(c, k, "projected") || cp_dt_word_is(c, k, "predicts"))
			return j;
	return -1;
}

/*
 * "once", "twice", "three times", "several times", "1 million times" at
 * i: the atom after, or -1.
 */
static int
how_often(const tctx *t, int i)
{
	int			n,
				e;
	bool		vague;

	if (tw(t, i) == TW_TIMES)
		return twval(t, i) > 0 ? i + 1 : -1;
	if (at(&t->c, i)->kw == K_A)
		return -1;
	if ((e = cp_tx_count(t, i, &n, &vague)) > 0 && tw(t, e) == TW_BIG)
		e++;					/* the count does not change the set */
	if (e < 0 || tw(t, e) != TW_TIMES || twval(t, e) != 0)
		return -1;
	return e + 1;
}

/*
 * A set: "every Monday" XXXX-WXX-1, "each July" XXXX-07, "every two weeks"
 * P2W, "every day" P1D, "daily" P1D, "annually" P1Y, "per day" P1D.
 */
int
cp_tx_set(const tctx *t, int i, txr *r)
{
	const ctx  *c = &t->c;
	int			j = i + 1,
				u,
				e;
	bool		plural,
				adj;

	memset(r, 0, sizeof(*r));
	r->s = i;
	r->type = CP_TIMEX_SET;
	if ((e = how_often(t, i)) > 0)
	{
		/* "twice a week", "three times per year": the unit's set (TimeML's freq is not written) */
		if ((kw(c, e) == K_A || tw(t, e) == TW_PER || tw(t, e) == TW_EVERY) &&
			(u = cp_tx_unit(t, e + 1, &plural)) != U_NONE && !plural &&
			!(punct(c, e + 2, '\'') && kw(c, e + 3) == K_S))
		{
			cp_tx_duration_value(r->value, u, 1, false);
			return r->e = e + 2;
		}
		/* "twice daily" */
		if (tw(t, e) == TW_DAILY && cp_tx_set(t, e, r) > 0)
		{
			r->s = i;
			return r->e;
		}
		return -1;
	}
	if (tw(t, i) == TW_DAILY)
	{
		if (punct(c, i - 1, '-') && glued(c, i))
			return -1;			/* "bi-weekly", "semi-annually": not a plain unit */
		if (at(c, i + 1)->kind == A_WORD && !at(c, i + 1)->cap &&
			(at(c, i + 1)->kw == K_NONE || (at(c, i + 1)->kw == K_FUT && at(c, i + 1)->val == 2)) &&
			tw(t, i + 1) == TW_NONE && kw(c, i - 1) != K_A)
			return -1;			/* "its quarterly dividend", "yearly plans": an attribute */
		/*
		 * a noun, a newspaper or a dividend: before a name ("the party daily
		 * Granma", "the weekly Der Spiegel"), a reporting verb ("the business
		 * daily reported") or "of" ("an initial quarterly of five cents")
		 */
		if ((at(c, i + 1)->kind == A_WORD && at(c, i + 1)->cap && at(c, i + 1)->month == 0 &&
			 at(c, i + 1)->wday < 0) || kw(c, i + 1) == K_REPORT || kw(c, i + 1) == K_OF)
			return -1;
		cp_tx_duration_value(r->value, twval(t, i), 1, false);
		return r->e = i + 1;
	}
	if (tw(t, i) == TW_PER && (u = cp_tx_unit(t, j, &plural)) != U_NONE && !plural)
	{
		cp_tx_duration_value(r->value, u, 1, false);
		return r->e = j + 1;
	}
	/*
	 * "Tuesday nights", "Sunday mornings": that part of every such day; in
	 * "Monday and Tuesday nights" the first day shares the plural
	 */
	if (at(c, i)->kind == A_WORD && at(c, i)->wday >= 0 && at(c, i)->month == 0 && at(c, i)->cap)
	{
		int			d = i + 1;

		if ((kw(c, d) == K_AND || kw(c, d) == K_OR) && at(c, d + 1)->kind == A_WORD &&
			at(c, d + 1)->wday >= 0 && at(c, d + 1)->month == 0 && at(c, d + 1)->cap)
			d += 2;
		if (twval(t, d) == 1 && daypart_suffix(tw(t, d)))
		{
			snprintf(r->value, CP_TIMEX_VALUE_MAX, "XXXX-WXX-%d%s", at(c, i)->wday + 1, daypart_suffix(tw(t, d)));
			return r->e = d == i + 1 ? d + 1 : i + 1;
		}
	}
	if (tw(t, i) != TW_EVERY)
		return -1;
	/* "every Sunday night" XXXX-WXX-7TNI, "each morning" XXXX-XX-XXTMO */
	if (at(c, j)->kind == A_WORD && at(c, j)->wday >= 0 && at(c, j)->month == 0 && at(c, j)->cap)
	{
		const char *part = twval(t, j + 1) == 0 ? daypart_suffix(tw(t, j + 1)) : NULL;

		snprintf(r->value, CP_TIMEX_VALUE_MAX, "XXXX-WXX-%d%s", at(c, j)->wday + 1, part ? part : "");
		return r->e = part ? j + 2 : j + 1;
	}
	if (twval(t, j) == 0 && daypart_suffix(tw(t, j)))
	{
		snprintf(r->value, CP_TIMEX_VALUE_MAX, "XXXX-XX-XX%s", daypart_suffix(tw(t, j)));
		return r->e = j + 1;
	}
	if (month_word(c, j) && at(c, j)->cap && at(c, j)->len >= 3)
	{
		snprintf(r->value, CP_TIMEX_VALUE_MAX, "XXXX-%02d", at(c, j)->month);
		return r->e = j + 1;
	}
	if (kw(c, j) == K_SEASON)
	{
		static const char *const s[] = {"", "SP", "SU", "FA", "WI"};

		snprintf(r->value, CP_TIMEX_VALUE_MAX, "XXXX-%s", s[at(c, j)->val & 3 ? at(c, j)->val : 4]);
		return r->e = j + 1;
	}
	if ((u = cp_tx_unit(t, j, &plural)) != U_NONE && !plural)
	{
		cp_tx_duration_value(r->value, u, 1, false);
		return r->e = j + 1;
	}
	/* "every other day": every second one */
	if (cp_dt_word_is(c, j, "other") && (u = cp_tx_unit(t, j + 1, &plural)) != U_NONE && !plural)
	{
		cp_tx_duration_value(r->value, u, 2, false);
		return r->e = j + 2;
	}
	/* "every two weeks" P2W, "every two and a half weeks" (not "every 30-day period", "every few weeks") */
	if ((e = count_unit(t, j, r, &u, &adj)) > 0 && !adj && !strchr(r->value, 'X'))
		return r->e = e;
	return -1;
}

/*
 * "the recently merged bank", "was recently opened": an adverb of the
 * participle after it.  Between a subject (a name or a pronoun) and a past
 * tense ("Acme recently fended off a bid", "he recently moved") it dates
 * the clause.
 */
static bool
participle_after(const tctx *t, int i)
{
	const ctx  *c = &t->c;
	const atom *a = at(c, i + 1),
			   *p = at(c, i - 1);
	static const char *const pronouns[] = {"he", "she", "it", "they", "we", "i", "who", "which"};

	if (kw(c, i - 1) == K_A || kw(c, i - 1) == K_THE)
		return true;
	if (!(a->kind == A_WORD && a->len > 3 && a->kw == K_NONE &&
		  strncasecmp(c->text + a->start + a->len - 2, "ed", 2) == 0))
		return false;
	if (p->kind == A_WORD && p->cap && p->kw == K_NONE)
		return false;
	for (size_t k = 0; k < sizeof(pronouns) / sizeof(pronouns[0]); k++)
		if (cp_dt_word_is(c, i - 1, pronouns[k]))
			return false;
	return true;
}

/* How far ahead "the <word> term" looks ("the near term" is read with "the near future") */
static const char *const horizons[] = {"long", "longer", "short", "shorter", "medium", NULL};

/* A unit or a fiscal period after "current": then it is a date ("the current quarter"). */
static bool
unit_or_fiscal(const tctx *t, int i)
{
	bool		plural;

	return cp_tx_unit(t, i, &plural) != U_NONE || tw(t, i) == TW_FISCAL || kw(&t->c, i) == K_SEASON;
}

/*
 * The document's own time: "now", "currently", "these days" PRESENT_REF;
 * "recently", "previously", "the past", "recent years" PAST_REF; "the
 * future", "soon", "the near term", "coming months" FUTURE_REF.
 */
int
cp_tx_ref(const tctx *t, int i, txr *r)
{
	const ctx  *c = &t->c;
	int			k = kw(c, i),
				w = tw(t, i),
				j = i,
				u;
	bool		plural;

	memset(r, 0, sizeof(*r));
	if (w == TW_RIGHT && kw(c, i + 1) == K_FROMNOW)
		return ref_result(r, i, i + 2, "PRESENT_REF");
	/* not "the now-defunct band", "now-banned chemicals": part of the adjective it is joined to */
	if (k == K_FROMNOW && kw(c, i - 1) != K_FROM &&
		!(punct(c, i + 1, '-') && glued(c, i + 1) && glued(c, i + 2) && at(c, i + 2)->kind == A_WORD))
		return ref_result(r, i, i + 1, "PRESENT_REF");
	if (w == TW_CURRENTLY || w == TW_NOWADAYS)
		return ref_result(r, i, i + 1, "PRESENT_REF");
	if (w == TW_THESE && kw(c, i + 1) == K_DAY && cp_tx_unit(t, i + 1, &plural) && plural)
		return ref_result(r, i, i + 2, "PRESENT_REF");
	/*
	 * "the then current price": the present of a time past.  Before "of" it
	 * is the noun ("this current of self-destruction", "a current of air").
	 */
	if (k == K_CURRENT && at(c, i + 1)->kind == A_WORD && !unit_or_fiscal(t, i + 1) &&
		kw(c, i - 1) != K_THE && kw(c, i + 1) != K_OF)
		return ref_result(r, i, i + 1, cp_dt_word_is(c, i - 1, "then") ? "PAST_REF" : "PRESENT_REF");
	if (w == TW_RECENTLY && !participle_after(t, i))
		return ref_result(r, i, i + 1, "PAST_REF");
	/* "for a while" a stretch of unstated length, "a while ago" some time back; not "once in a while" */
	if (k == K_A && tw(t, i + 1) == TW_WHILE && kw(c, i - 1) != K_IN)
	{
		if (kw(c, i + 2) == K_AGO)
			return ref_result(r, i, i + 3, "PAST_REF");
		r->s = i;
		r->e = i + 2;
		r->type = CP_TIMEX_DURATION;
		snprintf(r->value, CP_TIMEX_VALUE_MAX, "PXX");
		return r->e;
	}
	/*
	 * "recent weeks", "the coming years": a stretch of unstated length, as the
	 * development data mostly writes them; "past decades", "future quarters"
	 * the document's past and future
	 */
	if (k == K_THE)
		j++;
	if ((tw(t, j) == TW_RECENT || kw(c, j) == K_PAST || kw(c, j) == K_COMING ||
		 tw(t, j) == TW_FUTURE) && (u = cp_tx_unit(t, j + 1, &plural)) != U_NONE && plural &&
		kw(c, j + 2) != K_OF)
	{
		if (tw(t, j) == TW_FUTURE || kw(c, j) == K_PAST)
			return ref_result(r, i, j + 2, tw(t, j) == TW_FUTURE ? "FUTURE_REF" : "PAST_REF");
		r->s = i;
		r->e = j + 2;
		r->type = CP_TIMEX_DURATION;
		cp_tx_duration_value(r->value, u, 0, true);
		return r->e;
	}
	/* "Elian's future", "in future": the noun, at the end of its phrase */
	if (w == TW_FUTURE && (at(c, i + 1)->kind == A_PUNCT || at(c, i + 1)->kind == A_END) &&
		(kw(c, i - 1) == K_S || kw(c, i - 1) == K_IN))
		return ref_result(r, i, i + 1, "FUTURE_REF");
	if (k != K_THE)
		return -1;
	/* "the past", "the future", "the near future", "the near term" */
	if (kw(c, i + 1) == K_PAST && at(c, i + 2)->kind != A_NUM && kw(c, i + 2) != K_NUMW &&
		tw(t, i + 2) != TW_VAGUE && !unit_or_fiscal(t, i + 2))
		return ref_result(r, i, i + 2, "PAST_REF");
	/*
	 * "over the long term", "in the short term", "the longer term": a horizon
	 * ahead of the document, as "the near term" is; not before a noun it
	 * qualifies ("the long term debt", "the short term rate").
	 */
	if (tw(t, i + 2) == TW_TERM && cp_dt_word_among(c, i + 1, horizons) && cp_dt_phrase_ends(c, i + 3))
		return ref_result(r, i, i + 3, "FUTURE_REF");
	if (tw(t, i + 1) == TW_NEAR)
		j = i + 2;
	else
		j = i + 1;
	/*
	 * "the future of public transit", "the future of the company": what becomes
	 * of it, no time ("in the near future of" is one, the "of" the noun's before it)
	 */
	if ((tw(t, j) == TW_FUTURE && (j == i + 2 || kw(c, j + 1) != K_OF)) || (j == i + 2 && tw(t, j) == TW_TERM))
		return ref_result(r, i, j + 1, "FUTURE_REF");
	return -1;
}

/*
 * "o'clock" at atom i (the apostrophe normalized, glued both sides): the
 * atom after it, or -1.  In title case it names a thing ("the 10 O'Clock
 * News", "8 O'Clock" coffee).
 */
static int
oclock(const tctx *t, int i)
{
	const ctx  *c = &t->c;

	if (tw(t, i + 2) != TW_OCLOCK || at(c, i)->len != 1 || c->text[at(c, i)->start] != 'o' ||
		!punct(c, i + 1, '\'') || !glued(c, i + 1) || !glued(c, i + 2))
		return -1;
	return i + 3;
}

/* A clock time at i: "2 p.m.", "7:15 p.m.", "6 a.m", "10:30", "noon", "six o'clock"; minutes of the day. */
int
cp_tx_clock(const tctx *t, int i, int *minutes)
{
	const ctx  *c = &t->c;
	const atom *a = at(c, i);
	int			h,
				m = 0,
				e = i + 1;
	bool		dot = false;

	if (tw(t, i) == TW_NOON)
	{
		*minutes = 12 * 60;
		return i + 1;
	}
	if (tw(t, i) == TW_MIDNIGHT)
	{
		*minutes = 24 * 60;
		return i + 1;
	}
	/* "6 o'clock", "six o'clock": the hour as written; a part of the day after it turns it (cp_tx_time) */
	if (((a->kind == A_NUM && a->ndig <= 2 && !glued(c, i)) || a->kw == K_NUMW) && a->val >= 1 &&
		a->val <= 12 && (e = oclock(t, i + 1)) > 0)
	{
		*minutes = a->val * 60;
		return e;
	}
	e = i + 1;
	if (a->kind != A_NUM || a->ndig > 2 || a->val > 23 || (glued(c, i) && !punct(c, i - 1, '(')))
		return -1;
	h = a->val;
	/* British copy writes "9.30 a.m.": a dot, then, only before the half of the day, not "9.30" */
	if ((punct(c, e, ':') || punct(c, e, '.')) && glued(c, e) && glued(c, e + 1) &&
		at(c, e + 1)->kind == A_NUM && at(c, e + 1)->ndig == 2 && at(c, e + 1)->val < 60)
	{
		m = at(c, e + 1)->val;
		e += 2;
		dot = punct(c, e - 2, '.');
	}
	/* "p.m.", "a.m", "pm", "PM" */
	if (at(c, e)->kind == A_WORD && at(c, e)->len == 1 && punct(c, e + 1, '.') &&
		at(c, e + 2)->kind == A_WORD && at(c, e + 2)->len == 1 &&
		(c->text[at(c, e + 2)->start] | 0x20) == 'm')
	{
		char		ap = c->text[at(c, e)->start] | 0x20;

		if ((ap != 'a' && ap != 'p') || h > 12)
			return -1;
		h = ap == 'p' ? (h % 12) + 12 : h % 12;
		e += 3;
		if (punct(c, e, '.') && glued(c, e))
			e++;
	}
	else if ((tw(t, e) == TW_AM || tw(t, e) == TW_PM) && h <= 12)
	{
		h = tw(t, e) == TW_PM ? (h % 12) + 12 : h % 12;
		e++;
	}
	else if (e == i + 1 || dot)
		return -1;				/* a bare number is no time */
	if (tw(t, e) == TW_ZONE)
		e++;
	*minutes = h * 60 + m;
	return e;
}

/* A part of the day at i: "morning" TMO, "afternoon", "mid-afternoon" TAF, "evening" TEV, "night" TNI. */
int
cp_tx_daypart(const tctx *t, int i, const char **suffix)
{
	const ctx  *c = &t->c;

	if (kw(c, i) == K_MID && punct(c, i + 1, '-') && tw(t, i + 2) == TW_AFTERNOON)
		i += 2;
	else if (kw(c, i) == K_MID && tw(t, i + 1) == TW_AFTERNOON)
		i++;
	if (twval(t, i) == 1 || !(*suffix = daypart_suffix(tw(t, i))))
		return -1;
	return i + 1;
}
