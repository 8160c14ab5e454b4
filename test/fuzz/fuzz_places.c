/*
 * fuzz_places.c: corpus.places() and corpus.place() on any bytes: the
 * whole input as a document, and as a bare name.  The tagger and the
 * gazetteer are loaded once from $CORPUS_DATA_DIR.  Checks what the SQL
 * layer relies on: mentions inside the text, in order, non-empty, naming a
 * gazetteer place.
 */
#include "arena.h"
#include "doc.h"
#include "fuzz_model.h"
#include "places.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	const cp_ner_model *model = fuzz_model();
	const cp_gazetteer *gz = unit_gazetteer(NULL, NULL);
	cp_arena	arena;
	cp_doc		doc;
	cp_vec		v;
	uint32_t	last = 0,
				place;
	cp_place	p;

	if (gz == NULL)
		abort();
	if (cp_place_lookup(gz, text, size, &place))
	{
		if (place >= gz->nplaces)
			abort();
		cp_place_get(gz, place, &p);
		if (!p.name || !p.feature_code || p.lat < -90 || p.lat > 90)
			abort();
	}
	cp_arena_init(&arena);
	cp_vec_init(&v, sizeof(cp_place_mention));
	cp_doc_init(&doc, &arena, text, size, model);
	if (cp_extract_places(&doc, gz, &v) != CP_OK)
		abort();
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_place_mention *m = &CP_VEC_AT(&v, cp_place_mention, i);

		if (m->len == 0 || m->start < last || (size_t) m->start + m->len > size ||
			m->sentence < 1 || m->place >= gz->nplaces)
			abort();
		last = m->start + m->len;
	}
	cp_arena_free(&arena);
	return 0;
}
