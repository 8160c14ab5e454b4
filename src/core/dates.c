/*
 * dates.c: date expressions, found by a hand-written parser over "atoms".
 *
 * Each sentence is cut into atoms (dates_lex.c); the parser (dates_grammar.c,
 * dates_ranges.c, dates_absolute.c, dates_resolve.c) runs only at digits and
 * at the few words a date can start with, which keeps the scan cheap on
 * ordinary prose.
 *
 * Conventions (documented in doc/dates.md): a day is [d, d+1); a range
 * "X to Y" is [start of X, start of Y), as Recognizers-Text writes them;
 * "since X" runs to the reference day inclusive when X is in the past;
 * weekdays mean the most recent such day on or before the reference unless
 * the sentence speaks of the future before them ("will meet on Monday").
 */
#include "dates_internal.h"

#include "article.h"
#include "sentences.h"

#include <string.h>

/* Could a date start at atom i?  A cheap test before any parsing. */
static bool
trigger(const atom *a)
{
	return a->kind == A_NUM || (a->kind == A_WORD && (a->kw != K_NONE || a->month > 0 || a->wday >= 0));
}

/*
 * A month or a day without a year that stands alone gets the year the
 * tense of its clause gives, as corpus.timexes' DATE row for it does: "In
 * January, a bomb killed a guard", told in December, is last January.
 */
static void
by_tense(const ctx *c, int i, int e, dval *v)
{
	dval		p;

	if (cp_dt_point(c, i, &p) == e)
		cp_dt_year_by_tense(c, i, e, v);
}

/*
 * Scan the sentence text[from..to).  The lexer reads up to LOOKAHEAD bytes
 * further on the same line, because the sentence splitter may cut "July 21.
 * 2014"; mentions must start inside the sentence and after *covered (the end
 * of the last mention, which may reach into this sentence).
 */
#define LOOKAHEAD CP_DT_LOOKAHEAD

void
cp_dt_sentence(cp_arena *arena, atoms *buf, const char *text, size_t len, size_t from, size_t to,
			   int sentence, bool has_ref, int32_t ref, ctx *c)
{
	size_t		ext = to;

	while (ext < len && ext < to + LOOKAHEAD && text[ext] != '\n')
		ext++;
	cp_dt_lex(arena, buf, text, from, ext);
	c->text = text;
	c->a = buf->a;
	c->n = (int) buf->n;
	c->has_ref = has_ref;
	c->ref = has_ref ? ref : cp_date_to_days(2000, 1, 1);
	c->sent = sentence;
}

/* Write the mention of atoms [s, e) with value v. */
static void
push(cp_arena *arena, const ctx *c, int s, int e, const dval *v, size_t *covered, cp_vec *out)
{
	cp_date_mention *m = cp_vec_push(arena, out);
	const atom *last = &c->a[e - 1];

	m->start = c->a[s].start;
	m->len = last->start + last->len - m->start;
	m->sentence = c->sent;
	m->gran = v->gran;
	m->resolved = c->has_ref || !v->rel;
	m->lo_inf = v->lo_inf;
	m->hi_inf = v->hi_inf;
	m->lo = v->lo;
	m->hi = v->hi;
	*covered = m->start + m->len;
}

/*
 * anchor, when given, is the last date of the text before (dates_story.c);
 * it is updated.
 */
