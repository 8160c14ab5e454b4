/*
 * fuzz_names.c: name keys, same_entity and similarity on arbitrary bytes.
 * The input is split at the first NUL into two names; the forest is loaded
 * once from $CORPUS_DATA_DIR/names_forest.tsv.
 */
#include "arena.h"
#include "names.h"

#include "../unit/data_file.h"

#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	const char *nul = memchr(s, '\0', size);
	size_t		alen = nul ? (size_t) (nul - s) : size;
	const char *b = nul ? nul + 1 : s;
	size_t		blen = nul ? size - alen - 1 : size;
	char		key[CP_NAME_KEY_CAP];
	size_t		kl,
				kl2;
	cp_arena	arena;
	const char *k2;
	float		sim;
	const cp_forest *forest;

	cp_set_host(&cp_malloc_host);
	if ((forest = unit_names_forest()) == NULL)
		abort();
	kl = cp_name_key_buf(s, alen, key);
	if (kl >= CP_NAME_KEY_CAP || strlen(key) != kl)
		abort();
	cp_arena_init(&arena);
	k2 = cp_name_key(&arena, s, alen, &kl2);
	if (kl2 != kl || memcmp(k2, key, kl) != 0)
		abort();				/* deterministic */
	cp_arena_free(&arena);
	if (!cp_same_entity(forest, s, alen, s, alen))
		abort();				/* reflexive */
	if (cp_same_entity(forest, s, alen, b, blen) != cp_same_entity(forest, b, blen, s, alen))
		abort();				/* symmetric */
	sim = cp_name_similarity(forest, s, alen, b, blen);
	if (!(sim >= 0.0f && sim <= 1.0f))
		abort();
	return 0;
}
