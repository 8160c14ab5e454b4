/*
 * wordtab.h: a fixed list of words looked up by hashing (open addressing
 * over indexes into the caller's array), built on first use.
 *
 * The list is an array of structs whose first member is the word (a
 * NUL-terminated string); a lookup compares bytes exactly.
 */
#ifndef CORPUS_WORDTAB_H
#define CORPUS_WORDTAB_H

#include "host.h"

typedef struct cp_wordtab
{
	const void *items;			/* n structs of stride bytes, each starting with a const char * */
	size_t		n;
	size_t		stride;
	int16_t    *slots;			/* size slots (a power of two over 2n), -1 empty */
	uint32_t	size;
	bool		ready;
} cp_wordtab;

/* A table over items, with slots (size of them) for its hash. */
#define CP_WORDTAB(items, slots) \
	{(items), sizeof(items) / sizeof((items)[0]), sizeof((items)[0]), (slots), \
	 sizeof(slots) / sizeof((slots)[0]), false}

/*
 * The index of word[0..len) in the table's items, or -1.  Of two equal
 * words the one listed first is found.
 */
int			cp_wordtab_find(cp_wordtab *tab, const char *word, size_t len);

#endif
