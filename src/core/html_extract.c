/*
 * html_extract.c: the main text of a parsed page, and the metadata that
 * need the tree (headline element, byline elements).
 *
 * Paragraphs vote for their container as in Arc90's Readability: a block of
 * 25 characters or more, not mostly link text and not inside page furniture,
 * gives its container one point, one per comma and one per 100 characters
 * (at most three); the container's parent gets half, its grandparent a
 * sixth.  Class and id words add or take 25, and a container's score is
 * scaled by the share of its text that is not link text.  The best
 * container and those of its siblings that score at least a fifth of it
 * (or are long, link-free paragraphs) make the article; inside them,
 * furniture (nav, aside, figure captions, share and comment blocks, hidden
 * elements), headlines and link lists are left out.
 */
#include "html_internal.h"

#include <string.h>

#include "utf8.h"

typedef struct block
{
	uint32_t	r0;				/* runs [r0, r1) */
	uint32_t	r1;
	uint32_t	owner;			/* innermost block-level element */
	uint32_t	chars;			/* non-space bytes */
	uint32_t	links;			/* of which in links */
	uint32_t	dates;			/* of which in <time> */
	uint32_t	commas;
} block;

typedef struct page
{
	cp_html    *h;
	size_t		n;				/* nodes */
	const cp_html_node *node;
	const cp_html_run *run;
	uint32_t   *chars;			/* non-space bytes in the subtree */
	uint32_t   *links;			/* of which in links */
	uint32_t   *prose;			/* of which in paragraphs that vote */
	uint32_t   *blk;			/* nearest block-level ancestor-or-self */
	uint32_t   *end;			/* last node of the subtree */
	uint8_t    *furniture;		/* it or an ancestor is furniture */
	float	   *score;
	uint8_t    *scored;
	block	   *blocks;
	size_t		nblocks;
	uint32_t	start_run;		/* the article's runs: [start_run, end_run) */
	uint32_t	end_run;
} page;

static uint32_t
nonspace(const char *s, size_t len)
{
	uint32_t	n = 0;

	for (size_t i = 0; i < len; i++)
		n += !cp_html_is_space((unsigned char) s[i]);
	return n;
}

static uint32_t
count_commas(const char *s, size_t len)
{
	uint32_t	n = 0;

	for (size_t i = 0; i < len; i++)
		if (s[i] == ',')
			n++;
		/* U+FF0C fullwidth comma, U+3001 ideographic comma */
		else if ((unsigned char) s[i] == 0xEF && i + 2 < len &&
				 (unsigned char) s[i + 1] == 0xBC && (unsigned char) s[i + 2] == 0x8C)
			n++;
		else if ((unsigned char) s[i] == 0xE3 && i + 2 < len &&
				 (unsigned char) s[i + 1] == 0x80 && (unsigned char) s[i + 2] == 0x81)
			n++;
	return n;
}

/* Furniture by the element alone: tag, class/id, hidden. */
static bool
own_furniture(const cp_html_node *n)
{
	if (n->tag & HT_DROP || n->attr & HN_HIDDEN)
		return true;
	return (n->attr & HN_NEG) && !(n->tag & HT_ROOT);
}

/* A block long enough and with little enough link text to vote. */
static bool
votes(const block *b)
{
	return b->chars >= 25 && b->links * 2 <= b->chars;
}

/*
 * On a page of several <article>s (a post above excerpts of others, or the
 * next story of an endless page), the first one that holds a headline with
 * prose of its own is the article: the others with prose are teasers and
 * count as furniture.  Nested <article>s (comments) are left to the rest.
 */
static void
teaser_articles(page *p)
{
	uint32_t   *outer = cp_arena_alloc0(p->h->arena, p->n * sizeof(uint32_t));
	uint32_t	lead = 0;

	/* the outermost <article> each node is in, or 0 */
	for (uint32_t i = 1; i < p->n; i++)
	{
		outer[i] = outer[p->node[i].parent];
		if (!outer[i] && p->node[i].tag & HT_ARTICLE)
			outer[i] = i;
	}
	for (uint32_t i = 1; i < p->n && !lead; i++)
		if (p->node[i].tag & HT_HEADLINE && p->chars[i] > p->links[i] * 2 &&
			outer[i] && p->prose[outer[i]] > p->chars[i])
			lead = outer[i];
	if (!lead)
		return;
	for (uint32_t i = 1; i < p->n; i++)
		if (outer[i] == i && i != lead && p->prose[i])
			for (uint32_t j = i; j <= p->end[i]; j++)
				p->furniture[j] = 1;
}

