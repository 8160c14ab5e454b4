/*
 * extract_functions.c: corpus.extract(), every layer of one analysed
 * document as one jsonb value.
 *
 * The document is read once (cp_doc).  The result is written straight into
 * its jsonb buffer (jsonb_build.h): every array element is built as a small
 * JsonbValue tree in a context emptied after each one, so the peak memory is
 * the result's bytes, not a tree of the whole result.  The values and keys
 * are those of the matching SQL functions' rows, as to_jsonb() would render
 * them.  Date ranges become {"lower", "upper"} objects of ISO dates (null
 * when unbounded), which do not follow DateStyle.
 *
 * Each object's keys are pushed in the order jsonb stores them (shorter
 * keys first, then bytewise), so that the sort at the end of every object
 * finds them in order already.
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

typedef JsonbParseState *jstate;

static void
push_scalar(jstate *st, JsonbValue *v, bool key)
{
	pushJsonbValue(st, key ? WJB_KEY : (*st)->contVal.type == jbvArray ? WJB_ELEM : WJB_VALUE, v);
}

static void
push_raw(jstate *st, const char *s, size_t len, bool key)
{
	JsonbValue	v;

	v.type = jbvString;
	v.val.string.val = (char *) s;
	v.val.string.len = (int) len;
	push_scalar(st, &v, key);
}

static void
key(jstate *st, const char *k)
{
	push_raw(st, k, strlen(k), true);
}

/* A string from the core (UTF-8) in the server encoding, as text columns are. */
static void
push_text(jstate *st, const char *s, size_t len)
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
	push_raw(st, s, len, false);
}

static void
push_cstring(jstate *st, const char *s)
{
	push_raw(st, s, strlen(s), false);
}

static void
push_null(jstate *st)
{
	JsonbValue	v;

	v.type = jbvNull;
	push_scalar(st, &v, false);
}

/*
 * Positions, lengths and sentence numbers are small and repeat across
 * documents, so their numerics are made once per backend: int64_to_numeric
 * allocates twice for every value.  The jsonb conversion copies them.
 */
#define NUMERIC_CACHE_SIZE 32768

static void
push_int(jstate *st, int64 n)
{
	static Numeric *cache;
	JsonbValue	v;

	v.type = jbvNumeric;
	if (n >= 0 && n < NUMERIC_CACHE_SIZE)
	{
		if (cache == NULL)
			cache = MemoryContextAllocZero(TopMemoryContext,
										   NUMERIC_CACHE_SIZE * sizeof(Numeric));
		if (cache[n] == NULL)
		{
			MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

			cache[n] = int64_to_numeric(n);
			MemoryContextSwitchTo(old);
		}
		v.val.numeric = cache[n];
	}
	else
		v.val.numeric = int64_to_numeric(n);
	push_scalar(st, &v, false);
}

/*
 * The 1-based character start and the length of a byte span, computed
 * before either is pushed ("len" comes first in jsonb's order): the byte to
 * character map is fast only for offsets that do not go backwards.
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

static void
push_len(jstate *st, char_span c)
{
	key(st, "len");
	push_int(st, c.len);
}

static void
push_start(jstate *st, char_span c)
{
	key(st, "start");
	push_int(st, c.start);
}

/* The text of a byte span. */
static void
push_mention(jstate *st, corpus_doc *doc, uint32 start, uint32 len)
{
	key(st, "mention");
	push_text(st, doc->data + start, len);
}

/* An entity value as its output function writes it: KIND:name. */
static void
push_entity(jstate *st, cp_entity_kind kind, const char *name, size_t len)
{
	const char *k = cp_entity_kind_name(kind);
	size_t		kl = strlen(k);
	char	   *s = palloc(kl + 1 + len);

	memcpy(s, k, kl);
	s[kl] = ':';
	memcpy(s + kl + 1, name, len);
	push_text(st, s, kl + 1 + len);
}

static void
push_quantity(jstate *st, const cp_quantity *q)
{
	char		buf[CP_QUANTITY_MAX_TEXT];

	cp_quantity_format(q, buf, sizeof(buf));
	push_cstring(st, pstrdup(buf));
}

static void
push_date(jstate *st, bool inf, int32 day)
{
	if (inf)
		push_null(st);
	else
		push_cstring(st, JsonEncodeDateTime(NULL, DateADTGetDatum((DateADT) day), DATEOID, NULL));
}

