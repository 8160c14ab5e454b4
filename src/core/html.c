/*
 * html.c: libxml2's HTML parser driven with SAX callbacks into the compact
 * page of html_internal.h.
 *
 * libxml2 rather than an HTML5 tree builder: PostgreSQL itself links it (no
 * new library in the server process), Debian ships it everywhere, its error
 * recovery is the one lxml (hence trafilatura and readability-lxml) reads
 * the web with, and its SAX interface lets the page go into the call's
 * arena without a DOM in malloc'd memory.  The push parser takes the page
 * a chunk at a time, so a cancel is seen between chunks.
 */
#include "html_internal.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "utf8.h"

/* The open-element stack's mark for an element that is no kept node. */
#define OPEN_PLAIN UINT32_MAX
#define OPEN_SKIP (UINT32_MAX - 1)

typedef struct tag_info
{
	const char *name;
	uint16_t	flags;
} tag_info;

/* Sorted by name for bsearch; tags not listed are inline text. */
static const tag_info tags[] = {
	{"a", HT_LINK},
	{"address", HT_BLOCK | HT_DROP},
	{"applet", HT_SKIP},
	{"article", HT_BLOCK | HT_ROOT | HT_ARTICLE},
	{"aside", HT_BLOCK | HT_DROP},
	{"audio", HT_SKIP},
	{"blockquote", HT_BLOCK},
	{"body", HT_BLOCK | HT_ROOT},
	{"br", HT_LINE},
	{"button", HT_SKIP},
	{"canvas", HT_SKIP},
	{"caption", HT_BLOCK | HT_DROP},
	{"center", HT_BLOCK},
	{"dd", HT_BLOCK | HT_PARA},
	{"details", HT_BLOCK},
	{"dialog", HT_BLOCK | HT_DROP},
	{"div", HT_BLOCK},
	{"dl", HT_BLOCK},
	{"dt", HT_BLOCK | HT_PARA},
	{"embed", HT_SKIP},
	{"fieldset", HT_BLOCK},
	{"figcaption", HT_BLOCK | HT_DROP},
	{"figure", HT_BLOCK | HT_DROP},
	{"footer", HT_BLOCK | HT_DROP},
	{"form", HT_BLOCK | HT_DROP},
	{"frameset", HT_SKIP},
	{"h1", HT_BLOCK | HT_PARA | HT_HEADLINE},
	{"h2", HT_BLOCK | HT_PARA | HT_HEADING},
	{"h3", HT_BLOCK | HT_PARA | HT_HEADING},
	{"h4", HT_BLOCK | HT_PARA | HT_HEADING},
	{"h5", HT_BLOCK | HT_PARA | HT_HEADING},
	{"h6", HT_BLOCK | HT_PARA | HT_HEADING},
	{"header", HT_BLOCK | HT_DROP},
	{"hgroup", HT_BLOCK},
	{"hr", HT_BLOCK},
	{"html", HT_BLOCK | HT_ROOT},
	{"iframe", HT_SKIP},
	{"li", HT_BLOCK | HT_PARA},
	{"main", HT_BLOCK | HT_ROOT},
	{"map", HT_SKIP},
	{"math", HT_SKIP},
	{"menu", HT_BLOCK | HT_DROP},
	{"nav", HT_BLOCK | HT_DROP},
	{"noscript", HT_SKIP},
	{"object", HT_SKIP},
	{"ol", HT_BLOCK},
	{"option", HT_SKIP},
	{"p", HT_BLOCK | HT_PARA},
	{"pre", HT_BLOCK | HT_PARA},
	{"script", HT_SKIP},
	{"section", HT_BLOCK},
	{"select", HT_SKIP},
	{"style", HT_SKIP},
	{"summary", HT_BLOCK | HT_DROP},
	{"svg", HT_SKIP},
	{"table", HT_BLOCK},
	{"tbody", HT_BLOCK},
	{"td", HT_BLOCK},
	{"template", HT_SKIP},
	{"textarea", HT_SKIP},
	{"tfoot", HT_BLOCK},
	{"th", HT_BLOCK | HT_PARA},
	{"thead", HT_BLOCK},
	{"time", HT_TIME},
	{"title", HT_SKIP},
	{"tr", HT_BLOCK},
	{"ul", HT_BLOCK},
	{"video", HT_SKIP},
};

