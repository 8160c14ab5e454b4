/*
 * timex_functions.c: corpus.timexes(doc, reference) and corpus.timexes(doc).
 */
#include "corpus_pg.h"

#include "funcapi.h"
#include "utils/builtins.h"

#include "timex.h"

PG_FUNCTION_INFO_V1(corpus_timexes);
PG_FUNCTION_INFO_V1(corpus_timexes_doc);

/* The sink of the expression vector: rows as they come (arena.h). */
static void
timex_rows(void *arg, const void *items, size_t count)
{
	corpus_rows *rows = arg;
	corpus_doc *doc = rows->doc;

	for (size_t i = 0; i < count; i++)
	{
		const cp_timex *x = &((const cp_timex *) items)[i];
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};

		corpus_row_begin(rows->work);
		values[0] = PointerGetDatum(cstring_to_text(cp_timex_type_name((cp_timex_type) x->type)));
		values[1] = PointerGetDatum(cstring_to_text(x->value));
		if (x->has_range)
			values[2] = corpus_daterange_datum(x->lo_inf, x->lo, x->hi_inf, x->hi);
		else
			nulls[2] = true;
		values[3] = PointerGetDatum(corpus_text_from_utf8(doc->data + x->start, x->len));
		values[4] = Int32GetDatum(corpus_doc_pos(doc, x->start));
		values[5] = Int32GetDatum(corpus_doc_len(doc, x->start, x->len));
		values[6] = Int32GetDatum(x->sentence);
		corpus_row_put(rows->work, rows->rsinfo, values, nulls);
	}
}

static cp_status
extract_timexes(cp_doc *doc, cp_vec *out, void *arg)
{
	corpus_reference *r = arg;

	return cp_extract_timexes(doc, r->mode, r->days, out);
}

static void
timexes_rows(FunctionCallInfo fcinfo, text *t, cp_reference_mode mode, int32 ref)
{
	corpus_reference a = {mode, ref};

	corpus_rows_run(fcinfo, t, false, sizeof(cp_timex), timex_rows, extract_timexes, &a);
}

/* Not STRICT, as corpus.dates: a NULL reference leaves relative values as X's. */
Datum
corpus_timexes(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
	{
		InitMaterializedSRF(fcinfo, 0);
		return (Datum) 0;
	}
	if (!PG_ARGISNULL(1))
		timexes_rows(fcinfo, PG_GETARG_TEXT_PP(0), CP_REF_GIVEN,
					 corpus_reference_days(PG_GETARG_DATUM(1)));
	else
		timexes_rows(fcinfo, PG_GETARG_TEXT_PP(0), CP_REF_NONE, 0);
	return (Datum) 0;
}

Datum
corpus_timexes_doc(PG_FUNCTION_ARGS)
{
	timexes_rows(fcinfo, PG_GETARG_TEXT_PP(0), CP_REF_STATED, 0);
	return (Datum) 0;
}
