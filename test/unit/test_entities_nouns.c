/*
 * test_entities_nouns.c: the one table of nouns that state a name's kind
 * and where each may stand (src/core/entities_nouns.c), read through
 * noun_at() by the rules of entities_stated.c and entities_words.c.  The
 * model comes from $CORPUS_DATA_DIR.
 */
#include "entities_check.h"
#include "entities_nouns.h"

#include <string.h>

/* The kind the noun w states standing at where, or -1 when it may not stand there. */
static int
kind_at(const char *w, unsigned where)
{
	const stated_noun *n = noun_at(w, 0, (uint32_t) strlen(w), where);

	return n ? n->kind : -1;
}

/*
 * Right after a name, in lower case: a body's nouns and a place's, a land's
 * divisions among them; not "town", "city" or "camp", which follow
 * persons' names ("the Clinton camp"), nor "county" ("ASCS county
 * offices"), nor a body's noun a person's name is given to ("the Count
 * Basie orchestra").
 */
static void
test_after(void)
{
	static const char *const bodies[] = {
		"party", "movement", "magazine", "newspaper", "group", "company", "firm", "militia", "faction",
		"bank", "agency", "airline", "carmaker", "automaker", "retailer", "tabloid", "charity", "insurer",
		"conglomerate", "chipmaker", "manufacturer", "subsidiary", "organization", "organisation", NULL};
	static const char *const places[] = {
		"airport", "village", "province", "district", "region", "valley", "hospital", "prison", "oilfield",
		"oilfields", "stadium", "port", "river", "island", "townland", "parish", "township", "municipality",
		"prefecture", "commune", NULL};

	for (int k = 0; bodies[k]; k++)
		CHECK_INT(kind_at(bodies[k], NOUN_AFTER), CP_ENT_ORG);
	for (int k = 0; places[k]; k++)
		CHECK_INT(kind_at(places[k], NOUN_AFTER), CP_ENT_LOC);
	CHECK_INT(kind_at("town", NOUN_AFTER), -1);
	CHECK_INT(kind_at("city", NOUN_AFTER), -1);
	CHECK_INT(kind_at("camp", NOUN_AFTER), -1);
	CHECK_INT(kind_at("county", NOUN_AFTER), -1);
	CHECK_INT(kind_at("orchestra", NOUN_AFTER), -1);
	CHECK_INT(kind_at("foundation", NOUN_AFTER), -1);
	CHECK_INT(kind_at("band", NOUN_AFTER), -1);
	/* not before the name: "the airport Heathrow" is not how English states it */
	CHECK_INT(kind_at("airport", NOUN_BEFORE | NOUN_OF), -1);
	CHECK_INT(kind_at("movement", NOUN_BEFORE | NOUN_OF), -1);
}

/*
 * The nouns one rule knew now serve the others: a land's division heads an
 * apposition and goes before "of" ("X is a townland in", "the prefecture
 * of X"), so do a facility's and a body's nouns read after names ("Zernova,
 * a hospital near Minsk,", "Ansar Dine, a faction of the rebels,").
 */
static void
test_apposed(void)
{
	CHECK_INT(kind_at("townland", NOUN_APPOSED), CP_ENT_LOC);
	CHECK_INT(kind_at("townland", NOUN_OF), CP_ENT_LOC);
	CHECK_INT(kind_at("prefecture", NOUN_OF), CP_ENT_LOC);
	CHECK_INT(kind_at("hospital", NOUN_APPOSED), CP_ENT_LOC);
	CHECK_INT(kind_at("stadium", NOUN_APPOSED), CP_ENT_LOC);
	CHECK_INT(kind_at("faction", NOUN_APPOSED), CP_ENT_ORG);
	CHECK_INT(kind_at("oilfields", NOUN_APPOSED), -1);
}

