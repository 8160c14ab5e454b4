/*
 * test_timex.c: TIMEX3 types, values and extents of the timex reader, on
 * sentences written for these tests.
 */
#include "unit.h"

#include "arena.h"
#include "calendar.h"
#include "timex.h"

#include <stdlib.h>

static char got[1024];

/* The expressions of text against ref ("" for none), in arena a. */
static cp_vec
run(cp_arena *a, const char *text, const char *ref)
{
	cp_doc		doc;
	cp_vec		v;
	int			y = 2000,
				m = 1,
				d = 1;
	bool		has = ref[0] != '\0';

	if (has)
		sscanf(ref, "%d-%d-%d", &y, &m, &d);
	cp_vec_init(&v, sizeof(cp_timex));
	cp_doc_init(&doc, a, text, strlen(text), NULL);
	CHECK_INT(cp_extract_timexes(&doc, has ? CP_REF_GIVEN : CP_REF_NONE, cp_date_to_days(y, m, d), &v),
			  CP_OK);
	return v;
}

/* Every expression as "TYPE value [mention]; ...". */
static const char *
tx(const char *text, const char *ref)
{
	cp_arena	a;
	cp_vec		v;
	size_t		n = 0;

	cp_arena_init(&a);
	v = run(&a, text, ref);
	got[0] = '\0';
	for (size_t i = 0; i < v.count && n < sizeof(got); i++)
	{
		cp_timex   *x = &CP_VEC_AT(&v, cp_timex, i);

		n += snprintf(got + n, sizeof(got) - n, "%s%s %s [%.*s]", i ? "; " : "",
					  cp_timex_type_name(x->type), x->value, (int) x->len, text + x->start);
	}
	cp_arena_free(&a);
	return got;
}

/* The day range of the first expression, "lo/hi", or "-" when it has none. */
static const char *
range(const char *text, const char *ref)
{
	cp_arena	a;
	cp_vec		v;

	cp_arena_init(&a);
	v = run(&a, text, ref);
	if (v.count == 0 || !CP_VEC_AT(&v, cp_timex, 0).has_range)
		snprintf(got, sizeof(got), "-");
	else
	{
		cp_timex   *x = &CP_VEC_AT(&v, cp_timex, 0);
		cp_date		lo = cp_days_to_date(x->lo),
					hi = cp_days_to_date(x->hi);

		snprintf(got, sizeof(got), "%04d-%02d-%02d/%04d-%02d-%02d", lo.year, lo.month, lo.day,
				 hi.year, hi.month, hi.day);
	}
	cp_arena_free(&a);
	return got;
}

/* Dates at each granularity, absolute and relative (2013-03-22 is a Friday). */
static void
test_granularity(void)
{
	const char *r = "2013-03-22";

	CHECK_STR(tx("The vote was held on March 22, 2013.", r), "DATE 2013-03-22 [March 22, 2013]");
	CHECK_STR(tx("Prices rose in June 2012 and fell in 2011.", r),
			  "DATE 2012-06 [June 2012]; DATE 2011 [2011]");
	CHECK_STR(tx("He left yesterday and returns next week.", r),
			  "DATE 2013-03-21 [yesterday]; DATE 2013-W13 [next week]");
	CHECK_STR(tx("Profits fell in the first quarter of 2012.", r), "DATE 2012-Q1 [the first quarter of 2012]");
	CHECK_STR(tx("Sales rose in the third quarter.", r), "DATE 2013-Q3 [the third quarter]");
	CHECK_STR(tx("Sales rose in the fourth quarter of fiscal 2012.", r),
			  "DATE 2012-Q4 [the fourth quarter of fiscal 2012]");
	/* wire copy writes the year straight after the quarter or half; a span of years stays apart */
	CHECK_STR(tx("Net fell in the first quarter 1987 and first half 1986 results rose.", r),
			  "DATE 1987-Q1 [the first quarter 1987]; DATE 1986-H1 [first half 1986]");
	CHECK_STR(tx("In the third quarter 2,500 jobs went; the second quarter 1987-88 was weak.", r),
			  "DATE 2013-Q3 [the third quarter]; DATE 2013-Q2 [the second quarter]; DATE 1987 [1987]; "
			  "DATE 1988 [88]");
	CHECK_STR(tx("Rains came in the summer of 2010.", r), "DATE 2010-SU [the summer of 2010]");
	CHECK_STR(tx("The town grew in the 1990s and in the late 1970s.", r),
			  "DATE 199 [1990s]; DATE 197 [the late 1970s]");
	CHECK_STR(tx("The abbey dates from the 11th century.", r), "DATE 10 [the 11th century]");
	CHECK_STR(tx("The talks resume in week 14 of 2013.", r), "DATE 2013-W14 [week 14 of 2013]");
	CHECK_STR(tx("They met last weekend.", r), "DATE 2013-W11-WE [last weekend]");
	/* "until" ends the span "from" opened, no deadline to come */
	CHECK_STR(tx("He served from 2010 until March; the shop stays shut until March.", "2013-06-15"),
			  "DATE 2010 [2010]; DATE 2013-03 [March]; DATE 2014-03 [March]");
	CHECK_STR(tx("They met on the last weekend of February and over Thanksgiving weekend.", r),
			  "DATE 2013-W08-WE [the last weekend of February]; DATE 2012-W47-WE [Thanksgiving weekend]");
	CHECK_STR(tx("The law changed five months ago and a decade ago.", r),
			  "DATE 2012-10 [five months ago]; DATE 200 [a decade ago]");
	CHECK_STR(tx("A few years ago it was empty.", r), "DATE 201X [A few years ago]");
	CHECK_STR(tx("The mill closed in nineteen ninety-six, in January nineteen ninety-seven.", r),
			  "DATE 1996 [nineteen ninety-six]; DATE 1997-01 [January nineteen ninety-seven]");
	CHECK_STR(tx("Earnings fell in fiscal 2012, and by year end.", r),
			  "DATE 2012 [fiscal 2012]; DATE 2013 [year end]");
	CHECK_STR(tx("The deal closed in June last year.", r), "DATE 2012-06 [June last year]");
	/* a part of a period is valued as the whole, as TimeML leaves the part to MOD */
	CHECK_STR(tx("Work starts in early 2014 and ends at the end of May 2015.", r),
			  "DATE 2014 [early 2014]; DATE 2015-05 [the end of May 2015]");
	/* "earlier" stays outside the extent, "early" inside */
	CHECK_STR(tx("They met earlier this month and early this week.", r),
			  "DATE 2013-03 [this month]; DATE 2013-W12 [early this week]");
}