/* A day range [lo, hi) as {"lower", "upper"}. */
static void
push_range(jstate *st, bool lo_inf, int32 lo, bool hi_inf, int32 hi)
{
	pushJsonbValue(st, WJB_BEGIN_OBJECT, NULL);
	key(st, "lower");
	push_date(st, lo_inf, lo);
	key(st, "upper");
	push_date(st, hi_inf, hi);
	pushJsonbValue(st, WJB_END_OBJECT, NULL);
}

static JsonbValue *
article(jstate *st, corpus_doc *doc, const cp_article *a)
{
	pushJsonbValue(st, WJB_BEGIN_OBJECT, NULL);
	key(st, "title");
	if (a->title_line >= 0)
		push_text(st, doc->data + a->lines[a->title_line].start, a->lines[a->title_line].len);
	else
		push_null(st);
	key(st, "dateline");
	if (a->dateline)
		push_text(st, a->dateline, strlen(a->dateline));
	else
		push_null(st);
	key(st, "published");
	if (a->has_published)
		push_date(st, false, cp_date_to_days(a->published.year, a->published.month,
											 a->published.day));
	else
		push_null(st);
	key(st, "boilerplate");
	push_text(st, a->boilerplate, a->boilerplate_len);
	return pushJsonbValue(st, WJB_END_OBJECT, NULL);
}

/* One element of "entities". */
static JsonbValue *
entity(jstate *st, corpus_doc *doc, const void *item)
{
	const cp_mention *m = item;
	char_span	at = chars_of(doc, m->start, m->len);

	pushJsonbValue(st, WJB_BEGIN_OBJECT, NULL);
	push_len(st, at);
	key(st, "kind");
	push_cstring(st, cp_entity_kind_name(m->kind));
	key(st, "name");
	push_text(st, m->name, m->name_len);
	push_start(st, at);
	key(st, "entity");
	push_entity(st, m->kind, m->name, m->name_len);
	push_mention(st, doc, m->start, m->len);
	key(st, "sentence");
	push_int(st, m->sentence);
	return pushJsonbValue(st, WJB_END_OBJECT, NULL);
}

/* One element of "quotes". */
static JsonbValue *
quote(jstate *st, corpus_doc *doc, const void *item)
{
	const cp_quote *q = item;
	char_span	at = chars_of(doc, q->start, q->len);
	char_span	spk = {0};

	if (q->has_mention)
		spk = chars_of(doc, q->mention_start, q->mention_len);

	pushJsonbValue(st, WJB_BEGIN_OBJECT, NULL);
	key(st, "key");
	push_text(st, q->key, q->key_len);
	push_len(st, at);
	key(st, "verb");
	if (q->verb)
		push_cstring(st, q->verb);
	else
		push_null(st);
	push_start(st, at);
	push_mention(st, doc, q->start, q->len);
	key(st, "speaker");
	if (q->speaker)
		push_text(st, q->speaker, q->speaker_len);
	else
		push_null(st);
	key(st, "sentence");
	push_int(st, q->sentence);
	key(st, "speaker_len");
	if (q->has_mention)
		push_int(st, spk.len);
	else
		push_null(st);
	key(st, "speaker_start");
	if (q->has_mention)
		push_int(st, spk.start);
	else
		push_null(st);
	key(st, "speaker_entity");
	if (q->speaker && q->speaker_kind != CP_SPK_NONE)
		push_entity(st, q->speaker_kind == CP_SPK_PER ? CP_ENT_PER : CP_ENT_ORG,
					q->speaker, q->speaker_len);
	else
		push_null(st);
	key(st, "speaker_mention");
	if (q->has_mention)
		push_text(st, doc->data + q->mention_start, q->mention_len);
	else
		push_null(st);
	return pushJsonbValue(st, WJB_END_OBJECT, NULL);
}

/* One element of "quantities". */
static JsonbValue *
quantity(jstate *st, corpus_doc *doc, const void *item)
{
	const cp_quantity_mention *m = item;
	char_span	at = chars_of(doc, m->start, m->len);

	pushJsonbValue(st, WJB_BEGIN_OBJECT, NULL);
	push_len(st, at);
	key(st, "kind");
	push_cstring(st, cp_quantity_kind_name(m->kind));
	key(st, "unit");
	if (m->unit_len)
		push_text(st, m->unit, m->unit_len);
	else
		push_null(st);
	push_start(st, at);
	key(st, "value");
	push_quantity(st, &m->value);
	push_mention(st, doc, m->start, m->len);
	key(st, "sentence");
	push_int(st, m->sentence);
	return pushJsonbValue(st, WJB_END_OBJECT, NULL);
}

