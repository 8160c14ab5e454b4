/*
 * fuzz_html.c: the article of any bytes, read as a UTF-8 page and as a page
 * as fetched (decoded by whatever charset it declares).  Checks what the
 * SQL layer relies on: OK or the nesting limit, every string valid UTF-8
 * without NUL, the text no longer than the markup can make it, and
 * libxml2's memory all given back (ASan's leak check).
 */
#include "html.h"
#include "utf8.h"

#include <stdlib.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_string(const char *s, size_t len)
{
	size_t		i = 0;

	if (s == NULL)
	{
		if (len)
			abort();
		return;
	}
	while (i < len)
	{
		uint32_t	cp;
		int			k = cp_utf8_decode(s + i, len - i, &cp);

		if (cp == 0 || (cp == CP_REPLACEMENT && k == 1))
			abort();
		i += (size_t) k;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	for (int raw = 0; raw < 2; raw++)
	{
		cp_arena	arena;
		cp_html    *h;
		cp_html_article a;
		cp_status	st;

		cp_arena_init(&arena);
		h = cp_html_new(&arena, raw);
		st = cp_html_parse(h, (const char *) data, size, &a);
		cp_html_free(h);
		if (st != CP_OK && st != CP_ERR_LIMIT)
			abort();
		if (st == CP_OK)
		{
			check_string(a.text, a.text_len);
			check_string(a.title, a.title_len);
			check_string(a.byline, a.byline_len);
			check_string(a.url, a.url_len);
			check_string(a.lang, a.lang_len);
			/* a byte decodes to at most 3 (Latin-1 to UTF-8, U+FFFD), plus separators */
			if (a.text_len > 3 * size + 2)
				abort();
		}
		cp_arena_free(&arena);
	}
	return 0;
}