static int
tag_cmp(const void *key, const void *item)
{
	return strcmp((const char *) key, ((const tag_info *) item)->name);
}

static uint16_t
tag_flags(const char *name)
{
	const tag_info *t = bsearch(name, tags, sizeof(tags) / sizeof(tags[0]),
								sizeof(tags[0]), tag_cmp);

	return t ? t->flags : 0;
}

/*
 * Class and id words of page furniture, matched as prefixes of the
 * attribute's lower-case alphanumeric words ("sharebar", "related-links").
 */
static const char *const neg_prefixes[] = {
	"advert", "author", "banner", "bio", "breadcrumb", "byline", "caption",
	"consent", "cookie", "credit", "disqus", "follow", "foot", "gallery",
	"header", "hidden", "login", "masthead", "menu", "meta", "modal", "nav",
	"newsletter", "outbrain", "pagination", "paywall", "popular", "popup",
	"promo", "recommend", "related", "share", "sharing", "sidebar", "signup",
	"slideshow", "social", "sponsor", "subscri", "taboola", "timestamp",
	"toolbar", "trending", "widget",
};

/*
 * Words that are furniture only as a whole word.  Not "more": it names a
 * "More information" note as well as a "More stories" list, and a list of
 * links is left out for its link text anyway.
 */
static const char *const neg_words[] = {
	"ad", "ads", "comment", "comments", "screen", "skip", "sr", "tag", "tags",
	"visually",
};

static const char *const pos_prefixes[] = {
	"article", "body", "content", "entry", "hentry", "main", "post", "story",
	"text",
};

static bool
word_has_prefix(const char *w, size_t n, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
	{
		size_t		pl = strlen(list[i]);

		if (n >= pl && memcmp(w, list[i], pl) == 0)
			return true;
	}
	return false;
}

static bool
word_is(const char *w, size_t n, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(list[i]) == n && memcmp(w, list[i], n) == 0)
			return true;
	return false;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Words of what is said about an author, beside their name. */
static const char *const about_prefixes[] = {
	"about", "bio", "desc", "summary",
};

/* The class token at v ends in "label-hidden" ("field-label-hidden", "field--label-hidden"). */
static bool
label_hidden(const char *v)
{
	size_t		n = 0;

	while (v[n] && v[n] != ' ' && v[n] != '\t' && v[n] != '\n')
		n++;
	return n >= 12 && cp_ascii_ieq(v + n - 12, "label-hidden", 12);
}

/* HN_NEG, HN_POS, HN_BYLINE and HN_DATE evidence of a class or id value. */
static uint16_t
class_evidence(const char *v)
{
	uint16_t	flags = 0;
	bool		about = false;
	char		w[48];
	const char *start = v;

	while (*v)
	{
		size_t		n = 0;

		while (*v && !cp_ascii_alpha((unsigned char) *v) && !cp_ascii_digit((unsigned char) *v))
			v++;
		/*
		 * A taxonomy term a CMS names a post's wrapper by ("tag-comments",
		 * "category-ads"): what the post is about, not what the element is;
		 * and a field whose label is hidden ("field-label-hidden" on a
		 * Drupal body): the label is, not the field.
		 */
		if ((v == start || v[-1] == ' ' || v[-1] == '\t' || v[-1] == '\n') &&
			(cp_ascii_ieq(v, "tag-", 4) || cp_ascii_ieq(v, "category-", 9) || label_hidden(v)))
		{
			while (*v && *v != ' ' && *v != '\t' && *v != '\n')
				v++;
			continue;
		}
		/* a word ends at a non-alphanumeric or where camelCase starts one */
		for (; cp_ascii_alpha((unsigned char) *v) || cp_ascii_digit((unsigned char) *v); v++)
		{
			if (n && *v >= 'A' && *v <= 'Z' && v[-1] >= 'a' && v[-1] <= 'z')
				break;
			if (n < sizeof(w))
				w[n++] = (char) (*v | 0x20);
		}
		if (n == 0 || n == sizeof(w))
			continue;
		if (word_has_prefix(w, n, neg_prefixes, COUNT(neg_prefixes)) ||
			word_is(w, n, neg_words, COUNT(neg_words)))
			flags |= HN_NEG;
		else if (word_has_prefix(w, n, pos_prefixes, COUNT(pos_prefixes)))
			flags |= HN_POS;
		if ((n >= 6 && memcmp(w, "byline", 6) == 0) || (n >= 6 && memcmp(w, "author", 6) == 0))
			flags |= HN_BYLINE;
		if ((n >= 4 && (memcmp(w, "date", 4) == 0 || memcmp(w, "time", 4) == 0)) ||
			(n >= 7 && memcmp(w, "publish", 7) == 0) || (n >= 6 && memcmp(w, "posted", 6) == 0) ||
			(n >= 4 && memcmp(w, "meta", 4) == 0))
			flags |= HN_DATE;
		if (word_has_prefix(w, n, about_prefixes, COUNT(about_prefixes)))
			about = true;
	}
	/* an author's description or biography is not their name */
	return about ? flags & ~HN_BYLINE : flags;
}

