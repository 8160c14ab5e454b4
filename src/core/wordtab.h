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
	/* what every word has, so that most lookups fail before hashing */
	uint32_t	first[8];		/* the set of first bytes */
	uint16_t	minlen,
				maxlen;
} cp_wordtab;

/* A table over items, with slots (size of them) for its hash. */
#define CP_WORDTAB(items, slots) \
	{(items), sizeof(items) / sizeof((items)[0]), sizeof((items)[0]), (slots), \
	 sizeof(slots) / sizeof((slots)[0]), false, {0}, 0, 0}

/*
 * The index of word[0..len) in the table's items, or -1.  Of two equal
 * words the one listed first is found.
 */
int			cp_wordtab_find(cp_wordtab *tab, const char *word, size_t len);

void		cp_wordtab_build(cp_wordtab *tab);

/* Does a word of the table start with byte c?  As below, with the length not known yet. */
static inline bool
cp_wordtab_may_start(cp_wordtab *tab, unsigned char c)
{
	if (!tab->ready)
		cp_wordtab_build(tab);
	return tab->first[c >> 5] >> (c & 31) & 1;
}

/*
 * Whether a word of len bytes starting with byte c may be in the table:
 * false rules it out, before any copying or hashing (most words looked up
 * are in no list).
 */
static inline bool
cp_wordtab_may_hold(cp_wordtab *tab, unsigned char c, size_t len)
{
	return cp_wordtab_may_start(tab, c) && len >= tab->minlen && len <= tab->maxlen;
}

#endif
