/*
 * entity_functions.c: corpus.entities() and corpus.entity_array().
 */
#include "entity_type.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

PG_FUNCTION_INFO_V1(corpus_entities);
PG_FUNCTION_INFO_V1(corpus_entity_array);

/* Loaded once per backend, on first use; a failed load is retried next call. */
static cp_ner_model *ner_model;

static cp_status
parse_ner_model(const char *bytes, size_t len, const char *what, void *out, char *err,
				size_t errlen)
{
	return cp_ner_model_parse(bytes, len, what, out, err, errlen);
}

const cp_ner_model *
corpus_ner_model(void)
{
	if (!ner_model)
		corpus_model_load("ner.bin", parse_ner_model, &ner_model,
						  "The model is installed with the extension (make install); "
						  "retrain it with \"make model\".");
	return ner_model;
}

/* The sink of the mention vector: rows as mentions come (arena.h). */
static void
entity_rows(void *arg, const void *items, size_t count)
{
	corpus_rows *rows = arg;
	corpus_doc *doc = rows->doc;

	for (size_t i = 0; i < count; i++)
	{
		const cp_mention *m = &((const cp_mention *) items)[i];
		text	   *name;
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};

		corpus_row_begin(rows->work);
		name = corpus_text_from_utf8(m->name, m->name_len);
		values[0] = PointerGetDatum(cstring_to_text(cp_entity_kind_name(m->kind)));
		values[1] = PointerGetDatum(corpus_text_from_utf8(doc->data + m->start, m->len));
		values[2] = PointerGetDatum(name);
		values[3] = corpus_entity_of_mention(m, name);
		values[4] = Int32GetDatum(corpus_doc_pos(doc, m->start));
		values[5] = Int32GetDatum(corpus_doc_len(doc, m->start, m->len));
		values[6] = Int32GetDatum(m->sentence);
		corpus_row_put(rows->work, rows->rsinfo, values, nulls);
	}
}

static cp_status
extract_entities(cp_doc *doc, cp_vec *out, void *arg)
{
	(void) arg;
	return cp_extract_entities(doc, out);
}

Datum
corpus_entities(PG_FUNCTION_ARGS)
{
	corpus_rows_run(fcinfo, PG_GETARG_TEXT_PP(0), true, sizeof(cp_mention), entity_rows,
					extract_entities, NULL);
	return (Datum) 0;
}

static int
entity_sort_cmp(const void *a, const void *b, void *arg)
{
	FmgrInfo   *cmp = arg;

	return DatumGetInt32(FunctionCall2Coll(cmp, InvalidOid, *(const Datum *) a, *(const Datum *) b));
}

Datum
corpus_entity_array(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	Oid			elemtype = get_element_type(get_func_rettype(fcinfo->flinfo->fn_oid));
	TypeCacheEntry *tc;
	corpus_work work;
	corpus_doc	doc;
	cp_vec		mentions;
	Datum	   *elems;
	size_t		n = 0;
	ArrayType  *result;

	if (!OidIsValid(elemtype))
		elog(ERROR, "corpus.entity_array must return an array");
	tc = lookup_type_cache(elemtype, TYPECACHE_CMP_PROC_FINFO);
	if (!OidIsValid(tc->cmp_proc_finfo.fn_oid))
		elog(ERROR, "corpus.entity has no default btree operator class");
	corpus_work_begin(&work);
	corpus_doc_init(&doc, t, &work.arena, true);
	cp_vec_init(&mentions, sizeof(cp_mention));
	corpus_report_status(cp_extract_entities(&doc.core, &mentions), "document", NULL);
	MemoryContextSwitchTo(work.previous);
	elems = palloc(sizeof(Datum) * (mentions.count + 1));
	for (size_t i = 0; i < mentions.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&mentions, cp_mention, i);

		elems[i] = corpus_entity_of_mention(m, corpus_text_from_utf8(m->name, m->name_len));
	}
	MemoryContextDelete(work.context);
	/* Distinct by the type's own equality: sort, then drop repeats. */
	if (mentions.count > 1)
	{
		qsort_arg(elems, mentions.count, sizeof(Datum), entity_sort_cmp, &tc->cmp_proc_finfo);
		for (size_t i = 0; i < mentions.count; i++)
			if (n == 0 || entity_sort_cmp(&elems[n - 1], &elems[i], &tc->cmp_proc_finfo) != 0)
				elems[n++] = elems[i];
	}
	else
		n = mentions.count;
	result = construct_array(elems, (int) n, elemtype, tc->typlen, tc->typbyval, tc->typalign);
	PG_RETURN_ARRAYTYPE_P(result);
}
