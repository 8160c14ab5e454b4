/*
 * test_memory.c: the arena's mark and reset, which bound per-sentence
 * working memory, its lent first block, output vectors that hand their items to a sink, and
 * the blocks quotes are read in.
 */
#include "arena.h"
#include "doc.h"
#include "quotes.h"
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

/* A sink that checks items come in order, once each. */
typedef struct seen
{
	int			next;
	int			calls;
} seen;

static void
take(void *arg, const void *items, size_t count)
{
	seen	   *s = arg;

	for (size_t i = 0; i < count; i++)
		CHECK_INT(((const int *) items)[i], s->next++);
	s->calls++;
}

/* A lent first block serves small calls alone and is never released. */
static void
test_lent_buffer(void)
{
	static _Alignas(16) char buf[4096];
	cp_arena	arena;
	cp_arena_mark mark;
	size_t		before = live_bytes;
	char	   *p;

	cp_arena_init_buffer(&arena, buf, sizeof(buf));
	p = cp_arena_alloc(&arena, 1000);
	CHECK(p > buf && p + 1000 <= buf + sizeof(buf));
	CHECK_INT(live_bytes, before);
	mark = cp_arena_save(&arena);
	cp_arena_alloc(&arena, 10000);	/* more than the buffer holds: a block of its own */
	CHECK(live_bytes > before);
	cp_arena_reset(&arena, mark);
	CHECK_INT(live_bytes, before);
	CHECK(cp_arena_alloc(&arena, 16) == p + 1008);
	cp_arena_alloc(&arena, 50000);
	cp_arena_free(&arena);
	CHECK_INT(live_bytes, before);
	CHECK(arena.head == NULL);
	/* too small to hold a block: an ordinary arena */
	cp_arena_init_buffer(&arena, buf, 8);
	CHECK(arena.head == NULL);
	CHECK_STR(cp_arena_strndup(&arena, "own", 3), "own");
	cp_arena_free(&arena);
	CHECK_INT(live_bytes, before);
}

static void
test_vec_sink(void)
{
	cp_arena	arena;
	cp_vec		v;
	seen		s = {0, 0};
	int			n = CP_VEC_SINK_BATCH * 20 + 7;
	size_t		live_after_first_batch = 0;

	cp_arena_init(&arena);
	cp_vec_init(&v, sizeof(int));
	cp_vec_set_sink(&v, take, &s);
	for (int i = 0; i < n; i++)
	{
		int		   *p = cp_vec_push(&arena, &v);

		*p = i;
		/* the item before the newest is always there to look back at */
		if (i > 0)
			CHECK_INT(v.count >= 2 ? ((int *) v.items)[v.count - 2] : s.next - 1, i - 1);
		if (i == CP_VEC_SINK_BATCH * 2)
			live_after_first_batch = live_bytes;
	}
	/* the vector stopped growing at one batch: memory is the same since */
	CHECK_INT(live_bytes, live_after_first_batch);
	CHECK(v.cap <= CP_VEC_SINK_BATCH);
	CHECK(s.calls >= 19);
	take(&s, v.items, v.count);
	CHECK_INT(s.next, n);

	/* without a sink a vector keeps everything */
	cp_vec_init(&v, sizeof(int));
	for (int i = 0; i < n; i++)
		*(int *) cp_vec_push(&arena, &v) = i;
	CHECK_INT(v.count, n);
	CHECK_INT(CP_VEC_AT(&v, int, n - 1), n - 1);
	cp_arena_free(&arena);
}

/* n copies of unit in one malloc'd string */
static char *
repeat(const char *unit, int n, size_t *len)
{
	size_t		ul = strlen(unit);
	char	   *s = malloc(ul * n + 1);

	for (int i = 0; i < n; i++)
		memcpy(s + ul * i, unit, ul);
	s[ul * n] = '\0';
	*len = ul * n;
	return s;
}

/*
 * Quotes are read in blocks of lines: a quote attributed by the line
 * before it ("Kerry said:") keeps its speaker wherever the blocks fall.
 */
static void
test_quote_blocks(void)
{
	size_t		len;
	char	   *doc = repeat("Plain text here.\nKerry Smith said:\n\"We will not stop.\"\n", 6000, &len);
	cp_arena	arena;
	cp_vec		v;
	int			spoken = 0;

	cp_doc		d;

	cp_arena_init(&arena);
	cp_vec_init(&v, sizeof(cp_quote));
	CHECK(len > 4 * 65536);
	CHECK_INT(cp_doc_init(&d, &arena, doc, len, NULL), CP_OK);
	CHECK_INT(cp_extract_quotes(&d, &v), CP_OK);
	CHECK_INT(v.count, 6000);
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_quote *q = &CP_VEC_AT(&v, cp_quote, i);

		if (q->speaker && q->speaker_len == 11 && memcmp(q->speaker, "Kerry Smith", 11) == 0)
			spoken++;
	}
	CHECK_INT(spoken, 6000);
	CHECK_INT(CP_VEC_AT(&v, cp_quote, 5999).sentence, 18000);
	cp_arena_free(&arena);
	free(doc);
}

/*
 * One line with no place to cut is cut after a bounded number of tokens at
 * a sentence end: every quote is still found, sentences keep counting.
 */
static void
test_quote_long_line(void)
{
	size_t		len;
	char	   *doc = repeat("\"A b c,\" he said. ", 20000, &len);
	cp_arena	arena;
	cp_vec		v;
	int			said = 0;
	bool		ordered = true;

	cp_doc		d;

	cp_arena_init(&arena);
	cp_vec_init(&v, sizeof(cp_quote));
	CHECK_INT(cp_doc_init(&d, &arena, doc, len, NULL), CP_OK);
	CHECK_INT(cp_extract_quotes(&d, &v), CP_OK);
	CHECK_INT(v.count, 20000);
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_quote *q = &CP_VEC_AT(&v, cp_quote, i);

		if (q->verb && strcmp(q->verb, "said") == 0)
			said++;
		if (q->sentence != (int) i + 1)
			ordered = false;
	}
	CHECK_INT(said, 20000);
	CHECK(ordered);
	cp_arena_free(&arena);
	free(doc);
}

int
main(void)
{
	cp_set_host(&counting_host);
	test_mark_reset();
	test_reset_empty();
	test_lent_buffer();
	test_vec_sink();
	test_quote_blocks();
	test_quote_long_line();
	UNIT_DONE("memory");
}
