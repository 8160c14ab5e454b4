/*
 * test_entities_unseen.c: names the tagger never saw whole, which the rules
 * make out from how the article writes them (doc/entities.md): initialisms
 * defined in brackets, names with a number inside, companies and bodies
 * read as persons, places' adjectives read apart.  The model comes from
 * $CORPUS_DATA_DIR.
 */
#include "data_file.h"
#include "entities_check.h"

/*
 * An initialism defined in brackets after a body's name is that body
 * wherever the article writes it in capitals, even one that spells a word
 * ("WHO"), but not the pronoun nor a headline in capitals; a name of
 * dictionary words that says what it is about defines nothing.
 */
static void
test_defined_initialisms(void)
{
	static const char text[] =
		"The World Health Organization (WHO) said on Monday that cases rose. "
		"A WHO spokesman said the outbreak was serious. Who knows when it ends?\n\n"
		"WHO WILL WIN THE CUP\n\n"
		"Gross National Product (GNP) rose. GNP was higher than expected.\n";
	cp_arena	arena;
	cp_vec		v;
	size_t		whos = 0;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "WHO", 0, CP_ENT_ORG, "World Health Organization");
	check_mention(text, &v, "WHO", 1, CP_ENT_ORG, "World Health Organization");
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);

		whos += m->len == 3 && strncasecmp(text + m->start, "who", 3) == 0;
		CHECK(text + m->start != strstr(text, "GNP was"));
	}
	CHECK_INT(whos, 2);
	cp_arena_free(&arena);
}

/*
 * An initialism defined after as many words in lower case, its initials,
 * names a thing: no organization there nor after, though the tagger read
 * it as one without the definition (a hyphenated word's parts count, an
 * inner "and" has none, British papers write "Asbos"); after a body's last
 * word ("company") it stays the body.
 */
static void
test_defined_things(void)
{
	static const char text[] =
		"The agency raised its forecast for net domestic borrowing (NDB) in 1997. "
		"NDB will rise to 4 percent.\n\n"
		"The government said the national oil company (NOC) would sell the field. "
		"NOC officials declined to comment.\n";
	static const char undefined[] =
		"The agency raised its forecast for net borrowing (NDB) in 1997. NDB will rise to 4 percent.\n";
	static const char more[] =
		"Details of how many anti-social behaviour orders (Asbos) were used last year are being published. "
		"The minister wants to strengthen the use of Asbos and fixed penalty notices.\n\n"
		"Schools will spend more on information and communication technology (ICT) next year. "
		"ICT budgets rose by 5%.\n\n"
		"The bank sold the notes through an inter-dealer broker (IDB) on Friday. The IDB said demand was strong.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	for (size_t i = 0; i < v.count; i++)
		CHECK(memcmp(text + CP_VEC_AT(&v, cp_mention, i).start, "NDB", 3) != 0);
	check_mention(text, &v, "NOC", 0, CP_ENT_ORG, "NOC");
	check_mention(text, &v, "NOC", 1, CP_ENT_ORG, "NOC");
	v = run(&arena, undefined, sizeof(undefined) - 1);
	check_mention(undefined, &v, "NDB", 1, CP_ENT_ORG, "NDB");
	/* a hyphenated word's parts, an inner "and", an initialism as British papers write it */
	v = run(&arena, more, sizeof(more) - 1);
	CHECK_INT(v.count, 0);
	cp_arena_free(&arena);
}

/*
 * A word no gazetteer holds that starts a company's name with its legal
 * form in the article is the company's short form, though the tagger read
 * it as a place or an other name (test_entities.c: the short forms of names
 * it read as persons or organizations); a country stays one.
 */
static void
test_unseen_company_short_forms(void)
{
	static const char text[] =
		"Telmar Ltd won the contract. Shares in Telmar rose in Sydney.\n\n"
		"Norvanta Limited agreed to buy a stake. The Norvanta deal was signed in Paris.\n\n"
		"Japan Airlines Co said profits rose. Japan said exports fell.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Telmar", 0, CP_ENT_ORG, "Telmar Ltd");
	check_mention(text, &v, "Norvanta", 0, CP_ENT_ORG, "Norvanta Limited");
	check_mention(text, &v, "Japan", 0, CP_ENT_LOC, "Japan");
	cp_arena_free(&arena);
}

