/*
 * module.c: module magic, the host hooks for the core, and shared helpers.
 */
#include "corpus_pg.h"
#include "entity_type.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "storage/fd.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/rangetypes.h"
#include "utils/tuplestore.h"
#include "utils/typcache.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

static void *
pg_alloc(size_t size)
{
	return MemoryContextAllocHuge(CurrentMemoryContext, size);
}

static void
pg_release(void *ptr)
{
	pfree(ptr);
}

static void *
pg_alloc_persistent(size_t size)
{
	return MemoryContextAllocHuge(TopMemoryContext, size);
}

/*
 * The tagger's word cache (1.5 MB, read at random for the life of the
 * backend) on one 2 MB huge page where the kernel allows it: a parallel
 * worker then takes one page fault for it instead of hundreds, and the
 * scan fewer TLB misses.  The mapping is never unmapped, as nothing in
 * TopMemoryContext would be.  Elsewhere, or if mmap fails, zeroed memory
 * from TopMemoryContext.
 */
#define HUGE_PAGE_BYTES ((size_t) 2 << 20)

static void *
pg_alloc_cache(size_t size)
{
#ifdef MADV_HUGEPAGE
	size_t		need = TYPEALIGN(HUGE_PAGE_BYTES, size);
	char	   *raw = mmap(NULL, need + HUGE_PAGE_BYTES, PROT_READ | PROT_WRITE,
						   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (raw != MAP_FAILED)
	{
		char	   *p = (char *) TYPEALIGN(HUGE_PAGE_BYTES, raw);

		/* only the aligned part is kept: the rest was never touched */
		if (p > raw)
			munmap(raw, p - raw);
		munmap(p + need, raw + HUGE_PAGE_BYTES - p);
		(void) madvise(p, need, MADV_HUGEPAGE);
		return p;
	}
#endif
	return MemoryContextAllocExtended(TopMemoryContext, size, MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
}

static void
pg_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

static const cp_host pg_host = {
	.alloc = pg_alloc,
	.release = pg_release,
	.alloc_persistent = pg_alloc_persistent,
	.alloc_cache = pg_alloc_cache,
	.check_interrupts = pg_check_interrupts,
};

void
_PG_init(void)
{
	cp_set_host(&pg_host);
}

void
corpus_doc_init(corpus_doc *doc, text *t, cp_arena *arena, bool model)
{
	const char *data = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	int			enc = GetDatabaseEncoding();

	if (len > CP_MAX_DOCUMENT_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document too large for corpus: %zu bytes", len),
				 errdetail("The limit is %zu bytes.", (size_t) CP_MAX_DOCUMENT_BYTES)));
	if (enc != PG_UTF8 && enc != PG_SQL_ASCII)
	{
		data = pg_server_to_any(data, (int) len, PG_UTF8);
		if (data != VARDATA_ANY(t))
			len = strlen(data);
	}
	doc->data = data;
	doc->len = len;
	(void) cp_doc_init(&doc->core, arena, data, len, model ? corpus_ner_model() : NULL);
	doc->core.bytes_are_chars = enc == PG_SQL_ASCII;
}

int32
corpus_doc_pos(corpus_doc *doc, size_t byte_start)
{
	return (int32) cp_doc_char(&doc->core, byte_start) + 1;
}

int32
corpus_doc_len(corpus_doc *doc, size_t byte_start, size_t byte_len)
{
	size_t		a = cp_doc_char(&doc->core, byte_start);
	size_t		b = cp_doc_char(&doc->core, byte_start + byte_len);

	return (int32) (b - a);
}

/*
 * memcpy in slices with a cancel check between them: a document or result
 * of 100 MB goes to fresh memory, whose page faults take most of a second.
 */
static void
copy_checked(char *dst, const char *src, size_t len)
{
	const size_t slice = (size_t) 1 << 20;
	size_t		done;

	for (done = 0; len - done > slice; done += slice)
	{
		memcpy(dst + done, src + done, slice);
		CHECK_FOR_INTERRUPTS();
	}
	memcpy(dst + done, src + done, len - done);
}

/* A text datum of s[0..len), copied with copy_checked(). */
static text *
text_checked(const char *s, size_t len)
{
	text	   *t = (text *) palloc(VARHDRSZ + len);

	SET_VARSIZE(t, VARHDRSZ + len);
	copy_checked(VARDATA(t), s, len);
	return t;
}

text *
corpus_text_from_utf8(const char *s, size_t len)
{
	int			enc = GetDatabaseEncoding();

	if (enc != PG_UTF8 && enc != PG_SQL_ASCII)
	{
		char	   *conv = pg_any_to_server(s, (int) len, PG_UTF8);

		if (conv != s)
			return cstring_to_text(conv);
	}
	return text_checked(s, len);
}

char *
corpus_utf8_from_text(text *t, size_t *len)
{
	const char *data = VARDATA_ANY(t);
	size_t		n = VARSIZE_ANY_EXHDR(t);
	int			enc = GetDatabaseEncoding();
	char	   *out;

	if (enc != PG_UTF8 && enc != PG_SQL_ASCII)
	{
		char	   *conv = pg_server_to_any(data, (int) n, PG_UTF8);

		if (conv != data)
		{
			*len = strlen(conv);
			return conv;
		}
	}
	out = palloc(n + 1);
	copy_checked(out, data, n);
	out[n] = '\0';
	*len = n;
	return out;
}

void
corpus_report_status(cp_status status, const char *what, const char *detail)
{
	switch (status)
	{
		case CP_OK:
			return;
		case CP_ERR_SYNTAX:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for %s", what),
					 detail ? errdetail("%s", detail) : 0));
			break;
		case CP_ERR_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s out of range", what),
					 detail ? errdetail("%s", detail) : 0));
			break;
		case CP_ERR_LIMIT:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("%s exceeds a corpus limit", what),
					 detail ? errdetail("%s", detail) : 0));
			break;
		case CP_ERR_DATA:
			ereport(ERROR,
					(errcode(ERRCODE_CONFIG_FILE_ERROR),
					 errmsg("corpus data file problem: %s", what),
					 detail ? errdetail("%s", detail) : 0));
			break;
	}
	elog(ERROR, "unexpected corpus status %d", (int) status);
}

