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

_Static_assert(CP_TF_SPACE_AFTER < (1u << 17), "token flags fit in 17 bits");

#define BLOCK_SIZE ((size_t) 1 << CP_DOC_BLOCK_BITS)
#define MAX_PACKED_LEN 4095

void
cp_doc_walk_init(cp_doc_walk *w, cp_doc *doc)
{
	memset(w, 0, sizeof(*w));
	w->doc = doc;
	w->lines = cp_doc_lines(doc);
	if (doc->have & CP_DOC_TOKENS)
	{
		w->replay = cp_arena_alloc(doc->arena, (doc->longest + 1) * sizeof(cp_token));
		return;
	}
	cp_sentence_iter_init(&w->it, doc->arena, doc->text, doc->len, 0, doc->len);
	if (doc->keep_sentences && !doc->recording && !doc->unkept)
	{
		/* this walk keeps the tokens; one that stops early keeps none */
		w->record = doc->recording = true;
		cp_vec_init(&doc->token_blocks, sizeof(cp_doc_token *));
		cp_vec_init(&doc->sentence_ends, sizeof(uint32_t));
		doc->ntokens = 0;
		doc->longest = 0;
	}
}

static void
keep_sentence(cp_doc *doc, const cp_sentence *s)
{
	for (size_t i = 0; i < s->ntokens; i++)
	{
		const cp_token *t = &s->tokens[i];
		cp_doc_token *p;

		if ((doc->ntokens & (BLOCK_SIZE - 1)) == 0)
			*(cp_doc_token **) cp_vec_push(doc->arena, &doc->token_blocks) =
				cp_arena_alloc(doc->arena, BLOCK_SIZE * sizeof(cp_doc_token));
		p = &CP_VEC_AT(&doc->token_blocks, cp_doc_token *, doc->ntokens >> CP_DOC_BLOCK_BITS)
			[doc->ntokens & (BLOCK_SIZE - 1)];
		p->start = t->start;
		p->bits = t->flags | (uint32_t) t->kind << 17 | t->len << 20;
		/*
		 * Tokens are cut near CP_MAX_TOKEN_BYTES: a longer one keeps
		 * nothing.  Nor does text denser than a token in three bytes (lists
		 * of numbers, runs of punctuation; news has one in five or six): it
		 * would keep more than 3 bytes a byte, and is walked again instead.
		 * Such text is told apart once its tokens outrun that rate by a few
		 * blocks, not at the end, where all it kept would be lost.
		 */
		if (t->len > MAX_PACKED_LEN || doc->ntokens >= doc->len / 3 ||
			doc->ntokens >= t->start / 3 + 4 * BLOCK_SIZE)
			doc->recording = false, doc->unkept = true;
		doc->ntokens++;
	}
	*(uint32_t *) cp_vec_push(doc->arena, &doc->sentence_ends) = (uint32_t) doc->ntokens;
	if (s->ntokens > doc->longest)
		doc->longest = s->ntokens;
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
	from = w->next ? CP_VEC_AT(&doc->sentence_ends, uint32_t, w->next - 1) : 0;
	to = CP_VEC_AT(&doc->sentence_ends, uint32_t, w->next);
	for (size_t i = from; i < to;)
	{
		/* the tokens of the sentence in this block */
		const cp_doc_token *block = CP_VEC_AT(&doc->token_blocks, cp_doc_token *,
											  i >> CP_DOC_BLOCK_BITS);
		size_t		end = ((i >> CP_DOC_BLOCK_BITS) + 1) << CP_DOC_BLOCK_BITS;

		for (end = end < to ? end : to; i < end; i++)
		{
			const cp_doc_token *p = &block[i & (BLOCK_SIZE - 1)];
			cp_token   *t = &w->replay[i - from];

			t->start = p->start;
			t->flags = p->bits & ((1u << 17) - 1);
			t->kind = (uint16_t) (p->bits >> 17 & 7);
			t->len = p->bits >> 20;
		}
	}
	s->tokens = w->replay;
	s->ntokens = to - from;
	s->start = w->replay[0].start;
	s->end = w->replay[to - from - 1].start + w->replay[to - from - 1].len;
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
