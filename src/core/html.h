/*
 * html.h: the article in a saved web page, read with libxml2's HTML parser.
 *
 * The page is parsed with SAX callbacks (no DOM) into a compact tree of the
 * elements that matter and the text runs between them, all in the call's
 * arena.  Blocks are scored by text and link density and by tag and
 * class/id evidence; the best container and its article-like siblings give
 * the main text, without navigation, related links, comments, captions,
 * share prompts and notices.  Metadata come from JSON-LD, <meta>, <link>,
 * <time> and the headline element.
 *
 * libxml2 allocates with malloc: its parser context lives in a cp_html and
 * is released by cp_html_free(), which the host also calls when a call is
 * abandoned (the server registers it on the call's memory context), so a
 * cancel between two parsed chunks leaks nothing.  libxml2's global state
 * is never changed: options and handlers are those of the parser context.
 */
#ifndef CORPUS_HTML_H
#define CORPUS_HTML_H

#include "arena.h"
#include "host.h"

/* Deepest element nesting accepted (libxml2 keeps every open element). */
#define CP_HTML_MAX_DEPTH 10000

/* Bytes handed to libxml2 between two interrupt checks. */
#define CP_HTML_CHUNK ((size_t) 256 * 1024)

typedef struct cp_html_article
{
	const char *title;			/* headline, or NULL */
	size_t		title_len;
	const char *byline;			/* authors as the page names them, or NULL */
	size_t		byline_len;
	bool		has_published;
	int64_t		published;		/* seconds since 1970-01-01 00:00 UTC */
	const char *url;			/* canonical URL, or NULL */
	size_t		url_len;
	const char *lang;			/* language tag ("en", "pt-BR"), or NULL */
	size_t		lang_len;
	const char *text;			/* main text: paragraphs split by blank lines */
	size_t		text_len;
} cp_html_article;

typedef struct cp_html cp_html;

/*
 * A parser for one page.  With declared_charset the bytes are raw and
 * decoded by the page's BOM or <meta charset> (UTF-8 when it declares none
 * and is valid UTF-8, else Latin-1); without it they are UTF-8 already and
 * a declared charset is ignored.
 */
cp_html    *cp_html_new(cp_arena *arena, bool declared_charset);

/*
 * Parse data[0..len) and extract the article into out (strings in the
 * arena, valid UTF-8 without NUL).  CP_ERR_LIMIT when elements nest deeper
 * than CP_HTML_MAX_DEPTH.  Calls cp_check_interrupts() between chunks.
 */
cp_status	cp_html_parse(cp_html *h, const char *data, size_t len, cp_html_article *out);

/* Release libxml2's memory; safe to call again and after cp_html_parse(). */
void		cp_html_free(cp_html *h);

/* An ISO 8601 date-time ("2019-11-18T14:02:00-05:00") as Unix seconds. */
bool		cp_html_parse_time(const char *s, size_t len, int64_t *secs);

#endif
