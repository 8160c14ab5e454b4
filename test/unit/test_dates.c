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
	/* a bare year after "for", "due", "calendar" or an owner; not a count, nor a 24-hour clock */
	CHECK_STR(nth("For 1986, Revlon lost money", "", 0), "1986|1986-01-01|1987-01-01|year");
	CHECK_STR(nth("bonds due 1994 fell", "", 0), "1994|1994-01-01|1995-01-01|year");
	CHECK_STR(nth("the company's 1986 net rose", "", 0), "1986|1986-01-01|1987-01-01|year");
	CHECK_STR(nth("its 1987 budget", "", 0), "1987|1987-01-01|1988-01-01|year");
	CHECK_STR(nth("sold for 2000 dlrs", "", 0), "(none of 0)");
	CHECK_STR(nth("its 1500 employees", "", 0), "(none of 0)");
	CHECK_STR(nth("his 2200 GMT curfew", "", 0), "(none of 0)");
	CHECK_STR(nth("in the 1990s", "", 0), "1990s|1990-01-01|2000-01-01|year");
	CHECK_STR(nth("Q3 2016 sales", "", 0), "Q3 2016|2016-07-01|2016-10-01|month");
	CHECK_STR(nth("the summer of 2014", "", 0), "summer of 2014|2014-06-01|2014-09-01|season");
	CHECK_STR(nth("from 2007 to 2014", "", 0), "from 2007 to 2014|2007-01-01|2014-01-01|year");
	CHECK_STR(nth("Nov-Feb 2017", "", 0), "Nov-Feb 2017|2016-11-01|2017-02-01|month");
	CHECK_STR(nth("after 2016", "", 0), "after 2016|2017-01-01||year");
	CHECK_STR(nth("before 2018", "", 0), "before 2018||2018-01-01|year");
	/* "pre-" and "post-" glued before a date bound it as "before" and "after" do; apart, no bound */
	CHECK_STR(nth("the post-1959 politics", "", 0), "post-1959|1960-01-01||year");
	CHECK_STR(nth("pre-1990 rules", "", 0), "pre-1990||1990-01-01|year");
	CHECK_STR(nth("it will post 1987 earnings", "", 0), "(none of 0)");
	/* a season after "through" or "into" as after "in"; not a fall "of" something */
	CHECK_STR(nth("well into the summer", "2014-07-21", 0), "summer|2014-06-01|2014-09-01|season");
	CHECK_STR(nth("through the winter", "2014-07-21", 0), "winter|2014-12-01|2015-03-01|season");
	CHECK_STR(nth("hit by the fall of the dollar", "2014-07-21", 0), "(none of 0)");
	CHECK_STR(nth("paid in the spring of next year", "2014-07-21", 0), "spring of next year|2015-03-01|2015-06-01|season");
	CHECK_STR(nth("the summer of last year", "2014-07-21", 0), "summer of last year|2013-06-01|2013-09-01|season");
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
	/* "last" the verb: how long, not the weeks before the reference */
	CHECK_INT(count("The trial is expected to last two weeks; it could last three months."), 0);
	CHECK_INT(count("deliver 2000 pieces of toys"), 0);
	CHECK_INT(count("Tel: +86 138-2010-2015"), 0);
	CHECK_INT(count("The ssn is 123-12-1234"), 0);
	CHECK_INT(count("ABC-12345-A1B2C3 is pending"), 0);
	CHECK_INT(count("June Carter and Summer Smith sang"), 0);
	CHECK_INT(count("the most up to date equipment"), 0);
	CHECK_INT(count("Mortgages were at 6.45 percent"), 0);
	CHECK_INT(count("an eight-year blockade and a 12-hour ceasefire"), 0);
	/* a fiscal year's quarter is no calendar quarter */
	CHECK_INT(count("Sales rose in the fourth quarter of fiscal 2012."), 0);
}

static void
test_bad_input(void)
{
	size_t		n = 1 << 20,
				i;
	char	   *big = malloc(n + 1);

	CHECK_INT(count(""), 0);
	CHECK_INT(count("   \n\t "), 0);
	/* the broken byte parts the month from the year: "July" alone */
	CHECK_INT(count("\xff\xfe\x80 July \xc3 2014 \x01\x02"), 1);
	CHECK_STR(nth("\xff\xfe\x80 July \xc3 2014 \x01\x02", "2014-09-01", 0), "July|2014-07-01|2014-08-01|month");
	for (i = 0; i < n; i++)
		big[i] = "since 7/ - the last of "[i % 23];
	big[n] = '\0';
	CHECK(count(big) < n);
	for (i = 0; i < n; i++)
		big[i] = '9';
	CHECK_INT(count(big), 0);
	free(big);
}

/* A table of (text, reference, mention index, expected) rows. */
typedef struct date_case
{
	const char *text;
	const char *ref;
	size_t		i;
	const char *want;
} date_case;

static void
check_cases(const date_case *cases, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		const char *g = nth(cases[i].text, cases[i].ref, cases[i].i);

		if (strcmp(g, cases[i].want) == 0)
			unit_passed++;
		else
		{
			unit_failed++;
			fprintf(stderr, "%s:%d: \"%s\" gave \"%s\", want \"%s\"\n", __FILE__, __LINE__,
					cases[i].text, g, cases[i].want);
		}
	}
}

#define REF "2014-07-21"		/* a Monday */

