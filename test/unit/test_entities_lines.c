/*
 * test_entities_lines.c: what a page's lines say of the names on them
 * (doc/entities.md): datelines against the article's votes, clubs in
 * match reports and fixtures, title lines in capitals, a place opening a
 * clause, table rows.  The model comes from $CORPUS_DATA_DIR.
 */
#include "data_file.h"
#include "entities_check.h"

/*
 * A dateline line ("NEW YORK 1996-08-27") names a place, though the
 * article's other mentions of the name are a club's.
 */
static void
test_dateline_against_votes(void)
{
	static const char text[] =
		"BASEBALL - MAJOR LEAGUE STANDINGS AFTER MONDAY'S GAMES.\n"
		"NEW YORK 1996-08-27\n"
		"Major League Baseball standings after games played on Monday:\n"
		"EASTERN DIVISION\nW L PCT GB\nNEW YORK 74 57 .565 -\nBALTIMORE 70 61 .534 4\n"
		"WESTERN DIVISION\nTEXAS 75 56 .573 -\nNEW YORK 71 60 .542 4\n"
		"MONDAY'S RESULTS\nDETROIT 5 NEW YORK 3\nNEW YORK 6 HOUSTON 2\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "NEW YORK", 0, CP_ENT_LOC, "NEW YORK");
	check_mention(text, &v, "NEW YORK", 1, CP_ENT_ORG, "NEW YORK");
	cp_arena_free(&arena);
}

/*
 * A dateline line with a region after a comma ("GENOA, Italy 1996-08-29")
 * opens with one place, however the tagger read or split the town's words.
 */
static void
test_dateline_with_region(void)
{
	static const char text[] =
		"Bank cuts rates.\n"
		"WESTBRIDGE FALLS, Ont. 1996-08-26\n"
		"A bank said on Monday it cut rates.\n"
		"Police shut a harbour.\n"
		"OKWERI MABUTA, Kenya 1996-08-25\n"
		"Two border police were wounded on Sunday.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "WESTBRIDGE FALLS", 0, CP_ENT_LOC, "WESTBRIDGE FALLS");
	check_mention(text, &v, "OKWERI MABUTA", 0, CP_ENT_LOC, "OKWERI MABUTA");
	cp_arena_free(&arena);
}

/*
 * Reuters' datelines put a state between the town and the date ("PORTLAND,
 * Ore., Feb 26 -"): the article finds the dateline, and the town and the
 * state are places, however the tagger read a line of capitals.
 */
static void
test_dateline_with_state_and_date(void)
{
	static const char *const texts[] = {
		"DUNMORE HILLS, Ore., Feb 26 - Vantrell Corp said it would raise rates.\n",
		"NORTH BRACKWELL, MICH., March 17 - Shr 43 cts vs 37 cts\n\nNet 1.2 mln vs 1.1 mln\n",
		"LAKE ORBY, March 18 - Shr 12 cts vs 9 cts\n",
	};
	static const char *const town[] = {"DUNMORE HILLS", "NORTH BRACKWELL", "LAKE ORBY"};
	static const char *const state[] = {"Ore.", "MICH", NULL};

	for (int k = 0; k < 3; k++)
	{
		cp_arena	arena;
		cp_vec		v;

		cp_arena_init(&arena);
		v = run(&arena, texts[k], strlen(texts[k]));
		check_mention(texts[k], &v, town[k], 0, CP_ENT_LOC, town[k]);
		if (state[k])
			check_mention(texts[k], &v, state[k], 0, CP_ENT_LOC, state[k]);
		/* a date after the town is no state */
		for (size_t i = 0; i < v.count; i++)
			CHECK(memcmp(texts[k] + CP_VEC_AT(&v, cp_mention, i).start, "March", 5) != 0);
		cp_arena_free(&arena);
	}
}

/*
 * A town's name a club plays a match under is the club in every mention:
 * after a score and "to", before a score, after "beat".
 */
