/*
 * fuzz_identities.c: corpus.identities() on arbitrary names.  The input is
 * split at newlines into names, the first byte of each giving its kind.
 * Every identity is a name of the set, of the same kind, its own identity,
 * and the first of its equals comes first.
 */
#include "arena.h"
#include "identities.h"

#include "../unit/data_file.h"

#include <stdlib.h>
#include <string.h>

#define MAX_NAMES 4096

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static cp_identity_name names[MAX_NAMES];
	static uint32_t identity[MAX_NAMES],
				first[MAX_NAMES];
	const char *s = (const char *) data;
	const cp_forest *forest;
	size_t		n = 0;
	cp_arena	arena;

	cp_set_host(&cp_malloc_host);
	if ((forest = unit_names_forest()) == NULL)
		abort();
	for (size_t at = 0; at < size && n < MAX_NAMES;)
	{
		const char *nl = memchr(s + at, '\n', size - at);
		size_t		end = nl ? (size_t) (nl - s) : size;

		names[n].kind = (uint8_t) ((unsigned char) s[at] % 4);
		names[n].name = s + at + 1;
		names[n].len = end > at ? end - at - 1 : 0;
		n++;
		at = end + 1;
	}
	cp_arena_init(&arena);
	cp_resolve_identities(&arena, forest, names, n, identity, first);
	for (size_t i = 0; i < n; i++)
		if (identity[i] >= n || names[identity[i]].kind != names[i].kind ||
			identity[identity[i]] != identity[i] || first[i] > i || first[first[i]] != first[i])
			abort();
	cp_arena_free(&arena);
	return 0;
}
