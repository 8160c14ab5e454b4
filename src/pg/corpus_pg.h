/*
 * corpus_pg.h: helpers shared by the fmgr wrappers.  Nothing here knows
 * about news; it converts between SQL values and the pure core.
 */
#ifndef CORPUS_PG_H
#define CORPUS_PG_H

#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"

#include "arena.h"
#include "doc.h"
#include "forest.h"
#include "host.h"

/*
 * A document argument as the core sees it: UTF-8 bytes (or raw bytes), read
 * once per call into the core's analysed document.
 */
typedef struct corpus_doc
{
	const char *data;
	size_t		len;
	cp_doc		core;			/* lines, positions and extractor layers */
} corpus_doc;

/*
 * Read a text argument for the core.  In UTF8 and SQL_ASCII databases the
 * bytes are used in place; other server encodings are converted to UTF-8
 * (character counts are unchanged by conversion, so positions still match
 * substr()).  Raises PROGRAM_LIMIT_EXCEEDED above CP_MAX_DOCUMENT_BYTES.
 * The tagger is loaded (model true) for the functions that need entities.
 */
void		corpus_doc_init(corpus_doc *doc, text *t, cp_arena *arena, bool model);

/* 1-based character position and character length of a byte span. */
int32		corpus_doc_pos(corpus_doc *doc, size_t byte_start);
int32		corpus_doc_len(corpus_doc *doc, size_t byte_start, size_t byte_len);

/* A text datum from core output (UTF-8) in the server encoding. */
text	   *corpus_text_from_utf8(const char *s, size_t len);
/* A C string from a text argument, converted to UTF-8 for the core. */
char	   *corpus_utf8_from_text(text *t, size_t *len);

/* Raise the error that matches a core status (no-op for CP_OK). */
void		corpus_report_status(cp_status status, const char *what, const char *detail);

/*
 * Working memory for one call: a memory context the core's arena lives in,
 * deleted (with everything in it) by corpus_work_end().  The arena's first
 * 256 kB are a buffer each backend keeps and lends to one call at a time.
 */
typedef struct corpus_work
{
	MemoryContext context;
	MemoryContext previous;
	MemoryContext row;			/* one output row's values */
	cp_arena	arena;
} corpus_work;

void		corpus_work_begin(corpus_work *work);
void		corpus_work_end(corpus_work *work);

/*
 * An output row of a set-returning function: corpus_row_begin() switches to
 * a context emptied at every row, corpus_row_put() stores the row in the
 * tuplestore (which copies it) and switches back, so a document's million
 * rows do not keep a million rows' worth of datums in the work context.
 * The arena must not get new blocks in between unless they are given back
 * (cp_arena_reset) before the next row.
 */
void		corpus_row_begin(corpus_work *work);
void		corpus_row_put(corpus_work *work, ReturnSetInfo *rsinfo, Datum *values, bool *nulls);

/*
 * Where a cp_vec sink (arena.h) writes the rows of a set-returning
 * function while the core is still extracting.
 */
typedef struct corpus_rows
{
	corpus_work *work;
	corpus_doc *doc;
	ReturnSetInfo *rsinfo;
} corpus_rows;

/* A core extractor: the layer of doc into out; arg is the caller's. */
typedef cp_status (*corpus_extractor) (cp_doc *doc, cp_vec *out, void *arg);

/*
 * Set up fcinfo's result as a tuplestore of the function's row type (that
 * type kept for the next call).
 */
void		corpus_materialize(FunctionCallInfo fcinfo);

/*
 * The whole call of a set-returning function over the document t (read
 * with the tagger when model is true): extract fills a vector of items of
 * item_size whose sink writes them as rows while the core is still
 * extracting, what is left is written after, and an error status raised.
 * The sink runs with the row context current, where the arena must not get
 * blocks: the positions the rows need are computed before.
 */
void		corpus_rows_run(FunctionCallInfo fcinfo, text *t, bool model, size_t item_size,
							cp_vec_sink sink, corpus_extractor extract, void *arg);

/* How relative dates are resolved: the mode and the day it gives (article.h). */
typedef struct corpus_reference
{
	cp_reference_mode mode;
	int32		days;
} corpus_reference;

/* A reference date argument as a day number; infinite dates are an error. */
int32		corpus_reference_days(Datum date);

/* A core extractor that resolves dates against a reference (dates.h, timex.h). */
typedef cp_status (*corpus_dated_extractor) (cp_doc *doc, cp_reference_mode mode,
											 int32_t reference_days, cp_vec *out);

/*
 * corpus_rows_run() for f(doc text [, reference date]): no rows for a NULL
 * doc; relative dates against the reference argument, none when it is
 * NULL, and without the argument against the date the document states.
 */
void		corpus_dated_rows(FunctionCallInfo fcinfo, size_t item_size, cp_vec_sink sink,
							  corpus_dated_extractor extract);

/* A daterange datum [lo, hi) from day numbers; an infinite side is unbounded. */
Datum		corpus_daterange_datum(bool lo_inf, int32 lo, bool hi_inf, int32 hi);

/*
 * The path (MAXPGPATH bytes) of a data file installed with the extension
 * (share/extension/corpus/file), under extension_destdir when it is there.
 */
void		corpus_data_path(const char *file, char *path);

/* A core parser of a model file's bytes (what names the file in messages). */
typedef cp_status (*corpus_model_parser) (const char *bytes, size_t len, const char *what,
										  void *out, char *err, size_t errlen);

/*
 * Load the model file installed as file: map it read-only and parse its
 * bytes with parse into out (the one place the extension reads its data
 * files).  A missing or corrupt file raises CONFIG_FILE_ERROR with hint.
 */
void		corpus_model_load(const char *file, corpus_model_parser parse, void *out,
							  const char *hint);

/* The same-entity forest (names_forest.tsv), loaded on first use. */
const cp_forest *corpus_names_forest(void);

#endif