static void
test_references(void)
{
	const char *r = "2013-03-22";

	CHECK_STR(tx("Prices are now higher and currently rising.", r),
			  "DATE PRESENT_REF [now]; DATE PRESENT_REF [currently]");
	CHECK_STR(tx("Right now the mill is closed.", r), "DATE PRESENT_REF [Right now]");
	/* the present of a time past */
	CHECK_STR(tx("Holders bought at half the then current price; current prices are higher.", r),
			  "DATE PAST_REF [current]; DATE PRESENT_REF [current]");
	/* before "of", the noun */
	CHECK_STR(tx("It shows how swift this current of self-destruction is, as current rates do.", r),
			  "DATE PRESENT_REF [current]");
	CHECK_STR(tx("He recently said that in the past it was worse.", r),
			  "DATE PAST_REF [recently]; DATE PAST_REF [the past]");
	CHECK_STR(tx("Nobody knows the future, nor what comes in the near future.", r),
			  "DATE FUTURE_REF [the future]; DATE FUTURE_REF [the near future]");
	/* "the future of" a thing is what becomes of it */
	CHECK_STR(tx("Help Shape the Future of Public Transit; the future of the firm is bright in the future.", r),
			  "DATE FUTURE_REF [the future]");
	CHECK_STR(tx("It means the continuation in the near future of reform.", r), "DATE FUTURE_REF [the near future]");
	/* "the <horizon> term" ends its phrase; before a noun it qualifies the noun */
	CHECK_STR(tx("It helps over the long term, and in the short term; the long term debt rose.", r),
			  "DATE FUTURE_REF [the long term]; DATE FUTURE_REF [the short term]");
	CHECK_STR(tx("Rates fell in recent years and may rise in coming months, as in past decades.", r),
			  "DURATION PXY [recent years]; DURATION PXM [coming months]; DATE PAST_REF [past decades]");
	/* an unstated count back from now: the document's past; ahead, or counted, a duration */
	CHECK_STR(tx("Rates fell over the past several quarters and in the last few months.", r),
			  "DATE PAST_REF [the past several quarters]; DATE PAST_REF [the last few months]");
	CHECK_STR(tx("They fell for the past few weeks and may rise over the next few days.", r),
			  "DURATION PXW [the past few weeks]; DURATION PXD [the next few days]");
	/* "last" the verb is no part of the duration */
	CHECK_STR(tx("The trial is expected to last two weeks and will last a year.", r),
			  "DURATION P2W [two weeks]; DURATION P1Y [a year]");
	/* an adverb of a participle is no reference */
	CHECK_STR(tx("He cited a previously announced plan.", r), "");
}

static void
test_durations(void)
{
	const char *r = "2013-03-22";

	/* a fortnight is two weeks: a duration, "ago" a day, "every"/"fortnightly" a set */
	CHECK_STR(tx("Back in a fortnight, after two fortnights over the last fortnight.", r),
			  "DURATION P2W [a fortnight]; DURATION P4W [two fortnights]; DURATION P2W [the last fortnight]");
	/* "the past decade" is the ten years to now, no calendar decade; "the last decade" may be one */
	CHECK_STR(tx("Sales doubled over the past decade, as in the last decade.", r),
			  "DURATION P10Y [the past decade]; DATE 200 [the last decade]");
	CHECK_STR(tx("On the last day of the fortnight-long meeting.", r), "DURATION P2W [fortnight-long]");
	CHECK_STR(tx("A fortnight ago they met, as they do fortnightly.", r),
			  "DATE 2013-03-08 [A fortnight ago]; SET P2W [fortnightly]");

	CHECK_STR(tx("The war lasted three years.", r), "DURATION P3Y [three years]");
	/* millions and billions of units */
	CHECK_STR(tx("It ran over a 13.8-billion-year period, over 4.5 billion years; two million years passed.", r),
			  "DURATION P13800000000Y [13.8-billion-year]; DURATION P4500000000Y [over 4.5 billion years]; "
			  "DURATION P2000000Y [two million years]");
	CHECK_STR(tx("Dinosaurs died 65 million years ago, and $2 million a year is paid.", r), "");
	/* abbreviated units after a number, in lower case */
	CHECK_STR(tx("It was a 30 min walk, then 2 hrs by bus and a 45-sec clip; Min Aung Hlaing paid 3 Min per min.", r),
			  "DURATION PT30M [30 min]; DURATION PT2H [2 hrs]; DURATION PT45S [45-sec]");
	CHECK_STR(tx("He ran 6.46secs; trading opens at 0930 hrs.", r), "");
	CHECK_STR(tx("After a two-hour meeting they left.", r), "DURATION PT2H [two-hour]");
	CHECK_STR(tx("Prices fell over the past three months.", r), "DURATION P3M [the past three months]");
	CHECK_STR(tx("It took nearly two decades.", r), "DURATION P20Y [nearly two decades]");
	CHECK_STR(tx("They stayed for several weeks, then for weeks more.", r),
			  "DURATION PXW [several weeks]; DURATION PXW [weeks]");
	CHECK_STR(tx("He spent 2 1/2 years and a minute and a half there.", r),
			  "DURATION P2Y6M [2 1/2 years]; DURATION PT1M30S [a minute and a half]");
	CHECK_STR(tx("The talks ran twenty four hours, for a couple of years.", r),
			  "DURATION PT24H [twenty four hours]; DURATION P2Y [a couple of years]");
	CHECK_STR(tx("Net income for the year rose.", r), "DURATION P1Y [the year]");
	CHECK_STR(tx("The bonds mature within 18 months, at least 72 hours after.", r),
			  "DURATION P18M [18 months]; DURATION PT72H [at least 72 hours]");
	/* ages and rates are no durations */
	CHECK_STR(tx("A 6-year-old boy, 52 years old, earns $2 million a year.", r), "");
	/* a half: alone, after a count, before a unit; written in whole smaller units */
	CHECK_STR(tx("He waited half an hour, then half a week and a half-hour more.", r),
			  "DURATION PT30M [half an hour]; DURATION P3DT12H [half a week]; DURATION PT30M [half-hour]");
	CHECK_STR(tx("She served for two and a half years and a week and a half.", r),
			  "DURATION P2Y6M [two and a half years]; DURATION P10DT12H [a week and a half]");
	CHECK_STR(tx("It lasted half a century, not half a dozen states or half the company.", r),
			  "DURATION P50Y [half a century]");
	/* "hundred", "thousand" multiply a count in words */
	CHECK_STR(tx("They kept it secret for more than two thousand years, almost a hundred years.", r),
			  "DURATION P2000Y [more than two thousand years]; DURATION P100Y [almost a hundred years]");
	CHECK_STR(tx("It pays $2 thousand a year.", r), "");
	CHECK_STR(tx("It stood a hundred years, until two hundred years ago.", r),
			  "DURATION P100Y [a hundred years]; DATE 1813 [two hundred years ago]");
	/* a unit made an adjective by "-long" (a plural before "-old" too); a counted "-old" is an age */
	CHECK_STR(tx("After a year-long strike and an hour-long speech, a decades-long conflict ended.", r),
			  "DURATION P1Y [year-long]; DURATION PT1H [hour-long]; DURATION PXY [decades-long]");
	CHECK_STR(tx("A weeklong visit ended two year-long talks and a years-old slump.", r),
			  "DURATION P1W [weeklong]; DURATION P2Y [two year-long]; DURATION PXY [years-old]");
	CHECK_STR(tx("The 8-month-old truce held.", r), "");
	/* the second hyphen left out: an age still, not a duration */
	CHECK_STR(tx("A 55-year old man and 20-year olds met.", r), "");
	/* the plural noun is people of that age too, also the end of a range of ages */
	CHECK_STR(tx("A poll of 18-to-34-year-olds and 30-year-olds.", r), "");
}

