/*
 * region_abbrevs.h: the abbreviations newspapers write for US states and
 * Canadian provinces, mostly after a town ("Springfield, Mo.", "Red Deer,
 * Alta."), with the region each stands for.
 *
 * The tagger (entities.c) reads a town and such an abbreviation as two
 * places; the place resolver (places.c) resolves the abbreviation to its
 * region, where matching its letters against every region's name would
 * find others ("Mo" in Norway, Pará for "Pa.", Connacht for "Conn.").
 */
#ifndef CORPUS_REGION_ABBREVS_H
#define CORPUS_REGION_ABBREVS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct cp_region_abbrev
{
	const char *abbrev;			/* lower case, without its period: "mo" */
	const char *name;			/* the region's: "Missouri" */
	const char *country;		/* ISO 3166-1 alpha-2: "US" */
	bool		initials;		/* written "N.C.", not "Mo." */
} cp_region_abbrev;

/* The region of an abbreviation given lower case and without its period ("mo"), or NULL. */
const cp_region_abbrev *cp_region_abbrev_find(const char *key, size_t len);

#endif
