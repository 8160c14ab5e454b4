/*
 * timex.c: TIMEX3 expressions over the date grammar: the scan and the values.
 *
 * Each sentence is cut into the date lexer's atoms; at each atom the
 * readers are tried in turn: sets and durations (timex_forms.c), then
 * times and dates (timex_dates.c), then the document-relative words.  The
 * TIMEX3 value of a date is the calendar unit its day range covers
 * (cp_tx_date_value): the grammar's ranges carry no granularity of their
 * own beyond day, week, month, season and year, and a quarter, a half or a
 * decade is told by its bounds.
 */
#include "timex_internal.h"

#include "sentences.h"

#include <ctype.h>
#include <string.h>

const char *
cp_timex_type_name(cp_timex_type type)
{
	static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};

	return (unsigned) type < 4 ? names[type] : "DATE";
}

/*
 * The values are written by hand rather than with snprintf, which cost a
 * fifth of the scan on news: put_int is "%0*d", put_str "%s".
 */
static char *
put_int(char *p, int v, int width)
{
	char		d[12];
	int			n = 0;
	unsigned	u = v < 0 ? 0u - (unsigned) v : (unsigned) v;

	if (v < 0)
		*p++ = '-', width--;
	do
		d[n++] = (char) ('0' + u % 10);
	while ((u /= 10) > 0);
	while (width-- > n)
		*p++ = '0';
	while (n > 0)
		*p++ = d[--n];
	return p;
}

static char *
put_str(char *p, const char *s)
{
	while (*s)
		*p++ = *s++;
	return p;
}

/* "YYYY-MM", "YYYY-MM-DD" (day 0: none), NUL-terminated */
static void
put_ymd(char *out, int y, int m, int d)
{
	char	   *p = put_int(out, y, 4);

	*p++ = '-';
	p = put_int(p, m, 2);
	if (d)
	{
		*p++ = '-';
		p = put_int(p, d, 2);
	}
	*p = '\0';
}

/* "YYYY-Wnn" and a suffix ("", "-WE") */
static void
put_week(char *out, int y, int w, const char *suffix)
{
	char	   *p = put_int(out, y, 4);

	p = put_str(p, "-W");
	p = put_int(p, w, 2);
	*put_str(p, suffix) = '\0';
}

/* "YYYY", then a tag and a number ("-Q", 3), a tag alone (n < 0), or nothing (tag NULL) */
static void
put_year(char *out, int y, int width, const char *tag, int n)
{
	char	   *p = put_int(out, y, width);

	if (tag)
		p = put_str(p, tag);
	if (tag && n >= 0)
		p = put_int(p, n, 1);
	*p = '\0';
}

/* ISO year and week of the week that starts on day number monday. */
static void
iso_week(int32_t monday, int *y, int *w)
{
	*y = cp_days_to_date(monday + 3).year;
	*w = (monday - cp_dt_iso_week1(*y)) / 7 + 1;
}

/* A period [lo, hi) that is one calendar unit, written as TIMEX3; false if it is none. */
static bool
unit_value(int32_t lo, int32_t hi, int gran, char *out)
{
	static const char *const season[] = {"-SP", "-SU", "-FA", "-WI"};
	cp_date		a = cp_days_to_date(lo),
				b = cp_days_to_date(hi);
	int			y,
				w,
				nm = (b.year - a.year) * 12 + b.month - a.month;

	if (hi - lo == 1)
		put_ymd(out, a.year, a.month, a.day);
	else if (hi - lo == 7 && cp_days_weekday(lo) == 0)
	{
		iso_week(lo, &y, &w);
		put_week(out, y, w, "");
	}
	else if (hi - lo == 2 && cp_days_weekday(lo) == 5)
	{
		iso_week(lo - 5, &y, &w);
		put_week(out, y, w, "-WE");
	}
	else if (a.day != 1 || b.day != 1)
		return false;
	else if (nm == 1)
		put_ymd(out, a.year, a.month, 0);
	else if (nm == 3 && gran == CP_GRAN_SEASON && a.month % 3 == 0)
		put_year(out, a.year, 4, season[a.month / 3 - 1], -1);
	else if (nm == 3 && (a.month - 1) % 3 == 0)
		put_year(out, a.year, 4, "-Q", (a.month - 1) / 3 + 1);
	else if (nm == 6 && (a.month == 1 || a.month == 7))
		put_year(out, a.year, 4, "-H", a.month == 1 ? 1 : 2);
	else if (nm == 12 && a.month == 1)
		put_year(out, a.year, 4, NULL, -1);
	else if (nm == 120 && a.month == 1 && a.year % 10 == 0)
		put_year(out, a.year / 10, 3, NULL, -1);
	else if (nm == 1200 && a.month == 1 && a.year % 100 == 0)
		put_year(out, a.year / 100, 2, NULL, -1);
	else
		return false;
	return true;
}