static bool
ascii_contains(const char *s, const char *needle)
{
	size_t		nl = strlen(needle);

	for (; *s; s++)
		if (cp_ascii_ieq(s, needle, nl))
			return true;
	return false;
}

/* HN_* evidence of an element's attributes. */
static uint16_t
attr_evidence(const char **atts)
{
	uint16_t	flags = 0;

	for (; atts && atts[0]; atts += 2)
	{
		const char *k = atts[0],
				   *v = atts[1] ? atts[1] : "";

		if (strcmp(k, "class") == 0 || strcmp(k, "id") == 0)
			flags |= class_evidence(v);
		else if (strcmp(k, "hidden") == 0)
			flags |= HN_HIDDEN;
		else if (strcmp(k, "aria-hidden") == 0 && strcmp(v, "true") == 0)
			flags |= HN_HIDDEN;
		else if (strcmp(k, "style") == 0 &&
				 (ascii_contains(v, "display:none") || ascii_contains(v, "display: none") ||
				  ascii_contains(v, "visibility:hidden")))
			flags |= HN_HIDDEN;
		else if (strcmp(k, "itemprop") == 0)
		{
			if (ascii_contains(v, "articleBody"))
				flags |= HN_BODY | HN_POS;
			else if (ascii_contains(v, "author"))
				flags |= HN_AUTHOR;
		}
		else if (strcmp(k, "rel") == 0 && strcmp(v, "author") == 0)
			flags |= HN_AUTHOR;
		else if (strcmp(k, "role") == 0)
		{
			if (strcmp(v, "navigation") == 0 || strcmp(v, "complementary") == 0 ||
				strcmp(v, "contentinfo") == 0 || strcmp(v, "banner") == 0 ||
				strcmp(v, "menu") == 0 || strcmp(v, "dialog") == 0)
				flags |= HN_NEG;
			else if (strcmp(v, "main") == 0 || strcmp(v, "article") == 0)
				flags |= HN_POS;
		}
	}
	/* furniture words name the furniture; content words then don't count */
	if (flags & HN_NEG)
		flags &= ~HN_POS;
	return flags;
}

static const char *
attr_value(const char **atts, const char *name)
{
	for (; atts && atts[0]; atts += 2)
		if (strcmp(atts[0], name) == 0)
			return atts[1] ? atts[1] : "";
	return NULL;
}

static void
open_push(cp_html *h, uint32_t v)
{
	if (h->depth == h->open_cap)
	{
		size_t		cap = h->open_cap ? h->open_cap * 2 : 64;
		uint32_t   *open = cp_arena_alloc(h->arena, cap * sizeof(uint32_t));

		if (h->depth)
			memcpy(open, h->open, h->depth * sizeof(uint32_t));
		h->open = open;
		h->open_cap = cap;
	}
	h->open[h->depth++] = v;
}

