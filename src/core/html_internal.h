/*
 * html_internal.h: the page as the SAX callbacks leave it, shared by the
 * parser (html.c), the metadata readers (html_meta.c), the main-text
 * extractor (html_extract.c) and its judge of lines of text (html_lines.c).
 */
#ifndef CORPUS_HTML_INTERNAL_H
#define CORPUS_HTML_INTERNAL_H

#include "html.h"

/* What a tag is to the extractor (html.c's tag table). */
enum
{
	HT_BLOCK = 1 << 0,			/* starts and ends a paragraph */
	HT_SKIP = 1 << 1,			/* its content is never text (script, style) */
	HT_DROP = 1 << 2,			/* page furniture (nav, aside, figcaption) */
	HT_LINK = 1 << 3,			/* <a> */
	HT_PARA = 1 << 4,			/* a paragraph: its container is its parent */
	HT_HEADLINE = 1 << 5,		/* <h1> */
	HT_LINE = 1 << 6,			/* <br>: a line break inside a paragraph */
	HT_TIME = 1 << 8,			/* <time> */
	HT_ROOT = 1 << 7,			/* html, body, main, article: class words of the page or post */
	HT_ARTICLE = 1 << 9,		/* <article> */
	HT_HEADING = 1 << 10,		/* h2 to h6 */
};

/* Evidence an element's attributes give. */
enum
{
	HN_NEG = 1 << 0,			/* class/id/role of furniture */
	HN_POS = 1 << 1,			/* class/id of article content */
	HN_HIDDEN = 1 << 2,			/* hidden, aria-hidden, display:none */
	HN_BODY = 1 << 3,			/* itemprop=articleBody */
	HN_AUTHOR = 1 << 4,			/* itemprop=author, rel=author */
	HN_BYLINE = 1 << 5,			/* class/id byline or author */
	HN_DATE = 1 << 6,			/* class/id date, time, published, posted, meta */
	HN_IMAGE = 1 << 7,			/* an <img> before any of its text */
	HN_IMAGE_WRAP = 1 << 8,		/* a wrapper of such an element, before any text */
};

/* An element kept in the tree: block-level, a link, or with evidence. */
typedef struct cp_html_node
{
	uint32_t	parent;			/* node 0 is the document */
	uint32_t	run0;			/* its text runs are [run0, run1) */
	uint32_t	run1;
	uint16_t	tag;			/* HT_* flags */
	uint16_t	attr;			/* HN_* flags */
} cp_html_node;

/* Paragraph break before a run. */
enum
{
	HB_NONE = 0,
	HB_LINE = 1,
	HB_PARA = 2,
};

/* A stretch of text in one kept element, decoded to UTF-8. */
typedef struct cp_html_run
{
	uint32_t	off;			/* in cp_html.text */
	uint32_t	len;
	uint32_t	node;			/* innermost kept element */
	uint8_t		brk;			/* HB_* */
	uint8_t		link;			/* inside <a> */
} cp_html_run;

/* A metadata field: the value of the best-ranked source seen so far. */
typedef struct cp_html_field
{
	const char *s;
	size_t		len;
	int			rank;			/* lower is better; 0 when unset */
} cp_html_field;

enum
{
	HF_TITLE,					/* JSON-LD headline, og:title, twitter:title */
	HF_DOC_TITLE,				/* <title> */
	HF_SITE,					/* og:site_name */
	HF_PUBLISHED,
	HF_BYLINE,
	HF_URL,
	HF_LANG,
	HF_COUNT
};

struct cp_html
{
	cp_arena   *arena;
	bool		declared_charset;
	void	   *ctxt;			/* libxml2 parser context, or NULL */
	cp_status	status;

	cp_vec		nodes;			/* cp_html_node */
	cp_vec		runs;			/* cp_html_run */
	cp_buf		text;
	uint32_t   *open;			/* per open element: its node, or UINT32_MAX */
	size_t		depth;
	size_t		open_cap;
	uint32_t	cur;			/* innermost open kept node */
	size_t		skip;			/* open HT_SKIP elements */
	size_t		links;			/* open <a> elements */
	uint8_t		pending;		/* HB_* break before the next run */

	/* text captured outside the body: <title>, JSON-LD */
	int			capture;		/* 0, HC_TITLE or HC_JSONLD */
	cp_buf		title;
	cp_buf		jsonld;
	bool		title_done;

	cp_html_field field[HF_COUNT];
	int64_t		published;
};

enum
{
	HC_TITLE = 1,
	HC_JSONLD = 2,
};

/* Offer a value for a field from a source of the given rank. */
void		cp_html_offer(cp_html *h, int field, const char *s, size_t len, int rank);

/* Offer a date-time (ISO 8601) for the publication time. */
void		cp_html_offer_time(cp_html *h, const char *s, size_t len, int rank);

/*
 * A date printed in s ("November 19, 2019", "Mon, 18 Nov 2019 16:07:38
 * -0600", "2018-08-25 15:24", "30. Juli 2018", "05/10/2018") as Unix
 * seconds: with the time of day when one with its zone is printed too, else
 * midnight UTC of the date.  Numeric dates are read day first unless
 * month_first.
 */
bool		cp_html_parse_printed_time(const char *s, size_t len, bool month_first, int64_t *secs);

/* The same, with where in s the date begins. */
bool		cp_html_find_printed_time(const char *s, size_t len, bool month_first, int64_t *secs,
									  size_t *at);

/* The page writes numeric dates month first: its language is en or en-US. */
bool		cp_html_month_first(const cp_html *h);

/* The metadata an element's attributes carry (<meta>, <link>, <time>...). */
void		cp_html_element_meta(cp_html *h, const char *name, const char **attrs);

/* The JSON-LD blocks' headline, datePublished, author and inLanguage. */
void		cp_html_jsonld(cp_html *h, const char *s, size_t len);

/* Main text and remaining metadata into out, once the page is parsed. */
void		cp_html_extract(cp_html *h, cp_html_article *out);

/* White space between words in markup. */
static inline bool
cp_html_is_space(unsigned char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

/* html_lines.c: what a line of text is, by its words. */

/* s begins with w, ASCII letters in any case. */
bool		cp_html_starts(const char *s, size_t len, const char *w);

/* A short line of page furniture: "Advertisement", a prompt, a credit, a line sending the reader away. */
bool		cp_html_furniture_line(const char *s, size_t len);

/* A notice about moderating the comments below. */
bool		cp_html_comment_notice(const char *s, size_t len);

/* s ends with a full stop, question or exclamation mark, closing quotes aside. */
bool		cp_html_ends_sentence(const char *s, size_t len);

/* A date or "By ..." line, as printed at the head of an article. */
bool		cp_html_head_line(const char *s, size_t len, bool month_first);

/* s opens with a byline's lead ("By ", "Posted by ", "Von "...): its length in *n. */
bool		cp_html_byline_lead(const char *s, size_t len, size_t *n);

/* The names in a byline, without its lead, dates and separators. */
void		cp_html_clean_byline(const char **s, size_t *len);

/* A name printed twice in a row, once. */
void		cp_html_halve_repeat(const char *s, size_t *len);

/* Collapse whitespace, drop controls and repair UTF-8: s into b. */
void		cp_html_clean(cp_arena *arena, cp_buf *b, const char *s, size_t len);

#endif
