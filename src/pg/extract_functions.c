/*
 * extract_functions.c: corpus.extract(), every layer of one analysed
 * document as one jsonb value.
 *
 * The document is read once (cp_doc).  The result is written straight into
 * its jsonb buffer (jsonb_build.h), every scalar where it goes, so the peak
 * memory is the result's bytes, not a tree of the whole result.  The values
 * and keys are those of the matching SQL functions' rows, as to_jsonb()
 * would render them.  Date ranges become {"lower", "upper"} objects of ISO
 * dates (null when unbounded), which do not follow DateStyle.
 */
#include "corpus_pg.h"

#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "jsonb_build.h"

#include "claims.h"
#include "dates.h"
#include "entities.h"
#include "quantities.h"
#include "quotes.h"

PG_FUNCTION_INFO_V1(corpus_extract);

/*
 * Every object is laid out by hand (jsonb_build.h): its keys, in jsonb's
 * order (shorter first, then bytewise), go in when it is begun, and its
 * values follow in the same order.
 */
typedef jb_container obj;

/* A string from the core (UTF-8) in the server encoding, as text columns are. */
static void
put_text(obj *o, const char *s, size_t len)
{
	int			enc = GetDatabaseEncoding();

	if (enc != PG_UTF8 && enc != PG_SQL_ASCII)
	{
		char	   *conv = pg_any_to_server(s, (int) len, PG_UTF8);

		if (conv != s)
		{
			s = conv;
			len = strlen(conv);
		}
	}
	jb_add_string(o, s, len);
}

static void
put_cstring(obj *o, const char *s)
{
	jb_add_string(o, s, strlen(s));
}

/*
 * Positions, lengths and sentence numbers are small and repeat across
 * documents, so their numerics are made once per backend: int64_to_numeric
 * allocates twice for every value.
 */
#define NUMERIC_CACHE_SIZE 32768

static void
put_int(obj *o, int64 n)
{
	static Numeric *cache;

	if (n < 0 || n >= NUMERIC_CACHE_SIZE)
	{
		jb_add_numeric(o, int64_to_numeric(n));
		return;
	}
	if (cache == NULL)
		cache = MemoryContextAllocZero(TopMemoryContext, NUMERIC_CACHE_SIZE * sizeof(Numeric));
	if (cache[n] == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		cache[n] = int64_to_numeric(n);
		MemoryContextSwitchTo(old);
	}
	jb_add_numeric(o, cache[n]);
}

/*
 * The 1-based character start and the length of a byte span, computed
 * before either is written ("len" comes first in jsonb's order): the byte
 * to character map is fast only for offsets that do not go backwards.
 */
typedef struct char_span
{
	int32		start;
	int32		len;
} char_span;

static char_span
chars_of(corpus_doc *doc, uint32 start, uint32 len)
{
	char_span	c;

	c.start = corpus_doc_pos(doc, start);
	c.len = corpus_doc_len(doc, start, len);
	return c;
}

/* The text of a byte span of the document. */
static void
put_span(obj *o, corpus_doc *doc, uint32 start, uint32 len)
{
	put_text(o, doc->data + start, len);
}

/* An entity value as its output function writes it: KIND:name. */
static void
put_entity(obj *o, cp_entity_kind kind, const char *name, size_t len)
{
	const char *k = cp_entity_kind_name(kind);
	size_t		kl = strlen(k);
	char	   *s = palloc(kl + 1 + len);

	memcpy(s, k, kl);
	s[kl] = ':';
	memcpy(s + kl + 1, name, len);
	put_text(o, s, kl + 1 + len);
}

static void
put_quantity(obj *o, const cp_quantity *q)
{
	char		buf[CP_QUANTITY_MAX_TEXT];

	cp_quantity_format(q, buf, sizeof(buf));
	put_cstring(o, buf);
}

static void
put_date(obj *o, bool inf, int32 day)
{
	if (inf)
		jb_add_null(o);
	else
		put_cstring(o, JsonEncodeDateTime(NULL, DateADTGetDatum((DateADT) day), DATEOID, NULL));
}

/* A day range [lo, hi) as {"lower", "upper"}. */
static void
put_range(obj *o, bool lo_inf, int32 lo, bool hi_inf, int32 hi)
{
	static const jb_key keys[] = {JB_KEY("lower"), JB_KEY("upper")};
	obj			r;

	jb_begin_object(&r, o->buf, o, keys, lengthof(keys));
	put_date(&r, lo_inf, lo);
	put_date(&r, hi_inf, hi);
	jb_end(&r);
}

