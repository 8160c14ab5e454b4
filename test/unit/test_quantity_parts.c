/*
 * test_quantity_parts.c: quantities made of parts: measures in two units,
 * proportions before their noun, lists that share a unit, hanging hyphens,
 * qualifiers of several words, metres told from millions.
 */
#include "quantity_check.h"
#include "quantities_internal.h"

#include <stdlib.h>

/* One value in the first unit when the whole phrase is read; not past a part too big. */
/*
 * An approximator as the sentence's last atom ("rose ~"): the range it may open is
 * asked for past the end (atoms sized exactly, so that ASan sees a read
 * beyond them).
 */
static void
test_qualifier_at_end(void)
{
	const char *s = "Prices rose ~";
	cp_token	toks[8];
	cp_tokenizer tz;
	size_t		nt = 0,
				n,
				len = 0;
	cp_atom    *atoms;
	row			rows[4];

	cp_tokenizer_init(&tz, s, strlen(s), 0, strlen(s));
	while (nt < 8 && cp_tokenizer_next(&tz, &toks[nt]))
		nt++;
	atoms = malloc(nt * sizeof(cp_atom));
	n = cp_atomize(s, toks, nt, atoms);
	CHECK_INT(prefix_qualifier(s, atoms, n, n - 1, &len), Q_APPROX);
	CHECK_INT(prefix_qualifier(s, atoms, n, n, &len), Q_NONE);
	CHECK_INT(extract(s, rows, 4), 0);
	free(atoms);
}

static void
test_compound_phrases(void)
{
	CHECK_STR(phrase("6 feet 2 inches"), "6.16666666666667");
	CHECK_STR(phrase("5 ft 11 in"), "5.91666666666667");
	CHECK_STR(phrase("6ft 2in"), "6.16666666666667");
	CHECK_STR(phrase("6-foot-2"), "6.16666666666667");
	CHECK_STR(phrase("2 hours 30 minutes"), "2.5");
	CHECK_STR(phrase("1 hour and 20 minutes"), "1.33333333333333");
	CHECK_STR(phrase("24 hours, 39 minutes, and 35 seconds"), "24.6597222222222");
	CHECK_STR(phrase("3 pounds 4 ounces"), "3.25");
	CHECK_STR(phrase("26 miles 385 yards"), "26.21875");
	CHECK_STR(phrase("1 year 6 months"), "1.5");
	CHECK_STR(phrase("two hours thirty minutes"), "2.5");
	CHECK_STR(phrase("3 dollars 50 cents"), "3.5");
	CHECK_STR(phrase("thirteen dollars forty-five cents"), "13.45");
	CHECK_STR(phrase("£5 and 50p"), "5.5");
	/* a qualifier moves the bound it put */
	CHECK_STR(phrase("more than 2 hours and 30 minutes"), ">2.5");
	CHECK_STR(phrase("about 1 hour 30 minutes"), "~1.5");
	/* a part as big as one of the unit before is no part */
	CHECK_STR(phrase("5 feet 20 inches"), "ERR");
	CHECK_STR(phrase("2 hours 60 minutes"), "ERR");
	/* units that do not nest */
	CHECK_STR(phrase("2 hours 30 inches"), "ERR");
	CHECK_STR(phrase("£3 4 ounces"), "ERR");
	/* "a" starts no part */
	CHECK_STR(phrase("2 hours a day"), "ERR");
}

/* In running text each part stays its own amount, as news annotation writes them. */
static void
test_compound_in_text(void)
{
	row			r[8];
	int			n;

	n = extract("He is 6 feet 2 inches tall and ran 2 hours, 1 minute and 39 seconds.", r, 8);
	CHECK_INT(n, 5);
	CHECK_STR(r[0].mention, "6 feet");
	CHECK_STR(r[1].mention, "2 inches");
	CHECK_STR(r[2].value, "2");
	CHECK_STR(r[4].unit, "second");

	/* so do dollars and cents: "365,883 dlrs, 23 cts a share" is an amount and a sum per share */
	n = extract("It only cost 3 dollars 50 cents; a 25-basis-point cut.", r, 8);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].mention, "3 dollars");
	CHECK_STR(r[2].unit, "basis point");

	/* a glued "in" is inches; apart it is the preposition */
	n = extract("A 2in pipe lay 5 ft in the yard. It took 30mins.", r, 8);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].unit, "inch");
	CHECK_STR(r[1].mention, "5 ft");
	CHECK_STR(r[2].kind, "duration");

	/* a numeral with a glued unit does not make the next one part of a phone number */
	n = extract("A 640bhp 2 litre engine; he is 6ft 2in.", r, 8);
	CHECK_INT(n, 4);
	CHECK_STR(r[1].mention, "2 litre");
	CHECK_STR(r[3].mention, "2in");
}

