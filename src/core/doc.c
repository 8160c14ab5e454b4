/*
 * doc.c: the analysed document and the extractors' one sentence walk.
 */
#include "doc.h"

#include "dates.h"
#include "entities.h"
#include "quantities.h"
#include "quotes.h"

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

/* Compute a layer once: fill runs the extractor into v (initialized here). */
static const cp_vec *
layer(cp_doc *doc, unsigned bit, cp_vec *v, size_t item_size,
	  cp_status (*fill) (cp_doc *doc, cp_vec *out), cp_status *status)
{
	*status = CP_OK;
	if (!(doc->have & bit))
	{
		cp_vec_init(v, item_size);
		*status = fill(doc, v);
		if (*status != CP_OK)
			return NULL;
		doc->have |= bit;
	}
	return v;
}

const cp_vec *
cp_doc_entities(cp_doc *doc, cp_status *status)
{
	return layer(doc, CP_DOC_ENTITIES, &doc->entities, sizeof(cp_mention),
				 cp_extract_entities, status);
}

const cp_vec *
cp_doc_quantities(cp_doc *doc, cp_status *status)
{
	return layer(doc, CP_DOC_QUANTITIES, &doc->quantities, sizeof(cp_quantity_mention),
				 cp_extract_quantities, status);
}

const cp_vec *
cp_doc_quotes(cp_doc *doc, cp_status *status)
{
	return layer(doc, CP_DOC_QUOTES, &doc->quotes, sizeof(cp_quote), cp_extract_quotes, status);
}

const cp_vec *
cp_doc_dates(cp_doc *doc, bool has_reference, int32_t reference_days, cp_status *status)
{
	*status = CP_OK;
	if (!has_reference)
		reference_days = 0;
	if ((doc->have & CP_DOC_DATES) && doc->dates_has_ref == has_reference &&
		doc->dates_ref == reference_days)
		return &doc->dates;
	doc->have &= ~CP_DOC_DATES;
	cp_vec_init(&doc->dates, sizeof(cp_date_mention));
	*status = cp_extract_dates(doc, has_reference ? CP_REF_GIVEN : CP_REF_NONE, reference_days,
							   &doc->dates);
	if (*status != CP_OK)
		return NULL;
	doc->dates_has_ref = has_reference;
	doc->dates_ref = reference_days;
	doc->have |= CP_DOC_DATES;
	return &doc->dates;
}

void
cp_doc_walk_init(cp_doc_walk *w, cp_doc *doc)
{
	w->doc = doc;
	w->lines = cp_doc_lines(doc);
	w->line = 0;
	w->token_line = 0;
	cp_sentence_iter_init(&w->it, doc->arena, doc->text, doc->len, 0, doc->len);
}

const cp_line *
cp_doc_walk_token_line(cp_doc_walk *w, const cp_token *t, size_t *index)
{
	const cp_article *a = w->lines;

	while (w->token_line + 1 < a->nlines &&
		   a->lines[w->token_line].start + a->lines[w->token_line].len <= t->start)
		w->token_line++;
	*index = w->token_line;
	return a->nlines ? &a->lines[w->token_line] : NULL;
}

bool
cp_doc_walk_next(cp_doc_walk *w, cp_sentence *s)
{
	const cp_article *a = w->lines;

	while (cp_sentence_next(&w->it, s))
	{
		while (w->line < a->nlines && a->lines[w->line].start + a->lines[w->line].len <= s->start)
			w->line++;
		w->line_kind = w->line < a->nlines && a->lines[w->line].start <= s->start ?
			a->lines[w->line].kind : -1;
		if (w->line_kind != CP_LINE_BOILERPLATE)
			return true;
	}
	/* a walk to the end has counted every sentence */
	w->doc->nsentences = (size_t) w->it.n;
	w->doc->have |= CP_DOC_SENTENCES;
	return false;
}
