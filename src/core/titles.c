/*
 * titles.c: the list of titles (titles.h).
 *
 * Written from general knowledge of English titles, military ranks and
 * Arabic, Persian and Malay honorifics.
 */
#include "titles.h"
#include "wordtab.h"

typedef struct title
{
	const char *word;
	uint8_t		uses;
} title;

#define K CP_TITLE_KEY
#define M CP_TITLE_MENTION
#define P CP_TITLE_PERSON
#define S CP_TITLE_SPEAKER
#define C CP_TITLE_COURTESY
static const title titles[] = {
	{"acting", S}, {"adm", M}, {"adm.", S}, {"admiral", K | M}, {"alhaj", K}, {"alhaji", K},
	{"ambassador", M | P | S}, {"archbishop", K | M}, {"attorney", S}, {"ayatollah", K},
	{"ayatullah", K}, {"bishop", K | M}, {"brigadier", K}, {"candidate", S}, {"capt", K | M},
	{"capt.", S}, {"captain", K | M}, {"cardinal", K | M}, {"chairman", K | M | S},
	{"chairwoman", K | S}, {"chancellor", K | M | P | S}, {"cheikh", K}, {"chief", S}, {"coach", M},
	{"col", K | M}, {"col.", S}, {"colonel", K | M}, {"commander", K | M}, {"commissioner", S},
	{"congressman", K | S}, {"congresswoman", K | S}, {"councilman", S}, {"dame", K | M}, {"dato", K},
	{"datuk", K}, {"defence", M | P | S}, {"defense", M | P | S}, {"democratic", S},
	{"deputy", K | M | P | S}, {"director", S}, {"doctor", K}, {"dr", K | M | P | S | C}, {"dr.", S},
	{"emir", K | M | P}, {"eng", K}, {"engineer", K}, {"envoy", M | P | S}, {"excellency", K},
	{"father", M}, {"foreign", M | P | S}, {"former", K | S}, {"gen", K | M}, {"gen.", S},
	{"general", K | M | P | S}, {"gop", S}, {"gov", K | M | S}, {"gov.", S},
	{"governor", K | M | P | S}, {"grand", K}, {"hadji", K}, {"haji", K}, {"hajj", K}, {"hajji", K},
	{"her", K}, {"his", K}, {"hojatoleslam", K}, {"hojjatoleslam", K}, {"hon", K}, {"honorable", K},
	{"honourable", K}, {"house", S}, {"imam", K | M | P}, {"judge", K | M | S}, {"justice", M | S},
	{"king", K | M | P | S}, {"lady", K | M}, {"late", K}, {"leader", S}, {"lieutenant", K | M},
	{"lord", K | M}, {"lt", K | M}, {"lt.", S}, {"maj", K | M}, {"major", K | M}, {"majority", S},
	{"marshal", K}, {"maulana", K}, {"maulvi", K}, {"mawlana", K}, {"mawlawi", K},
	{"mayor", K | M | P | S}, {"messrs", K | C}, {"minister", K | M | P | S}, {"minority", S},
	{"miss", K | M}, {"mister", K}, {"mlle", C}, {"mme", C}, {"moulvi", K}, {"mr", K | M | P | S | C}, {"mr.", S},
	{"mrs", K | M | P | S | C}, {"mrs.", S}, {"ms", K | M | P | S | C}, {"ms.", S}, {"mufti", K}, {"mulla", K},
	{"mullah", K}, {"nominee", S}, {"pope", K | M | P | S}, {"premier", K | M | P | S},
	{"president", K | M | P | S}, {"presidential", S}, {"prime", K | M | P | S}, {"prince", K | M | S},
	{"princess", K | M}, {"prof", K | M | S}, {"prof.", S}, {"professor", K | M}, {"qari", K},
	{"queen", K | M | P | S}, {"rabbi", K | M | P | S}, {"rep", K | M | S}, {"rep.", S},
	{"representative", K | M | S}, {"republican", S}, {"rev", K | M}, {"rev.", S}, {"reverend", K | M},
	{"sayed", K}, {"sayid", K}, {"sayyed", K}, {"sayyid", K}, {"secretary", K | M | P | S},
	{"secretary-general", S}, {"sen", K | M | P | S}, {"sen.", S}, {"senate", S},
	{"senator", K | M | P | S}, {"sergeant", K | M}, {"seyed", K}, {"seyyed", K}, {"seyyid", K},
	{"sgt", K | M}, {"sgt.", S}, {"shaikh", K}, {"shaykh", K}, {"sheik", K}, {"sheikh", K | M | P | S},
	{"sheikha", K}, {"sheikhul", K}, {"sheriff", S}, {"sir", K | M}, {"speaker", M | S},
	{"spokesman", M | P | S}, {"spokesperson", S}, {"spokeswoman", M | P | S}, {"state", M | S},
	{"sultan", M | P}, {"syed", K}, {"tun", K}, {"u.n.", S}, {"u.s.", S}, {"un", S}, {"us", S},
	{"ustadh", K}, {"ustaz", K}, {"vice", K | M | P | S},
};
#undef K
#undef M
#undef P
#undef S
#undef C

_Static_assert(sizeof(titles) / sizeof(titles[0]) <= CP_TITLES_MAX, "raise CP_TITLES_MAX");

static int16_t title_slots[512];
static cp_wordtab title_table = CP_WORDTAB(titles, title_slots);

unsigned
cp_title_uses(const char *word, size_t len)
{
	int			i = len <= 24 ? cp_wordtab_find(&title_table, word, len) : -1;

	return i >= 0 ? titles[i].uses : 0;
}

size_t
cp_title_count(void)
{
	return sizeof(titles) / sizeof(titles[0]);
}

const char *
cp_title_word(size_t i, unsigned *uses)
{
	*uses = titles[i].uses;
	return titles[i].word;
}