static void
test_club_in_match(void)
{
	static const char text[] =
		"SOCCER - ITALIAN CUP RESULTS.\n"
		"ROME 1996-08-26\n"
		"Roma lost 3-1 to Cesena on Sunday. Cesena play Lecce next.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Cesena", 0, CP_ENT_ORG, "Cesena");
	check_mention(text, &v, "Cesena", 1, CP_ENT_ORG, "Cesena");
	check_mention(text, &v, "ROME", 0, CP_ENT_LOC, "ROME");
	cp_arena_free(&arena);
}

/*
 * A town's name beside a side's plural verb, as British reports write a
 * club's fixtures, is the club: after "travel to", "play host to" and a
 * name and "visit" ("Everton visit Plymouth").
 */
static void
test_club_by_plural_verb(void)
{
	static const char text[] =
		"Third-placed Everton visit Plymouth, Liverpool travel to Burnley, while Chelsea will "
		"play host to Scunthorpe in the third round.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Burnley", 0, CP_ENT_ORG, "Burnley");
	check_mention(text, &v, "Scunthorpe", 0, CP_ENT_ORG, "Scunthorpe");
	cp_arena_free(&arena);
}

/*
 * Each side of a fixture's "v" is a club, a line's end between them too
 * ("Newry v\nDundalk", read as places; "Barry Town" as a person), but a
 * national side is a place, and so is the side it plays.
 */
static void
test_fixture_sides(void)
{
	static const char text[] =
		"Welsh league - Llansantffraid v Inter Cardiff, Caersws v Ebbw Vale, Barry Town v Newtown.\n"
		"Playing on Sunday: Newry v\nDundalk, Sligo v\nDerry, Athlone v Shelbourne.\n"
		"Qualifiers: Bosnia v Greece, England v Pakistan.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Barry Town", 0, CP_ENT_ORG, "Barry Town");
	check_mention(text, &v, "Dundalk", 0, CP_ENT_ORG, "Dundalk");
	check_mention(text, &v, "Derry", 0, CP_ENT_ORG, "Derry");
	check_mention(text, &v, "England", 0, CP_ENT_LOC, "England");
	check_mention(text, &v, "Bosnia", 0, CP_ENT_LOC, "Bosnia");
	cp_arena_free(&arena);
}

/*
 * A name in a headline in capitals is what the story calls it: "BURY",
 * read as a person, is the club the story's "Bury" is; the dateline's
 * place in capitals below the title line keeps its kind.  So is a name in
 * a headline in title case.
 */
static void
test_headline_kinds(void)
{
	static const char text[] =
		"SOCCER - READING BEAT BURY.\n"
		"LONDON 1996-12-06\n"
		"Reading beat Bury 2-1 on Saturday. Reading are fifth.\n";
	static const char dateline[] =
		"HOUSTON, March 30 - Houston beat Dallas 3-1 on Sunday. Houston are top.\n";
	static const char title_case[] =
		"Home | World | Middle East\n\n"
		"Families Flee as Israeli Tanks Push Into Khan Younis\n\n"
		"GAZA CITY \xe2\x80\x94 Thousands of families fled the eastern districts of Khan Younis on "
		"Wednesday as Israeli tanks moved into farmland on the edge of the town, residents said.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "BURY", 0, CP_ENT_ORG, "Bury");
	check_mention(text, &v, "Bury", 0, CP_ENT_ORG, "Bury");
	check_mention(text, &v, "LONDON", 0, CP_ENT_LOC, "LONDON");
	/* a dateline that runs into the story on the first line is no headline */
	v = run(&arena, dateline, sizeof(dateline) - 1);
	check_mention(dateline, &v, "HOUSTON", 0, CP_ENT_LOC, "HOUSTON");
	/* a headline in title case below a site's menu: "Khan Younis" is the story's town */
	v = run(&arena, title_case, sizeof(title_case) - 1);
	check_mention(title_case, &v, "Khan Younis", 0, CP_ENT_LOC, "Khan Younis");
	check_mention(title_case, &v, "Khan Younis", 1, CP_ENT_LOC, "Khan Younis");
	cp_arena_free(&arena);
}

/*
 * "In" or "At", a place and a comma or colon opening a sentence is where
 * it happens, though the story's other mentions are the club; "At Ford,"
 * is no place.
 */
