/*
 * quantity_check.h: reading a phrase and extracting a text with the
 * quantity core in unit tests, as text to compare.
 */
#ifndef CORPUS_QUANTITY_CHECK_H
#define CORPUS_QUANTITY_CHECK_H

#include "unit.h"

#include "arena.h"
#include "doc.h"
#include "quantities.h"
#include "quantity.h"

#include <stdio.h>
#include <string.h>

/* Parse a phrase: canonical text or "ERR". */
static const char *
phrase(const char *s)
{
	static char buf[CP_QUANTITY_MAX_TEXT];
	cp_arena	arena;
	cp_quantity q;
	cp_status	st;

	cp_arena_init(&arena);
	st = cp_parse_quantity_phrase(&arena, s, strlen(s), &q);
	cp_arena_free(&arena);
	if (st != CP_OK)
		return "ERR";
	cp_quantity_format(&q, buf, sizeof(buf));
	return buf;
}

typedef struct row
{
	char		kind[16];
	char		mention[64];
	char		value[64];
	char		unit[32];
} row;

static int
extract(const char *text, row *rows, int max)
{
	cp_arena	arena;
	cp_doc		doc;
	cp_vec		out;
	int			n = 0;

	cp_arena_init(&arena);
	cp_vec_init(&out, sizeof(cp_quantity_mention));
	cp_doc_init(&doc, &arena, text, strlen(text), NULL);
	if (cp_extract_quantities(&doc, &out) != CP_OK)
		return -1;
	for (size_t i = 0; i < out.count && n < max; i++, n++)
	{
		cp_quantity_mention *m = &CP_VEC_AT(&out, cp_quantity_mention, i);

		snprintf(rows[n].kind, sizeof(rows[n].kind), "%s", cp_quantity_kind_name(m));
		snprintf(rows[n].mention, sizeof(rows[n].mention), "%.*s", (int) m->len, text + m->start);
		cp_quantity_format(&m->value, rows[n].value, sizeof(rows[n].value));
		snprintf(rows[n].unit, sizeof(rows[n].unit), "%.*s", (int) m->unit_len, m->unit ? m->unit : "");
	}
	cp_arena_free(&arena);
	return n;
}

#endif