/*
 * A body's name the tagger began late, before an initialism that spells it,
 * is one organization from the word the initials begin with; a longer name
 * read whole stays whole.
 */
static void
test_defined_body_joined(void)
{
	static const char text[] =
		"The Saudi Arabian Monetary Agency (SAMA) said the banks would lend more. "
		"SAMA added that rates would fall. The U.S. Securities and Exchange Commission (SEC) said.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Saudi Arabian Monetary Agency", 0, CP_ENT_ORG, "Saudi Arabian Monetary Agency");
	check_mention(text, &v, "SAMA", 1, CP_ENT_ORG, "Saudi Arabian Monetary Agency");
	check_mention(text, &v, "U.S. Securities and Exchange Commission", 0, CP_ENT_ORG,
				  "U.S. Securities and Exchange Commission");
	cp_arena_free(&arena);
}

/*
 * Two names of one kind the tagger read around a number are one name when a
 * word in lower case or a comma follows; a company's when the second ends
 * with a legal form; a number before a possessive is the name's ("BBC Radio
 * 4's"); a score or a table's row stays two names.
 */
static void
test_numbered_names_joined(void)
{
	static const char text[] =
		"He told Channel 4 News that he would resign.\n\n"
		"Its Phillips 66 Co subsidiary is expanding.\n\n"
		"Fathers 4 Justice, a campaign group, protested.\n\n"
		"He told BBC Radio 4's Today programme that he would go.\n\n"
		"Arsenal 2 Chelsea 1\n\n"
		"Nancy 0 Paris St Germain 0\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Channel 4 News", 0, CP_ENT_ORG, "Channel 4 News");
	check_mention(text, &v, "Phillips 66 Co", 0, CP_ENT_ORG, "Phillips 66 Co");
	check_mention(text, &v, "Fathers 4 Justice", 0, CP_ENT_ORG, "Fathers 4 Justice");
	check_mention(text, &v, "BBC Radio 4", 0, CP_ENT_ORG, "BBC Radio 4");
	check_mention(text, &v, "Chelsea", 0, CP_ENT_ORG, "Chelsea");
	check_mention(text, &v, "Paris St Germain", 0, CP_ENT_ORG, "Paris St Germain");
	cp_arena_free(&arena);
}

/* A radio station named with its FM frequency, which the tagger cut at the number, is one organization. */
static void
test_station_with_frequency(void)
{
	static const char text[] =
		"He hosts the Weekend City show on saturday mornings on Joy 99.7 FM.\n\n"
		"Sammy Forson left Capital 95.8 FM in January 2018.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Joy 99.7 FM", 0, CP_ENT_ORG, "Joy 99.7 FM");
	check_mention(text, &v, "Capital 95.8 FM", 0, CP_ENT_ORG, "Capital 95.8 FM");
	cp_arena_free(&arena);
}

/*
 * Common nouns joined by "and" inside a body's name, which the tagger cut at
 * "and", are one organization; "and Co" joins the partners' name before it;
 * two companies' names stay two.
 */
static void
test_coordinated_body(void)
{
	static const char text[] =
		"Officials at the Kenyan Tea and Coffee Board said prices would rise.\n\n"
		"The Ghana Cocoa and Coffee Marketing Board set prices.\n\n"
		"Lead Manager Dean Witter and Co Inc\n\n"
		"Shares of Merrill Lynch and Ford Motor Co rose.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Kenyan Tea and Coffee Board", 0, CP_ENT_ORG, "Kenyan Tea and Coffee Board");
	check_mention(text, &v, "Ghana Cocoa and Coffee Marketing Board", 0, CP_ENT_ORG,
				  "Ghana Cocoa and Coffee Marketing Board");
	check_mention(text, &v, "Dean Witter and Co Inc", 0, CP_ENT_ORG, "Dean Witter and Co Inc");
	check_mention(text, &v, "Ford Motor Co", 0, CP_ENT_ORG, "Ford Motor Co");
	cp_arena_free(&arena);
}

