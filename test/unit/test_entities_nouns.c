/*
 * test_entities_nouns.c: the one table of nouns that state a name's kind
 * and where each may stand (src/core/entities_nouns.c), read through
 * noun_at() by the rules of entities_stated.c and entities_words.c.
 */
#include "unit.h"

#include "entities.h"
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
 * Right after a name read as a person's, in lower case: a body's nouns and
 * a place's; not "town", "city" or "camp", which follow persons' names
 * ("the Clinton camp"); not a land's division, which the division rule
 * reads after any name.
 */
static void
test_after(void)
{
	static const char *const bodies[] = {
		"party", "movement", "magazine", "newspaper", "group", "company", "firm", "militia", "faction", NULL};
	static const char *const places[] = {
		"airport", "village", "province", "district", "region", "valley", "hospital", "prison", "oilfield",
		"oilfields", "stadium", "port", "river", "island", NULL};

	for (int k = 0; bodies[k]; k++)
		CHECK_INT(kind_at(bodies[k], NOUN_AFTER), CP_ENT_ORG);
	for (int k = 0; places[k]; k++)
		CHECK_INT(kind_at(places[k], NOUN_AFTER), CP_ENT_LOC);
	CHECK_INT(kind_at("town", NOUN_AFTER), -1);
	CHECK_INT(kind_at("city", NOUN_AFTER), -1);
	CHECK_INT(kind_at("camp", NOUN_AFTER), -1);
	CHECK_INT(kind_at("band", NOUN_AFTER), -1);
	/* only after the name: "the airport Heathrow" is not how a name is stated */
	CHECK_INT(kind_at("airport", NOUN_BEFORE | NOUN_APPOSED | NOUN_OF), -1);
	CHECK_INT(kind_at("movement", NOUN_BEFORE | NOUN_APPOSED | NOUN_OF), -1);
}

/* A land's divisions, after any name in lower case ("Drumbeagh townland"). */
static void
test_division(void)
{
	static const char *const divisions[] = {
		"townland", "parish", "township", "municipality", "prefecture", "commune", NULL};

	for (int k = 0; divisions[k]; k++)
		CHECK_INT(kind_at(divisions[k], NOUN_DIVISION), CP_ENT_LOC);
	CHECK_INT(kind_at("village", NOUN_DIVISION), -1);
	CHECK_INT(kind_at("county", NOUN_DIVISION), -1);
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

int
main(void)
{
	test_after();
	test_division();
	test_before_and_apposed();
	UNIT_DONE("entities_nouns");
}
