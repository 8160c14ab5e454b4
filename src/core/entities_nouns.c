/*
 * entities_nouns.c: the common nouns that state the kind of a name next to
 * them, and where each may stand to say it (entities_nouns.h): before the
 * name, heading an apposition after it, before it with "of", or right after
 * it in lower case.  One table, so that a noun one rule knows is there for
 * the others.
 */
#include "entities_nouns.h"

#include "entities.h"
#include "wordtab.h"

#include <string.h>

/*
 * Nouns only an organization, a place or a work is.  Not those a person
 * can be ("producer", "broadcaster", "publisher"), nor adjectives ("giant",
 * "firm" before a name: "a firm American commitment"), nor verbs that take
 * a person ("play", "show", "book").  "group" stands before a person's name
 * too ("the group Smith led"), and "novel" is an adjective as often ("the
 * novel CDs"), so only in apposition; "the IMF team" is a team of the
 * IMF's, so not there.
 *
 * Right after a name in lower case (NOUN_AFTER), the nouns that no
 * person's name stands before, in CoNLL-2003's training text or the bench
 * corpus ("Hezb-i-Islami party leader", "Vogue magazine", "Chase Manhattan
 * bank", "Ben Gurion airport", "Drumbeagh townland"): a name the tagger
 * read as a person's is a body's or a place's, one read as a body's is a
 * place's by a place's noun ("London's Belmarsh prison").  Not "camp" ("the
 * Clinton camp"), "town" or "city"; not "county" ("ASCS county offices");
 * not a body's noun a person's name is given to ("the Count Basie
 * orchestra", "the Gates foundation", "band", "club", "university").
 */
