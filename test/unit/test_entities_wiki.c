/*
 * test_entities_wiki.c: the rules written from reading the tagger's output
 * on encyclopedic text and on Reuters' company news (doc/entities.md):
 * languages, tickers in angle brackets, nouns that state a person, games,
 * extended plays, newspapers, lakes, mountains and buildings, brackets
 * the tagger left open, degrees, bodies' names with "for" and "on", titles
 * in quotation marks after a noun.  The model comes from
 * $CORPUS_DATA_DIR.
 */
#include "data_file.h"
#include "entities_check.h"

/* A language's name is an other name, as CoNLL-2003 marks "Kurdish" or "Tamil". */
static void
test_languages(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The film was released in Hindi, Tamil and Malayalam. "
		"The name comes from the Latin word for salt. "
		"He studied in the Latin Quarter of Paris. "
		"Rao writes in Telugu.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Hindi", 0, CP_ENT_MISC, "Hindi");
	check_mention(text, &v, "Malayalam", 0, CP_ENT_MISC, "Malayalam");
	check_mention(text, &v, "Latin", 0, CP_ENT_MISC, "Latin");
	check_mention(text, &v, "Telugu", 0, CP_ENT_MISC, "Telugu");
	cp_arena_free(&arena);
}

/*
 * A region of the world is a place, also as a sentence's subject or owner;
 * so is a place the gazetteer holds whose first word opens the sentence.
 */
static void
test_regions(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Latin America's economy grew by 5.5% in 2004. "
		"Mr Blair, who has described Africa as a scar, spoke in London. "
		"Exports to Western Europe eased 3.5 pct and those to South-East Asia rose. "
		"Great Britain finished second behind Norway in the relay.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Latin America", 0, CP_ENT_LOC, "Latin America");
	check_mention(text, &v, "Africa", 0, CP_ENT_LOC, "Africa");
	check_mention(text, &v, "Western Europe", 0, CP_ENT_LOC, "Western Europe");
	check_mention(text, &v, "South-East Asia", 0, CP_ENT_LOC, "South-East Asia");
	check_mention(text, &v, "Great Britain", 0, CP_ENT_LOC, "Great Britain");
	cp_arena_free(&arena);
}

/*
 * Reuters' angle brackets: no name holds one, and the name the tagger ran on
 * with after a ticker is read when the name before the ticker ended.
 */
static void
test_ticker_brackets(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"NEW YORK, March 17 - <Goldman, Sachs and Co> said it would buy shares. "
		"HOUSTON, March 5 - Texas Air Corp's <TEX> Continental Airlines said its load factor fell.";
	static const char title[] =
		"Unions opposed the planned purchase of American Motors Co <AMO> By Chrysler Corp <C> in that it would cut jobs.";
	static const char partners[] =
		"NEW YORK, March 9 - Bear Stearns Cos Inc said it signed a lease with <Olympia and York>. "
		"It sold the unit to <Wagner and Brown>, a private firm.";
	cp_vec		v2;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	v2 = run(&arena, partners, sizeof(partners) - 1);
	CHECK(find(text, &v, "Goldman, Sachs and Co", 0) != NULL);	/* whole: tag_comma_firms */
	check_mention(partners, &v2, "Olympia and York", 0, CP_ENT_ORG, "Olympia and York");
	check_mention(partners, &v2, "Wagner and Brown", 0, CP_ENT_ORG, "Wagner and Brown");
	check_mention(text, &v, "Continental Airlines", 0, CP_ENT_ORG, "Continental Airlines");
	for (size_t i = 0; i < v.count; i++)
		CHECK(text[CP_VEC_AT(&v, cp_mention, i).start] != '<');
	/* a preposition capitalized in a title-case line starts no name after a ticker */
	v = run(&arena, title, sizeof(title) - 1);
	for (size_t i = 0; i < v.count; i++)
		CHECK(memcmp(title + CP_VEC_AT(&v, cp_mention, i).start, "By ", 3) != 0);
	cp_arena_free(&arena);
}

/*
 * A noun only a person is, in apposition, after the copula or before the
 * name, states a person for the article, where the tagger read a company
 * it never saw; not for a name after a preposition of place, whose
 * apposition is the subject's.
 */
static void
test_person_nouns(void)
{
	static const char *const texts[] = {
		"Vantrell, an American singer, posted a picture. Vantrell signed with a label.",
		"Vantrell is an American singer. Vantrell signed with a label.",
		"The album features rapper Vantrell. Vantrell signed with a label.",
	};
	/* "star" before the name only: the tagger read this singer as a company */
	static const char star[] = "Pop star Beyonce's record company has failed in an attempt to sue the producer. "
		"Beyonce had completed a video.";
	static const char born[] = "He was born in Vantrell, the son of a farmer. Vantrell posted a picture.";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++)
	{
		v = run(&arena, texts[k], strlen(texts[k]));
		check_mention(texts[k], &v, "Vantrell", 0, CP_ENT_PER, "Vantrell");
		check_mention(texts[k], &v, "Vantrell", 1, CP_ENT_PER, "Vantrell");
	}
	v = run(&arena, star, sizeof(star) - 1);
	check_mention(star, &v, "Beyonce", 0, CP_ENT_PER, "Beyonce");
	check_mention(star, &v, "Beyonce", 1, CP_ENT_PER, "Beyonce");
	v = run(&arena, born, sizeof(born) - 1);
	check_mention(born, &v, "Vantrell", 0, CP_ENT_LOC, "Vantrell");
	cp_arena_free(&arena);
}

/* A producer of records or films is a person, where the tagger read a company it never saw. */
static void
test_producer_of_works(void)
{
	static const char text[] = "The song was recorded by Norwegian record producer Kygo, featuring guest vocals. "
		"On 10 March, Kygo announced the song on Instagram.";
	static const char oil[] = "Prices fell as oil producer Kygo cut its output.";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Kygo", 0, CP_ENT_PER, "Kygo");
	check_mention(text, &v, "Kygo", 1, CP_ENT_PER, "Kygo");
	v = run(&arena, oil, sizeof(oil) - 1);
	check_mention(oil, &v, "Kygo", 0, CP_ENT_ORG, "Kygo");
	cp_arena_free(&arena);
}

/* Games named by their season or people are an event, though the tagger read a person. */
static void
test_games_read_as_person(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Marta Novak competed at the 2018 Winter Paralympics in Pyeongchang. "
		"Kenya sent two athletes to the Commonwealth Games.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "2018 Winter Paralympics", 0, CP_ENT_MISC, "2018 Winter Paralympics");
	check_mention(text, &v, "Commonwealth Games", 0, CP_ENT_MISC, "Commonwealth Games");
	cp_arena_free(&arena);
}

/* An extended play is a record's form, no name: "her debut EP"; "the EP" may be a parliament. */
static void
test_extended_play(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] = "In 2014 Marta Novak released her debut EP on a small label.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);

		CHECK(!(m->len == 2 && memcmp(text + m->start, "EP", 2) == 0));
	}
	check_mention(text, &v, "Marta Novak", 0, CP_ENT_PER, "Marta Novak");
	cp_arena_free(&arena);
}

/* A newspaper's name in quotation marks is an organization, as CoNLL-2003 marks newspapers. */
static void
test_quoted_newspapers(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Marta Novak wrote a weekly column for \"The Denver Post\". "
		"A review in \"The Daily Telegraph\" praised her.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "The Denver Post", 0, CP_ENT_ORG, "The Denver Post");
	check_mention(text, &v, "The Daily Telegraph", 0, CP_ENT_ORG, "The Daily Telegraph");
	cp_arena_free(&arena);
}

/*
 * A firm's or an ensemble's name ends with what it does ("Records",
 * "Entertainment", "Orchestra"): an organization, whatever the tagger
 * read; "Studios" is left as read.
 */
static void
test_company_ends(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"It is a puzzle game developed by Hoshi Games and Wonderful Entertainment. "
		"A television adaptation by KMT Entertainment aired in 2018. "
		"In 1975 he was a part of the \"Mark Dales Orchestra\", which toured Ohio. "
		"The Sound was released by Tamura Filmworks. "
		"She signed with Greyhaven Records in 2004. "
		"She tried to get into the Guinness Book of World Records by running.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Wonderful Entertainment", 0, CP_ENT_ORG, "Wonderful Entertainment");
	check_mention(text, &v, "KMT Entertainment", 0, CP_ENT_ORG, "KMT Entertainment");
	check_mention(text, &v, "Mark Dales Orchestra", 0, CP_ENT_ORG, "Mark Dales Orchestra");
	check_mention(text, &v, "Tamura Filmworks", 0, CP_ENT_ORG, "Tamura Filmworks");
	check_mention(text, &v, "Greyhaven Records", 0, CP_ENT_ORG, "Greyhaven Records");
	check_mention(text, &v, "Guinness Book of World Records", 0, CP_ENT_MISC, "Guinness Book of World Records");
	cp_arena_free(&arena);
}

/*
 * A church named by its creed and its people is the body of believers, an
 * organization; one named after a saint stays a building, a place.
 */
static void
test_denominations(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The parish belongs to the Roman Catholic Church. "
		"Her family left the Christian Reformed Church in 1950. "
		"He was baptised in the Greek Orthodox Church. "
		"The wedding was held at the Mount Zion Baptist Church in Dayton. "
		"The house was sold in 1945 to the First Christian Church, which rebuilt it.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Roman Catholic Church", 0, CP_ENT_ORG, "Roman Catholic Church");
	check_mention(text, &v, "Christian Reformed Church", 0, CP_ENT_ORG, "Christian Reformed Church");
	check_mention(text, &v, "Greek Orthodox Church", 0, CP_ENT_ORG, "Greek Orthodox Church");
	check_mention(text, &v, "Mount Zion Baptist Church", 0, CP_ENT_LOC, "Mount Zion Baptist Church");
	check_mention(text, &v, "First Christian Church", 0, CP_ENT_LOC, "First Christian Church");
	cp_arena_free(&arena);
}