/*
 * The TIMEX3 value of a date the grammar read: the calendar unit of the
 * whole period ("late 1970s" is "197", as TimeML leaves the part to its
 * MOD attribute), else the unit of its granularity that holds its start.
 * Relative dates without a reference get X's for digits.
 */
void
cp_tx_date_value(const tctx *t, const dval *v, char *out)
{
	int32_t		lo = v->lo,
				hi = v->hi;

	if (v->part != P_ALL && v->whole_hi > v->whole_lo)
		lo = v->whole_lo, hi = v->whole_hi;
	if (!unit_value(lo, hi, v->gran, out))
	{
		cp_date		a = cp_days_to_date(lo);
		int			y,
					w;

		switch (v->gran)
		{
			case CP_GRAN_DAY:
				put_ymd(out, a.year, a.month, a.day);
				break;
			case CP_GRAN_WEEK:
				/* "the past week", the seven days to the reference: its week */
				iso_week(week_start(hi - 1), &y, &w);
				put_week(out, y, w, "");
				break;
			case CP_GRAN_MONTH:
			case CP_GRAN_SEASON:
				put_ymd(out, a.year, a.month, 0);
				break;
			default:
				put_year(out, a.year, 4, NULL, -1);
		}
	}
	if (v->rel && !t->c.has_ref)
		for (char *p = out; *p; p++)
			if (*p >= '0' && *p <= '9')
				*p = 'X';
}

/* The TIMEX3 expression at atom i, if any: its end atom, or -1. */
static int
timex_at(const tctx *t, int i, txr *r)
{
	const ctx  *c = &t->c;
	int			e;

	/* "the year before." is a date of the story before it is a duration */
	if ((e = cp_tx_story_date(t, i, r)) < 0 &&
		((e = cp_tx_set(t, i, r)) > 0 || (e = cp_tx_duration(t, i, r)) > 0))
		return e;
	/* "later this afternoon", "early this morning": the modifier joins the time */
	if (e <= 0 && t->clock && (kw(c, i) == K_EARLY || kw(c, i) == K_LATE || kw(c, i) == K_EARLIER ||
							  kw(c, i) == K_LATER) && (e = cp_tx_time(t, i + 1, r)) > 0)
	{
		r->s = i;
		return e;
	}
	if (e > 0 || (t->clock && (e = cp_tx_time(t, i, r)) > 0) || (e = cp_tx_date(t, i, r)) > 0 ||
		(e = cp_tx_ref(t, i, r)) > 0)
	{
		/* "earlier this month", "later Thursday": TimeML leaves "earlier"/"later" out */
		if ((kw(c, r->s) == K_EARLIER || kw(c, r->s) == K_LATER) && e > r->s + 1)
			r->s++;
		return e;
	}
	return -1;
}

