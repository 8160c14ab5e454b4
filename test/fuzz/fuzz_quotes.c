/*
 * fuzz_quotes.c: corpus.quotes() and corpus.quote_key() on arbitrary bytes.
 * Every quote must lie inside the input, its speaker mention too; a
 * speaker's kind is a person, an organization or a place.  The speaker
 * tagger runs with the installed model, as in the server.
 */
#include "arena.h"
#include "fuzz_model.h"
#include "quotes.h"

#include <stdlib.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cp_arena	arena;
	cp_doc		doc;
	cp_vec		v;
	size_t		i,
				klen;

	cp_arena_init(&arena);
	cp_vec_init(&v, sizeof(cp_quote));
	cp_doc_init(&doc, &arena, (const char *) data, size, fuzz_model());
	if (cp_extract_quotes(&doc, &v) != CP_OK)
		abort();
	for (i = 0; i < v.count; i++)
	{
		const cp_quote *q = &CP_VEC_AT(&v, cp_quote, i);

		if (q->len == 0 || (size_t) q->start + q->len > size)
			abort();
		if (q->has_mention && (size_t) q->mention_start + q->mention_len > size)
			abort();
		if (q->key == NULL || q->sentence < 1)
			abort();
		if (q->speaker_kind > CP_ENT_LOC || (q->speaker_kind >= 0 && q->speaker_len == 0))
			abort();
	}
	(void) cp_quote_key(&arena, (const char *) data, size, &klen);
	cp_arena_free(&arena);
	return 0;
}