static void
scan(cp_arena *arena, atoms *buf, const char *text, size_t len, size_t from, size_t to,
	 int sentence, bool has_ref, int32_t ref, size_t *covered, cp_date_anchor *anchor, cp_vec *out)
{
	ctx			c;
	int			i;

	cp_dt_sentence(arena, buf, text, len, from, to, sentence, has_ref, ref, &c);
	for (i = 0; i < c.n;)
	{
		dval		v;
		cp_dt_list	l;
		int			e;
		bool		moves = true;

		if (c.a[i].start >= to)
			break;
		if (c.a[i].start < *covered ||
			(!trigger(&c.a[i]) && !(anchor && anchor->set && cp_dt_word_is(&c, i, "that"))))
		{
			i++;
			continue;
		}
		/* "March 2 and 3": a mention for each day */
		if ((e = cp_dt_day_list(&c, i, &l)) > i)
		{
			for (int k = 0; k < l.n; k++)
				push(arena, &c, l.s[k], l.e[k], &l.v[k], covered, out);
			if (anchor)
				cp_dt_anchor_note(anchor, &c, &l.v[l.n - 1]);
			i = e;
			continue;
		}
		if (!((anchor && (e = cp_dt_story_date(&c, i, anchor, &v, &moves)) > i) ||
			  (e = cp_dt_expr(&c, i, &v)) > i))
		{
			i++;
			continue;
		}
		if (v.month && !v.year)
			by_tense(&c, i, e, &v);
		push(arena, &c, i, e, &v, covered, out);
		if (anchor && moves)
			cp_dt_anchor_note(anchor, &c, &v);
		i = e;
	}
}

const char *
cp_date_gran_name(cp_date_gran gran)
{
	static const char *const names[] = {"day", "week", "month", "season", "year"};

	return (unsigned) gran < 5 ? names[gran] : "day";
}

void
cp_date_reader_init(cp_date_reader *r, cp_doc *doc, cp_reference_mode mode, int32_t reference_days)
{
	memset(r, 0, sizeof(*r));
	cp_dt_keywords_init();
	r->has_reference = cp_doc_reference(doc, mode, reference_days, &r->reference_days);
	cp_vec_init(&r->pending, sizeof(cp_sentence));
	cp_vec_init(&r->skipped, sizeof(cp_date_mention));
}

/* Scan the pending sentences, the last one's mentions into out. */
static void
scan_pending(cp_date_reader *r, cp_arena *arena, const cp_doc *doc, cp_vec *out)
{
	for (size_t i = 0; i < r->pending.count; i++)
	{
		const cp_sentence *s = &CP_VEC_AT(&r->pending, cp_sentence, i);

		if ((s->n & 255) == 0)
			cp_check_interrupts();
		r->skipped.count = 0;
		scan(arena, &r->buf, doc->text, doc->len, s->start, s->end, s->n, r->has_reference,
			 r->reference_days, &r->covered, &r->anchor, i + 1 == r->pending.count ? out : &r->skipped);
	}
	r->pending.count = 0;
}

void
cp_date_reader_add(cp_date_reader *r, cp_arena *arena, const cp_doc *doc, const cp_sentence *s)
{
	cp_sentence *p;

	if (r->pending.count)
	{
		uint32_t	end = CP_VEC_AT(&r->pending, cp_sentence, r->pending.count - 1).end;

		/*
		 * No mention reaches past LOOKAHEAD bytes after its sentence or past
		 * a line break: then the pending sentences can be scanned without
		 * this one, for the dates that "the following year" counts from.  A
		 * long run of close sentences is scanned as it comes, to keep few.
		 */
		if (s->start >= end + LOOKAHEAD || memchr(doc->text + end, '\n', s->start - end) ||
			r->pending.count == 64)
			scan_pending(r, arena, doc, &r->skipped);
	}
	p = cp_vec_push(arena, &r->pending);
	*p = *s;
	p->tokens = NULL;
}

void
cp_date_reader_dates(cp_date_reader *r, cp_arena *arena, const cp_doc *doc, cp_vec *out)
{
	scan_pending(r, arena, doc, out);
}

cp_status
cp_extract_dates(cp_doc *doc, cp_reference_mode mode, int32_t reference_days, cp_vec *out)
{
	cp_date_reader r;
	cp_doc_walk w;
	cp_sentence s;

	cp_date_reader_init(&r, doc, mode, reference_days);
	cp_doc_walk_init(&w, doc);
	while (cp_doc_walk_next(&w, &s))
	{
		cp_date_reader_add(&r, doc->arena, doc, &s);
		cp_date_reader_dates(&r, doc->arena, doc, out);
	}
	return CP_OK;
}
