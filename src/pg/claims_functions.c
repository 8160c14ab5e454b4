/*
 * claims_functions.c: corpus.claims() and corpus.claims_conflict().
 */
#include "corpus_pg.h"

#include "funcapi.h"
#include "utils/builtins.h"

#include "claims.h"
#include "entities.h"
#include "entity_type.h"
#include "quantity_type.h"

PG_FUNCTION_INFO_V1(corpus_claims);
PG_FUNCTION_INFO_V1(corpus_claims_conflict);

#define CLAIM_COLUMNS 12

static text *
doc_text(corpus_doc *doc, uint32_t start, uint32_t len)
{
	return corpus_text_from_utf8(doc->data + start, len);
}

/* The sink of the claim vector: rows as claims come (arena.h). */
static void
claim_rows(void *arg, const void *items, size_t count)
{
	corpus_rows *rows = arg;
	corpus_doc *doc = rows->doc;

	for (size_t i = 0; i < count; i++)
	{
		const cp_claim *c = &((const cp_claim *) items)[i];
		Datum		values[CLAIM_COLUMNS];
		bool		nulls[CLAIM_COLUMNS] = {0};
		const char *kind = cp_claim_kind_name(c->kind);
		char	   *key;

		corpus_row_begin(rows->work);
		values[0] = CStringGetTextDatum(kind);
		values[1] = corpus_quantity_datum(&c->value);
		if (c->subject_len)
		{
			values[2] = PointerGetDatum(doc_text(doc, c->subject_start, c->subject_len));
			values[3] = CStringGetTextDatum(c->subject_key);
		}
		else
			nulls[2] = nulls[3] = true;
		if (c->source_len)
		{
			values[4] = PointerGetDatum(doc_text(doc, c->source_start, c->source_len));
			if (c->source_kind >= 0)
				values[5] = corpus_entity_make((cp_entity_kind) c->source_kind, c->source_name,
											   c->source_name_len);
			else
				nulls[5] = true;
		}
		else
			nulls[4] = nulls[5] = true;
		if (c->has_asof)
			values[6] = corpus_daterange_datum(c->asof_lo_inf, c->asof_lo, c->asof_hi_inf, c->asof_hi);
		else
			nulls[6] = true;
		values[7] = PointerGetDatum(doc_text(doc, c->start, c->len));
		values[8] = Int32GetDatum(corpus_doc_pos(doc, c->start));
		values[9] = Int32GetDatum(corpus_doc_len(doc, c->start, c->len));
		values[10] = Int32GetDatum(c->sentence);
		key = psprintf("%s:%s", kind, c->subject_key);
		values[11] = CStringGetTextDatum(key);
		corpus_row_put(rows->work, rows->rsinfo, values, nulls);
	}
}

/*
 * claims(doc, reference): reference may be NULL (the function is not
 * STRICT); then relative dates stay unresolved and figures without a date
 * get no as-of.  claims(doc) passes the date corpus.article() finds.
 */
static cp_status
extract_claims(cp_doc *doc, cp_vec *out, void *arg)
{
	corpus_reference *r = arg;

	return cp_extract_claims(doc, r->mode, r->days, out);
}

Datum
corpus_claims(PG_FUNCTION_ARGS)
{
	corpus_reference a = {CP_REF_STATED, 0};

	if (PG_ARGISNULL(0))
	{
		corpus_materialize(fcinfo);
		return (Datum) 0;
	}
	if (PG_NARGS() > 1)
	{
		a.mode = PG_ARGISNULL(1) ? CP_REF_NONE : CP_REF_GIVEN;
		if (a.mode == CP_REF_GIVEN)
			a.days = corpus_reference_days(PG_GETARG_DATUM(1));
	}
	corpus_rows_run(fcinfo, PG_GETARG_TEXT_PP(0), true, sizeof(cp_claim), claim_rows,
					extract_claims, &a);
	return (Datum) 0;
}

/* Both figures cannot hold: their intervals, widened for approximation, are disjoint. */
Datum
corpus_claims_conflict(PG_FUNCTION_ARGS)
{
	const cp_quantity *a = (const cp_quantity *) PG_GETARG_POINTER(0);
	const cp_quantity *b = (const cp_quantity *) PG_GETARG_POINTER(1);

	PG_RETURN_BOOL(!cp_quantity_overlaps(a, b));
}
