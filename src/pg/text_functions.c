/*
 * text_functions.c: corpus.sentences() and corpus.article().
 */
#include "corpus_pg.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "article.h"
#include "sentences.h"

PG_FUNCTION_INFO_V1(corpus_sentences);
PG_FUNCTION_INFO_V1(corpus_article);

Datum
corpus_sentences(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	corpus_work work;
	corpus_doc	doc;
	cp_sentence_iter it;
	cp_sentence s;

	corpus_materialize(fcinfo);
	corpus_work_begin(&work);
	corpus_doc_init(&doc, t, &work.arena, false);
	cp_sentence_iter_init(&it, &work.arena, doc.data, doc.len, 0, doc.len);
	while (cp_sentence_next(&it, &s))
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		/* mention, start, len, sentence */
		values[0] = PointerGetDatum(corpus_text_from_utf8(doc.data + s.start, s.end - s.start));
		values[1] = Int32GetDatum(corpus_doc_pos(&doc, s.start));
		values[2] = Int32GetDatum(corpus_doc_len(&doc, s.start, s.end - s.start));
		values[3] = Int32GetDatum(s.n);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		pfree(DatumGetPointer(values[0]));
	}
	corpus_work_end(&work);
	return (Datum) 0;
}

Datum
corpus_article(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	TupleDesc	tupdesc;
	corpus_work work;
	corpus_doc	doc;
	cp_article	a;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};
	HeapTuple	tuple;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);

	corpus_work_begin(&work);
	corpus_doc_init(&doc, t, &work.arena, false);
	a = *cp_doc_article(&doc.core);
	MemoryContextSwitchTo(work.previous);

	if (a.title_line >= 0)
	{
		const cp_line *l = &a.lines[a.title_line];

		values[0] = PointerGetDatum(corpus_text_from_utf8(doc.data + l->start, l->len));
	}
	else
		nulls[0] = true;
	if (a.dateline)
		values[1] = PointerGetDatum(corpus_text_from_utf8(a.dateline, strlen(a.dateline)));
	else
		nulls[1] = true;
	if (a.has_published)
		values[2] = DateADTGetDatum((DateADT) cp_date_to_days(a.published.year,
															  a.published.month,
															  a.published.day));
	else
		nulls[2] = true;
	values[3] = PointerGetDatum(corpus_text_from_utf8(a.body, a.body_len));
	values[4] = PointerGetDatum(corpus_text_from_utf8(a.boilerplate, a.boilerplate_len));
	tuple = heap_form_tuple(tupdesc, values, nulls);
	MemoryContextDelete(work.context);
	PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}
