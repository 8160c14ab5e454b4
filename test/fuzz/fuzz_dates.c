/*
 * fuzz_dates.c: the date extractor on arbitrary bytes, with a given reference
 * date, none, or the date the text states (the first two bytes pick which).
 */
#include "arena.h"
#include "calendar.h"
#include "dates.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cp_arena	a;
	cp_doc		doc;
	cp_vec		v;
	cp_reference_mode mode = size >= 2 ? (cp_reference_mode) (data[0] % 3) : CP_REF_NONE;
	int32_t		ref = size >= 2 ? (int32_t) ((data[0] << 8 | data[1]) - 20000) : 0;
	const char *text = (const char *) data;
	size_t		i;

	cp_set_host(&cp_malloc_host);
	cp_arena_init(&a);
	cp_vec_init(&v, sizeof(cp_date_mention));
	cp_doc_init(&doc, &a, text, size, NULL);
	cp_extract_dates(&doc, mode, ref, &v);
	for (i = 0; i < v.count; i++)
	{
		cp_date_mention *x = &CP_VEC_AT(&v, cp_date_mention, i);

		if (x->start + x->len > size || x->len == 0)
			__builtin_trap();
		if (x->resolved && !x->lo_inf && !x->hi_inf && x->hi <= x->lo)
			__builtin_trap();
	}
	cp_arena_free(&a);
	return 0;
}
