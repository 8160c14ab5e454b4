/*
 * fuzz_text.c: tokenizer, sentence splitter and article anatomy on any bytes.
 * Checks the invariants the SQL layer relies on: spans inside the text and
 * increasing, sentences non-empty, body and boilerplate no longer than the
 * input allows.
 */
#include "arena.h"
#include "article.h"
#include "charmap.h"
#include "sentences.h"

#include <stdlib.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	cp_arena	arena;
	cp_sentence_iter it;
	cp_sentence s;
	cp_article	a;
	cp_charmap	map;
	uint32_t	last_end = 0;
	size_t		i;

	cp_arena_init(&arena);
	cp_charmap_init(&map, &arena, text, size, false);
	cp_sentence_iter_init(&it, &arena, text, size, 0, size);
	while (cp_sentence_next(&it, &s))
	{
		if (s.ntokens == 0 || s.start < last_end || s.end > size || s.start >= s.end)
			abort();
		for (i = 0; i < s.ntokens; i++)
			if (s.tokens[i].len == 0 || s.tokens[i].start + s.tokens[i].len > size)
				abort();
		if (cp_charmap_char(&map, s.end) < cp_charmap_char(&map, s.start))
			abort();
		last_end = s.end;
	}
	cp_article_analyze(&arena, text, size, &a);
	/* dateline separators are the only text the body can gain */
	if (a.body_len > size + 2 * a.nlines || a.boilerplate_len > size + a.nlines)
		abort();
	for (i = 0; i < a.nlines; i++)
		if (a.lines[i].start + a.lines[i].len > size || a.lines[i].body_skip > a.lines[i].len)
			abort();
	cp_arena_free(&arena);
	return 0;
}