/*
 * The name's own article between the noun and the name: the noun still
 * says what the name is, and so what its other mentions are.
 */
static void
test_noun_then_article(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Disintegration is the eighth album by English post-punk band The Cure, and a big seller. "
		"It has twelve Cure songs.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Cure", 0, CP_ENT_ORG, "Cure");
	check_mention(text, &v, "Cure", 1, CP_ENT_ORG, "Cure");
	cp_arena_free(&arena);
}

/*
 * A house of worship named after a saint is a building, "St." and all,
 * whether the saint comes first or after "of"; "Church of England" stays
 * a body.
 */
static void
test_saint_buildings(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"St Anselm's Church (Lund)\n\n"
		"The Church of St. Anselm is a parish church in Lund. "
		"In 1960 Father Berg moved to St. Anselm Church, and later to the Church of England. "
		"She is buried in the Church of St Martin of Tours, Exminster.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "St Anselm's Church", 0, CP_ENT_LOC, "St Anselm's Church");
	check_mention(text, &v, "Church of St. Anselm", 0, CP_ENT_LOC, "Church of St. Anselm");
	check_mention(text, &v, "St. Anselm Church", 0, CP_ENT_LOC, "St. Anselm Church");
	check_mention(text, &v, "Church of England", 0, CP_ENT_ORG, "Church of England");
	check_mention(text, &v, "Church of St Martin of Tours", 0, CP_ENT_LOC, "Church of St Martin of Tours");
	cp_arena_free(&arena);
}

/* A name between "in" and "play" is a conference's or a league's, read as a place or not. */
static void
test_league_play(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The Owls finished the season 9–4, 6–2 in Sun Belt play to finish second. "
		"They went 4–8 in Big Sky play a year later.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Sun Belt", 0, CP_ENT_ORG, "Sun Belt");
	check_mention(text, &v, "Big Sky", 0, CP_ENT_ORG, "Big Sky");
	cp_arena_free(&arena);
}

/*
 * Lakes and mountains by their first word, cemeteries and houses of worship
 * by their last, are places, as CoNLL-2003 marks natural features and
 * buildings.
 */
static void
test_lakes_mountains_buildings(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The creek drains into Lake Tutchewop, and the village has the Lothian Cemetery and the "
		"Sidi Khanfir Mosque. Hikers climb Mount Buchan. It was organized during August at Camp Hollister, South Carolina.";
	static const char place[] = "The southern source is Shuiquan Creek in the village of Wukunzhangzi in Kazuo County.";
	static const char hospitals[] =
		"It opened as the Kent Open Air Sanatorium in 1901. He died at the Glasgow Royal Infirmary.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Lake Tutchewop", 0, CP_ENT_LOC, "Lake Tutchewop");
	check_mention(text, &v, "Lothian Cemetery", 0, CP_ENT_LOC, "Lothian Cemetery");
	check_mention(text, &v, "Sidi Khanfir Mosque", 0, CP_ENT_LOC, "Sidi Khanfir Mosque");
	check_mention(text, &v, "Mount Buchan", 0, CP_ENT_LOC, "Mount Buchan");
	check_mention(text, &v, "Camp Hollister", 0, CP_ENT_LOC, "Camp Hollister");
	cp_arena_free(&arena);
	/* counties and creeks, which no person's name ends with */
	cp_arena_init(&arena);
	v = run(&arena, place, sizeof(place) - 1);
	check_mention(place, &v, "Shuiquan Creek", 0, CP_ENT_LOC, "Shuiquan Creek");
	check_mention(place, &v, "Kazuo County", 0, CP_ENT_LOC, "Kazuo County");
	cp_arena_free(&arena);
	/* hospitals by their older names */
	cp_arena_init(&arena);
	v = run(&arena, hospitals, sizeof(hospitals) - 1);
	check_mention(hospitals, &v, "Kent Open Air Sanatorium", 0, CP_ENT_LOC, "Kent Open Air Sanatorium");
	check_mention(hospitals, &v, "Glasgow Royal Infirmary", 0, CP_ENT_LOC, "Glasgow Royal Infirmary");
	cp_arena_free(&arena);
}

/* Untranslated words for a palace, a market or a dry valley open a place's name ("Palazzo Pitti"). */
static void
test_foreign_place_heads(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Palazzo di Vanzetti, also known as Palazzo Orlandi, is a late-Renaissance palace in Naples. "
		"The lane leads to Souk El Harrarine. The caravan crossed Wadi Hamrash before dawn.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Palazzo di Vanzetti", 0, CP_ENT_LOC, "Palazzo di Vanzetti");
	check_mention(text, &v, "Palazzo Orlandi", 0, CP_ENT_LOC, "Palazzo Orlandi");
	check_mention(text, &v, "Souk El Harrarine", 0, CP_ENT_LOC, "Souk El Harrarine");
	check_mention(text, &v, "Wadi Hamrash", 0, CP_ENT_LOC, "Wadi Hamrash");
	cp_arena_free(&arena);
}

/* Plains, ranges, territories and national parks are places by their last words. */
static void
test_plains_ranges_parks(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The garrisons of Aldershot and Salisbury Plain were rebuilt. Their territory took in Cockatoo Creek, "
		"the Treuer Range and the Northern Territory. It lives in the Hoang Lien National Park.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Salisbury Plain", 0, CP_ENT_LOC, "Salisbury Plain");
	check_mention(text, &v, "Treuer Range", 0, CP_ENT_LOC, "Treuer Range");
	check_mention(text, &v, "Northern Territory", 0, CP_ENT_LOC, "Northern Territory");
	check_mention(text, &v, "Hoang Lien National Park", 0, CP_ENT_LOC, "Hoang Lien National Park");
	cp_arena_free(&arena);
}

/* Airfields are places by their last word, as stadiums are ("Air Field" and "Air Base" by two). */
static void
test_airfields(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The soaring club leases Cactus Flat Gliderport from the county. "
		"During the war cadets trained at Dorsey Army Air Field and at Redhill Airpark.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Cactus Flat Gliderport", 0, CP_ENT_LOC, "Cactus Flat Gliderport");
	check_mention(text, &v, "Dorsey Army Air Field", 0, CP_ENT_LOC, "Dorsey Army Air Field");
	check_mention(text, &v, "Redhill Airpark", 0, CP_ENT_LOC, "Redhill Airpark");
	cp_arena_free(&arena);
}

/* Power plants, generating stations and a cable car are places by their last two words. */
static void
test_facilities(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Plans for the plant began as Texas Power and Alcoa agreed to run Twin Oak Steam Electric Station. "
		"The owners of the troubled South Texas Nuclear Generating Station sold it. "
		"After its closing in 1989, Trebevic Cable Car resumed operations in 2018.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Twin Oak Steam Electric Station", 0, CP_ENT_LOC, "Twin Oak Steam Electric Station");
	check_mention(text, &v, "South Texas Nuclear Generating Station", 0, CP_ENT_LOC,
				  "South Texas Nuclear Generating Station");
	check_mention(text, &v, "Trebevic Cable Car", 0, CP_ENT_LOC, "Trebevic Cable Car");
	cp_arena_free(&arena);
}

/* A name right after "the mountain" is a place, as one after "the river" is. */
static void
test_mountain_before(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The cable car connects the old part of the city with the mountain Trebevic. "
		"It carries 1,200 passengers to Trebevic per hour.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Trebevic", 0, CP_ENT_LOC, "Trebevic");
	check_mention(text, &v, "Trebevic", 1, CP_ENT_LOC, "Trebevic");
	cp_arena_free(&arena);
}

/* Grants, charters, a conquest, a constitution and laws are other names, as prizes and treaties are. */
static void
test_grants_and_laws(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"She studied at Yale with a Ford Motor Company Scholarship. "
		"The council drew up the Westbury City Charter in 1901. "
		"Land in Kent changed hands after the Norman Conquest. "
		"The court ruled under the Constitution of Ruritania. "
		"Frere sponsored the failed Tolliver Amendment, which challenged the Fifteenth Amendment. "
		"Mills voted for the Marsh Protection Act.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Ford Motor Company Scholarship", 0, CP_ENT_MISC, "Ford Motor Company Scholarship");
	check_mention(text, &v, "Westbury City Charter", 0, CP_ENT_MISC, "Westbury City Charter");
	check_mention(text, &v, "Norman Conquest", 0, CP_ENT_MISC, "Norman Conquest");
	check_mention(text, &v, "Constitution of Ruritania", 0, CP_ENT_MISC, "Constitution of Ruritania");
	check_mention(text, &v, "Tolliver Amendment", 0, CP_ENT_MISC, "Tolliver Amendment");
	check_mention(text, &v, "Fifteenth Amendment", 0, CP_ENT_MISC, "Fifteenth Amendment");
	check_mention(text, &v, "Marsh Protection Act", 0, CP_ENT_MISC, "Marsh Protection Act");
	cp_arena_free(&arena);
}

/* A happening's name ends with its kind ("Revolution", "Trials", "Elections"); a body's may, after "of". */
static void
test_happenings(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Weaving moved to the towns after the Industrial Revolution. "
		"Corwin was a judge at the Dunmore Witch Trials. "
		"Riots broke out after the 2014 General Elections in Ruritania. "
		"Okafor led the Popular Movement of the Revolution until 1990.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Industrial Revolution", 0, CP_ENT_MISC, "Industrial Revolution");
	check_mention(text, &v, "Dunmore Witch Trials", 0, CP_ENT_MISC, "Dunmore Witch Trials");
	check_mention(text, &v, "General Elections", 0, CP_ENT_MISC, "General Elections");
	check_mention(text, &v, "Popular Movement of the Revolution", 0, CP_ENT_ORG, "Popular Movement of the Revolution");
	cp_arena_free(&arena);
}