/*
 * Partners' names the tagger cut at "and" are one organization: before a
 * partner's word ("and Sons"), a single name before another and a legal
 * form, and the same partners said again without it, with their "'s"; two
 * one-word names before "'s" and a word in lower case or a clause's end; not
 * a country's name before a firm's, nor a firm before another's stake.
 */
static void
test_partners(void)
{
	static const char text[] =
		"Prices rose on Monday as shares of Gulf and Western Inc gained. A spokesman for Gulf and Western said so.\n\n"
		"The agency Standard and Poor's Corp cut its rating. Analysts at Standard and Poor's said so.\n\n"
		"Shares of Alex Brown and Sons Inc rose.\n\n"
		"Exports to France and NEC Corp's sales rose.\n";
	static const char alone[] =
		"The notes were rated by Moody's and Standard and Poor's, which cut them.\n\n"
		"The talks of Cominco and Teck's 22 pct-owned Lornex ended.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Gulf and Western Inc", 0, CP_ENT_ORG, "Gulf and Western Inc");
	check_mention(text, &v, "Gulf and Western", 0, CP_ENT_ORG, "Gulf and Western Inc");
	check_mention(text, &v, "Standard and Poor's Corp", 0, CP_ENT_ORG, "Standard and Poor's Corp");
	check_mention(text, &v, "Standard and Poor's", 0, CP_ENT_ORG, "Standard and Poor's Corp");
	check_mention(text, &v, "Alex Brown and Sons Inc", 0, CP_ENT_ORG, "Alex Brown and Sons Inc");
	check_mention(text, &v, "France", 0, CP_ENT_LOC, "France");
	check_mention(text, &v, "NEC Corp", 0, CP_ENT_ORG, "NEC Corp");
	v = run(&arena, alone, sizeof(alone) - 1);
	check_mention(alone, &v, "Standard and Poor's", 0, CP_ENT_ORG, "Standard and Poor's");
	check_mention(alone, &v, "Teck", 0, CP_ENT_ORG, "Teck");
	cp_arena_free(&arena);
}

/* A title read as a name of its own before a person's is no name. */
static void
test_title_before_person(void)
{
	static const char text[] =
		"WASHINGTON, March 20 - Rep. Richard Gephardt, a Missouri Democrat, said the bill would pass.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_none_starts(text, &v, "Rep.");
	check_mention(text, &v, "Richard Gephardt", 0, CP_ENT_PER, "Richard Gephardt");
	cp_arena_free(&arena);
}

/*
 * A country whose name holds "and" is one place; two countries and a
 * region's two parts stay two.
 */
static void
test_country_with_and(void)
{
	static const char text[] =
		"He was born in Bosnia and Herzegovina in 1970. Trinidad and Tobago won the match.\n\n"
		"Trade between Bosnia and Croatia rose. Troops were sent to Jammu and Kashmir.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Bosnia and Herzegovina", 0, CP_ENT_LOC, "Bosnia and Herzegovina");
	check_mention(text, &v, "Trinidad and Tobago", 0, CP_ENT_LOC, "Trinidad and Tobago");
	check_mention(text, &v, "Croatia", 0, CP_ENT_LOC, "Croatia");
	check_mention(text, &v, "Kashmir", 0, CP_ENT_LOC, "Kashmir");
	cp_arena_free(&arena);
}

/*
 * A name the tagger read without the number the article writes it with
 * elsewhere takes the number and that name's kind; a verb ending in "s" after
 * the number is no plural; a rider's time stays out of the team's name.
 */
static void
test_numbered_names_in_article(void)
{
	static const char text[] =
		"Halo 2 is out now for the Xbox. The first week of Halo 2, a shooter, was a record. "
		"In an interview with Channel 4, Smith said so. Channel 4 is a broadcaster.\n\n"
		"1. Juan Lopez (Spain) Banesto 4 hours 2 minutes\n"
		"2. Pedro Ruiz (Spain) Kelme 1 second behind\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Halo 2", 0, CP_ENT_ORG, "Halo 2");
	check_mention(text, &v, "Halo 2", 1, CP_ENT_ORG, "Halo 2");
	check_mention(text, &v, "Channel 4", 0, CP_ENT_ORG, "Channel 4");
	check_mention(text, &v, "Channel 4", 1, CP_ENT_ORG, "Channel 4");
	check_mention(text, &v, "Kelme", 0, CP_ENT_ORG, "Kelme");
	cp_arena_free(&arena);
}

