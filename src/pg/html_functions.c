/*
 * html_functions.c: corpus.html_article() and corpus.html_text(), over a
 * page as text (already decoded) or as bytea (decoded by its declared
 * charset).
 */
#include "corpus_pg.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "html.h"

PG_FUNCTION_INFO_V1(corpus_html_article);
PG_FUNCTION_INFO_V1(corpus_html_text);

/* libxml2's parser context is malloc'd: freed however the call ends. */
static void
html_release(void *arg)
{
	cp_html_free((cp_html *) arg);
}

/*
 * The article of the page in argument 0 of fcinfo, in work's arena.  A text
 * page is UTF-8 after conversion from the server encoding and its declared
 * charset is ignored; a bytea page is decoded by the charset it declares.
 */
static void
html_read(FunctionCallInfo fcinfo, corpus_work *work, cp_html_article *a)
{
	bytea	   *page = PG_GETARG_BYTEA_PP(0);
	bool		raw = get_fn_expr_argtype(fcinfo->flinfo, 0) == BYTEAOID;
	const char *data = VARDATA_ANY(page);
	size_t		len = VARSIZE_ANY_EXHDR(page);
	int			enc = GetDatabaseEncoding();
	MemoryContextCallback *cb;
	cp_html    *h;

	if (len > CP_MAX_DOCUMENT_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document too large for corpus: %zu bytes", len),
				 errdetail("The limit is %zu bytes.", (size_t) CP_MAX_DOCUMENT_BYTES)));
	corpus_work_begin(work);
	if (!raw && enc != PG_UTF8 && enc != PG_SQL_ASCII)
		data = corpus_utf8_from_text((text *) page, &len);
	h = cp_html_new(&work->arena, raw);
	cb = palloc(sizeof(MemoryContextCallback));
	cb->func = html_release;
	cb->arg = h;
	MemoryContextRegisterResetCallback(work->context, cb);
	if (cp_html_parse(h, data, len, a) == CP_ERR_LIMIT)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("HTML page nested too deeply for corpus"),
				 errdetail("Elements nest deeper than %d levels.", CP_HTML_MAX_DEPTH)));
}

static Datum
text_or_null(const char *s, size_t len, bool *isnull)
{
	*isnull = s == NULL;
	return s ? PointerGetDatum(corpus_text_from_utf8(s, len)) : (Datum) 0;
}

Datum
corpus_html_article(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	corpus_work work;
	cp_html_article a;
	Datum		values[6];
	bool		nulls[6];
	HeapTuple	tuple;
	char	   *full;
	size_t		len = 0;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);

	html_read(fcinfo, &work, &a);
	/* the headline on the first line, as corpus.article() reads a text */
	full = palloc(a.title_len + 2 + a.text_len + 1);
	if (a.title)
	{
		memcpy(full, a.title, a.title_len);
		len = a.title_len;
		if (a.text_len)
		{
			memcpy(full + len, "\n\n", 2);
			len += 2;
		}
	}
	memcpy(full + len, a.text, a.text_len);
	len += a.text_len;
	MemoryContextSwitchTo(work.previous);

	values[0] = text_or_null(a.title, a.title_len, &nulls[0]);
	values[1] = text_or_null(a.byline, a.byline_len, &nulls[1]);
	nulls[2] = true;
	if (a.has_published)
	{
		/* Unix seconds to Postgres microseconds since 2000-01-01 */
		TimestampTz ts = (TimestampTz) (a.published -
										(int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY)
			* USECS_PER_SEC;

		if (IS_VALID_TIMESTAMP(ts))
		{
			values[2] = TimestampTzGetDatum(ts);
			nulls[2] = false;
		}
	}
	values[3] = text_or_null(a.url, a.url_len, &nulls[3]);
	values[4] = text_or_null(a.lang, a.lang_len, &nulls[4]);
	values[5] = PointerGetDatum(corpus_text_from_utf8(full, len));
	nulls[5] = false;

	tuple = heap_form_tuple(tupdesc, values, nulls);
	MemoryContextDelete(work.context);
	PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}

Datum
corpus_html_text(PG_FUNCTION_ARGS)
{
	corpus_work work;
	cp_html_article a;
	text	   *result;

	html_read(fcinfo, &work, &a);
	MemoryContextSwitchTo(work.previous);
	result = corpus_text_from_utf8(a.text, a.text_len);
	MemoryContextDelete(work.context);
	PG_RETURN_TEXT_P(result);
}