/*
 * One buffer per backend, lent to the arena of one call at a time as its
 * first block.  Calls on ordinary articles then take no memory from the
 * system and give none back: glibc hands freed memory at the top of the
 * heap back to the kernel, and taking it again costs page faults, which
 * made a call on a short article up to twice as slow.
 */
#define WORK_BUFFER_SIZE ((Size) 256 * 1024)

static void *work_buffer;
static bool work_buffer_lent;

/* The work context is gone (the call ended, or failed): the buffer is free. */
static void
work_buffer_return(void *arg)
{
	(void) arg;
	work_buffer_lent = false;
}

void
corpus_work_begin(corpus_work *work)
{
	MemoryContextCallback *cb;

	work->context = AllocSetContextCreate(CurrentMemoryContext, "corpus work",
										  ALLOCSET_DEFAULT_SIZES);
	work->row = AllocSetContextCreate(work->context, "corpus row", ALLOCSET_SMALL_SIZES);
	work->previous = MemoryContextSwitchTo(work->context);
	if (work_buffer_lent)
	{
		cp_arena_init(&work->arena);
		return;
	}
	if (work_buffer == NULL)
		work_buffer = MemoryContextAlloc(TopMemoryContext, WORK_BUFFER_SIZE);
	/* in the context itself: on an error it goes after this frame */
	cb = palloc(sizeof(MemoryContextCallback));
	cb->func = work_buffer_return;
	cb->arg = NULL;
	MemoryContextRegisterResetCallback(work->context, cb);
	work_buffer_lent = true;
	cp_arena_init_buffer(&work->arena, work_buffer, WORK_BUFFER_SIZE);
}

void
corpus_row_begin(corpus_work *work)
{
	MemoryContextReset(work->row);
	MemoryContextSwitchTo(work->row);
}

/*
 * What InitMaterializedSRF(fcinfo, 0) does, with the row type built once per
 * call site: that builds it from pg_proc on every call, a fifth of the time
 * of corpus.quotes() over short articles.  The executor frees the setDesc
 * it is given, so each call gets a copy of the kept one.
 */
void
corpus_materialize(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TupleDesc	desc = fcinfo->flinfo->fn_extra;
	MemoryContext old;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("materialize mode required, but it is not allowed in this context")));
	if (desc == NULL)
	{
		TupleDesc	built;

		if (get_call_result_type(fcinfo, NULL, &built) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		/* kept as long as the call site */
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		desc = CreateTupleDescCopy(built);
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = desc;
	}
	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tuplestore_begin_heap((rsinfo->allowedModes & SFRM_Materialize_Random) != 0,
											  false, work_mem);
	rsinfo->setDesc = CreateTupleDescCopy(desc);
	MemoryContextSwitchTo(old);
}

void
corpus_rows_run(FunctionCallInfo fcinfo, text *t, bool model, size_t item_size,
				cp_vec_sink sink, corpus_extractor extract, void *arg)
{
	corpus_work work;
	corpus_doc	doc;
	corpus_rows rows;
	cp_vec		out;

	corpus_materialize(fcinfo);
	corpus_work_begin(&work);
	corpus_doc_init(&doc, t, &work.arena, model);
	rows.work = &work;
	rows.doc = &doc;
	rows.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	(void) corpus_doc_pos(&doc, 0);
	cp_vec_init(&out, item_size);
	cp_vec_set_sink(&out, sink, &rows);
	corpus_report_status(extract(&doc.core, &out, arg), "document", NULL);
	sink(&rows, out.items, out.count);
	corpus_work_end(&work);
}

