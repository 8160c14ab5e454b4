/*
 * test_quantity.c: the quantity value, number phrases and extraction.
 */
#include "quantity_check.h"

#include <math.h>
#include <stdlib.h>

/* Parse then format: the canonical text form, or "ERR<status>". */
static const char *
roundtrip(const char *s)
{
	static char buf[CP_QUANTITY_MAX_TEXT];
	cp_quantity q;
	char		err[128];
	cp_status	st = cp_quantity_parse(s, strlen(s), &q, err, sizeof(err));

	if (st != CP_OK)
	{
		snprintf(buf, sizeof(buf), "ERR%d", (int) st);
		return buf;
	}
	cp_quantity_format(&q, buf, sizeof(buf));
	return buf;
}

static cp_quantity
Q(const char *s)
{
	cp_quantity q;

	if (cp_quantity_parse(s, strlen(s), &q, NULL, 0) != CP_OK)
	{
		fprintf(stderr, "bad test quantity %s\n", s);
		exit(2);
	}
	return q;
}

static void
test_text_form(void)
{
	char		big[2000];

	CHECK_STR(roundtrip("536"), "536");
	CHECK_STR(roundtrip(" ~600 "), "~600");
	CHECK_STR(roundtrip(">700"), ">700");
	CHECK_STR(roundtrip(">= 29514"), ">=29514");
	CHECK_STR(roundtrip("<100"), "<100");
	CHECK_STR(roundtrip("<=100"), "<=100");
	CHECK_STR(roundtrip("[500,600]"), "[500,600]");
	CHECK_STR(roundtrip("[200, 1000)"), "[200,1000)");
	CHECK_STR(roundtrip("[500,)"), ">=500");
	CHECK_STR(roundtrip("(,100)"), "<100");
	CHECK_STR(roundtrip("(,)"), "(,)");
	CHECK_STR(roundtrip("[5,5]"), "5");
	CHECK_STR(roundtrip("~[500,600]"), "~[500,600]");
	CHECK_STR(roundtrip("-0"), "0");
	CHECK_STR(roundtrip("1.130"), "1.13");
	CHECK_STR(roundtrip("1e3"), "1000");
	CHECK_STR(roundtrip(".5"), "0.5");
	CHECK_STR(roundtrip("0.000000000001"), "0.000000000001");
	CHECK_STR(roundtrip("123456789012345"), "123456789012345");
	CHECK_STR(roundtrip("-0.123456789012345"), "-0.123456789012345");
	CHECK_STR(roundtrip("1e25"), "1e+25");
	CHECK_STR(roundtrip("1e300"), "1e+300");
	/* errors */
	CHECK_STR(roundtrip(""), "ERR1");
	CHECK_STR(roundtrip("abc"), "ERR1");
	CHECK_STR(roundtrip("5 apples"), "ERR1");
	CHECK_STR(roundtrip("[6,5]"), "ERR1");
	CHECK_STR(roundtrip("(5,5]"), "ERR1");
	CHECK_STR(roundtrip("[,5]"), "ERR1");
	CHECK_STR(roundtrip("~~5"), "ERR1");
	CHECK_STR(roundtrip(">>5"), "ERR1");
	CHECK_STR(roundtrip("1e"), "ERR1");
	CHECK_STR(roundtrip("NaN"), "ERR1");
	CHECK_STR(roundtrip("inf"), "ERR1");
	CHECK_STR(roundtrip("1e999999"), "ERR2");
	CHECK_STR(roundtrip("1e301"), "ERR2");
	memset(big, '9', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	CHECK_STR(roundtrip(big + 2000 - 100), "ERR2");	/* 99 digits */
	CHECK_STR(roundtrip(big), "ERR2");	/* out of range, however long */
	CHECK_STR(roundtrip("1e400"), "ERR2");
	CHECK_STR(roundtrip("[1e-400,1]"), "ERR2");	/* would silently become 0 */
	CHECK_STR(roundtrip("1e-300"), "1e-300");
	CHECK_STR(roundtrip("0e-400"), "0");
	memset(big, ' ', sizeof(big) - 2);
	big[sizeof(big) - 2] = '5';
	CHECK_STR(roundtrip(big), "5");		/* long, but only blanks and a number */
	memset(big, 'x', sizeof(big) - 1);
	CHECK_STR(roundtrip(big), "ERR1");
	{
		char		err[128];
		cp_quantity q;

		cp_quantity_parse("[1,2", 4, &q, err, sizeof(err));
		CHECK_STR(err, "expected \"]\" or \")\" at end of input");
		cp_quantity_parse("12x", 3, &q, err, sizeof(err));
		CHECK_STR(err, "junk after quantity at \"x\"");
	}
}

static void
test_order(void)
{
	cp_quantity a = Q("<5"), b = Q("5"), c = Q("~5"), d = Q("[5,6]"), e = Q(">=5"), f = Q(">5");

	CHECK(cp_quantity_cmp(&a, &b) < 0);
	CHECK(cp_quantity_cmp(&b, &c) < 0);
	CHECK(cp_quantity_cmp(&c, &d) < 0);
	CHECK(cp_quantity_cmp(&d, &e) < 0);
	CHECK(cp_quantity_cmp(&e, &f) < 0);
	CHECK(cp_quantity_cmp(&f, &a) > 0);
	CHECK_INT(cp_quantity_cmp(&d, &d), 0);
	/* equal values are equal bytes (the hash relies on it) */
	{
		cp_quantity x = Q("[-0,1]"), y = Q("[0,1]");

		CHECK(memcmp(&x, &y, sizeof(x)) == 0);
	}
}

static void
test_overlap(void)
{
	cp_quantity about600 = Q("~600"), exact536 = Q("536"), exact560 = Q("560"),
				more700 = Q(">700"), lt100 = Q("<100"), r = Q("[500,600]"), ho = Q("[200,1000)");
	double		v;

	CHECK(!cp_quantity_overlaps(&about600, &exact536));	/* 600 +- 60 */
	CHECK(cp_quantity_overlaps(&about600, &exact560));
	CHECK(cp_quantity_overlaps(&about600, &more700) == false);
	CHECK(cp_quantity_overlaps(&r, &exact536));
	CHECK(!cp_quantity_overlaps(&lt100, &r));
	CHECK(cp_quantity_contains(&ho, 200));
	CHECK(!cp_quantity_contains(&ho, 1000));
	CHECK(cp_quantity_contains(&more700, 701));
	CHECK(!cp_quantity_contains(&more700, 700));
	CHECK(cp_quantity_contains(&about600, 650));
	CHECK(cp_quantity_estimate(&r, &v) && v == 550);
	CHECK(cp_quantity_estimate(&more700, &v) && v == 700);
	CHECK(cp_quantity_estimate(&about600, &v) && v == 600);
	{
		cp_quantity all = Q("(,)");

		CHECK(!cp_quantity_estimate(&all, &v));
	}
}

/* Numerals: symbols, suffixes, exponents, fractions, grouping spaces, "a"/"point" words. */
static void
test_numerals(void)
{
	CHECK_STR(phrase("2\xc2\xbd"), "2.5");				/* 2½ */
	CHECK_STR(phrase("2\xc2\xbd million"), "2500000");
	CHECK_STR(phrase("\xc2\xbd"), "0.5");
	CHECK_STR(phrase("1.5e6"), "1500000");
	CHECK_STR(phrase("1.2E3"), "1200");
	CHECK_STR(phrase("3x10^6"), "3000000");
	CHECK_STR(phrase("5e"), "ERR");
	CHECK_STR(phrase("3k"), "3000");
	CHECK_STR(phrase("4.5K"), "4500");
	CHECK_STR(phrase("2B"), "2000000000");
	CHECK_STR(phrase(".25"), "0.25");
	/* groups of three digits after a space, also in a chain */
	CHECK_STR(phrase("1 500"), "1500");
	CHECK_STR(phrase("1 500 000"), "1500000");
	CHECK_STR(phrase("1 234 567.89"), "1234567.89");
	CHECK_STR(phrase("10\xc2\xa0" "000"), "10000");		/* no-break space */
	CHECK_STR(phrase("10\xe2\x80\xaf" "000"), "10000");	/* narrow no-break space */
	/* spaced dashes inside compounds and fractions */
	CHECK_STR(phrase("fifty - two"), "52");
	CHECK_STR(phrase("five - eighths"), "0.625");
	/* "a" opens a hundred, a dozen, a scale, a half, a fraction */
	CHECK_STR(phrase("a hundred"), "100");
	CHECK_STR(phrase("a hundred thousand"), "100000");
	CHECK_STR(phrase("a million"), "1000000");
	CHECK_STR(phrase("a thousand"), "1000");
	CHECK_STR(phrase("three dozen"), "36");
	CHECK_STR(phrase("a half"), "0.5");
	CHECK_STR(phrase("a fifth"), "0.2");
	CHECK_STR(phrase("a twenty-first"), "0.0476190476190476");
	CHECK_STR(phrase("half a million"), "500000");
	CHECK_STR(phrase("a half million"), "500000");
	CHECK_STR(phrase("a quarter million"), "250000");
	CHECK_STR(phrase("3 million and a half"), "3500000");
	CHECK_STR(phrase("3 million and a half thousand"), "3000500");
	CHECK_STR(phrase("two thousand and a half"), "2500");
	/* "point" reads digits, or two-digit words, after it */
	CHECK_STR(phrase("two point eleven"), "2.11");
	CHECK_STR(phrase("nought point nought three"), "0.03");
	CHECK_STR(phrase("point five"), "ERR");
	CHECK_STR(phrase("one hundred and one"), "101");
	CHECK_STR(phrase("five hundred twenty"), "520");
	CHECK_STR(phrase("twenty first"), "21");
	CHECK_STR(phrase("3 hundred and 2 hundred"), "ERR");
	CHECK_STR(phrase("nine twenty"), "ERR");
}

static void
test_phrases(void)
{
	CHECK_STR(phrase("more than seven hundred"), ">700");
	/* trailing sentence punctuation is dropped; other symbols, bad bytes included, are errors */
	CHECK_STR(phrase("about 5."), "~5");
	CHECK_STR(phrase("about 5\xe2\x80\xa6"), "~5");
	CHECK_STR(phrase("about 5\xff"), "ERR");
	CHECK_STR(phrase("about 5 |"), "ERR");
	CHECK_STR(phrase("About 600"), "~600");
	CHECK_STR(phrase("almost 100 children"), "~100");
	CHECK_STR(phrase("At least 29,514"), ">=29514");
	CHECK_STR(phrase("two million"), "2000000");
	CHECK_STR(phrase("seven hundred and five"), "705");
	CHECK_STR(phrase("several hundred"), "[200,1000)");
	CHECK_STR(phrase("hundreds"), "[200,1000)");
	CHECK_STR(phrase("tens of thousands"), "[20000,100000)");
	/* after a number a plural scale multiplies; with "several" it stays vague */
	CHECK_STR(phrase("five hundreds"), "500");
	CHECK_STR(phrase("1.5 millions"), "1500000");
	CHECK_STR(phrase("several hundreds"), "[200,1000)");
	CHECK_STR(phrase("a few hundreds"), "[200,1000)");
	CHECK_STR(phrase("dozens"), "[24,120)");
	CHECK_STR(phrase("a dozen"), "12");
	CHECK_STR(phrase("half a dozen"), "6");
	CHECK_STR(phrase("between 500 and 600"), "[500,600]");
	CHECK_STR(phrase("500-600"), "[500,600]");
	/* a score corpus.quantities() read beside a result's word parses alone too */
	CHECK_STR(phrase("5-0"), "[0,5]");
	CHECK_STR(phrase("between 2 and 3 million"), "[2000000,3000000]");
	CHECK_STR(phrase("up to 700"), "<=700");
	CHECK_STR(phrase("under 18"), "<18");
	CHECK_STR(phrase("no fewer than 20"), ">=20");
	CHECK_STR(phrase("500 or more"), ">=500");
	CHECK_STR(phrase("more than 10 and less than 20"), "(10,20)");
	CHECK_STR(phrase("$1.13bn"), "1130000000");
	CHECK_STR(phrase("1.25 billion"), "1250000000");
	CHECK_STR(phrase("2m"), "2000000");
	/* a spaced capital M after a plain amount, ending the phrase */
	CHECK_STR(phrase("1,674,200.5 M"), "1674200500000");
	CHECK_STR(phrase("$5 M"), "5000000");
	CHECK_STR(phrase("5 M"), "ERR");
	CHECK_STR(phrase("76%"), "76");
	CHECK_STR(phrase("three quarters"), "0.75");
	CHECK_STR(phrase("two and a half million"), "2500000");
	CHECK_STR(phrase("minus 5"), "-5");
	CHECK_STR(phrase("-5"), "-5");
	/* the minus sign U+2212 of typeset text; an en dash makes a range */
	CHECK_STR(phrase("\xe2\x88\x92" "5C"), "-5");
	CHECK_STR(phrase("from \xe2\x88\x92" "3 to \xe2\x88\x92" "8"), "[-8,-3]");
	CHECK_STR(phrase("2\xe2\x80\x93" "3"), "[2,3]");
	CHECK_STR(phrase("five point five"), "5.5");
	CHECK_STR(phrase("twenty-one"), "21");
	/* decimal commas: one or two digits after the comma, or dotted groups before it */
	CHECK_STR(phrase("1,3"), "1.3");
	CHECK_STR(phrase("0,25"), "0.25");
	CHECK_STR(phrase("1.111,11"), "1111.11");
	CHECK_STR(phrase("1.234.567,8"), "1234567.8");
	CHECK_STR(phrase("1,5 million"), "1500000");
	CHECK_STR(phrase("1,234"), "1234");
	CHECK_STR(phrase("1,2345"), "ERR");
	CHECK_STR(phrase("12.5,3"), "ERR");
	/* mixed numbers: a proper fraction after "and", numerator of one or two words */
	CHECK_STR(phrase("four and thirty-one hundredths"), "4.31");
	CHECK_STR(phrase("six and eleven twentieths"), "6.55");
	CHECK_STR(phrase("nine and two fifths"), "9.4");
	/* an improper fraction: the whole number is the numerator */
	CHECK_STR(phrase("two hundred and forty sixths"), "40");
	CHECK_STR(phrase("two hundred and three fifths"), "200.6");
	/* compound denominators after a digit numerator, plural ones without a hyphen */
	CHECK_STR(phrase("two forty fifths"), "0.0444444444444444");
	CHECK_STR(phrase("five thirty-firsts"), "0.161290322580645");
	CHECK_STR(phrase("one sixty-third"), "0.0158730158730159");
	CHECK_STR(phrase("two firsts"), "ERR");
	/* ... and after "hundred" or a scale, unless an "and" makes a mixed number */
	CHECK_STR(phrase("one hundred thirty fifths"), "2.85714285714286");
	CHECK_STR(phrase("minus one hundred thirty fifths"), "-2.85714285714286");
	CHECK_STR(phrase("one thousand twenty fifths"), "40");
	CHECK_STR(phrase("one hundred twenty-fifths"), "4");
	CHECK_STR(phrase("one hundred and thirty fifths"), "26");
	/* plural scale denominators are fractions, singular ones ordinals */
	CHECK_STR(phrase("three millionths"), "0.000003");
	CHECK_STR(phrase("twenty thousand billionths"), "0.00002");
	CHECK_STR(phrase("three million billionths"), "0.003");
	CHECK_STR(phrase("three billion millionths"), "ERR");
	/* odds: "N in M" with no unit after, like "one over three" */
	CHECK_STR(phrase("1 in 8"), "0.125");
	CHECK_STR(phrase("one in a million"), "0.000001");
	CHECK_STR(phrase("one in 1,000"), "0.001");
	/* proportions "X out of Y" */
	CHECK_STR(phrase("two out of five"), "0.4");
	CHECK_STR(phrase("two out of five hundreds"), "0.004");
	CHECK_STR(phrase("six out of every 10"), "0.6");
	CHECK_STR(phrase("nearly three out of four"), "~0.75");
	CHECK_STR(phrase("more than one in five"), ">0.2");
	CHECK_STR(phrase("six out of five"), "ERR");
	/* a larger scale after a smaller one multiplies */
	CHECK_STR(phrase("four lakh crore"), "4000000000000");
	CHECK_STR(phrase("2 lakh crore"), "2000000000000");
	CHECK_STR(phrase("seven thousand five hundred crore"), "75000000000");
	CHECK_STR(phrase("a thousand million"), "1000000000");
	CHECK_STR(phrase("three million million"), "ERR");
	CHECK_STR(phrase("two thousand thousand"), "ERR");
	CHECK_STR(phrase("a seven-day"), "ERR");	/* "a" is not a number */
	CHECK_STR(phrase("seven-day"), "7");
	CHECK_STR(phrase("more than"), "ERR");
	CHECK_STR(phrase("banana"), "ERR");
	CHECK_STR(phrase(""), "ERR");
	CHECK_STR(phrase("5 and then some words"), "ERR");
}

static void
test_extract(void)
{
	row			r[16];
	int			n;

	n = extract("More than 700 Palestinians and 34 Israelis have died in 19 days of fighting.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].kind, "count");
	CHECK_STR(r[0].mention, "More than 700");
	CHECK_STR(r[0].value, ">700");
	CHECK_STR(r[0].unit, "Palestinians");
	CHECK_STR(r[1].unit, "Israelis");
	CHECK_STR(r[2].kind, "duration");
	CHECK_STR(r[2].unit, "day");

	n = extract("A 12-hour ceasefire and a seven-day truce ended an eight-year blockade.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].mention, "12-hour");
	CHECK_STR(r[1].value, "7");
	CHECK_STR(r[2].unit, "year");

	n = extract("Aid of $1.13bn reached 76% of the two million people.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].kind, "money");
	CHECK_STR(r[0].unit, "USD");
	CHECK_STR(r[0].value, "1130000000");
	CHECK_STR(r[1].kind, "percent");
	CHECK_STR(r[2].kind, "count");
	CHECK_STR(r[2].unit, "people");

	/* money in its many spellings */
	n = extract("An estimated £ 50 million, 125 million Australian dollars, rmb 10, 115USD and 2m shekels.", r, 16);
	CHECK_INT(n, 5);
	CHECK_STR(r[0].value, "~50000000");
	CHECK_STR(r[0].unit, "GBP");
	CHECK_STR(r[1].unit, "AUD");
	CHECK_STR(r[2].unit, "CNY");
	CHECK_STR(r[3].unit, "USD");
	CHECK_STR(r[4].unit, "ILS");
	CHECK_STR(r[4].value, "2000000");

	/* mixed numbers; idioms and dates written with a slash are not fractions */
	n = extract("It took 2 1/2 years; 24/7 service after 9/11; 3/4 of them.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "2.5");
	CHECK_STR(r[0].kind, "duration");
	CHECK_STR(r[1].value, "0.75");
	/* a scale after a mixed number or a fraction sign multiplies it */
	n = extract("It raised 1-1/2 billion dlrs from 2 1/2 million people and \xc2\xbd" " million more.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, "1500000000");
	CHECK_STR(r[0].unit, "USD");
	CHECK_STR(r[1].value, "2500000");
	CHECK_STR(r[2].value, "500000");
	/* "stg", agency copy's sterling */
	n = extract("Profits rose to 223.6 mln stg, or 111.75 stg per tonne.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].kind, "money");
	CHECK_STR(r[0].unit, "GBP");
	CHECK_STR(r[1].mention, "111.75 stg");
	/* the ratio of a split is no amount; a range with "to" still is */
	n = extract("It declared a two-for-one stock split, a 3-for-2 split and a six-to-eight-year plan.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "[6,8]");
	/* a word in -s that is no plural is no counted noun; a plural after it is */
	n = extract("A 6.84 billion mark surplus; 130,000 head versus 131,000; 25 overseas delegations.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].kind, "number");
	CHECK_STR(r[1].kind, "number");
	CHECK_STR(r[3].unit, "delegations");
	/* agency copy's months, cents, Ecus, crowns and bushels */
	n = extract("Nine mths net rose 5.5 ct to 330 Ecus, 20 mln Swedish crowns, 580 mln crowns and 100 mln bushels.", r, 16);
	CHECK_INT(n, 6);
	CHECK_STR(r[0].kind, "duration");
	CHECK_STR(r[0].unit, "month");
	CHECK_STR(r[1].unit, "cent");
	CHECK_STR(r[2].unit, "XEU");
	CHECK_STR(r[3].unit, "SEK");
	CHECK_STR(r[4].unit, "crown");
	CHECK_STR(r[5].unit, "bushel");
	n = extract("Spending of 14.5 trillion rupiah and 20 billion pesetas.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].unit, "IDR");
	CHECK_STR(r[1].unit, "ESP");

	/* odds "1 in 20" when no unit follows; not before a year or a unit */
	n = extract("The odds were 1 in 20. He scored 2 in 2014 and 3 in 10 days.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].mention, "1 in 20");
	CHECK_STR(r[0].value, "0.05");
	CHECK_STR(r[1].mention, "2");
	CHECK_STR(r[2].mention, "3");
	CHECK_STR(r[3].kind, "duration");

	n = extract("The 100,000 B warrants, 5 M, 20 m and 1.5 M.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].value, "100000");
	CHECK_STR(r[1].value, "5");
	CHECK_STR(r[2].value, "20");
	CHECK_STR(r[3].mention, "1.5 M.");
	CHECK_STR(r[3].value, "1500000");

	/* right after an amount "over" a period means during it */
	n = extract("They pledged $120m over eight years. She taught for over 48 years. It gave £960m ($1.8bn) over 15 years.", r, 16);
	CHECK_INT(n, 6);
	CHECK_STR(r[1].mention, "eight years");
	CHECK_STR(r[1].value, "8");
	CHECK_STR(r[2].mention, "over 48 years");
	CHECK_STR(r[2].value, ">48");
	CHECK_STR(r[5].kind, "duration");
	CHECK_STR(r[5].value, "15");

	/* lists are no decimal commas: a chain, a space, numbered things */
	n = extract("The number is 1,3; the list 1,2,3; 1, 3; pages 1,3; 1.111,11, 1,111.11.", r, 16);
	CHECK_INT(n, 10);
	CHECK_STR(r[0].value, "1.3");
	CHECK_STR(r[1].mention, "1");
	CHECK_STR(r[3].mention, "3");
	CHECK_STR(r[4].mention, "1");
	CHECK_STR(r[7].mention, "3");
	CHECK_STR(r[8].mention, "1.111,11");
	CHECK_STR(r[8].value, "1111.11");
	CHECK_STR(r[9].value, "1111.11");

	/* a proportion stays a number before the noun it is a proportion of */
	n = extract("Four out of five doctors agree; three out of the four hostages; one over-60 woman.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].mention, "Four out of five");
	CHECK_STR(r[0].kind, "number");
	CHECK_STR(r[0].value, "0.8");
	CHECK_STR(r[0].unit, "");
	CHECK_STR(r[1].value, "0.75");
	CHECK_STR(r[2].mention, "one");

	/* "a second" is a moment unless a noun follows */
	n = extract("It took a fraction of a second. Wait a second, he said. A second attack came.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].mention, "second");
	CHECK_STR(r[0].kind, "ordinal");

	n = extract("Two millions Syrians fled. In 2014 thousands fled.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "2000000");
	CHECK_STR(r[0].unit, "Syrians");
	CHECK_STR(r[1].mention, "thousands");
	CHECK_STR(r[1].value, "[2000,10000)");

	/* compound ordinals need no hyphen, except "second" (twenty seconds) */
	n = extract("The twenty fifth anniversary fell on the one hundred thirty fifth day of the twenty first century.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].kind, "ordinal");
	CHECK_STR(r[0].value, "25");
	CHECK_STR(r[1].value, "135");
	CHECK_STR(r[2].mention, "twenty first");
	CHECK_STR(r[2].value, "21");
	n = extract("After a twenty second delay", r, 16);
	CHECK(n >= 1);
	CHECK_STR(r[0].mention, "twenty");
	CHECK_STR(r[0].value, "20");

	/* placings are ordinals, the adverb "first" is not */
	n = extract("Kano came third. They want a ceasefire first. It was first announced at first.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].kind, "ordinal");
	CHECK_STR(r[0].value, "3");

	/* dates, times, names, codes and phone numbers are not quantities */
	n = extract("On July 26, 2014 at 8:03PM Fox 5 said F-16 jets struck; call +44 20 7946 0958.", r, 16);
	CHECK_INT(n, 0);
	n = extract("In 2014, the 1967 borders; 21 July; the 3rd of May; 8 p.m.", r, 16);
	CHECK_INT(n, 0);
	n = extract("The one you mentioned is good.", r, 16);
	CHECK_INT(n, 0);
	n = extract("Which one do you want?", r, 16);
	CHECK_INT(n, 0);
	/* so is "one" after an article and an adjective, unless a noun or a unit follows */
	n = extract("Thanksgiving is a family holiday as much as a national one. The Russian one is bigger.", r, 16);
	CHECK_INT(n, 0);
	n = extract("It is a quiet one, not the tiny, shiny, expensive one; a full one point cut, a move one of them backs.",
				r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].unit, "");
	CHECK_STR(r[1].unit, "");
	n = extract("A crucial one for voters: an additional one percent, a historic one goal, the key one and two months.",
				r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].unit, "percent");
	CHECK_STR(r[1].unit, "goal");
	CHECK_STR(r[2].unit, "month");
	/* a degree adverb before the adjective keeps it a pronoun (stop 44); a noun after it still counts */
	n = extract("It was a very significant one, and the most recent one failed; a very big one year deal.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].unit, "year");
	/* "one" with a unit after a determiner is an amount, no pronoun */
	n = extract("That one mile, a one pct rise and a one-year term.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].unit, "mile");
	CHECK_STR(r[1].unit, "percent");
	CHECK_STR(r[2].mention, "one-year");
	/* an ordinal before the pronoun numbers it; "one" before a scale or unit counts */
	n = extract("The second one is better than his 3rd one; the first one hundred days.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].mention, "second");
	CHECK_STR(r[1].mention, "3rd");
	CHECK_STR(r[3].mention, "one hundred days");
	/* "one" before a modal and a verb of thinking is the generic pronoun (stop 45); a partitive one counts */
	n = extract("One might expect more, as one could well argue; one might be forgiven. Of the two, one could pass.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].mention, "two");
	CHECK_STR(r[1].mention, "one");
	/* "one" after a copula, before a relative pronoun, is the predicate pronoun (stop 46); "there is one" counts */
	n = extract("It\xe2\x80\x99s not one that ties up every thread. It's one which matters; it was probably one that got away.", r, 16);
	CHECK_INT(n, 0);
	n = extract("There is one that stands out; there's one who knows.", r, 16);
	CHECK_INT(n, 2);
	/* after a relative "which" with its noun, "one" counts */
	n = extract("The fire, in which one worker was killed, spread.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "1");

	/* bad input does not break anything */
	CHECK_INT(extract("", r, 16), 0);
	CHECK_INT(extract("   \n\n  ", r, 16), 0);
	CHECK_INT(extract("\xff\xfe 12 \xc3", r, 16), 1);
	{
		size_t		len = 200000;
		char	   *big = malloc(len + 1);

		for (size_t i = 0; i < len; i++)
			big[i] = "more than "[i % 10];
		big[len] = '\0';
		CHECK(extract(big, r, 16) == 0);
		for (size_t i = 0; i < len; i++)
			big[i] = "9,"[i % 2];
		CHECK(extract(big, r, 16) >= 0);
		memset(big, '9', len);
		CHECK(extract(big, r, 16) >= 0);
		free(big);
	}
}

static void
test_numerals_in_text(void)
{
	row			r[16];
	int			n;

	n = extract("They paid \xe2\x82\xac" "5 and \xc2\xa5" "300 and \xe2\x82\xaa" "40 for 2\xc2\xbd kilos.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].unit, "EUR");
	CHECK_STR(r[1].unit, "JPY");
	CHECK_STR(r[2].unit, "ILS");
	CHECK_STR(r[2].value, "40");
	CHECK_STR(r[3].kind, "dimension");
	CHECK_STR(r[3].value, "2.5");
	CHECK_STR(r[3].unit, "kg");

	n = extract("Population: 1 000 000 and 1 500 000 people.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].mention, "1 000 000");
	CHECK_STR(r[0].value, "1000000");
	CHECK_STR(r[1].value, "1500000");
	CHECK_STR(r[1].unit, "people");

	n = extract("The rate rose .25 points; about a quarter million people fled.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].mention, ".25");
	CHECK_STR(r[0].value, "0.25");
	CHECK_STR(r[1].mention, "about a quarter million");
	CHECK_STR(r[1].value, "~250000");

	n = extract("A third of them returned; a fifth day passed.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].mention, "A third");
	CHECK_STR(r[1].kind, "ordinal");
	CHECK_STR(r[1].value, "5");
}

/* Qualifier signs and words, units glued or after, ages, ranges with "from" and "between". */
/* Conversions in brackets, signed changes, glued units and codes, compound adjectives. */
static void
test_conversions_and_glued(void)
{
	row			r[16];
	int			n;

	/* the conversion keeps the qualifier, also after "/"; a plain bracket does not */
	n = extract("It flies more than 100 km (60 miles) and makes just under 296 hp (224 kW / 300 hp); "
				"about 8 cars (5 vans).", r, 16);
	CHECK_INT(n, 7);
	CHECK_STR(r[1].value, ">60");
	CHECK_STR(r[2].value, "<296");
	CHECK_STR(r[3].value, "<224");
	CHECK_STR(r[4].value, "<300");
	CHECK_STR(r[5].value, "~8");
	CHECK_STR(r[6].value, "5");		/* a count is no conversion */
	/* metric horsepower (PS) is a unit, so a conversion into it keeps the bound */
	n = extract("The engine gives almost 150 hp (110 kW / 152 PS).", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[2].value, "~152");
	CHECK_STR(r[2].unit, "PS");

	/* "+" before a change is a sign; before a whole number, a telephone code */
	n = extract("The Dow rose +0.2%; inflation +1.5 points. Call +44 20 7946 0958.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "0.2");
	CHECK_STR(r[0].kind, "percent");
	CHECK_STR(r[1].value, "1.5");

	n = extract("A 30Mbps line, RM79, EUR5m, a 24pc cut, a 1.0l engine, 732L, MH17 and F16.", r, 16);
	CHECK_INT(n, 5);
	CHECK_STR(r[0].unit, "Mbps");
	CHECK_STR(r[1].unit, "MYR");
	CHECK_STR(r[2].value, "5000000");
	CHECK_STR(r[2].unit, "EUR");
	CHECK_STR(r[3].kind, "percent");
	CHECK_STR(r[4].unit, "l");

	/* scientific notation spaced or with a negative exponent; web addresses are no percents */
	n = extract("It is 6.02 x 10^23, 4 \xc3\x97 10^-3 and 3.2E-4; see example.com/a%20b%2Fc.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, "6.02e+23");
	CHECK_STR(r[1].value, "0.004");
	CHECK_STR(r[2].value, "0.00032");

	/* "four-door", "one-off": adjectives; "three-year", "five-year-old" stay */
	n = extract("A four-door car, a one-off fee, a three-year deal, a five-year-old boy.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].unit, "year");
	CHECK_STR(r[1].unit, "year of age");
}

static void
test_qualified_units(void)
{
	row			r[16];
	int			n;

	n = extract("Temperatures >30 and <5; ~600 people; \xe2\x89\xa5" "18 and \xe2\x89\xa4" "10 years.", r, 16);
	CHECK_INT(n, 5);
	CHECK_STR(r[0].value, ">30");
	CHECK_STR(r[1].value, "<5");
	CHECK_STR(r[2].value, "~600");
	CHECK_STR(r[2].unit, "people");
	CHECK_STR(r[3].mention, "\xe2\x89\xa5" "18");	/* ≥ */
	CHECK_STR(r[3].value, ">=18");
	CHECK_STR(r[4].value, "<=10");
	CHECK_STR(r[4].kind, "duration");

	/* an adjective between number and noun */
	n = extract("He saw 12 young men and 3 former soldiers.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].unit, "men");
	CHECK_STR(r[1].unit, "soldiers");
	n = extract("One former soldier and 40 elderly residents died.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].unit, "soldier");
	CHECK_STR(r[1].unit, "residents");
	/* vague amounts count the noun after "of" */
	n = extract("Hundreds of people fled and dozens of homes burned.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].unit, "people");
	CHECK_STR(r[1].value, "[24,120)");
	CHECK_STR(r[1].unit, "homes");

	n = extract("A 12-year-old boy; it cost US$5 and 10 $; 500+ people waited five-plus hours.", r, 16);
	CHECK_INT(n, 5);
	CHECK_STR(r[0].kind, "age");
	CHECK_STR(r[0].unit, "year of age");
	CHECK_STR(r[1].mention, "US$5");
	CHECK_STR(r[1].unit, "USD");
	CHECK_STR(r[2].mention, "10 $");
	CHECK_STR(r[2].unit, "USD");
	CHECK_STR(r[3].value, ">=500");
	CHECK_STR(r[4].mention, "five-plus hours");
	CHECK_STR(r[4].value, ">=5");

	n = extract("He ran 5km at 20mph for 3% of the time.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].unit, "km");
	CHECK_STR(r[1].unit, "mph");
	CHECK_STR(r[2].kind, "percent");

	n = extract("From 5 and 10 people; between the 5 and 10 people; about five hundred or more people.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].mention, "From 5 and 10");
	CHECK_STR(r[0].value, "[5,10]");
	CHECK_STR(r[1].value, "[5,10]");
	CHECK_STR(r[2].mention, "five hundred or more");
	CHECK_STR(r[2].value, ">=500");

	/* codes, scores and dates are no quantities */
	CHECK_INT(extract("The F-16, #3, 0958, COVID-19, a 3-1 score and 1995-01.", r, 16), 0);

	n = extract("He lost 300 million Mexican pesos, 20 Indian rupees and 5 Swiss francs.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].unit, "MXN");
	CHECK_STR(r[0].value, "300000000");
	CHECK_STR(r[1].unit, "INR");
	CHECK_STR(r[2].unit, "CHF");
}

/* Qualifiers after the unit or the noun, two bounds around a unit, "=", "but". */
static void
test_postfix_and_bounds(void)
{
	row			r[16];
	int			n;

	n = extract("Loans of 4% or less, crews of 30 sailors or more, terms of 12 years or longer, "
				"boys aged 16 or older, 70 percent or higher, nine nights or so.", r, 16);
	CHECK_INT(n, 6);
	CHECK_STR(r[0].mention, "4% or less");
	CHECK_STR(r[0].value, "<=4");
	CHECK_STR(r[1].mention, "30 sailors or more");
	CHECK_STR(r[1].value, ">=30");
	CHECK_STR(r[1].unit, "sailors");
	CHECK_STR(r[2].value, ">=12");
	CHECK_STR(r[2].kind, "duration");
	CHECK_STR(r[3].value, ">=16");
	CHECK_STR(r[4].value, ">=70");
	CHECK_STR(r[4].kind, "percent");
	CHECK_STR(r[5].value, "~9");
	CHECK_STR(r[5].unit, "night");
	/* "or so-called" is no qualifier */
	n = extract("They built 7 or so-called towers.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "7");

	n = extract("Rates stayed above 2.5% and below 3.75%, speeds over 80 km/h but under 120 km, "
				"fewer than 90 but more than 60 votes.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].mention, "above 2.5% and below 3.75%");
	CHECK_STR(r[0].value, "(2.5,3.75)");
	CHECK_STR(r[1].value, ">80");	/* "/h" stands between: two readings */
	CHECK_STR(r[2].value, "<120");
	CHECK_STR(r[3].value, "(60,90)");
	CHECK_STR(r[3].unit, "votes");

	/* two signs that make no comparison */
	CHECK_INT(extract("It reads <>40, =>12 and =<3.", r, 16), 0);
	n = extract("The total = 250 and costs = \xc2\xa3" "3m, but x=4.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].mention, "= 250");
	CHECK_STR(r[1].unit, "GBP");
	CHECK_STR(r[2].mention, "4");
	CHECK_STR(phrase("more than 8 and fewer than 11 ships"), "(8,11)");
	/* "not", "no", "at or", "equal (to) or" compose with a comparison */
	CHECK_STR(phrase("not bigger than 45"), "<=45");
	CHECK_STR(phrase("no lower than 3.5%"), ">=3.5");
	CHECK_STR(phrase("not under 12 years"), ">=12");
	CHECK_STR(phrase("at or below 70"), "<=70");
	CHECK_STR(phrase("equal or higher than 8"), ">=8");
	CHECK_STR(phrase("equal to or under 9"), "<=9");
	CHECK_STR(phrase("no about 9"), "ERR");
	CHECK_STR(phrase("as low as $5"), ">=5");
	CHECK_STR(phrase("as high as 45C"), "<=45");
	CHECK_STR(phrase("just shy of 1,000 people"), "<1000");
	CHECK_STR(phrase("well below 10 percent"), "<10");
	CHECK_STR(phrase("upward of 200 people"), ">200");
	CHECK_STR(phrase("exceeded 5,000"), ">5000");
	CHECK_STR(phrase("at or 9"), "ERR");
	CHECK_STR(phrase("16 weeks or more"), ">=16");
	CHECK_STR(phrase("30-odd people"), "~30");
	CHECK_STR(phrase("about 2,000-odd troops"), "~2000");
	CHECK_STR(phrase("from minus 8 to plus 4 degrees"), "[-8,4]");
	/* a bound on a range bounds its nearer end */
	CHECK_STR(phrase("up to 6-7 million people"), "<=7000000");
	CHECK_STR(phrase("more than 40 to 50 percent"), ">40");
	CHECK_STR(phrase("under 3-1"), "ERR");
	n = extract("A sub-5 nanometre chip, sub-\xc2\xa3" "50 fares and F-35 jets.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "<5");
	CHECK_STR(r[0].unit, "nm");
	CHECK_STR(r[1].value, "<50");
	CHECK_STR(r[1].unit, "GBP");
	/* an amount with its own sign is no range start; over a period is during it */
	n = extract("Oil lost more than $3 to $51.20; debts are repaid over 10 to 12 years.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, ">3");
	CHECK_STR(r[1].value, "51.2");
	CHECK_STR(r[2].value, "[10,12]");
	CHECK_STR(r[2].kind, "duration");
	CHECK_STR(phrase("3 kg or less"), "<=3");
}

/* Amounts glued to codes and signs, glued units, mixed numbers, exponents, years before counts. */
static void
test_glued_and_mixed(void)
{
	row			r[16];
	int			n;

	n = extract("It cost EUR4,750 and then USD12,300.25m; CHF9,000,000 later.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].mention, "EUR4,750");
	CHECK_STR(r[0].value, "4750");
	CHECK_STR(r[1].value, "12300250000");
	CHECK_STR(r[2].value, "9000000");
	CHECK_STR(r[2].unit, "CHF");

	n = extract("Fees of Rs3,400 crore, Rs 75 and HK$8.20, C$1.9bn, NZ$40 and A$7.", r, 16);
	CHECK_INT(n, 6);
	CHECK_STR(r[0].unit, "INR");
	CHECK_STR(r[0].value, "34000000000");
	CHECK_STR(r[1].mention, "Rs 75");
	CHECK_STR(r[2].unit, "HKD");
	CHECK_STR(r[2].value, "8.2");
	CHECK_STR(r[3].unit, "CAD");
	CHECK_STR(r[4].unit, "NZD");
	CHECK_STR(r[5].unit, "AUD");

	n = extract("It lost -\xc2\xa3" "2,500 and \xe2\x82\xb9" "4,000 (- $5 is a dash).", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, "-2500");
	CHECK_STR(r[1].unit, "INR");
	CHECK_STR(r[2].value, "5");

	n = extract("A 40W lamp at 38\xc2\xb0" "C, 2.4GHz, 500mg tablets, 98 \xc2\xb0" "F and a 15\xc2\xb0 slope; route 9 W.",
				r, 16);
	CHECK_INT(n, 7);
	CHECK_STR(r[0].unit, "W");
	CHECK_STR(r[1].unit, "C");
	CHECK_STR(r[2].unit, "GHz");
	CHECK_STR(r[3].unit, "mg");
	CHECK_STR(r[4].mention, "98 \xc2\xb0" "F");
	CHECK_STR(r[4].unit, "F");
	CHECK_STR(r[5].unit, "degree");
	CHECK_STR(r[6].kind, "number");

	CHECK_STR(phrase("one and one-half percent"), "1.5");
	CHECK_STR(phrase("a quarter of a million people"), "250000");
	CHECK_STR(phrase("two thirds of a billion"), "666666666.666667");
	CHECK_STR(phrase("nine point two million"), "9200000");
	CHECK_STR(phrase("4 and 1/4 miles"), "4.25");
	CHECK_STR(phrase("seven and 2/3"), "7.66666666666667");
	CHECK_STR(phrase("six and \xc2\xbd"), "6.5");
	CHECK_STR(phrase("between 1/4 and 1/2"), "[0.25,0.5]");
	CHECK_STR(phrase("3\xc3\x97" "10\xe2\x88\x92" "2"), "0.03");	/* 3×10−2 */
	CHECK_STR(phrase("7.5 x 10\xe2\x88\x92" "6"), "0.0000075");
	CHECK_STR(phrase("7.5 x 10-6"), "ERR");
	CHECK_STR(phrase("4 to the power of 3"), "64");
	CHECK_STR(phrase("10 to the power of -2"), "0.01");

	/* a currency name is no code before an amount: "won 3" is a victory */
	n = extract("They won 3 games, NIS 40 and yen 90; about 12 000-15 000 fans.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].kind, "count");
	CHECK_STR(r[1].unit, "ILS");
	CHECK_STR(r[2].kind, "number");
	CHECK_STR(r[3].value, "~[12000,15000]");
	n = extract("It sold 10 737-800 jets to a 30 000-strong fleet.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "10");
	CHECK_STR(r[1].value, "30000");

	/* a model or a name before a capitalized singular; a count or a code in capitals stays */
	n = extract("Boeing's 787 Dreamliner, rapper 50 Cent, 12 Boeing Co <BA> planes, 300 PS, 40 Nm and 8 Tory MPs; "
				"trading ends at 1515 CST.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].value, "12");		/* "planes" follows within six atoms */
	CHECK_STR(r[1].value, "300");
	CHECK_STR(r[2].value, "40");
	CHECK_STR(r[3].unit, "MPs");
	/* a place in a ranking is no amount; with its noun it counts */
	n = extract("They slipped to the bottom three and missed the top 10, behind the top four clubs.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "4");
	CHECK_STR(r[0].unit, "clubs");
	/* a function word in -s is no plural noun to count: "was" */
	n = extract("The debut of Airbus's own 350 Widebody was marred by faulty wiring.", r, 16);
	CHECK_INT(n, 0);

	/* pence glued ("273p"), not video lines; a change with its own unit and the level it reached */
	n = extract("Shell fell 5p to 1,228, a 1080p screen, bids of 302p-310p and $2 to 3 million.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].mention, "5p");
	CHECK_STR(r[0].unit, "GBX");
	CHECK_STR(r[1].value, "1228");
	CHECK_STR(r[2].value, "[302,310]");
	CHECK_STR(r[3].value, "[2000000,3000000]");

	/* a range of counts that ends past the years is no year */
	n = extract("From 1900 to 2500 people came, from 1990 to 1995.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "[1900,2500]");

	/* a count after a year that opens the clause; phone numbers stay out */
	n = extract("In 2016 320 nurses quit. Dial 020 7946 0958.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "320");
	/* percent-encoded bytes after a number */
	CHECK_INT(extract("See http://example.org/50%2Fmore and /wiki/30%25x.", r, 16), 0);
}

/* Compositions: ordinals made of cardinals, a fraction of one unit, bounds after, points after a sign. */
static void
test_compositions(void)
{
	row			r[16];
	int			n;

	/* a cardinal whose last word is ordinal */
	n = extract("The town held its one hundredth fair on the two hundred and first day.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].kind, "ordinal");
	CHECK_STR(r[0].mention, "one hundredth");
	CHECK_STR(r[0].value, "100");
	CHECK_STR(r[1].mention, "two hundred and first");
	CHECK_STR(r[1].value, "201");
	n = extract("The museum greeted the three millionth guest and the 1,000th member.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "3000000");
	CHECK_STR(r[1].mention, "1,000th");
	CHECK_STR(r[1].value, "1000");
	CHECK_STR(phrase("one hundred fifth"), "105");
	CHECK_STR(phrase("four thousand and twelfth"), "4012");
	/* still fractions: "of" after, a plural, no determiner, or a count after "thousand" */
	CHECK_STR(phrase("one hundredth"), "0.01");
	n = extract("It moved one hundredth of a point.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "0.01");
	CHECK_STR(phrase("seven thousandths"), "0.007");
	n = extract("A thousand first responders came.", r, 16);
	CHECK_STR(r[0].mention, "A thousand");
	CHECK_STR(r[0].value, "1000");
	CHECK_STR(phrase("one hundred and a fifth"), "100.2");

	/* a fraction in words of one unit */
	n = extract("The drive took half an hour and the walk three quarters of a mile.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].kind, "duration");
	CHECK_STR(r[0].mention, "half an hour");
	CHECK_STR(r[0].value, "0.5");
	CHECK_STR(r[0].unit, "hour");
	CHECK_STR(r[1].kind, "dimension");
	CHECK_STR(r[1].value, "0.75");
	CHECK_STR(r[1].unit, "mile");
	n = extract("Half of the voters stayed home.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].kind, "count");

	/* a bound after the number, its unit or its noun */
	n = extract("Repairs need six weeks at most and 40 workers at the very least.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].mention, "six weeks at most");
	CHECK_STR(r[0].value, "<=6");
	CHECK_STR(r[1].value, ">=40");
	CHECK_STR(phrase("12 at least"), ">=12");
	/* not "at most places", "at least once", nor a bound on the next number */
	n = extract("Tickets cost $9 at most venues; he pays 4 pounds at least twice.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "9");
	CHECK_STR(r[1].value, "4");
	n = extract("Storms killed 12, at least 5 of them children.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "12");
	CHECK_STR(r[1].value, ">=5");

	/* every comparative after "or"/"and" bounds, its number included; "or equal" includes it before */
	CHECK_STR(phrase("60 or bigger"), ">=60");
	CHECK_STR(phrase("8 and fewer"), "<=8");
	CHECK_STR(phrase("15 or smaller than"), "<=15");
	CHECK_STR(phrase("larger or equals to 7"), ">=7");
	CHECK_STR(phrase("lower than or equal 2"), "<=2");
	n = extract("Bonds paid 3% and higher rates followed.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "3");

	/* two bounds each after its number; not when they leave nothing between */
	CHECK_STR(phrase("12 or more and 24 or fewer"), "[12,24]");
	CHECK_STR(phrase("at least 2 and 9 or less"), "[2,9]");
	n = extract("Groups of 5 or fewer and 10 or more met.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "<=5");
	CHECK_STR(r[1].value, ">=10");

	/* the low end of a range takes the scale words of the high end, when it stays below */
	CHECK_STR(phrase("six to seven hundred"), "[600,700]");
	CHECK_STR(phrase("two to three hundred thousand"), "[200000,300000]");
	CHECK_STR(phrase("from 400 to 3 million"), "[400,3000000]");

	/* after "from" a falling pair is a range as a rising one is; without it, not */
	CHECK_STR(phrase("from 9.5 to 8.25 percent"), "[8.25,9.5]");
	n = extract("The index slid from 1,210 to 1,180 points, and the home side won 5 to 3.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, "[1180,1210]");
	CHECK_STR(r[1].value, "5");
	CHECK_STR(r[2].value, "3");
	/* not two figures after "from ... and", nor hyphenated odds */
	n = extract("Profit fell from 235.3 mln and 33.8 pct; the rate went to 85-to-one from 10-to-one.", r, 16);
	CHECK_INT(n, 6);
	CHECK_STR(r[0].value, "235300000");
	CHECK_STR(r[1].value, "33.8");
	/* the period the tokenizer keeps with an abbreviation ("pct.", "mln.") */
	n = extract("Output rose 5 pct. Sales hit 1.3 mln. Costs fell 4 pct.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].kind, "percent");
	CHECK_STR(r[0].mention, "5 pct");
	CHECK_STR(r[1].value, "1300000");
	CHECK_STR(r[2].kind, "percent");
	/* a numbered name before a plural inside a clause names it; after a verb a count follows */
	n = extract("Shares of S&P 500 companies and the Stoxx 600 banks fell; a court awarded Varig 14 jets.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "14");
	CHECK_STR(r[0].unit, "jets");
	/* "cts" and "dls" as Reuters writes cents and dollars */
	n = extract("Profit 23 cts vs loss 6.48 dls.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].unit, "cent");
	CHECK_STR(r[1].unit, "USD");
	/* not the name's "No.", nor a unit glued to a model number */
	n = extract("Plants No. 3 and No. 4 run; 250,000 PS/2s were shipped.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].kind, "number");

	/* "one half" is a fraction like "one third" */
	CHECK_STR(phrase("one half"), "0.5");
	CHECK_STR(phrase("one-half million"), "500000");
	CHECK_STR(phrase("one and one half"), "1.5");

	/* the words a composition needs: plural ordinals of the teens and tens, "trillions" */
	CHECK_STR(phrase("nine sixteenths"), "0.5625");
	CHECK_STR(phrase("eleven fortieths"), "0.275");
	CHECK_STR(phrase("four trillions"), "4000000000000");
	CHECK_STR(phrase("trillions"), "[2000000000000,10000000000000)");
	/* decimals in words: a tens word and its unit are two digits */
	CHECK_STR(phrase("six point forty-two"), "6.42");

	/* a point glued to a sign or a bracket opens a decimal */
	n = extract("Shares moved -.07, then $.85 (.4%).", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, "-0.07");
	CHECK_STR(r[1].kind, "money");
	CHECK_STR(r[1].value, "0.85");
	CHECK_STR(r[2].kind, "percent");
	CHECK_STR(r[2].value, "0.4");
}

/* Ranges whose ends each carry the unit, and numbers that name or score rather than count. */
static void
test_ends_and_names(void)
{
	row			r[16];
	int			n;

	/* the unit on both ends of a range "from" or "between" opens, in either order after "from" */
	n = extract("The range grew from 252 miles to 287 miles. It is between 3 km and 4 km.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].mention, "from 252 miles to 287 miles");
	CHECK_STR(r[0].value, "[252,287]");
	CHECK_STR(r[0].unit, "mile");
	CHECK_STR(r[1].value, "[3,4]");
	/* "between" names both ends in either order */
	n = extract("It reached between -16 and -23 degrees, between 30 and 20 people, between 5 to 3 pct.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, "[-23,-16]");
	CHECK_STR(r[0].kind, "temperature");
	CHECK_STR(r[1].value, "[20,30]");
	CHECK_STR(r[2].value, "[3,5]");
	n = extract("A curfew between 2200 and 0700 was set.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "2200");
	n = extract("Output fell from 10 tonnes to 8 tonnes, from 2 hours to 3 days.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, "[8,10]");
	CHECK_STR(r[1].value, "2");
	CHECK_STR(r[2].value, "3");
	/* a qualifier after "from" gives way to the range, and stays without one */
	n = extract("It rose from up to 20 miles to 30 miles, then from up to 5 miles.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "[20,30]");
	CHECK_STR(r[1].mention, "up to 5 miles");
	CHECK_STR(r[1].value, "<=5");

	/* halves of a game or a year */
	n = extract("Profits rose in the second half and in the first half; second-half goals. Half of them came.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].kind, "ordinal");
	CHECK_STR(r[1].kind, "ordinal");
	CHECK_STR(r[2].value, "0.5");
	/* places in a ranking and number words in names; a count in a title stays */
	n = extract("The world number one met BBC Radio Five Live and BBC One's host at the Six Nations.", r, 16);
	CHECK_INT(n, 0);
	n = extract("He sold its First Boston unit, cut Third World loans; his single One Night and Wales' Six Nations opener.", r, 16);
	CHECK_INT(n, 0);
	/* after a quotation closed by a comma the reporting clause goes on; an opening quote starts a sentence */
	n = extract("\"And now this,\" Ten Cate said. \"Nothing,\" said Tony Ten Hag. He said: \"Two Britons died.\"", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "2");
	/* the last day of a range of days after a month */
	n = extract("It ran from Nov. 3 to 6, on March 3-6 and June 3 through 9; on May 9 to 3 people.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "3");
	n = extract("PITTSBURGH, April 1 - 4th qtr net rose.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].kind, "ordinal");
	/* three numerals joined by hyphens are a phone number or a code, no range */
	n = extract("Call him at 304-399-6500 or at 1-800-222-8477; code 0-71757-05642-8. It cost 10-15 dlrs.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "[10,15]");
	n = extract("Israel Kills Three Palestinians. He said No 10 did not comment.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "3");
	CHECK_STR(r[0].unit, "Palestinians");
	/* a name with an inner capital, or a capitalized adjective after "the", before its number */
	n = extract("Apple sells the iPhone 14 Pro for 7,199 yuan; an iPad 2 costs less. Oklahoma won the Big 12.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "7199");
	n = extract("The big 12 teams and the Big 12 teams met; ipods 3 and The Big 12 followed.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, "12");
	CHECK_STR(r[1].value, "3");
	CHECK_STR(r[2].value, "12");
	/* a name's number after the count of the plural it names */
	n = extract("The airline ordered 20 Boeing 777 jets and six Jetstream 31 planes; Iberia 14 jets.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, "20");
	CHECK_STR(r[1].value, "6");
	CHECK_STR(r[2].value, "14");
	/* a name's number before a noun of its own, a count's noun further on */
	n = extract("It is in Chapter 11 bankruptcy proceedings; Fujitsu 14 additional plants stay. Currently 22 brokers bid.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "14");
	CHECK_STR(r[1].value, "22");
	CHECK_STR(r[1].unit, "brokers");
	/* a year numeral before its noun dates it; a round one counts ("2000 people") */
	n = extract("Merck's 2018 sales rose. NOTE: 1986 net includes a gain. It has 2000 people and over 1987 staff.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "2000");
	CHECK_STR(r[0].unit, "people");
	CHECK_STR(r[1].value, ">1987");
	/* so does a range of them, unless both ends are round: "between 1500 and 2000 people" */
	n = extract("It holds 1941-1960 rentes and 1988 through 1990 grain crops for 1500 to 2000 farmers.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "[1500,2000]");
	/* scores in a row are no ranges without a result's word; one pair with a unit is */
	n = extract("Hrbaty 7-6 (7-5) 6-1. Steers of 925-1025 lbs sold.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "[925,1025]");
}

/* A change from one level to another with words on the first level between its ends. */
static void
test_change_ends(void)
{
	row			r[16];
	int			n;

	n = extract("Bitcoin plummeted from $36,040 at 10.45pm last night to $34,935 at 5am.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].mention, "from $36,040 at 10.45pm last night to $34,935");
	CHECK_STR(r[0].value, "[34935,36040]");
	CHECK_STR(r[0].unit, "USD");
	/* the second end without its unit takes the first's */
	n = extract("Rates fell from 7.6 pct last year to five pct, and output from 12 tonnes a day to 9.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "[5,7.6]");
	CHECK_STR(r[1].mention, "from 12 tonnes a day to 9");
	CHECK_STR(r[1].value, "[9,12]");
	/* another clause, another sentence, another unit or a scale left out: two amounts */
	n = extract("Exports fell from 3.9 mln tonnes while imports rose to 5.7 mln tonnes.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "3900000");
	n = extract("It gained from 56.9 pct. Seat miles increased to 15.2 pct.", r, 16);
	CHECK_INT(n, 2);
	n = extract("It went from 2 hours in May to 3 days, and from 25.0 mln dlrs in May to 20.0.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[3].value, "20");
}

/* Hyphenated words of four or five parts, "and up", "from X up to Y", "approximately equal to". */
static void
test_hyphens_and_bounds(void)
{
	row			r[16];
	int			n;

	n = extract("The lease runs two-and-a-half years; a four-and-a-half-hour drive; one-and-a-half million homes.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, "2.5");
	CHECK_STR(r[0].unit, "year");
	CHECK_STR(r[1].mention, "four-and-a-half-hour");
	CHECK_STR(r[1].unit, "hour");
	CHECK_STR(r[2].value, "1500000");
	/* the tail of a word that is no number: none; a code of four parts with digits stays one */
	n = extract("She waited a day-and-a-half, played at left-half, called 0-800-555-0199.", r, 16);
	CHECK_INT(n, 0);
	n = extract("Tickets for ages 16 and up. Prices at 9-1/4 and up from eight.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, ">=16");
	CHECK_STR(r[1].value, "9.25");
	CHECK_STR(r[2].value, "8");
	n = extract("Fees went from 40 up to 65 dollars, and from 5 up.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].mention, "from 40 up to 65 dollars");
	CHECK_STR(r[0].value, "[40,65]");
	n = extract("The toll is approximately equal to 50 and roughly equals 7 days' pay.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].mention, "approximately equal to 50");
	CHECK_STR(r[0].value, "~50");
	CHECK_STR(r[1].value, "~7");
	/* stop 47: a bound before an approximator bounds the rough figure; alone each keeps its own */
	n = extract("At least an estimated five million blogs, no more than about 300 dead; an estimated 20, at least 9.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].mention, "At least an estimated five million");
	CHECK_STR(r[0].value, "~>=5000000");
	CHECK_STR(r[1].value, "~<=300");
	CHECK_STR(r[2].value, "~20");
	CHECK_STR(r[3].value, ">=9");
	/* a lone "over" there is a preposition, "up to" a particle */
	n = extract("He trained over about three weeks, within about 10 days; it pushed gearing up to around 59 pct.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, "~3");
	CHECK_STR(r[1].value, "~<=10");
	CHECK_STR(r[2].value, "~59");
	/* points of a percentage belong to its mention; basis points are a unit */
	n = extract("Rates rose 2 percentage points, then 25 basis points; he scored 25 points.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].mention, "2 percentage points");
	CHECK_STR(r[0].unit, "percent");
	CHECK_STR(r[1].mention, "25 basis points");
	CHECK_STR(r[1].unit, "basis point");
	CHECK_STR(r[2].unit, "points");
}

/* Stop 43: scores beside a result's word, "a quarter" of a unit, "within", -s words that are no plural. */
static void
test_results_and_bounds(void)
{
	row			r[16];
	int			n;

	/* a score beside a result's verb or noun is the range of its numbers, in a row too */
	n = extract("His side lost 3-0 away; the 11-9 Six Nations win; a 9-2 lead; tied at 2-2.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].value, "[0,3]");
	CHECK_STR(r[1].value, "[9,11]");
	CHECK_STR(r[2].value, "[2,9]");
	CHECK_STR(r[2].unit, "");		/* a score counts no "lead" (nor people, for claims) */
	CHECK_STR(r[3].value, "2");
	n = extract("Dechy beat American Lisa Raymond 7-5 6-3. Williams won 2-6 6-3 6-0.", r, 16);
	CHECK_INT(n, 5);
	CHECK_STR(r[0].value, "[5,7]");
	CHECK_STR(r[1].value, "[3,6]");
	CHECK_STR(r[4].value, "[0,6]");
	/* names between the result and its score use up no words: a doubles pair (stop 46) */
	n = extract("Lopez defeated Karen Khachanov and Andrey Rublev 6-4, 7-6 (5) to seal it.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, "[4,6]");
	CHECK_STR(r[1].value, "[6,7]");
	CHECK_STR(r[2].value, "5");
	/* codes stay codes: no result's word, three digits */
	n = extract("The 1995-01 series; Chelsea 2-1 Arsenal; beat the 101-99 mark.", r, 16);
	CHECK_INT(n, 0);
	n = extract("It stands to lose 15-20 mln dlrs.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "[15000000,20000000]");
	/* "a quarter" before a unit divides it; another ordinal before a duration stays one */
	n = extract("It rose by a quarter percentage point, a quarter mile; a third year of growth.", r, 16);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].value, "0.25");
	CHECK_STR(r[0].unit, "percent");
	CHECK_STR(r[1].value, "0.25");
	CHECK_STR(r[1].unit, "mile");
	CHECK_STR(r[2].kind, "ordinal");
	/* "within" bounds from above */
	n = extract("It will be lifted within six months, within 5% of the target.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "<=6");
	CHECK_STR(r[1].value, "<=5");
	/* a conjunction in -s is no plural a count counts, so "one" stays a pronoun */
	n = extract("It was a tough one because we lost.", r, 16);
	CHECK_INT(n, 0);
	/* a capitalized number word after an amount, before a capital, is a name's */
	n = extract("It has two power stations at the $22bn Three Gorges Dam.", r, 16);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "2");
	CHECK_STR(r[1].value, "22000000000");
}

static void
test_days_and_quotes(void)
{
	static const char *const quotes[][3] = {
		{"The dollar eased to 1.5120/30 Swiss francs.", "1.512", "CHF"},
		{"Sterling was 97.35/65 late.", "97.35", ""},
		{"It ended at 6.0650/700 French francs.", "6.065", "FRF"},
	};
	row			r[16];
	int			n;

	/* a day of a month in words is a date, as in figures; with its noun it counts */
	n = extract("It is payable August one to holders of record July three, approved at the May five annual meeting.",
				r, 16);
	CHECK_INT(n, 0);
	n = extract("In March two companies merged.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "2");
	/* a date in lower case is a date too; a verb "march" before a measure is not */
	n = extract("Payable to shareholders of record may 14, for the four weeks ending june 30.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "4");
	n = extract("They will march 20 miles.", r, 16);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].value, "20");
	/* a dealer's quote, bid and the offer's last digits, reads as the bid */
	for (size_t i = 0; i < sizeof(quotes) / sizeof(quotes[0]); i++)
	{
		n = extract(quotes[i][0], r, 16);
		CHECK_INT(n, 1);
		CHECK_STR(r[0].value, quotes[i][1]);
		CHECK_STR(r[0].unit, quotes[i][2]);
	}
	/* not a fraction, a date or a quote with as many digits after the slash as before the point */
	n = extract("The 24/7 desk, 5/14/82 and 408.90/409.", r, 16);
	CHECK_INT(n, 0);
}

static void
test_of_number_names(void)
{
	/* an amount, a lower-case noun, title case or no determiner still count */
	static const char *const kept[] = {"22900000000", "20", "100", "50000000"};
	row			r[16];

	/* "the Group of Seven": a bare number after a determiner, a capitalized noun and "of" ends a name */
	CHECK_INT(extract("Ministers of the Group of Seven met before a Group of 20 meeting and the Group of Five industrial nations.",
					  r, 16), 0);
	CHECK_INT(extract("The Bank of 22.9 billion dlrs, the group of 20 nations, The Sale Of 100 Shares, Offering of 50 mln.",
					  r, 16), 4);
	for (size_t i = 0; i < sizeof(kept) / sizeof(kept[0]); i++)
		CHECK_STR(r[i].value, kept[i]);
}

int
main(void)
{
	cp_set_host(&cp_malloc_host);
	test_text_form();
	test_order();
	test_overlap();
	test_phrases();
	test_extract();
	test_numerals();
	test_numerals_in_text();
	test_qualified_units();
	test_conversions_and_glued();
	test_postfix_and_bounds();
	test_glued_and_mixed();
	test_compositions();
	test_ends_and_names();
	test_change_ends();
	test_hyphens_and_bounds();
	test_results_and_bounds();
	test_days_and_quotes();
	test_of_number_names();
	UNIT_DONE("quantity");
}