static void
test_times_and_sets(void)
{
	const char *r = "2013-03-22";

	CHECK_STR(tx("The offer expires at 5 p.m. EST Nov. 9.", "2013-11-02"),
			  "TIME 2013-11-09T17:00 [5 p.m. EST Nov. 9]");
	CHECK_STR(tx("They met this morning and will meet again tonight.", r),
			  "TIME 2013-03-22TMO [this morning]; TIME 2013-03-22TNI [tonight]");
	/* a dot between hour and minutes before the half of the day ("9.30 a.m."); "9.30" alone is a number */
	CHECK_STR(tx("Doors open at 9.30 a.m. and 6.45pm; shares rose 9.30 to 10.50.", r),
			  "TIME 2013-03-22T09:30 [9.30 a.m.]; TIME 2013-03-22T18:45 [6.45pm]");
	/* "o'clock" after an hour in figures or words; a part of the day after a clock time joins it and turns the hour */
	CHECK_STR(tx("Done by 6 o\u2019clock this afternoon, six o'clock Friday and 8 p.m. tonight, not o'clock, the clock or the 10 O'Clock News.", r),
			  "TIME 2013-03-22T18:00 [6 o\u2019clock this afternoon]; TIME 2013-03-22T06:00 [six o'clock Friday]; "
			  "TIME 2013-03-22T20:00 [8 p.m. tonight]");
	/* the day a market closes: the reference day; "the day before" is counted from it */
	CHECK_STR(tx("Marks finished the day at 0.56, as they ended the day before.", r),
			  "DATE 2013-03-22 [the day]; DATE 2013-03-21 [the day before]");
	/* "all morning": the reference's, as "this morning"; not "in the morning", "all night" */
	CHECK_STR(tx("Futures fell all morning and all afternoon; cats sleep in the morning and all night.", r),
			  "TIME 2013-03-22TMO [morning]; TIME 2013-03-22TAF [afternoon]");
	CHECK_STR(tx("The blast came Thursday evening, and at 7:15 pm.", r),
			  "TIME 2013-03-21TEV [Thursday evening]; TIME 2013-03-22T19:15 [7:15 pm]");
	CHECK_STR(tx("Talks began at noon Saturday.", r), "TIME 2013-03-16T12:00 [noon Saturday]");
	CHECK_STR(tx("Flights leave every Monday and each July.", r),
			  "SET XXXX-WXX-1 [every Monday]; SET XXXX-07 [each July]");
	CHECK_STR(tx("It airs every Sunday night; each morning he runs.", r),
			  "SET XXXX-WXX-7TNI [every Sunday night]; SET XXXX-XX-XXTMO [each morning]");
	CHECK_STR(tx("Rallies were held daily; reports come annually, every two weeks.", r),
			  "SET P1D [daily]; SET P1Y [annually]; SET P2W [every two weeks]");
	CHECK_STR(tx("It costs $5 per day.", r), "SET P1D [per day]");
	/* a weekday with a plural part of the day is a set; a first weekday joined by "and" shares it */
	CHECK_STR(tx("Flights leave on Monday and Tuesday nights, and on Sunday mornings.", r),
			  "SET XXXX-WXX-1TNI [Monday]; SET XXXX-WXX-2TNI [Tuesday nights]; SET XXXX-WXX-7TMO [Sunday mornings]");
	CHECK_STR(tx("They met on Friday night.", r), "TIME 2013-03-22TNI [Friday night]");
	CHECK_STR(tx("It played six nights a week.", r), "");
	/* how often in each unit: the unit's set, as TimeML writes "twice a month" (its freq is not reported) */
	CHECK_STR(tx("They meet twice a week, three times per year and once a month.", r),
			  "SET P1W [twice a week]; SET P1Y [three times per year]; SET P1M [once a month]");
	CHECK_STR(tx("Take it several times a day or twice daily, every other day.", r),
			  "SET P1D [several times a day]; SET P1D [twice daily]; SET P2D [every other day]");
	/* a count in millions is a count too (stop 43) */
	CHECK_STR(tx("It was said 1 million times a day.", r), "SET P1D [1 million times a day]");
	CHECK_STR(tx("It earned twice a year's pay once the deal closed.", r), "");
	CHECK_STR(tx("One dies every two and a half weeks, and every 10 years.", r),
			  "SET P17DT12H [every two and a half weeks]; SET P10Y [every 10 years]");
	/* "as soon as" before a weekday looks ahead */
	CHECK_STR(tx("They could leave as soon as Tuesday.", r), "DATE 2013-03-26 [Tuesday]");
	/* what a clause is "ahead of" is still to come, whatever its tense (stop 45) */
	CHECK_STR(tx("She campaigned in Ohio ahead of voting Tuesday.", r), "DATE 2013-03-26 [Tuesday]");
	CHECK_STR(tx("Stocks fell ahead of Saturday's vote.", r), "DATE 2013-03-23 [Saturday]");
	CHECK_STR(tx("The board gave them until 9 a.m. Tuesday to answer.", r), "TIME 2013-03-26T09:00 [9 a.m. Tuesday]");
	/* a frequency word before a noun is an attribute of a payment */
	CHECK_STR(tx("The firm raised its quarterly dividend.", r), "");
	/* a newspaper or a dividend: the adjective as a noun, before a name, a reporting verb or "of" */
	CHECK_STR(tx("The party daily Granma said so, as the business daily reported.", r), "");
	CHECK_STR(tx("It declared an initial quarterly of five cents, payable weekly.", r), "SET P1W [weekly]");
	/* "as planned" compares with a plan: the Saturday is past */
	CHECK_STR(tx("The offensive began as previously planned Saturday night.", r),
			  "TIME 2013-03-16TNI [Saturday night]");
}