static void
article(obj *parent, corpus_doc *doc, const cp_article *a)
{
	static const jb_key keys[] = {JB_KEY("title"), JB_KEY("dateline"), JB_KEY("published"),
		JB_KEY("boilerplate")};
	obj			o;

	jb_begin_object(&o, parent->buf, parent, keys, lengthof(keys));
	if (a->title_line >= 0)
		put_span(&o, doc, a->lines[a->title_line].start, a->lines[a->title_line].len);
	else
		jb_add_null(&o);
	if (a->dateline)
		put_text(&o, a->dateline, strlen(a->dateline));
	else
		jb_add_null(&o);
	if (a->has_published)
		put_date(&o, false, cp_date_to_days(a->published.year, a->published.month,
											a->published.day));
	else
		jb_add_null(&o);
	put_text(&o, a->boilerplate, a->boilerplate_len);
	jb_end(&o);
}

/* One element of "entities". */
static void
entity(obj *arr, corpus_doc *doc, const void *item)
{
	static const jb_key keys[] = {JB_KEY("len"), JB_KEY("kind"), JB_KEY("name"),
		JB_KEY("start"), JB_KEY("entity"), JB_KEY("mention"), JB_KEY("sentence")};
	const cp_mention *m = item;
	char_span	at = chars_of(doc, m->start, m->len);
	obj			o;

	jb_begin_object(&o, arr->buf, arr, keys, lengthof(keys));
	put_int(&o, at.len);
	put_cstring(&o, cp_entity_kind_name(m->kind));
	put_text(&o, m->name, m->name_len);
	put_int(&o, at.start);
	put_entity(&o, m->kind, m->name, m->name_len);
	put_span(&o, doc, m->start, m->len);
	put_int(&o, m->sentence);
	jb_end(&o);
}

/* One element of "quotes". */
static void
quote(obj *arr, corpus_doc *doc, const void *item)
{
	static const jb_key keys[] = {JB_KEY("key"), JB_KEY("len"), JB_KEY("verb"), JB_KEY("start"),
		JB_KEY("mention"), JB_KEY("speaker"), JB_KEY("sentence"), JB_KEY("speaker_len"),
		JB_KEY("speaker_start"), JB_KEY("speaker_entity"), JB_KEY("speaker_mention")};
	const cp_quote *q = item;
	char_span	at = chars_of(doc, q->start, q->len);
	char_span	spk = {0};
	obj			o;

	if (q->has_mention)
		spk = chars_of(doc, q->mention_start, q->mention_len);
	jb_begin_object(&o, arr->buf, arr, keys, lengthof(keys));
	put_text(&o, q->key, q->key_len);
	put_int(&o, at.len);
	if (q->verb)
		put_cstring(&o, q->verb);
	else
		jb_add_null(&o);
	put_int(&o, at.start);
	put_span(&o, doc, q->start, q->len);
	if (q->speaker)
		put_text(&o, q->speaker, q->speaker_len);
	else
		jb_add_null(&o);
	put_int(&o, q->sentence);
	if (q->has_mention)
	{
		put_int(&o, spk.len);
		put_int(&o, spk.start);
	}
	else
	{
		jb_add_null(&o);
		jb_add_null(&o);
	}
	if (q->speaker && q->speaker_kind >= 0)
		put_entity(&o, (cp_entity_kind) q->speaker_kind,
				   q->speaker, q->speaker_len);
	else
		jb_add_null(&o);
	if (q->has_mention)
		put_span(&o, doc, q->mention_start, q->mention_len);
	else
		jb_add_null(&o);
	jb_end(&o);
}

/* One element of "quantities". */
static void
quantity(obj *arr, corpus_doc *doc, const void *item)
{
	static const jb_key keys[] = {JB_KEY("len"), JB_KEY("kind"), JB_KEY("unit"),
		JB_KEY("start"), JB_KEY("value"), JB_KEY("mention"), JB_KEY("sentence")};
	const cp_quantity_mention *m = item;
	char_span	at = chars_of(doc, m->start, m->len);
	obj			o;

	jb_begin_object(&o, arr->buf, arr, keys, lengthof(keys));
	put_int(&o, at.len);
	put_cstring(&o, cp_quantity_kind_name(m));
	if (m->unit_len)
		put_text(&o, m->unit, m->unit_len);
	else
		jb_add_null(&o);
	put_int(&o, at.start);
	put_quantity(&o, &m->value);
	put_span(&o, doc, m->start, m->len);
	put_int(&o, m->sentence);
	jb_end(&o);
}

