/*
 * identities.h: one identity per person and organization across a set of
 * names (a corpus's entities), for corpus.identities().
 *
 * same_entity is a pairwise test and not transitive, so it cannot be grouped
 * on.  The resolver maps every name of a set to one name of the set, the
 * identity, by these steps:
 *   1. names with one key (names.h) are one entity;
 *   2. full names (two words or more) of one kind join when same_entity
 *      and its matching rules both say so, and only when they say so of
 *      every pair of the group's full names: an identity never holds two
 *      full names they tell apart, and is never reached by chaining.  Two
 *      organizations' names join only when the shorter is made of the
 *      longer's words, two thirds of them at least.  Candidates are compared within blocks
 *      (persons: the last word and the first letter of the first; others:
 *      the first word), blocks of more than CP_IDENTITY_BLOCK names are not
 *      compared (common words that tell nothing);
 *   3. an initialism ("UNRWA", "U.N.") joins the one full name of its kind
 *      whose capitalized words it abbreviates ("United Nations Relief and
 *      Works Agency"), if there is one;
 *   4. a one-word name of a person or organization (a surname or a short
 *      form: "Netanyahu", "Barrick") joins the one group of full names of
 *      its kind that carries that word; when two groups carry it ("Abbas":
 *      "Mahmoud Abbas" and "Abbas Araghchi") it stays apart;
 *   5. the identity is the group's most complete name: the most words, then
 *      the most mentions, then the first given.
 * Places and other kinds go by their key only (step 1) and initialisms
 * ("U.S." -> "United States").  Time is about linear in the number of names.
 */
#ifndef CORPUS_IDENTITIES_H
#define CORPUS_IDENTITIES_H

#include "arena.h"
#include "forest.h"

#define CP_IDENTITY_BLOCK 64

typedef struct cp_identity_name
{
	uint8_t		kind;			/* cp_entity_kind */
	const char *name;			/* UTF-8 */
	size_t		len;
} cp_identity_name;

/*
 * For every names[i], identity[i] gets the index of the name that names its
 * identity, and group[i] the index of the first name with its kind and key
 * (the first of its equals); names given more than once count as mentions.
 * Working memory comes from arena.
 */
void		cp_resolve_identities(cp_arena *arena, const cp_forest *forest,
								  const cp_identity_name *names, size_t n,
								  uint32_t *identity, uint32_t *group);

#endif