static void
page_build(page *p, cp_html *h)
{
	cp_arena   *a = h->arena;
	size_t		n = h->nodes.count,
				nr = h->runs.count;

	p->h = h;
	p->n = n;
	p->node = h->nodes.items;
	p->run = h->runs.items;
	p->chars = cp_arena_alloc0(a, n * sizeof(uint32_t));
	p->links = cp_arena_alloc0(a, n * sizeof(uint32_t));
	p->prose = cp_arena_alloc0(a, n * sizeof(uint32_t));
	p->blk = cp_arena_alloc(a, n * sizeof(uint32_t));
	p->end = cp_arena_alloc(a, n * sizeof(uint32_t));
	p->furniture = cp_arena_alloc0(a, n);
	p->score = cp_arena_alloc0(a, n * sizeof(float));
	p->scored = cp_arena_alloc0(a, n);
	p->blocks = cp_arena_alloc(a, (nr ? nr : 1) * sizeof(block));
	p->nblocks = 0;

	/* parents come before their children: forward passes go down the tree */
	for (size_t i = 0; i < n; i++)
	{
		p->blk[i] = (p->node[i].tag & HT_BLOCK) || i == 0 ? (uint32_t) i : p->blk[p->node[i].parent];
		p->end[i] = (uint32_t) i;
	}
	for (size_t r = 0; r < nr; r++)
	{
		const cp_html_run *run = &p->run[r];
		uint32_t	c = nonspace(h->text.data + run->off, run->len);
		block	   *b;

		if (r == 0 || run->brk == HB_PARA)
		{
			if (r % 4096 == 0)
				cp_check_interrupts();
			b = &p->blocks[p->nblocks++];
			memset(b, 0, sizeof(*b));
			b->r0 = (uint32_t) r;
			b->owner = p->blk[run->node];
		}
		b = &p->blocks[p->nblocks - 1];
		b->r1 = (uint32_t) r + 1;
		b->chars += c;
		if (run->link)
			b->links += c;
		if (p->node[run->node].tag & HT_TIME)
			b->dates += c;
		b->commas += count_commas(h->text.data + run->off, run->len);
		p->chars[run->node] += c;
		if (run->link)
			p->links[run->node] += c;
	}
	for (size_t k = 0; k < p->nblocks; k++)
		if (votes(&p->blocks[k]))
			p->prose[p->blocks[k].owner] += p->blocks[k].chars;
	/* and backward passes up it */
	for (size_t i = n; i-- > 1;)
	{
		uint32_t	up = p->node[i].parent;

		p->chars[up] += p->chars[i];
		p->links[up] += p->links[i];
		p->prose[up] += p->prose[i];
		if (p->end[i] > p->end[up])
			p->end[up] = p->end[i];
	}
	/*
	 * A furniture element that holds half the page's prose is a misnamed
	 * layout wrapper ("content-with-sidebar", a form around the page).
	 */
	for (size_t i = 0; i < n; i++)
		p->furniture[i] = (own_furniture(&p->node[i]) && p->prose[i] * 2 < p->prose[0]) ||
			(i && p->furniture[p->node[i].parent]);
	teaser_articles(p);
}

static float
class_weight(const cp_html_node *n)
{
	float		w = 0;

	if (n->attr & HN_POS)
		w += 25;
	if (n->attr & HN_NEG)
		w -= 25;
	if (n->attr & HN_BODY)
		w += 25;
	return w;
}

static void
add_score(page *p, uint32_t i, float s)
{
	if (!p->scored[i])
	{
		p->scored[i] = 1;
		p->score[i] = class_weight(&p->node[i]);
	}
	p->score[i] += s;
}

static float
link_density(const page *p, uint32_t i)
{
	return p->chars[i] ? (float) p->links[i] / (float) p->chars[i] : 0;
}

/* The best container, or 0 (the document) when no paragraph votes. */
static uint32_t
best_container(page *p)
{
	uint32_t	top = 0;
	float		best = 0;

	for (size_t k = 0; k < p->nblocks; k++)
	{
		const block *b = &p->blocks[k];
		uint32_t	c = b->owner;
		float		s;

		if (!votes(b) || p->furniture[c])
			continue;
		s = 1 + (float) b->commas + (b->chars >= 300 ? 3 : (float) (b->chars / 100));
		if (p->node[c].tag & HT_PARA && c)
			c = p->node[c].parent;
		add_score(p, c, s);
		if (c)
		{
			c = p->node[c].parent;
			add_score(p, c, s / 2);
			if (c)
				add_score(p, p->node[c].parent, s / 6);
		}
	}
	for (size_t i = 1; i < p->n; i++)
	{
		float		f;

		if (!p->scored[i] || p->furniture[i])
			continue;
		f = p->score[i] * (1 - link_density(p, (uint32_t) i));
		p->score[i] = f;
		if (f > best)
			best = f, top = (uint32_t) i;
	}
	return top;
}