/* "Member of Parliament", "Justice of the Peace", "Justice of Appeal" are offices' titles, no bodies' names. */
static void
test_office_titles(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Ahmed Karim is the Member of Parliament from Rangpur-4. "
		"In 1702 Hale was a Justice of the Peace in Essex. "
		"She was elected a Member of the European Parliament in 2019. "
		"After nine years he was appointed a Justice of Appeal on the East African Court of Appeal.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);

		CHECK(!(m->len >= 6 && memcmp(text + m->start, "Member", 6) == 0) &&
			  !(m->len == 10 && memcmp(text + m->start, "Parliament", 10) == 0) &&
			  !(m->len >= 7 && memcmp(text + m->start, "Justice", 7) == 0));
	}
	check_mention(text, &v, "Essex", 0, CP_ENT_LOC, "Essex");
	check_mention(text, &v, "European Parliament", 0, CP_ENT_ORG, "European Parliament");
	cp_arena_free(&arena);
}

/* Credit ratings in a sentence about debt are grades, no names. */
static void
test_credit_ratings(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Lorcan Industries currently carries Ba-2 sinking fund debentures and B-1 subordinated notes. "
		"Its parent has A-1 senior debt and the finance unit carries A-2 senior debt. "
		"Standard and Poor's affirmed the AA- rating of Halvorsen Corp's Baa3 bonds.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_none_starts(text, &v, "Ba-2");
	check_none_starts(text, &v, "B-1");
	check_none_starts(text, &v, "A-1");
	check_none_starts(text, &v, "A-2");
	check_none_starts(text, &v, "AA-");
	check_none_starts(text, &v, "Baa3");
	check_mention(text, &v, "Lorcan Industries", 0, CP_ENT_ORG, "Lorcan Industries");
	cp_arena_free(&arena);
}

/*
 * A university's campus after "at" is in its name, a place after "at" the
 * university's is not; a technical university's short name is its name.
 */
static void
test_university_campus(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Kealoha studied at the University of Hawaii at Manoa and later taught there. "
		"Ruiz earned a doctorate from the University of Texas at Austin in 2004. "
		"The University of Oregon at the time had no law school. "
		"The Bulldogs lost to Louisiana Tech and beat Georgia Tech in 2018.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "University of Hawaii at Manoa", 0, CP_ENT_ORG, "University of Hawaii at Manoa");
	check_mention(text, &v, "University of Texas at Austin", 0, CP_ENT_ORG, "University of Texas at Austin");
	check_mention(text, &v, "University of Oregon", 0, CP_ENT_ORG, "University of Oregon");
	check_mention(text, &v, "Louisiana Tech", 0, CP_ENT_ORG, "Louisiana Tech");
	check_mention(text, &v, "Georgia Tech", 0, CP_ENT_ORG, "Georgia Tech");
	cp_arena_free(&arena);
}

/* A gloss in brackets may stand after the noun an article's first sentence states ("a village (selo) in"). */
static void
test_gloss_after_noun(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Lupoglav Zelinski is a village (\"selo\") in the Bistra territory. "
		"Marinovec Donji is a settlement (naselje) near Bistra.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Lupoglav Zelinski", 0, CP_ENT_LOC, "Lupoglav Zelinski");
	check_mention(text, &v, "Marinovec Donji", 0, CP_ENT_LOC, "Marinovec Donji");
	cp_arena_free(&arena);
}

/* A family's name after "family" or "superfamily", and a genus after "genus", are no names: CoNLL-2003 marks no taxon. */
static void
test_taxon_families(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Brenthia quadriforella is a moth of the family Choreutidae. "
		"It belongs to the superfamily Gelechioidea, and Marvin Dobbs described it. "
		"It is a rod-shaped bacterium from the genus of \"Zorbacillus\" found in soil. "
		"The family has one genus: \"Percnonia\" (Dobbs, 1848).";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	CHECK(find(text, &v, "Choreutidae", 0) == NULL);
	CHECK(find(text, &v, "Gelechioidea", 0) == NULL);
	CHECK(find(text, &v, "Zorbacillus", 0) == NULL);
	CHECK(find(text, &v, "Percnonia", 0) == NULL);
	check_mention(text, &v, "Marvin Dobbs", 0, CP_ENT_PER, "Marvin Dobbs");
	cp_arena_free(&arena);
}

/* A ship's name without its prefix, and one-word names listed with a ship's, are ships. */
static void
test_ship_short_names(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The flotilla was made up of HMS Andromache, Cressida, Miranda and Ophelia. "
		"In the morning Andromache sighted a convoy, and Cressida and Ophelia closed in. "
		"At Harwich, HMS Andromache took on coal while Peter Lowe watched.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "HMS Andromache", 0, CP_ENT_MISC, "HMS Andromache");
	check_mention(text, &v, "Cressida", 0, CP_ENT_MISC, "Cressida");
	check_mention(text, &v, "Miranda", 0, CP_ENT_MISC, "Miranda");
	check_mention(text, &v, "Ophelia", 1, CP_ENT_MISC, "Ophelia");
	check_mention(text, &v, "Andromache", 0, CP_ENT_MISC, "Andromache");
	/* a comma after a phrase makes no list: the town stays a place */
	check_mention(text, &v, "Harwich", 0, CP_ENT_LOC, "Harwich");
	check_mention(text, &v, "Peter Lowe", 0, CP_ENT_PER, "Peter Lowe");
	cp_arena_free(&arena);
}

/*
 * However many ships an article names before it, a ship's short name is
 * one: the mentions written alike are found through a hash, not by a
 * bounded number of scans of all of them.
 */
static void
test_ship_short_names_many(void)
{
	static const char fleet[] = "HMS Cressida sailed. ";
	static const char tail[] = "Then HMS Andromache sailed. In the morning Andromache sighted a convoy.";
	size_t		n = 300 * (sizeof(fleet) - 1) + sizeof(tail);
	char	   *text = malloc(n);
	cp_arena	arena;
	cp_vec		v;

	for (int k = 0; k < 300; k++)
		memcpy(text + k * (sizeof(fleet) - 1), fleet, sizeof(fleet) - 1);
	memcpy(text + 300 * (sizeof(fleet) - 1), tail, sizeof(tail));
	cp_arena_init(&arena);
	v = run(&arena, text, n - 1);
	check_mention(text, &v, "HMS Andromache", 0, CP_ENT_MISC, "HMS Andromache");
	check_mention(text, &v, "Andromache", 0, CP_ENT_MISC, "Andromache");
	cp_arena_free(&arena);
	free(text);
}

/* "Tsardom", "Khanate" and "Caliphate" head a polity with "of"; "Force" and "Navy" end a body's name. */
static void
test_forces_and_polities(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The fort passed to the Khanate of Kazan and later to the Tsardom of Russia. "
		"The base was used by the United States Air Force until 1960.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Khanate of Kazan", 0, CP_ENT_LOC, "Khanate of Kazan");
	check_mention(text, &v, "Tsardom of Russia", 0, CP_ENT_LOC, "Tsardom of Russia");
	check_mention(text, &v, "United States Air Force", 0, CP_ENT_ORG, "United States Air Force");
	cp_arena_free(&arena);
}

/* Names listed before a plural place noun are places ("Pulaski and Perry counties"); adjectives stay. */
static void
test_places_before_plural(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Heavy rain fell across Hartley, Wendell and Morrow counties on Monday. "
		"The town lies between the Ashby and Kettering rivers.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Hartley", 0, CP_ENT_LOC, "Hartley");
	check_mention(text, &v, "Wendell", 0, CP_ENT_LOC, "Wendell");
	check_mention(text, &v, "Morrow", 0, CP_ENT_LOC, "Morrow");
	check_mention(text, &v, "Kettering", 0, CP_ENT_LOC, "Kettering");
	cp_arena_free(&arena);
}

/* Names listed after a plural place noun and "of" are places ("the counties of Morgan and Scott"). */
static void
test_places_after_plural_of(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Before the war the upland counties of Morgan, Fentress, Scott and Whitley voted Whig, "
		"and the islands of Ferris and Maitland were sold.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Morgan", 0, CP_ENT_LOC, "Morgan");
	check_mention(text, &v, "Fentress", 0, CP_ENT_LOC, "Fentress");
	check_mention(text, &v, "Scott", 0, CP_ENT_LOC, "Scott");
	check_mention(text, &v, "Ferris", 0, CP_ENT_LOC, "Ferris");
	check_mention(text, &v, "Maitland", 0, CP_ENT_LOC, "Maitland");
	cp_arena_free(&arena);
}

/* A name before a land division's noun in lower case is a place ("Drumkeel townland", "Kilcurry parish"). */
static void
test_places_before_division_noun(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"It is bounded on the north by Drumkeel townland and on the east by Carrowbeg townland. "
		"His sons were Owen (of Lisnagree townland, Kilcurry parish).";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Drumkeel", 0, CP_ENT_LOC, "Drumkeel");
	check_mention(text, &v, "Carrowbeg", 0, CP_ENT_LOC, "Carrowbeg");
	check_mention(text, &v, "Owen", 0, CP_ENT_PER, "Owen");
	check_mention(text, &v, "Kilcurry", 0, CP_ENT_LOC, "Kilcurry");
	cp_arena_free(&arena);
}

