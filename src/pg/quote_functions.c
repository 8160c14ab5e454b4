/*
 * quote_functions.c: corpus.quotes() and corpus.quote_key().
 */
#include "entity_type.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "quotes.h"

PG_FUNCTION_INFO_V1(corpus_quotes);
PG_FUNCTION_INFO_V1(corpus_quote_key);

#define QUOTE_COLS 11

/* The sink of the quote vector: rows as quotes come (arena.h). */
static void
quote_rows(void *arg, const void *items, size_t count)
{
	corpus_rows *rows = arg;
	corpus_doc *doc = rows->doc;

	for (size_t i = 0; i < count; i++)
	{
		const cp_quote *q = &((const cp_quote *) items)[i];
		Datum		values[QUOTE_COLS];
		bool		nulls[QUOTE_COLS];

		memset(nulls, 0, sizeof(nulls));
		corpus_row_begin(rows->work);
		/* mention, start, len, sentence */
		values[0] = PointerGetDatum(corpus_text_from_utf8(doc->data + q->start, q->len));
		values[1] = Int32GetDatum(corpus_doc_pos(doc, q->start));
		values[2] = Int32GetDatum(corpus_doc_len(doc, q->start, q->len));
		values[3] = Int32GetDatum(q->sentence);
		/* speaker (resolved), speaker_entity */
		nulls[4] = nulls[5] = true;
		if (q->speaker)
		{
			values[4] = PointerGetDatum(corpus_text_from_utf8(q->speaker, q->speaker_len));
			nulls[4] = false;
			if (q->speaker_kind >= 0)
			{
				values[5] = corpus_entity_make((cp_entity_kind) q->speaker_kind,
											   q->speaker, q->speaker_len);
				nulls[5] = false;
			}
		}
		/* speaker_mention, speaker_start, speaker_len */
		if (q->has_mention)
		{
			values[6] = PointerGetDatum(corpus_text_from_utf8(doc->data + q->mention_start,
															  q->mention_len));
			values[7] = Int32GetDatum(corpus_doc_pos(doc, q->mention_start));
			values[8] = Int32GetDatum(corpus_doc_len(doc, q->mention_start, q->mention_len));
		}
		else
			nulls[6] = nulls[7] = nulls[8] = true;
		if (q->verb)
			values[9] = PointerGetDatum(cstring_to_text(q->verb));
		else
			nulls[9] = true;
		values[10] = PointerGetDatum(corpus_text_from_utf8(q->key, q->key_len));
		corpus_row_put(rows->work, rows->rsinfo, values, nulls);
		if ((i & 255) == 255)
			CHECK_FOR_INTERRUPTS();
	}
}

static cp_status
extract_quotes(cp_doc *doc, cp_vec *out, void *arg)
{
	(void) arg;
	return cp_extract_quotes(doc, out);
}

Datum
corpus_quotes(PG_FUNCTION_ARGS)
{
	corpus_rows_run(fcinfo, PG_GETARG_TEXT_PP(0), true, sizeof(cp_quote), quote_rows,
					extract_quotes, NULL);
	return (Datum) 0;
}

Datum
corpus_quote_key(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	corpus_work work;
	size_t		len,
				keylen;
	char	   *s;
	const char *key;
	text	   *result;

	corpus_work_begin(&work);
	s = corpus_utf8_from_text(t, &len);
	key = cp_quote_key(&work.arena, s, len, &keylen);
	MemoryContextSwitchTo(work.previous);
	result = corpus_text_from_utf8(key, keylen);
	corpus_work_end(&work);
	PG_RETURN_TEXT_P(result);
}