/* A word an expression can start with (most prepositions and conjunctions cannot). */
static bool
starter(const tctx *t, int i)
{
	const atom *a = at(&t->c, i);

	if (a->kind == A_NUM)
		return true;
	if (a->kind != A_WORD)
		return false;
	if (a->month > 0 || a->wday >= 0)
		return true;
	switch (tw(t, i))
	{
		case TW_NONE: case TW_DURPREP: case TW_THAN: case TW_LEAST: case TW_LONG: case TW_TRADING:
		case TW_ZONE: case TW_AM: case TW_PM: case TW_PERIOD: case TW_DURADJ:
		case TW_AGO_LIKE: case TW_ENDED: case TW_SAME: case TW_SCALE: case TW_WHILE: case TW_BIG: case TW_OCLOCK:
			break;
		case TW_THAT:
			return kw(&t->c, i + 1) == K_QUARTER || tw(t, i + 1) == TW_PERIOD ||
				kw(&t->c, i + 1) == K_YEAR || kw(&t->c, i + 1) == K_MONTHU ||
				cp_dt_word_is(&t->c, i + 1, "same");
		case TW_HALF:
			return kw(&t->c, i + 1) == K_A;		/* "half an hour" */
		case TW_MORE:
			return tw(t, i + 1) == TW_THAN;
		default:
			return true;
	}
	switch (a->kw)
	{
		case K_NONE: case K_AGO: case K_SINCE: case K_FROM: case K_BETWEEN: case K_TO:
		case K_THROUGH: case K_TILL: case K_AND: case K_OR: case K_BEFORE: case K_AFTER: case K_IN: case K_INTO:
		case K_ON: case K_OF: case K_DURING: case K_BY: case K_FUT: case K_LL: case K_REPORT:
		case K_S: case K_STARTING: case K_DATE: case K_PREFIX:
			return false;
		case K_SUFFIX:
			return a->cap;		/* "St. Patrick's Day" */
		case K_AT:
			return tw(t, i + 1) == TW_LEAST;
		case K_UP:
			return kw(&t->c, i + 1) == K_TO;
		case K_HALF:
			return glued(&t->c, i + 1) && at(&t->c, i + 1)->kind == A_NUM;	/* "H1 2020" */
		default:
			return true;
	}
}

/* Could an expression start at atom i?  A cheap test before the readers. */
static bool
trigger(const tctx *t, int i)
{
	int			k = t->c.a[i].kw;

	/*
	 * "the", "a": before a word that could go on, an adjective of a duration
	 * ("an extra year", "a half hour"), a scale ("a hundred years") or a
	 * horizon ("the long term")
	 */
	if (k == K_THE || k == K_A)
		return (starter(t, i + 1) && kw(&t->c, i + 1) != K_THE && kw(&t->c, i + 1) != K_A) ||
			tw(t, i + 1) == TW_DURADJ || tw(t, i + 1) == TW_SAME || tw(t, i + 1) == TW_HALF ||
			tw(t, i + 1) == TW_SCALE || tw(t, i + 1) == TW_WHILE || (k == K_THE && tw(t, i + 2) == TW_TERM);
	return starter(t, i);
}

/* An opening quote mark at atom i: '"', '`', an apostrophe, or a typographic quote. */
static bool
quote_mark(const ctx *c, int i)
{
	const atom *a = at(c, i);

	return a->kind == A_PUNCT && (a->ch == '"' || a->ch == '`' || a->ch == '\'' || (a->ch == '?' && a->len > 1));
}

/*
 * Is the expression at atoms [s, e) a quoted title, the name of a
 * programme: every word capitalized inside a sentence, opened by a quote
 * that follows a name or its possessive ("on ABC News' \"This Week\"", "on
 * CBS's ''60 Minutes''"), not a reporting verb or a comma that opens
 * quoted speech ("said, \"This week we ...\"")?
 */
static bool
quoted_title(const ctx *c, int s, int e)
{
	int			q = s - 1;

	if (e - s < 2 || at(c, e - 1)->kind != A_WORD)
		return false;
	for (int k = s; k < e; k++)
		if (at(c, k)->kind == A_PUNCT || (at(c, k)->kind == A_WORD && !at(c, k)->cap))
			return false;
	/* an opening mark: glued to the title, apart from what goes before (not "Adams' 11 September") */
	if (!quote_mark(c, q) || !glued(c, s))
		return false;
	if (quote_mark(c, q - 1) && glued(c, q))
		q--;					/* '' or `` */
	if (glued(c, q))
		return false;
	return at(c, q - 1)->kind == A_WORD ? kw(c, q - 1) != K_REPORT :
		punct(c, q - 1, '\'') && at(c, q - 2)->kind == A_WORD && glued(c, q - 1);
}

/*
 * Is the expression at atoms [s, e) the end of an outlet's or programme's
 * name: words written in lower case elsewhere ("today", "this morning",
 * "daily") capitalized after a name, or a name's possessive, that prose
 * goes before ("of Russia Today", "told CBS This Morning", "This is VOA
 * Today", "the People's Daily")?  A headline in title case ("Trump Rallies
 * Today") has a capital before the name too and is read.
 */
