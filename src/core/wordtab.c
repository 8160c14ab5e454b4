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
void
cp_wordtab_build(cp_wordtab *tab)
{
	uint32_t	mask = tab->size - 1;

	for (uint32_t i = 0; i < tab->size; i++)
		tab->slots[i] = -1;
	memset(tab->first, 0, sizeof(tab->first));
	tab->minlen = UINT16_MAX;
	tab->maxlen = 0;
	for (size_t i = 0; i < tab->n; i++)
	{
		const char *w = wt_word(tab, i);
		size_t		len = strlen(w);
		uint32_t	h = cp_fnv32(w, len) & mask;
		unsigned char c = (unsigned char) w[0];

		tab->first[c >> 5] |= 1u << (c & 31);
		if (len < tab->minlen)
			tab->minlen = (uint16_t) len;
		if (len > tab->maxlen)
			tab->maxlen = (uint16_t) (len < UINT16_MAX ? len : UINT16_MAX);

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

	if (len == 0 || !cp_wordtab_may_hold(tab, (unsigned char) word[0], len))
		return -1;
	for (uint32_t h = cp_fnv32(word, len) & mask; tab->slots[h] >= 0; h = (h + 1) & mask)
	{
		const char *w = wt_word(tab, (size_t) tab->slots[h]);

		if (w[0] == word[0] && strncmp(w, word, len) == 0 && w[len] == '\0')
			return tab->slots[h];
	}
	return -1;
}
