/*
 * test_memory.c: the arena's mark and reset, which bound per-sentence
 * working memory.
 */
#include "arena.h"
#include "unit.h"

#include <stdlib.h>

/* A malloc host that counts the bytes it has handed out and not taken back. */
static size_t live_bytes;

static void *
counting_alloc(size_t size)
{
	size_t	   *p = malloc(size + sizeof(size_t) * 2);

	if (p == NULL)
		abort();
	p[0] = size;
	live_bytes += size;
	return p + 2;
}

static void
counting_release(void *ptr)
{
	size_t	   *p = (size_t *) ptr - 2;

	live_bytes -= p[0];
	free(p);
}

static void *
persistent_alloc(size_t size)
{
	return counting_alloc(size);
}

static void
no_interrupts(void)
{
}

static const cp_host counting_host = {
	.alloc = counting_alloc,
	.release = counting_release,
	.alloc_persistent = persistent_alloc,
	.check_interrupts = no_interrupts,
};

static void
test_mark_reset(void)
{
	cp_arena	arena;
	cp_arena_mark mark;
	char	   *kept,
			   *first_after;
	size_t		live_at_mark;

	cp_arena_init(&arena);
	kept = cp_arena_strndup(&arena, "kept", 4);
	mark = cp_arena_save(&arena);
	live_at_mark = live_bytes;
	first_after = cp_arena_alloc(&arena, 100);
	/* many blocks past the mark, some larger than a block */
	for (int i = 0; i < 200; i++)
		cp_arena_alloc0(&arena, 1000 + (size_t) i * 997);
	cp_arena_alloc(&arena, 1 << 20);
	CHECK(live_bytes > live_at_mark + (1 << 20));
	cp_arena_reset(&arena, mark);
	CHECK_INT(live_bytes, live_at_mark);
	CHECK_INT(arena.total, mark.total);
	CHECK_STR(kept, "kept");
	/* the block of the mark is reused from the same place */
	CHECK(cp_arena_alloc(&arena, 100) == first_after);

	/* a thousand "sentences" each reset: memory stays that of one */
	for (int s = 0; s < 1000; s++)
	{
		cp_arena_mark m = cp_arena_save(&arena);

		for (int i = 0; i < 50; i++)
			cp_arena_alloc(&arena, 4000);
		cp_arena_reset(&arena, m);
	}
	CHECK(live_bytes < live_at_mark + 64 * 1024);
	CHECK_STR(kept, "kept");
	cp_arena_free(&arena);
	CHECK_INT(live_bytes, 0);
}

static void
test_reset_empty(void)
{
	cp_arena	arena;
	cp_arena_mark mark;

	/* a mark taken before the first allocation releases everything */
	cp_arena_init(&arena);
	mark = cp_arena_save(&arena);
	cp_arena_alloc(&arena, 50000);
	cp_arena_alloc(&arena, 10);
	cp_arena_reset(&arena, mark);
	CHECK_INT(live_bytes, 0);
	CHECK(arena.head == NULL);
	CHECK_STR(cp_arena_strndup(&arena, "again", 5), "again");
	cp_arena_free(&arena);
	CHECK_INT(live_bytes, 0);
}

int
main(void)
{
	cp_set_host(&counting_host);
	test_mark_reset();
	test_reset_empty();
	UNIT_DONE("memory");
}
