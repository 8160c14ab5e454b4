/*
 * fuzz_entities.c: the named-entity tagger on any bytes.  The model is
 * loaded once from $CORPUS_DATA_DIR/ner.bin.  Checks what the SQL layer
 * relies on: mentions inside the text, in order, non-empty, with a name.
 */
#include "arena.h"
#include "entities.h"

#include "../unit/data_file.h"

#include <stdio.h>
#include <stdlib.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static cp_ner_model *model;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	cp_arena	arena;
	cp_vec		v;
	uint32_t	last = 0;

	if (model == NULL)
	{
		char		path[1024];
		char		err[1200];
		size_t		len = 0;
		char	   *bytes;

		cp_set_host(&cp_malloc_host);
		data_file_path("ner.bin", path);
		bytes = read_file_bytes(path, &len);
		if (!bytes || cp_ner_model_parse(bytes, len, path, &model, err, sizeof(err)) != CP_OK)
		{
			fprintf(stderr, "%s: %s\n", path, bytes ? err : "unreadable");
			abort();
		}
		/* the model points into bytes: kept */
	}
	cp_arena_init(&arena);
	cp_vec_init(&v, sizeof(cp_mention));
	if (cp_extract_entities(&arena, model, text, size, &v) != CP_OK)
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