/* A name the tagger ran into a bracket it did not close is the name and what the bracket gives. */
static void
test_unclosed_bracket(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"In 2018 he was elected vice-chair of the Council of Europe (CoE) committee. "
		"The Mangniu River (\xe7\x89\xa4\xe7\x89\x9b\xe6\xb2\xb3) joins it from the north.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Council of Europe", 0, CP_ENT_ORG, "Council of Europe");
	CHECK(find(text, &v, "CoE", 0) != NULL);
	CHECK(find(text, &v, "Mangniu River", 0) != NULL);
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);

		CHECK(memchr(text + m->start, '(', m->len) == NULL);
	}
	cp_arena_free(&arena);
}

/* An academic degree is no name; the college that gave it is one. */
static void
test_degrees(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Reed earned a Bachelor of Arts from Mills College in Oakland and later a Master of Science in Nursing.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Mills College", 0, CP_ENT_ORG, "Mills College");
	check_none_starts(text, &v, "Bachelor");
	check_none_starts(text, &v, "Master");
	cp_arena_free(&arena);
}

/*
 * A post named by its field is no name ("Minister of Communications and
 * Information Technology"); one named by its seat or a body keeps the
 * name ("Director of Apple": a one-word name of the dictionary may be a
 * company's).
 */
static void
test_office_of_field(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Alswaha is the current Minister of Communications and Information Technology in Saudi Arabia. "
		"Mason was the Director of Recruiting at Kent State University. "
		"She is Professor of Community Rehabilitation at the University of Sheffield.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Saudi Arabia", 0, CP_ENT_LOC, "Saudi Arabia");
	check_mention(text, &v, "Kent State University", 0, CP_ENT_ORG, "Kent State University");
	check_mention(text, &v, "University of Sheffield", 0, CP_ENT_ORG, "University of Sheffield");
	check_none_starts(text, &v, "Minister");
	check_none_starts(text, &v, "Director");
	check_none_starts(text, &v, "Professor");
	cp_arena_free(&arena);
}

/*
 * A degree's subject after the head the tagger left out is no name ("Master
 * of" "Arts"), nor a doctorate or a PhD with its subject; a college's name
 * after "Master of" stays one.
 */
static void
test_degree_subjects(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"She obtained a Master of Arts degree in 1960. In 1966 she achieved her Doctorate of Philosophy at "
		"Ohio State University. Wenger earned his PhD in Information Technology from the MIT in 1999.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Ohio State University", 0, CP_ENT_ORG, "Ohio State University");
	CHECK(find(text, &v, "Arts", 0) == NULL);
	CHECK(find(text, &v, "Doctorate of Philosophy", 0) == NULL);
	CHECK(find(text, &v, "PhD in Information Technology", 0) == NULL);
	cp_arena_free(&arena);
}

/* A degree's initials written with periods are no name either ("her B.A. in English"). */
static void
test_dotted_degrees(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"She got her B.A. in English at Barnard College, and an M.A. in history from Tufts University.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Barnard College", 0, CP_ENT_ORG, "Barnard College");
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);

		CHECK(!(m->len == 4 && (memcmp(text + m->start, "B.A.", 4) == 0 || memcmp(text + m->start, "M.A.", 4) == 0)));
	}
	cp_arena_free(&arena);
}

/*
 * Any bachelor's, master's or doctor's degree in initials with their full
 * stops is no name, alone or with the subject the tagger ran it into ("an
 * M.P.P. in public policy", "a B.F.A. in Studio Art", "her M.F.A. in Visual Art").
 */
static void
test_dotted_degrees_any(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Susanna Loeb earned a B.S. from Stanford University in 1988, followed by an M.P.P. in public policy "
		"from the University of Michigan. Smith attended the University of Texas, receiving a B.F.A. in Studio Art. "
		"In 2006, she received her M.F.A. in Visual Art from Columbia University.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Columbia University", 0, CP_ENT_ORG, "Columbia University");
	check_none_starts(text, &v, "M.P.P.");
	check_none_starts(text, &v, "B.F.A.");
	check_none_starts(text, &v, "M.F.A.");
	cp_arena_free(&arena);
}

/* A body's name goes on with "for" or "on" and what the body is for, as CoNLL-2003 marks it. */
static void
test_bodies_for_and_on(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The findings were presented at the annual meeting of the American Association for the "
		"Advancement of Science in Boston. Cooke chairs the Select Committee on Economic Affairs.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "American Association for the Advancement of Science", 0, CP_ENT_ORG,
				  "American Association for the Advancement of Science");
	check_mention(text, &v, "Select Committee on Economic Affairs", 0, CP_ENT_ORG,
				  "Select Committee on Economic Affairs");
	cp_arena_free(&arena);
}

/* A noun before a title in quotation marks states its kind ("the album "Astroworld""). */
static void
test_quoted_after_noun(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"She made her debut with the song \"Billi Akh\". In 2015 she released the album "
		"\"Astroworld\" and starred in the film \"Corbin Nash\".";
	static const char film[] = "Styxen is a 2018 German drama film directed by Paul Weber. Styxen was screened in Berlin.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Billi Akh", 0, CP_ENT_MISC, "Billi Akh");
	check_mention(text, &v, "Astroworld", 0, CP_ENT_MISC, "Astroworld");
	check_mention(text, &v, "Corbin Nash", 0, CP_ENT_MISC, "Corbin Nash");
	cp_arena_free(&arena);
	/* an encyclopedia's first sentence: "X is a 2018 German drama film directed by ..." */
	cp_arena_init(&arena);
	v = run(&arena, film, sizeof(film) - 1);
	check_mention(film, &v, "Styxen", 0, CP_ENT_MISC, "Styxen");
	check_mention(film, &v, "Styxen", 1, CP_ENT_MISC, "Styxen");
	cp_arena_free(&arena);
}

/* A title in quotation marks after a noun of works and "called", "titled" or "named". */
static void
test_quoted_after_titled(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"He sang lead on a song called \"Qualified\". In 2010 she released an album titled \"Rain\".";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Qualified", 0, CP_ENT_MISC, "Qualified");
	check_mention(text, &v, "Rain", 0, CP_ENT_MISC, "Rain");
	cp_arena_free(&arena);
}

/*
 * A name in close quotation marks the tagger read as a person's is a work's
 * or a ship's; a nickname between a person's names stays the person's.
 */
static void
test_quoted_person_work(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Between 1808 and 1809 she captured three prizes: \"Elisabeth\", \"Ariel\", and \"Grinder\". "
		"The film is based on the \"Wiro Sableng\" novel series by Bastian Tito. "
		"Joseph \"Lucky\" Scott was an American boxer.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Ariel", 0, CP_ENT_MISC, "Ariel");
	check_mention(text, &v, "Grinder", 0, CP_ENT_MISC, "Grinder");
	check_mention(text, &v, "Wiro Sableng", 0, CP_ENT_MISC, "Wiro Sableng");
	check_mention(text, &v, "Joseph \"Lucky\" Scott", 0, CP_ENT_PER, "Joseph \"Lucky\" Scott");
	cp_arena_free(&arena);
}

/*
 * A name in close quotation marks the tagger read as a body's is a work's
 * (series, films, ships); a newspaper's or a studio's stays a body's.
 */
static void
test_quoted_body_work(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"She is known for her portrayal of Amelia Karinsky in \"Bread and Butter\" opposite Bobby Moynihan. "
		"Other notable appearances include \"Westworld\", \"Mad Men\" and \"Criminal Minds\". "
		"He joined the staff of the \"San Francisco Chronicle\" in 1985 and co-owns \"Earthworks Studios\".";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Bread and Butter", 0, CP_ENT_MISC, "Bread and Butter");
	check_mention(text, &v, "Westworld", 0, CP_ENT_MISC, "Westworld");
	check_mention(text, &v, "San Francisco Chronicle", 0, CP_ENT_ORG, "San Francisco Chronicle");
	check_mention(text, &v, "Earthworks Studios", 0, CP_ENT_ORG, "Earthworks Studios");
	cp_arena_free(&arena);
}

/* An honour named "... of the Year" is one other name, without the season or the giver's possessive. */
static void
test_year_awards(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"He was named the 2017-18 WAC Player of the Year. Rookie of the Year honors went to Felix Rosenqvist. "
		"Lomis was named North Carolina FC's Comeback Player of the Year for 2019.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "WAC Player of the Year", 0, CP_ENT_MISC, "WAC Player of the Year");
	check_mention(text, &v, "Rookie of the Year", 0, CP_ENT_MISC, "Rookie of the Year");
	check_mention(text, &v, "Comeback Player of the Year", 0, CP_ENT_MISC, "Comeback Player of the Year");
	cp_arena_free(&arena);
}

/*
 * Series are works; the copula states nothing for a name after a
 * preposition, the end of a title the tagger cut.
 */
static void
test_series_copula(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char game[] = "Nightbane is a fantasy series developed by Palladium Books. Nightbane sold well.";
	static const char show[] =
		"Tall Tales with Marshawn Lynch is an American comedy series. Marshawn Lynch plays himself.";

	cp_arena_init(&arena);
	v = run(&arena, game, sizeof(game) - 1);
	check_mention(game, &v, "Nightbane", 0, CP_ENT_MISC, "Nightbane");
	check_mention(game, &v, "Nightbane", 1, CP_ENT_MISC, "Nightbane");
	v = run(&arena, show, sizeof(show) - 1);
	check_mention(show, &v, "Marshawn Lynch", 0, CP_ENT_PER, "Marshawn Lynch");
	check_mention(show, &v, "Marshawn Lynch", 1, CP_ENT_PER, "Marshawn Lynch");
	cp_arena_free(&arena);
}

