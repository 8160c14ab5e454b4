/*
 * arena.c: bump allocator over blocks obtained from the host allocator.
 */
#include "arena.h"

#include <string.h>

struct cp_arena_block
{
	cp_arena_block *next;
	/* payload follows, max-aligned */
};

#define ARENA_ALIGN 16
#define ARENA_MIN_BLOCK ((size_t) 16 * 1024)
#define BLOCK_HEADER ((sizeof(cp_arena_block) + ARENA_ALIGN - 1) & ~(size_t) (ARENA_ALIGN - 1))

/*
 * Copies and clears of more than a slice check for a cancel after each
 * slice: on fresh memory the page faults alone make a 100 MB copy take most
 * of a second, and one line or one vector may be that large.
 */
#define CHECKED_SLICE ((size_t) 1 << 20)

static void
copy_checked(char *dst, const char *src, size_t n)
{
	while (n > CHECKED_SLICE)
	{
		memcpy(dst, src, CHECKED_SLICE);
		dst += CHECKED_SLICE;
		src += CHECKED_SLICE;
		n -= CHECKED_SLICE;
		cp_check_interrupts();
	}
	if (n)						/* src may be NULL when n is 0 */
		memcpy(dst, src, n);
}

void
cp_arena_init(cp_arena *arena)
{
	memset(arena, 0, sizeof(*arena));
}

void
cp_arena_init_buffer(cp_arena *arena, void *buf, size_t size)
{
	cp_arena_init(arena);
	if (size <= BLOCK_HEADER)
		return;
	arena->head = arena->lent = buf;
	arena->head->next = NULL;
	arena->size = size - BLOCK_HEADER;
	arena->total = arena->size;
}

void *
cp_arena_alloc(cp_arena *arena, size_t size)
{
	char	   *p;

	size = (size + ARENA_ALIGN - 1) & ~(size_t) (ARENA_ALIGN - 1);
	if (arena->head == NULL || arena->size - arena->used < size)
	{
		/* Blocks grow with the arena, so the block count stays logarithmic. */
		size_t		want = arena->total / 2;
		cp_arena_block *b;

		if (want < ARENA_MIN_BLOCK)
			want = ARENA_MIN_BLOCK;
		if (want < size)
			want = size;
		b = cp_alloc(BLOCK_HEADER + want);
		b->next = arena->head;
		arena->head = b;
		arena->used = 0;
		arena->size = want;
		arena->total += want;
	}
	p = (char *) arena->head + BLOCK_HEADER + arena->used;
	arena->used += size;
	return p;
}

void *
cp_arena_alloc0(cp_arena *arena, size_t size)
{
	char	   *p = cp_arena_alloc(arena, size);
	size_t		done;

	for (done = 0; size - done > CHECKED_SLICE; done += CHECKED_SLICE)
	{
		memset(p + done, 0, CHECKED_SLICE);
		cp_check_interrupts();
	}
	memset(p + done, 0, size - done);
	return p;
}

char *
cp_arena_strndup(cp_arena *arena, const char *s, size_t len)
{
	char	   *p = cp_arena_alloc(arena, len + 1);

	copy_checked(p, s, len);
	p[len] = '\0';
	return p;
}

void
cp_arena_free(cp_arena *arena)
{
	cp_arena_block *b = arena->head;

	while (b)
	{
		cp_arena_block *next = b->next;

		if (b != arena->lent)
			cp_release(b);
		b = next;
	}
	cp_arena_init(arena);
}

cp_arena_mark
cp_arena_save(const cp_arena *arena)
{
	cp_arena_mark m = {arena->head, arena->used, arena->size, arena->total};

	return m;
}

void
cp_arena_reset(cp_arena *arena, cp_arena_mark mark)
{
	while (arena->head != mark.head)
	{
		cp_arena_block *next = arena->head->next;

		cp_release(arena->head);
		arena->head = next;
	}
	arena->used = mark.used;
	arena->size = mark.size;
	/* block sizes follow total: a reset arena grows again from where it was */
	arena->total = mark.total;
}

void
cp_vec_init(cp_vec *v, size_t item_size)
{
	memset(v, 0, sizeof(*v));
	v->item_size = item_size;
}

void
cp_vec_set_sink(cp_vec *v, cp_vec_sink sink, void *arg)
{
	v->sink = sink;
	v->sink_arg = arg;
}

/* cp_vec_push() when the vector is full: drain it into its sink, or grow it. */
void *
cp_vec_push_grow(cp_arena *arena, cp_vec *v)
{
	char	   *slot;

	if (v->sink && v->count == v->cap && v->count >= CP_VEC_SINK_BATCH)
	{
		/* keep the newest item where the extractor may look back at it */
		v->sink(v->sink_arg, v->items, v->count - 1);
		memmove(v->items, (char *) v->items + (v->count - 1) * v->item_size, v->item_size);
		v->count = 1;
	}
	if (v->count == v->cap)
	{
		size_t		ncap = v->cap ? v->cap * 2 : 16;
		void	   *n = cp_arena_alloc(arena, ncap * v->item_size);

		copy_checked(n, v->items, v->count * v->item_size);
		v->items = n;
		v->cap = ncap;
	}
	slot = (char *) v->items + v->count * v->item_size;
	v->count++;
	memset(slot, 0, v->item_size);
	return slot;
}

void
cp_buf_init(cp_buf *b)
{
	memset(b, 0, sizeof(*b));
}

void
cp_buf_reserve(cp_arena *arena, cp_buf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap)
	{
		size_t		ncap = b->cap ? b->cap * 2 : 64;
		char	   *n;

		while (ncap < b->len + extra + 1)
			ncap *= 2;
		n = cp_arena_alloc(arena, ncap);
		copy_checked(n, b->data, b->len);
		b->data = n;
		b->cap = ncap;
	}
}

void
cp_buf_append(cp_arena *arena, cp_buf *b, const char *s, size_t len)
{
	cp_buf_reserve(arena, b, len);
	copy_checked(b->data + b->len, s, len);
	b->len += len;
}

void
cp_buf_putc(cp_arena *arena, cp_buf *b, char c)
{
	cp_buf_reserve(arena, b, 1);
	b->data[b->len++] = c;
}

const char *
cp_buf_cstr(cp_arena *arena, cp_buf *b)
{
	cp_buf_reserve(arena, b, 0);
	b->data[b->len] = '\0';
	return b->data;
}