static const stated_noun nouns[] = {
	{"band", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED},
	{"company", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"carmaker", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"automaker", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"airline", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"retailer", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"club", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED},
	{"team", CP_ENT_ORG, NOUN_BEFORE},
	{"newspaper", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"magazine", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"tabloid", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"agency", CP_ENT_ORG, NOUN_BEFORE | NOUN_AFTER},
	{"label", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED},
	{"charity", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"insurer", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"conglomerate", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"chipmaker", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"firm", CP_ENT_ORG, NOUN_APPOSED | NOUN_AFTER},
	{"group", CP_ENT_ORG, NOUN_APPOSED | NOUN_AFTER},
	{"bank", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"manufacturer", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"maker", CP_ENT_ORG, NOUN_APPOSED},
	{"subsidiary", CP_ENT_ORG, NOUN_APPOSED | NOUN_AFTER},
	{"unit", CP_ENT_ORG, NOUN_APPOSED},
	{"division", CP_ENT_ORG, NOUN_APPOSED},
	{"service", CP_ENT_ORG, NOUN_APPOSED},
	/* what an encyclopedia's article says its subject is ("X is a political party") */
	{"party", CP_ENT_ORG, NOUN_APPOSED | NOUN_AFTER},
	{"university", CP_ENT_ORG, NOUN_APPOSED},
	{"organization", CP_ENT_ORG, NOUN_APPOSED | NOUN_AFTER},
	{"organisation", CP_ENT_ORG, NOUN_APPOSED | NOUN_AFTER},
	{"corporation", CP_ENT_ORG, NOUN_APPOSED},
	{"association", CP_ENT_ORG, NOUN_APPOSED},
	{"federation", CP_ENT_ORG, NOUN_APPOSED},
	{"foundation", CP_ENT_ORG, NOUN_APPOSED},
	{"orchestra", CP_ENT_ORG, NOUN_BEFORE | NOUN_APPOSED},
	{"duo", CP_ENT_ORG, NOUN_APPOSED},
	{"trio", CP_ENT_ORG, NOUN_APPOSED},
	{"quartet", CP_ENT_ORG, NOUN_APPOSED},
	{"militia", CP_ENT_ORG, NOUN_APPOSED | NOUN_AFTER},
	{"movement", CP_ENT_ORG, NOUN_APPOSED | NOUN_AFTER},
	{"faction", CP_ENT_ORG, NOUN_APPOSED | NOUN_AFTER},
	{"river", CP_ENT_LOC, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER},
	{"town", CP_ENT_LOC, NOUN_BEFORE | NOUN_APPOSED | NOUN_OF},
	{"city", CP_ENT_LOC, NOUN_BEFORE | NOUN_APPOSED | NOUN_OF},
	{"village", CP_ENT_LOC, NOUN_BEFORE | NOUN_APPOSED | NOUN_OF | NOUN_AFTER},
	{"island", CP_ENT_LOC, NOUN_BEFORE | NOUN_APPOSED | NOUN_OF | NOUN_AFTER},
	{"province", CP_ENT_LOC, NOUN_BEFORE | NOUN_APPOSED | NOUN_OF | NOUN_AFTER},
	{"suburb", CP_ENT_LOC, NOUN_BEFORE | NOUN_APPOSED | NOUN_OF},
	{"port", CP_ENT_LOC, NOUN_BEFORE | NOUN_APPOSED | NOUN_OF | NOUN_AFTER},
	{"county", CP_ENT_LOC, NOUN_APPOSED | NOUN_OF},
	{"district", CP_ENT_LOC, NOUN_APPOSED | NOUN_OF | NOUN_AFTER},
	{"region", CP_ENT_LOC, NOUN_APPOSED | NOUN_OF | NOUN_AFTER},
	{"country", CP_ENT_LOC, NOUN_APPOSED},
	{"capital", CP_ENT_LOC, NOUN_APPOSED},
	{"municipality", CP_ENT_LOC, NOUN_APPOSED | NOUN_OF | NOUN_AFTER},
	{"commune", CP_ENT_LOC, NOUN_APPOSED | NOUN_OF | NOUN_AFTER},
	{"parish", CP_ENT_LOC, NOUN_APPOSED | NOUN_OF | NOUN_AFTER},
	{"hamlet", CP_ENT_LOC, NOUN_APPOSED | NOUN_OF},
	/* what Australian and Russian gazetteer articles open with ("X is a rural locality in the Y Region") */
	{"locality", CP_ENT_LOC, NOUN_APPOSED | NOUN_OF},
	{"township", CP_ENT_LOC, NOUN_APPOSED | NOUN_OF | NOUN_AFTER},
	{"neighborhood", CP_ENT_LOC, NOUN_APPOSED},
	{"neighbourhood", CP_ENT_LOC, NOUN_APPOSED},
	{"settlement", CP_ENT_LOC, NOUN_APPOSED},
	/* "the mountain Trebević", as "the river Piave" */
	{"mountain", CP_ENT_LOC, NOUN_BEFORE | NOUN_APPOSED},
	{"lake", CP_ENT_LOC, NOUN_APPOSED},
	{"tributary", CP_ENT_LOC, NOUN_APPOSED},
	{"fort", CP_ENT_LOC, NOUN_APPOSED},
	{"ward", CP_ENT_LOC, NOUN_APPOSED | NOUN_NOT_OF},
	{"constituency", CP_ENT_LOC, NOUN_APPOSED | NOUN_OF},
	{"townland", CP_ENT_LOC, NOUN_APPOSED | NOUN_OF | NOUN_AFTER},
	{"prefecture", CP_ENT_LOC, NOUN_APPOSED | NOUN_OF | NOUN_AFTER},
	{"airport", CP_ENT_LOC, NOUN_APPOSED | NOUN_AFTER},
	{"valley", CP_ENT_LOC, NOUN_APPOSED | NOUN_AFTER},
	{"hospital", CP_ENT_LOC, NOUN_APPOSED | NOUN_AFTER},
	{"prison", CP_ENT_LOC, NOUN_APPOSED | NOUN_AFTER},
	{"oilfield", CP_ENT_LOC, NOUN_APPOSED | NOUN_AFTER},
	{"oilfields", CP_ENT_LOC, NOUN_AFTER},
	{"stadium", CP_ENT_LOC, NOUN_APPOSED | NOUN_AFTER},
	{"album", CP_ENT_MISC, NOUN_BEFORE | NOUN_APPOSED},
	{"film", CP_ENT_MISC, NOUN_BEFORE | NOUN_APPOSED},
	{"movie", CP_ENT_MISC, NOUN_BEFORE | NOUN_APPOSED},
	{"comedy", CP_ENT_MISC, NOUN_BEFORE | NOUN_APPOSED},
	{"thriller", CP_ENT_MISC, NOUN_BEFORE | NOUN_APPOSED},
	{"sequel", CP_ENT_MISC, NOUN_BEFORE | NOUN_APPOSED},
	{"drama", CP_ENT_MISC, NOUN_BEFORE | NOUN_APPOSED},
	{"novel", CP_ENT_MISC, NOUN_APPOSED},
	{"song", CP_ENT_MISC, NOUN_BEFORE | NOUN_APPOSED},
	{"opera", CP_ENT_MISC, NOUN_BEFORE | NOUN_APPOSED},
	{"musical", CP_ENT_MISC, NOUN_APPOSED},
	{"sitcom", CP_ENT_MISC, NOUN_BEFORE | NOUN_APPOSED},
	{"documentary", CP_ENT_MISC, NOUN_BEFORE | NOUN_APPOSED},
	{"poem", CP_ENT_MISC, NOUN_BEFORE | NOUN_APPOSED},
	{"painting", CP_ENT_MISC, NOUN_BEFORE | NOUN_APPOSED},
	{"single", CP_ENT_MISC, NOUN_APPOSED},
	{"book", CP_ENT_MISC, NOUN_APPOSED},
	{"language", CP_ENT_MISC, NOUN_APPOSED},
	/*
	 * a people, which CoNLL-2003 marks as other names ("Kurds", "Hutu"):
	 * "The Iwaidja are an indigenous Australian people of the Northern
	 * Territory" ("an ethnic group" in apposition_head); not "tribe", a
	 * taxon's rank as often ("a tribe of weevils")
	 */
	{"people", CP_ENT_MISC, NOUN_APPOSED | NOUN_TAKES_OF},
	{"festival", CP_ENT_MISC, NOUN_APPOSED},
	/*
	 * "the Brit awards", "a Golden Globe award", "the Mobo awards": the
	 * prize or its night, right after the name it bears (not a body's:
	 * places_before_noun)
	 */
	{"award", CP_ENT_MISC, NOUN_AFTER},
	{"awards", CP_ENT_MISC, NOUN_AFTER},
	{"tournament", CP_ENT_MISC, NOUN_APPOSED},
	{"series", CP_ENT_MISC, NOUN_APPOSED},
	/* products, which CoNLL-2003 marks as other names ("a compact car produced by") */
	{"car", CP_ENT_MISC, NOUN_APPOSED},
	{"aircraft", CP_ENT_MISC, NOUN_APPOSED},
	/*
	 * ships, which CoNLL-2003 marks as other names: 'the ship "La Belle"',
	 * 'the merchantman "Fortitude"', "the frigate Argo"; right before the
	 * name only, since an apposition after a navy's name is its ship's
	 * ("the French Royal Navy, the lead vessel of her class")
	 */
	{"ship", CP_ENT_MISC, NOUN_BEFORE},
	{"vessel", CP_ENT_MISC, NOUN_BEFORE},
	{"merchantman", CP_ENT_MISC, NOUN_BEFORE},
	{"frigate", CP_ENT_MISC, NOUN_BEFORE},
	{"sloop", CP_ENT_MISC, NOUN_BEFORE},
	{"schooner", CP_ENT_MISC, NOUN_BEFORE},
	{"brig", CP_ENT_MISC, NOUN_BEFORE},
	{"barque", CP_ENT_MISC, NOUN_BEFORE},
	{"galleon", CP_ENT_MISC, NOUN_BEFORE},
	{"steamer", CP_ENT_MISC, NOUN_BEFORE},
	{"steamship", CP_ENT_MISC, NOUN_BEFORE},
	{"yacht", CP_ENT_MISC, NOUN_BEFORE},
	{"warship", CP_ENT_MISC, NOUN_BEFORE},
	{"battleship", CP_ENT_MISC, NOUN_BEFORE},
	{"corvette", CP_ENT_MISC, NOUN_BEFORE},
	{"gunboat", CP_ENT_MISC, NOUN_BEFORE},
	/*
	 * Nouns only a person is, which an encyclopedia's article on a person
	 * opens with ("Preeti, a simple and caring woman,", "Cleopatra VII
	 * Philopator was the last active ruler of ..."): not "player" ("a major
	 * player in"), "chemist" (a shop), "coach", "pilot" or "model", nor the
	 * nouns of stated bodies' heads ("leader", "chairman", "director"),
	 * which the tagger reads right next to a person's name
	 */
	{"man", CP_ENT_PER, NOUN_APPOSED},
	{"woman", CP_ENT_PER, NOUN_APPOSED},
	{"actor", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"actress", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"singer", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"singer-songwriter", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"songwriter", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"rapper", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"musician", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"saxophonist", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"trumpeter", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"drummer", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"bassist", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"violinist", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"cellist", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"vocalist", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"keyboardist", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"organist", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"composer", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"guitarist", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"pianist", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"painter", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"sculptor", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"poet", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"novelist", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"playwright", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"screenwriter", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"journalist", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"politician", CP_ENT_PER, NOUN_APPOSED},
	{"lawyer", CP_ENT_PER, NOUN_APPOSED},
	{"businessman", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"businesswoman", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"footballer", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"cricketer", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	{"athlete", CP_ENT_PER, NOUN_APPOSED},
	{"boxer", CP_ENT_PER, NOUN_APPOSED},
	{"mathematician", CP_ENT_PER, NOUN_APPOSED},
	{"physicist", CP_ENT_PER, NOUN_APPOSED},
	{"scientist", CP_ENT_PER, NOUN_APPOSED},
	{"philosopher", CP_ENT_PER, NOUN_APPOSED},
	{"historian", CP_ENT_PER, NOUN_APPOSED},
	{"physician", CP_ENT_PER, NOUN_APPOSED},
	{"priest", CP_ENT_PER, NOUN_APPOSED},
	{"bishop", CP_ENT_PER, NOUN_APPOSED},
	{"ruler", CP_ENT_PER, NOUN_APPOSED},
	{"emperor", CP_ENT_PER, NOUN_APPOSED},
	{"pharaoh", CP_ENT_PER, NOUN_APPOSED},
	{"comedian", CP_ENT_PER, NOUN_BEFORE | NOUN_APPOSED},
	/* "R&B star Aaliyah", "pop star Usher": before the name only ("a rising star in music") */
	{"star", CP_ENT_PER, NOUN_BEFORE},
	{"activist", CP_ENT_PER, NOUN_APPOSED},
	{"son", CP_ENT_PER, NOUN_APPOSED},
	{"daughter", CP_ENT_PER, NOUN_APPOSED},
	{"wife", CP_ENT_PER, NOUN_APPOSED},
	{"husband", CP_ENT_PER, NOUN_APPOSED},
	{"spokesman", CP_ENT_PER, NOUN_APPOSED},
	{"spokeswoman", CP_ENT_PER, NOUN_APPOSED},
};
static int16_t noun_slots[512];
static cp_wordtab noun_table = CP_WORDTAB(nouns, noun_slots);

const stated_noun *
noun_at(const char *text, uint32_t from, uint32_t to, unsigned where)
{
	int			k;

	if (text[from] < 'a' || text[from] > 'z')
		return NULL;
	k = cp_wordtab_find(&noun_table, text + from, to - from);
	return k >= 0 && (nouns[k].where & where) ? &nouns[k] : NULL;
}

const stated_noun *
plural_noun_at(const char *text, uint32_t from, uint32_t to, unsigned where)
{
	char		one[24];
	size_t		len = to - from;

	if (len < 3 || len >= sizeof(one) || text[to - 1] != 's')
		return NULL;
	/* "companies", "cities": the noun's "y" */
	if (len > 4 && text[to - 3] == 'i' && text[to - 2] == 'e')
	{
		memcpy(one, text + from, len - 3);
		one[len - 3] = 'y';
		return noun_at(one, 0, (uint32_t) len - 2, where);
	}
	return noun_at(text, from, to - 1, where);
}

/*
 * Is text[from, to) a noun of works in lower case, singular or plural
 * ("film", "films", "series")?  What a list of titles in quotation marks
 * after it holds (tag_quoted_titles).
 */
bool
names_works(const char *text, uint32_t from, uint32_t to)
{
	const stated_noun *n = noun_at(text, from, to, NOUN_BEFORE | NOUN_APPOSED);

	if (!n)
		n = plural_noun_at(text, from, to, NOUN_BEFORE | NOUN_APPOSED);
	return n && n->kind == CP_ENT_MISC;
}

/*
 * Is text[from, to) a noun of works in lower case, singular, that stands
 * right before a title ("film", "album", "thriller"; not "single" or
 * "book", adjective and verb as often)?  What a title without quotation
 * marks follows (tag_quoted_titles).
 */
bool
names_work_before(const char *text, uint32_t from, uint32_t to)
{
	const stated_noun *n = noun_at(text, from, to, NOUN_BEFORE);

	return n && n->kind == CP_ENT_MISC;
}

/*
 * Is text[from, to) a body's noun, singular or plural, in lower case or
 * capitalized ("newspaper", "companies", "Club", "Party")?  What keeps a
 * name in quotation marks a body's (tag_quoted_titles: 'the "Standard"
 * newspaper', '"Paris Club"').
 */
bool
names_body(const char *text, uint32_t from, uint32_t to)
{
	char		low[24];
	size_t		len = to - from;
	const stated_noun *n;

	if (len < 3 || len >= sizeof(low))
		return false;
	memcpy(low, text + from, len);
	low[0] = (char) (low[0] | 0x20);
	n = noun_at(low, 0, (uint32_t) len, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER);
	if (!n)
		n = plural_noun_at(low, 0, (uint32_t) len, NOUN_BEFORE | NOUN_APPOSED | NOUN_AFTER);
	return n && n->kind == CP_ENT_ORG;
}