static void
sax_start(void *ud, const xmlChar *xname, const xmlChar **xatts)
{
	cp_html    *h = ud;
	const char *name = (const char *) xname;
	const char **atts = (const char **) xatts;
	uint16_t	flags,
				attr;
	cp_html_node *n;

	if (h->status != CP_OK)
		return;
	if (h->depth >= CP_HTML_MAX_DEPTH)
	{
		h->status = CP_ERR_LIMIT;
		xmlStopParser(h->ctxt);
		return;
	}
	if (h->skip)
	{
		open_push(h, OPEN_PLAIN);
		return;
	}
	flags = tag_flags(name);
	cp_html_element_meta(h, name, atts);
	/*
	 * A picture at the head of an element, or of a wrapper that has no text
	 * before it either ("<div><div class=img><img></div><span>caption"):
	 * the text after it may caption it.  Up to two wrappers are marked.
	 */
	if (strcmp(name, "img") == 0)
		for (uint32_t x = h->cur, up = 0;
			 up < 3 && CP_VEC_AT(&h->nodes, cp_html_node, x).run0 == (uint32_t) h->runs.count;
			 x = CP_VEC_AT(&h->nodes, cp_html_node, x).parent, up++)
		{
			CP_VEC_AT(&h->nodes, cp_html_node, x).attr |= up ? HN_IMAGE_WRAP : HN_IMAGE;
			if (x == 0)
				break;
		}
	if (flags & HT_SKIP)
	{
		const char *type = attr_value(atts, "type");

		if (strcmp(name, "title") == 0 && !h->title_done)
			h->capture = HC_TITLE;
		else if (strcmp(name, "script") == 0 && type && ascii_contains(type, "ld+json"))
			h->capture = HC_JSONLD;
		h->skip++;
		open_push(h, OPEN_SKIP);
		return;
	}
	if (flags & HT_LINE)
	{
		/* two line breaks in a row end a paragraph */
		h->pending = h->pending == HB_NONE ? HB_LINE : HB_PARA;
		open_push(h, OPEN_PLAIN);
		return;
	}
	attr = attr_evidence(atts);
	if (!(flags & (HT_BLOCK | HT_LINK | HT_TIME)) && attr == 0)
	{
		open_push(h, OPEN_PLAIN);
		return;
	}
	n = cp_vec_push(h->arena, &h->nodes);
	n->parent = h->cur;
	n->tag = flags;
	n->attr = attr;
	n->run0 = n->run1 = (uint32_t) h->runs.count;
	h->cur = (uint32_t) (h->nodes.count - 1);
	if (flags & HT_LINK)
		h->links++;
	if (flags & HT_BLOCK)
		h->pending = HB_PARA;
	open_push(h, h->cur);
}

static void
sax_end(void *ud, const xmlChar *name)
{
	cp_html    *h = ud;
	uint32_t	v;

	CP_UNUSED(name);
	if (h->status != CP_OK || h->depth == 0)
		return;
	v = h->open[--h->depth];
	if (v == OPEN_SKIP)
	{
		h->skip--;
		if (h->capture == HC_TITLE)
			h->title_done = true;
		else if (h->capture == HC_JSONLD)
		{
			cp_html_jsonld(h, h->jsonld.data, h->jsonld.len);
			h->jsonld.len = 0;
		}
		h->capture = 0;
	}
	else if (v != OPEN_PLAIN)
	{
		cp_html_node *n = &CP_VEC_AT(&h->nodes, cp_html_node, v);

		n->run1 = (uint32_t) h->runs.count;
		h->cur = n->parent;
		if (n->tag & HT_LINK)
			h->links--;
		if (n->tag & HT_BLOCK)
			h->pending = HB_PARA;
	}
}

static bool
all_blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f')
			return false;
	return true;
}