/* One element of "dates". */
static JsonbValue *
date_mention(jstate *st, corpus_doc *doc, const void *item)
{
	const cp_date_mention *m = item;
	char_span	at = chars_of(doc, m->start, m->len);

	pushJsonbValue(st, WJB_BEGIN_OBJECT, NULL);
	push_len(st, at);
	push_start(st, at);
	key(st, "value");
	if (m->resolved)
		push_range(st, m->lo_inf, m->lo, m->hi_inf, m->hi);
	else
		push_null(st);
	push_mention(st, doc, m->start, m->len);
	key(st, "sentence");
	push_int(st, m->sentence);
	key(st, "granularity");
	push_cstring(st, cp_date_gran_name((cp_date_gran) m->gran));
	return pushJsonbValue(st, WJB_END_OBJECT, NULL);
}

/* One element of "claims". */
static JsonbValue *
claim(jstate *st, corpus_doc *doc, const void *item)
{
	const cp_claim *c = item;
	const char *kind = cp_claim_kind_name(c->kind);
	char_span	at = chars_of(doc, c->start, c->len);

	pushJsonbValue(st, WJB_BEGIN_OBJECT, NULL);
	key(st, "key");
	push_cstring(st, psprintf("%s:%s", kind, c->subject_key));
	push_len(st, at);
	key(st, "asof");
	if (c->has_asof)
		push_range(st, c->asof_lo_inf, c->asof_lo, c->asof_hi_inf, c->asof_hi);
	else
		push_null(st);
	key(st, "kind");
	push_cstring(st, kind);
	push_start(st, at);
	key(st, "value");
	push_quantity(st, &c->value);
	key(st, "source");
	if (c->source_len)
		push_text(st, doc->data + c->source_start, c->source_len);
	else
		push_null(st);
	push_mention(st, doc, c->start, c->len);
	key(st, "subject");
	if (c->subject_len)
		push_text(st, doc->data + c->subject_start, c->subject_len);
	else
		push_null(st);
	key(st, "sentence");
	push_int(st, c->sentence);
	key(st, "subject_key");
	if (c->subject_len)
		push_cstring(st, c->subject_key);
	else
		push_null(st);
	key(st, "source_entity");
	if (c->source_len && c->source_kind >= 0)
		push_entity(st, (cp_entity_kind) c->source_kind, c->source_name, c->source_name_len);
	else
		push_null(st);
	return pushJsonbValue(st, WJB_END_OBJECT, NULL);
}

typedef JsonbValue *(*element_fn) (jstate *st, corpus_doc *doc, const void *item);

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

/* The sink of a layer's vector: each element's tree lives in the row context until it is copied. */
static void
write_elements(void *arg, const void *items, size_t count)
{
	layer_writer *w = arg;

	for (size_t i = 0; i < count; i++)
	{
		jstate		st = NULL;

		corpus_row_begin(w->work);
		jb_add(&w->arr, w->fn(&st, w->doc, (const char *) items + i * w->item_size));
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
	static const char *const keys[] = {"dates", "claims", "quotes", "article", "version",
	"entities", "sentences", "quantities"};
	corpus_work work;
	corpus_doc	doc;
	jstate		st = NULL;
	JsonbValue	v;
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

	jb_add(&top, article(&st, &doc, &doc.core.article));
	check_limit(&w);
	v.type = jbvNumeric;
	v.val.numeric = int64_to_numeric(1);
	jb_add(&top, &v);

	begin_layer(&w, &top, &items, sizeof(cp_mention), entity);
	end_layer(&w, &items, cp_extract_entities(&doc.core, &items));
	cp_arena_reset(&work.arena, mark);

	v.val.numeric = int64_to_numeric((int64) cp_doc_sentence_count(&doc.core));
	jb_add(&top, &v);

	begin_layer(&w, &top, &items, sizeof(cp_quantity_mention), quantity);
	end_layer(&w, &items, cp_extract_quantities(&doc.core, &items));
	jb_end(&top);

	corpus_work_end(&work);
	PG_RETURN_JSONB_P(jb_finish(&buf));
}
