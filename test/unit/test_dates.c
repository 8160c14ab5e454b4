/*
 * test_dates.c: calendar additions and the date extractor.
 */
#include "unit.h"

#include "arena.h"
#include "calendar.h"
#include "dates.h"

#include <stdlib.h>

static char got[256];

/* The i-th mention of text against ref ("" for none) as "mention|lo|hi|gran". */
static const char *
nth(const char *text, const char *ref, size_t i)
{
	cp_arena	a;
	cp_doc		doc;
	cp_vec		v;
	int			y,
				m,
				d;
	bool		has = ref[0] != '\0';

	if (has)
		sscanf(ref, "%d-%d-%d", &y, &m, &d);
	cp_arena_init(&a);
	cp_vec_init(&v, sizeof(cp_date_mention));
	cp_doc_init(&doc, &a, text, strlen(text), NULL);
	cp_extract_dates(&doc, has ? CP_REF_GIVEN : CP_REF_NONE, has ? cp_date_to_days(y, m, d) : 0,
					 &v);
	if (i >= v.count)
		snprintf(got, sizeof(got), "(none of %zu)", v.count);
	else
	{
		cp_date_mention *x = &CP_VEC_AT(&v, cp_date_mention, i);
		char		lo[16] = "",
					hi[16] = "";

		if (x->resolved && !x->lo_inf)
		{
			cp_date		t = cp_days_to_date(x->lo);

			snprintf(lo, sizeof(lo), "%04d-%02d-%02d", t.year, t.month, t.day);
		}
		if (x->resolved && !x->hi_inf)
		{
			cp_date		t = cp_days_to_date(x->hi);

			snprintf(hi, sizeof(hi), "%04d-%02d-%02d", t.year, t.month, t.day);
		}
		snprintf(got, sizeof(got), "%.*s|%s|%s|%s", (int) x->len, text + x->start,
				 x->resolved ? lo : "?", x->resolved ? hi : "?", cp_date_gran_name(x->gran));
	}
	cp_arena_free(&a);
	return got;
}

static size_t
count(const char *text)
{
	cp_arena	a;
	cp_doc		doc;
	cp_vec		v;

	cp_arena_init(&a);
	cp_vec_init(&v, sizeof(cp_date_mention));
	CHECK_INT(cp_doc_init(&doc, &a, text, strlen(text), NULL), CP_OK);
	CHECK_INT(cp_extract_dates(&doc, CP_REF_GIVEN, 5000, &v), CP_OK);
	cp_arena_free(&a);
	return v.count;
}

static void
test_calendar(void)
{
	int32_t		jan31 = cp_date_to_days(2024, 1, 31);

	CHECK_INT(cp_days_add_months(jan31, 1), cp_date_to_days(2024, 2, 29));
	CHECK_INT(cp_days_add_months(jan31, -2), cp_date_to_days(2023, 11, 30));
	CHECK_INT(cp_days_add_months(jan31, 12), cp_date_to_days(2025, 1, 31));
	CHECK_INT(cp_easter_days(2019), cp_date_to_days(2019, 4, 21));
	CHECK_INT(cp_easter_days(2018), cp_date_to_days(2018, 4, 1));
	CHECK_INT(cp_easter_days(2024), cp_date_to_days(2024, 3, 31));
}

static void
test_absolute(void)
{
	CHECK_STR(nth("in Paris July 26, 2014.", "", 0), "July 26, 2014|2014-07-26|2014-07-27|day");
	CHECK_STR(nth("July 21. 2014 8:03PM", "", 0), "July 21. 2014|2014-07-21|2014-07-22|day");
	CHECK_STR(nth("on 6 June 2025, talks", "", 0), "6 June 2025|2025-06-06|2025-06-07|day");
	CHECK_STR(nth("Dec. 31 , 1994", "", 0), "Dec. 31 , 1994|1994-12-31|1995-01-01|day");
	CHECK_STR(nth("on 2014-07-21 and", "", 0), "2014-07-21|2014-07-21|2014-07-22|day");
	CHECK_STR(nth("dated 7/21/2014", "", 0), "7/21/2014|2014-07-21|2014-07-22|day");
	CHECK_STR(nth("dated 21/7/2014", "", 0), "21/7/2014|2014-07-21|2014-07-22|day");
	CHECK_STR(nth("in July 2014", "", 0), "July 2014|2014-07-01|2014-08-01|month");
	CHECK_STR(nth("it was in 2012", "", 0), "2012|2012-01-01|2013-01-01|year");
	CHECK_STR(nth("in the 1990s", "", 0), "1990s|1990-01-01|2000-01-01|year");
	CHECK_STR(nth("Q3 2016 sales", "", 0), "Q3 2016|2016-07-01|2016-10-01|month");
	CHECK_STR(nth("the summer of 2014", "", 0), "summer of 2014|2014-06-01|2014-09-01|season");
	CHECK_STR(nth("from 2007 to 2014", "", 0), "from 2007 to 2014|2007-01-01|2014-01-01|year");
	CHECK_STR(nth("Nov-Feb 2017", "", 0), "Nov-Feb 2017|2016-11-01|2017-02-01|month");
	CHECK_STR(nth("after 2016", "", 0), "after 2016|2017-01-01||year");
	CHECK_STR(nth("before 2018", "", 0), "before 2018||2018-01-01|year");
	CHECK_STR(nth("Easter 2019", "", 0), "Easter 2019|2019-04-21|2019-04-22|day");
}