static void
sax_chars(void *ud, const xmlChar *xs, int ilen)
{
	cp_html    *h = ud;
	const char *s = (const char *) xs;
	size_t		len = (size_t) ilen;
	cp_html_run *r;

	if (h->status != CP_OK || ilen <= 0)
		return;
	if (h->capture)
	{
		cp_buf_append(h->arena, h->capture == HC_TITLE ? &h->title : &h->jsonld, s, len);
		return;
	}
	if (h->skip)
		return;
	if (all_blank(s, len) && (h->pending != HB_NONE || h->runs.count == 0))
		return;
	r = h->runs.count ? &CP_VEC_AT(&h->runs, cp_html_run, h->runs.count - 1) : NULL;
	if (r && h->pending == HB_NONE && r->node == h->cur && r->link == (h->links > 0) &&
		r->off + r->len == h->text.len)
		r->len += (uint32_t) len;
	else
	{
		r = cp_vec_push(h->arena, &h->runs);
		r->off = (uint32_t) h->text.len;
		r->len = (uint32_t) len;
		r->node = h->cur;
		r->brk = h->pending;
		r->link = h->links > 0;
	}
	cp_buf_append(h->arena, &h->text, s, len);
	h->pending = HB_NONE;
}

cp_html *
cp_html_new(cp_arena *arena, bool declared_charset)
{
	cp_html    *h = cp_arena_alloc0(arena, sizeof(cp_html));
	cp_html_node *root;

	h->arena = arena;
	h->declared_charset = declared_charset;
	cp_vec_init(&h->nodes, sizeof(cp_html_node));
	cp_vec_init(&h->runs, sizeof(cp_html_run));
	cp_buf_init(&h->text);
	cp_buf_init(&h->title);
	cp_buf_init(&h->jsonld);
	root = cp_vec_push(arena, &h->nodes);
	root->tag = HT_BLOCK;
	return h;
}

void
cp_html_free(cp_html *h)
{
	if (h && h->ctxt)
	{
		htmlFreeParserCtxt(h->ctxt);
		h->ctxt = NULL;
	}
}

static bool
valid_utf8(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		uint32_t	cp;
		int			k;

		if ((unsigned char) s[i] < 0x80)
		{
			i++;
			continue;
		}
		k = cp_utf8_decode(s + i, len - i, &cp);
		if (cp == CP_REPLACEMENT && k == 1)
			return false;
		i += (size_t) k;
	}
	return true;
}

cp_status
cp_html_parse(cp_html *h, const char *data, size_t len, cp_html_article *out)
{
	htmlSAXHandler sax;
	htmlParserCtxtPtr ctxt;
	int			options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
		HTML_PARSE_NONET | HTML_PARSE_NODEFDTD;
	size_t		done = 0;

	memset(out, 0, sizeof(*out));
	memset(&sax, 0, sizeof(sax));
	sax.startElement = sax_start;
	sax.endElement = sax_end;
	sax.characters = sax_chars;
	sax.cdataBlock = sax_chars;
	sax.ignorableWhitespace = sax_chars;

	/* idempotent; the server may have done it for its own XML functions */
	xmlInitParser();

	/*
	 * Raw bytes start as UTF-8 when they are UTF-8 (a declaration still
	 * switches), else libxml2 takes them for Latin-1 until one does.
	 */
	ctxt = htmlCreatePushParserCtxt(&sax, h, NULL, 0, NULL,
									h->declared_charset && !valid_utf8(data, len)
									? XML_CHAR_ENCODING_NONE : XML_CHAR_ENCODING_UTF8);
	if (ctxt == NULL)
		return CP_ERR_DATA;
	h->ctxt = ctxt;
	if (!h->declared_charset)
		options |= HTML_PARSE_IGNORE_ENC;
	htmlCtxtUseOptions(ctxt, options);

	do
	{
		size_t		n = len - done < CP_HTML_CHUNK ? len - done : CP_HTML_CHUNK;

		htmlParseChunk(ctxt, data + done, (int) n, done + n == len);
		done += n;
		cp_check_interrupts();
	} while (done < len && h->status == CP_OK);
	cp_html_free(h);
	if (h->status != CP_OK)
		return h->status;
	cp_html_extract(h, out);
	return CP_OK;
}
