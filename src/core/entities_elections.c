/*
 * entities_elections.c: an election named by its year, the place, people or
 * body that holds it and the word "election" ("the 1999 European Parliament
 * election", "the 2012 French presidential election"), which encyclopedic
 * text writes as the name of its article.  The tagger reads the name in the
 * middle alone, as an organization, a place or a people; the whole is one
 * event (MISC), as the samples of encyclopedic text mark it.  Without the
 * year before it ("the Russian presidential election", news' way) the name
 * stays as read, as CoNLL-2003 marks it.
 */
#include "entities_internal.h"

#include "calendar.h"

/* Does text[at, at + 4) hold a year of 1800 to 2099, whole? */
static bool
year_at(const char *text, size_t len, uint32_t at)
{
	const char *w = text + at;

	return at + 4 <= len &&
		((w[0] == '1' && (w[1] == '8' || w[1] == '9')) || (w[0] == '2' && w[1] == '0')) &&
		w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9' &&
		(at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n' || text[at - 1] == '(' ||
		 text[at - 1] == '"');
}

/*
 * The start of the year written right before the mention at text[start]
 * (or opening it), or -1: a year alone, not a date's ("4 March 1989",
 * "March 4, 1989", "March 1989").
 */
static int64_t
year_before(const char *text, size_t len, uint32_t start)
{
	uint32_t	y,
				e,
				f;

	if (year_at(text, len, start) && start + 5 < len && text[start + 4] == ' ')
		y = start;
	else if (start >= 5 && text[start - 1] == ' ' && year_at(text, len, start - 5))
		y = start - 5;
	else
		return -1;
	if (y >= 2 && text[y - 1] == ' ' && (text[y - 2] == ',' || (text[y - 2] >= '0' && text[y - 2] <= '9')))
		return -1;
	e = y;
	if (word_before(text, &e, &f) && cp_month_from_name(text + f, e - f) != 0)
		return -1;
	return y;
}

/*
 * Is text[from, to) a lower-case word that qualifies an election:
 * an adjective in -al, -ary, -ive or -ic ("presidential", "general",
 * "parliamentary", "legislative") or a noun in -ship ("leadership")?
 */
static bool
election_modifier(const char *text, uint32_t from, uint32_t to)
{
	const char *e = text + to;
	uint32_t	n = to - from;

	return n >= 5 &&
		((e[-2] == 'a' && e[-1] == 'l') || (e[-3] == 'a' && e[-2] == 'r' && e[-1] == 'y') ||
		 (e[-3] == 'i' && e[-2] == 'v' && e[-1] == 'e') || (e[-2] == 'i' && e[-1] == 'c') ||
		 (e[-4] == 's' && e[-3] == 'h' && e[-2] == 'i' && e[-1] == 'p'));
}

static const char *const election_heads[] = {"election", "elections", "referendum", NULL};

/*
 * The end of "election" after the mention that ends at text[at], up to two
 * modifiers between, or 0.
 */
static uint32_t
election_after(const char *text, size_t len, uint32_t at)
{
	for (int words = 0; words <= 2; words++)
	{
		size_t		e;

		if (at + 1 >= len || text[at] != ' ' || !lower_word_at(text, len, at + 1, &e))
			return 0;
		if (word_among(text, at + 1, (uint32_t) e, election_heads))
			return (uint32_t) e;
		if (!election_modifier(text, at + 1, (uint32_t) e))
			return 0;
		at = (uint32_t) e;
	}
	return 0;
}

void
dated_elections(const char *text, size_t len, raw_mention *ms, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		raw_mention *m = &ms[i];
		int64_t		y;
		uint32_t	end;

		if (m->kind == CP_ENT_PER || m->shares_stop ||
			(end = election_after(text, len, m->start + m->len)) == 0 ||
			(y = year_before(text, len, m->start)) < 0)
			continue;
		m->len = end - (uint32_t) y;
		m->start = (uint32_t) y;
		m->kind = CP_ENT_MISC;
		m->event = true;
		m->look = LOOK_NONE;
		m->builtin = -1;
		m->one_word = m->may_be_person = m->place = m->city = m->country = false;
	}
}
