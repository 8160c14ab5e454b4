/*
 * article.h: the anatomy of a news page as pasted or scraped.
 *
 * Each line is classified: the title (first content line when more follow),
 * a stated publication date line ("July 21. 2014 8:03PM"), photo captions
 * and credits, site boilerplate (paywall prompts, section menus, cookie
 * notices, "You may also like", "More Headlines", "[Image by ...]",
 * "Source: ..."), or body.  A dateline ("CAIRO —", "Cairo:", "NEW YORK,
 * Oct 19 -") opening the first body paragraphs gives the place.
 *
 * Extractors read the whole document but skip CP_LINE_BOILERPLATE lines:
 * captions and titles carry facts, menus and paywalls do not.  Trailer lines
 * (short unpunctuated lines ending the page, found by position rather than
 * by pattern) leave the body but are still read by extractors.
 */
#ifndef CORPUS_ARTICLE_H
#define CORPUS_ARTICLE_H

#include "arena.h"
#include "calendar.h"

typedef enum cp_line_kind
{
	CP_LINE_BLANK,
	CP_LINE_TITLE,
	CP_LINE_BODY,
	CP_LINE_DATE,				/* a stated date on a line of its own */
	CP_LINE_CAPTION,			/* photo caption or credit */
	CP_LINE_BOILERPLATE,		/* site furniture: never a fact */
	CP_LINE_TRAILER,			/* short tag or link lines after the story */
} cp_line_kind;

typedef struct cp_line
{
	uint32_t	start;			/* byte offset of the line (trimmed) */
	uint32_t	len;			/* bytes (trimmed) */
	uint32_t	body_skip;		/* bytes of dateline removed from the body */
	uint16_t	kind;			/* cp_line_kind */
	bool		para_before;	/* a blank line precedes it */
} cp_line;

typedef struct cp_article
{
	cp_line    *lines;
	size_t		nlines;
	int			title_line;		/* index into lines, or -1 */
	bool		has_published;
	cp_date		published;
	const char *dateline;		/* place, NUL-terminated, or NULL */
	const char *body;			/* paragraphs kept, NUL-terminated */
	size_t		body_len;
	const char *boilerplate;	/* removed lines, one a line */
	size_t		boilerplate_len;
} cp_article;

/*
 * Which date resolves relative dates ("on Saturday") for an extractor: none,
 * the caller's, or the one the article states on a line of its own.
 */
typedef enum cp_reference_mode
{
	CP_REF_NONE,
	CP_REF_GIVEN,
	CP_REF_STATED,
} cp_reference_mode;

/*
 * The reference day for mode: given for CP_REF_GIVEN, a's stated date for
 * CP_REF_STATED; false when there is none.
 */
bool		cp_article_reference(const cp_article *a, cp_reference_mode mode, int32_t given,
								 int32_t *days);

/* Analyse text[0..len); everything is allocated in arena. */
void		cp_article_analyze(cp_arena *arena, const char *text, size_t len, cp_article *out);

/* Lines of text[0..len) only (no body or boilerplate strings): for extractors. */
void		cp_article_lines(cp_arena *arena, const char *text, size_t len, cp_article *out);

/*
 * After cp_article_lines(): the dateline of one of the first body lines, as
 * out->dateline and that line's body_skip (cp_article_analyze() does both).
 */
void		cp_article_find_dateline(cp_arena *arena, const char *text, cp_article *out);

/* After cp_article_find_dateline(): the body and boilerplate strings. */
void		cp_article_body(cp_arena *arena, const char *text, cp_article *out);

#endif