/* Node i's text is one block: a paragraph in a wrapper of its own. */
static bool
one_block(const page *p, uint32_t i)
{
	size_t		lo = 0,
				hi = p->nblocks;
	uint32_t	r0 = p->node[i].run0;

	/* the first block that starts at or after the node's first run */
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (p->blocks[mid].r0 < r0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < p->nblocks && p->blocks[lo].r0 == r0 && p->blocks[lo].chars == p->chars[i];
}

/*
 * The elements that make the article, in document order: the best
 * container and those siblings that score well or read as paragraphs.
 */
static size_t
article_roots(page *p, uint32_t top, uint32_t *roots)
{
	uint32_t	up;
	size_t		n = 0;
	float		min;

	if (top == 0)
	{
		roots[0] = 0;
		return 1;
	}
	min = p->score[top] * 0.2f;
	if (min < 10)
		min = 10;
	/*
	 * A container alone in its wrappers (all their text is its own): its
	 * siblings are the wrappers' siblings.
	 */
	while (p->node[top].parent && !p->furniture[p->node[top].parent] &&
		   p->chars[p->node[top].parent] == p->chars[top])
		top = p->node[top].parent;
	up = p->node[top].parent;
	for (uint32_t j = up + 1; j <= p->end[up]; j = p->end[j] + 1)
	{
		bool		keep = j == top;

		if (!keep && !p->furniture[j])
		{
			float		ld = link_density(p, j);

			keep = (p->scored[j] && p->score[j] >= min) ||
				((p->node[j].tag & HT_PARA || (j < top && one_block(p, j))) &&
				 p->chars[j] >= 80 && ld < 0.25f);
		}
		if (keep)
			roots[n++] = j;
	}
	return n;
}

/* ---------------------------------------------------------------- output */

/*
 * Append s[0..len) to b with runs of white space as one space (none at the
 * start of b's paragraph), controls dropped and invalid UTF-8 replaced;
 * *space carries a pending space across calls.  With refs, the character
 * references HTML leaves in metadata strings are decoded too.
 */
static void
put_clean(cp_arena *a, cp_buf *b, const char *s, size_t len, bool *space, bool at_start, bool refs)
{
	size_t		i = 0;

	cp_buf_reserve(a, b, len + 1);
	while (i < len)
	{
		uint32_t	cp;
		int			k = cp_utf8_decode(s + i, len - i, &cp);
		char		enc[4];

		if (refs && cp == '&')
		{
			size_t		j = i + 1;
			uint32_t	v = 0;

			if (j < len && s[j] == '#')
			{
				bool		hex = j + 1 < len && (s[j + 1] | 0x20) == 'x';

				for (j += hex ? 2 : 1; j < len && j - i < 10; j++)
				{
					int			d = cp_ascii_digit((unsigned char) s[j]) ? s[j] - '0' :
						hex && (s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'f' ? (s[j] | 0x20) - 'a' + 10 : -1;

					if (d < 0)
						break;
					v = v * (hex ? 16 : 10) + (uint32_t) d;
				}
			}
			else if (len - j >= 4 && memcmp(s + j, "amp;", 4) == 0)
				v = '&', j += 3;
			else if (len - j >= 5 && memcmp(s + j, "quot;", 5) == 0)
				v = '"', j += 4;
			else if (len - j >= 5 && memcmp(s + j, "apos;", 5) == 0)
				v = '\'', j += 4;
			else if (len - j >= 3 && memcmp(s + j, "lt;", 3) == 0)
				v = '<', j += 2;
			else if (len - j >= 3 && memcmp(s + j, "gt;", 3) == 0)
				v = '>', j += 2;
			else if (len - j >= 5 && memcmp(s + j, "nbsp;", 5) == 0)
				v = ' ', j += 4;
			if (v && v < 0x110000 && !(v >= 0xD800 && v < 0xE000) && j < len && s[j] == ';')
			{
				cp = v;
				k = (int) (j + 1 - i);
			}
		}
		i += (size_t) k;
		if (cp == 0xA0 || cp == 0x200B || cp == 0xFEFF || cp_uc_is(cp, CP_UC_SPACE) ||
			cp_uc_is(cp, CP_UC_NEWLINE))
		{
			*space = true;
			continue;
		}
		if (cp < 0x20 || cp == 0x7F)
			continue;
		if (*space && !at_start)
			cp_buf_putc(a, b, ' ');
		*space = false;
		at_start = false;
		k = cp_utf8_encode(cp, enc);
		cp_buf_append(a, b, enc, (size_t) k);
	}
}

void
cp_html_clean(cp_arena *arena, cp_buf *b, const char *s, size_t len)
{
	bool		space = false;

	put_clean(arena, b, s, len, &space, true, true);
}

/*
 * Links side by side with nothing but space between them, from run r0 up
 * to the end returned: three or more with 60 or more characters are a list
 * of links set inside a paragraph (a hover card, a tag list), not words of
 * it.  No part of a stretch that is not such a list can be one.
 */
static uint32_t
link_chain(const page *p, uint32_t r0, uint32_t r1, bool *list)
{
	uint32_t	r,
				links = 0,
				chars = 0,
				last = UINT32_MAX;

	for (r = r0; r < r1; r++)
	{
		const cp_html_run *run = &p->run[r];
		uint32_t	c = nonspace(p->h->text.data + run->off, run->len);

		if (!run->link && c)
			break;
		if (run->link && run->node != last)
			links++, last = run->node;
		chars += c;
	}
	*list = links >= 3 && chars >= 60;
	return r;
}

/* A block's text, without runs in excluded elements, onto out. */
static void
put_block(page *p, const block *bl, const uint8_t *excluded, cp_buf *out)
{
	cp_arena   *a = p->h->arena;
	size_t		start = out->len;
	bool		space = false;

	for (uint32_t r = bl->r0, chain_end = bl->r0; r < bl->r1; r++)
	{
		const cp_html_run *run = &p->run[r];
		bool		list;

		if (r >= chain_end && run->link)
		{
			chain_end = link_chain(p, r, bl->r1, &list);
			if (list)
			{
				r = chain_end - 1;
				space = true;
				continue;
			}
		}
		if (excluded[run->node])
			continue;
		if (run->brk == HB_LINE && out->len > start)
		{
			cp_buf_putc(a, out, '\n');
			space = false;
		}
		put_clean(a, out, p->h->text.data + run->off, run->len, &space,
				  out->len == start || out->data[out->len - 1] == '\n', false);
	}
}

/*
 * A link in the run of a sentence ("deep <a class=textTag>space travel</a>,
 * but"): its words are the sentence's, whatever its class says.
 */
static bool
in_sentence_link(const cp_html_node *n)
{
	return n->tag == HT_LINK && !(n->attr & HN_HIDDEN);
}

/*
 * Links whose text is their address ("www.example.com", "http://..."): a
 * source or a signature printed in the text, not navigation, which names
 * where it goes.
 */
static bool
addresses(const page *p, const block *b)
{
	bool		any = false;

	for (uint32_t r = b->r0; r < b->r1; r++)
	{
		const char *s = p->h->text.data + p->run[r].off;
		size_t		len = p->run[r].len;

		if (!p->run[r].link)
			continue;
		while (len && cp_html_is_space((unsigned char) *s))
			s++, len--;
		if (len == 0)
			continue;
		if (!(cp_html_starts(s, len, "http://") || cp_html_starts(s, len, "https://") ||
			  cp_html_starts(s, len, "www.")))
			return false;
		any = true;
	}
	return any;
}

/*
 * A caption without <figcaption>: the only text of a small element (or of
 * its parent) that begins with a picture ("<td><img><div>The rocket at
 * dawn. (credit: NASA)</div></td>"), or of one whose first child holds
 * only the picture.  A paragraph that begins with one is text, and so is
 * one whose parent's first child is a picture's wrapper (an item of a list
 * with its photo).
 */
static bool
caption(const page *p, const block *b, uint64_t region)
{
	uint32_t	x = b->owner;

	for (int up = 0; up < 2 && x; up++, x = p->node[x].parent)
		if (p->node[x].attr & (up ? HN_IMAGE : HN_IMAGE | HN_IMAGE_WRAP))
			return !(p->node[x].tag & HT_PARA) && p->chars[x] == b->chars && b->chars <= 250 &&
				(uint64_t) b->chars * 2 < region;
	return false;
}

/*
 * A block that reads as a sentence: 50 characters or more ending with a
 * full stop, question or exclamation mark (and any closing quotes).  A
 * related-links list is headlines, which end without one.
 */
static bool
sentence(const page *p, const block *b)
{
	for (uint32_t r = b->r1; b->chars >= 50 && r-- > b->r0;)
	{
		const char *s = p->h->text.data + p->run[r].off;
		size_t		len = p->run[r].len;

		while (len && cp_html_is_space((unsigned char) s[len - 1]))
			len--;
		if (len)
			return cp_html_ends_sentence(s, len);
	}
	return false;
}

/* A heading (h2 to h6), or a short line ending with a colon: it introduces what follows. */
static bool
lead_in(const page *p, const block *b, const char *s, size_t len)
{
	return p->node[b->owner].tag & HT_HEADING || (len <= 80 && len && s[len - 1] == ':');
}

static void
main_text(page *p, cp_buf *out)
{
	cp_arena   *a = p->h->arena;
	uint32_t   *roots = cp_arena_alloc(a, p->n * sizeof(uint32_t));
	uint8_t    *excluded = cp_arena_alloc0(a, p->n);
	uint8_t    *is_root = cp_arena_alloc0(a, p->n);
	uint32_t	top = best_container(p);
	size_t		nroots = article_roots(p, top, roots);
	uint64_t	region = 0;
	size_t		k = 0,
				lines = 0,
				tail = 0,		/* where trailing headings start */
				prev = 0,		/* the last block kept: out->data[prev, prev + prev_len) */
				prev_len = 0;
	bool		month_first = cp_html_month_first(p->h);

	for (size_t i = 0; i < nroots; i++)
	{
		is_root[roots[i]] = 1;
		region += p->prose[roots[i]];
	}
	p->start_run = p->node[roots[0]].run0;
	p->end_run = p->node[roots[nroots - 1]].run1;
	/*
	 * Furniture inside the article, except an element holding most of its
	 * text (a misnamed wrapper); excluded nodes outside it do not matter.
	 */
	for (size_t i = 0; i < p->n; i++)
	{
		const cp_html_node *nd = &p->node[i];

		if (is_root[i])
			excluded[i] = 0;
		else
			excluded[i] = (i && excluded[nd->parent]) ||
				nd->tag & HT_HEADLINE ||
				(own_furniture(nd) && (uint64_t) p->prose[i] * 2 < region &&
				 !in_sentence_link(nd));
	}
	for (size_t i = 0; i < nroots; i++)
	{
		const cp_html_node *root = &p->node[roots[i]];

		for (; k < p->nblocks && p->blocks[k].r0 < root->run0; k++)
			;
		for (; k < p->nblocks && p->blocks[k].r0 < root->run1; k++)
		{
			const block *b = &p->blocks[k];
			size_t		before = out->len;

			/*
			 * link lists (but not a sentence in a link), and date lines such
			 * as "Updated 2 May"
			 */
			if (excluded[b->owner] || (b->links * 2 > b->chars && !sentence(p, b) && !addresses(p, b)) ||
				b->dates * 2 > b->chars || caption(p, b, region))
				continue;
			if (out->len)
				cp_buf_append(a, out, "\n\n", 2);
			before = out->len;
			put_block(p, b, excluded, out);
			/* a paragraph of 40 bytes or more printed twice in a row is a copy (a slide's caption) */
			if (out->len == before || cp_html_furniture_line(out->data + before, out->len - before) ||
				(lines < 3 && cp_html_head_line(out->data + before, out->len - before, month_first)) ||
				(out->len - before == prev_len && prev_len >= 40 &&
				 memcmp(out->data + prev, out->data + before, prev_len) == 0))
				out->len = before >= 2 ? before - 2 : 0;
			else
			{
				prev = before;
				prev_len = out->len - before;
				if (!lead_in(p, b, out->data + before, prev_len))
					tail = out->len;
			}
			lines++;
		}
		if (k % 4096 == 0)
			cp_check_interrupts();
	}
	/* a notice about the comments below closes the article: "comments are moderated" */
	if (prev_len && prev + prev_len == tail && cp_html_comment_notice(out->data + prev, prev_len))
		tail = prev >= 2 ? prev - 2 : 0;
	/* headings and lead-ins at the end head what was left out (a link list) */
	out->len = tail;
}

/* ---------------------------------------------------------------- metadata */

/*
 * The first NODE_TEXT_MAX bytes of node i's text, cleaned, into a fresh
 * buffer; sep goes between its paragraphs and lines.  Headlines, bylines and
 * dates are short: the cap keeps nested candidates from reading a long text
 * once per level.
 */
#define NODE_TEXT_MAX 512

static cp_buf
node_text(page *p, uint32_t i, const char *sep)
{
	cp_buf		b;
	bool		space = false;
	const cp_html_node *n = &p->node[i];
	size_t		budget = NODE_TEXT_MAX;

	cp_buf_init(&b);
	for (uint32_t r = n->run0; r < n->run1 && budget > 0; r++)
	{
		size_t		len = p->run[r].len < budget ? p->run[r].len : budget;

		if (p->run[r].brk != HB_NONE && b.len)
		{
			cp_buf_append(p->h->arena, &b, sep, strlen(sep));
			space = false;
		}
		put_clean(p->h->arena, &b, p->h->text.data + p->run[r].off, len,
				  &space, b.len == 0 || b.data[b.len - 1] == ' ', false);
		budget -= len;
	}
	return b;
}

/*
 * How far node i starts from the article, in runs; metadata printed in the
 * page (headline, byline, date) is taken from the element nearest to it,
 * and never from one after it.
 */
static uint32_t
distance(const page *p, uint32_t i)
{
	uint32_t	r = p->node[i].run0;

	if (r > p->end_run)
		return UINT32_MAX;
	return r > p->start_run ? r - p->start_run : p->start_run - r;
}

/* The letters and digits of s, case folded: for comparing headlines. */
static size_t
fold(const char *s, size_t len, char *out, size_t cap)
{
	size_t		n = 0;

	for (size_t i = 0; i < len;)
	{
		uint32_t	cp;
		char		enc[4];
		int			k;

		i += (size_t) cp_utf8_decode(s + i, len - i, &cp);
		if (!cp_uc_is(cp, CP_UC_ALPHA | CP_UC_DIGIT))
			continue;
		k = cp_utf8_encode(cp_uc_fold(cp), enc);
		if (n + (size_t) k > cap)
			break;
		memcpy(out + n, enc, (size_t) k);
		n += (size_t) k;
	}
	return n;
}

/* a's letters (at least 12 of them) begin b's, or b's begin a's. */
static bool
same_headline(const char *a, size_t alen, const char *b, size_t blen)
{
	char		fa[256],
				fb[256];
	size_t		na = fold(a, alen, fa, sizeof(fa)),
				nb = fold(b, blen, fb, sizeof(fb));
	size_t		m = na < nb ? na : nb;

	return m >= 12 && memcmp(fa, fb, m) == 0;
}

/* A title without a trailing " | Site" when the site is named. */
static void
strip_site(const char *site, size_t site_len, const char **s, size_t *len)
{
	static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "};

	for (size_t k = 0; k < sizeof(seps) / sizeof(seps[0]); k++)
	{
		size_t		sl = strlen(seps[k]);

		for (size_t i = *len; i-- > 0;)
			if (i + sl <= *len && memcmp(*s + i, seps[k], sl) == 0)
			{
				const char *tail = *s + i + sl;
				size_t		tl = *len - i - sl;

				if (site ? (tl == site_len && cp_ascii_ieq(tail, site, tl)) : tl <= 30)
				{
					*len = i;
					return;
				}
				break;
			}
	}
}

/* A title without a trailing " - Name" when the URL's host spells Name. */
static void
strip_host(const char *url, size_t url_len, const char **s, size_t *len)
{
	const char *host = url ? memchr(url, '/', url_len) : NULL;
	char		fh[128],
				ft[128];
	size_t		nh,
				nt,
				i;

	if (!host || (size_t) (host - url) + 2 > url_len || host[1] != '/')
		return;
	host += 2;
	for (i = 0; host + i < url + url_len && host[i] != '/'; i++)
		;
	nh = fold(host, i, fh, sizeof(fh));
	for (i = *len; i-- > 1;)
		if ((*s)[i] == ' ' && ((*s)[i - 1] == '-' || (*s)[i - 1] == '|'))
			break;
	if (i < 3 || (*s)[i - 2] != ' ')
		return;
	nt = fold(*s + i + 1, *len - i - 1, ft, sizeof(ft));
	for (size_t k = 0; nt >= 3 && k + nt <= nh; k++)
		if (memcmp(fh + k, ft, nt) == 0)
		{
			*len = i - 2;
			return;
		}
}

/*
 * The headline: the <h1> a metadata title begins (or that begins one), else
 * the <h1> nearest the article unless it is all link (a site logo), else
 * the metadata title, else <title> without the site's name.
 */
static void
choose_title(page *p, cp_html_article *out)
{
	cp_html    *h = p->h;
	cp_html_field *meta = &h->field[HF_TITLE];
	cp_html_field *doc = &h->field[HF_DOC_TITLE];
	cp_html_field *site = &h->field[HF_SITE];
	cp_buf		near;
	uint32_t	best = UINT32_MAX;
	const char *t = NULL;
	size_t		tl = 0;

	cp_buf_init(&near);
	for (uint32_t i = 1; i < p->n; i++)
	{
		cp_buf		b;

		if (!(p->node[i].tag & HT_HEADLINE))
			continue;
		b = node_text(p, i, " ");
		if (b.len == 0)
			continue;
		if ((meta->len && same_headline(b.data, b.len, meta->s, meta->len)) ||
			(doc->len && same_headline(b.data, b.len, doc->s, doc->len)))
		{
			out->title = b.data;
			out->title_len = b.len;
			return;
		}
		if (p->links[i] * 2 <= p->chars[i] && distance(p, i) < best)
		{
			best = distance(p, i);
			near = b;
		}
	}
	if (near.len)
		t = near.data, tl = near.len;
	else if (meta->len)
		t = meta->s, tl = meta->len;
	else if (doc->len)
		t = doc->s, tl = doc->len;
	if (!t)
		return;
	/* only <title> is sure to carry the site's name when it is not declared */
	if (t != near.data && (site->len || t == doc->s))
		strip_site(site->len ? site->s : NULL, site->len, &t, &tl);
	else if (t != near.data)
		strip_host(h->field[HF_URL].s, h->field[HF_URL].len, &t, &tl);
	out->title = t;
	out->title_len = tl;
}

/*
 * The byline: one printed "By ..." nearest the article, else JSON-LD's
 * author, the author <meta> tags, then the text of author and byline
 * elements.
 */
static void
choose_byline(page *p, cp_html_article *out)
{
	cp_html_field *f = &p->h->field[HF_BYLINE];
	uint32_t	best = UINT32_MAX;
	const char *by = NULL;
	size_t		by_len = 0;

	/* backwards: an author element inside a byline block speaks first */
	for (uint32_t i = (uint32_t) p->n; i-- > 1;)
	{
		const cp_html_node *n = &p->node[i];
		cp_buf		b;
		const char *s;
		size_t		len,
					n_lead;
		bool		lead;

		if (!(n->attr & (HN_AUTHOR | HN_BYLINE | HN_DATE)))
			continue;
		b = node_text(p, i, ", ");
		s = b.data;
		len = b.len;
		lead = cp_html_byline_lead(s, len, &n_lead);
		cp_html_clean_byline(&s, &len);
		cp_html_halve_repeat(s, &len);
		/* a date line ("By ... on Monday, ...") counts when it names someone */
		if (len < 3 || len > 100 || (!(n->attr & (HN_AUTHOR | HN_BYLINE)) && !lead))
			continue;
		if (lead && distance(p, i) <= best)
		{
			best = distance(p, i);
			by = s;
			by_len = len;
		}
		cp_html_offer(p->h, HF_BYLINE, s, len, n->attr & HN_AUTHOR ? 6 : 7);
	}
	if (by)
		cp_html_offer(p->h, HF_BYLINE, by, by_len, 1);
	if (f->len)
	{
		const char *s = f->s;
		size_t		len = f->len;

		cp_html_clean_byline(&s, &len);
		out->byline = s;
		out->byline_len = len;
	}
}

/*
 * Without a machine-readable time: the date printed in a date, time or
 * byline element nearest the article, else the one a short line near it
 * begins with ("Published 30. Juli 2018 by ...", "[ 2018-08-25 15:24 ]").
 */
static void
choose_published(page *p, cp_html_article *out)
{
	uint32_t	best = UINT32_MAX;
	bool		month_first = cp_html_month_first(p->h);

	out->has_published = p->h->field[HF_PUBLISHED].rank != 0;
	out->published = p->h->published;
	if (out->has_published)
		return;
	for (uint32_t i = 1; i < p->n; i++)
	{
		cp_buf		b;
		int64_t		secs;

		if (!(p->node[i].attr & (HN_DATE | HN_BYLINE) || p->node[i].tag & HT_TIME) ||
			distance(p, i) >= best)
			continue;
		b = node_text(p, i, " ");
		if (cp_html_parse_printed_time(b.data, b.len, month_first, &secs))
		{
			best = distance(p, i);
			out->has_published = true;
			out->published = secs;
		}
	}
	for (size_t k = 0, inside = 0; k < p->nblocks && !out->has_published; k++)
	{
		const block *bl = &p->blocks[k];
		uint32_t	d = bl->r0 > p->start_run ? bl->r0 - p->start_run : p->start_run - bl->r0;
		cp_buf		head;
		bool		space = false;
		int64_t		secs;

		/* before the article or among its first three lines */
		if (bl->r0 >= p->start_run && ++inside > 3)
			break;
		/* a line of at most 200 characters, read in its first 64 bytes */
		if (d >= best || bl->chars > 200 || bl->links * 2 > bl->chars)
			continue;
		cp_buf_init(&head);
		for (uint32_t r = bl->r0; r < bl->r1 && head.len < 64; r++)
			put_clean(p->h->arena, &head, p->h->text.data + p->run[r].off,
					  p->run[r].len < 64 ? p->run[r].len : 64, &space, head.len == 0, false);
		if (cp_html_parse_printed_time(head.data, head.len < 64 ? head.len : 64, month_first, &secs))
		{
			best = d;
			out->published = secs;
		}
	}
	out->has_published |= best != UINT32_MAX;
}

/*
 * The headline printed again as one of the first paragraphs (in an <h2>,
 * or a <div> styled as one) is taken out of the text.
 */
static void
drop_headline(cp_buf *text, const cp_html_article *a)
{
	size_t		start = 0;

	if (!a->title)
		return;
	for (int k = 0; k < 3 && start < text->len; k++)
	{
		const char *end = memchr(text->data + start, '\n', text->len - start);
		size_t		stop = end ? (size_t) (end - text->data) : text->len;
		char		fa[256],
					fb[256];
		size_t		na = fold(text->data + start, stop - start, fa, sizeof(fa)),
					nb = fold(a->title, a->title_len, fb, sizeof(fb));

		if (na == nb && na > 0 && na < sizeof(fa) && memcmp(fa, fb, na) == 0)
		{
			size_t		next = stop + 2 <= text->len ? stop + 2 : text->len;

			if (stop == text->len && start >= 2)
				start -= 2;		/* the last paragraph: its separator goes */
			memmove(text->data + start, text->data + next, text->len - next);
			text->len -= next - start;
			text->data[text->len] = '\0';
			return;
		}
		start = stop;
		while (start < text->len && text->data[start] == '\n')
			start++;
	}
}

/* A metadata value cleaned into the arena. */
static void
set_clean(cp_arena *a, const char **s, size_t *len)
{
	cp_buf		b;

	if (!*s)
		return;
	cp_buf_init(&b);
	cp_html_clean(a, &b, *s, *len);
	*s = b.len ? cp_buf_cstr(a, &b) : NULL;
	*len = b.len;
}

void
cp_html_extract(cp_html *h, cp_html_article *out)
{
	page		p;
	cp_buf		text;
	cp_html_field *lang = &h->field[HF_LANG];

	if (h->title.len)
		cp_html_offer(h, HF_DOC_TITLE, h->title.data, h->title.len, 1);
	/* the document node is never closed */
	CP_VEC_AT(&h->nodes, cp_html_node, 0).run1 = (uint32_t) h->runs.count;
	page_build(&p, h);
	cp_buf_init(&text);
	main_text(&p, &text);
	(void) cp_buf_cstr(h->arena, &text);	/* NUL-terminated, never NULL */
	choose_title(&p, out);
	drop_headline(&text, out);
	out->text = text.data;
	out->text_len = text.len;
	choose_byline(&p, out);
	choose_published(&p, out);
	out->url = h->field[HF_URL].s;
	out->url_len = h->field[HF_URL].len;
	if (lang->len)
	{
		char	   *l = cp_arena_strndup(h->arena, lang->s, lang->len);

		for (size_t i = 0; i < lang->len; i++)
			if (l[i] == '_')
				l[i] = '-';
		out->lang = l;
		out->lang_len = lang->len;
	}
	set_clean(h->arena, &out->title, &out->title_len);
	set_clean(h->arena, &out->byline, &out->byline_len);
	set_clean(h->arena, &out->url, &out->url_len);
	set_clean(h->arena, &out->lang, &out->lang_len);
}