void
corpus_row_put(corpus_work *work, ReturnSetInfo *rsinfo, Datum *values, bool *nulls)
{
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	MemoryContextSwitchTo(work->context);
}

void
corpus_work_end(corpus_work *work)
{
	MemoryContextSwitchTo(work->previous);
	MemoryContextDelete(work->context);
}

int32
corpus_reference_days(Datum date)
{
	DateADT		d = DatumGetDateADT(date);

	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("reference date must be finite")));
	return (int32) d;
}

typedef struct dated_call
{
	corpus_dated_extractor extract;
	cp_reference_mode mode;
	int32		days;
} dated_call;

static cp_status
dated_extract(cp_doc *doc, cp_vec *out, void *arg)
{
	dated_call *d = arg;

	return d->extract(doc, d->mode, d->days, out);
}

void
corpus_dated_rows(FunctionCallInfo fcinfo, size_t item_size, cp_vec_sink sink,
				  corpus_dated_extractor extract)
{
	dated_call	d = {extract, CP_REF_STATED, 0};

	if (PG_ARGISNULL(0))
	{
		corpus_materialize(fcinfo);
		return;
	}
	if (PG_NARGS() > 1)
	{
		d.mode = PG_ARGISNULL(1) ? CP_REF_NONE : CP_REF_GIVEN;
		if (d.mode == CP_REF_GIVEN)
			d.days = corpus_reference_days(PG_GETARG_DATUM(1));
	}
	corpus_rows_run(fcinfo, PG_GETARG_TEXT_PP(0), false, item_size, sink, dated_extract, &d);
}

Datum
corpus_daterange_datum(bool lo_inf, int32 lo, bool hi_inf, int32 hi)
{
	TypeCacheEntry *typcache = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
	RangeBound	lower,
				upper;

	lower.val = DateADTGetDatum((DateADT) lo);
	lower.infinite = lo_inf;
	lower.inclusive = !lo_inf;
	lower.lower = true;
	upper.val = DateADTGetDatum((DateADT) hi);
	upper.infinite = hi_inf;
	upper.inclusive = false;
	upper.lower = false;
	return RangeTypePGetDatum(make_range(typcache, &lower, &upper, false));
}

/*
 * The path of an installed data file.  Debian's server looks for extension
 * files under extension_destdir first (its package tests run the suite on
 * the unpacked package): data files are looked for there too.
 */
void
corpus_data_path(const char *file, char *path)
{
	char		share[MAXPGPATH];
	const char *destdir = GetConfigOption("extension_destdir", true, false);

	get_share_path(my_exec_path, share);
	snprintf(path, MAXPGPATH, "%s/extension/corpus/%s", share, file);
	if (destdir && destdir[0])
	{
		char		staged[MAXPGPATH];

		snprintf(staged, sizeof(staged), "%s%s", destdir, path);
		if (access(staged, R_OK) == 0)
			strlcpy(path, staged, MAXPGPATH);
	}
}

/*
 * The file is mapped rather than read, and the mapping kept for the life of
 * the backend: the tagger's model points into it, so its 9 MB are pages of
 * the page cache that every backend and parallel worker shares, not copies.
 * The tagger reads pages all over the file: on Linux they are mapped in
 * one call rather than faulted in one by one as a scan first meets them.
 */
#ifdef MAP_POPULATE
#define MAP_PREFAULT MAP_POPULATE
#else
#define MAP_PREFAULT 0
#endif

void
corpus_model_load(const char *file, corpus_model_parser parse, void *out, const char *hint)
{
	char		path[MAXPGPATH];
	char		err[MAXPGPATH + 128];
	int			fd;
	struct stat st;
	void	   *bytes = NULL;
	cp_status	status;

	corpus_data_path(file, path);
	fd = OpenTransientFile(path, O_RDONLY | PG_BINARY);
	if (fd < 0)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("could not open model \"%s\": %m", path),
				 errhint("%s", hint)));
	if (fstat(fd, &st) != 0 ||
		(st.st_size > 0 &&
		 (bytes = mmap(NULL, (size_t) st.st_size, PROT_READ, MAP_SHARED | MAP_PREFAULT, fd, 0)) == MAP_FAILED))
	{
		int			save_errno = errno;

		CloseTransientFile(fd);
		errno = save_errno;
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("could not read model \"%s\": %m", path),
				 errhint("%s", hint)));
	}
	CloseTransientFile(fd);
	status = parse(bytes ? bytes : "", (size_t) st.st_size, path, out, err, sizeof(err));
	if (status != CP_OK && bytes)
		munmap(bytes, (size_t) st.st_size);
	if (status != CP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("%s", err),
				 errhint("%s", hint)));
}
