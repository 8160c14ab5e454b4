/*
 * host.h: what the pure core needs from whoever embeds it.
 *
 * The core never includes Postgres headers.  The host (the fmgr layer in the
 * server, or a test/fuzz driver) installs an allocator, an out-of-memory
 * handler and an interrupt check once, before calling anything else.  In the
 * server the allocator is palloc in the current memory context and the
 * interrupt check is CHECK_FOR_INTERRUPTS(), which may longjmp: core code
 * therefore never holds memory it would have to free by hand across a call
 * to cp_check_interrupts().
 */
#ifndef CORPUS_HOST_H
#define CORPUS_HOST_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef struct cp_host
{
	/* Short-lived memory; must not return NULL (call oom or abort instead). */
	void	   *(*alloc) (size_t size);
	void		(*release) (void *ptr);
	/* Memory that lives for the whole process (models, dictionaries). */
	void	   *(*alloc_persistent) (size_t size);

	/*
	 * Optional: zeroed memory for a cache that lives for the whole process
	 * and is read at random (the tagger's word sums), which the host may
	 * back with huge pages.  Without it, alloc_persistent and a memset.
	 */
	void	   *(*alloc_cache) (size_t size);
	/* Called from long loops; may not return (query cancel). */
	void		(*check_interrupts) (void);
} cp_host;

/* Status codes returned by core entry points; the host picks the SQLSTATE. */
typedef enum cp_status
{
	CP_OK = 0,
	CP_ERR_SYNTAX,				/* input text does not parse */
	CP_ERR_RANGE,				/* value out of range */
	CP_ERR_LIMIT,				/* documented size limit exceeded */
	CP_ERR_DATA,				/* a model or data file is missing or corrupt */
} cp_status;

void		cp_set_host(const cp_host *host);
const cp_host *cp_get_host(void);

/* A host that uses malloc and aborts on OOM: for unit tests, fuzzers, tools. */
extern const cp_host cp_malloc_host;

void	   *cp_alloc(size_t size);
void	   *cp_alloc0(size_t size);
void		cp_release(void *ptr);
void	   *cp_alloc_persistent(size_t size);
void	   *cp_alloc_cache(size_t size);
void		cp_check_interrupts(void);

/*
 * For byte walks whose steps are not counted (one line or run of text may
 * be the whole document): a cancel is checked whenever a step from offset
 * from to offset to crosses a CP_CHECK_BYTES boundary, either way.
 */
#define CP_CHECK_BYTES ((size_t) 1 << 20)

static inline void
cp_check_interrupts_crossing(size_t from, size_t to)
{
	if ((from ^ to) >= CP_CHECK_BYTES)
		cp_check_interrupts();
}

/* Largest document the extractors accept, in bytes (documented in README). */
#define CP_MAX_DOCUMENT_BYTES ((size_t) 512 * 1024 * 1024)

#define CP_UNUSED(x) ((void) (x))

#endif