static bool
outlet_name(const ctx *c, int s, int e)
{
	int			n = s - 1;
	const atom *name,
			   *before;

	if (kw(c, n) == K_S && glued(c, n) && punct(c, n - 1, '\'') && glued(c, n - 1))
		n -= 2;
	name = at(c, n);
	before = at(c, n - 1);
	/* a month, weekday or holiday is a date after a name too ("Celtic's Boxing Day meeting") */
	for (int k = s; k < e; k++)
		if (at(c, k)->kind != A_WORD || !at(c, k)->cap || at(c, k)->month > 0 || at(c, k)->wday >= 0 ||
			at(c, k)->kw == K_HOLIDAY)
			return false;
	/* the name is no word of the grammar: not "Before Christmas, ..." */
	return name->kind == A_WORD && name->kw == K_NONE && name->cap && name->month == 0 && name->wday < 0 &&
		name->space &&
		(before->kind == A_END || (before->kind == A_WORD && !before->cap));
}

/*
 * Is the duration r, which ends before atom e, part of an event's name: a
 * count and unit in title case before a capitalized noun ("the 1967 Six-Day
 * War", "the Thirty Years' War", "the Hundred Years War"), in prose (a word
 * in lower case, a number or "the" before it)?  A century so written names
 * a firm ("at 21st Century Fox", stop 43).  A headline in title case
 * ("Jailed For Three Years After Riots") has a capital before the count.
 */
static bool
event_name(const ctx *c, const txr *r, int e)
{
	int			s = r->s;
	const atom *head,
			   *before;

	if (r->type != CP_TIMEX_DURATION && !(r->type == CP_TIMEX_DATE && strlen(r->value) == 2))
		return false;			/* a century's value has two digits: "20th Century Fox" */
	if (kw(c, s) == K_THE)
		s++;
	for (int k = s; k < e; k++)
		if (at(c, k)->kind == A_WORD && !at(c, k)->cap && kw(c, k) != K_SUFFIX)
			return false;
	if (punct(c, e, '\'') && glued(c, e))
		e++;					/* "Years' War" */
	head = at(c, e);
	before = at(c, s - 1);
	/* a name is no word in capitals ("RAIN IN THE 24 HOURS UP TO 1200 GMT") */
	return head->kind == A_WORD && head->cap && head->len > 1 && islower((unsigned char) c->text[head->start + 1]) &&
		head->month == 0 && head->wday < 0 &&
		(before->kind == A_NUM || (before->kind == A_WORD && (!before->cap || before->kw == K_THE)));
}

typedef struct tx_scan
{
	tctx		t;
	atoms		buf;
	uint8_t    *tw;
	int16_t    *twval;
	int			cap;
	size_t		covered;
} tx_scan;

/* Write the expression r, which ends before atom e, and note what later ones refer to. */
static void
emit(tx_scan *s, cp_arena *arena, const txr *r, int e, cp_vec *out)
{
	tctx	   *t = &s->t;
	cp_timex   *x = cp_vec_push(arena, out);
	const atom *last = &t->c.a[e - 1];

	x->start = t->c.a[r->s].start;
	x->len = last->start + last->len - x->start;
	x->sentence = t->c.sent;
	x->type = r->type;
	x->has_range = r->has_range && (t->c.has_ref || !r->v.rel);
	x->lo_inf = r->v.lo_inf;
	x->hi_inf = r->v.hi_inf;
	x->lo = r->v.lo;
	x->hi = r->v.hi;
	memcpy(x->value, r->value, sizeof(x->value));
	s->covered = x->start + x->len;
	if (r->type == CP_TIMEX_DATE && r->has_range && !r->keeps_anchor)
		cp_dt_anchor_note(&t->anchor, &t->c, &r->v);
	if (r->type == CP_TIMEX_DATE && r->has_range)
	{
		t->y_stated = !r->v.rel && strlen(r->value) == 4 && r->value[0] != 'X' ? cp_days_to_date(r->v.lo).year : 0;
		t->y_sent = t->c.sent;
	}
	if (r->names_quarter && r->value[4] == '-' && r->value[5] == 'Q' &&
		r->value[6] >= '1' && r->value[6] <= '4')
	{
		t->q_year = cp_days_to_date(r->v.lo).year;
		t->q = r->value[6] - '0';
		t->q_sent = t->c.sent;
	}
}

/* "March 2 and 3", "16 or 17 March": a DATE for each day of the list at atom i; the atom after it, or -1. */
static int
day_list(tx_scan *s, cp_arena *arena, int i, cp_vec *out)
{
	cp_dt_list	l;
	int			e = cp_dt_day_list(&s->t.c, i, &l);

	for (int k = 0; e > i && k < l.n; k++)
	{
		txr			r;
		int			re = cp_tx_point(&s->t, l.s[k], l.e[k], &l.v[k], &r);

		emit(s, arena, &r, re, out);
	}
	return e;
}