/*
 * A one-word name the tagger read once as a person and once as an
 * organization in one article is the organization: a person the article
 * names once in full ("Tom Reid") is found by that name, and the votes tie
 * only for a name the tagger is unsure of.
 */
static void
test_person_organization_tie(void)
{
	static const char text[] =
		"Holvane said it would cut jobs. The Holvane boss said so.\n\n"
		"Kelvoran founder Tom Reid said so. Kelvoran said sales rose.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Holvane", 0, CP_ENT_ORG, "Holvane");
	check_mention(text, &v, "Holvane", 1, CP_ENT_ORG, "Holvane");
	check_mention(text, &v, "Kelvoran", 0, CP_ENT_ORG, "Kelvoran");
	check_mention(text, &v, "Kelvoran", 1, CP_ENT_ORG, "Kelvoran");
	check_mention(text, &v, "Tom Reid", 0, CP_ENT_PER, "Tom Reid");
	cp_arena_free(&arena);
}

/*
 * A name the tagger read as a person is a body with a body's noun in lower
 * case after it ("party", "magazine", "group") or "founded" before it, and
 * so are its other mentions in the article; a place with a place's noun
 * after it ("airport", "hospital", "village"); a person's name before a
 * noun of his own ("Smith family") stays a person.
 */
static void
test_bodies_read_as_persons(void)
{
	static const char text[] =
		"It was in alliance with Tavrik-i-Dosti party leader Gulbuddin Hekmatyar.\n\n"
		"The dispute pits Takemura, who founded Kavroshi in 1993 as a splinter group, against "
		"others. He quit as Kavroshi secretary general.\n\n"
		"The Hargreave family said John Hargreave would stay.\n\n"
		"The plane blew a wheel while landing at Abraham Lurie airport. He was taken to the Victor "
		"Babescu hospital. Rebels held Juan Robles village.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Tavrik-i-Dosti", 0, CP_ENT_ORG, "Tavrik-i-Dosti");
	check_mention(text, &v, "Gulbuddin Hekmatyar", 0, CP_ENT_PER, "Gulbuddin Hekmatyar");
	check_mention(text, &v, "Takemura", 0, CP_ENT_PER, "Takemura");
	check_mention(text, &v, "Kavroshi", 0, CP_ENT_ORG, "Kavroshi");
	check_mention(text, &v, "Kavroshi", 1, CP_ENT_ORG, "Kavroshi");
	check_mention(text, &v, "John Hargreave", 0, CP_ENT_PER, "John Hargreave");
	check_mention(text, &v, "Abraham Lurie", 0, CP_ENT_LOC, "Abraham Lurie");
	check_mention(text, &v, "Victor Babescu", 0, CP_ENT_LOC, "Victor Babescu");
	check_mention(text, &v, "Juan Robles", 0, CP_ENT_LOC, "Juan Robles");
	cp_arena_free(&arena);
}

/*
 * An adjective of where a company is based made of a place of two words is
 * one MISC mention and the company after it an organization, whether the
 * tagger read all of it as one name or the place apart.
 */
static void
test_adjectives_of_places(void)
{
	static const char text[] =
		"The deal gives West Germany-based Hoechst a foothold in the market.\n\n"
		"The stake was sold to San Diego-based Qualcomm, the company said.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "West Germany-based", 0, CP_ENT_MISC, "West Germany-based");
	check_mention(text, &v, "Hoechst", 0, CP_ENT_ORG, "Hoechst");
	check_mention(text, &v, "San Diego-based", 0, CP_ENT_MISC, "San Diego-based");
	check_mention(text, &v, "Qualcomm", 0, CP_ENT_ORG, "Qualcomm");
	cp_arena_free(&arena);
}

/*
 * A web address of a capitalized name and ".com", ".net" or ".org" is one
 * organization, whether the tagger read the name before the period or left
 * it out; not inside a longer address.
 */
