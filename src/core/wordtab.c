/*
 * wordtab.c: word lists hashed on first use (wordtab.h).
 */
#include "wordtab.h"

#include "hash.h"

#include <string.h>

static const char *
wt_word(const cp_wordtab *tab, size_t i)
{
	return *(const char *const *) ((const char *) tab->items + i * tab->stride);
}

/* Linear probing keeps the first of two equal words ahead of the second. */
static void
wt_build(cp_wordtab *tab)
{
	uint32_t	mask = tab->size - 1;

	for (uint32_t i = 0; i < tab->size; i++)
		tab->slots[i] = -1;
	for (size_t i = 0; i < tab->n; i++)
	{
		const char *w = wt_word(tab, i);
		uint32_t	h = cp_fnv32(w, strlen(w)) & mask;

		while (tab->slots[h] >= 0)
			h = (h + 1) & mask;
		tab->slots[h] = (int16_t) i;
	}
	tab->ready = true;
}

int
cp_wordtab_find(cp_wordtab *tab, const char *word, size_t len)
{
	uint32_t	mask = tab->size - 1;

	if (len == 0)
		return -1;
	if (!tab->ready)
		wt_build(tab);
	for (uint32_t h = cp_fnv32(word, len) & mask; tab->slots[h] >= 0; h = (h + 1) & mask)
	{
		const char *w = wt_word(tab, (size_t) tab->slots[h]);

		if (w[0] == word[0] && strncmp(w, word, len) == 0 && w[len] == '\0')
			return tab->slots[h];
	}
	return -1;
}
