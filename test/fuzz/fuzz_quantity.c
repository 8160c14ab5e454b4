/*
 * fuzz_quantity.c: the quantity text form, quantity phrases and
 * cp_extract_quantities() on arbitrary bytes.  A parsed value must format
 * and re-parse to itself.
 */
#include "arena.h"
#include "quantities.h"
#include "quantity.h"

#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	cp_quantity q,
				q2;
	char		buf[CP_QUANTITY_MAX_TEXT],
				err[128];
	cp_arena	arena;
	cp_doc		doc;
	cp_vec		out;

	cp_set_host(&cp_malloc_host);
	if (cp_quantity_parse(text, size, &q, err, sizeof(err)) == CP_OK)
	{
		size_t		n = cp_quantity_format(&q, buf, sizeof(buf));

		if (n >= sizeof(buf) || cp_quantity_parse(buf, n, &q2, NULL, 0) != CP_OK ||
			cp_quantity_cmp(&q, &q2) != 0)
			abort();
		(void) cp_quantity_overlaps(&q, &q2);
	}

	cp_arena_init(&arena);
	if (cp_parse_quantity_phrase(&arena, text, size, &q) == CP_OK)
		cp_quantity_format(&q, buf, sizeof(buf));
	cp_vec_init(&out, sizeof(cp_quantity_mention));
	cp_doc_init(&doc, &arena, text, size, NULL);
	if (cp_extract_quantities(&doc, &out) == CP_OK)
	{
		for (size_t i = 0; i < out.count; i++)
		{
			cp_quantity_mention *m = &CP_VEC_AT(&out, cp_quantity_mention, i);

			if ((size_t) m->start + m->len > size || m->len == 0 || cp_quantity_kind_name(m) == NULL)
				abort();
			cp_quantity_format(&m->value, buf, sizeof(buf));
			if (cp_quantity_parse(buf, strlen(buf), &q2, NULL, 0) != CP_OK)
				abort();
		}
	}
	cp_arena_free(&arena);
	return 0;
}