/* "his debut for Nitra", "played for", "on loan from": a city's club. */
static void
test_club_after_debut(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] = "Fabis made his league debut for Nitra against Senica. He later joined a club in Nitra.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Nitra", 0, CP_ENT_ORG, "Nitra");
	cp_arena_free(&arena);
}

/* Words without a letter name nothing: coordinates, figures ("30°04", "2¾", "The 1,000 workers"). */
static void
test_no_letter(void)
{
	static const char *const texts[] = {
		"The town of Qasr lies at 30°04 N 31°02 E, near 29°16 N, and rises 285° above the plain.",
		"The 1,000 workers will be laid off at the Fiat plant.",
		"He ran 2¾ miles at Saratoga.",
	};
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++)
	{
		v = run(&arena, texts[k], strlen(texts[k]));
		for (size_t i = 0; i < v.count; i++)
		{
			const cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);
			bool		letter = false;

			for (uint32_t p = 0; p < m->len; p++)
				letter = letter || ((texts[k][m->start + p] | 0x20) >= 'a' && (texts[k][m->start + p] | 0x20) <= 'z');
			CHECK(letter);
		}
	}
	cp_arena_free(&arena);
}

/* A ship's name is an other name, as CoNLL-2003 marks "RMS Titanic"; USX's "USS Chemicals" is no ship. */
static void
test_ships(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"He served aboard HMS Bullfinch and later USS Canberra. USS Chemicals, a unit of USX, raised prices.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "HMS Bullfinch", 0, CP_ENT_MISC, "HMS Bullfinch");
	check_mention(text, &v, "USS Canberra", 0, CP_ENT_MISC, "USS Canberra");
	check_mention(text, &v, "USS Chemicals", 0, CP_ENT_ORG, "USS Chemicals");
	cp_arena_free(&arena);
}

/* An adverb opening a quotation names nothing, as one opening a sentence does. */
static void
test_adverb_in_quotation(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The singer said that \"Musically, the verse is downcast and the chorus is an explosion.\" "
		"\"Realistically, we can not do it,\" Smith said.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);

		CHECK(!(m->len > 2 && memcmp(text + m->start + m->len - 2, "ly", 2) == 0));
	}
	cp_arena_free(&arena);
}

/* A name a birth or a death follows in brackets is a person's; an honour in capitals is not. */
static void
test_born_or_died(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Giusto Priola (born 26 May 1990) is an Italian footballer. "
		"Tetricus of Langres (died 572) was Bishop of Langres.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Giusto Priola", 0, CP_ENT_PER, "Giusto Priola");
	check_mention(text, &v, "Tetricus of Langres", 0, CP_ENT_PER, "Tetricus of Langres");
	cp_arena_free(&arena);
}

/*
 * An encyclopedia's first sentence states products, wards and
 * constituencies, and musicians before their names; "The" opening the
 * sentence is the article's, not a word of the name before it.
 */
static void
test_stated_products_and_wards(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The Zorvan Eado is a compact car produced by Zorvan Motors.\n"
		"Kelembani is an administrative ward in the Tarwe District of Tanzania.\n"
		"Blue Ridge is an album by saxophonist Dalton Person which was released in 2001.\n"
		"Merrin Hollis was a ward of the court until 1850.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Zorvan Eado", 0, CP_ENT_MISC, "Zorvan Eado");
	check_mention(text, &v, "Kelembani", 0, CP_ENT_LOC, "Kelembani");
	check_mention(text, &v, "Dalton Person", 0, CP_ENT_PER, "Dalton Person");
	check_mention(text, &v, "Merrin Hollis", 0, CP_ENT_PER, "Merrin Hollis");
	cp_arena_free(&arena);
}

/*
 * A people an encyclopedia's article defines ("The X are an indigenous
 * Australian people of ...", "an ethnic group") is an other name, as
 * CoNLL-2003 marks "Kurds", where it recurs too.
 */
static void
test_stated_peoples(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Warrnambi people\n\n"
		"The Warrnambi are an indigenous Australian people of the Kimberley region.\n"
		"In Harrow's estimation the Warrnambi possessed some of tribal lands.\n"
		"The Kelvani are a Bantu ethnic group of the Lualaba valley.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Warrnambi", 1, CP_ENT_MISC, "Warrnambi");
	check_mention(text, &v, "Warrnambi", 2, CP_ENT_MISC, "Warrnambi");
	check_mention(text, &v, "Kelvani", 0, CP_ENT_MISC, "Kelvani");
	cp_arena_free(&arena);
}

/* A colon parts a quoted title from its subtitle: one work's name ("Rogue One: A Star Wars Story"). */
static void
test_quoted_subtitles(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"In 2015, Marlow published \"Quiet Rivers: Essays on the Harbour Towns of Norvale\", a series of "
		"essays. Her course, \"Stone and Water: Building the Old Mill Country\", ran for a year.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Quiet Rivers: Essays on the Harbour Towns of Norvale", 0, CP_ENT_MISC,
				  "Quiet Rivers: Essays on the Harbour Towns of Norvale");
	check_mention(text, &v, "Stone and Water: Building the Old Mill Country", 0, CP_ENT_MISC,
				  "Stone and Water: Building the Old Mill Country");
	cp_arena_free(&arena);
}

/* "as" after a person's name is English, not the Arabic article: "Pope Clement VIII as Bishop of Vercelli". */
static void
test_person_as_office(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"In 1599 he was appointed by Pope Gregory XII as Bishop of Tarrano. "
		"The film stars Harold Brenning as Captain Morrow.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Gregory XII", 0, CP_ENT_PER, "Gregory XII");
	check_mention(text, &v, "Harold Brenning", 0, CP_ENT_PER, "Harold Brenning");
	cp_arena_free(&arena);
}

/* A country's name opens the party or league after it: one name ("Pakistan Muslim League"). */
static void
test_country_bodies(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Rahim is a Bangladesh Awami League politician. He was attacked in Feni by Bangladesh Jubo League. "
		"Ahmed played in the Pakistan Super League in 2019.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Bangladesh Awami League", 0, CP_ENT_ORG, "Bangladesh Awami League");
	check_mention(text, &v, "Bangladesh Jubo League", 0, CP_ENT_ORG, "Bangladesh Jubo League");
	check_mention(text, &v, "Pakistan Super League", 0, CP_ENT_MISC, "Pakistan Super League");
	cp_arena_free(&arena);
}

/*
 * A country or a people opens the school or learned body after it ("Russian
 * Academy of Sciences"), not a ministry ("Russian", "Foreign Ministry").
 */
static void
test_country_learned_bodies(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"His father was a count and member of the Russian Academy of Sciences, whilst his mother was a princess. "
		"He then got admission into the Ghana Institute of Journalism, where he obtained a diploma. "
		"The Russian Foreign Ministry said on Monday that talks would go on.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Russian Academy of Sciences", 0, CP_ENT_ORG, "Russian Academy of Sciences");
	check_mention(text, &v, "Ghana Institute of Journalism", 0, CP_ENT_ORG, "Ghana Institute of Journalism");
	check_mention(text, &v, "Foreign Ministry", 0, CP_ENT_ORG, "Foreign Ministry");
	cp_arena_free(&arena);
}

/*
 * A school's or a university's name in another language is a body, not the
 * place or the person it holds ("Universidad de Buenos Aires", "Colegio
 * Arubano"); an English one was right before.
 */
static void
test_foreign_schools(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"She earned a doctorate at the Universidad de Buenos Aires in 1970. "
		"Later he attended Colegio Arubano and finished his studies. "
		"He taught at the Universit\u00e0 di Bologna and at the Universidade de S\u00e3o Paulo. "
		"She moved to the University of Toronto, Canada.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Universidad de Buenos Aires", 0, CP_ENT_ORG, "Universidad de Buenos Aires");
	check_mention(text, &v, "Colegio Arubano", 0, CP_ENT_ORG, "Colegio Arubano");
	check_mention(text, &v, "Universit\u00e0 di Bologna", 0, CP_ENT_ORG, "Universit\u00e0 di Bologna");
	check_mention(text, &v, "Universidade de S\u00e3o Paulo", 0, CP_ENT_ORG, "Universidade de S\u00e3o Paulo");
	check_mention(text, &v, "University of Toronto", 0, CP_ENT_ORG, "University of Toronto");
	check_mention(text, &v, "Canada", 0, CP_ENT_LOC, "Canada");
	cp_arena_free(&arena);
}

/* A road numbered within a state's or country's name is a place ("U.S. Route 3"). */
static void
test_numbered_roads_in_names(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The forest lies on either side of U.S. Route 3, north of the lake. "
		"The church stands along Arkansas Highway 300 near the ridge.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "U.S. Route 3", 0, CP_ENT_LOC, "U.S. Route 3");
	check_mention(text, &v, "Arkansas Highway 300", 0, CP_ENT_LOC, "Arkansas Highway 300");
	cp_arena_free(&arena);
}

/* A place and a club's "FC" the tagger read as two names are one club. */
static void
test_club_suffix_tagged_apart(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"In the following season, Valletta FC futsal won the title after beating Hamrun. "
		"The club is based in Valletta, Malta.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Valletta FC", 0, CP_ENT_ORG, "Valletta FC");
	CHECK(find(text, &v, "FC", 0) == NULL);
	cp_arena_free(&arena);
}

/* A place's noun and "of" state a place, though the tagger read an organization. */
static void
test_place_noun_of_organization(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"It is a housing development in the Primorsky district of St. Petersburg built by Concord.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "St. Petersburg", 0, CP_ENT_LOC, "St. Petersburg");
	cp_arena_free(&arena);
}