static void
test_ranges_and_reference(void)
{
	/* each end of a range is its own expression; prepositions stay out */
	CHECK_STR(tx("The blockade lasted from 2007 to 2014, since May 3, 2006.", "2013-03-22"),
			  "DATE 2007 [2007]; DATE 2014 [2014]; DATE 2006-05-03 [May 3, 2006]");
	CHECK_STR(range("The vote was held in June 2012.", "2013-03-22"), "2012-06-01/2012-07-01");
	CHECK_STR(range("They met on Tuesday.", "2013-03-22"), "2013-03-19/2013-03-20");
	CHECK_STR(range("The war lasted three years.", "2013-03-22"), "-");
	/* without a reference, relative values are X's and have no range */
	CHECK_STR(tx("They met yesterday, last week and in 2011.", ""),
			  "DATE XXXX-XX-XX [yesterday]; DATE XXXX-WXX [last week]; DATE 2011 [2011]");
	/* the quarter financial news goes on calling "the quarter", a year before it */
	CHECK_STR(tx("Third-quarter profit rose. Sales in the quarter grew; a year ago they fell.",
				 "1989-11-02"),
			  "DATE 1989-Q3 [Third-quarter]; DATE 1989-Q3 [the quarter]; DATE 1988-Q3 [a year ago]");
	/* a bare day that ends a range is a date of its own, in the first end's month (stop 43) */
	CHECK_STR(tx("Votes were cast from March 1-8. Talks run Sept. 5 to 20, and May 3-4, 1987 too.",
				 "2016-03-21"),
			  "DATE 2016-03-01 [March 1]; DATE 2016-03-08 [8]; DATE 2015-09-05 [Sept. 5]; "
			  "DATE 2015-09-20 [20]; DATE 1987-05-03 [May 3]; DATE 1987-05-04 [4, 1987]");
	CHECK_STR(tx("It rose on March 12 to 13 billion.", "2016-03-21"), "DATE 2016-03-12 [March 12]");
	/*
	 * each year of a span with a two-digit end is a date of its own, as in
	 * "1987-1988"; the span's first year is what later ones count from (stop
	 * 44); with a slash it is one crop or fiscal year, a date of its first
	 * year (stop 46)
	 */
	CHECK_STR(tx("Output in the 1987-88 year rose; the 1999-00 season and 2005-07 did not.", "1988-03-01"),
			  "DATE 1987 [1987]; DATE 1988 [88]; DATE 1999 [1999]; DATE 2000 [00]; DATE 2005-07 [2005-07]");
	CHECK_STR(tx("It made 25,000 tonnes in the 1986/87 season against 28,000 the previous year.", "1987-03-01"),
			  "DATE 1986 [1986/87]; DATE 1985 [the previous year]");
	CHECK_STR(tx("GNP rose 4.3 pct in 1985/86, the worst since 1974/75.", "1987-06-16"),
			  "DATE 1985 [1985/86]; DATE 1974 [1974/75]");
	/*
	 * a calendar quarter by its first and last month joined by a slash, with
	 * or without "quarter"; "the" is part of its name before "quarter" (stop 46)
	 */
	CHECK_STR(tx("GNP rose 1.2 pct in the January/March quarter after a 0.5 pct October/December rise.",
				 "1987-06-16"),
			  "DATE 1987-Q1 [the January/March quarter]; DATE 1986-Q4 [October/December]");
	CHECK_STR(tx("Exports rose in January/March. The May/July period and Jan-Mar did not.", "1987-06-16"),
			  "DATE 1987-Q1 [January/March]; DATE 1987-07 [July]; DATE 1987-01 [Jan]; DATE 1987-03 [Mar]");
	/* a dateline's date is an expression too, as the development data marks it */
	CHECK_STR(tx("WASHINGTON, March 21\nThe talks ended on March 20.", "2013-03-22"),
			  "DATE 2013-03-21 [March 21]; DATE 2013-03-20 [March 20]");
}