static void
test_clause_opening_place(void)
{
	static const char text[] =
		"BASKETBALL - NBA ROUNDUP.\n"
		"NEW YORK 1996-12-06\n"
		"Houston beat Chicago 98-90 on Friday. Houston have won six straight and Houston lead the division.\n"
		"In Houston, Hakeem Olajuwon had 30 points and 12 rebounds.\n"
		"At Ford, which earned 3.3 billion dlrs, Ford said sales rose.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Houston", 0, CP_ENT_ORG, "Houston");
	check_mention(text, &v, "Houston", 3, CP_ENT_LOC, "Houston");
	check_mention(text, &v, "Ford", 0, CP_ENT_ORG, "Ford");
	cp_arena_free(&arena);
}

/*
 * A table's rows name things of one kind: a row the tagger read as a
 * person's among clubs' rows is a club's; a leaderboard's persons stay,
 * and so do a side's averages, whose players' family names label rows too.
 */
static void
test_table_row_kinds(void)
{
	static const char text[] =
		"SOCCER - NORWEGIAN STANDINGS.\n"
		"OSLO 1996-12-06\n"
		"Standings after Sunday's matches:\n"
		"Rosenborg 20 15 3 2 60 20 48\n"
		"Lillestrom 20 12 4 4 40 25 40\n"
		"Viking 20 10 5 5 33 30 35\n"
		"Moss 20 4 6 10 23 40 18\n"
		"Eik Tonsberg 20 3 3 14 26 56 12\n"
		"Olav Skeid 19 2 3 14 20 50 9\n";
	static const char golf[] =
		"GOLF - LEADING SCORES.\n"
		"LONDON 1996-12-06\n"
		"Paul Lawrie 72 75 70 68\n"
		"Colin Montgomerie 70 71 72 69\n"
		"Ernie Els 69 70 71 70\n";
	static const char averages[] =
		"Batting:\n"
		"Tarvo Kell 1 3 0 100 50 30.00\n"
		"Brani Voss 2 4 0 107 51 31.10\n"
		"Odo Marsk 3 5 0 114 52 32.20\n"
		"Ilan Peveril 4 6 0 121 53 33.30\n"
		"Quin Hadley 5 7 0 128 54 34.40\n"
		"Bowling:\n"
		"Kell 40 2 120 1 20.05\n"
		"Voss 41 3 121 2 21.15\n"
		"Marsk 42 4 122 3 22.25\n"
		"Peveril 43 5 123 4 23.35\n"
		"Hadley 44 6 124 5 24.45\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Olav Skeid", 0, CP_ENT_ORG, "Olav Skeid");
	v = run(&arena, golf, sizeof(golf) - 1);
	check_mention(golf, &v, "Ernie Els", 0, CP_ENT_PER, "Ernie Els");
	/* a row labelled by a person's family name makes the row of the full name the person's */
	v = run(&arena, averages, sizeof(averages) - 1);
	check_mention(averages, &v, "Odo Marsk", 0, CP_ENT_PER, "Odo Marsk");
	check_mention(averages, &v, "Quin Hadley", 0, CP_ENT_PER, "Quin Hadley");
	cp_arena_free(&arena);
}

/*
 * A side's averages: rows labelled by persons more often than by
 * organizations are all persons', those whose names the tagger reads as
 * companies' too.
 */
static void
test_people_rows(void)
{
	static const char text[] =
		"CRICKET - TEST AVERAGES.\n"
		"LONDON 1996-08-27\n"
		"Mike Atherton 1 2 0 100 50 30.00\n"
		"Walt Disney 2 3 0 107 51 31.00\n"
		"Graham Thorpe 3 4 0 114 52 32.00\n"
		"Henry Ford 1 5 0 121 53 33.00\n"
		"Alec Stewart 2 2 0 128 54 34.00\n"
		"Charles Schwab 3 3 0 135 55 35.00\n"
		"Mark Ealham 1 4 0 142 56 36.00\n"
		"Dean Witter 2 5 0 149 57 37.00\n"
		"Saeed Anwar 3 2 0 156 58 38.00\n"
		"Merrill Lynch 1 3 0 163 59 39.00\n"
		"Rashid Latif 2 4 0 170 60 40.00\n"
		"Salomon Smith 3 5 0 177 61 41.00\n"
		"Salim Malik 1 2 0 184 62 42.00\n"
		"Morgan Grenfell 2 3 0 191 63 43.00\n"
		"Nasser Hussain 3 4 0 198 64 44.00\n"
		"Smith Barney 1 5 0 205 65 45.00\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Mike Atherton", 0, CP_ENT_PER, "Mike Atherton");
	check_mention(text, &v, "Walt Disney", 0, CP_ENT_PER, "Walt Disney");
	check_mention(text, &v, "Merrill Lynch", 0, CP_ENT_PER, "Merrill Lynch");
	check_mention(text, &v, "Salomon Smith", 0, CP_ENT_PER, "Salomon Smith");
	check_mention(text, &v, "Morgan Grenfell", 0, CP_ENT_PER, "Morgan Grenfell");
	cp_arena_free(&arena);
}

