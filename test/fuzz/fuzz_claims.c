/*
 * fuzz_claims.c: claim extraction on arbitrary bytes, with a given reference
 * date, none, and the date the text states.  Every claim and its group and source must lie inside the
 * input, and the group key must exist whenever a group does.
 */
#include "arena.h"
#include "calendar.h"
#include "claims.h"

#include <stdlib.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(const uint8_t *data, size_t size, cp_reference_mode mode)
{
	cp_arena	arena;
	cp_doc		doc;
	cp_vec		v;
	size_t		i;

	cp_arena_init(&arena);
	cp_vec_init(&v, sizeof(cp_claim));
	cp_doc_init(&doc, &arena, (const char *) data, size, NULL);
	if (cp_extract_claims(&doc, mode, cp_date_to_days(2014, 7, 21), &v) != CP_OK)
		abort();
	for (i = 0; i < v.count; i++)
	{
		const cp_claim *c = &CP_VEC_AT(&v, cp_claim, i);

		if (c->len == 0 || (size_t) c->start + c->len > size || c->sentence < 1)
			abort();
		if ((size_t) c->subject_start + c->subject_len > size ||
			(size_t) c->source_start + c->source_len > size)
			abort();
		if (c->subject_len && (c->subject_key == NULL || c->subject_key[0] == '\0'))
			abort();
		if (c->has_asof && !c->asof_lo_inf && !c->asof_hi_inf && c->asof_lo >= c->asof_hi)
			abort();
		if (cp_claim_kind_name(c->kind) == NULL)
			abort();
	}
	cp_arena_free(&arena);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cp_set_host(&cp_malloc_host);
	check(data, size, CP_REF_GIVEN);
	check(data, size, CP_REF_NONE);
	check(data, size, CP_REF_STATED);
	return 0;
}