static void
test_numeric_forms(void)
{
	static const date_case cases[] = {
		{"the deal, signed 20140721, was", "", 0, "20140721|2014-07-21|2014-07-22|day"},
		{"on 2014-Aug-1 they", "", 0, "2014-Aug-1|2014-08-01|2014-08-02|day"},
		{"on 2014/21/Aug they", "", 0, "2014/21/Aug|2014-08-21|2014-08-22|day"},
		{"in 2014-07 they", "", 0, "2014-07|2014-07-01|2014-08-01|month"},
		{"in 2017-q1 they", "", 0, "2017-q1|2017-01-01|2017-04-01|month"},
		{"in 2017 q1 they", "", 0, "2017 q1|2017-01-01|2017-04-01|month"},
		{"in 2017 April they", "", 0, "2017 April|2017-04-01|2017-05-01|month"},
		{"dated 7/21/14 they", "", 0, "7/21/14|2014-07-21|2014-07-22|day"},
		{"on 1.2.2014", "", 0, "1.2.2014|2014-02-01|2014-02-02|day"},
		{"02-02-2020", "", 0, "02-02-2020|2020-02-02|2020-02-03|day"},
		{"12-2015", "", 0, "12-2015|2015-12-01|2016-01-01|month"},
		{"in 7/2014 they", "", 0, "7/2014|2014-07-01|2014-08-01|month"},
		{"on 7/4 they", REF, 0, "7/4|2014-07-04|2014-07-05|day"},
		{"on 7/4 they", "", 0, "7/4|?|?|day"},
		/* a yearless M/D before a noun names an event */
		{"since 9/11, the 9/11 families sued", REF, 0, "since 9/11|2013-09-11|2014-07-22|day"},
		{"in the '90s", "", 0, "90s|1990-01-01|2000-01-01|year"},
		{"in the 90s", "", 0, "90s|1990-01-01|2000-01-01|year"},
		{"the 2014 war", "", 0, "2014|2014-01-01|2015-01-01|year"},
		{"2014-2018", "", 0, "2014-2018|2014-01-01|2018-01-01|year"},
		{"in 2014~2015", "", 0, "2014~2015|2014-01-01|2015-01-01|year"},
		{"the years 2014 to 2018", "", 0, "the years 2014 to 2018|2014-01-01|2018-01-01|year"},
		{"in the year 2012", "", 0, "the year 2012|2012-01-01|2013-01-01|year"},
		/* impossible days, a three-digit year, a week past 53 */
		{"on 2014-07-40 they", REF, 0, "(none of 0)"},
		{"dated 7/21/123 they", REF, 0, "(none of 0)"},
		{"dated 31/02/2014 they", REF, 0, "(none of 0)"},
		{"week 54", REF, 0, "(none of 0)"},
	};

	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void
test_month_forms(void)
{
	static const date_case cases[] = {
		{"Dec31 2014", "", 0, "Dec31 2014|2014-12-31|2015-01-01|day"},
		/* a colon after the day opens a quotation; glued to a number it makes a clock time */
		{"the paper wrote on Jan. 6: enough", REF, 0, "Jan. 6|2014-01-06|2014-01-07|day"},
		{"the show starts Jan 6:30 sharp", REF, 0, "(none of 0)"},
		{"JULY 4 2014", "", 0, "JULY 4 2014|2014-07-04|2014-07-05|day"},
		{"June 12th of 2015", "", 0, "June 12th of 2015|2015-06-12|2015-06-13|day"},
		{"June the 28th 2020", "", 0, "June the 28th 2020|2020-06-28|2020-06-29|day"},
		{"june of 1992", "", 0, "june of 1992|1992-06-01|1992-07-01|month"},
		{"Dec-2018", "", 0, "Dec-2018|2018-12-01|2019-01-01|month"},
		{"Dec. 2018", "", 0, "Dec. 2018|2018-12-01|2019-01-01|month"},
		{"Sept. 9", REF, 0, "Sept. 9|2014-09-09|2014-09-10|day"},
		{"July twenty-first", REF, 0, "July twenty-first|2014-07-21|2014-07-22|day"},
		{"12 of June", REF, 0, "12 of June|2014-06-12|2014-06-13|day"},
		{"12th June", REF, 0, "12th June|2014-06-12|2014-06-13|day"},
		{"met on the first of July", REF, 0, "the first of July|2014-07-01|2014-07-02|day"},
		{"In March, they", REF, 0, "March|2014-03-01|2014-04-01|month"},
		/*
		 * the tense of the clause picks the year, as corpus.timexes does:
		 * last January in the past, next October after "will"; the nearest
		 * would be January 2014 and April 3 2014, October 2013
		 */
		{"In January, a bomb killed a guard.", "2013-12-20", 0, "January|2013-01-01|2013-02-01|month"},
		{"The plant closed on April 3.", "2013-12-20", 0, "April 3|2013-04-03|2013-04-04|day"},
		{"He will go in October.", "2013-12-20", 0, "October|2014-10-01|2014-11-01|month"},
		/*
		 * a reporting verb in the past dates itself when the date is its own,
		 * over a passive's agent ("by" a name is no deadline): last March, where
		 * the nearest is March 2014; "says" and "would" still keep the clause
		 * out of the past
		 */
		{"The plan was announced in March.", "2013-11-20", 0, "March|2013-03-01|2013-04-01|month"},
		{"another plan announced by MOTIE in March, which", "2013-11-20", 0,
		 "March|2013-03-01|2013-04-01|month"},
		{"The port was hit by Hurricane Maria in March.", "2013-11-20", 0, "March|2013-03-01|2013-04-01|month"},
		{"He says in March it ends.", "2013-11-20", 0, "March|2014-03-01|2014-04-01|month"},
		{"He said the talks would resume in March.", "2013-11-20", 0, "March|2014-03-01|2014-04-01|month"},
		/* nor a date that begins the clause reported, or that a "will" after it may be for */
		{"Webcor said March 8 will be the last day.", "2013-11-20", 0, "March 8|2014-03-08|2014-03-09|day"},
		{"Transco said on March 10 it will redeem the notes.", "2013-11-20", 0,
		 "March 10|2014-03-10|2014-03-11|day"},
		{"Greyhound announced March 19 that it wanted a ruling.", "2013-11-20", 0,
		 "March 19|2013-03-19|2013-03-20|day"},
		/* a calendar in the present ("expires", "begins") names the next one; the nearest is May 2013 */
		{"The lease expires on May 1.", "2013-12-20", 0, "May 1|2014-05-01|2014-05-02|day"},
		/* a month before its noun names an event told of, whatever the tense */
		{"Prices will rise with the effects of the December devaluation.", REF, 0,
		 "December|2013-12-01|2014-01-01|month"},
		{"The minister will stay until the end of January.", "2013-12-20", 0,
		"the end of January|2014-01-16|2014-02-01|month"},
		/* a month before another with a year takes its year */
		{"output in January and February 1987 fell", "", 0, "January|1987-01-01|1987-02-01|month"},
		/* "June" and "July" are whole names, read alone as "August" is; "Sept" is not */
		{"under a June agreement", REF, 0, "June|2014-06-01|2014-07-01|month"},
		{"their July report", REF, 0, "July|2014-07-01|2014-08-01|month"},
		{"their Sept report", REF, 0, "(none of 0)"},
		/* Feb 29 without a year: the nearest leap year */
		{"on February 29", "2013-06-01", 0, "February 29|2012-02-29|2012-03-01|day"},
		{"on February 29", "2015-03-01", 0, "February 29|2016-02-29|2016-03-01|day"},
		/* two leap years away either side: the past one, as news mostly looks back */
		{"on February 29", REF, 0, "February 29|2012-02-29|2012-03-01|day"},
		/* names, not months */
		{"June Smith and March Jones", REF, 0, "(none of 0)"},
		{"Harriet June", REF, 0, "(none of 0)"},
		{"a March", REF, 0, "(none of 0)"},
		/* an article before the month and a common noun: neither a modal nor a surname (stop 46) */
		{"During a May interview on CNBC, he said", REF, 0, "May|2014-05-01|2014-06-01|month"},
		{"A March poll showed it.", REF, 0, "March|2014-03-01|2014-04-01|month"},
		{"a May Smith and a March and", REF, 0, "(none of 0)"},
		/* a month before a word in capitals qualifies it: no surname is written so (stop 43) */
		{"a July NATO summit", REF, 0, "July|2014-07-01|2014-08-01|month"},
		{"JUNE SMITH AND JULY NATO", REF, 0, "(none of 0)"},
	};

	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void
test_weekdays(void)
{
	static const date_case cases[] = {
		{"the summit, scheduled for Monday, July 21, 2014", "", 0,
		 "Monday, July 21, 2014|2014-07-21|2014-07-22|day"},
		{"he said it would happen Friday 2018-7-6 at noon", "", 0,
		 "Friday 2018-7-6|2018-07-06|2018-07-07|day"},
		/* a weekday with a day of month: the nearest month where they agree */
		{"We met Friday, 25.", REF, 0, "Friday, 25|2014-07-25|2014-07-26|day"},
		{"on friday 5", REF, 0, "friday 5|2014-09-05|2014-09-06|day"},
		{"last Friday", REF, 0, "last Friday|2014-07-18|2014-07-19|day"},
		{"next Friday", REF, 0, "next Friday|2014-08-01|2014-08-02|day"},
		{"this Friday", REF, 0, "this Friday|2014-07-25|2014-07-26|day"},
		{"this coming Friday", REF, 0, "this coming Friday|2014-07-25|2014-07-26|day"},
		{"this past Friday", REF, 0, "this past Friday|2014-07-18|2014-07-19|day"},
		{"the previous Friday", REF, 0, "previous Friday|2014-07-18|2014-07-19|day"},
		{"upcoming Friday", REF, 0, "upcoming Friday|2014-07-25|2014-07-26|day"},
		{"the past Friday", REF, 0, "past Friday|2014-07-18|2014-07-19|day"},
		{"Last Thursday. Next Sunday.", REF, 1, "Next Sunday|2014-08-03|2014-08-04|day"},
		{"on Wed. he", REF, 0, "Wed.|2014-07-16|2014-07-17|day"},
		{"on Tuesday of next week", REF, 0, "Tuesday of next week|2014-07-29|2014-07-30|day"},
		{"on Monday of the following week", REF, 0,
		 "Monday of the following week|2014-07-28|2014-07-29|day"},
		{"on Friday of last week", REF, 0, "Friday of last week|2014-07-18|2014-07-19|day"},
		{"next week Monday", REF, 0, "next week Monday|2014-07-28|2014-07-29|day"},
		{"from next Monday to Friday", REF, 0, "from next Monday to Friday|2014-07-28|2014-08-01|day"},
		{"sun and moon", REF, 0, "(none of 0)"},
		/* a weekday heading its sentence takes the tense of the clause after it */
		{"On Wednesday, the union will strike.", REF, 0, "Wednesday|2014-07-23|2014-07-24|day"},
		{"Wednesday, the union plans to strike.", REF, 0, "Wednesday|2014-07-23|2014-07-24|day"},
		{"On Wednesday, the union planned to strike.", REF, 0, "Wednesday|2014-07-16|2014-07-17|day"},
		{"On Wednesday, the union said it will strike.", REF, 0, "Wednesday|2014-07-16|2014-07-17|day"},
		{"On Wednesday, Mr. Ross met them in Oslo . He will go on to Rome.", REF, 0,
		 "Wednesday|2014-07-16|2014-07-17|day"},
		{"On Wednesday, Mr. Ross will go to the U.S. and to Rome.", REF, 0,
		 "Wednesday|2014-07-23|2014-07-24|day"},
		/* a future word in a hyphenated adjective, or before a reporting verb, is no plan */
		{"Shares fell on better-than-expected sales Wednesday.", REF, 0,
		 "Wednesday|2014-07-16|2014-07-17|day"},
		{"The union will strike, the mayor predicted Wednesday.", REF, 0,
		 "Wednesday|2014-07-16|2014-07-17|day"},
		{"The talks, set to resume Wednesday, are in Oslo.", REF, 0, "Wednesday|2014-07-23|2014-07-24|day"},
		{"The fire they set Wednesday is out.", REF, 0, "Wednesday|2014-07-16|2014-07-17|day"},
		{"Sales rose more than expected Wednesday.", REF, 0, "Wednesday|2014-07-16|2014-07-17|day"},
		/* "due" before its noun or an adverb is an adjective, before a time it looks ahead */
		{"Growth was strong, due mainly to stocks built up Wednesday.", REF, 0,
		 "Wednesday|2014-07-16|2014-07-17|day"},
		{"After due consultation the envoys met Wednesday.", REF, 0, "Wednesday|2014-07-16|2014-07-17|day"},
		{"The payment is due on Wednesday.", REF, 0, "Wednesday|2014-07-23|2014-07-24|day"},
		/* a participle after "as" compares with a plan, whatever the tense */
		{"The vote went ahead as planned Wednesday.", REF, 0, "Wednesday|2014-07-16|2014-07-17|day"},
		{"The strike began as originally scheduled on Wednesday.", REF, 0,
		 "Wednesday|2014-07-16|2014-07-17|day"},
		{"The vote is scheduled for Wednesday.", REF, 0, "Wednesday|2014-07-23|2014-07-24|day"},
		{"On Wednesday, the talks are set to resume.", REF, 0, "Wednesday|2014-07-23|2014-07-24|day"},
		/* "as soon as" in the clause before looks ahead, as does a deadline, unless a past perfect looks back */
		{"Traders sell as soon as the market opens Wednesday.", REF, 0, "Wednesday|2014-07-23|2014-07-24|day"},
		{"The lender has until Wednesday to reply.", REF, 0, "Wednesday|2014-07-23|2014-07-24|day"},
		{"Bids must arrive by 5 p.m. Friday.", REF, 0, "Friday|2014-07-25|2014-07-26|day"},
		{"By Wednesday, forty families had left.", REF, 0, "Wednesday|2014-07-16|2014-07-17|day"},
		{"The town was shaken by Wednesday's storm.", REF, 0, "Wednesday|2014-07-16|2014-07-17|day"},
		{"The road stayed shut on Wednesday.", REF, 0, "Wednesday|2014-07-16|2014-07-17|day"},
	};

	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void
test_units(void)
{
	static const date_case cases[] = {
		{"last weekend", REF, 0, "last weekend|2014-07-19|2014-07-21|week"},
		/* "the weekend": the one just past, the next in a sentence about the future */
		{"They met over the weekend.", REF, 0, "the weekend|2014-07-19|2014-07-21|week"},
		{"They will meet at the weekend.", REF, 0, "the weekend|2014-07-26|2014-07-28|week"},
		{"next fortnight", REF, 0, "next fortnight|2014-08-04|2014-08-18|week"},
		{"this quarter", REF, 0, "this quarter|2014-07-01|2014-10-01|month"},
		{"next quarter", REF, 0, "next quarter|2014-10-01|2015-01-01|month"},
		{"the past decade", REF, 0, "past decade|2000-01-01|2010-01-01|year"},
		{"this decade", REF, 0, "this decade|2010-01-01|2020-01-01|year"},
		{"the past week", REF, 0, "past week|2014-07-15|2014-07-22|week"},
		{"this past week", REF, 0, "this past week|2014-07-14|2014-07-21|week"},
		{"this upcoming week", REF, 0, "this upcoming week|2014-07-28|2014-08-04|week"},
		{"this summer", REF, 0, "this summer|2014-06-01|2014-09-01|season"},
		{"last winter", REF, 0, "last winter|2013-12-01|2014-03-01|season"},
		{"next spring", REF, 0, "next spring|2015-03-01|2015-06-01|season"},
		{"in the fall", REF, 0, "fall|2014-09-01|2014-12-01|season"},
		{"last May", REF, 0, "last May|2014-05-01|2014-06-01|month"},
		{"protesters at this march each year", REF, 0, "(none of 0)"},
		{"this March", REF, 0, "this March|2014-03-01|2014-04-01|month"},
		{"last September", REF, 0, "last September|2013-09-01|2013-10-01|month"},
		{"next July", REF, 0, "next July|2015-07-01|2015-08-01|month"},
		{"this September", REF, 0, "this September|2014-09-01|2014-10-01|month"},
		{"previous three quarters", REF, 0, "previous three quarters|2013-10-01|2014-07-01|month"},
		{"the next 3 quarters", REF, 0, "next 3 quarters|2014-10-01|2015-07-01|month"},
		{"the past two decades", REF, 0, "past two decades|1990-01-01|2010-01-01|year"},
		{"the next two decades", REF, 0, "next two decades|2020-01-01|2040-01-01|year"},
		{"next 3 weeks", REF, 0, "next 3 weeks|2014-07-22|2014-08-12|week"},
		{"for the past 18 months", REF, 0, "past 18 months|2013-01-21|2014-07-21|month"},
		{"during the past two weeks", REF, 0, "past two weeks|2014-07-07|2014-07-21|week"},
		{"twenty-one days ago", REF, 0, "twenty-one days ago|2014-06-30|2014-07-01|day"},
		{"3 years ago", REF, 0, "3 years ago|2011-07-21|2011-07-22|day"},
		{"a fortnight ago", REF, 0, "a fortnight ago|2014-07-07|2014-07-08|day"},
		{"two weeks starting May 20th", REF, 0, "two weeks starting May 20th|2014-05-20|2014-06-03|day"},
		{"three days from today", REF, 0, "three days from today|2014-07-24|2014-07-25|day"},
		{"two weeks before yesterday", REF, 0, "two weeks before yesterday|2014-07-06|2014-07-07|day"},
		{"we will meet in a week", REF, 0, "a week|2014-07-28|2014-07-29|day"},
		{"to date he has", REF, 0, "date|2014-07-21|2014-07-22|day"},
		{"the year to date", REF, 0, "the year to date|2014-01-01|2014-07-21|year"},
		/* plural units need a count; "in two days" needs a future tense */
		{"in the last years", REF, 0, "(none of 0)"},
		{"in two days he will arrive", REF, 0, "(none of 0)"},
		/* "time" after the possessive marks the point ahead, in any tense */
		{"in three weeks' time", REF, 0, "three weeks' time|2014-08-11|2014-08-12|day"},
		{"he said he would go in a year\xe2\x80\x99s time", REF, 0, "a year\xe2\x80\x99s time|2015-07-21|2015-07-22|day"},
		{"in five years time", REF, 0, "(none of 0)"},
	};

	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void
test_quarters_weeks_holidays(void)
{
	static const date_case cases[] = {
		{"Q3 last year", REF, 0, "Q3 last year|2013-07-01|2013-10-01|month"},
		{"q1 next year", REF, 0, "q1 next year|2015-01-01|2015-04-01|month"},
		{"in the second quarter", REF, 0, "second quarter|2014-04-01|2014-07-01|month"},
		{"first quarter of 2019", "", 0, "first quarter of 2019|2019-01-01|2019-04-01|month"},
		{"the 3rd quarter of 2018", "", 0, "3rd quarter of 2018|2018-07-01|2018-10-01|month"},
		{"Q4, 2015", "", 0, "Q4, 2015|2015-10-01|2016-01-01|month"},
		{"week 31", REF, 0, "week 31|2014-07-28|2014-08-04|week"},
		{"week 3 of 2027", "", 0, "week 3 of 2027|2027-01-18|2027-01-25|week"},
		{"the first week of Jan 2015", "", 0, "the first week of Jan 2015|2014-12-29|2015-01-05|week"},
		{"last week of 2016", "", 0, "last week of 2016|2016-12-26|2017-01-02|week"},
		{"the second week of March", REF, 0, "the second week of March|2014-03-10|2014-03-17|week"},
		{"the 2nd week of 2015", "", 0, "the 2nd week of 2015|2015-01-05|2015-01-12|week"},
		{"the 12th week of 2020 and the twelfth week of 2020", "", 1,
		 "the twelfth week of 2020|2020-03-16|2020-03-23|week"},
		{"the 53rd week of 2019", "", 0, "2019|2019-01-01|2020-01-01|year"},
		{"the 6th week of May 2020", "", 0, "May 2020|2020-05-01|2020-06-01|month"},
		/* ISO 8601 weeks; week 53 only in a year that has it */
		{"sales in 2020-W12 rose", "", 0, "2020-W12|2020-03-16|2020-03-23|week"},
		{"in 2020-W53 and 2019-W53", "", 1, "(none of 1)"},
		{"in Q1/2020", "", 0, "Q1/2020|2020-01-01|2020-04-01|month"},
		/* a quarter by its last month, or its first and last; the tense moves its year as a month's */
		{"in the December quarter 2013", "", 0, "December quarter 2013|2013-10-01|2014-01-01|month"},
		{"in the January/March quarter, it said", REF, 0, "January/March quarter|2014-01-01|2014-04-01|month"},
		{"Profits rose in the September quarter.", "2014-06-10", 0, "September quarter|2013-07-01|2013-10-01|month"},
		{"Profits will rise in the June quarter.", REF, 0, "June quarter|2015-04-01|2015-07-01|month"},
		{"in the October-to-December quarter 2013", "", 0,
		 "October-to-December quarter 2013|2013-10-01|2014-01-01|month"},
		{"a loss in the September quarter last year", REF, 0,
		 "September quarter last year|2013-07-01|2013-10-01|month"},
		{"in the current October/December quarter", REF, 0,
		 "current October/December quarter|2014-10-01|2015-01-01|month"},
		{"the March quarter-final", REF, 0, "(none of 0)"},
		/* the first and last month of a calendar quarter joined by a slash name it without "quarter" (stop 46) */
		{"GNP rose in January/March and fell in October/December.", "2014-06-16", 0,
		 "January/March|2014-01-01|2014-04-01|month"},
		{"GNP rose in January/March and fell in October/December.", "2014-06-16", 1,
		 "October/December|2013-10-01|2014-01-01|month"},
		{"for the May/July period", "2014-06-16", 0, "July|2014-07-01|2014-08-01|month"},
		{"M-2 rose 8.8 pct in January/March 1987.", "", 0, "January/March 1987|1987-01-01|1987-04-01|month"},
		{"Enquiries for July/Sep 15 sugar", "2014-06-16", 0, "July|2014-07-01|2014-08-01|month"},
		/* weekends: the nth Saturday of a month and its Sunday; the weekend of a day's week or a holiday's */
		{"the last weekend of June 2014", "", 0, "the last weekend of June 2014|2014-06-28|2014-06-30|week"},
		{"the first weekend in March 2014", "", 0, "the first weekend in March 2014|2014-03-01|2014-03-03|week"},
		{"the weekend of March 6, 2014", "", 0, "the weekend of March 6, 2014|2014-03-08|2014-03-10|week"},
		{"on the weekend of 8/9 March 2014", "", 0, "the weekend of 8/9 March 2014|2014-03-08|2014-03-10|week"},
		{"over the Easter weekend", REF, 0, "Easter weekend|2014-04-19|2014-04-21|week"},
		{"Memorial Day weekend", REF, 0, "Memorial Day weekend|2014-05-24|2014-05-26|week"},
		{"the fifth weekend of June 2014", "", 0, "June 2014|2014-06-01|2014-07-01|month"},
		{"the last four months of 2021", "", 0, "the last four months of 2021|2021-09-01|2022-01-01|month"},
		{"the 3rd of next month", REF, 0, "the 3rd of next month|2014-08-03|2014-08-04|day"},
		{"around the 21st this month", REF, 0, "the 21st this month|2014-07-21|2014-07-22|day"},
		{"the first of last month", REF, 0, "the first of last month|2014-06-01|2014-06-02|day"},
		{"the second last month", REF, 0, "last month|2014-06-01|2014-07-01|month"},
		{"the first ten days of last year", REF, 0,
		 "the first ten days of last year|2013-01-01|2013-01-11|day"},
		{"the first two weeks of July 2014", "", 0,
		 "the first two weeks of July 2014|2014-07-01|2014-07-15|week"},
		{"Christmas Day 2013", "", 0, "Christmas Day 2013|2013-12-25|2013-12-26|day"},
		{"Thanksgiving 2014", "", 0, "Thanksgiving 2014|2014-11-27|2014-11-28|day"},
		{"Halloween 2010", "", 0, "Halloween 2010|2010-10-31|2010-11-01|day"},
		/* the Friday after Thanksgiving, also when November 1 is a Friday */
		{"Black Friday 2010", "", 0, "Black Friday 2010|2010-11-26|2010-11-27|day"},
		{"on black friday 2013", "", 0, "black friday 2013|2013-11-29|2013-11-30|day"},
		{"last Black Friday", REF, 0, "last Black Friday|2013-11-29|2013-11-30|day"},
		{"black people on Friday", REF, 0, "Friday|2014-07-18|2014-07-19|day"},
		{"last Christmas", REF, 0, "last Christmas|2013-12-25|2013-12-26|day"},
		{"next Thanksgiving", REF, 0, "next Thanksgiving|2014-11-27|2014-11-28|day"},
		{"this Halloween", REF, 0, "this Halloween|2014-10-31|2014-11-01|day"},
		{"on Christmas", REF, 0, "Christmas|2014-12-25|2014-12-26|day"},
		{"before Easter", REF, 0, "before Easter||2014-04-20|day"},
		/* the prepositions of time take a bare holiday; "for" and "from" one that ends its phrase */
		{"Over Christmas prices fell", REF, 0, "Christmas|2014-12-25|2014-12-26|day"},
		{"shut during Easter", REF, 0, "Easter|2014-04-20|2014-04-21|day"},
		{"sales around Thanksgiving", REF, 0, "Thanksgiving|2014-11-27|2014-11-28|day"},
		{"home for Christmas.", REF, 0, "Christmas|2014-12-25|2014-12-26|day"},
		{"in the run-up to Christmas", REF, 0, "Christmas|2014-12-25|2014-12-26|day"},
		{"ahead of Halloween", REF, 0, "Halloween|2014-10-31|2014-11-01|day"},
		{"gifts for Christmas shoppers", REF, 0, "(none of 0)"},
		{"Christmas prices fell", REF, 0, "(none of 0)"},
		{"as Christmas week began", REF, 0, "Christmas week|2014-12-22|2014-12-29|week"},
		/* a day, week or weekend next to a day */
		{"the week after Easter 2014", "", 0, "the week after Easter 2014|2014-04-21|2014-04-28|week"},
		{"the weekend before Christmas 2013", "", 0, "the weekend before Christmas 2013|2013-12-21|2013-12-23|week"},
		{"the Monday after Thanksgiving 2014", "", 0, "the Monday after Thanksgiving 2014|2014-12-01|2014-12-02|day"},
		{"the Saturday after March 1, 2014", "", 0, "the Saturday after March 1, 2014|2014-03-08|2014-03-09|day"},
		{"the week before last", REF, 0, "the week before last|2014-07-07|2014-07-14|week"},
		/* days counted from Easter, nth weekdays, fixed days */
		{"on Good Friday 2014", "", 0, "Good Friday 2014|2014-04-18|2014-04-19|day"},
		{"Ash Wednesday 2014 and Palm Sunday 2014", "", 1, "Palm Sunday 2014|2014-04-13|2014-04-14|day"},
		{"the Good Friday Agreement of 1998", "", 0, "1998|1998-01-01|1999-01-01|year"},
		{"the Good Friday accord was signed", REF, 0, "(none of 0)"},
		{"turnout on Election Day 2014", "", 0, "Election Day 2014|2014-11-04|2014-11-05|day"},
		{"closed for the Good Friday holiday", REF, 0, "Good Friday|2014-04-18|2014-04-19|day"},
		{"a British election day", REF, 0, "(none of 0)"},
		{"Mother's Day 2014, Father's Day 2014", "", 1, "Father's Day 2014|2014-06-15|2014-06-16|day"},
		{"on St. Patrick's Day 2014", "", 0, "St. Patrick's Day 2014|2014-03-17|2014-03-18|day"},
		{"Saint Patrick's Day", REF, 0, "Saint Patrick's Day|2014-03-17|2014-03-18|day"},
		{"Patrick Day and Canada Day", REF, 0, "Canada Day|2014-07-01|2014-07-02|day"},
		{"Martin Luther King Jr. Day 2014", "", 0, "Martin Luther King Jr. Day 2014|2014-01-20|2014-01-21|day"},
		{"MLK Day 2015", "", 0, "MLK Day 2015|2015-01-19|2015-01-20|day"},
		{"on Anzac Day, Bastille Day, Remembrance Day", REF, 2, "Remembrance Day|2014-11-11|2014-11-12|day"},
		{"rallies on Juneteenth", REF, 0, "Juneteenth|2014-06-19|2014-06-20|day"},
	};

	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * The grammar composes: arithmetic on any anchor, a weekday in the week of
 * what follows it, a day counted into a month, modifiers before a full
 * date, separators and short years in any day-month-year order, holidays,
 * halves, and ranges whose ends borrow what the other states.
 */
static void
test_compositions(void)
{
	static const date_case cases[] = {
		/* arithmetic: the anchor moved, at its granularity */
		{"The ceasefire began three days after Friday.", REF, 0,
		 "three days after Friday|2014-07-21|2014-07-22|day"},
		{"Talks end two weeks before Christmas.", REF, 0,
		 "two weeks before Christmas|2014-12-11|2014-12-12|day"},
		{"The vote came 10 days after June 4, 2013.", REF, 0,
		 "10 days after June 4, 2013|2013-06-14|2013-06-15|day"},
		{"Output fell two years after 2009.", REF, 0, "two years after 2009|2011-01-01|2012-01-01|year"},
		{"He stayed for two years after 2009.", REF, 0, "after 2009|2010-01-01||year"},
		{"The loan runs over four years from April 1, as agreed.", REF, 0, "from April 1|2014-04-01|2014-04-02|day"},
		{"Deficits grew in the first half of the year to March 31.", REF, 0, "March 31|2014-03-31|2014-04-01|day"},
		{"We will meet Thursday two weeks from now.", REF, 0,
		 "Thursday two weeks from now|2014-08-07|2014-08-08|day"},
		{"They met Friday last week.", REF, 0, "Friday last week|2014-07-18|2014-07-19|day"},
		{"It happened on the 10th day of last month.", REF, 0,
		 "the 10th day of last month|2014-06-10|2014-06-11|day"},
		{"Prices peaked on the second day of March 2013.", REF, 0,
		 "the second day of March 2013|2013-03-02|2013-03-03|day"},
		{"The trial begins next August 4.", REF, 0, "next August 4|2014-08-04|2014-08-05|day"},
		{"The bill passed last June 5th.", REF, 0, "last June 5th|2014-06-05|2014-06-06|day"},
		{"The plant will be finished within nine months.", REF, 0, "nine months|2014-07-21|2015-04-21|month"},
		{"Most were reconvicted within two years of release.", REF, 0, "(none of 0)"},
		{"Sales will rise a week from Friday.", REF, 0, "a week from Friday|2014-08-01|2014-08-02|day"},
		{"We leave the day after tomorrow; he left the day before yesterday.", REF, 0,
		 "the day after tomorrow|2014-07-23|2014-07-24|day"},
		{"We leave the day after tomorrow; he left the day before yesterday.", REF, 1,
		 "the day before yesterday|2014-07-19|2014-07-20|day"},
		{"He left the day after March 3, the day after the vote.", REF, 0, "the day after March 3|2014-03-04|2014-03-05|day"},
		{"He left the day after March 3, the day after the vote.", REF, 1, "(none of 1)"},
		{"The vote is on the 25th. He lives on the 15th floor.", REF, 0, "the 25th|2014-07-25|2014-07-26|day"},
		{"The vote is on the 25th. He lives on the 15th floor.", REF, 1, "(none of 1)"},
		{"The trial begins the week of August 4.", REF, 0, "the week of August 4|2014-08-04|2014-08-11|week"},
		{"Units are due before the thirty-first day of the month.", REF, 0,
		 "before the thirty-first day of the month||2014-07-31|day"},
		{"They will leave the third month of 2021, in the third month of the war.", REF, 0,
		 "the third month of 2021|2021-03-01|2021-04-01|month"},
		{"They will leave the third month of 2021, in the third month of the war.", REF, 1, "(none of 1)"},
		{"The 9th month of next year we meet.", REF, 0, "The 9th month of next year|2015-09-01|2015-10-01|month"},
		{"Show sales in the week after next", REF, 0, "the week after next|2014-08-04|2014-08-11|week"},
		{"i am off from april twenty-seventh to the third", REF, 0,
		 "from april twenty-seventh to the third|2014-04-27|2014-05-03|day"},
		{"She was born on twenty five January nineteen eighty six", REF, 0,
		 "twenty five January nineteen eighty six|1986-01-25|1986-01-26|day"},
		{"Twenty five people died in May.", REF, 0, "May|2014-05-01|2014-06-01|month"},
		/* a dash or a plain number to a smaller one is no range into the next month, a decimal none at all */
		{"The senate voted on March 12-3.", REF, 0, "March 12|2014-03-12|2014-03-13|day"},
		{"Use rose in the weeks ended March 20 to 16 mln bpd.", REF, 0, "March 20|2014-03-20|2014-03-21|day"},
		{"Balances rose on March 12 to 13.5 billion dlrs.", REF, 0, "March 12|2014-03-12|2014-03-13|day"},
		/* a range of weekdays before a week lies in that week */
		{"We meet from Monday to Wednesday next week.", REF, 0,
		 "from Monday to Wednesday next week|2014-07-28|2014-07-30|day"},
		{"We met Monday to Thursday last week.", REF, 0, "Monday to Thursday last week|2014-07-14|2014-07-17|day"},
		/* "earlier"/"later" of a period the reference is not in: its early/late part */
		{"He took a test earlier last week", REF, 0, "earlier last week|2014-07-14|2014-07-17|week"},
		{"It ships later next month.", REF, 0, "later next month|2014-08-16|2014-09-01|month"},
		/* the nth weekday of a month */
		{"We meet on the second Sunday of May.", REF, 0, "the second Sunday of May|2014-05-11|2014-05-12|day"},
		{"We meet the first Monday of next month.", REF, 0, "the first Monday of next month|2014-08-04|2014-08-05|day"},
		{"We met on the last Friday of February.", REF, 0, "the last Friday of February|2014-02-28|2014-03-01|day"},
		{"We meet the 3rd Tuesday in April 2015.", REF, 0, "the 3rd Tuesday in April 2015|2015-04-21|2015-04-22|day"},
		{"On the first Monday of the war, he came.", REF, 0, "Monday|2014-07-21|2014-07-22|day"},
		/* centuries, decades, quarters */
		{"The abbey dates from the 12th century; the late 20th century saw it restored.", REF, 0,
		 "from the 12th century|1100-01-01|1200-01-01|year"},
		{"The abbey dates from the 12th century; the late 20th century saw it restored.", REF, 1,
		 "late 20th century|1970-01-01|2000-01-01|year"},
		{"Little changed this century, more last century.", REF, 1, "last century|1900-01-01|2000-01-01|year"},
		{"the 20th Century Fox film studio", REF, 0, "(none of 0)"},
		{"Mills of the twenty-first century run on power, as in the thirtieth century.", REF, 0,
		 "the twenty-first century|2000-01-01|2100-01-01|year"},
		{"Mills of the twenty-first century run on power, as in the thirtieth century.", REF, 1,
		 "the thirtieth century|2900-01-01|3000-01-01|year"},
		{"Twenty-first century mills run on power.", REF, 0, "Twenty-first century|2000-01-01|2100-01-01|year"},
		{"part of Holocaust Memorial Day, he said", REF, 0, "(none of 0)"},
		{"Record April One, 1987", REF, 0, "April One, 1987|1987-04-01|1987-04-02|day"},
		{"Prices peaked in the mid-1990s.", REF, 0, "mid-1990s|1993-01-01|1997-01-01|year"},
		{"Mills spread in the 1800s and closed in the 2000s.", REF, 0, "1800s|1800-01-01|1900-01-01|year"},
		{"Mills spread in the 1800s and closed in the 2000s.", REF, 1, "2000s|2000-01-01|2010-01-01|year"},
		{"Sales fell in the last quarter of 2012 and in 3Q 2013, not in 3Q13.", REF, 0,
		 "last quarter of 2012|2012-10-01|2013-01-01|month"},
		{"Sales fell in the last quarter of 2012 and in 3Q 2013, not in 3Q13.", REF, 1,
		 "3Q 2013|2013-07-01|2013-10-01|month"},
		{"Sales fell in the last quarter of 2012 and in 3Q 2013, not in 3Q13.", REF, 2, "(none of 2)"},
		/* years and days in words */
		{"It was cut in nineteen oh five.", REF, 0, "nineteen oh five|1905-01-01|1906-01-01|year"},
		{"It happened in two thousand and twelve.", REF, 0, "two thousand and twelve|2012-01-01|2013-01-01|year"},
		{"It sailed on 6 April seventeen hundred thirty three.", REF, 0,
		 "6 April seventeen hundred thirty three|1733-04-06|1733-04-07|day"},
		{"It was built in the year eighteen hundred and five.", REF, 0,
		 "the year eighteen hundred and five|1805-01-01|1806-01-01|year"},
		/* hundreds read as a count unless a date or a temporal word goes before */
		{"In nineteen hundred homes, sixteen hundred people", REF, 0, "(none of 0)"},
		{"It happened on June 5th nineteen ninety-nine.", REF, 0,
		 "June 5th nineteen ninety-nine|1999-06-05|1999-06-06|day"},
		{"I'll go back May twenty nine", REF, 0, "May twenty nine|2015-05-29|2015-05-30|day"},	/* the future: the next May 29 */
		{"In two thousand homes, twenty twenty-one people", REF, 0, "(none of 0)"},
		{"in March twenty people died", REF, 0, "March|2014-03-01|2014-04-01|month"},
		/* separators and short years */
		{"Filed 12-Sep-2013 and 14/Oct/2013, Sep-12-2013, 5-Jan-13.", REF, 1,
		 "14/Oct/2013|2013-10-14|2013-10-15|day"},
		{"Filed 12-Sep-2013 and 14/Oct/2013, Sep-12-2013, 5-Jan-13.", REF, 2,
		 "Sep-12-2013|2013-09-12|2013-09-13|day"},
		{"Filed 12-Sep-2013 and 14/Oct/2013, Sep-12-2013, 5-Jan-13.", REF, 3,
		 "5-Jan-13|2013-01-05|2013-01-06|day"},
		{"It happened on Oct 14th '12 and in July '05.", REF, 0, "Oct 14th '12|2012-10-14|2012-10-15|day"},
		{"It happened on Oct 14th '12 and in July '05.", REF, 1, "July '05|2005-07-01|2005-08-01|month"},
		{"in '98, the summer of '98", REF, 0, "98|1998-01-01|1999-01-01|year"},
		{"in '98, the summer of '98", REF, 1, "summer of '98|1998-06-01|1998-09-01|season"},
		/* "of" makes two digits the year of the date before it */
		{"born on 15 April of 87, in the spring of 98", REF, 0, "15 April of 87|1987-04-15|1987-04-16|day"},
		{"born on 15 April of 87, in the spring of 98", REF, 1, "spring of 98|1998-03-01|1998-06-01|season"},
		{"In the spring of 98 he left.", REF, 0, "spring of 98|1998-03-01|1998-06-01|season"},
		{"in March of 01", REF, 0, "March of 01|2001-03-01|2001-04-01|month"},
		{"earnings for the year ended January 31 of 60 to 65 cts", REF, 0,
		 "January 31|2014-01-31|2014-02-01|day"},
		{"in March of 20 people and May 1 of 99% of days", REF, 0, "March|2014-03-01|2014-04-01|month"},
		{"in March of 20 people and May 1 of 99% of days", REF, 1, "May 1|2014-05-01|2014-05-02|day"},
		{"It happened in June.", REF, 0, "June|2014-06-01|2014-07-01|month"},
		/* holidays of more than a word stand alone */
		{"Rallies on New Year's Eve and on Labor Day of 2013; Memorial Day weekend.", REF, 0,
		 "New Year's Eve|2014-12-31|2015-01-01|day"},
		{"Rallies on New Year's Eve and on Labor Day of 2013; Memorial Day weekend.", REF, 1,
		 "Labor Day of 2013|2013-09-02|2013-09-03|day"},
		{"Rallies on New Year's Eve and on Labor Day of 2013; Memorial Day weekend.", REF, 2,
		 "Memorial Day weekend|2014-05-24|2014-05-26|week"},
		{"There is an event in the independence day of this year.", REF, 0,
		 "independence day of this year|2014-07-04|2014-07-05|day"},
		{"Boxing Day and Easter Monday 2015", REF, 0, "Boxing Day|2014-12-26|2014-12-27|day"},
		{"Boxing Day and Easter Monday 2015", REF, 1, "Easter Monday 2015|2015-04-06|2015-04-07|day"},
		{"Presidents' Day came; Veterans Day 2013", REF, 0, "Presidents' Day|2014-02-17|2014-02-18|day"},
		{"Presidents' Day came; Veterans Day 2013", REF, 1, "Veterans Day 2013|2013-11-11|2013-11-12|day"},
		/* "in the New Year" is a season more than a day; "labor market" no name */
		{"Rates rise in the New Year, the labor market said on Friday.", REF, 0,
		 "Friday|2014-07-18|2014-07-19|day"},
		/* halves */
		{"Sales fell in the first half of 2013, in H2 2012 and in the second half of last year.", REF, 0,
		 "the first half of 2013|2013-01-01|2013-07-01|month"},
		{"Sales fell in the first half of 2013, in H2 2012 and in the second half of last year.", REF, 1,
		 "H2 2012|2012-07-01|2013-01-01|month"},
		{"Sales fell in the first half of 2013, in H2 2012 and in the second half of last year.", REF, 2,
		 "the second half of last year|2013-07-01|2014-01-01|month"},
		{"Sales will rise in the first half of the year.", REF, 0,
		 "the first half of the year|2014-01-01|2014-07-01|month"},
		{"Half the staff left in June.", REF, 0, "June|2014-06-01|2014-07-01|month"},
		/* ranges: each end alone, then what one states lent to the other */
		{"The fair ran 3/2-3/9/2014 and June 5-10, 2013.", REF, 0, "3/2-3/9/2014|2014-03-02|2014-03-09|day"},
		{"The fair ran 3/2-3/9/2014 and June 5-10, 2013.", REF, 1, "June 5-10, 2013|2013-06-05|2013-06-10|day"},
		{"Prices rose between March 3 and now, and so far this year.", REF, 0,
		 "between March 3 and now|2014-03-03|2014-07-21|day"},
		{"Prices rose between March 3 and now, and so far this year.", REF, 1,
		 "this year|2014-01-01|2014-07-21|year"},
		{"Prices rose this month so far.", REF, 0, "this month so far|2014-07-01|2014-07-21|month"},
		{"Prices will rise for the rest of the year.", REF, 0, "the rest of the year|2014-07-21|2015-01-01|year"},
		{"Take the remainder of this week off.", REF, 0, "the remainder of this week|2014-07-21|2014-07-28|week"},
		/* an open end: "prior to" is "before", "onward(s)" and a closing "on" run on, "now" may start a range */
		{"Prior to 2012 the mill and the prior owner lost money.", REF, 0, "Prior to 2012||2012-01-01|year"},
		{"Prior to 2012 the mill and the prior owner lost money.", REF, 1, "(none of 1)"},
		{"Tolls rise from March onwards, and fees from 2016 on.", REF, 0, "from March onwards|2014-03-01||month"},
		{"Tolls rise from March onwards, and fees from 2016 on.", REF, 1, "from 2016 on|2016-01-01||year"},
		{"He worked from 2016 on a farm.", REF, 0, "from 2016|2016-01-01|2017-01-01|year"},
		{"Rates stay low from now until 2016, from now on.", REF, 0, "from now until 2016|2014-07-21|2016-01-01|year"},
		{"Rates stay low from now until 2016, from now on.", REF, 1, "(none of 1)"},
		/* a glued dash between ends that name months or days; "the" before a decade at either end */
		{"Sales rose in Jan-Mar and in March-May 2013.", REF, 0, "Jan-Mar|2014-01-01|2014-03-01|month"},
		{"Sales rose in Jan-Mar and in March-May 2013.", REF, 1, "March-May 2013|2013-03-01|2013-05-01|month"},
		{"The fair ran 9-12 June and 5 January-10 February 2013.", REF, 0, "9-12 June|2014-06-09|2014-06-12|day"},
		{"The fair ran 9-12 June and 5 January-10 February 2013.", REF, 1,
		 "5 January-10 February 2013|2013-01-05|2013-02-10|day"},
		{"Code AB-12 June is a tag; the March-based firm.", REF, 0, "June|2014-06-01|2014-07-01|month"},
		{"Code AB-12 June is a tag; the March-based firm.", REF, 1, "(none of 1)"},
		{"Rates fell from the 1980s to the 2000s.", REF, 0, "from the 1980s to the 2000s|1980-01-01|2000-01-01|year"},
		{"Rates fell between '95 and '99, he said 'from 5 to 9'.", REF, 0, "between '95 and '99|1995-01-01|1999-01-01|year"},
		{"Rates fell between '95 and '99, he said 'from 5 to 9'.", REF, 1, "(none of 1)"},
		{"Output rose Jan-Sept, and in the Oct-Feb season.", REF, 0, "Jan-Sept|2014-01-01|2014-09-01|month"},
		{"Output rose Jan-Sept, and in the Oct-Feb season.", REF, 1, "Oct-Feb|2014-10-01|2015-02-01|month"},
		/* a year lent to an end that names a part of a month is that month's part in the year lent */
		{"It ran from January 2013 until the end of March.", REF, 0,
		 "from January 2013 until the end of March|2013-01-01|2013-04-01|month"},
		/* a month or day in a year named by its modifier; the period to date; after next, before last */
		{"Exports rose in June last year and on May 5 of this year.", REF, 0,
		 "June last year|2013-06-01|2013-07-01|month"},
		{"Exports rose in June last year and on May 5 of this year.", REF, 1,
		 "May 5 of this year|2014-05-05|2014-05-06|day"},
		{"Output may last year-round.", REF, 0, "last year|2013-01-01|2014-01-01|year"},
		{"Sales month to date and quarter-to-date rose.", REF, 0, "month to date|2014-07-01|2014-07-21|month"},
		{"Sales month to date and quarter-to-date rose.", REF, 1, "quarter-to-date|2014-07-01|2014-07-21|month"},
		{"Polls open the year after next, the month before last.", REF, 0,
		 "the year after next|2016-01-01|2017-01-01|year"},
		{"Polls open the year after next, the month before last.", REF, 1,
		 "the month before last|2014-05-01|2014-06-01|month"},
		{"Rates fell in the latter half of 2013.", REF, 0, "the latter half of 2013|2013-07-01|2014-01-01|month"},
		/* a quarter that starts a range takes the year of the one that ends it */
		{"Sales rose in Q1-Q3 2013 and in Q4-Q2 2013.", REF, 0, "Q1-Q3 2013|2013-01-01|2013-07-01|month"},
		{"Sales rose in Q1-Q3 2013 and in Q4-Q2 2013.", REF, 1, "Q4-Q2 2013|2012-10-01|2013-04-01|month"},
		/* a year before its quarter or half */
		{"Profit rose in the 2013 first quarter and in 2012's second half.", REF, 0,
		 "2013 first quarter|2013-01-01|2013-04-01|month"},
		{"Profit rose in the 2013 first quarter and in 2012's second half.", REF, 1,
		 "2012's second half|2012-07-01|2013-01-01|month"},
		{"In 2013 first place went to Kenya.", REF, 0, "2013|2013-01-01|2014-01-01|year"},
		/* a span of years with a two-digit second end; a month when it could be one and is not the next year */
		{"Output rose in 1987-89 and in the 2003-04 season.", REF, 0, "1987-89|1987-01-01|1989-01-01|year"},
		{"Output rose in 1987-89 and in the 2003-04 season.", REF, 1, "2003-04|2003-01-01|2004-01-01|year"},
		{"The 1999/00 crop beat the 2001/03 one.", REF, 0, "1999/00|1999-01-01|2000-01-01|year"},
		{"Yields rose between 1997/98 and 1999/00.", REF, 0,
		 "between 1997/98 and 1999/00|1997-01-01|1999-01-01|year"},
		{"The 1999/00 crop beat the 2001/03 one.", REF, 1, "(none of 1)"},
		{"Prices of 2005-07 and codes 2015-32, AB-1987-89.", REF, 0, "2005-07|2005-07-01|2005-08-01|month"},
		{"Prices of 2005-07 and codes 2015-32, AB-1987-89.", REF, 1, "(none of 1)"},
		{"The works run from May 2013 through to March 2014.", REF, 0,
		 "from May 2013 through to March 2014|2013-05-01|2014-03-01|month"},
	};

	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void
test_parts(void)
{
	static const date_case cases[] = {
		{"early July", REF, 0, "early July|2014-07-01|2014-07-16|month"},
		{"in mid July", REF, 0, "mid July|2014-07-10|2014-07-21|month"},
		/* the dash joins the part to a short or ambiguous month name */
		{"The truce held until mid-July", REF, 0, "mid-July|2014-07-10|2014-07-21|month"},
		{"in late-May", REF, 0, "late-May|2014-05-16|2014-06-01|month"},
		{"mid-2014", "", 0, "mid-2014|2014-05-01|2014-09-01|year"},
		{"the end of 2000", "", 0, "the end of 2000|2000-09-01|2001-01-01|year"},
		{"the beginning of March", REF, 0, "the beginning of March|2014-03-01|2014-03-16|month"},
		{"the middle of 2015", "", 0, "the middle of 2015|2015-05-01|2015-09-01|year"},
		{"the start of the year", REF, 0, "the start of the year|2014-01-01|2014-05-01|year"},
		{"the end of the month", REF, 0, "the end of the month|2014-07-16|2014-08-01|month"},
		{"at the end of the week", REF, 0, "the end of the week|2014-07-24|2014-07-28|week"},
		/* the current decade and century too, but not an adjective made of the unit */
		{"by the end of the decade", REF, 0, "the end of the decade|2017-01-01|2020-01-01|year"},
		{"by the middle of the century", REF, 0, "the middle of the century|2030-01-01|2070-01-01|year"},
		{"earlier in the decade", REF, 0, "earlier in the decade|2010-01-01|2014-07-21|year"},
		{"the end of the decade-long war", REF, 0, "(none of 0)"},
		{"the end of the year-long strike", REF, 0, "(none of 0)"},
		{"later this week", REF, 0, "later this week|2014-07-22|2014-07-28|week"},
		{"later this month", REF, 0, "later this month|2014-07-22|2014-08-01|month"},
		{"earlier in the year", REF, 0, "earlier in the year|2014-01-01|2014-07-21|year"},
		{"early next week", REF, 0, "early next week|2014-07-28|2014-07-31|week"},
		{"mid next week", REF, 0, "mid next week|2014-07-29|2014-08-01|week"},
		/* seasons in thirds (a month each) */
		{"early summer 2014", "", 0, "early summer 2014|2014-06-01|2014-07-01|season"},
		{"mid summer 2014", "", 0, "mid summer 2014|2014-07-01|2014-08-01|season"},
		{"late summer 2014", "", 0, "late summer 2014|2014-08-01|2014-09-01|season"},
		{"late next month", REF, 0, "late next month|2014-08-16|2014-09-01|month"},
		{"early 1990s", "", 0, "early 1990s|1990-01-01|1993-01-01|year"},
		{"the late 1990s", "", 0, "late 1990s|1997-01-01|2000-01-01|year"},
		/* decades in words after "the", the last begun by the reference's year */
		{"in the nineties", REF, 0, "the nineties|1990-01-01|2000-01-01|year"},
		{"in the late Sixties", REF, 0, "late Sixties|1967-01-01|1970-01-01|year"},
		{"the mid-eighties", REF, 0, "mid-eighties|1983-01-01|1987-01-01|year"},
		{"a woman in her nineties", REF, 0, "(none of 0)"},
	};

	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void
test_ranges(void)
{
	static const date_case cases[] = {
		{"from April to June in 2017", REF, 0, "from April to June in 2017|2017-04-01|2017-06-01|month"},
		{"from 3 to 12 June", REF, 0, "from 3 to 12 June|2014-06-03|2014-06-12|day"},
		{"between the ninth and the seventeenth of April", REF, 0,
		 "between the ninth and the seventeenth of April|2014-04-09|2014-04-17|day"},
		{"from June 3 to 12", REF, 0, "from June 3 to 12|2014-06-03|2014-06-12|day"},
		{"from June 3, 2014 to 12", "", 0, "from June 3, 2014 to 12|2014-06-03|2014-06-12|day"},
		{"between June 3 and 9", REF, 0, "between June 3 and 9|2014-06-03|2014-06-09|day"},
		{"9 to 12 June", REF, 0, "9 to 12 June|2014-06-09|2014-06-12|day"},
		{"between 2010 and 2014", "", 0, "between 2010 and 2014|2010-01-01|2014-01-01|year"},
		{"from 2013 through 2016", "", 0, "from 2013 through 2016|2013-01-01|2016-01-01|year"},
		{"from 2014 he", "", 0, "from 2014|2014-01-01|2015-01-01|year"},
		{"from December to February", REF, 0, "from December to February|2013-12-01|2014-02-01|month"},
		/* read alone February would come first: the range carries it into the next year */
		{"from November to February", REF, 0, "from November to February|2014-11-01|2015-02-01|month"},
		/* a backward range is two years */
		{"from 2016 to 2014", "", 0, "from 2016|2016-01-01|2017-01-01|year"},
		{"from 2016 to 2014", "", 1, "2014|2014-01-01|2015-01-01|year"},
		{"from December 2013 to February", "", 0,
		 "from December 2013 to February|2013-12-01|2014-02-01|month"},
		{"from mid-March to early April", REF, 0,
		 "from mid-March to early April|2014-03-16|2014-04-01|month"},
		{"from early 2014 to late 2015", "", 0, "from early 2014 to late 2015|2014-01-01|2016-01-01|year"},
		{"from the end of 2007 to the middle of 2008", "", 0,
		 "from the end of 2007 to the middle of 2008|2008-01-01|2008-07-02|year"},
		{"starting on Monday", REF, 0, "starting on Monday|2014-07-21||day"},
		{"starting May 1", REF, 0, "starting May 1|2014-05-01||day"},
		{"since July 2014", REF, 0, "since July 2014|2014-07-01|2014-07-22|month"},
		{"since next week", REF, 0, "since next week|2014-07-28||week"},
		{"since tomorrow", REF, 0, "since tomorrow|2014-07-22||day"},
		{"in 2012 or later", "", 0, "2012 or later|2012-01-01||year"},
		{"in 2012 or after", "", 0, "2012 or after|2012-01-01||year"},
		{"in 2012 or after that", "", 0, "2012|2012-01-01|2013-01-01|year"},
		{"1/1/2016 and later", "", 0, "1/1/2016 and later|2016-01-01||day"},
		/* a "later" that starts the next date closes no range */
		{"late this month and later this year", REF, 0, "late this month|2014-07-16|2014-08-01|month"},
		{"late this month and later this year", REF, 1, "later this year|2014-07-22|2015-01-01|year"},
		{"in 2012 and later that day", "", 0, "2012|2012-01-01|2013-01-01|year"},
		{"year 2016 and greater", "", 0, "year 2016 and greater|2016-01-01||year"},
	};

	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Days listed in one month: a mention each, sharing the month and year stated once. */
static void
test_lists(void)
{
	static const date_case cases[] = {
		{"Talks on March 2 and 3 at the UN.", REF, 1, "3|2014-03-03|2014-03-04|day"},
		{"Votes on March 9 or 10, 2019.", REF, 0, "March 9|2019-03-09|2019-03-10|day"},
		{"Votes on March 9 or 10, 2019.", REF, 1, "10, 2019|2019-03-10|2019-03-11|day"},
		{"Held on Jan. 3, 5, and 7.", REF, 2, "7|2014-01-07|2014-01-08|day"},
		{"Held on 14, 20 and 27 April 2013.", REF, 0, "14|2013-04-14|2013-04-15|day"},
		{"Held on 14, 20 and 27 April 2013.", REF, 2, "27 April 2013|2013-04-27|2013-04-28|day"},
		/* the tense of the clause gives the year of all */
		{"They met on 16 or 17 September.", REF, 0, "16|2013-09-16|2013-09-17|day"},
		{"They met on September 16 or 17.", REF, 1, "17|2013-09-17|2013-09-18|day"},
		/* a count after the last number, falling days, a day the month lacks: no list */
		{"On March 3 and 4 people died.", REF, 1, "(none of 1)"},
		{"On March 3, 4 soldiers died.", REF, 1, "(none of 1)"},
		{"Held on March 13 and 4.", REF, 1, "(none of 1)"},
		{"Held on February 28 and 30.", REF, 1, "(none of 1)"},
	};

	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Fiscal years: "FY" in capitals before a year, "fiscal" before a bare one. */
static void
test_fiscal(void)
{
	static const date_case cases[] = {
		{"FY2020 results beat.", REF, 0, "FY2020|2020-01-01|2021-01-01|year"},
		{"Guidance for FY'21 rose.", REF, 0, "FY'21|2021-01-01|2022-01-01|year"},
		{"In FY 1988 it lost.", REF, 0, "FY 1988|1988-01-01|1989-01-01|year"},
		{"Its fiscal 1988 results rose.", REF, 0, "1988|1988-01-01|1989-01-01|year"},
		{"The FY2019-20 plan, fy2020, FY500.", REF, 0, "(none of 0)"},
	};

	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* The dates of text in mode, read as a document of its own, into v. */
static cp_status
dates_of(cp_arena *a, const char *text, cp_reference_mode mode, int32_t ref, cp_vec *v)
{
	cp_doc		doc;

	cp_vec_init(v, sizeof(cp_date_mention));
	cp_doc_init(&doc, a, text, strlen(text), NULL);
	return cp_extract_dates(&doc, mode, ref, v);
}

/* Reference modes, boilerplate lines, spans and the granularity names. */
static void
test_document(void)
{
	const char *page = "Talks in Vienna\n21 July 2014\nThey met on Saturday.\n";
	const char *menu = "You have 2 free articles left until Friday\nThe vote is on Friday.\n";
	cp_arena	a;
	cp_vec		v;
	cp_date_mention *m;

	cp_arena_init(&a);
	/* the date the page states resolves "Saturday" */
	CHECK_INT(dates_of(&a, page, CP_REF_STATED, 0, &v), CP_OK);
	CHECK_INT(v.count, 2);
	m = &CP_VEC_AT(&v, cp_date_mention, 1);
	CHECK_SPAN(page, m->start, m->len, "Saturday");
	CHECK(m->resolved);
	CHECK_INT(m->lo, cp_date_to_days(2014, 7, 19));
	CHECK_INT(m->sentence, 3);
	/* the same page without a reference: found, unresolved */
	dates_of(&a, page, CP_REF_NONE, 0, &v);
	CHECK_INT(v.count, 2);
	CHECK(!CP_VEC_AT(&v, cp_date_mention, 1).resolved);
	/* a paywall prompt is skipped, the body line is read */
	dates_of(&a, menu, CP_REF_GIVEN, cp_date_to_days(2014, 7, 21), &v);
	CHECK_INT(v.count, 1);
	m = &CP_VEC_AT(&v, cp_date_mention, 0);
	CHECK_SPAN(menu, m->start, m->len, "Friday");
	cp_arena_free(&a);
	CHECK_STR(cp_date_gran_name(CP_GRAN_SEASON), "season");
	CHECK_STR(cp_date_gran_name((cp_date_gran) 42), "day");
}

/*
 * The dates of the sentences whose number is a multiple of every (and of
 * the last), read with a cp_date_reader along a walk, into out; asked[n]
 * tells which were asked for.
 */
static void
dates_asked(cp_arena *a, const char *text, int every, cp_vec *out, bool *asked, int nasked)
{
	cp_doc		doc;
	cp_doc_walk w;
	cp_sentence s;
	cp_date_reader r;

	cp_vec_init(out, sizeof(cp_date_mention));
	cp_doc_init(&doc, a, text, strlen(text), NULL);
	cp_date_reader_init(&r, &doc, CP_REF_GIVEN, cp_date_to_days(2014, 7, 21));
	cp_doc_walk_init(&w, &doc);
	while (cp_doc_walk_next(&w, &s) && s.n < nasked)
	{
		cp_date_reader_add(&r, a, &doc, &s);
		asked[s.n] = s.n % every == 0 || s.end + 1 == strlen(text);
		if (asked[s.n])
			cp_date_reader_dates(&r, a, &doc, out);
	}
}

/*
 * Dates read sentence by sentence are those of the whole document, also
 * when a mention reaches into the next sentence ("March 31. 1987 to 1990",
 * cut by the splitter: the next sentence's "1987 to 1990" is no date of its
 * own) and the
 * sentence it starts in was not asked for, and past a run of more
 * sentences on one line than the reader keeps.
 */
static void
test_reader(void)
{
	static const char *const texts[] = {
		"Talks began. Quarter ended March 31. 1987 to 1990 was hard. Ok. Then on Monday.\nIn 2015 too.\n",
		"A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. "
		"A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. "
		"A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. "
		"A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. A b. "
		"A b. A b. A b. A b. A b. A b. A b. Quarter ended March 31. 1987 to 1990 was hard. Ok.\n",
		/* "the following year" counts from a date of a sentence not asked for */
		("Sales fell in 2012. Ok.\nOk. They rose the following year. Ok. Quarter ended March 31. "
		 "1987 to 1990 was hard.\nOk. The previous day it fell.\n"),
	};
	cp_arena	a;

	cp_arena_init(&a);
	for (size_t t = 0; t < sizeof(texts) / sizeof(texts[0]); t++)
	{
		cp_vec		all;
		size_t		reaching = 0;

		CHECK_INT(dates_of(&a, texts[t], CP_REF_GIVEN, cp_date_to_days(2014, 7, 21), &all), CP_OK);
		/* the date the splitter cuts: "March 31." then "1987 to 1990 was hard." */
		for (size_t i = 0; i < all.count; i++)
			reaching += strncmp(texts[t] + CP_VEC_AT(&all, cp_date_mention, i).start,
								"March 31. 1987 to 1990", 22) == 0;
		CHECK_INT(reaching, 1);
		for (int every = 1; every <= 4; every++)
		{
			cp_vec		got;
			bool		asked[128] = {false};
			size_t		k = 0;

			dates_asked(&a, texts[t], every, &got, asked, 128);
			for (size_t i = 0; i < all.count; i++)
			{
				const cp_date_mention *m = &CP_VEC_AT(&all, cp_date_mention, i);

				if (!asked[m->sentence])
					continue;
				CHECK(k < got.count && memcmp(&CP_VEC_AT(&got, cp_date_mention, k), m, sizeof(*m)) == 0);
				k++;
			}
			CHECK_INT(got.count, k);
		}
	}
	cp_arena_free(&a);
}

/* "the following year", "the previous day": from the last date the text named (dates_story.c) */
static void
test_story(void)
{
	const char *r = "2014-07-21";
	const char *t = "On May 22, 1995 he left. The following year he came back; the next day he "
		"left. Exports rose in 2004 from the previous year. The same year prices fell.";

	CHECK_STR(nth(t, r, 1), "The following year|1996-01-01|1997-01-01|year");
	/* a year is no anchor for "the next day" */
	CHECK_STR(nth(t, r, 2), "2004|2004-01-01|2005-01-01|year");
	CHECK_STR(nth(t, r, 3), "the previous year|2003-01-01|2004-01-01|year");
	/* "the previous year" does not move the story: "the same year" is 2004 */
	CHECK_STR(nth(t, r, 4), "The same year|2004-01-01|2005-01-01|year");
	/* a date told from the reference is an anchor; with none, the reference */
	CHECK_STR(nth("He was arrested on Tuesday and freed the next day.", r, 1),
			  "the next day|2014-07-16|2014-07-17|day");
	CHECK_STR(nth("The following year it cracked.", r, 0), "following year|2015-01-01|2016-01-01|year");
	CHECK_STR(nth("The deficit was $19.6bn in November, down from $19.7bn the month before.", r, 1),
			  "the month before|2013-10-01|2013-11-01|month");
	/* a day that heads its sentence after "On": the verb after it gives the tense */
	CHECK_STR(nth("On May 6, the company paid its debts.", r, 0), "May 6|2014-05-06|2014-05-07|day");
	CHECK_STR(nth("On August 6 the company will pay its debts.", r, 0), "August 6|2014-08-06|2014-08-07|day");
	CHECK_STR(nth("On August 6, the company paid its debts.", r, 0), "August 6|2013-08-06|2013-08-07|day");
	/* "the same month last year" names its own time */
	CHECK_STR(nth("Sales rose in May from the same month last year.", r, 1), "last year|2013-01-01|2014-01-01|year");
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
	test_numeric_forms();
	test_month_forms();
	test_weekdays();
	test_units();
	test_quarters_weeks_holidays();
	test_parts();
	test_ranges();
	test_lists();
	test_fiscal();
	test_compositions();
	test_document();
	test_reader();
	test_story();
	UNIT_DONE("dates");
}
