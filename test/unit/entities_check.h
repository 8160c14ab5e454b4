/*
 * entities_check.h: running corpus.entities' core on a text in unit tests
 * and checking its mentions.  The model comes from $CORPUS_DATA_DIR.
 */
#ifndef CORPUS_ENTITIES_CHECK_H
#define CORPUS_ENTITIES_CHECK_H

#include "data_file.h"
#include "unit.h"

#include "entities.h"
#include "names.h"
#include "ner.h"

#include <stdio.h>

static const cp_ner_model *model;

/* Mentions of text; each checked to lie inside the text and in order. */
static cp_vec
run(cp_arena *arena, const char *text, size_t len)
{
	cp_doc		doc;
	cp_vec		v;
	uint32_t	last = 0;
	bool		ok = true;
	char		key[CP_NAME_KEY_CAP];

	cp_vec_init(&v, sizeof(cp_mention));
	CHECK_INT(cp_doc_init(&doc, arena, text, len, model), CP_OK);
	CHECK_INT(cp_extract_entities(&doc, &v), CP_OK);
	for (size_t i = 0; i < v.count; i++)
	{
		cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);

		ok = ok && m->len > 0 && m->start + m->len <= len && m->start >= last;
		ok = ok && m->kind <= CP_ENT_MISC && m->sentence >= 1 && m->name && m->name_len > 0;
		/* the key handed out is the name's own */
		ok = ok && cp_name_key_buf(m->name, m->name_len, key) == m->key_len && m->key_len > 0 &&
			strcmp(m->key, key) == 0;
		last = m->start + m->len;
	}
	CHECK(ok);
	return v;
}

/* The mention whose text is want, or NULL. */
static const cp_mention *
find(const char *text, cp_vec *v, const char *want, size_t nth)
{
	for (size_t i = 0; i < v->count; i++)
	{
		cp_mention *m = &CP_VEC_AT(v, cp_mention, i);

		if (m->len == strlen(want) && memcmp(text + m->start, want, m->len) == 0 && nth-- == 0)
			return m;
	}
	fprintf(stderr, "mention \"%s\" not found\n", want);
	return NULL;
}

static void
check_mention(const char *text, cp_vec *v, const char *mention, size_t nth, int kind,
			  const char *name)
{
	const cp_mention *m = find(text, v, mention, nth);

	CHECK(m != NULL);
	if (!m)
		return;
	CHECK_INT(m->kind, kind);
	CHECK_INT(m->name_len, strlen(name));
	CHECK_SPAN(m->name, 0, m->name_len, name);
}

/* Checks that no mention of text starts with word ("Bachelor" of "Bachelor of Arts"). */
static inline void
check_none_starts(const char *text, cp_vec *v, const char *word)
{
	size_t		wl = strlen(word);

	for (size_t i = 0; i < v->count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(v, cp_mention, i);

		CHECK(!(m->len >= wl && memcmp(text + m->start, word, wl) == 0));
	}
}

/*
 * The host and the model for an entity test's main(); false, the failure
 * counted, when the model cannot be read.
 */
static inline bool
entities_check_begin(void)
{
	cp_set_host(&cp_malloc_host);
	model = unit_ner_model(NULL, NULL);
	CHECK(model != NULL);
	return model != NULL;
}

#endif