/* Forms of financial and broadcast news, and what stays out. */
static void
test_more_forms(void)
{
	const char *r = "1989-11-02";

	/* a quarter takes the year of the day it ended, and passes it on to "that quarter" */
	CHECK_STR(tx("The second quarter ended Oct. 31 brought a loss. Results for that quarter included a charge.",
				 "1989-10-20"),
			  "DATE 1988-Q2 [The second quarter]; DATE 1988-10-31 [Oct. 31]; DATE 1988-Q2 [that quarter]");
	CHECK_STR(tx("Its fourth quarter ended Jan. 2, 1988 was weak.", r),
			  "DATE 1987-Q4 [fourth quarter]; DATE 1988-01-02 [Jan. 2, 1988]");
	CHECK_STR(tx("Sales for the current fiscal year rose; the fiscal year ended.", r),
			  "DATE 1989 [the current fiscal year]; DURATION P1Y [the fiscal year]");
	/* "this", "last" and "next fiscal year" as "the current" one: the reference's year and those beside it */
	CHECK_STR(tx("This fiscal year beats last fiscal year; next fiscal year may not.", r),
			  "DATE 1989 [This fiscal year]; DATE 1988 [last fiscal year]; DATE 1990 [next fiscal year]");
	/* the fiscal or full year "for" which no end date is given: the year in course */
	CHECK_STR(tx("It will cut net for the fiscal year and for the full year, not for the fiscal year ended June 30.", r),
			  "DATE 1989 [the fiscal year]; DATE 1989 [the full year]; DURATION P1Y [the fiscal year]; "
			  "DATE 1989-06-30 [June 30]");
	CHECK_STR(tx("For the full year, it posted a loss; net fell for the fiscal year.", r),
			  "DURATION P1Y [the fiscal year]");
	CHECK_STR(tx("Net fell for the full year 1986 and for the fiscal year beginning Oct. 1.", r),
			  "DATE 1986 [year 1986]; DURATION P1Y [the fiscal year]; DATE 1989-10-01 [Oct. 1]");
	CHECK_STR(tx("Net rose in this year's third quarter from the year-earlier quarter.", r),
			  "DATE 1989-Q3 [this year's third quarter]; DATE 1988-Q3 [the year-earlier quarter]");
	CHECK_STR(tx("Net rose in the 1988 second quarter.", r), "DATE 1988-Q2 [the 1988 second quarter]");
	CHECK_STR(tx("Third-quarter net fell from year-earlier levels, as in the quarter.", r),
			  "DATE 1989-Q3 [Third-quarter]; DATE 1988-Q3 [year-earlier]; DATE 1989-Q3 [the quarter]");
	CHECK_STR(tx("Net fell in the quarter.", r), "DATE 1989-Q3 [the quarter]");
	/* the same period a year before: the quarter just named, a year back; with none, "last year" alone */
	CHECK_STR(tx("Third-quarter net fell from the corresponding period last year.", r),
			  "DATE 1989-Q3 [Third-quarter]; DATE 1988-Q3 [the corresponding period last year]");
	CHECK_STR(tx("Net fell from the same period last year.", r), "DATE 1988 [last year]");
	CHECK_STR(tx("Third-quarter net fell. For the quarter a year ago, it earned $5.", r),
			  "DATE 1989-Q3 [Third-quarter]; DATE 1988-Q3 [the quarter a year ago]");
	/* "the latest quarter" has ended, unlike a quarter named as still to come; "the quarter" after it */
	CHECK_STR(tx("It expects a fourth-quarter charge. Net fell in the latest quarter and in the quarter.", r),
			  "DATE 1989-Q4 [fourth-quarter]; DATE 1989-Q3 [the latest quarter]; DATE 1989-Q3 [the quarter]");
	/* the latest quarter, once named, is the one a year-ago figure compares with */
	CHECK_STR(tx("It expects a fourth-quarter charge. Net fell in the latest quarter from a year ago.", r),
			  "DATE 1989-Q4 [fourth-quarter]; DATE 1989-Q3 [the latest quarter]; DATE 1988-Q3 [a year ago]");
	CHECK_STR(tx("Profit fell from year-earlier levels.", r), "DATE 1988 [year-earlier]");
	/* "end-January": the dash joins "end" as "of" would */
	CHECK_STR(tx("Stocks fell to 3.05 mln tonnes at end-January 1988 from 2.9 mln at end-1987.", r),
			  "DATE 1988-01 [end-January 1988]; DATE 1987 [end-1987]");
	CHECK_STR(tx("They paid end-year bonuses.", r), "");
	/* a year stated after the quarter is what a bare year-ago figure compares with */
	CHECK_STR(tx("Third-quarter net rose. Net for 1988 fell from year-ago levels.", r),
			  "DATE 1989-Q3 [Third-quarter]; DATE 1988 [1988]; DATE 1987 [year-ago]");
	CHECK_STR(tx("Third-quarter net rose. In 1988 it sold more. Net fell from year-ago levels.", r),
			  "DATE 1989-Q3 [Third-quarter]; DATE 1988 [1988]; DATE 1988-Q3 [year-ago]");
	CHECK_STR(tx("Profit fell in the 1988 period.", r), "DATE 1988 [the 1988 period]");
	CHECK_STR(tx("Results came late yesterday, after a 1971 ruling.", r),
			  "DATE 1989-11-01 [late yesterday]; DATE 1971 [1971]");
	CHECK_STR(tx("They met over the weekend and last night.", r),
			  "DATE 1989-W43-WE [the weekend]; TIME 1989-11-01TNI [last night]");
	CHECK_STR(tx("The vote will be held in March, and went on until midnight.", r),
			  "DATE 1990-03 [March]; TIME 1989-11-02T24:00 [midnight]");
	CHECK_STR(tx("They left at 10:30 am, by mid-afternoon Friday, and came in the morning.", r),
			  "TIME 1989-11-02T10:30 [10:30 am]; TIME 1989-10-27TAF [mid-afternoon Friday]");
	CHECK_STR(tx("The show High Noon ran for two millennia and three centuries.", r),
			  "DURATION P2L [two millennia]; DURATION P3C [three centuries]");
	CHECK_STR(tx("It lasted 3 1/2 months, 5 1/2 hours and 2 1/2 days.", r),
			  "DURATION P3M15D [3 1/2 months]; DURATION PT5H30M [5 1/2 hours]; "
			  "DURATION P2DT12H [2 1/2 days]");
	CHECK_STR(tx("Prices rose up to 30 seconds later, for more than two weeks, then a week or so ago.", r),
			  "DURATION PT30S [up to 30 seconds]; DURATION P2W [more than two weeks]; "
			  "DATE 1989-10-26 [a week or so ago]");
	CHECK_STR(tx("They meet each summer and every year, and vote on a bi-weekly basis.", r),
			  "SET XXXX-SU [each summer]; SET P1Y [every year]");
	CHECK_STR(tx("In early October this year they decided the boy's future. It is so these days.", r),
			  "DATE 1989-10 [early October this year]; DATE FUTURE_REF [future]; "
			  "DATE PRESENT_REF [these days]");
	CHECK_STR(tx("Its current system works.", r), "DATE PRESENT_REF [current]");
	/* "recently" before a past tense dates its clause after a subject, not before a participle */
	CHECK_STR(tx("The units were recently merged in the recently opened plant.", r), "");
	CHECK_STR(tx("He recently merged the units; Acme recently opened a plant.", r),
			  "DATE PAST_REF [recently]; DATE PAST_REF [recently]");
	CHECK_STR(tx("The plant was built in the first six months of 2012.", r),
			  "DURATION P6M [the first six months]; DATE 2012 [2012]");
	CHECK_STR(tx("Sales rose in the first half of 2012, the second half of last year and the first half.", r),
			  "DATE 2012-H1 [the first half of 2012]; DATE 1988-H2 [the second half of last year]; "
			  "DATE 1989-H1 [the first half]");
	CHECK_STR(tx("The abbey dates from the 5th century; prices rose over the past week.", r),
			  "DATE 04 [the 5th century]; DATE 1989-W44 [the past week]");
	CHECK_STR(tx("Talks resume later this afternoon.", r), "TIME 1989-11-02TAF [later this afternoon]");
	CHECK_STR(tx("A 10,000 tonne ship, $5 a day, 40 a year, 7 hundred a week.", r), "");
}