/* "one in five" before its noun: a proportion, like "four out of five doctors". */
static void
test_proportions(void)
{
	row			r[8];
	int			n;

	CHECK_STR(phrase("one in five adults"), "0.2");
	CHECK_STR(phrase("nearly 1 in 4 children"), "~0.25");
	CHECK_STR(phrase("four out of five doctors"), "0.8");
	CHECK_STR(phrase("one in every five adults"), "0.2");
	CHECK_STR(phrase("one of every four bankers"), "0.25");
	/* one of a group is no proportion */
	CHECK_STR(phrase("one of five children"), "ERR");

	n = extract("One in five adults smoke; about 1 in 3 children are poor.", r, 8);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].mention, "One in five");
	CHECK_STR(r[0].kind, "number");
	CHECK_STR(r[0].value, "0.2");
	CHECK_STR(r[0].unit, "");
	CHECK_STR(r[1].value, "~0.333333333333333");

	/* not before a unit: a time is no population */
	n = extract("He scored 2 in 3 minutes.", r, 8);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].value, "2");
	CHECK_STR(r[1].unit, "minute");
}

/* Numbers in a list take the unit the last one ends in; a counted noun stays with the last. */
static void
test_shared_units(void)
{
	row			r[8];
	int			n;

	n = extract("It took 5 or 6 days. Rates rose 4.5 and 6 per cent, 3, 4 or 5 km.", r, 8);
	CHECK_INT(n, 7);
	CHECK_STR(r[0].kind, "duration");
	CHECK_STR(r[0].unit, "day");
	CHECK_STR(r[2].mention, "4.5");
	CHECK_STR(r[2].kind, "percent");
	CHECK_STR(r[4].unit, "km");
	CHECK_STR(r[5].unit, "km");

	/* a counted noun is not shared, nor across a comma before "and" */
	n = extract("Six or seven people came. They freed 5, and 10 days later 3.", r, 8);
	CHECK_INT(n, 5);
	CHECK_STR(r[0].kind, "number");
	CHECK_STR(r[1].unit, "people");
	CHECK_STR(r[2].kind, "number");
	CHECK_STR(r[3].kind, "duration");

	/* the unit of a vague plural or a scale after "of" */
	n = extract("It cost tens of millions of dollars and hundreds of kilometres.", r, 8);
	CHECK_INT(n, 2);
	CHECK_STR(r[0].mention, "tens of millions of dollars");
	CHECK_STR(r[0].unit, "USD");
	CHECK_STR(r[0].value, "[20000000,100000000)");
	CHECK_STR(r[1].unit, "km");
}

/* A hyphen left hanging waits for the word of the last in the list. */
static void
test_hanging_hyphens(void)
{
	row			r[8];
	int			n;

	n = extract("The 10- and 20-year bonds had 3- to 5-year terms.", r, 8);
	CHECK_INT(n, 3);
	CHECK_STR(r[0].mention, "10");
	CHECK_STR(r[0].unit, "year");
	CHECK_STR(r[1].mention, "20-year");
	CHECK_STR(r[2].mention, "3- to 5-year");
	CHECK_STR(r[2].value, "[3,5]");
	CHECK_STR(r[2].unit, "year");

	/* the last of the list counts like the others; alone it is a compound adjective */
	n = extract("It has four-, five- and six-cylinder engines but a six-speed box.", r, 8);
	CHECK_INT(n, 3);
	CHECK_STR(r[2].mention, "six");
	CHECK_STR(r[2].value, "6");
}

/* A place near the number softens it: "in the region of", "on the order of"; "up to and including" bounds. */
static void
test_near_phrases(void)
{
	CHECK_STR(phrase("in the region of £40m"), "~40000000");
	CHECK_STR(phrase("in the neighbourhood of 700 mln pesos"), "~700000000");
	CHECK_STR(phrase("on the order of 10 to 15%"), "~[10,15]");
	CHECK_STR(phrase("in the order of 100,000 bags"), "~100000");
	CHECK_STR(phrase("up to and including 30 days"), "<=30");
	CHECK_STR(phrase("on 30 days"), "ERR");
	/* "between ... to ..." as some English writes it, also with the unit on both ends */
	CHECK_STR(phrase("between 5 to 10 people"), "[5,10]");
	CHECK_STR(phrase("between 100 mln dlrs to 150 mln dlrs"), "[100000000,150000000]");
	CHECK_STR(phrase("between 3 km to 4 km"), "[3,4]");
}

/* An approximator before or inside a range makes it approximate; a qualifier after a range qualifies all of it. */
static void
test_qualified_ranges(void)
{
	CHECK_STR(phrase("roughly between 16 and 19 dlrs"), "~[16,19]");
	CHECK_STR(phrase("between about 350 and 800 dlrs"), "~[350,800]");
	CHECK_STR(phrase("from about 20 to about 30"), "~[20,30]");
	CHECK_STR(phrase("between 20 and about 30"), "~[20,30]");
	CHECK_STR(phrase("from around 345,000 tonnes to 360,000 tonnes"), "~[345000,360000]");
	CHECK_STR(phrase("from up to 252 miles to 287 miles"), "[252,287]");
	CHECK_STR(phrase("20-30 or so"), "~[20,30]");
	CHECK_STR(phrase("20-30 or less"), "<=30");
	CHECK_STR(phrase("20 to 30 or more"), ">=20");
	/* no range: the approximator stays with its number */
	CHECK_STR(phrase("between about 20 people"), "ERR");
	CHECK_STR(phrase("about 20 people"), "~20");
}

