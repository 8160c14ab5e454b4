/*
 * region_abbrevs.c: see region_abbrevs.h.
 *
 * The abbreviations are those of the Associated Press's style for US states
 * (the states it writes out in full, such as "Ohio" and "Iowa", have none),
 * two older forms still common in wire copy ("Kans.", "Wisc."), "Tex.", and
 * the Canadian Press's for the provinces.  Not "Miss." and "Man.", titles
 * and words too.  Initials are written with a period after each letter
 * ("N.C.", "W.Va."), the rest as one word ("Mo."): "NC" or "N.C." alone
 * could be a country's code (New Caledonia's).
 */
#include "region_abbrevs.h"

#include "wordtab.h"

static const cp_region_abbrev abbrevs[] = {
	{"ala", "Alabama", "US", false}, {"ariz", "Arizona", "US", false},
	{"ark", "Arkansas", "US", false}, {"calif", "California", "US", false},
	{"colo", "Colorado", "US", false}, {"conn", "Connecticut", "US", false},
	{"del", "Delaware", "US", false}, {"fla", "Florida", "US", false},
	{"ga", "Georgia", "US", false}, {"ill", "Illinois", "US", false},
	{"ind", "Indiana", "US", false}, {"kan", "Kansas", "US", false},
	{"kans", "Kansas", "US", false}, {"ky", "Kentucky", "US", false},
	{"la", "Louisiana", "US", false}, {"md", "Maryland", "US", false},
	{"mass", "Massachusetts", "US", false}, {"mich", "Michigan", "US", false},
	{"minn", "Minnesota", "US", false}, {"mo", "Missouri", "US", false},
	{"mont", "Montana", "US", false}, {"neb", "Nebraska", "US", false},
	{"nev", "Nevada", "US", false}, {"okla", "Oklahoma", "US", false},
	{"ore", "Oregon", "US", false}, {"pa", "Pennsylvania", "US", false},
	{"tenn", "Tennessee", "US", false}, {"tex", "Texas", "US", false},
	{"va", "Virginia", "US", false}, {"vt", "Vermont", "US", false},
	{"wash", "Washington", "US", false}, {"wis", "Wisconsin", "US", false},
	{"wisc", "Wisconsin", "US", false}, {"wyo", "Wyoming", "US", false},
	{"dc", "District of Columbia", "US", true}, {"nc", "North Carolina", "US", true},
	{"nd", "North Dakota", "US", true}, {"nh", "New Hampshire", "US", true},
	{"nj", "New Jersey", "US", true}, {"nm", "New Mexico", "US", true},
	{"ny", "New York", "US", true}, {"ri", "Rhode Island", "US", true},
	{"sc", "South Carolina", "US", true}, {"sd", "South Dakota", "US", true},
	{"wva", "West Virginia", "US", true},
	{"alta", "Alberta", "CA", false}, {"sask", "Saskatchewan", "CA", false},
	{"ont", "Ontario", "CA", false}, {"que", "Quebec", "CA", false},
	{"nfld", "Newfoundland and Labrador", "CA", false},
	{"bc", "British Columbia", "CA", true}, {"nb", "New Brunswick", "CA", true},
	{"ns", "Nova Scotia", "CA", true}, {"pei", "Prince Edward Island", "CA", true}
};
static int16_t abbrev_slots[128];
static cp_wordtab abbrev_table = CP_WORDTAB(abbrevs, abbrev_slots);

const cp_region_abbrev *
cp_region_abbrev_find(const char *key, size_t len)
{
	int			k;

	if (len == 0 || !cp_wordtab_may_hold(&abbrev_table, (unsigned char) key[0], len))
		return NULL;
	k = cp_wordtab_find(&abbrev_table, key, len);
	return k >= 0 ? &abbrevs[k] : NULL;
}