/*
 * A span of years with a two-digit second end ("1990-91", "the 2003-04
 * season"): a DATE for each year, as each end of "1987-1988" is one (read
 * whole, "88 year" was a duration).  With a slash ("1986/87", which
 * cp_dt_year_span takes only between consecutive years) it is one crop or
 * fiscal year, written as one period: a single DATE of its first year (stop
 * 46).  A crop or fiscal year goes by its first year, so "the previous year"
 * after one counts from that.  The atom after the span, or -1.
 */
static int
year_span(tx_scan *s, cp_arena *arena, int i, cp_vec *out)
{
	int			y[2],
				e = cp_dt_year_span(&s->t.c, i, &y[0], &y[1]),
				n = punct(&s->t.c, i + 1, '/') ? 1 : 2,
				e2;

	for (int k = 0; e > 0 && k < n; k++)
	{
		dval		v;
		txr			r;

		memset(&v, 0, sizeof(v));
		cp_dt_set_year(&v, y[k]);
		e2 = cp_tx_point(&s->t, i + 2 * k, n == 1 ? e : i + 2 * k + 1, &v, &r);
		r.keeps_anchor = k == 1;
		emit(s, arena, &r, e2, out);
	}
	return e;
}

/*
 * The bare day that ends a range after the point r, which ends before atom e
 * ("Sept. 5 to 20"): a DATE of its own, as TempEval-3 marks each end.  The
 * atom after it, or e.
 */
static int
range_day(tx_scan *s, cp_arena *arena, const txr *r, int e, cp_vec *out)
{
	dval		y;
	txr			r2;
	int			e2;

	if (r->type != CP_TIMEX_DATE || (e2 = cp_dt_range_day(&s->t.c, e, &r->v, &y)) < 0)
		return e;
	emit(s, arena, &r2, cp_tx_point(&s->t, e + 1, e2, &y, &r2), out);
	return e2;
}

static void
scan_sentence(tx_scan *s, cp_arena *arena, const cp_doc *doc, const cp_sentence *sent,
			  bool has_ref, int32_t ref, cp_vec *out)
{
	tctx	   *t = &s->t;

	cp_dt_sentence(arena, &s->buf, doc->text, doc->len, sent->start, sent->end, sent->n, has_ref,
				   ref, &t->c);
	t->clock = cp_tx_words(arena, &t->c, &s->tw, &s->twval, &s->cap);
	t->tw = s->tw;
	t->twval = s->twval;
	for (int i = 0; i < t->c.n;)
	{
		txr			r;
		int			e;

		if (t->c.a[i].start >= sent->end)
			break;
		if (t->c.a[i].start < s->covered || !trigger(t, i))
		{
			i++;
			continue;
		}
		if ((e = day_list(s, arena, i, out)) > i || (e = year_span(s, arena, i, out)) > i)
		{
			i = e;
			continue;
		}
		if ((e = timex_at(t, i, &r)) <= i || r.s < i || t->c.a[r.s].start < s->covered)
		{
			i++;
			continue;
		}
		if (!quoted_title(&t->c, r.s, e) && !outlet_name(&t->c, r.s, e) && !event_name(&t->c, &r, e))
		{
			emit(s, arena, &r, e, out);
			e = range_day(s, arena, &r, e, out);
		}
		i = e;
	}
}

cp_status
cp_extract_timexes(cp_doc *doc, cp_reference_mode mode, int32_t reference_days, cp_vec *out)
{
	tx_scan		s;
	cp_doc_walk w;
	cp_sentence sent;
	int32_t		ref = 0;
	bool		has_ref;

	memset(&s, 0, sizeof(s));
	cp_dt_keywords_init();
	cp_tx_words_init();
	has_ref = cp_doc_reference(doc, mode, reference_days, &ref);
	cp_doc_walk_init(&w, doc);
	while (cp_doc_walk_next(&w, &sent))
	{
		if ((sent.n & 255) == 0)
			cp_check_interrupts();
		scan_sentence(&s, doc->arena, doc, &sent, has_ref, ref, out);
	}
	return CP_OK;
}