/* One element of "dates". */
static void
date_mention(obj *arr, corpus_doc *doc, const void *item)
{
	static const jb_key keys[] = {JB_KEY("len"), JB_KEY("start"), JB_KEY("value"),
		JB_KEY("mention"), JB_KEY("sentence"), JB_KEY("granularity")};
	const cp_date_mention *m = item;
	char_span	at = chars_of(doc, m->start, m->len);
	obj			o;

	jb_begin_object(&o, arr->buf, arr, keys, lengthof(keys));
	put_int(&o, at.len);
	put_int(&o, at.start);
	if (m->resolved)
		put_range(&o, m->lo_inf, m->lo, m->hi_inf, m->hi);
	else
		jb_add_null(&o);
	put_span(&o, doc, m->start, m->len);
	put_int(&o, m->sentence);
	put_cstring(&o, cp_date_gran_name((cp_date_gran) m->gran));
	jb_end(&o);
}

/* One element of "claims". */
static void
claim(obj *arr, corpus_doc *doc, const void *item)
{
	static const jb_key keys[] = {JB_KEY("key"), JB_KEY("len"), JB_KEY("asof"), JB_KEY("kind"),
		JB_KEY("start"), JB_KEY("value"), JB_KEY("source"), JB_KEY("mention"),
		JB_KEY("subject"), JB_KEY("sentence"), JB_KEY("subject_key"), JB_KEY("source_entity")};
	const cp_claim *c = item;
	const char *kind = cp_claim_kind_name(c->kind);
	char_span	at = chars_of(doc, c->start, c->len);
	obj			o;

	jb_begin_object(&o, arr->buf, arr, keys, lengthof(keys));
	put_cstring(&o, psprintf("%s:%s", kind, c->subject_key));
	put_int(&o, at.len);
	if (c->has_asof)
		put_range(&o, c->asof_lo_inf, c->asof_lo, c->asof_hi_inf, c->asof_hi);
	else
		jb_add_null(&o);
	put_cstring(&o, kind);
	put_int(&o, at.start);
	put_quantity(&o, &c->value);
	if (c->source_len)
		put_span(&o, doc, c->source_start, c->source_len);
	else
		jb_add_null(&o);
	put_span(&o, doc, c->start, c->len);
	if (c->subject_len)
		put_span(&o, doc, c->subject_start, c->subject_len);
	else
		jb_add_null(&o);
	put_int(&o, c->sentence);
	if (c->subject_len)
		put_cstring(&o, c->subject_key);
	else
		jb_add_null(&o);
	if (c->source_len && c->source_kind >= 0)
		put_entity(&o, (cp_entity_kind) c->source_kind, c->source_name, c->source_name_len);
	else
		jb_add_null(&o);
	jb_end(&o);
}

/* Writes the element item of a layer's array into arr. */
typedef void (*element_fn) (obj *arr, corpus_doc *doc, const void *item);

/*
 * The result may take at most EXTRACT_BYTES_PER_BYTE bytes per byte of the
 * document, plus EXTRACT_BASE_BYTES: news takes 4.4 on the whole (up to 21
 * on short articles and dense bulletins, which the base covers), while
 * lists of numbers would take up to 70, more than the server's memory for a
 * large document.  With the document and its kept tokens (up to 5.6 bytes a
 * byte more) a call stays within 10 bytes a byte plus 64 MB.
 */
#define EXTRACT_BYTES_PER_BYTE 4
#define EXTRACT_BASE_BYTES ((size_t) 48 * 1024 * 1024)

/*
 * The array a layer is written to: its extractor's output vector hands the
 * items over as they come (a cp_vec sink, arena.h), so that a layer's items
 * never sit in memory together, and its working memory goes back once it is
 * written.
 */
typedef struct layer_writer
{
	corpus_work *work;
	corpus_doc *doc;
	StringInfo	buf;
	size_t		limit;			/* the most bytes the result may take */
	jb_container arr;
	element_fn	fn;
	size_t		item_size;
} layer_writer;

static void
check_limit(layer_writer *w)
{
	if (jb_size(w->buf) > w->limit)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("corpus.extract() result exceeds %zu bytes", w->limit),
				 errdetail("The result may take %d bytes per byte of the document, plus %zu bytes.",
						   EXTRACT_BYTES_PER_BYTE, EXTRACT_BASE_BYTES),
				 errhint("Read the document with the set-returning functions instead: corpus.entities(), corpus.quantities(), corpus.dates(), corpus.quotes(), corpus.claims().")));
}

