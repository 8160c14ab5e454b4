/*
 * entities_nouns.h: the common nouns that state the kind of a name next to
 * them ("the band Vexley", "Vantrell, a Texas company,", "Vogue magazine",
 * "Drumbeagh townland"), one table for the rules that read them
 * (entities_stated.c, entities_words.c).
 */
#ifndef CORPUS_ENTITIES_NOUNS_H
#define CORPUS_ENTITIES_NOUNS_H

#include "host.h"

/* Where a noun may stand to state a name's kind. */
enum
{
	NOUN_BEFORE = 1,			/* right before the name ("the river Thames") */
	NOUN_APPOSED = 2,			/* heading an apposition after it ("Vantrell, a Texas company,") */
	NOUN_OF = 4,				/* before the name with "of" ("the town of Marnsby") */
	NOUN_NOT_OF = 8,			/* no head before "of" ("a ward of the court", a person) */
	NOUN_AFTER = 16,			/* right after it, in lower case ("Vogue magazine", "Kildallan parish") */
	NOUN_TAKES_OF = 32,			/* an other name's head that "of" may follow ("a people of Ghana") */
};

typedef struct stated_noun
{
	const char *word;
	uint8_t		kind;			/* cp_entity_kind */
	uint8_t		where;			/* NOUN_* */
} stated_noun;

/*
 * The noun text[from, to), written in lower case, if the table holds it
 * with one of the places where; else NULL.
 */
const stated_noun *noun_at(const char *text, uint32_t from, uint32_t to, unsigned where);

/*
 * The noun of the lower-case plural text[from, to) ("villages",
 * "companies"), if the table holds it with one of the places where; else
 * NULL.
 */
const stated_noun *plural_noun_at(const char *text, uint32_t from, uint32_t to, unsigned where);

/* Is text[from, to) a noun of works, singular or plural ("films", "series")? */
bool		names_works(const char *text, uint32_t from, uint32_t to);
/* Is it one, singular, that stands right before a title ("the thriller Hide and Seek")? */
bool		names_work_before(const char *text, uint32_t from, uint32_t to);
bool		names_body(const char *text, uint32_t from, uint32_t to);

#endif
