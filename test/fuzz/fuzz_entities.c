/*
 * fuzz_entities.c: the named-entity tagger on any bytes.  The model is
 * loaded once from $CORPUS_DATA_DIR/ner.bin.  Checks what the SQL layer
 * relies on: mentions inside the text, in order, non-empty, with a name.
 */
#include "arena.h"
#include "entities.h"

#include <stdio.h>
#include <stdlib.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static cp_ner_model *model;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	cp_arena	arena;
	cp_doc		doc;
	cp_vec		v;
	uint32_t	last = 0;

	if (model == NULL)
	{
		const char *dir = getenv("CORPUS_DATA_DIR");
		char		path[1024];
		char		err[1200];

		cp_set_host(&cp_malloc_host);
		snprintf(path, sizeof(path), "%s/ner.bin", dir ? dir : "data");
		if (cp_ner_model_load(path, &model, err, sizeof(err)) != CP_OK)
		{
			fprintf(stderr, "%s\n", err);
			abort();
		}
	}
	cp_arena_init(&arena);
	cp_vec_init(&v, sizeof(cp_mention));
	cp_doc_init(&doc, &arena, text, size, model);
	if (cp_extract_entities(&doc, &v) != CP_OK)
		abort();
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);

		if (m->len == 0 || m->start < last || (size_t) m->start + m->len > size ||
			m->kind > CP_ENT_MISC || m->sentence < 1 || m->name == NULL || m->name_len == 0)
			abort();
		last = m->start + m->len;
	}
	cp_arena_free(&arena);
	return 0;
}
