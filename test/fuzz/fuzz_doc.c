/*
 * fuzz_doc.c: every layer of one analysed document (doc.h) on arbitrary
 * bytes, as corpus.extract() reads them: dates first, keeping the tokens,
 * then each other layer, whose working memory is given back after it, so
 * each must leave the document usable for the next; sentences read back
 * from the kept tokens must give what a document that splits them again
 * gives.  Needs the model (CORPUS_DATA_DIR, default data/).
 */
#include "claims.h"
#include "dates.h"
#include "doc.h"
#include "entities.h"
#include "fuzz_model.h"
#include "quantities.h"
#include "quotes.h"

#include <stddef.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * Items of a layer lie in the text, in order, with sentence numbers in
 * range; every layer's item opens with its byte span (start, len).
 */
static void
check_spans(const cp_vec *v, size_t item_size, size_t sentence_at, size_t size, size_t nsent)
{
	uint32_t	last = 0;

	for (size_t i = 0; i < v->count; i++)
	{
		const char *item = (const char *) v->items + i * item_size;
		uint32_t	start,
					len;
		int			sentence;

		memcpy(&start, item, sizeof(start));
		memcpy(&len, item + sizeof(start), sizeof(len));
		memcpy(&sentence, item + sentence_at, sizeof(sentence));
		if (len == 0 || start < last || (size_t) start + len > size ||
			sentence < 1 || (size_t) sentence > nsent)
			abort();
		last = start;
	}
}

#define CHECK_LAYER(v, type) check_spans(v, sizeof(type), offsetof(type, sentence), size, nsent)

static void
claims_of(cp_doc *doc, cp_reference_mode mode, cp_vec *claims)
{
	cp_vec_init(claims, sizeof(cp_claim));
	if (cp_extract_claims(doc, mode, 16000, claims) != CP_OK)
		abort();
	for (size_t i = 0; i < claims->count; i++)
	{
		const cp_claim *c = &CP_VEC_AT(claims, cp_claim, i);

		if (c->source_kind >= CP_ENT_NKINDS || (c->source_kind >= 0 && c->source_len == 0) ||
			(c->source_kind >= 0 && c->source_name_len == 0))
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	cp_arena	arena;
	cp_arena_mark mark;
	cp_doc		doc,
				fresh;
	cp_vec		v,
				dates,
				fresh_dates,
				claims,
				fresh_claims;
	const cp_article *a;
	size_t		nsent;
	cp_reference_mode mode = size ? (cp_reference_mode) (data[0] % 3) : CP_REF_NONE;

	cp_arena_init(&arena);
	if (cp_doc_init(&doc, &arena, text, size, fuzz_model()) != CP_OK)
		abort();
	doc.keep_sentences = true;
	a = cp_doc_article(&doc);
	if (a->body_len > size + 2 * a->nlines)
		abort();
	cp_vec_init(&dates, sizeof(cp_date_mention));
	if (cp_extract_dates(&doc, mode, 16000, &dates) != CP_OK)
		abort();
	nsent = cp_doc_sentence_count(&doc);
	CHECK_LAYER(&dates, cp_date_mention);
	claims_of(&doc, mode, &claims);
	/* the claims outlive the reset: compared below */
	mark = cp_arena_save(&arena);
	cp_vec_init(&v, sizeof(cp_quote));
	if (cp_extract_quotes(&doc, &v) != CP_OK)
		abort();
	CHECK_LAYER(&v, cp_quote);
	cp_arena_reset(&arena, mark);
	cp_vec_init(&v, sizeof(cp_mention));
	if (cp_extract_entities(&doc, &v) != CP_OK)
		abort();
	CHECK_LAYER(&v, cp_mention);
	cp_arena_reset(&arena, mark);
	cp_vec_init(&v, sizeof(cp_quantity_mention));
	if (cp_extract_quantities(&doc, &v) != CP_OK)
		abort();
	CHECK_LAYER(&v, cp_quantity_mention);
	if (cp_doc_sentence_count(&doc) != nsent)
		abort();
	/* read from kept tokens or not, dates and claims agree */
	cp_doc_init(&fresh, &arena, text, size, fuzz_model());
	cp_vec_init(&fresh_dates, sizeof(cp_date_mention));
	if (cp_extract_dates(&fresh, mode, 16000, &fresh_dates) != CP_OK ||
		fresh_dates.count != dates.count ||
		memcmp(fresh_dates.items, dates.items, dates.count * sizeof(cp_date_mention)) != 0)
		abort();
	claims_of(&fresh, mode, &fresh_claims);
	if (fresh_claims.count != claims.count)
		abort();
	for (size_t i = 0; i < claims.count; i++)
	{
		const cp_claim *c = &CP_VEC_AT(&claims, cp_claim, i),
				   *f = &CP_VEC_AT(&fresh_claims, cp_claim, i);

		if (c->start != f->start || c->len != f->len || c->kind != f->kind ||
			c->source_start != f->source_start || c->source_len != f->source_len ||
			c->has_asof != f->has_asof || c->asof_lo != f->asof_lo ||
			strcmp(c->subject_key, f->subject_key) != 0)
			abort();
	}
	cp_arena_free(&arena);
	return 0;
}
