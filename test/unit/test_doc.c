/*
 * test_doc.c: the analysed document (doc.h): its sentence walk skips site
 * boilerplate, numbers sentences as corpus.sentences() does, reads kept
 * tokens back exactly, and computes each layer once.
 */
#include "unit.h"
#include "dates.h"
#include "doc.h"
#include "quantities.h"

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

static void
test_layers(void)
{
	cp_arena	arena;
	cp_doc		doc;
	cp_status	st;
	const cp_vec *q,
			   *d;
	const cp_article *a;

	cp_arena_init(&arena);
	CHECK_INT(cp_doc_init(&doc, &arena, text, strlen(text), NULL), CP_OK);
	doc.keep_sentences = true;
	q = cp_doc_quantities(&doc, &st);
	CHECK(q != NULL && st == CP_OK);
	/* "3 views" is on the paywall line: only "40 people" */
	CHECK_INT(q->count, 1);
	CHECK_SPAN(text, CP_VEC_AT(q, cp_quantity_mention, 0).start, 2, "40");
	CHECK(cp_doc_quantities(&doc, &st) == q);
	d = cp_doc_dates(&doc, true, cp_date_to_days(2014, 7, 23), &st);
	CHECK(d != NULL && d->count == 2);
	CHECK(cp_doc_dates(&doc, true, cp_date_to_days(2014, 7, 23), &st) == d);
	/* another reference computes the dates again; none leaves them unresolved */
	d = cp_doc_dates(&doc, false, 0, &st);
	CHECK(d != NULL && d->count == 2 && !CP_VEC_AT(d, cp_date_mention, 0).resolved);
	a = cp_doc_article(&doc);
	CHECK_STR(a->dateline, "Cairo");
	CHECK(a->title_line >= 0);
	/* no tagger: the entity layer refuses */
	CHECK(cp_doc_entities(&doc, &st) == NULL && st == CP_ERR_DATA);
	CHECK_INT(cp_doc_init(&doc, &arena, text, CP_MAX_DOCUMENT_BYTES + 1, NULL), CP_ERR_LIMIT);
	cp_arena_free(&arena);
}

int
main(void)
{
	cp_set_host(&cp_malloc_host);
	test_walk();
	test_layers();
	UNIT_DONE("doc");
}
