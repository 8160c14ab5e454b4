/*
 * place_functions.c: corpus.places() and corpus.place().
 *
 * The gazetteer is mapped read-only once per backend, on first use, so
 * that backends share its pages.
 */
#include "corpus_pg.h"

#include "access/htup_details.h"
#include "utils/builtins.h"

#include "places.h"

PG_FUNCTION_INFO_V1(corpus_places);
PG_FUNCTION_INFO_V1(corpus_place);

#define PLACE_COLUMNS 9			/* name .. population: the columns of a place */

/* Loaded once per backend, on first use; a failed load is retried next call. */
static cp_gazetteer *gazetteer;

static cp_status
parse_gazetteer(const char *bytes, size_t len, const char *what, void *out, char *err,
				size_t errlen)
{
	return cp_gazetteer_parse(bytes, len, what, out, err, errlen);
}

static const cp_gazetteer *
corpus_gazetteer(void)
{
	if (!gazetteer)
		corpus_model_load("places.bin", parse_gazetteer, &gazetteer,
						  "The gazetteer is installed with the extension (make install); "
						  "rebuild it with \"make places-data\".");
	return gazetteer;
}

/* values[0..PLACE_COLUMNS) and nulls from gazetteer place index. */
static void
place_values(const cp_gazetteer *gz, uint32_t index, Datum *values, bool *nulls)
{
	cp_place	p;

	cp_place_get(gz, index, &p);
	values[0] = PointerGetDatum(corpus_text_from_utf8(p.name, strlen(p.name)));
	values[1] = Int32GetDatum(p.geonameid);
	nulls[1] = p.geonameid == 0;
	values[2] = PointerGetDatum(cstring_to_text(p.country));
	values[3] = p.admin1 ? PointerGetDatum(corpus_text_from_utf8(p.admin1, strlen(p.admin1))) : 0;
	nulls[3] = p.admin1 == NULL;
	values[4] = Float8GetDatum(p.lat);
	values[5] = Float8GetDatum(p.lon);
	values[6] = PointerGetDatum(cstring_to_text(p.feature_class));
	values[7] = PointerGetDatum(cstring_to_text(p.feature_code));
	values[8] = Int64GetDatum((int64) p.population);
	nulls[8] = p.population == 0;
}

/* The sink of the mention vector: rows as mentions come (arena.h). */
static void
place_rows(void *arg, const void *items, size_t count)
{
	corpus_rows *rows = arg;
	corpus_doc *doc = rows->doc;
	const cp_gazetteer *gz = gazetteer;

	for (size_t i = 0; i < count; i++)
	{
		const cp_place_mention *m = &((const cp_place_mention *) items)[i];
		Datum		values[PLACE_COLUMNS + 4];
		bool		nulls[PLACE_COLUMNS + 4] = {false};

		corpus_row_begin(rows->work);
		values[0] = PointerGetDatum(corpus_text_from_utf8(doc->data + m->start, m->len));
		place_values(gz, m->place, values + 1, nulls + 1);
		values[PLACE_COLUMNS + 1] = Int32GetDatum(corpus_doc_pos(doc, m->start));
		values[PLACE_COLUMNS + 2] = Int32GetDatum(corpus_doc_len(doc, m->start, m->len));
		values[PLACE_COLUMNS + 3] = Int32GetDatum(m->sentence);
		corpus_row_put(rows->work, rows->rsinfo, values, nulls);
	}
}

static cp_status
extract_places(cp_doc *doc, cp_vec *out, void *arg)
{
	return cp_extract_places(doc, arg, out);
}

Datum
corpus_places(PG_FUNCTION_ARGS)
{
	const cp_gazetteer *gz = corpus_gazetteer();

	corpus_rows_run(fcinfo, PG_GETARG_TEXT_PP(0), true, sizeof(cp_place_mention), place_rows,
					extract_places, (void *) gz);
	return (Datum) 0;
}

Datum
corpus_place(PG_FUNCTION_ARGS)
{
	const cp_gazetteer *gz = corpus_gazetteer();
	size_t		len;
	char	   *name = corpus_utf8_from_text(PG_GETARG_TEXT_PP(0), &len);
	TupleDesc	desc;
	Datum		values[PLACE_COLUMNS];
	bool		nulls[PLACE_COLUMNS] = {false};
	uint32_t	index;

	if (!cp_place_lookup(gz, name, len, &index))
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "corpus.place must return a row");
	place_values(gz, index, values, nulls);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}
