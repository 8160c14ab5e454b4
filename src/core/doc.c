/*
 * doc.c: the analysed document and the extractors' one sentence walk.
 */
#include "doc.h"


#include <string.h>

cp_status
cp_doc_init(cp_doc *doc, cp_arena *arena, const char *text, size_t len,
			const cp_ner_model *model)
{
	memset(doc, 0, sizeof(*doc));
	doc->arena = arena;
	doc->text = text;
	doc->len = len;
	doc->model = model;
	return len > CP_MAX_DOCUMENT_BYTES ? CP_ERR_LIMIT : CP_OK;
}

const cp_article *
cp_doc_lines(cp_doc *doc)
{
	if (!(doc->have & CP_DOC_LINES))
	{
		cp_article_lines(doc->arena, doc->text, doc->len, &doc->article);
		doc->have |= CP_DOC_LINES;
	}
	return &doc->article;
}

const cp_article *
cp_doc_dateline(cp_doc *doc)
{
	cp_doc_lines(doc);
	if (!(doc->have & CP_DOC_DATELINE))
	{
		cp_article_find_dateline(doc->arena, doc->text, &doc->article);
		doc->have |= CP_DOC_DATELINE;
	}
	return &doc->article;
}

const cp_article *
cp_doc_article(cp_doc *doc)
{
	cp_doc_dateline(doc);
	if (!(doc->have & CP_DOC_ARTICLE))
	{
		cp_article_body(doc->arena, doc->text, &doc->article);
		doc->have |= CP_DOC_ARTICLE;
	}
	return &doc->article;
}

size_t
cp_doc_char(cp_doc *doc, size_t pos)
{
	if (!(doc->have & CP_DOC_CHARMAP))
	{
		cp_charmap_init(&doc->map, doc->arena, doc->text, doc->len, doc->bytes_are_chars);
		doc->have |= CP_DOC_CHARMAP;
	}
	return cp_charmap_char(&doc->map, pos);
}

size_t
cp_doc_sentence_count(cp_doc *doc)
{
	if (!(doc->have & CP_DOC_SENTENCES))
	{
		cp_sentence_iter it;
		cp_sentence s;

		cp_sentence_iter_init(&it, doc->arena, doc->text, doc->len, 0, doc->len);
		while (cp_sentence_next(&it, &s))
			doc->nsentences = s.n;
		doc->have |= CP_DOC_SENTENCES;
	}
	return doc->nsentences;
}

bool
cp_doc_reference(cp_doc *doc, cp_reference_mode mode, int32_t given, int32_t *days)
{
	if (mode == CP_REF_NONE)
		return false;
	return cp_article_reference(cp_doc_lines(doc), mode, given, days);
}

/*
 * Text denser than a token in three bytes (lists of numbers, runs of
 * punctuation; news has one in five or six) is not kept.  It is told apart
 * once its tokens outrun that rate by KEEP_SLACK, not at the end of the
 * document, where all it kept would be lost.
 */
#define DENSEST_KEPT 3			/* bytes of text a token */
#define KEEP_SLACK 32768

#define CHUNK ((size_t) 1 << CP_DOC_CHUNK_BITS)

_Static_assert(CP_MAX_SENTENCE_TOKENS <= ((size_t) 1 << CP_DOC_CHUNK_BITS),
			   "a sentence fits in a chunk");

void
cp_doc_walk_init(cp_doc_walk *w, cp_doc *doc)
{
	memset(w, 0, sizeof(*w));
	w->doc = doc;
	w->lines = cp_doc_lines(doc);
	if (doc->have & CP_DOC_TOKENS)
	{
		w->replay = true;
		return;
	}
	cp_sentence_iter_init(&w->it, doc->arena, doc->text, doc->len, 0, doc->len);
	if (doc->keep_sentences && !doc->recording && !doc->unkept)
	{
		/* this walk keeps the tokens; one that stops early keeps none */
		w->record = doc->recording = true;
		cp_vec_init(&doc->chunks, sizeof(cp_token *));
		cp_vec_init(&doc->sentence_ends, sizeof(uint32_t));
		doc->ntokens = 0;
	}
}

/*
 * A sentence's tokens (one at least) go whole into one chunk: where they
 * would cross into the next, they start it instead, and the rest of the
 * chunk stays unused.
 */
static size_t
sentence_start(size_t end_of_last, size_t ntokens)
{
	return (end_of_last & (CHUNK - 1)) + ntokens > CHUNK ?
		(end_of_last | (CHUNK - 1)) + 1 : end_of_last;
}

static void
keep_sentence(cp_doc *doc, const cp_sentence *s)
{
	size_t		at = sentence_start(doc->ntokens, s->ntokens);

	if (at + s->ntokens > doc->len / DENSEST_KEPT ||
		at + s->ntokens > s->end / DENSEST_KEPT + KEEP_SLACK)
	{
		doc->recording = false;
		doc->unkept = true;
		return;
	}
	while (doc->chunks.count <= (at + s->ntokens - 1) / CHUNK)
		*(cp_token **) cp_vec_push(doc->arena, &doc->chunks) =
			cp_arena_alloc(doc->arena, CHUNK * sizeof(cp_token));
	memcpy(CP_VEC_AT(&doc->chunks, cp_token *, at / CHUNK) + (at & (CHUNK - 1)),
		   s->tokens, s->ntokens * sizeof(cp_token));
	doc->ntokens = at + s->ntokens;
	*(uint32_t *) cp_vec_push(doc->arena, &doc->sentence_ends) = (uint32_t) doc->ntokens;
}

/* The next sentence of the document, split or read back; false at the end. */
static bool
next_sentence(cp_doc_walk *w, cp_sentence *s)
{
	cp_doc	   *doc = w->doc;
	size_t		from,
				to;

	if (!w->replay)
	{
		if (cp_sentence_next(&w->it, s))
		{
			if (w->record && doc->recording)
				keep_sentence(doc, s);
			return true;
		}
		if (w->record && doc->recording)
		{
			doc->have |= CP_DOC_TOKENS;
			doc->recording = false;
		}
		return false;
	}
	if (w->next >= doc->sentence_ends.count)
		return false;
	if ((w->next & 63) == 63)
		cp_check_interrupts();
	to = CP_VEC_AT(&doc->sentence_ends, uint32_t, w->next);
	from = w->next ? CP_VEC_AT(&doc->sentence_ends, uint32_t, w->next - 1) : 0;
	if (from / CHUNK != (to - 1) / CHUNK)
		from = (to - 1) & ~(CHUNK - 1);
	s->tokens = CP_VEC_AT(&doc->chunks, cp_token *, from / CHUNK) + (from & (CHUNK - 1));
	s->ntokens = to - from;
	s->start = s->tokens[0].start;
	s->end = s->tokens[s->ntokens - 1].start + s->tokens[s->ntokens - 1].len;
	s->n = (int) ++w->next;
	return true;
}

bool
cp_doc_walk_next(cp_doc_walk *w, cp_sentence *s)
{
	const cp_article *a = w->lines;

	while (next_sentence(w, s))
	{
		while (w->line < a->nlines && a->lines[w->line].start + a->lines[w->line].len <= s->start)
			w->line++;
		w->line_kind = w->line < a->nlines && a->lines[w->line].start <= s->start ?
			a->lines[w->line].kind : -1;
		if (w->line_kind != CP_LINE_BOILERPLATE)
			return true;
	}
	/* a walk to the end has counted every sentence */
	w->doc->nsentences = w->replay ? w->next : (size_t) w->it.n;
	w->doc->have |= CP_DOC_SENTENCES;
	return false;
}