/* A measure's kind names what its unit measures; a duration before "old" or "of age" is an age. */
static void
test_measure_kinds(void)
{
	row			r[16];
	int			n;

	n = extract("It was 50 degrees Celsius, 104 degrees F, 40C and 3 degrees; a 20 km walk.", r, 16);
	CHECK_INT(n, 5);
	CHECK_STR(r[0].mention, "50 degrees Celsius");
	CHECK_STR(r[0].kind, "temperature");
	CHECK_STR(r[0].unit, "C");
	CHECK_STR(r[1].mention, "104 degrees F");
	CHECK_STR(r[1].unit, "F");
	CHECK_STR(r[2].kind, "temperature");
	CHECK_STR(r[3].unit, "degree");
	CHECK_STR(r[3].kind, "temperature");
	CHECK_STR(r[4].kind, "dimension");
	/* the word after a degree names its scale; a range takes the second end's */
	n = extract("Crude at 39 degrees API, 162 degrees west longitude, 91 degrees Kelvin; from 20 degrees to 34 degrees API.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].unit, "degree API");
	CHECK_STR(r[0].kind, "dimension");
	CHECK_STR(r[1].unit, "degree of arc");
	CHECK_STR(r[2].unit, "K");
	CHECK_STR(r[2].kind, "temperature");
	CHECK_STR(r[3].value, "[20,34]");
	CHECK_STR(r[3].unit, "degree API");
	n = extract("The boy is five years old, his sister 18 months old, a foal 6 weeks of age; he is two years older.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].mention, "five years old");
	CHECK_STR(r[0].kind, "age");
	CHECK_STR(r[0].unit, "year of age");
	CHECK_STR(r[1].unit, "month of age");
	CHECK_STR(r[2].mention, "6 weeks of age");
	CHECK_STR(r[2].unit, "week of age");
	CHECK_STR(r[3].kind, "duration");
	CHECK_STR(r[3].mention, "two years");
}

/*
 * A figure glued to "m" is metres in a race's or a size's context, millions
 * elsewhere ("the 20m note", "20m members", "£5m").
 */
static void
test_metres_or_millions(void)
{
	row			r[16];
	int			n;

	n = extract("She won the 60m hurdles and the men's 1500m; he holds the 100m and 200m titles and cleared 4.88m.", r, 16);
	CHECK_INT(n, 5);
	for (int k = 0; k < n && k < 5; k++)
	{
		CHECK_STR(r[k].kind, "dimension");
		CHECK_STR(r[k].unit, "m");
	}
	CHECK_STR(r[0].value, "60");
	CHECK_STR(r[4].value, "4.88");
	n = extract("The tower is 508m tall. The 20m note buys little; the club has 20m members and £5m.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].unit, "m");
	CHECK_STR(r[0].value, "508");
	CHECK_STR(r[1].value, "20000000");
	CHECK_STR(r[2].kind, "count");
	CHECK_STR(r[2].value, "20000000");
	CHECK_STR(r[3].kind, "money");
	/* a mark in hundredths is metres; with a currency or a counted noun after it, millions */
	n = extract("She set a personal best of 6.50m to win. They paid 481.42m yuan and $1.75m; 2.36m viewers watched.", r, 16);
	CHECK_INT(n, 4);
	CHECK_STR(r[0].kind, "dimension");
	CHECK_STR(r[0].unit, "m");
	CHECK_STR(r[0].value, "6.5");
	CHECK_STR(r[1].value, "481420000");
	CHECK_STR(r[2].kind, "money");
	CHECK_STR(r[2].value, "1750000");
	CHECK_STR(r[3].value, "2360000");
}

/* The one check of "st", "nd", "rd", "th" that dates, numbers and units share. */
static void
test_ordinal_suffix(void)
{
	CHECK(cp_ordinal_suffix("st", 2) && cp_ordinal_suffix("ND", 2) && cp_ordinal_suffix("rD", 2) &&
		  cp_ordinal_suffix("th", 2));
	CHECK(!cp_ordinal_suffix("sd", 2) && !cp_ordinal_suffix("tt", 2) && !cp_ordinal_suffix("ths", 3) &&
		  !cp_ordinal_suffix("t", 1));
}

int
main(void)
{
	cp_set_host(&cp_malloc_host);
	test_qualifier_at_end();
	test_compound_phrases();
	test_compound_in_text();
	test_proportions();
	test_shared_units();
	test_hanging_hyphens();
	test_near_phrases();
	test_qualified_ranges();
	test_measure_kinds();
	test_metres_or_millions();
	test_ordinal_suffix();
	UNIT_DONE("quantity_parts");
}