/* Before the name, in apposition, before "of": the flags the stated-kind rules read. */
static void
test_before_and_apposed(void)
{
	CHECK_INT(kind_at("band", NOUN_BEFORE), CP_ENT_ORG);
	CHECK_INT(kind_at("album", NOUN_BEFORE), CP_ENT_MISC);
	CHECK_INT(kind_at("river", NOUN_BEFORE), CP_ENT_LOC);
	/* "a firm American commitment", "the group Smith led": only in apposition */
	CHECK_INT(kind_at("firm", NOUN_BEFORE), -1);
	CHECK_INT(kind_at("firm", NOUN_APPOSED), CP_ENT_ORG);
	CHECK_INT(kind_at("group", NOUN_BEFORE), -1);
	CHECK_INT(kind_at("team", NOUN_APPOSED), -1);
	CHECK_INT(kind_at("actress", NOUN_APPOSED), CP_ENT_PER);
	CHECK_INT(kind_at("town", NOUN_OF), CP_ENT_LOC);
	CHECK_INT(kind_at("country", NOUN_OF), -1);
	CHECK_INT(kind_at("ward", NOUN_APPOSED | NOUN_NOT_OF), CP_ENT_LOC);
	/* written in lower case only, and the whole word */
	CHECK_INT(kind_at("Band", NOUN_BEFORE), -1);
	CHECK_INT(kind_at("bands", NOUN_BEFORE), -1);
	CHECK(noun_at("the band Vexley", 4, 8, NOUN_BEFORE) != NULL);
	CHECK(noun_at("the bandVexley", 4, 14, NOUN_BEFORE) == NULL);
}

/*
 * The rules that read the table, end to end: a name read as a body before
 * a place's noun is a place, one read as a person before a body's noun a
 * body, and the apposition's and "of"'s nouns the new ones.
 */
static void
test_rules(void)
{
	static const char text[] =
		"Suspects are held at London's Velmarsh prison. Spectators left Real Madrid's Barnabeo "
		"stadium on Sunday. The bridge over the Aguarilo river collapsed.\n\n"
		"Citigroup agreed to buy Koraml bank. \"The dollar is weak,\" said Harrod bank analyst Earl "
		"Johnson. The poll, for the Harrod organisation, put the Tories ahead.\n\n"
		"Mulnagowan is a townland in County Fermanagh. Zernova, a hospital near Minsk, was shelled. "
		"Ansar Dine, a faction of the rebels, left. Kavrenko, a stadium in Kiev, hosted the final.\n\n"
		"Yoondarra is a rural locality in the Gympie Region, Queensland, Australia. Land in Yoondarra "
		"was offered for selection in 1890.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Velmarsh", 0, CP_ENT_LOC, "Velmarsh");
	check_mention(text, &v, "Barnabeo", 0, CP_ENT_LOC, "Barnabeo");
	check_mention(text, &v, "Aguarilo", 0, CP_ENT_LOC, "Aguarilo");
	check_mention(text, &v, "Koraml", 0, CP_ENT_ORG, "Koraml");
	check_mention(text, &v, "Harrod", 0, CP_ENT_ORG, "Harrod");
	check_mention(text, &v, "Harrod", 1, CP_ENT_ORG, "Harrod");
	check_mention(text, &v, "Earl Johnson", 0, CP_ENT_PER, "Earl Johnson");
	check_mention(text, &v, "Mulnagowan", 0, CP_ENT_LOC, "Mulnagowan");
	check_mention(text, &v, "Zernova", 0, CP_ENT_LOC, "Zernova");
	check_mention(text, &v, "Ansar Dine", 0, CP_ENT_ORG, "Ansar Dine");
	check_mention(text, &v, "Kavrenko", 0, CP_ENT_LOC, "Kavrenko");
	/* "locality" (stop 46): read as an other name before */
	check_mention(text, &v, "Yoondarra", 0, CP_ENT_LOC, "Yoondarra");
	check_mention(text, &v, "Yoondarra", 1, CP_ENT_LOC, "Yoondarra");
	cp_arena_free(&arena);
}

int
main(void)
{
	test_after();
	test_apposed();
	test_before_and_apposed();
	if (!entities_check_begin())
		UNIT_DONE("entities_nouns");
	test_rules();
	UNIT_DONE("entities_nouns");
}
