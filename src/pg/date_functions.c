/*
 * date_functions.c: corpus.dates(doc, reference) and corpus.dates(doc).
 */
#include "corpus_pg.h"

#include "funcapi.h"
#include "utils/builtins.h"

#include "dates.h"

PG_FUNCTION_INFO_V1(corpus_dates);

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

/*
 * Both forms: not STRICT with a reference, where a NULL one leaves relative
 * dates unresolved and a NULL doc has none; without one, the stated date.
 */
Datum
corpus_dates(PG_FUNCTION_ARGS)
{
	corpus_dated_rows(fcinfo, sizeof(cp_date_mention), date_rows, cp_extract_dates);
	return (Datum) 0;
}