/* An article's title line and the first sentence's subject that repeats it are one name each. */
static void
test_title_subject(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Dancing with the Wolf\n\nDancing with the Wolf is a 2016 Canadian drama film directed by Mara "
		"Olsen and starring Tom Berry. It was filmed in Calgary.";
	static const char named[] =
		"Ellen Marta Hollis\n\nEllen Marta Hollis (born 1910, died 1998) was an American administrator.";
	static const char cut[] =
		"Lola Visual Effects\n\nLola Visual Effects (or simply Lola) is a company. Lola was founded in 2001.";
	/* the subject in quotation marks: a work's title, whatever the tagger read in it (wiki54) */
	static const char song[] =
		"Now We're Starting Over Again\n\n\"Now We're Starting Over Again\" is a ballad composed by "
		"Michael Masser and first recorded by Dionne Warwick in 1981.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Dancing with the Wolf", 0, CP_ENT_MISC, "Dancing with the Wolf");
	check_mention(text, &v, "Dancing with the Wolf", 1, CP_ENT_MISC, "Dancing with the Wolf");
	v = run(&arena, named, sizeof(named) - 1);
	check_mention(named, &v, "Ellen Marta Hollis", 0, CP_ENT_PER, "Ellen Marta Hollis");
	check_mention(named, &v, "Ellen Marta Hollis", 1, CP_ENT_PER, "Ellen Marta Hollis");
	v = run(&arena, cut, sizeof(cut) - 1);
	check_mention(cut, &v, "Lola Visual Effects", 1, CP_ENT_ORG, "Lola Visual Effects");
	v = run(&arena, song, sizeof(song) - 1);
	check_mention(song, &v, "Now We're Starting Over Again", 0, CP_ENT_MISC, "Now We're Starting Over Again");
	check_mention(song, &v, "Now We're Starting Over Again", 1, CP_ENT_MISC, "Now We're Starting Over Again");
	cp_arena_free(&arena);
}

/* A company's name after its legal form ("LLC Megaline") gives the name alone its kind. */
static void
test_legal_form_before_name(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Concord owns half of LLC Vostrolin (). Vostrolin received most of the contracts in 2016.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Vostrolin", 0, CP_ENT_ORG, "LLC Vostrolin");
	cp_arena_free(&arena);
}

/* A fair's name ends as an event's, and the edition's year after an event's name is part of it. */
static void
test_event_with_year_after(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The car debuted at the Beijing Auto Show 2010, and the sedan was shown at the "
		"International Motor Show 2011 in Frankfurt.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Beijing Auto Show 2010", 0, CP_ENT_MISC, "Beijing Auto Show 2010");
	check_mention(text, &v, "International Motor Show 2011", 0, CP_ENT_MISC, "International Motor Show 2011");
	cp_arena_free(&arena);
}

/*
 * The edition's year or season before an event of a series is part of its
 * name; not the year of a war, which only dates it, nor a date's year.
 */
static void
test_event_with_year_before(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"2005 Japanese Super Cup\n\n"
		"The 2005 Japanese Super Cup was played in Tokyo. Veterans of the 1991 Gulf War attended. "
		"On 4 March 2018 World Cup tickets went on sale. He played in the 2018–19 ICC Asia Qualifier "
		"and the 2003-04 UEFA Cup. The 2011 Mercia Cup Final was played in May.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "2011 Mercia Cup Final", 0, CP_ENT_MISC, "2011 Mercia Cup Final");
	check_mention(text, &v, "2005 Japanese Super Cup", 0, CP_ENT_MISC, "2005 Japanese Super Cup");
	check_mention(text, &v, "2005 Japanese Super Cup", 1, CP_ENT_MISC, "2005 Japanese Super Cup");
	check_mention(text, &v, "Gulf War", 0, CP_ENT_MISC, "Gulf War");
	check_mention(text, &v, "World Cup", 0, CP_ENT_MISC, "World Cup");
	check_mention(text, &v, "2018–19 ICC Asia Qualifier", 0, CP_ENT_MISC, "2018–19 ICC Asia Qualifier");
	check_mention(text, &v, "2003-04 UEFA Cup", 0, CP_ENT_MISC, "2003-04 UEFA Cup");
	cp_arena_free(&arena);
}

/*
 * The year of a law or an edition written after "of" is part of its name;
 * not a year that starts a span of years.  An award's category after "for"
 * is part of the award's name too: "Best" or "Outstanding" and the
 * capitalized words after it.
 */
static void
test_event_with_of_year(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Congress relied on the Civil Rights Act of 1964 in that case. She won twice at the Juno "
		"Awards of 2010 in Ottawa. The Clean Air Act of 1970–71 passed. The film won the Academy Award "
		"for Best Picture in 1998. He won the Filmfare Award for Best Actor in a Leading Role in 2005.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Civil Rights Act of 1964", 0, CP_ENT_MISC, "Civil Rights Act of 1964");
	check_mention(text, &v, "Juno Awards of 2010", 0, CP_ENT_MISC, "Juno Awards of 2010");
	check_mention(text, &v, "Clean Air Act", 0, CP_ENT_MISC, "Clean Air Act");
	check_mention(text, &v, "Academy Award for Best Picture", 0, CP_ENT_MISC, "Academy Award for Best Picture");
	check_mention(text, &v, "Filmfare Award for Best Actor in a Leading Role", 0, CP_ENT_MISC,
				  "Filmfare Award for Best Actor in a Leading Role");
	cp_arena_free(&arena);
}

/*
 * A competition named by a Spanish, Italian or French first word is an
 * event; not a company so named.
 */
static void
test_competitions_untranslated(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The reserves played in the Torneo Argentino A and lost a Copa Chile match. "
		"Juventus won the Coppa Italia and PSG the Coupe de France. He flew Copa Airlines.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Torneo Argentino A", 0, CP_ENT_MISC, "Torneo Argentino A");
	check_mention(text, &v, "Copa Chile", 0, CP_ENT_MISC, "Copa Chile");
	check_mention(text, &v, "Coppa Italia", 0, CP_ENT_MISC, "Coppa Italia");
	check_mention(text, &v, "Coupe de France", 0, CP_ENT_MISC, "Coupe de France");
	check_mention(text, &v, "Copa Airlines", 0, CP_ENT_ORG, "Copa Airlines");
	cp_arena_free(&arena);
}

/*
 * A club and the competition it plays in, tagged as one name with "of"
 * between, are two; one event's name with "of" in it stays one.
 */
static void
test_club_of_competition(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Gomez signed for Talleres of Primera B Nacional in 2019. "
		"She sang at the Heart of Europe Festival 2015.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Talleres", 0, CP_ENT_ORG, "Talleres");
	check_mention(text, &v, "Primera B Nacional", 0, CP_ENT_MISC, "Primera B Nacional");
	check_mention(text, &v, "Heart of Europe Festival 2015", 0, CP_ENT_MISC, "Heart of Europe Festival 2015");
	cp_arena_free(&arena);
}

/* A US state's name and "State" alone is a state university's short name; New York's "State" is the state. */
static void
test_state_school(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"She was an assistant professor in art education at Ohio State from 1966 to 1970. "
		"He committed to play at New Mexico State. "
		"He moved to New York State in 1990.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Ohio State", 0, CP_ENT_ORG, "Ohio State");
	check_mention(text, &v, "New Mexico State", 0, CP_ENT_ORG, "New Mexico State");
	check_mention(text, &v, "New York State", 0, CP_ENT_LOC, "New York State");
	cp_arena_free(&arena);
}

/* Two names of one kind joined by the Spanish "y" are one ("Gimnasia y Esgrima"). */
static void
test_spanish_y_joins(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Silva began with Argentine Primera Division side Gimnasia y Esgrima. "
		"He later joined Aldosivi.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Gimnasia y Esgrima", 0, CP_ENT_ORG, "Gimnasia y Esgrima");
	cp_arena_free(&arena);
}

/*
 * A body's name goes on with "on" and what the body is about where the
 * tagger read no name after it, or after "Head for X" ("Council on Foreign
 * Relations", "Institute for Research on Education Policy and Practice");
 * not over a day ("Security Council on Monday").
 */
static void
test_body_on_tail(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"He was a fellow of the Council on Foreign Relations in New York. "
		"She chaired the House Committee on Ways and Means for years. "
		"From 2006 to 2009, Loeb directed the Institute for Research on Education Policy and Practice (IREPP). "
		"The Security Council on Monday approved the resolution. "
		"The Republican Task Force on Farm and Rural America, headed by Senate Minority Leader Robert Dole, met.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Council on Foreign Relations", 0, CP_ENT_ORG, "Council on Foreign Relations");
	check_mention(text, &v, "House Committee on Ways and Means", 0, CP_ENT_ORG, "House Committee on Ways and Means");
	check_mention(text, &v, "Institute for Research on Education Policy and Practice", 0, CP_ENT_ORG, "Institute for Research on Education Policy and Practice");
	check_mention(text, &v, "Security Council", 0, CP_ENT_ORG, "Security Council");
	check_mention(text, &v, "Republican Task Force on Farm and Rural America", 0, CP_ENT_ORG,
				  "Republican Task Force on Farm and Rural America");
	cp_arena_free(&arena);
}

/*
 * An ampersand written as HTML's "&amp;" joins a firm's name as "&" does,
 * and no name ends with the "&" of one that joins none.
 */
static void
test_escaped_ampersand(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"In 1859 a collection of her poems was issued by Rudd &amp; Carlton, of New York City.\n\n"
		"The first mill was Juggilal Kamlapat Cotton Spinning &amp; Weaving Mills in 1921.\n\n"
		"Career.\nCollege &amp; youth.\nLomis started playing football in Noordwijk.\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Rudd &amp; Carlton", 0, CP_ENT_ORG, "Rudd &amp; Carlton");
	check_mention(text, &v, "Juggilal Kamlapat Cotton Spinning &amp; Weaving Mills", 0, CP_ENT_ORG,
				  "Juggilal Kamlapat Cotton Spinning &amp; Weaving Mills");
	for (size_t k = 0; k < v.count; k++)
	{
		const cp_mention *m = &CP_VEC_AT(&v, cp_mention, k);

		CHECK(text[m->start + m->len - 1] != '&');
	}
	cp_arena_free(&arena);
}

