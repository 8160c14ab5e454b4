/*
 * test_entities_units.c: armed forces' units numbered by an ordinal
 * (src/core/entities_units.c).  The model comes from $CORPUS_DATA_DIR.
 */
#include "data_file.h"
#include "entities_check.h"

/*
 * An ordinal and the capitalized words after it that end with a unit's word
 * name an organization, ordinal and all; not an ordinal before other words.
 */
static void
test_numbered_units(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"The 90th Infantry Regiment was organized with the 20th Division. "
		"It was assigned to the 40th Infantry Brigade, and the 90th Infantry was again activated. "
		"The 4th Light Cruiser Squadron sailed. "
		"He won the 18th Filmfare Awards South.";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "90th Infantry Regiment", 0, CP_ENT_ORG, "90th Infantry Regiment");
	check_mention(text, &v, "20th Division", 0, CP_ENT_ORG, "20th Division");
	check_mention(text, &v, "40th Infantry Brigade", 0, CP_ENT_ORG, "40th Infantry Brigade");
	check_mention(text, &v, "90th Infantry", 0, CP_ENT_ORG, "90th Infantry");
	check_mention(text, &v, "4th Light Cruiser Squadron", 0, CP_ENT_ORG, "4th Light Cruiser Squadron");
	/* no unit's word at the end: the rule takes no ordinal into the name */
	CHECK(find(text, &v, "18th Filmfare Awards South", 0) == NULL);
	cp_arena_free(&arena);
}

int
main(void)
{
	if (!entities_check_begin())
		UNIT_DONE("entities_units");
	test_numbered_units();
	UNIT_DONE("entities_units");
}
