/*
 * date_functions.c: corpus.dates(doc, reference) and corpus.dates(doc).
 */
#include "corpus_pg.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#include "article.h"
#include "dates.h"

PG_FUNCTION_INFO_V1(corpus_dates);
PG_FUNCTION_INFO_V1(corpus_dates_doc);

/* A daterange datum for a resolved mention; infinite bounds stay unbounded. */
static Datum
mention_range(TypeCacheEntry *typcache, const cp_date_mention *m)
{
	RangeBound	lower,
				upper;

	lower.val = DateADTGetDatum((DateADT) m->lo);
	lower.infinite = m->lo_inf;
	lower.inclusive = !m->lo_inf;
	lower.lower = true;
	upper.val = DateADTGetDatum((DateADT) m->hi);
	upper.infinite = m->hi_inf;
	upper.inclusive = false;
	upper.lower = false;
	return RangeTypePGetDatum(make_range(typcache, &lower, &upper, false));
}

static void
dates_rows(FunctionCallInfo fcinfo, text *t, bool has_ref, bool ref_from_article, int32 ref)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TypeCacheEntry *typcache = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
	corpus_work work;
	corpus_doc	doc;
	cp_vec		out;
	cp_status	st;
	size_t		i;

	InitMaterializedSRF(fcinfo, 0);
	corpus_work_begin(&work);
	corpus_doc_init(&doc, t, &work.arena);
	if (ref_from_article)
	{
		cp_article a;

		cp_article_lines(&work.arena, doc.data, doc.len, &a);
		has_ref = a.has_published;
		if (has_ref)
			ref = cp_date_to_days(a.published.year, a.published.month, a.published.day);
	}
	cp_vec_init(&out, sizeof(cp_date_mention));
	st = cp_extract_dates(&work.arena, doc.data, doc.len, has_ref, ref, &out);
	corpus_report_status(st, "document", NULL);
	for (i = 0; i < out.count; i++)
	{
		const cp_date_mention *m = &CP_VEC_AT(&out, cp_date_mention, i);
		const char *gran = cp_date_gran_name((cp_date_gran) m->gran);
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};

		/* datums live in the work context; the tuplestore copies them */

		values[0] = PointerGetDatum(corpus_text_from_utf8(doc.data + m->start, m->len));
		if (m->resolved)
			values[1] = mention_range(typcache, m);
		else
			nulls[1] = true;
		values[2] = PointerGetDatum(cstring_to_text(gran));
		values[3] = Int32GetDatum(corpus_doc_pos(&doc, m->start));
		values[4] = Int32GetDatum(corpus_doc_len(&doc, m->start, m->len));
		values[5] = Int32GetDatum(m->sentence);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	corpus_work_end(&work);
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
	{
		DateADT		ref = PG_GETARG_DATEADT(1);

		if (DATE_NOT_FINITE(ref))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("reference date must be finite")));
		dates_rows(fcinfo, PG_GETARG_TEXT_PP(0), true, false, (int32) ref);
	}
	else
		dates_rows(fcinfo, PG_GETARG_TEXT_PP(0), false, false, 0);
	return (Datum) 0;
}

Datum
corpus_dates_doc(PG_FUNCTION_ARGS)
{
	dates_rows(fcinfo, PG_GETARG_TEXT_PP(0), false, true, 0);
	return (Datum) 0;
}