/* A county read as a body is the county; a club's name in a result line and a bank's name stay bodies. */
static void
test_county_divisions(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Red Bluff is the county seat of Tehama County.\n\n"
		"Stockport 0 Notts County 0\n\n"
		"Sunset Bancorp bought the Bank of Iron County in May.\n\n"
		"McEvoy was the son of James McEvoy of Tobertinan (Tobertynan House, Rathmolyon, County Meath).\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Tehama County", 0, CP_ENT_LOC, "Tehama County");
	check_mention(text, &v, "Notts County", 0, CP_ENT_ORG, "Notts County");
	check_mention(text, &v, "Bank of Iron County", 0, CP_ENT_ORG, "Bank of Iron County");
	check_mention(text, &v, "County Meath", 0, CP_ENT_LOC, "County Meath");
	cp_arena_free(&arena);
}

/* A Russian, Australian, Polish or Arab land's division read as a body is the division ("Tomsk Oblast", "Murrindindi Shire"). */
static void
test_foreign_divisions(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Sorokin was born in Seversk, Tomsk Oblast to a family of teachers.\n\n"
		"Yea is a town in Murrindindi Shire in the north of the state.\n\n"
		"The plant was moved to Altai Krai in 1942.\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Tomsk Oblast", 0, CP_ENT_LOC, "Tomsk Oblast");
	check_mention(text, &v, "Murrindindi Shire", 0, CP_ENT_LOC, "Murrindindi Shire");
	check_mention(text, &v, "Altai Krai", 0, CP_ENT_LOC, "Altai Krai");
	cp_arena_free(&arena);
}

/* An office named after its seat is no name, the seat a place; a town named so stays whole. */
static void
test_seat_of_office(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"He was Lord Provost of Glasgow from 1990.\n\n"
		"Pedro I became first Emperor of Brazil in 1822.\n\n"
		"KING OF PRUSSIA, Pa., March 3 - The company said it would sell the unit.\n\n"
		"Charles Goore was an English merchant, who twice held the office of Mayor of Liverpool.\n\n"
		"Sir Roger Bacon was a British judge who was Chief Justice of Gibraltar (1946-55).\n\n"
		"In 1871 he succeeded his uncle as 4th Earl of Carvelly and sat in the House of Lords.\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Glasgow", 0, CP_ENT_LOC, "Glasgow");
	check_mention(text, &v, "Liverpool", 0, CP_ENT_LOC, "Liverpool");
	check_mention(text, &v, "Gibraltar", 0, CP_ENT_LOC, "Gibraltar");
	check_mention(text, &v, "Brazil", 0, CP_ENT_LOC, "Brazil");
	check_mention(text, &v, "KING OF PRUSSIA", 0, CP_ENT_LOC, "KING OF PRUSSIA");
	/* a rank of the peerage names a place the gazetteers do not hold */
	check_mention(text, &v, "Carvelly", 0, CP_ENT_LOC, "Carvelly");
	cp_arena_free(&arena);
}

/*
 * A rank of royalty or nobility before a name makes a person, named without
 * the rank, as CoNLL-2003 marks "King Hussein" and "Lord Goschen"; the
 * rank's person votes so in the article ("Mstislav" alone after "Prince
 * Mstislav"); not a place or a body that a rank opens.
 */
static void
test_rank_before_name(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"They attended the 1903 Delhi Durbar to mark the accession of King Edward VII as Emperor of India.\n\n"
		"In 1882, the then Lord Cremorne married Julia Georgiana Sarah Wombwell.\n\n"
		"He was styled Viscount Cremorne between 1866 and 1897.\n\n"
		"He succeeded to the peerage as Baron Herbert of Chirbury.\n\n"
		"Battle.\nIn the autumn of 1239, the Tatar horde captured Hlukhiv, Kursk, Rylsk, and Putivl, and "
		"advanced towards Chernigov. When Prince Mstislav heard that the Tatars were attacking the town, he "
		"came with his troops to confront them. The nomads used catapults that hurled stones the distance of "
		"a bowshot and a half. Mstislav barely escaped, but many of his men were killed.\n\n"
		"The ferry sails to Prince Edward Island from Nova Scotia.\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Edward VII", 0, CP_ENT_PER, "Edward VII");
	check_mention(text, &v, "Cremorne", 0, CP_ENT_PER, "Cremorne");
	check_mention(text, &v, "Cremorne", 1, CP_ENT_PER, "Cremorne");
	check_mention(text, &v, "Herbert", 0, CP_ENT_PER, "Herbert");
	check_mention(text, &v, "Mstislav", 0, CP_ENT_PER, "Mstislav");
	check_mention(text, &v, "Mstislav", 1, CP_ENT_PER, "Mstislav");
	check_mention(text, &v, "Prince Edward Island", 0, CP_ENT_LOC, "Prince Edward Island");
	check_none_starts(text, &v, "King");
	check_none_starts(text, &v, "Lord");
	check_none_starts(text, &v, "Viscount");
	check_none_starts(text, &v, "Baron");
	cp_arena_free(&arena);
}

/*
 * A capitalized "The" before a body's head and "of" is no part of the
 * name, wherever it stands; a newspaper's "The" stays.
 */
static void
test_article_before_body_of(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"He is the special teams coordinator at The University of Cincinnati. Prior to that, he coached "
		"linebackers at Rutgers University.\n\n"
		"She works at the School of Health and Related Research at The University of Sheffield.\n\n"
		"Mike Hale wrote in his review for The Times that the show was good.\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "University of Cincinnati", 0, CP_ENT_ORG, "University of Cincinnati");
	check_mention(text, &v, "University of Sheffield", 0, CP_ENT_ORG, "University of Sheffield");
	check_mention(text, &v, "The Times", 0, CP_ENT_ORG, "The Times");
	cp_arena_free(&arena);
}

/*
 * The region after a town and a comma is a place, which the tagger read as
 * a county's cricket club; not where a clause goes on with it as subject.
 */
static void
test_region_after_town(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Charles Goore was born on 11 December 1701 at Goore House near Ormskirk, Lancashire.\n\n"
		"He was arrested following a speech he made in Burnley, Lancashire, and was released on bail.\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Lancashire", 0, CP_ENT_LOC, "Lancashire");
	check_mention(text, &v, "Lancashire", 1, CP_ENT_LOC, "Lancashire");
	cp_arena_free(&arena);
}

/*
 * A nickname in quotation marks inside a person's full name is part of the
 * one name, as CoNLL-2003 marks 'Hector "Macho" Camacho'; a title in
 * quotation marks after a name is not.
 */
static void
test_nickname_in_name(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Wei Seng \"Paul\" Phua (born 29 April 1964) is a Malaysian businessman. "
		"Darrell Demont \"D. J.\" Chark Jr. (born 1996) is an American football player. "
		"Later Phua played with John Juanda. "
		"She starred with Bianca Umali in \"Kambal, Karibal\" last year.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Wei Seng \"Paul\" Phua", 0, CP_ENT_PER, "Wei Seng \"Paul\" Phua");
	check_mention(text, &v, "Darrell Demont \"D. J.\" Chark Jr.", 0, CP_ENT_PER,
				  "Darrell Demont \"D. J.\" Chark Jr.");
	check_mention(text, &v, "Phua", 0, CP_ENT_PER, "Wei Seng \"Paul\" Phua");
	check_mention(text, &v, "Bianca Umali", 0, CP_ENT_PER, "Bianca Umali");
	cp_arena_free(&arena);
}

/*
 * A title in quotation marks dated by a year in brackets is a work's, one
 * word or a possessive in it too, whatever the tagger read.
 */
static void
test_dated_titles(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"She is known for her roles in \"Little Nanay\" (2015), \"That's My Amboy\" (2016), "
		"\"Alyas Robin Hood\" (2016) and \"Thursday\" (2010). "
		"Asked about the deal, Mr Tan said \"Maybe\" and left.";
	const cp_mention *m;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Little Nanay", 0, CP_ENT_MISC, "Little Nanay");
	check_mention(text, &v, "That's My Amboy", 0, CP_ENT_MISC, "That's My Amboy");
	check_mention(text, &v, "Alyas Robin Hood", 0, CP_ENT_MISC, "Alyas Robin Hood");
	check_mention(text, &v, "Thursday", 0, CP_ENT_MISC, "Thursday");
	for (size_t i = 0; i < v.count; i++)
	{
		m = &CP_VEC_AT(&v, cp_mention, i);
		CHECK(!(m->len == 5 && memcmp(text + m->start, "Maybe", 5) == 0));
	}
	cp_arena_free(&arena);
}

/*
 * A name before "station", alone or after a line's kind, is the place the
 * station is named after; a broadcaster's before "station" stays a body.
 */
static void
test_station_names(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Charhi railway station is a station on the Koderma line. "
		"Charhi lies 30 km from Barkakana; trains serve Charhi twice a day. "
		"He spoke on Greece's Alter Television station on Monday.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Charhi", 0, CP_ENT_LOC, "Charhi");
	check_mention(text, &v, "Charhi", 2, CP_ENT_LOC, "Charhi");
	check_mention(text, &v, "Alter Television", 0, CP_ENT_ORG, "Alter Television");
	cp_arena_free(&arena);
}

