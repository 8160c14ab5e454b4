/*
 * fuzz_timex.c: the TIMEX3 reader on arbitrary bytes, with a given reference
 * date, none, or the date the text states (the first two bytes pick which).
 */
#include "arena.h"
#include "calendar.h"
#include "timex.h"

#include <string.h>

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
	cp_vec_init(&v, sizeof(cp_timex));
	cp_doc_init(&doc, &a, text, size, NULL);
	cp_extract_timexes(&doc, mode, ref, &v);
	for (i = 0; i < v.count; i++)
	{
		cp_timex   *x = &CP_VEC_AT(&v, cp_timex, i);

		if (x->start + x->len > size || x->len == 0 || x->type > CP_TIMEX_SET)
			__builtin_trap();
		if (memchr(x->value, '\0', sizeof(x->value)) == NULL || x->value[0] == '\0')
			__builtin_trap();
		if (x->has_range && !x->lo_inf && !x->hi_inf && x->hi <= x->lo)
			__builtin_trap();
		if (i > 0 && x->start < CP_VEC_AT(&v, cp_timex, i - 1).start + CP_VEC_AT(&v, cp_timex, i - 1).len)
			__builtin_trap();	/* expressions do not overlap */
	}
	cp_arena_free(&a);
	return 0;
}
