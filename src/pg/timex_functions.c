/*
 * timex_functions.c: corpus.timexes(doc, reference) and corpus.timexes(doc).
 */
#include "corpus_pg.h"

#include "funcapi.h"
#include "utils/builtins.h"

#include "timex.h"

PG_FUNCTION_INFO_V1(corpus_timexes);

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

/* Both forms, as corpus.dates: a NULL reference leaves relative values as X's. */
Datum
corpus_timexes(PG_FUNCTION_ARGS)
{
	corpus_dated_rows(fcinfo, sizeof(cp_timex), timex_rows, cp_extract_timexes);
	return (Datum) 0;
}
