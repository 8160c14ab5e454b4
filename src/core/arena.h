/*
 * arena.h: bump allocation for one call's working memory, freed at once.
 */
#ifndef CORPUS_ARENA_H
#define CORPUS_ARENA_H

#include "host.h"

#include <string.h>

typedef struct cp_arena_block cp_arena_block;

typedef struct cp_arena
{
	cp_arena_block *head;
	size_t		used;			/* bytes used in head */
	size_t		size;			/* capacity of head */
	size_t		total;			/* bytes obtained from the host so far */
	cp_arena_block *lent;		/* the caller's first block, never released */
} cp_arena;

void		cp_arena_init(cp_arena *arena);

/*
 * An arena whose first block is buf[0..size), owned by the caller: a host
 * that runs many short calls lends each the same buffer, so that calls on
 * small documents neither get memory from the system nor give it back.
 */
void		cp_arena_init_buffer(cp_arena *arena, void *buf, size_t size);
void	   *cp_arena_alloc(cp_arena *arena, size_t size);
void	   *cp_arena_alloc0(cp_arena *arena, size_t size);
char	   *cp_arena_strndup(cp_arena *arena, const char *s, size_t len);
void		cp_arena_free(cp_arena *arena);

/*
 * A point to return to: per-sentence work allocates after a mark and resets
 * to it, so a document's working memory is that of its longest sentence,
 * not of all its sentences.  Reset releases the blocks obtained since the
 * mark; everything allocated since is gone, everything before stays.
 */
typedef struct cp_arena_mark
{
	cp_arena_block *head;
	size_t		used;
	size_t		size;
	size_t		total;
} cp_arena_mark;

cp_arena_mark cp_arena_save(const cp_arena *arena);
void		cp_arena_reset(cp_arena *arena, cp_arena_mark mark);

/*
 * A growable array of fixed-size items in an arena: the old storage stays in
 * the arena until the arena is freed, so growth doubles to stay linear.
 *
 * An output vector may have a sink: once CP_VEC_SINK_BATCH items are in it,
 * the next push hands all but the newest to the sink and starts over, so a
 * document's million mentions never sit in memory together.  Extractors
 * that fill such a vector may look back at the newest item only (and must
 * not count on count), which every extractor's output already satisfies;
 * the caller drains what is left after the call.
 */
typedef void (*cp_vec_sink) (void *arg, const void *items, size_t count);

typedef struct cp_vec
{
	void	   *items;
	size_t		count;
	size_t		cap;
	size_t		item_size;
	cp_vec_sink sink;
	void	   *sink_arg;
} cp_vec;

#define CP_VEC_SINK_BATCH 1024

void		cp_vec_init(cp_vec *v, size_t item_size);
void		cp_vec_set_sink(cp_vec *v, cp_vec_sink sink, void *arg);
void	   *cp_vec_push_grow(cp_arena *arena, cp_vec *v);

/* A zeroed new item; inline while there is room (the loops of every extractor push). */
static inline void *
cp_vec_push(cp_arena *arena, cp_vec *v)
{
	char	   *slot;

	if (v->count == v->cap)
		return cp_vec_push_grow(arena, v);
	slot = (char *) v->items + v->count * v->item_size;
	v->count++;
	memset(slot, 0, v->item_size);
	return slot;
}

#define CP_VEC_AT(v, type, i) (((type *) (v)->items)[i])

/* A growable string in an arena. */
typedef struct cp_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} cp_buf;

void		cp_buf_init(cp_buf *b);
/* Room for extra more bytes (and the NUL): appends up to it never copy. */
void		cp_buf_reserve(cp_arena *arena, cp_buf *b, size_t extra);
void		cp_buf_append(cp_arena *arena, cp_buf *b, const char *s, size_t len);
void		cp_buf_putc(cp_arena *arena, cp_buf *b, char c);
const char *cp_buf_cstr(cp_arena *arena, cp_buf *b);	/* NUL-terminated */

#endif