/* A month or day without a year, by tense (1989-11-02 is a Thursday). */
static void
test_tense(void)
{
	const char *r = "1989-11-02";

	/* "ended": the last such day or month on or before the reference */
	CHECK_STR(tx("The mill earned more in the year ended Jan. 31 and the period ended Dec. 31.", r),
			  "DURATION P1Y [the year]; DATE 1989-01-31 [Jan. 31]; DATE 1988-12-31 [Dec. 31]");
	CHECK_STR(tx("Their season ended in December.", r), "DATE 1988-12 [December]");
	CHECK_STR(tx("The quarter ended Sept. 30 was weak.", r),
			  "DATE 1989-Q3 [The quarter]; DATE 1989-09-30 [Sept. 30]");
	/* a clause in the past: the last one; the head of a sentence takes the clause after it */
	CHECK_STR(tx("Rates rose on Dec. 31.", r), "DATE 1988-12-31 [Dec. 31]");
	/* after "the" too, as corpus.dates reads it; "for the" date is what it is meant for */
	CHECK_STR(tx("Money supply rose in the Dec. 1 week.", r), "DATE 1988-12-01 [Dec. 1]");
	CHECK_STR(tx("He gave no reason for the Dec. 1 deadline.", r), "DATE 1989-12-01 [Dec. 1]");
	CHECK_STR(tx("The bakery switched to a shorter week in December.", r), "DATE 1988-12 [December]");
	CHECK_STR(tx("In January, after a long winter, a storm flooded the harbour.", r), "DATE 1989-01 [January]");
	CHECK_STR(tx("In January, after a long winter, a storm flooded the harbour.", ""), "DATE XXXX-XX [January]");
	/* not a present perfect, a modal, an infinitive, "payable", "to" or "for" the date, a relative clause */
	CHECK_STR(tx("The board has set Dec. 12 as the date.", r), "DATE 1989-12-12 [Dec. 12]");
	CHECK_STR(tx("The club agreed to sell the ground in December.", r), "DATE 1989-12 [December]");
	CHECK_STR(tx("The fee would be paid on a later date in December.", r), "DATE 1989-12 [December]");
	CHECK_STR(tx("The board voted a dividend, payable Dec. 1, and extended to Dec. 8 its offer.", r),
			  "DATE 1989-12-01 [Dec. 1]; DATE 1989-12-08 [Dec. 8]");
	CHECK_STR(tx("The mill bought coal for December delivery.", r), "DATE 1989-12 [December]");
	/* nor a month alone without "in" (a contract), a span's start, a participle of its own */
	CHECK_STR(tx("Traders sold December wheat and bought bills maturing in December.", r),
			  "DATE 1989-12 [December]; DATE 1989-12 [December]");
	CHECK_STR(tx("The port hired boats from Dec. 4 and leased cranes for the season starting Dec. 9.", r),
			  "DATE 1989-12-04 [Dec. 4]; DATE 1989-12-09 [Dec. 9]");
	CHECK_STR(tx("They signed leases which expire in December.", r), "DATE 1989-12 [December]");
	CHECK_STR(tx("In December, the mill reopens.", r), "DATE 1989-12 [December]");
	/* otherwise the nearest, or the next one in a sentence about the future */
	CHECK_STR(tx("Rates are due to rise on Dec. 31.", r), "DATE 1989-12-31 [Dec. 31]");
	CHECK_STR(tx("The mill will reopen in January.", r), "DATE 1990-01 [January]");
	/* an infinitive in the passive tells what is still to be done; not in a clause in the past */
	CHECK_STR(tx("The harvest to be conducted in July is large. Talks are to be formally held on Monday.", r),
			  "DATE 1990-07 [July]; DATE 1989-11-06 [Monday]");
	CHECK_STR(tx("The vote was to be held in July. The fund, to be launched by banks, was proposed in July.", r),
			  "DATE 1989-07 [July]; DATE 1989-07 [July]");
	/*
	 * the second end of a range follows the first, in its year or the next;
	 * not after a dateline's dash
	 */
	CHECK_STR(tx("It ships between May 10 and October 10, and from November 10 to February 10.", "1987-03-20"),
			  "DATE 1987-05-10 [May 10]; DATE 1987-10-10 [October 10]; DATE 1986-11-10 [November 10]; "
			  "DATE 1987-02-10 [February 10]");
	CHECK_STR(tx("WESTWOOD, Mass., June 18 - April 30 end", "1987-06-18"),
			  "DATE 1987-06-18 [June 18]; DATE 1987-04-30 [April 30]");
	/* futures: the legs of a spread are contracts still traded; "May" before a verb in the past a month */
	CHECK_STR(tx("Traders spread long May/short September.", r), "DATE 1990-05 [May]; DATE 1990-09 [September]");
	CHECK_STR(tx("May closed 2 cents higher. May said no. May had a gain. May rise. DEC was sold.", "1987-04-07"),
			  "DATE 1987-05 [May]");
	CHECK_STR(tx("The town is planning for a fair in April and a march on Monday.", r),
			  "DATE 1990-04 [April]; DATE 1989-11-06 [Monday]");
	CHECK_STR(tx("Quarterly plans were met, and it needs yearly planning.", r), "");
	/* a quarter still more than half a year away is last year's, unless to come */
	CHECK_STR(tx("Profit fell in the fourth quarter, and will rise in the fourth quarter.", "1990-02-12"),
			  "DATE 1989-Q4 [the fourth quarter]; DATE 1990-Q4 [the fourth quarter]");
	CHECK_STR(tx("Profit fell in the third quarter.", "1990-02-12"), "DATE 1990-Q3 [the third quarter]");
	/* decades in words need "the"; a year in words after "the year" */
	CHECK_STR(tx("Mills closed in the eighties and the early nineties; in his forties he left.", "1998-03-03"),
			  "DATE 198 [the eighties]; DATE 199 [the early nineties]");
	CHECK_STR(tx("The year two thousand brought floods, in two thousand homes.", r),
			  "DATE 2000 [The year two thousand]");
	/* an adjective of a duration after "a" */
	CHECK_STR(tx("The lease runs for an additional year, then a further two weeks.", r),
			  "DURATION P1Y [an additional year]; DURATION P2W [two weeks]");
	/* "more" between a count and a plural unit: still a duration; not before a singular or "than" */
	CHECK_STR(tx("Troops stay at least two more weeks, maybe 20 more years; one more year; two more than that.", r),
			  "DURATION P2W [at least two more weeks]; DURATION P20Y [20 more years]");
	/* "the final" counts a stretch as "the first" and "the last" do */
	CHECK_STR(tx("In the final two years of his term and the first two years of hers.", r),
			  "DURATION P2Y [the final two years]; DURATION P2Y [the first two years]");
	/* "the week of" a day: the week that holds it */
	CHECK_STR(tx("The trial opens the week of Nov. 15.", r), "DATE 1989-W46 [the week of Nov. 15]");
	CHECK_STR(tx("Oil ships the weeks of Nov. 15.", r), "DATE 1989-11-15 [Nov. 15]");
	/* a date before a colon that opens a quotation */
	CHECK_STR(tx("The paper wrote on Monday, Oct. 30: Enough.", r), "DATE 1989-10-30 [Monday, Oct. 30]");
	/*
	 * a calendar told in the present ("ends", "expires", "begins") names the
	 * next such day or month; a reporting period named by its end and
	 * "housing starts" keep the nearest one
	 */
	CHECK_STR(tx("The deficit for this fiscal year, which ends Sept. 30, is projected to grow.", "2016-01-20"),
			  "DATE 2016 [this fiscal year]; DATE 2016-09-30 [Sept. 30]");
	CHECK_STR(tx("The lease expires on Sept. 30 and the session begins in October.", "2016-01-20"),
			  "DATE 2016-09-30 [Sept. 30]; DATE 2016-10 [October]");
	CHECK_STR(tx("Qtr ends Sept 30. Housing starts in October rose. The lease expired Sept. 30.", "2016-01-20"),
			  "DATE 2015-09-30 [Sept 30]; DATE 2015-10 [October]; DATE 2015-09-30 [Sept. 30]");
	/* so does what the present approaches ("gets closer to", "nears"), not "got closer to" */
	CHECK_STR(tx("The Senate slows down as it gets closer to November; the vote nears November.", "2016-04-12"),
			  "DATE 2016-11 [November]; DATE 2016-11 [November]");
	CHECK_STR(tx("As it got closer to November, the Senate slowed.", "2016-04-12"), "DATE 2015-11 [November]");
	/*
	 * a day in a sentence about the future is the next such day, unless a
	 * participle of its own dates it, "the" names an event by it, or it is
	 * gone by a week at most
	 */
	CHECK_STR(tx("They will meet on Aug. 6 and buy shares issued July 1.", "1998-02-13"),
			  "DATE 1998-08-06 [Aug. 6]; DATE 1997-07-01 [July 1]");
	CHECK_STR(tx("They will mark the Sept. 11 anniversary and meet on Feb. 10.", "1998-02-13"),
			  "DATE 1997-09-11 [Sept. 11]; DATE 1998-02-10 [Feb. 10]");
	/* only a modal, first going back, and not "since": "plans", "due" and "by" are not enough */
	CHECK_STR(tx("It shelved its plans for an offering on September 30. It will grow since Oct. 13.", "2019-11-18"),
			  "DATE 2019-09-30 [September 30]; DATE 2019-10-13 [Oct. 13]");
	CHECK_STR(tx("The speech, never given due to the attack on June 12, is due.", "2016-06-21"),
			  "DATE 2016-06-12 [June 12]");
	/* "would" after a reporting verb is the future of the story's day, not "would have" */
	CHECK_STR(tx("It said flights would leave on Monday from August 6.", "1998-02-13"),
			  "DATE 1998-02-16 [Monday]; DATE 1998-08-06 [August 6]");
	CHECK_STR(tx("It said it would have left on Monday. They would appeal Wednesday's ruling, he said.", "1998-02-13"),
			  "DATE 1998-02-09 [Monday]; DATE 1998-02-11 [Wednesday]");
	CHECK_STR(tx("They said they would appeal Wednesday's ruling.", "1998-02-13"), "DATE 1998-02-11 [Wednesday]");
	CHECK_STR(tx("They said the key would be a reversal of the drop which took place in December.", "1998-02-13"),
			  "DATE 1997-12 [December]");
}

