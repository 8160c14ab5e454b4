/*
 * dates_story.c: dates told from the story's own time rather than the
 * reference.  "The following year", "the next day", "the previous week",
 * "the same day", "later that month" count from the last date the document
 * named before them ("On May 22, 1995, ... the following year" is 1996;
 * "exports rose in 2004 from the previous year" is 2003).  corpus.dates and
 * corpus.timexes both read them through this file, so that the two agree.
 */
#include "dates_internal.h"

#include <string.h>

/*
 * Does atom i say which time "the same day" is ("last year", "of 2004", "a
 * year earlier", "the year before", "the same year-ago period", "the same
 * week ended March 7", "the same month for 1986", "the same year that
 * England won")?  Then the words are another construction.
 */
static bool
names_its_time(const ctx *c, int i)
{
	const atom *a = at(c, i);
	int			k = a->kw;

	return (punct(c, i, '-') && glued(c, i)) || k == K_LAST || k == K_OF || k == K_IN || k == K_A ||
		k == K_EARLIER || k == K_AGO || k == K_THIS || k == K_NEXT || k == K_PREVIOUS ||
		k == K_FOLLOWING || is_year4(a) || a->month > 0 || a->wday >= 0 ||
		cp_dt_word_is(c, i, "ended") || cp_dt_word_is(c, i, "ending") || cp_dt_word_is(c, i, "period") ||
		cp_dt_word_is(c, i, "for") || cp_dt_word_is(c, i, "that") || cp_dt_word_is(c, i, "when") ||
		(k == K_THE && unit_kw(kw(c, i + 1)));
}

int
cp_dt_story_date(const ctx *c, int i, const cp_date_anchor *anchor, dval *v, bool *moves)
{
	int			j = i,
				shift,
				tail = 0,
				u;
	const atom *unit,
			   *next;
	cp_date		a;

	if (!anchor->set)
		return -1;
	next = at(c, j + 3);
	/* "the year before.", "than the week before,": a word after would be its event's */
	if (kw(c, j) == K_THE && (kw(c, j + 2) == K_BEFORE || kw(c, j + 2) == K_AFTER) &&
		(next->kind == A_END || (next->kind == A_PUNCT && next->ch != '-' && next->ch != '\'')))
		shift = kw(c, j + 2) == K_BEFORE ? -1 : 1, tail = 1, j += 1;
	else if (kw(c, j) == K_THE && (kw(c, j + 1) == K_FOLLOWING ||
								   (kw(c, j + 1) == K_NEXT && kw(c, j + 2) == K_DAY)))
		shift = 1, j += 2;
	else if (kw(c, j) == K_THE && kw(c, j + 1) == K_PREVIOUS)
		shift = -1, j += 2;
	else if (((kw(c, j) == K_LATER || kw(c, j) == K_EARLIER) && cp_dt_word_is(c, j + 1, "that")) ||
			 ((kw(c, j) == K_THE || cp_dt_word_is(c, j, "that")) && cp_dt_word_is(c, j + 1, "same")))
		shift = 0, j += 2;
	/*
	 * "the population that year", "during that month": a demonstrative
	 * points back as "that same" does.  Year and month only: TimeBank
	 * leaves "that day" of a habit unmarked ("redemptions that day").
	 */
	else if (cp_dt_word_is(c, j, "that") && (kw(c, j + 1) == K_YEAR || kw(c, j + 1) == K_MONTHU) &&
			 !(kw(c, j + 2) == K_TO && cp_dt_word_is(c, j + 3, "date")))
		shift = 0, j += 1;
	else
		return -1;
	unit = at(c, j);
	u = unit_kw(unit->kw);
	/* a plural ("the following years") is no date */
	if (!u || (c->text[unit->start + unit->len - 1] | 0x20) == 's' ||
		(shift == 0 && names_its_time(c, j + 1)))
		return -1;
	a = cp_days_to_date(anchor->lo);
	memset(v, 0, sizeof(*v));
	if (u == K_YEAR)
		cp_dt_set_year(v, a.year + shift);
	else if (u == K_MONTHU && anchor->gran <= CP_GRAN_MONTH)
	{
		cp_date		m = cp_days_to_date(cp_days_add_months(cp_date_to_days(a.year, a.month, 1), shift));

		cp_dt_set_month(v, m.year, m.month);
	}
	else if (u == K_WEEK && anchor->gran <= CP_GRAN_WEEK)
		set_days(v, week_start(anchor->lo) + 7 * shift, week_start(anchor->lo) + 7 * shift + 7,
				 CP_GRAN_WEEK);
	else if (u == K_DAY && anchor->gran == CP_GRAN_DAY)
		set_day(v, anchor->lo + shift);
	else
		return -1;
	/* a story moves on with "the next day", not with "the previous week" */
	*moves = shift > 0;
	return j + 1 + tail;
}

void
cp_dt_anchor_note(cp_date_anchor *anchor, const ctx *c, const dval *v)
{
	/* a date told from the reference counts only when there is one */
	if (v->lo_inf || v->hi_inf || (v->rel && !c->has_ref))
		return;
	anchor->set = true;
	anchor->gran = v->gran;
	anchor->lo = v->lo;
}