static void
test_relative(void)
{
	/* 2014-07-21 is a Monday */
	CHECK_STR(nth("met on Saturday", "2014-07-21", 0), "Saturday|2014-07-19|2014-07-20|day");
	CHECK_STR(nth("met on Monday", "2014-07-21", 0), "Monday|2014-07-21|2014-07-22|day");
	CHECK_STR(nth("will meet on Friday", "2014-07-21", 0), "Friday|2014-07-25|2014-07-26|day");
	CHECK_STR(nth("They will go, he said Friday", "2014-07-21", 0), "Friday|2014-07-18|2014-07-19|day");
	CHECK_STR(nth("last month", "2014-07-21", 0), "last month|2014-06-01|2014-07-01|month");
	CHECK_STR(nth("next week", "2014-07-21", 0), "next week|2014-07-28|2014-08-04|week");
	CHECK_STR(nth("earlier this year", "2014-07-21", 0), "earlier this year|2014-01-01|2014-07-21|year");
	CHECK_STR(nth("since October 7", "2014-07-21", 0), "since October 7|2013-10-07|2014-07-22|day");
	CHECK_STR(nth("He was due to meet her; he has toured the region since Saturday.", "2014-07-21", 0),
			  "since Saturday|2014-07-19|2014-07-22|day");
	CHECK_STR(nth("two days ago", "2014-07-21", 0), "two days ago|2014-07-19|2014-07-20|day");
	CHECK_STR(nth("yesterday", "2014-07-21", 0), "yesterday|2014-07-20|2014-07-21|day");
	CHECK_STR(nth("in July", "2014-09-01", 0), "July|2014-07-01|2014-08-01|month");
	CHECK_STR(nth("on July 26", "2014-08-01", 0), "July 26|2014-07-26|2014-07-27|day");
	CHECK_STR(nth("the next six months", "2014-07-21", 0), "next six months|2014-07-22|2015-01-22|month");
	CHECK_STR(nth("late last year", "2014-07-21", 0), "late last year|2013-09-01|2014-01-01|year");
	/* without a reference: found, unresolved */
	CHECK_STR(nth("met on Saturday", "", 0), "Saturday|?|?|day");
	CHECK_STR(nth("since October 7", "", 0), "since October 7|?|?|day");
}

static void
test_not_dates(void)
{
	CHECK_INT(count("This may take longer than expected."), 0);
	CHECK_INT(count("Ok, may I ask? Yes. May I ask why?"), 0);
	CHECK_INT(count("They will march on the capital."), 0);
	CHECK_INT(count("deliver 2000 pieces of toys"), 0);
	CHECK_INT(count("Tel: +86 138-2010-2015"), 0);
	CHECK_INT(count("The ssn is 123-12-1234"), 0);
	CHECK_INT(count("ABC-12345-A1B2C3 is pending"), 0);
	CHECK_INT(count("June Carter and Summer Smith sang"), 0);
	CHECK_INT(count("the most up to date equipment"), 0);
	CHECK_INT(count("Mortgages were at 6.45 percent"), 0);
	CHECK_INT(count("an eight-year blockade and a 12-hour ceasefire"), 0);
}

static void
test_bad_input(void)
{
	size_t		n = 1 << 20,
				i;
	char	   *big = malloc(n + 1);

	CHECK_INT(count(""), 0);
	CHECK_INT(count("   \n\t "), 0);
	CHECK_INT(count("\xff\xfe\x80 July \xc3 2014 \x01\x02"), 0);
	for (i = 0; i < n; i++)
		big[i] = "since 7/ - the last of "[i % 23];
	big[n] = '\0';
	CHECK(count(big) < n);
	for (i = 0; i < n; i++)
		big[i] = '9';
	CHECK_INT(count(big), 0);
	free(big);
}

static void
test_near(void)
{
	const char *s = "On Monday, Gaza officials said 500 had died since July 8, 2014.";
	cp_arena	a;
	cp_date_mention m;

	cp_arena_init(&a);
	CHECK(cp_date_near(&a, s, strlen(s), 0, strlen(s), 33, true, cp_date_to_days(2014, 7, 21), &m));
	CHECK_SPAN(s, m.start, m.len, "since July 8, 2014");
	CHECK(cp_date_near(&a, s, strlen(s), 0, strlen(s), 4, true, cp_date_to_days(2014, 7, 21), &m));
	CHECK_SPAN(s, m.start, m.len, "Monday");
	CHECK(!cp_date_near(&a, s, strlen(s), 11, 30, 20, true, 0, &m));
	cp_arena_free(&a);
}

int
main(void)
{
	cp_set_host(&cp_malloc_host);
	test_calendar();
	test_absolute();
	test_relative();
	test_not_dates();
	test_bad_input();
	test_near();
	UNIT_DONE("dates");
}
