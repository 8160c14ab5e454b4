/*
 * fuzz_doc.c: every layer of one analysed document (doc.h) on arbitrary
 * bytes, as corpus.extract() reads them: the layers share the document, so
 * each must leave it usable for the next, asking twice must give the same
 * result, and sentences read back from the kept tokens must give what a
 * document that splits them again gives.  Needs the model (CORPUS_DATA_DIR,
 * default data/).
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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	cp_arena	arena;
	cp_doc		doc,
				fresh;
	cp_status	st;
	const cp_vec *ents,
			   *qs,
			   *quotes,
			   *dates,
			   *fresh_dates;
	const cp_article *a;
	cp_vec		claims;
	size_t		nsent;
	int32_t		ref;
	bool		has_ref;
	cp_reference_mode mode = size ? (cp_reference_mode) (data[0] % 3) : CP_REF_NONE;

	cp_arena_init(&arena);
	if (cp_doc_init(&doc, &arena, text, size, fuzz_model()) != CP_OK)
		abort();
	doc.keep_sentences = true;
	a = cp_doc_article(&doc);
	if (a->body_len > size + 2 * a->nlines)
		abort();
	if ((qs = cp_doc_quantities(&doc, &st)) == NULL)
		abort();
	nsent = cp_doc_sentence_count(&doc);
	if ((ents = cp_doc_entities(&doc, &st)) == NULL || (quotes = cp_doc_quotes(&doc, &st)) == NULL)
		abort();
	has_ref = cp_doc_reference(&doc, mode, 16000, &ref);
	if ((dates = cp_doc_dates(&doc, has_ref, ref, &st)) == NULL)
		abort();
	CHECK_LAYER(ents, cp_mention);
	CHECK_LAYER(qs, cp_quantity_mention);
	CHECK_LAYER(quotes, cp_quote);
	CHECK_LAYER(dates, cp_date_mention);
	cp_vec_init(&claims, sizeof(cp_claim));
	if (cp_extract_claims(&doc, mode, 16000, &claims) != CP_OK)
		abort();
	for (size_t i = 0; i < claims.count; i++)
	{
		const cp_claim *c = &CP_VEC_AT(&claims, cp_claim, i);

		if (c->source_kind >= CP_ENT_NKINDS || (c->source_kind >= 0 && c->source_len == 0) ||
			(c->source_kind >= 0 && c->source_name_len == 0))
			abort();
	}
	/* the layers are kept: asking again gives the same vectors */
	if (cp_doc_quantities(&doc, &st) != qs || cp_doc_entities(&doc, &st) != ents ||
		cp_doc_quotes(&doc, &st) != quotes || cp_doc_dates(&doc, has_ref, ref, &st) != dates ||
		cp_doc_sentence_count(&doc) != nsent)
		abort();
	/* dates were read from kept tokens: a document that splits again agrees */
	cp_doc_init(&fresh, &arena, text, size, NULL);
	if ((fresh_dates = cp_doc_dates(&fresh, has_ref, ref, &st)) == NULL ||
		fresh_dates->count != dates->count ||
		memcmp(fresh_dates->items, dates->items, dates->count * sizeof(cp_date_mention)) != 0)
		abort();
	cp_arena_free(&arena);
	return 0;
}
