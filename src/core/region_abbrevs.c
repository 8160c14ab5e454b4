/*
 * region_abbrevs.c: see region_abbrevs.h.
 *
 * The abbreviations are those of the Associated Press's style for US states
 * (the states it writes out in full, such as "Ohio" and "Iowa", have none),
 * two older forms still common in wire copy ("Kans.", "Wisc."), "Tex.", and
 * the Canadian Press's for five provinces.  Not "Miss." and "Man.", titles
 * and words too.  One-word forms only: initials ("N.J.", "B.C.") are found
 * by the resolver's own initials test.
 */
#include "region_abbrevs.h"

#include "wordtab.h"

static const cp_region_abbrev abbrevs[] = {
	{"ala", "Alabama", "US"}, {"ariz", "Arizona", "US"}, {"ark", "Arkansas", "US"}, {"calif", "California", "US"},
	{"colo", "Colorado", "US"}, {"conn", "Connecticut", "US"}, {"del", "Delaware", "US"}, {"fla", "Florida", "US"},
	{"ga", "Georgia", "US"}, {"ill", "Illinois", "US"}, {"ind", "Indiana", "US"}, {"kan", "Kansas", "US"},
	{"kans", "Kansas", "US"}, {"ky", "Kentucky", "US"}, {"la", "Louisiana", "US"}, {"md", "Maryland", "US"},
	{"mass", "Massachusetts", "US"}, {"mich", "Michigan", "US"}, {"minn", "Minnesota", "US"}, {"mo", "Missouri", "US"}, {"mont", "Montana", "US"}, {"neb", "Nebraska", "US"},
	{"nev", "Nevada", "US"}, {"okla", "Oklahoma", "US"}, {"ore", "Oregon", "US"}, {"pa", "Pennsylvania", "US"},
	{"tenn", "Tennessee", "US"}, {"tex", "Texas", "US"}, {"va", "Virginia", "US"}, {"vt", "Vermont", "US"},
	{"wash", "Washington", "US"}, {"wis", "Wisconsin", "US"}, {"wisc", "Wisconsin", "US"}, {"wyo", "Wyoming", "US"},
	{"alta", "Alberta", "CA"}, {"sask", "Saskatchewan", "CA"}, {"ont", "Ontario", "CA"}, {"que", "Quebec", "CA"},
	{"nfld", "Newfoundland and Labrador", "CA"}
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
