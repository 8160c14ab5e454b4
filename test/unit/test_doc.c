/*
 * test_doc.c: the analysed document (doc.h): its sentence walk skips site
 * boilerplate, numbers sentences as corpus.sentences() does, reads kept
 * tokens back exactly, and keeps none of text too dense to keep.
 */
#include "unit.h"
#include "doc.h"

#include <stdlib.h>

/* Boilerplate first, a sentence running over a line break ('U.K."'), a caption. */
static const char *text =
	"Welcome guest, you have 3 views left.  Register| Sign In\n"
	"\n"
	"Truce Talks Resume\n"
	"\n"
	"CAIRO - Envoys met on Monday. He said \"we stay in the U.K.\"\n"
	"\n"
	"Another 40 people fled on Tuesday.\n";

typedef struct walked
{
	int			n[16];
	uint32_t	start[16];
	size_t		ntokens[16];
	size_t		line[16];
	int			count;
} walked;

static walked
walk(cp_doc *doc)
{
	cp_doc_walk w;
	cp_sentence s;
	walked		r;

	memset(&r, 0, sizeof(r));
	cp_doc_walk_init(&w, doc);
	while (cp_doc_walk_next(&w, &s) && r.count < 16)
	{
		r.n[r.count] = s.n;
		r.start[r.count] = s.start;
		r.ntokens[r.count] = s.ntokens;
		r.line[r.count] = w.line;
		r.count++;
	}
	return r;
}

static void
test_walk(void)
{
	cp_arena	arena;
	cp_doc		doc,
				kept;
	walked		live,
				first,
				again;
	cp_sentence_iter it;
	cp_sentence s;
	int			all = 0;

	cp_arena_init(&arena);
	CHECK_INT(cp_doc_init(&doc, &arena, text, strlen(text), NULL), CP_OK);
	live = walk(&doc);
	/* the paywall line is skipped, its sentences still counted */
	cp_sentence_iter_init(&it, &arena, text, strlen(text), 0, strlen(text));
	while (cp_sentence_next(&it, &s))
		all = s.n;
	CHECK(live.count > 0 && live.n[0] > 1);
	CHECK_SPAN(text, live.start[0], 5, "Truce");
	CHECK_INT(cp_doc_sentence_count(&doc), all);
	CHECK_INT(live.n[live.count - 1], all);

	/* kept tokens read back give the same sentences, lines and numbers */
	CHECK_INT(cp_doc_init(&kept, &arena, text, strlen(text), NULL), CP_OK);
	kept.keep_sentences = true;
	first = walk(&kept);
	CHECK(kept.have & CP_DOC_TOKENS);
	again = walk(&kept);
	CHECK(memcmp(&live, &first, sizeof(live)) == 0);
	CHECK(memcmp(&live, &again, sizeof(live)) == 0);
	CHECK_INT(cp_doc_sentence_count(&kept), all);
	cp_arena_free(&arena);
}

/* The sentences of a whole walk. */
static size_t
walk_all(cp_doc *doc)
{
	cp_doc_walk w;
	cp_sentence s;
	size_t		n = 0;

	cp_doc_walk_init(&w, doc);
	while (cp_doc_walk_next(&w, &s))
		n++;
	return n;
}

/*
 * A document of many chunks of kept tokens, with sentences of every length
 * up to a few hundred tokens, so that some would cross a chunk's end: read
 * back, every token is the one the splitter gave.
 */
static void
test_chunks(void)
{
	cp_arena	arena;
	cp_doc		doc;
	cp_buf		b;
	cp_sentence_iter it;
	cp_sentence s,
				k;
	cp_doc_walk w;
	size_t		sentences = 0,
				tokens = 0;
	bool		same = true;

	cp_arena_init(&arena);
	cp_buf_init(&b);
	for (int i = 0; i < 700; i++)
	{
		for (int j = 0; j < (i * 37) % 180 + 1; j++)
			cp_buf_append(&arena, &b, j % 7 ? "word " : "Name, ", j % 7 ? 5 : 6);
		cp_buf_append(&arena, &b, "end.\n", 5);
	}
	CHECK_INT(cp_doc_init(&doc, &arena, b.data, b.len, NULL), CP_OK);
	doc.keep_sentences = true;
	walk_all(&doc);
	CHECK((doc.have & CP_DOC_TOKENS) && doc.ntokens > 4 * ((size_t) 1 << CP_DOC_CHUNK_BITS));
	cp_sentence_iter_init(&it, &arena, b.data, b.len, 0, b.len);
	cp_doc_walk_init(&w, &doc);
	while (cp_doc_walk_next(&w, &k))
	{
		if (!cp_sentence_next(&it, &s) || s.n != k.n || s.ntokens != k.ntokens ||
			s.start != k.start || s.end != k.end)
		{
			same = false;
			break;
		}
		for (size_t i = 0; i < s.ntokens; i++)
			same &= s.tokens[i].start == k.tokens[i].start && s.tokens[i].len == k.tokens[i].len &&
				s.tokens[i].kind == k.tokens[i].kind && s.tokens[i].flags == k.tokens[i].flags;
		sentences++;
		tokens += k.ntokens;
	}
	CHECK(same && !cp_sentence_next(&it, &s));
	CHECK_INT(sentences, 700);
	CHECK(tokens < doc.ntokens);	/* some chunks end unused */
	cp_arena_free(&arena);
}

/* Text with more than a token in three bytes: no walk keeps its tokens. */
static void
test_unkept(void)
{
	cp_arena	arena;
	cp_doc		doc;
	size_t		first,
				kept;
	const cp_article *a;
	static char dense[400000];

	for (size_t i = 0; i < sizeof(dense); i += 2)
		memcpy(dense + i, "1,", 2);
	cp_arena_init(&arena);
	CHECK_INT(cp_doc_init(&doc, &arena, dense, sizeof(dense), NULL), CP_OK);
	doc.keep_sentences = true;
	first = walk_all(&doc);
	CHECK(first > 0 && !(doc.have & CP_DOC_TOKENS) && doc.unkept);
	kept = doc.ntokens;
	/* given up early: far fewer than a token in three bytes of the whole text */
	CHECK(kept > 0 && kept < sizeof(dense) / 6);
	/* the next walk splits again and keeps nothing more */
	CHECK_INT(walk_all(&doc), first);
	CHECK(!(doc.have & CP_DOC_TOKENS) && !doc.recording);
	CHECK_INT(doc.ntokens, kept);

	CHECK_INT(cp_doc_init(&doc, &arena, text, strlen(text), NULL), CP_OK);
	a = cp_doc_article(&doc);
	CHECK_STR(a->dateline, "Cairo");
	CHECK(a->title_line >= 0);
	CHECK_INT(cp_doc_init(&doc, &arena, text, CP_MAX_DOCUMENT_BYTES + 1, NULL), CP_ERR_LIMIT);
	cp_arena_free(&arena);
}

int
main(void)
{
	cp_set_host(&cp_malloc_host);
	test_walk();
	test_chunks();
	test_unkept();
	UNIT_DONE("doc");
}