static void
test_web_addresses(void)
{
	static const char text[] =
		"Later he moved to Dubai, where he founded Sukar.com. After selling it to Souq.com, he "
		"established SellAnyCar.com and became its CEO.\n\n"
		"Write to jo@Example.com for details.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Sukar.com", 0, CP_ENT_ORG, "Sukar.com");
	check_mention(text, &v, "Souq.com", 0, CP_ENT_ORG, "Souq.com");
	check_mention(text, &v, "SellAnyCar.com", 0, CP_ENT_ORG, "SellAnyCar.com");
	/* the last mention, if any is read in the e-mail address, is not "Example.com" */
	CHECK(CP_VEC_AT(&v, cp_mention, v.count - 1).len != strlen("Example.com"));
	cp_arena_free(&arena);
}

/*
 * Initials the article writes without defining them in brackets, read as
 * an other name, are the body of a longer name of the article whose
 * initials they spell, when that name ends as a body's ("Organisation");
 * not a concept's name, nor a state's letters with periods.
 */
static void
test_initials_of_named_bodies(void)
{
	static const char text[] =
		"The US has asked the World Trade Organisation to investigate European Union customs "
		"tariffs, which it says are inconsistent and hamper trade. The two sides agreed to reopen "
		"talks in the aircraft subsidies row, which led to tit-for-tat WTO filings last autumn. "
		"Explaining why it has asked the WTO to set up a dispute settlement panel, the office said "
		"it wants to tackle the issue early.\n\n"
		"Acquired Immune Deficiency Syndrome spreads. AIDS killed thousands.\n";
	const cp_mention *m;
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	for (size_t nth = 0; nth < 2; nth++)
	{
		m = find(text, &v, "WTO", nth);
		CHECK(m != NULL && m->kind == CP_ENT_ORG);
	}
	for (size_t i = 0; i < v.count; i++)
	{
		m = &CP_VEC_AT(&v, cp_mention, i);
		if (m->len == 4 && memcmp(text + m->start, "AIDS", 4) == 0)
			CHECK(m->kind != CP_ENT_ORG);
	}
	cp_arena_free(&arena);
}

/*
 * A people's adjective before a body's head, read as an other name for its
 * first word, is the body ("Scottish Executive", "English FA"); the
 * adjective alone stays an other name.
 */
static void
test_national_bodies(void)
{
	static const char text[] =
		"But the Scottish Executive has insisted Mr McConnell was speaking about adults. "
		"The English FA has expressed doubt as to whether the fixtures could be accommodated. "
		"Scottish fans were angry.\n";
	static const struct
	{
		const char *name;
		int			kind;
	}			want[] = {
		{"Scottish Executive", CP_ENT_ORG}, {"English FA", CP_ENT_ORG}, {"Scottish", CP_ENT_MISC}
	};
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	for (size_t k = 0; k < sizeof(want) / sizeof(want[0]); k++)
	{
		const cp_mention *m = find(text, &v, want[k].name, 0);

		CHECK(m != NULL && m->kind == want[k].kind);
	}
	cp_arena_free(&arena);
}

/*
 * An article in lower case the tagger took into a name is left out of it
 * ("the Times", "an O'Sullivan"); a title's own "The" stays.
 */
static void
test_lower_case_article_left_out(void)
{
	size_t		lower = 0;
	static const char text[] =
		"His agent told the Times newspaper that Pullman was happy. "
		"At the start of the year, an O'Sullivan had been earmarked as Ireland's best medal prospect.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	CHECK(find(text, &v, "Times", 0) != NULL && find(text, &v, "O'Sullivan", 0) != NULL);
	for (size_t i = 0; i < v.count; i++)
		lower += text[CP_VEC_AT(&v, cp_mention, i).start] >= 'a' && text[CP_VEC_AT(&v, cp_mention, i).start] <= 'z';
	CHECK_INT(lower, 0);
	cp_arena_free(&arena);
}

/*
 * A title in title case right after a noun of works, without quotation
 * marks, is one other name, its small words inside it; not after "to" (a
 * verb) nor "best" (an award's category), nor where its end is unsure
 * (before an apostrophe: "It's A Wonderful Life").
 */