/* A name with a point of the compass after it is a place, and so are the names listed with it. */
static void
test_compass_points(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Lumara is a village in eastern Ghana. "
		"The village is bounded by Okaru and Sentema to the north, Bwalimbe to the east and "
		"Kiregwa to the south-west. Ankoma lies to the north of the river.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Okaru", 0, CP_ENT_LOC, "Okaru");
	check_mention(text, &v, "Sentema", 0, CP_ENT_LOC, "Sentema");
	check_mention(text, &v, "Bwalimbe", 0, CP_ENT_LOC, "Bwalimbe");
	check_mention(text, &v, "Kiregwa", 0, CP_ENT_LOC, "Kiregwa");
	cp_arena_free(&arena);
}

/* A city's name after a player's deed and "for", or a match's outcome and "against", is its club. */
static void
test_club_after_deed(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Ralston made his first appearance with Rotterdam in May. "
		"His first goal for Bristol came a week later, in a 2-1 defeat against Leicester.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Rotterdam", 0, CP_ENT_ORG, "Rotterdam");
	check_mention(text, &v, "Bristol", 0, CP_ENT_ORG, "Bristol");
	check_mention(text, &v, "Leicester", 0, CP_ENT_ORG, "Leicester");
	cp_arena_free(&arena);
}

/*
 * Any place but a national side after a player's deed, or after his sport
 * or place in the side and "for", "with" or "at", is his side: a state's
 * name its university's, a city a region also names its club; but not
 * after a deal "signed with", which states sign.
 */
static void
test_side_after_deed(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Ortega made his first appearance with New York in March. "
		"Miller played college football at Texas. "
		"Kerr won his first cap for Scotland in 1990. Dunn later signed with Leeds. "
		"Hydro-Quebec sells power to Vermont under the deal signed with Vermont in 1987.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "New York", 0, CP_ENT_ORG, "New York");
	check_mention(text, &v, "Texas", 0, CP_ENT_ORG, "Texas");
	check_mention(text, &v, "Scotland", 0, CP_ENT_LOC, "Scotland");
	check_mention(text, &v, "Leeds", 0, CP_ENT_ORG, "Leeds");
	check_mention(text, &v, "Vermont", 1, CP_ENT_LOC, "Vermont");
	cp_arena_free(&arena);
}

/*
 * In a list of four organizations or more, more than the rest, names read
 * as persons are organizations.  A list after a plural noun of bodies or
 * places and "such as" is of the noun's kind, an owner in the possessive
 * left out.
 */
static void
test_long_organization_list(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The alliance includes Intel, Motorola, Bosch, Dell, Harley Davidson, Procter Gamble, Xerox, "
		"Oracle and Unilever. The fund backed companies such as Quillo, Brantwise and Forvane. "
		"Rivals include firms such as Norway's Kvaltek and Sweden's Bromsa. Norway exports gas. "
		"The clinic serves villages, such as Mokwena, Tlhako and Gasebo, in the district.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Bosch", 0, CP_ENT_ORG, "Bosch");
	check_mention(text, &v, "Harley Davidson", 0, CP_ENT_ORG, "Harley Davidson");
	check_mention(text, &v, "Procter Gamble", 0, CP_ENT_ORG, "Procter Gamble");
	check_mention(text, &v, "Quillo", 0, CP_ENT_ORG, "Quillo");
	check_mention(text, &v, "Forvane", 0, CP_ENT_ORG, "Forvane");
	check_mention(text, &v, "Norway", 0, CP_ENT_LOC, "Norway");
	check_mention(text, &v, "Norway", 1, CP_ENT_LOC, "Norway");
	check_mention(text, &v, "Mokwena", 0, CP_ENT_LOC, "Mokwena");
	check_mention(text, &v, "Gasebo", 0, CP_ENT_LOC, "Gasebo");
	cp_arena_free(&arena);
}

/* In a list of three places or more, more than half of it, a place the gazetteers hold is one too. */
static void
test_place_list(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] = "The firm has offices in Boston, Chicago, Leeds, Nantes and Valencia.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Leeds", 0, CP_ENT_LOC, "Leeds");
	check_mention(text, &v, "Nantes", 0, CP_ENT_LOC, "Nantes");
	cp_arena_free(&arena);
}

/*
 * Titles in quotation marks listed after a noun of works are works, one
 * word or read as names; so are ships' names after a noun of ships, but
 * not after "to ship", and a law's name with a bracketed part.
 */
static void
test_listed_quoted_titles(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"She appeared in the films \"Dark Harbour\", \"Lonely Hearts\", \"Miranda\" and \"Cold Fire\". "
		"The bonds come in two series \"A\" and \"B\". "
		"In 1704 he took command of the sloop \"Providence\" and sailed for Jamaica with the schooner "
		"\"Le Vautour\". Ecuador agreed to ship U.S. cotton to its mills. "
		"Women could sit after the Teachers (Amendment) Act 1921 passed.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Lonely Hearts", 0, CP_ENT_MISC, "Lonely Hearts");
	check_mention(text, &v, "Miranda", 0, CP_ENT_MISC, "Miranda");
	CHECK(find(text, &v, "A", 0) == NULL);
	check_mention(text, &v, "Providence", 0, CP_ENT_MISC, "Providence");
	check_mention(text, &v, "Le Vautour", 0, CP_ENT_MISC, "Le Vautour");
	check_mention(text, &v, "Jamaica", 0, CP_ENT_LOC, "Jamaica");
	check_mention(text, &v, "U.S.", 0, CP_ENT_LOC, "United States");
	/* a law's name with a bracketed part is one other name */
	check_mention(text, &v, "Teachers (Amendment) Act 1921", 0, CP_ENT_MISC, "Teachers (Amendment) Act 1921");
	cp_arena_free(&arena);
}

/* A title in quotation marks may hold a possessive, and run to twelve tokens. */
static void
test_quoted_title_possessive(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"Her poems appeared in \"Sailor's Almanac\" and in \"The Gardener's Book of Days and Nights in "
		"Old Kent\".";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Sailor's Almanac", 0, CP_ENT_MISC, "Sailor's Almanac");
	check_mention(text, &v, "The Gardener's Book of Days and Nights in Old Kent", 0, CP_ENT_MISC,
				  "The Gardener's Book of Days and Nights in Old Kent");
	cp_arena_free(&arena);
}

/*
 * A viaduct or an aqueduct, a seamount and a nature preserve are places,
 * whatever kind the tagger read the name as.
 */
static void
test_viaducts_seamounts_preserves(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The Glenfinnan Viaduct carries the line over the valley.\n"
		"The Great Meteor Seamount lies south of the Azores, and the Sahara Seamounts near El Hierro.\n"
		"The trail crosses the Riddle State Nature Preserve.\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Glenfinnan Viaduct", 0, CP_ENT_LOC, "Glenfinnan Viaduct");
	check_mention(text, &v, "Great Meteor Seamount", 0, CP_ENT_LOC, "Great Meteor Seamount");
	check_mention(text, &v, "Sahara Seamounts", 0, CP_ENT_LOC, "Sahara Seamounts");
	check_mention(text, &v, "Riddle State Nature Preserve", 0, CP_ENT_LOC, "Riddle State Nature Preserve");
	cp_arena_free(&arena);
}

int
main(void)
{
	if (!entities_check_begin())
		UNIT_DONE("entities_wiki");
	test_languages();
	test_regions();
	test_ticker_brackets();
	test_person_nouns();
	test_producer_of_works();
	test_games_read_as_person();
	test_extended_play();
	test_quoted_newspapers();
	test_company_ends();
	test_denominations();
	test_noun_then_article();
	test_saint_buildings();
	test_league_play();
	test_lakes_mountains_buildings();
	test_foreign_place_heads();
	test_plains_ranges_parks();
	test_airfields();
	test_facilities();
	test_mountain_before();
	test_grants_and_laws();
	test_happenings();
	test_office_titles();
	test_credit_ratings();
	test_university_campus();
	test_gloss_after_noun();
	test_taxon_families();
	test_ship_short_names();
	test_ship_short_names_many();
	test_forces_and_polities();
	test_places_before_plural();
	test_places_after_plural_of();
	test_places_before_division_noun();
	test_unclosed_bracket();
	test_degrees();
	test_office_of_field();
	test_degree_subjects();
	test_dotted_degrees();
	test_bodies_for_and_on();
	test_quoted_after_noun();
	test_quoted_after_titled();
	test_quoted_person_work();
	test_quoted_body_work();
	test_year_awards();
	test_series_copula();
	test_club_after_debut();
	test_no_letter();
	test_ships();
	test_adverb_in_quotation();
	test_born_or_died();
	test_stated_products_and_wards();
	test_stated_peoples();
	test_quoted_subtitles();
	test_person_as_office();
	test_country_bodies();
	test_country_learned_bodies();
	test_foreign_schools();
	test_numbered_roads_in_names();
	test_club_suffix_tagged_apart();
	test_place_noun_of_organization();
	test_title_subject();
	test_legal_form_before_name();
	test_event_with_year_after();
	test_event_with_year_before();
	test_event_with_of_year();
	test_competitions_untranslated();
	test_club_of_competition();
	test_spanish_y_joins();
	test_body_on_tail();
	test_dotted_degrees_any();
	test_state_school();
	test_escaped_ampersand();
	test_county_divisions();
	test_foreign_divisions();
	test_seat_of_office();
	test_rank_before_name();
	test_article_before_body_of();
	test_region_after_town();
	test_nickname_in_name();
	test_dated_titles();
	test_compass_points();
	test_station_names();
	test_club_after_deed();
	test_side_after_deed();
	test_long_organization_list();
	test_place_list();
	test_listed_quoted_titles();
	test_quoted_title_possessive();
	test_viaducts_seamounts_preserves();
	UNIT_DONE("entities_wiki");
}