/*
 * A schedule's line names the visiting club and the host's town: the
 * name after "AT" is a place, though the standings above name its club.
 */
static void
test_schedule_host(void)
{
	static const char text[] =
		"BASEBALL - MAJOR LEAGUE STANDINGS AFTER TUESDAY'S GAMES.\n"
		"NEW YORK 1996-09-03\n"
		"Standings after games played on Tuesday:\n"
		"W L PCT GB\n"
		"CLEVELAND 80 58 .580 -\n"
		"CHICAGO 72 66 .522 8\n"
		"MINNESOTA 67 70 .489 12 1/2\n"
		"TUESDAY'S RESULTS\n"
		"CHICAGO 5 Detroit 3\n"
		"Cleveland 7 CHICAGO 2\n"
		"WEDNESDAY'S SCHEDULE\n"
		"MINNESOTA AT CLEVELAND\n"
		"DETROIT AT CHICAGO\n"
		"Seattle at Kansas City\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "CHICAGO", 0, CP_ENT_ORG, "CHICAGO");
	check_mention(text, &v, "MINNESOTA", 1, CP_ENT_ORG, "MINNESOTA");
	check_mention(text, &v, "CLEVELAND", 1, CP_ENT_LOC, "CLEVELAND");
	check_mention(text, &v, "CHICAGO", 1, CP_ENT_ORG, "CHICAGO");
	check_mention(text, &v, "CHICAGO", 3, CP_ENT_LOC, "CHICAGO");
	check_mention(text, &v, "Kansas City", 0, CP_ENT_LOC, "Kansas City");
	cp_arena_free(&arena);
}

/*
 * Names in brackets after players' names, most of them read as clubs, are
 * all clubs: a squad's list; a list of runners' countries stays places,
 * and so does a club among them.
 */
static void
test_club_column_kinds(void)
{
	static const char squad[] =
		"Defenders - Tomas Hrubec (Sparta Prague), Karel Vondra (Bohemians), Jiri Polak (Slavia "
		"Prague), Milan Dusek (Banik Ostrava).\n"
		"Forwards - Pavel Novak (Hradec), Lukas Bily (Bohemians), Petr Cerny (Sigma Olomouc).\n";
	static const char runners[] =
		"Results: Pavel Novak (Kenya), Lukas Bily (Ethiopia), Petr Cerny (Kenya), Jan Kral (Bohemians).\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, squad, sizeof(squad) - 1);
	check_mention(squad, &v, "Bohemians", 0, CP_ENT_ORG, "Bohemians");
	check_mention(squad, &v, "Bohemians", 1, CP_ENT_ORG, "Bohemians");
	check_mention(squad, &v, "Sigma Olomouc", 0, CP_ENT_ORG, "Sigma Olomouc");
	v = run(&arena, runners, sizeof(runners) - 1);
	check_mention(runners, &v, "Kenya", 1, CP_ENT_LOC, "Kenya");
	check_mention(runners, &v, "Bohemians", 0, CP_ENT_MISC, "Bohemians");
	cp_arena_free(&arena);
}

/*
 * A press digest's line in capitals names a newspaper ("SCOTTISH HERALD",
 * not the other name "SCOTTISH"); its dateline stays a place and a
 * section's heading of dictionary words ("FRONT PAGE") no name.
 */