static void
test_titles_after_noun_of_works(void)
{
	static const char text[] =
		"US audiences were won over by his new thriller Hide and Seek. The film It's A Wonderful Life is back. "
		"The police action movie Assault On Precinct 13, starring Ja Rule, was third. "
		"The comedy Sideways opened on Friday in London. "
		"It closed with the film I Heart Huckabees, starring Jude Law.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Hide and Seek", 0, CP_ENT_MISC, "Hide and Seek");
	check_mention(text, &v, "Assault On Precinct 13", 0, CP_ENT_MISC, "Assault On Precinct 13");
	check_mention(text, &v, "I Heart Huckabees", 0, CP_ENT_MISC, "I Heart Huckabees");
	check_mention(text, &v, "Jude Law", 0, CP_ENT_PER, "Jude Law");
	check_mention(text, &v, "Sideways", 0, CP_ENT_MISC, "Sideways");
	for (size_t i = 0; i < v.count; i++)
		CHECK(CP_VEC_AT(&v, cp_mention, i).start != (uint32_t) (strstr(text, "It's") - text));
	cp_arena_free(&arena);
}

/* A channel's name with "'s" before a programme's title (bbc59 tune). */
static void
test_titles_after_channel(void)
{
	static const char text[] =
		"It faces competition from BBC Two's The Catherine Tate Show and Sacha Baron Cohen's creations. "
		"Reality shows included Channel 4's Supernanny and ITV1's Hell's Kitchen. "
		"He told BBC Radio 4's Today programme on Monday. Radio 2's Jeremy Vine said it. "
		"It lifted Channel 4's January audience share. She hosts ITV1's Saturday morning show.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "The Catherine Tate Show", 0, CP_ENT_MISC, "The Catherine Tate Show");
	check_mention(text, &v, "Supernanny", 0, CP_ENT_MISC, "Supernanny");
	check_mention(text, &v, "Channel 4", 0, CP_ENT_ORG, "Channel 4");
	check_mention(text, &v, "ITV1", 0, CP_ENT_ORG, "ITV1");
	check_mention(text, &v, "Today", 0, CP_ENT_MISC, "Today");
	check_mention(text, &v, "Jeremy Vine", 0, CP_ENT_PER, "Jeremy Vine");
	for (size_t i = 0; i < v.count; i++)
	{
		CHECK(CP_VEC_AT(&v, cp_mention, i).start != (uint32_t) (strstr(text, "January") - text));
		CHECK(CP_VEC_AT(&v, cp_mention, i).start != (uint32_t) (strstr(text, "Saturday") - text));
	}
	cp_arena_free(&arena);
}

/* A list of titles after "films such as", "such films as", "hits including" (bbc59 tune). */
static void
test_titles_listed(void)
{
	static const char text[] =
		"He has never won despite being nominated for such films as Raging Bull and Goodfellas. "
		"He made films including Jungle Fever, Do The Right Thing and Summer of Sam. "
		"Her films, including Heathers, Robin Hood: Prince of Thieves and Chutney, were hits.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Raging Bull", 0, CP_ENT_MISC, "Raging Bull");
	check_mention(text, &v, "Goodfellas", 0, CP_ENT_MISC, "Goodfellas");
	check_mention(text, &v, "Jungle Fever", 0, CP_ENT_MISC, "Jungle Fever");
	check_mention(text, &v, "Do The Right Thing", 0, CP_ENT_MISC, "Do The Right Thing");
	check_mention(text, &v, "Summer of Sam", 0, CP_ENT_MISC, "Summer of Sam");
	check_mention(text, &v, "Heathers", 0, CP_ENT_MISC, "Heathers");
	cp_arena_free(&arena);
}

int
main(void)
{
	if (!entities_check_begin())
		UNIT_DONE("entities_unseen");
	test_defined_initialisms();
	test_defined_body_joined();
	test_defined_things();
	test_initials_of_named_bodies();
	test_unseen_company_short_forms();
	test_numbered_names_joined();
	test_station_with_frequency();
	test_coordinated_body();
	test_partners();
	test_country_with_and();
	test_title_before_person();
	test_numbered_names_in_article();
	test_person_organization_tie();
	test_bodies_read_as_persons();
	test_adjectives_of_places();
	test_national_bodies();
	test_lower_case_article_left_out();
	test_web_addresses();
	test_titles_after_noun_of_works();
	test_titles_after_channel();
	test_titles_listed();
	UNIT_DONE("entities_unseen");
}