/* "the following year", "later that month": from the last absolute date named */
static void
test_anchored(void)
{
	const char *r = "2013-03-22";

	CHECK_STR(tx("The dam opened on June 3, 2004, and the following year it cracked.", r),
			  "DATE 2004-06-03 [June 3, 2004]; DATE 2005 [the following year]");
	/* a month is too coarse for "the next day", which is then not read */
	CHECK_STR(tx("She moved in May 2010 and left later that month; he came the next day.", r),
			  "DATE 2010-05 [May 2010]; DATE 2010-05 [that month]");
	CHECK_STR(tx("They met on 4 July 2011. The next day they wed; the following week they left.", r),
			  "DATE 2011-07-04 [4 July 2011]; DATE 2011-07-05 [The next day]; "
			  "DATE 2011-W28 [the following week]");
	/* a date told from the reference is an anchor too: a weekday, "tomorrow" */
	CHECK_STR(tx("He was arrested on Tuesday. The next day he was freed.", r),
			  "DATE 2013-03-19 [Tuesday]; DATE 2013-03-20 [The next day]");
	CHECK_STR(tx("Maybe not tomorrow or the next day.", r),
			  "DATE 2013-03-23 [tomorrow]; DATE 2013-03-24 [the next day]");
	/* "the previous", "the prior" count back from it, "the same" is it */
	CHECK_STR(tx("Exports rose in 2004 from the previous year.", r),
			  "DATE 2004 [2004]; DATE 2003 [the previous year]");
	/* comparisons with "the previous week" all count from the last date, not from each other */
	CHECK_STR(tx("In the week to March 8, 2013 wheat sales were above the previous week and barley "
				 "sales were 10 times the previous week.", r),
			  "DATE 2013-03-08 [March 8, 2013]; DATE 2013-W09 [the previous week]; "
			  "DATE 2013-W09 [the previous week]");
	CHECK_STR(tx("Prices fell in 2004. The same year exports rose.", r),
			  "DATE 2004 [2004]; DATE 2004 [The same year]");
	CHECK_STR(tx("He sold the unit in 1983, that same year; on June 2, 1990 and the prior day.", r),
			  "DATE 1983 [1983]; DATE 1983 [that same year]; DATE 1990-06-02 [June 2, 1990]; "
			  "DATE 1990-06-01 [the prior day]");
	/* a bare "that year|month" points back too; "that year to date" and "that day" do not */
	CHECK_STR(tx("In 2014, the agency lists the population that year as 21,090.", r),
			  "DATE 2014 [2014]; DATE 2014 [that year]");
	CHECK_STR(tx("Sales rose in May 2010; exports that month fell, and they said that year to date sales rose.", r),
			  "DATE 2010-05 [May 2010]; DATE 2010-05 [that month]; DATE 2013 [year to date]");
	/* "the year before" closing its phrase is the year before the story's; before an event it is not */
	CHECK_STR(tx("It lost 7 mln in 1986 against a profit of 19 mln the year before.", r),
			  "DATE 1986 [1986]; DATE 1985 [the year before]");
	CHECK_STR(tx("He died in 1990, the year before his wife.", r), "DATE 1990 [1990]; DURATION P1Y [the year]");
	/* "the same" with its own time is not the anchor's */
	CHECK_STR(tx("In 2004 sales fell from the same month last year and the same year-ago period.", r),
			  "DATE 2004 [2004]; DATE 2012 [last year]; DATE 2012 [year-ago]");
	/* with no date named before, the reference */
	CHECK_STR(tx("The following year it cracked.", r), "DATE 2014 [The following year]");
	/* a count "later" moves on from the story's last date, "earlier" still from the reference */
	CHECK_STR(tx("In May 2007 they signed; three months later they split, and two years later it failed.", r),
			  "DATE 2007-05 [May 2007]; DATE 2007-08 [three months later]; DATE 2009 [two years later]");
	CHECK_STR(tx("Sales rose from a year ago and from 2004. Prices fell from a year earlier.", r),
			  "DATE 2012 [a year ago]; DATE 2004 [2004]; DATE 2012 [a year earlier]");
	CHECK_STR(tx("Two years later it failed.", r), "DATE 2015 [Two years later]");
	/* an unstated count of units finer than a year back is some time back */
	CHECK_STR(tx("Several weeks ago and a few days ago, but a few years ago.", r),
			  "DATE PAST_REF [Several weeks ago]; DATE PAST_REF [a few days ago]; DATE 201X [a few years ago]");
	/* no count at all, of years or longer, is some time back too; "months ago" is left out */
	CHECK_STR(tx("Books published decades ago, a note sent years ago, a deal of just months ago.", r),
			  "DATE PAST_REF [decades ago]; DATE PAST_REF [years ago]");
	/* "in years past" is some time back, no stretch; "in years" is one */
	CHECK_STR(tx("In years past, he won; in decades past the peak it fell; in years it will.", r),
			  "DATE PAST_REF [years past]; DURATION PXY [decades]; DURATION PXY [years]");
	/* a bare plural unit is how long after a verb that spends time, not after "last" the adjective */
	CHECK_STR(tx("They would spend years in prison; it took months and they waited weeks.", r),
			  "DURATION PXY [years]; DURATION PXM [months]; DURATION PXW [weeks]");
	CHECK_STR(tx("In the last years of his life he spent months of savings.", r), "");
	/* an ordinal day of an event after a present "is" is the reference day, after "was" none */
	CHECK_STR(tx("It's the second day of the strike. Monday was the third day of it.", r),
			  "DATE 2013-03-22 [the second day]; DATE 2013-03-18 [Monday]");
}

