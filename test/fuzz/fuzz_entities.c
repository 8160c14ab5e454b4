/*
 * fuzz_entities.c: the named-entity tagger on any bytes.  The model is
 * loaded once from $CORPUS_DATA_DIR/ner.bin.  Checks what the SQL layer
 * relies on: mentions inside the text, in order, non-empty, with a name
 * whose key is not empty (corpus.entity input rejects such names) and is
 * the key the mention carries.
 */
#include "arena.h"
#include "doc.h"
#include "fuzz_model.h"
#include "names.h"

#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	cp_arena	arena;
	cp_doc		doc;
	cp_vec		v;
	uint32_t	last = 0;

	cp_arena_init(&arena);
	cp_vec_init(&v, sizeof(cp_mention));
	cp_doc_init(&doc, &arena, text, size, fuzz_model());
	if (cp_extract_entities(&doc, &v) != CP_OK)
		abort();
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);
		char		key[CP_NAME_KEY_CAP];

		if (m->len == 0 || m->start < last || (size_t) m->start + m->len > size ||
			m->kind > CP_ENT_MISC || m->sentence < 1 || m->name == NULL || m->name_len == 0 ||
			cp_name_key_buf(m->name, m->name_len, key) == 0 || m->key_len != strlen(key) ||
			strcmp(m->key, key) != 0)
			abort();
		last = m->start + m->len;
	}
	cp_arena_free(&arena);
	return 0;
}