static void
test_digest_papers(void)
{
	static const char text[] =
		"PRESS DIGEST - Syria - Sep 3.\nDAMASCUS 1996-09-03\n"
		"These are the leading stories in the Damascus press on Tuesday.\n"
		"AL-BAATH\n- Foreign minister sees no progress in talks with Israel.\n"
		"SCOTTISH HERALD\n- Prices of bread to stay unchanged.\n"
		"FRONT PAGE\n- Cabinet meets on Monday.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "DAMASCUS", 0, CP_ENT_LOC, "Damascus");
	check_mention(text, &v, "AL-BAATH", 0, CP_ENT_ORG, "AL-BAATH");
	check_mention(text, &v, "SCOTTISH HERALD", 0, CP_ENT_ORG, "SCOTTISH HERALD");
	for (size_t i = 0; i < v.count; i++)
		CHECK(strstr(text + CP_VEC_AT(&v, cp_mention, i).start, "FRONT PAGE") != text + CP_VEC_AT(&v, cp_mention, i).start);
	cp_arena_free(&arena);
}

/*
 * Rows of changes labelled by places more often than not are all places'
 * rows ("Echterdingen 20,500 down 4.4" among the airports' towns, "Spokane
 * WA 5.12 up .02 4.72 unc" among grain prices by town); a table of share
 * prices keeps its companies.
 */
static void
test_place_rows(void)
{
	static const char airports[] =
		"German regional airports report traffic rise.\nFRANKFURT 1996-09-02\n"
		"Passenger traffic at regional airports rose in August, the airports association ADV said.\n"
		"Dortmund 120,300 up 6.1\nPaderborn 90,400 up 3.2\n- Fuhlsbuettel 60,100 down 2.5\n"
		"- Langenhagen 55,300 up 8.8\nErfurt 48,200 up 1.9\n- Echterdingen 20,500 down 4.4\n"
		"Magdeburg 3,100 up 12.0\nTOTAL 401,800 up 5.4\n";
	static const char shares[] =
		"Frankfurt shares close firmer.\nFRANKFURT 1996-09-02\nLeading shares at the close, in marks:\n"
		"Siemens 75.30 up 0.40\nHoechst 52.10 down 0.20\nBASF 48.60 up 0.35\nDaimler 80.20 up 1.10\n"
		"Bayer 51.40 down 0.15\n";
	/* every label a place of the gazetteers, some misread; "unc" for unchanged */
	static const char grain[] =
		"U.S. Wheat - Bids steady.\nCHICAGO 1996-09-03\nPrice per bushel:\nSpring Chg White Chg\n"
		"Shelby MT 4.52 dn .10 --- ---\nRitzville WA 5.10 up .02 4.70 unc\nSpokane WA 5.12 up .02 4.72 unc\n"
		"Lewiston ID 5.02 up .02 4.60 unc\nMinot ND 4.40 dn .02 --- ---\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, airports, sizeof(airports) - 1);
	check_mention(airports, &v, "Fuhlsbuettel", 0, CP_ENT_LOC, "Fuhlsbuettel");
	check_mention(airports, &v, "Echterdingen", 0, CP_ENT_LOC, "Echterdingen");
	v = run(&arena, shares, sizeof(shares) - 1);
	check_mention(shares, &v, "Hoechst", 0, CP_ENT_ORG, "Hoechst");
	v = run(&arena, grain, sizeof(grain) - 1);
	check_mention(grain, &v, "Shelby", 0, CP_ENT_LOC, "Shelby");
	check_mention(grain, &v, "Spokane", 0, CP_ENT_LOC, "Spokane");
	cp_arena_free(&arena);
}

int
main(void)
{
	if (!entities_check_begin())
		UNIT_DONE("entities_lines");
	test_dateline_against_votes();
	test_dateline_with_region();
	test_dateline_with_state_and_date();
	test_club_in_match();
	test_club_by_plural_verb();
	test_fixture_sides();
	test_digest_papers();
	test_place_rows();
	test_headline_kinds();
	test_clause_opening_place();
	test_table_row_kinds();
	test_people_rows();
	test_club_column_kinds();
	test_schedule_host();
	UNIT_DONE("entities_lines");
}