/* Bad input: empty, binary, huge numbers and long runs end cleanly. */
/* What the grammar composes reaches TIMEX3; the first end of a range takes the year of the second. */
static void
test_compositions(void)
{
	const char *r = "2013-03-22";

	CHECK_STR(tx("The fair ran from May 5 to June 10, 2012, and June 5-10, 2011.", r),
			  "DATE 2012-05-05 [May 5]; DATE 2012-06-10 [June 10, 2012]; DATE 2011-06-05 [June 5]; "
			  "DATE 2011-06-10 [10, 2011]");
	CHECK_STR(tx("Shops close on Labor Day and on Christmas Eve 2012; sales rose in H1 2012.", r),
			  "DATE 2013-09-02 [Labor Day]; DATE 2012-12-24 [Christmas Eve 2012]; DATE 2012-H1 [H1 2012]");
	/* a holiday before "week": the week that holds it */
	CHECK_STR(tx("They met as Easter week began, not in a week.", r), "DATE 2013-W13 [Easter week]; DURATION P1W [a week]");
	CHECK_STR(tx("The filing is dated 12-Sep-2012 and 14/Oct/2012.", r),
			  "DATE 2012-09-12 [12-Sep-2012]; DATE 2012-10-14 [14/Oct/2012]");
	CHECK_STR(tx("It happened on the 10th day of last month.", r), "DATE 2013-02-10 [the 10th day of last month]");
	CHECK_STR(tx("They met on 16 or 17 March 2012 and on April 2, 4 and 9.", r),
			  "DATE 2012-03-16 [16]; DATE 2012-03-17 [17 March 2012]; DATE 2012-04-02 [April 2]; "
			  "DATE 2012-04-04 [4]; DATE 2012-04-09 [9]");
	CHECK_STR(tx("Emissions must fall by the end of the century, later this decade.", r),
			  "DATE 20 [the end of the century]; DATE 201 [this decade]");
	CHECK_STR(tx("The day before last Tuesday's hearing they met.", r), "DATE 2013-03-18 [The day before last Tuesday]");
	CHECK_STR(tx("Sales fell in the third quarter of last year, and this century.", r),
			  "DATE 2012-Q3 [the third quarter of last year]");
	CHECK_STR(tx("We leave the day after tomorrow, two days after tomorrow, or in two thousand and twelve.", r),
			  "DATE 2013-03-24 [the day after tomorrow]; DATE 2013-03-25 [two days after tomorrow]; "
			  "DATE 2012 [two thousand and twelve]");
}

/* Names that read as times: a quoted programme title after its network. */
static void
test_names(void)
{
	const char *r = "2013-03-22";

	/* a century in title case before a capitalized noun names a firm (stop 43) */
	CHECK_STR(tx("He joined 21st Century Fox in the 21st century.", r), "DATE 20 [the 21st century]");
	/* "now" joined to an adjective is part of it (stop 43) */
	CHECK_STR(tx("The now-defunct band split; it is now over.", "2016-05-04"), "DATE PRESENT_REF [now]");
	CHECK_STR(tx("Baker said on ABC News' \"This Week\" that talks go on.", r), "");
	CHECK_STR(tx("He said on CBS's ''60 Minutes'' that he would stay.", r), "");
	/* a year after a name inside a sentence is the name's; at the head of one it is a year */
	CHECK_STR(tx("They set up a venture called Orion 1980, and That 1978 pact stands. Windows 2000 sold.", r),
			  "DATE 1978 [1978]; DATE 2000 [2000]");
	CHECK_STR(tx("\"Clearly 2004 was hard,\" he said of John Adams' 11 September tribute.", r),
			  "DATE 2004 [2004]; DATE 2012-09-11 [11 September]");
	/* an outlet or programme named with a time word, capitalized after a name that prose goes before */
	CHECK_STR(tx("It is the version of Russia Today, he told CBS This Morning. USA Today saw it.", r), "");
	CHECK_STR(tx("Before Christmas, he said.", r), "DATE 2012-12-25 [Christmas]");
	/* or after a name's possessive */
	CHECK_STR(tx("It warned in the People's Daily, which Xinhua's Today echoed; fees are paid daily.", r),
			  "SET P1D [daily]");
	CHECK_STR(tx("It falls between Celtic's Boxing Day game and the new year.", r), "DATE 2012-12-26 [Boxing Day]");
	CHECK_STR(tx("Trump Rallies Today. Today it rained, he said Today.", r),
			  "DATE 2013-03-22 [Today]; DATE 2013-03-22 [Today]; DATE 2013-03-22 [Today]");
	/* a count and unit in title case before a capitalized noun name an event; a headline's are read */
	CHECK_STR(tx("It took land in the 1967 Six-Day War, long after the Thirty Years' War.", r), "DATE 1967 [1967]");
	CHECK_STR(tx("The Hundred Years War ended. Jailed For Three Years After Riots. Six-Day Talks End.", r),
			  "DURATION P3Y [Three Years]; DURATION P6D [Six-Day]");
	CHECK_STR(tx("RAIN WAS RECORDED IN THE 24 HOURS UP TO NOON.", r), "DURATION PT24H [THE 24 HOURS]");
	/* a yearless M/D before a noun names an event: "9/11 victims" */
	CHECK_STR(tx("The 9/11 families and 9/11 Commission met on 9/11 at noon.", r),
			  "TIME 2012-09-11T12:00 [9/11 at noon]");
	/* quoted speech that opens with a time is one */
	CHECK_STR(tx("He said, \"This week we stay.\" She told \"Next Week\" it was over.", r),
			  "DATE 2013-W12 [This week]; DATE 2013-W13 [Next Week]");
}

/* "a while": a stretch of unstated length, or after "ago" some time back; "once in a while" is neither. */
static void
test_while(void)
{
	const char *r = "2013-03-22";

	CHECK_STR(tx("They must live without it for a while; he left a while ago.", r),
			  "DURATION PXX [a while]; DATE PAST_REF [a while ago]");
	CHECK_STR(tx("Once in a while, while he slept, it rained.", r), "");
}

/*
 * A quarter before "of" and a noun phrase of its own, or before a rate's
 * unit ("a quarter point"), is a share; before a bare noun a duration.
 */
static void
test_shares(void)
{
	const char *r = "2013-03-22";

	CHECK_STR(tx("Less than a quarter of Smith's donors and three quarters of the vote.", r), "");
	CHECK_STR(tx("After two quarters of growth it fell.", r), "DURATION P6M [two quarters]");
	CHECK_STR(tx("Sales rose in the first three quarters of the year.", r),
			  "DURATION P9M [the first three quarters]; DURATION P1Y [the year]");
	/* a quarter of a rate's unit */
	CHECK_STR(tx("It cut rates a quarter percentage point, then a quarter point and three quarters pct.", r), "");
}

static void
test_bad_input(void)
{
	size_t		n = 1 << 20;
	char	   *big = malloc(n + 1);

	CHECK_STR(tx("", "2013-03-22"), "");
	CHECK_STR(tx("\xff\xfe 99999999999 years 12:99 p.m. every 0 weeks", "2013-03-22"), "");
	CHECK_STR(tx("It took 99999 years.", "9999-12-31"), "");
	for (size_t i = 0; i < n; i++)
		big[i] = "1 year ago, now "[i % 16];
	big[n] = '\0';
	tx(big, "2013-03-22");
	CHECK(strlen(got) > 0);
	free(big);
}

int
main(void)
{
	cp_set_host(&cp_malloc_host);
	test_granularity();
	test_references();
	test_durations();
	test_times_and_sets();
	test_ranges_and_reference();
	test_more_forms();
	test_tense();
	test_anchored();
	test_compositions();
	test_names();
	test_shares();
	test_while();
	test_bad_input();
	UNIT_DONE("timex");
}
