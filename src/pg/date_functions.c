/*
 * date_functions.c: corpus.dates(doc, reference) and corpus.dates(doc).
 */
#include "corpus_pg.h"

#include "funcapi.h"
#include "utils/builtins.h"

#include "dates.h"

PG_FUNCTION_INFO_V1(corpus_dates);
PG_FUNCTION_INFO_V1(corpus_dates_doc);

/* The sink of the mention vector: rows as mentions come (arena.h). */
static void
date_rows(void *arg, const void *items, size_t count)
{
	corpus_rows *rows = arg;
	corpus_doc *doc = rows->doc;

	for (size_t i = 0; i < count; i++)
	{
		const cp_date_mention *m = &((const cp_date_mention *) items)[i];
		const char *gran = cp_date_gran_name((cp_date_gran) m->gran);
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};

		corpus_row_begin(rows->work);
		values[0] = PointerGetDatum(corpus_text_from_utf8(doc->data + m->start, m->len));
		if (m->resolved)
			values[1] = corpus_daterange_datum(m->lo_inf, m->lo, m->hi_inf, m->hi);
		else
			nulls[1] = true;
		values[2] = PointerGetDatum(cstring_to_text(gran));
		values[3] = Int32GetDatum(corpus_doc_pos(doc, m->start));
		values[4] = Int32GetDatum(corpus_doc_len(doc, m->start, m->len));
		values[5] = Int32GetDatum(m->sentence);
		corpus_row_put(rows->work, rows->rsinfo, values, nulls);
	}
}

static cp_status
extract_dates(cp_doc *doc, cp_vec *out, void *arg)
{
	corpus_reference *r = arg;

	return cp_extract_dates(doc, r->mode, r->days, out);
}

static void
dates_rows(FunctionCallInfo fcinfo, text *t, cp_reference_mode mode, int32 ref)
{
	corpus_reference a = {mode, ref};

	corpus_rows_run(fcinfo, t, false, sizeof(cp_date_mention), date_rows, extract_dates, &a);
}

/* Not STRICT: a NULL reference leaves relative dates unresolved; a NULL doc has none. */
Datum
corpus_dates(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
	{
		InitMaterializedSRF(fcinfo, 0);
		return (Datum) 0;
	}
	if (!PG_ARGISNULL(1))
		dates_rows(fcinfo, PG_GETARG_TEXT_PP(0), CP_REF_GIVEN,
				   corpus_reference_days(PG_GETARG_DATUM(1)));
	else
		dates_rows(fcinfo, PG_GETARG_TEXT_PP(0), CP_REF_NONE, 0);
	return (Datum) 0;
}

Datum
corpus_dates_doc(PG_FUNCTION_ARGS)
{
	dates_rows(fcinfo, PG_GETARG_TEXT_PP(0), CP_REF_STATED, 0);
	return (Datum) 0;
}