/* The sink of a layer's vector: what an element allocates lives in the row context. */
static void
write_elements(void *arg, const void *items, size_t count)
{
	layer_writer *w = arg;

	for (size_t i = 0; i < count; i++)
	{
		corpus_row_begin(w->work);
		w->fn(&w->arr, w->doc, (const char *) items + i * w->item_size);
		MemoryContextSwitchTo(w->work->context);
		check_limit(w);
	}
}

/* Start the array of a layer, the next value of parent, fed through v. */
static void
begin_layer(layer_writer *w, jb_container *parent, cp_vec *v, size_t item_size, element_fn fn)
{
	jb_begin_array(&w->arr, w->buf, parent);
	w->fn = fn;
	w->item_size = item_size;
	cp_vec_init(v, item_size);
	cp_vec_set_sink(v, write_elements, w);
}

/* Close it once its extractor has returned status. */
static void
end_layer(layer_writer *w, cp_vec *v, cp_status status)
{
	corpus_report_status(status, "document", NULL);
	write_elements(w, v->items, v->count);
	jb_end(&w->arr);
}

/*
 * extract(doc, reference): not STRICT, so that the default reference works;
 * a NULL doc gives NULL, a NULL reference resolves relative dates against
 * the date the article states (as dates(doc) and claims(doc) do).
 *
 * The layers are computed in the order of the result's keys and written as
 * they come.  The first walk (dates) keeps the document's tokens for the
 * others (doc.h); the working memory of each later layer, its names and
 * keys included, is given back once its array is written.
 */
Datum
corpus_extract(PG_FUNCTION_ARGS)
{
	/* jsonb's key order: shorter first, then bytewise */
	static const jb_key keys[] = {JB_KEY("dates"), JB_KEY("claims"), JB_KEY("quotes"),
		JB_KEY("article"), JB_KEY("version"), JB_KEY("entities"), JB_KEY("sentences"),
		JB_KEY("quantities")};
	corpus_work work;
	corpus_doc	doc;
	StringInfoData buf;
	jb_container top;
	layer_writer w;
	cp_vec		items;
	cp_arena_mark mark;
	cp_reference_mode mode = CP_REF_STATED;
	int32		given = 0;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (PG_NARGS() > 1 && !PG_ARGISNULL(1))
	{
		mode = CP_REF_GIVEN;
		given = corpus_reference_days(PG_GETARG_DATUM(1));
	}
	corpus_work_begin(&work);
	corpus_doc_init(&doc, PG_GETARG_TEXT_PP(0), &work.arena, true);
	doc.core.keep_sentences = true;
	/* what the elements read, before any is written (corpus_rows_init says why) */
	(void) cp_doc_article(&doc.core);
	(void) corpus_doc_pos(&doc, 0);

	/* the result outlives the work context */
	MemoryContextSwitchTo(work.previous);
	jb_begin(&buf);
	MemoryContextSwitchTo(work.context);
	w.work = &work;
	w.doc = &doc;
	w.buf = &buf;
	w.limit = EXTRACT_BASE_BYTES + EXTRACT_BYTES_PER_BYTE * doc.len;
	jb_begin_object(&top, &buf, NULL, keys, lengthof(keys));

	begin_layer(&w, &top, &items, sizeof(cp_date_mention), date_mention);
	end_layer(&w, &items, cp_extract_dates(&doc.core, mode, given, &items));
	mark = cp_arena_save(&work.arena);

	begin_layer(&w, &top, &items, sizeof(cp_claim), claim);
	end_layer(&w, &items, cp_extract_claims(&doc.core, mode, given, &items));
	cp_arena_reset(&work.arena, mark);

	begin_layer(&w, &top, &items, sizeof(cp_quote), quote);
	end_layer(&w, &items, cp_extract_quotes(&doc.core, &items));
	cp_arena_reset(&work.arena, mark);

	article(&top, &doc, &doc.core.article);
	check_limit(&w);
	jb_add_numeric(&top, int64_to_numeric(1));

	begin_layer(&w, &top, &items, sizeof(cp_mention), entity);
	end_layer(&w, &items, cp_extract_entities(&doc.core, &items));
	cp_arena_reset(&work.arena, mark);

	jb_add_numeric(&top, int64_to_numeric((int64) cp_doc_sentence_count(&doc.core)));

	begin_layer(&w, &top, &items, sizeof(cp_quantity_mention), quantity);
	end_layer(&w, &items, cp_extract_quantities(&doc.core, &items));
	jb_end(&top);

	corpus_work_end(&work);
	PG_RETURN_JSONB_P(jb_finish(&buf));
}
