/*
 * entities_lines.c: what an article's lines say of the names on them, as
 * plain-text news prints them: the dateline that opens a story (its place
 * and its agency), rows of company results and columns of tables, whose
 * words the tagger, trained on running sentences, takes for names.
 */
#include "entities_internal.h"

#include <string.h>
#include <strings.h>

#include "calendar.h"
#include "names.h"
#include "numbers.h"
#include "utf8.h"

/*
 * Does line l open with a dateline before text?  A line all in capitals
 * after its "dateline" is a headline ("RUGBY UNION - ENGLISH COUNTY ...").
 */
static bool
opens_with_dateline(const cp_ner_doc *doc, const cp_line *l)
{
	return l->body_skip && cp_has_ascii_lower(doc->text + l->start + l->body_skip, l->len - l->body_skip);
}

/* Is text[from, to) a space and a date as "1996-08-27" (Reuters' "NEW YORK 1996-08-27" line)? */
static bool
is_iso_date_rest(const char *text, uint32_t from, uint32_t to)
{
	static const char form[] = " dddd-dd-dd";

	if (to - from != sizeof(form) - 1)
		return false;
	for (uint32_t k = 0; k < to - from; k++)
		if (form[k] == 'd' ? !(text[from + k] >= '0' && text[from + k] <= '9') : text[from + k] != form[k])
			return false;
	return true;
}

/*
 * A dateline names the place the story was filed from ("GAZA CITY, Gaza
 * Strip (AP) —", a line "NEW YORK 1996-08-27"): the mention that opens it
 * is a place, whatever the tagger made of a line in capitals or the
 * article's other mentions of the name (a baseball club's, "NEW YORK 59
 * 69"); a headline keeps its tags.
 */
/*
 * Does m end a schedule's line "TORONTO AT CHICAGO", "Oakland at New York"
 * (baseball's next games): a visiting club, "at", and m the host's town,
 * nothing else on the line?  CoNLL-2003 marks the visitor as the club and
 * the host as the place, in all 99 such lines of its training text.
 */
static bool
hosts_fixture(const char *text, const cp_line *l, const raw_mention *m)
{
	uint32_t	p = l->start,
				at = m->start - 4;

	if (m->start < l->start + 6 || m->start + m->len != l->start + l->len ||
		!(memcmp(text + at, " AT ", 4) == 0 || memcmp(text + at, " at ", 4) == 0))
		return false;
	/* the visitor: capitalized words, with spaces and periods ("ST. LOUIS") */
	while (p < at)
	{
		if (!(text[p] >= 'A' && text[p] <= 'Z'))
			return false;
		while (p < at && text[p] != ' ')
		{
			if (!((text[p] >= 'A' && text[p] <= 'Z') || (text[p] >= 'a' && text[p] <= 'z') || text[p] == '.'))
				return false;
			p++;
		}
		while (p < at && text[p] == ' ')
			p++;
	}
	return true;
}

void
mark_dateline(const cp_ner_doc *doc, const cp_line *l, raw_mention *m, uint32_t first, uint32_t last)
{
	bool		known = false;

	if (hosts_fixture(doc->text, l, m))
	{
		m->kind = CP_ENT_LOC;
		m->dateline = true;
		return;
	}
	if (m->start != l->start ||
		!((m->start + m->len <= l->start + l->body_skip && opens_with_dateline(doc, l)) ||
		  is_iso_date_rest(doc->text, m->start + m->len, l->start + l->len)))
		return;
	for (uint32_t t = first; t <= last; t++)
		known = known || (doc->toks[t].gaz & CP_GAZ_PLACES);
	/* "RTRS - Tennis - ...": an agency's code before a dash, which no gazetteer places */
	if (m->kind == CP_ENT_ORG && !known && last + 1 < doc->ntoks && doc->toks[last + 1].tok.kind == CP_TOK_DASH)
		return;
	m->kind = CP_ENT_LOC;
	m->dateline = true;
}

static bool
is_char_token(const char *text, const cp_token *t, char c)
{
	return t->len == 1 && text[t->start] == c;
}

/*
 * The capitalized word in brackets that ends a dateline, before its dash,
 * is the agency that filed the story ("GAZA CITY, Gaza Strip (AP) —",
 * "(Xinhua) -"): an organization, whatever the tagger read (a place, in a
 * line of places) or missed.  Tokens from k up to byte bound are the
 * dateline's rest.
 */
static void
tag_dateline_agency(const cp_ner_doc *doc, uint32_t bound, uint8_t *tags, uint32_t k, uint32_t n)
{
	const cp_ner_tok *t = doc->toks;

	for (; k + 3 < n && t[k + 3].tok.start < bound; k++)
		if (is_char_token(doc->text, &t[k].tok, '(') && (t[k + 1].tok.flags & CP_TF_CAPITALIZED) &&
			is_char_token(doc->text, &t[k + 2].tok, ')') && t[k + 3].tok.kind == CP_TOK_DASH)
		{
			tags[k] = tags[k + 2] = CP_NER_TAG_O;
			tags[k + 1] = CP_NER_B(CP_ENT_ORG);
			if (CP_NER_IS_I(tags[k + 3]))
				tags[k + 3] = CP_NER_TAG_O;
			return;
		}
}

/*
 * The capitalized words after the town's comma (token k) that end before
 * another comma, a bracket or the dash are its state or country ("GRAND
 * RAPIDS, MICH., March 17 -", "CAIRO, Egypt —"): a place, whatever the
 * tagger read in a line of capitals.  Not a date ("NEW YORK, Oct 19 -",
 * "CHICAGO, April -").
 */
static void
tag_dateline_region(const cp_ner_doc *doc, uint32_t bound, uint8_t *tags, uint32_t k, uint32_t n)
{
	const cp_ner_tok *t = doc->toks;
	uint32_t	e = k + 1;

	while (e < n && t[e].tok.start < bound &&
		   (((t[e].tok.flags & CP_TF_CAPITALIZED) && !(t[e].tok.flags & CP_TF_HAS_DIGIT)) ||
			(e > k + 1 && is_char_token(doc->text, &t[e].tok, '.'))))
		e++;
	if (e == k + 1 || e >= n || t[e].tok.start >= bound ||
		cp_month_from_name(doc->text + t[k + 1].tok.start, t[k + 1].tok.len) > 0 ||
		!(is_char_token(doc->text, &t[e].tok, ',') || is_char_token(doc->text, &t[e].tok, '(') ||
		  t[e].tok.kind == CP_TOK_DASH))
		return;
	for (uint32_t i = k + 1; i < e; i++)
		tags[i] = i == k + 1 ? CP_NER_B(CP_ENT_LOC) : CP_NER_I(CP_ENT_LOC);
	if (CP_NER_IS_I(tags[e]))
		tags[e] = CP_NER_TAG_O;
}

/*
 * The capitalized words that open a dateline before a comma ("KHAN YOUNIS,
 * Gaza Strip (AP) —", "PORT ARTHUR, Texas, March 2 -", a line "GENOA,
 * Italy 1996-08-29") are one place, however the tagger split or missed
 * them: a story's dateline names the town it was filed from, often one the
 * 1996 training news never had.  Without the comma a line's first words may
 * be a rubric the article took for a dateline ("PRESS DIGEST - Germany"),
 * left to the tagger.  The sentence's tags (n tokens from 0) are set so; a
 * line all in capitals is left alone, as in mark_dateline(), unless its date
 * says what it is ("ELIZABETH, N.J. 1996-08-27").
 */
void
tag_dateline_place(const cp_ner_doc *doc, const cp_line *l, uint8_t *tags, uint32_t n)
{
	const cp_ner_tok *t = doc->toks;
	uint32_t	k = 0,
				bound;

	if (!l || n == 0 || t[0].tok.start != l->start)
		return;
	if (opens_with_dateline(doc, l))
		bound = l->start + l->body_skip;
	else if (l->len > 11 && is_iso_date_rest(doc->text, l->start + l->len - 11, l->start + l->len))
		bound = l->start + l->len - 11;
	else
		return;
	while (k < n && t[k].tok.start < bound &&
		   (t[k].tok.flags & CP_TF_CAPITALIZED) && !(t[k].tok.flags & CP_TF_HAS_DIGIT))
		k++;
	if (k == 0 || k == n || !is_char_token(doc->text, &t[k].tok, ','))
		return;
	for (uint32_t i = 0; i < k; i++)
		tags[i] = i == 0 ? CP_NER_B(CP_ENT_LOC) : CP_NER_I(CP_ENT_LOC);
	/* a name the tagger ran on past the place starts after it */
	if (k < n && CP_NER_IS_I(tags[k]))
		tags[k] = CP_NER_B(CP_NER_KIND(tags[k]));
	tag_dateline_region(doc, bound, tags, k, n);
	tag_dateline_agency(doc, bound, tags, k, n);
}

/*
 * A press digest ("PRESS DIGEST - Lebanon - Aug 22", Reuters' summaries of
 * a country's newspapers) heads each paper's stories with the paper's name
 * on a line of its own in capitals ("AN-NAHAR", "IRISH TIMES", "DIARIO
 * 16"): an organization, whatever the tagger made of the capitals (a place,
 * "IRISH" an other name).  Not the dateline ("BEIRUT 1996-08-22"), a
 * country alone ("IRAQ", as CoNLL-2003 marks it), nor a section's heading
 * ("FRONT PAGE"): dictionary words the tagger left untagged.  The sentence
 * (n tokens from 0) must open line l.
 */
void
tag_digest_papers(const cp_ner_doc *doc, const cp_line *l, uint8_t *tags, uint32_t n)
{
	static const char rubric[] = "PRESS DIGEST";
	const char *text = doc->text;
	uint32_t	end,
				k;
	bool		named = false;

	if (!l || l->len > 40 || n == 0 || l == doc->lines || text[doc->lines[0].start] != 'P' ||
		doc->toks[0].tok.start != l->start || doc->lines[0].len < sizeof(rubric) - 1 ||
		memcmp(text + doc->lines[0].start, rubric, sizeof(rubric) - 1) != 0 ||
		cp_has_ascii_lower(text + l->start, l->len))
		return;
	end = l->start + l->len;
	for (k = 0; k < n && doc->toks[k].tok.start < end; k++)
	{
		const cp_ner_tok *t = &doc->toks[k];

		if (!(t->tok.flags & CP_TF_ALL_UPPER) &&
			!(k > 0 && t->tok.kind == CP_TOK_NUMBER && t->tok.len <= 3) &&
			!(k > 0 && t->tok.kind == CP_TOK_DASH && !(t->tok.flags & CP_TF_SPACE_BEFORE)))
			return;
		named |= tags[k] != CP_NER_TAG_O || !(t->gaz & CP_GAZ_LOWER);
	}
	if (!named || (k == 1 && (doc->toks[0].gaz & CP_GAZ_COUNTRY)))
		return;
	for (uint32_t i = 0; i < k; i++)
		tags[i] = i == 0 ? CP_NER_B(CP_ENT_ORG) : CP_NER_I(CP_ENT_ORG);
	if (k < n && CP_NER_IS_I(tags[k]))
		tags[k] = CP_NER_B(CP_NER_KIND(tags[k]));
}

/* Bytes a dateline takes at most: "PORT ARTHUR, Texas, March 2 -". */
#define DATELINE_MAX_BYTES 64

/*
 * Does token w of a sentence open the body of line l: the line's start, or
 * the first word after its dateline, one the article found or one it did
 * not, a date and a dash near the line's start ("Feb 26 - Shr ...")?
 */
static bool
opens_body(const cp_ner_doc *doc, const cp_line *l, uint32_t w)
{
	const char *text = doc->text;
	uint32_t	body = l->start + l->body_skip,
				end = l->start + l->len;

	while (body < end && (text[body] == ' ' || text[body] == '-' || text[body] == '\t'))
		body++;
	return doc->toks[w].tok.start == body ||
		(w >= 2 && doc->toks[w - 1].tok.kind == CP_TOK_DASH &&
		 (doc->toks[w - 2].tok.flags & CP_TF_HAS_DIGIT) &&
		 doc->toks[w - 2].tok.start >= l->start &&
		 doc->toks[w - 1].tok.start - l->start < DATELINE_MAX_BYTES);
}

/*
 * A one-word person opening the body after a dateline, inside the sentence
 * the tagger read (w > 0), and a word the article also writes in lower case,
 * is a sentence's first word: "MINNEAPOLIS, April 7 - An estimated ...".
 */
bool
common_word_after_dateline(const cp_ner_doc *doc, const cp_line *l, uint32_t w,
						   cp_entity_kind kind)
{
	return kind == CP_ENT_PER && w > 0 && (doc->toks[w].doc & CP_NER_DF_LOWER) &&
		opens_body(doc, l, w);
}

/*
 * Is the one-word mention at token w of a sentence the label of a row of
 * figures compared with a former period, as company results are printed:
 * "Shr 80 cts vs 72 cts", "Oper net loss 1.2 mln vs profit 300,000"?  It
 * opens its line's body, and the rest of the line is at most three words,
 * a figure and "vs".  Such a word is an item of the accounts, not a name.
 * Rows of regions ("U.K. 28.7 mln vs 27.2 mln") and of companies ("Anchor
 * Financial Corp shr 31 cts vs 31") name what they count: a place, or a
 * name of more than one word, stays; so does a word in capitals, a dateline
 * the article did not take for one.
 */
bool
labels_results_row(const cp_ner_doc *doc, const cp_line *l, uint32_t w, cp_entity_kind kind,
				   uint32_t ntoks)
{
	const char *text = doc->text;
	const cp_token *label = &doc->toks[w].tok;
	uint32_t	end = l->start + l->len;
	bool		figure = false,
				vs = false;

	if (kind == CP_ENT_LOC || ((label->flags & CP_TF_ALL_UPPER) && label->len > 3) ||
		w + 3 >= ntoks || !opens_body(doc, l, w))
		return false;
	for (uint32_t k = w + 1; k < ntoks && doc->toks[k].tok.start < end; k++)
	{
		const cp_token *t = &doc->toks[k].tok;

		if (k > w + 16)
			return false;
		if (cp_token_may_start_number(text, t))
			figure = true;
		else if (!figure)
		{
			/*
			 * Before the figure, the item's own words ("net loss"), not a
			 * clause: no verb in -ed ("Acme earned 5 mln vs 4 mln"), no
			 * punctuation but brackets ("Shr (cents)").
			 */
			bool		bracket = t->kind == CP_TOK_PUNCT && (text[t->start] == '(' || text[t->start] == ')');

			if (!bracket && (t->kind != CP_TOK_WORD || k > w + 3 ||
							 (t->len > 3 && memcmp(text + t->start + t->len - 2, "ed", 2) == 0)))
				return false;
		}
		else if (t->len == 2 && memcmp(text + t->start, "vs", 2) == 0)
			vs = true;
	}
	return vs;
}

/*
 * Do tokens [i, j] cross a table's column gap, a tab or three spaces or
 * more ("Wheat      Corn    Soybeans", "Stocks    N.A.    N.A.")?  Cells
 * of a table in plain text are no name, whatever the tagger read.
 */
bool
crosses_columns(const cp_ner_doc *doc, uint32_t i, uint32_t j)
{
	for (uint32_t k = i + 1; k <= j; k++)
	{
		const cp_token *a = &doc->toks[k - 1].tok,
				   *b = &doc->toks[k].tok;
		uint32_t	gap = b->start - (a->start + a->len);

		if (gap >= 3 || (gap > 0 && (doc->text[a->start + a->len] == '\t' ||
									 doc->text[a->start + a->len + gap - 1] == '\t')))
			return true;
	}
	return false;
}

bool
is_angle_bracket(const char *text, const cp_token *t)
{
	return t->kind == CP_TOK_SYMBOL && t->len == 1 && (text[t->start] == '<' || text[t->start] == '>');
}

/* Is t a preposition or conjunction capitalized in a title-case line ("<AMO> By Chrysler Corp")? */
static bool
is_function_word(const char *text, const cp_token *t)
{
	static const char *const words[] = {"by", "and", "of", "to", "for", "in", "at", "with", "from", "on", NULL};

	for (int k = 0; words[k]; k++)
		if (cp_token_is(text, t, words[k]))
			return true;
	return false;
}

/*
 * Does the name before the ticker that closes at token k end with a legal
 * form or a possessive ("Cray Research Inc <CYR>", "Tandy Corp's <TAN>"),
 * so that the words after the ticker start another name?
 */
static bool
name_ends_before_ticker(const cp_ner_doc *doc, uint32_t k)
{
	for (uint32_t b = k; b-- > 0 && k - b <= 4;)
		if (is_angle_bracket(doc->text, &doc->toks[b].tok))
		{
			const cp_token *t = b > 0 ? &doc->toks[b - 1].tok : NULL;

			return doc->text[doc->toks[b].tok.start] == '<' && t &&
				((t->flags & CP_TF_POSSESSIVE) || cp_name_is_legal_form(doc->text + t->start, t->len));
		}
	return false;
}

/*
 * Is token k of a sentence of ntoks tokens the period of a ticker's
 * exchange, "<SIEG.F>", "<DTX.TO>": inside angle brackets, touching the
 * ticker's word and the exchange's in capitals.  The ticker is named whole
 * (the tagger read "SIEG" alone).
 */
bool
ticker_exchange_period(const cp_ner_doc *doc, uint32_t ntoks, uint32_t k)
{
	const cp_ner_tok *t = doc->toks;

	return k >= 2 && k + 2 < ntoks && doc->text[t[k].tok.start] == '.' && t[k].tok.len == 1 &&
		(t[k + 1].tok.flags & CP_TF_ALL_UPPER) && t[k + 1].tok.kind == CP_TOK_WORD &&
		doc->text[t[k - 2].tok.start] == '<' && doc->text[t[k + 2].tok.start] == '>' &&
		t[k - 1].tok.start + t[k - 1].tok.len == t[k].tok.start && t[k + 1].tok.start == t[k].tok.start + 1 &&
		t[k + 2].tok.start == t[k + 1].tok.start + t[k + 1].tok.len;
}

/*
 * Is token k, a "<" after a name, the opening of a ticker the tagger left
 * out or ran the name on into ("Guinness Plc <GUIN.L>", "Mobil Corp
 * <MOB>"): a word in capitals touching both brackets, with its exchange or
 * without?  Reuters writes one only after a listed company's name, so the
 * ticker names that company (reut54).
 */
static bool
untagged_ticker(const cp_ner_doc *doc, const uint8_t *tags, uint32_t n, uint32_t k)
{
	const cp_ner_tok *t = doc->toks;
	const char *text = doc->text;

	if (k + 2 >= n || CP_NER_IS_B(tags[k + 1]) || t[k + 1].tok.kind != CP_TOK_WORD ||
		!(t[k + 1].tok.flags & CP_TF_ALL_UPPER) || t[k + 1].tok.start != t[k].tok.start + 1)
		return false;
	if (is_angle_bracket(text, &t[k + 2].tok))
		return text[t[k + 2].tok.start] == '>' && t[k + 2].tok.start == t[k + 1].tok.start + t[k + 1].tok.len;
	return ticker_exchange_period(doc, n, k + 2);
}

/* Are tokens [from, to) legal forms only, and one at least ("Inc", "Co Ltd")? */
static bool
legal_forms_after(const cp_ner_doc *doc, uint32_t from, uint32_t to)
{
	if (from >= to)
		return false;
	for (uint32_t w = from; w < to; w++)
		if (!cp_name_is_legal_form(doc->text + doc->toks[w].tok.start, doc->toks[w].tok.len))
			return false;
	return true;
}

/*
 * Is token k a "<" that opens a firm's name of capitalized words with one
 * "and" or "&" inside, closed by ">" ("<Olympia and York>", "<Wagner and
 * Brown>")?  Reuters brackets the name of a company not listed, so the
 * partners' names are one organization, not two persons or places.  One
 * name before "and", one after and legal forms are left to partners_end,
 * which registers them for the article ("<Clayton and Dubilier Inc>", then
 * "Clayton and Dubilier said").  Its last token, or 0.
 */
static uint32_t
bracketed_partners_end(const cp_ner_doc *doc, uint32_t n, uint32_t k)
{
	const char *text = doc->text;
	uint32_t	conj = 0;

	for (uint32_t w = k + 1; w < n && w <= k + 8; w++)
	{
		const cp_token *t = &doc->toks[w].tok;

		if (is_angle_bracket(text, t))
			return text[t->start] == '>' && conj > k + 1 && conj + 1 < w &&
				!(conj == k + 2 && legal_forms_after(doc, conj + 2, w)) ? w - 1 : 0;
		if (cp_token_is(text, t, "and") || cp_token_is(text, t, "&"))
		{
			if (conj)
				return 0;
			conj = w;
		}
		else if (t->kind != CP_TOK_WORD || !(t->flags & CP_TF_CAPITALIZED))
			return 0;
	}
	return 0;
}

/*
 * Reuters writes a company's ticker, and the name of one not listed, in
 * angle brackets ("Texaco Inc <TX>", "<Goldman, Sachs and Co> said"): the
 * tagger ran names over them ("<Goldman", "Corp's <TXN> Continental
 * Airlines").  The brackets are no part of a name, and a name the tagger
 * went on with after one starts there, at a capitalized word that is no
 * legal form, nor a ticker's word in capitals ("Guinness Plc <GUIN.L>",
 * left as it was); after a ticker, only when the name before it ended
 * ("Cray Research Inc <CYR> X-MP"): otherwise the words go on with that
 * name ("Argyll <AYLL.L> Group Plc", "<First Federal Savings Bank> of
 * Delaware") and stay out of any, as they were.
 */
void
untag_angle_brackets(const cp_ner_doc *doc, uint8_t *tags, uint32_t n)
{
	const char *from;
	size_t		len;

	if (n == 0)
		return;
	/* the cheap test first: most sentences have no bracket (memchr reads them many bytes at once) */
	from = doc->text + doc->toks[0].tok.start;
	len = doc->toks[n - 1].tok.start + doc->toks[n - 1].tok.len - doc->toks[0].tok.start;
	if (!memchr(from, '<', len) && !memchr(from, '>', len))
		return;
	for (uint32_t k = 0; k + 1 < n; k++)
	{
		const cp_token *t = &doc->toks[k + 1].tok;
		bool		opens = doc->text[doc->toks[k].tok.start] == '<';

		if (tags[k] == CP_NER_TAG_O || !is_angle_bracket(doc->text, &doc->toks[k].tok))
		{
			/* the cheap tests first: a name before an untagged "<" */
			if (tags[k] == CP_NER_TAG_O && k > 0 && tags[k - 1] != CP_NER_TAG_O &&
				doc->text[doc->toks[k].tok.start] == '<' && untagged_ticker(doc, tags, n, k))
				tags[k + 1] = CP_NER_B(CP_ENT_ORG);
			continue;
		}
		/* "Guinness Plc <GUIN.L>" read as one name: the ticker apart, a name of its own */
		if (opens && k > 0 && tags[k - 1] != CP_NER_TAG_O && untagged_ticker(doc, tags, n, k))
		{
			tags[k] = CP_NER_TAG_O;
			tags[k + 1] = CP_NER_B(CP_ENT_ORG);
			continue;
		}
		tags[k] = CP_NER_TAG_O;
		if (tags[k + 1] != CP_NER_TAG_O && !CP_NER_IS_B(tags[k + 1]) && (t->flags & CP_TF_CAPITALIZED) &&
			!cp_name_is_legal_form(doc->text + t->start, t->len) && !is_function_word(doc->text, t) &&
			(opens ? !((t->flags & CP_TF_ALL_UPPER) && k + 2 < n &&
					   !(doc->toks[k + 2].tok.flags & CP_TF_SPACE_BEFORE))
			 : name_ends_before_ticker(doc, k)))
			tags[k + 1]--;
	}
	if (n > 0 && is_angle_bracket(doc->text, &doc->toks[n - 1].tok))
		tags[n - 1] = CP_NER_TAG_O;
	for (uint32_t k = 0, e; k + 4 < n; k++)
		if (doc->text[doc->toks[k].tok.start] == '<' && (e = bracketed_partners_end(doc, n, k)) > 0)
			for (uint32_t w = k + 1; w <= e; w++)
				tags[w] = w == k + 1 ? CP_NER_B(CP_ENT_ORG) : CP_NER_I(CP_ENT_ORG);
}

/*
 * The last token of a club's name that the tagger began at token i and
 * ended at token j, with the town's initial that tells it from its
 * namesakes in brackets after it, in a table of results or standings
 * ("Mladost (L) 0 Zemun 0", "Buducnost (V) 3 2 0 1 4 3 6"), or 0: one or
 * two capitals in brackets before a figure are part of the club's name, as
 * CoNLL-2003 marks them (the tagger read "Mladost" as a person and the
 * letters as a name of their own).  Letters the name's last words begin
 * with define an initialism instead ("New Democracy (ND)"), a country's
 * say where a player comes from ("Quigley (USA) 66", "(US)"); a person of
 * one word before "(D)", "(R)" or "(I)" is a candidate and the party's
 * letter, and a person's name of more words no club's.
 */
uint32_t
club_initial_end(const cp_ner_doc *doc, const uint8_t *tags, uint32_t n, uint32_t i, uint32_t j)
{
	const char *text = doc->text;
	const cp_ner_tok *t = doc->toks;
	const cp_token *w;
	uint32_t	k = j + 1;
	size_t		left;

	/* the cheap tests first: "(", capitals, ")" and a figure */
	if (k + 3 >= n || !is_char_token(text, &t[k].tok, '(') || !is_char_token(text, &t[k + 2].tok, ')') ||
		t[k + 3].tok.kind != CP_TOK_NUMBER || !(t[k].tok.flags & CP_TF_SPACE_BEFORE))
		return 0;
	w = &t[k + 1].tok;
	if (w->kind != CP_TOK_WORD || w->len > 2 ||
		(w->flags & (CP_TF_ALL_UPPER | CP_TF_HAS_DIGIT)) != CP_TF_ALL_UPPER || (t[k + 1].gaz & CP_GAZ_PLACES))
		return 0;
	/* a person's party in a poll's table ("Dole (R) 45"): the tagger reads clubs as persons, one word */
	if (CP_NER_KIND(tags[i]) == CP_ENT_PER && (i < j || (w->len == 1 && strchr("DRI", text[w->start]))))
		return 0;
	/* the name's last words, backwards, against the letters */
	left = w->len;
	for (uint32_t m = j + 1; m-- > i && left > 0 && t[m].tok.kind == CP_TOK_WORD &&
		 text[t[m].tok.start] == text[w->start + left - 1];)
		left--;
	return left > 0 ? k + 2 : 0;
}

uint32_t
unclosed_bracket(const cp_ner_doc *doc, uint32_t i, uint32_t j)
{
	uint32_t	open = 0;
	int			depth = 0;

	for (uint32_t k = i + 1; k <= j; k++)
	{
		const cp_token *t = &doc->toks[k].tok;

		if (t->kind != CP_TOK_PUNCT || t->len != 1)
			continue;
		if (doc->text[t->start] == '(' && depth++ == 0)
			open = k;
		else if (doc->text[t->start] == ')' && depth > 0)
			depth--;
	}
	return depth > 0 && open < j ? open : 0;
}

/*
 * The length of an article's title, its first line without a bracket that
 * tells it from others of its name ("Blue Velvet (Houston Person album)"),
 * when the body after it opens by naming its subject so, as an encyclopedia
 * does: the title, after "The" or not, then a bracket, a comma or the
 * copula ("Running with the Devil is a 2019 ... film", "Lola Visual Effects
 * (or ...) is"); where that repetition starts in *body.  The repetition may
 * stand in quotation marks, as a song's or an episode's title does
 * ("Now We're Starting Over Again\n\n"Now We're Starting Over Again" is"):
 * *quoted tells.  0 otherwise, and for a title that starts with a figure
 * ("2009 Clasica de Almeria", whose year CoNLL-2003 leaves out of the name
 * as often as not).
 */
static uint32_t
title_subject(const char *text, size_t doclen, uint32_t *body, bool *quoted)
{
	static const char *const next[] = {" (", ",", " is ", " was ", " are ", " were ", NULL};
	const char *nl = memchr(text, '\n', doclen < 200 ? doclen : 200);
	uint32_t	len,
				b;

	if (!nl || doclen < 2 || text[0] < 'A' || text[0] > 'Z')
		return 0;
	len = (uint32_t) (nl - text);
	if (len > 0 && text[len - 1] == ')')
		for (uint32_t p = len - 1; p > 1; p--)
			if (text[p] == '(' && text[p - 1] == ' ')
			{
				len = p - 1;
				break;
			}
	b = (uint32_t) (nl - text) + 1;
	if (b < doclen && text[b] == '\n')
		b++;
	if (b + 4 + len <= doclen && memcmp(text + b, "The ", 4) == 0 && memcmp(text + b + 4, text, len) == 0)
		b += 4;
	*quoted = b + len + 2 <= doclen && text[b] == '"' && text[b + 1 + len] == '"' &&
		memcmp(text + b + 1, text, len) == 0;
	if (*quoted)
		b++;
	if (len < 3 || b + len > doclen || memcmp(text + b, text, len) != 0)
		return 0;
	for (int k = 0; next[k]; k++)
		if (b + len + *quoted + strlen(next[k]) <= doclen &&
			memcmp(text + b + len + *quoted, next[k], strlen(next[k])) == 0)
		{
			*body = b;
			return len;
		}
	return 0;
}

/*
 * The title and the subject that repeats it are one name each, when the
 * tagger read a name in them: it cut "Running with the Devil" to "Devil",
 * "Esther Christian Lawton" in two.  Its words are capitalized words,
 * figures and the lower-case words that join a name's ("with", "y", "de");
 * the kind is the first the tagger read in them.  Not when it read one name
 * that starts the title: that is the short form the article goes on to use
 * ("Lola" of "Lola Visual Effects"), whose kind its votes carry.  A subject
 * in quotation marks names a work, whatever words it holds or the tagger
 * read: the title and the subject are one other name each (wiki54).
 */
void
tag_title_subject(const cp_ner_doc *doc, uint8_t *tags, uint32_t n)
{
	const cp_ner_tok *t = doc->toks;
	uint32_t	body = 0,
				len;
	bool		quoted = false;

	if (n == 0 || t[0].tok.start > 4096 || (len = title_subject(doc->text, doc->len, &body, &quoted)) == 0)
		return;
	for (int at = 0; at < 2; at++)
	{
		uint32_t	from = at == 0 ? 0 : body,
					k = 0,
					e;
		int			kind = -1,
					names = 0;

		while (k < n && t[k].tok.start < from)
			k++;
		if (k == n || t[k].tok.start != from)
			continue;
		for (e = k; e < n && t[e].tok.start + t[e].tok.len <= from + len; e++)
		{
			const cp_token *w = &t[e].tok;

			if (!quoted && !(w->flags & CP_TF_CAPITALIZED) && w->kind != CP_TOK_NUMBER &&
				!(w->kind == CP_TOK_WORD && joins_name(doc->text, w)) &&
				!(w->kind == CP_TOK_PUNCT && !(w->flags & CP_TF_SPACE_BEFORE)))
				break;
			if (kind < 0 && tags[e] != CP_NER_TAG_O)
				kind = CP_NER_KIND(tags[e]);
			if (CP_NER_IS_B(tags[e]) || (CP_NER_IS_I(tags[e]) && e == k))
				names++;
		}
		if (quoted)
			kind = CP_ENT_MISC;
		if (kind < 0 || e == k || t[e - 1].tok.start + t[e - 1].tok.len != from + len ||
			(!quoted && names == 1 && tags[k] != CP_NER_TAG_O))
			continue;
		for (uint32_t i = k; i < e; i++)
			tags[i] = i == k ? CP_NER_B(kind) : CP_NER_I(kind);
		if (e < n && CP_NER_IS_I(tags[e]))
			tags[e] = CP_NER_B(CP_NER_KIND(tags[e]));
	}
}

/* Is text[p] a space, a tab or a line's end? */
static bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/*
 * National sides that no country's name in the gazetteer covers: the
 * United Kingdom's four and the Caribbean's cricket side, places in
 * CoNLL-2003 as countries' sides are ("England v Pakistan").
 */
bool
names_national_side(const char *text, const raw_mention *m)
{
	static const char *const sides[] = {
		"England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain", "West Indies"
	};

	if (m->country)
		return true;
	for (size_t k = 0; k < sizeof(sides) / sizeof(sides[0]); k++)
		if (m->len == strlen(sides[k]) && strncasecmp(text + m->start, sides[k], m->len) == 0)
			return true;
	return false;
}

/* Position p past a country's name in brackets after a side ("Hearts (Scotland) v") and the blanks after it. */
static size_t
skip_bracket(const char *text, size_t doclen, size_t p)
{
	if (p < doclen && text[p] == '(')
	{
		while (p < doclen && text[p] != ')' && text[p] != '\n')
			p++;
		if (p < doclen && text[p] == ')')
			p++;
		while (p < doclen && is_blank(text[p]))
			p++;
	}
	return p;
}

/*
 * The mention after ms[i] (of n, in text order) that starts at byte pos,
 * or (with before) the one before it that ends there, or NULL.  The search
 * stops past pos, so that a list of fixtures costs linear time.
 */
static const raw_mention *
mention_at(const raw_mention *ms, size_t n, size_t i, size_t pos, bool before)
{
	if (before)
	{
		for (size_t k = i; k-- > 0 && (size_t) ms[k].start + ms[k].len >= pos;)
			if ((size_t) ms[k].start + ms[k].len == pos)
				return &ms[k];
		return NULL;
	}
	for (size_t k = i + 1; k < n && ms[k].start <= pos; k++)
		if (ms[k].start == pos)
			return &ms[k];
	return NULL;
}

/*
 * Does ms[i] stand on one side of a fixture: a "v" alone between it and a
 * capitalized word, across a line's end too ("Cambridge v\nCardiff"), a
 * country in brackets after the first side skipped ("x-AEK Athens (Greece)
 * v Chemlon Humenne")?  Fixture lists and results write clubs so, and
 * CoNLL-2003 marks every such name an organization but national sides:
 * not when either side is one ("Yugoslavia v Faroe Islands").
 */
bool
fixture_side(const char *text, size_t doclen, const raw_mention *ms, size_t n, size_t i)
{
	const raw_mention *m = &ms[i],
			   *other = NULL;
	size_t		p = (size_t) m->start + m->len,
				q;

	while (p < doclen && is_blank(text[p]))
		p++;
	p = skip_bracket(text, doclen, p);
	if (p + 2 < doclen && p > (size_t) m->start + m->len && text[p] == 'v' && is_blank(text[p + 1]))
	{
		p++;
		while (p < doclen && is_blank(text[p]))
			p++;
		if (!(p < doclen && text[p] >= 'A' && text[p] <= 'Z'))
			return false;
		other = mention_at(ms, n, i, p, false);
	}
	else
	{
		p = m->start;
		while (p > 0 && is_blank(text[p - 1]))
			p--;
		if (!(p >= 3 && p < m->start && text[p - 1] == 'v' && is_blank(text[p - 2])))
			return false;
		p -= 2;
		while (p > 0 && is_blank(text[p - 1]))
			p--;
		/* the first side's country in brackets */
		if (p > 0 && text[p - 1] == ')')
		{
			for (q = p - 1; q > 0 && text[q] != '(' && text[q] != '\n'; q--)
				;
			if (text[q] == '(')
				for (p = q; p > 0 && is_blank(text[p - 1]); p--)
					;
		}
		if (!(p > 0 && ((text[p - 1] >= 'a' && text[p - 1] <= 'z') ||
						(text[p - 1] >= 'A' && text[p - 1] <= 'Z'))))
			return false;
		other = mention_at(ms, n, i, p, true);
	}
	return !names_national_side(text, m) && !(other && names_national_side(text, other));
}

/*
 * A name in a headline in capitals is what the story below calls it:
 * "NICE SACK COACH EMON" over a story of the club "Nice", "KEKKILA SEES
 * ..." over "Kekkila Oy".  The tagger reads words in capitals with no case
 * to go by, and the article's votes take names as written, so a mention
 * of a title line in capitals (not its dateline) takes the kind every
 * mention of it the story writes in lower case got (none, or two kinds:
 * it keeps its own).  A headline in title case gives the tagger as little
 * ("Tanks Push Into Khan Younis" read a person over a story of the town):
 * the same.  After the names resolve, which give a company's short form
 * its kind.
 */
#define MAX_TITLE_LINE 300

/*
 * Is text[0..len) a headline in title case: five words of four letters or
 * more, each capitalized ("Families Flee as Israeli Tanks Push Into Khan
 * Younis"); fewer make a name's line, an encyclopedia's title ("Haobam Paban
 * Kumar"), which the story's first words repeat?
 */
static bool
title_case_line(const char *text, size_t len)
{
	size_t		long_words = 0;

	for (size_t i = 0; i < len;)
	{
		size_t		start = i;

		while (i < len && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z')))
			i++;
		if (i - start >= 4)
		{
			if (text[start] < 'A' || text[start] > 'Z')
				return false;
			long_words++;
		}
		if (i == start)
			i++;
	}
	return long_words >= 5;
}

/* The mentions of text[from, to) take the kinds the story's mentions of them after it agree on. */
static void
title_kinds(const char *text, size_t from, size_t to, raw_mention *ms, size_t n)
{
	for (size_t i = 0; i < n && ms[i].start < to; i++)
	{
		int			kind = -1;

		if (ms[i].start < from || ms[i].dateline)
			continue;
		for (size_t k = i + 1; k < n && kind != -2; k++)
			if (ms[k].start >= to && ms[k].len == ms[i].len &&
				cp_has_ascii_lower(text + ms[k].start, ms[k].len) &&
				strncasecmp(text + ms[k].start, text + ms[i].start, ms[i].len) == 0)
				kind = kind == -1 || kind == ms[k].kind ? ms[k].kind : -2;
		if (kind >= 0)
			ms[i].kind = (uint8_t) kind;
	}
}

void
headline_kinds(const char *text, size_t doclen, const cp_line *lines, size_t nlines, raw_mention *ms, size_t n)
{
	const char *nl = memchr(text, '\n', doclen);
	size_t		title_end = nl ? (size_t) (nl - text) : doclen;

	/*
	 * a first line in capitals; not a dateline running into the story
	 * ("HOUSTON, March 30 - ..."), nor a page in capitals, whose every name
	 * the loop would compare with every other
	 */
	if (title_end <= MAX_TITLE_LINE && !cp_has_ascii_lower(text, title_end))
	{
		title_kinds(text, 0, title_end, ms, n);
		return;
	}
	/* the article's title in title case, below a site's menu as it may be */
	for (size_t l = 0; l < nlines; l++)
		if (lines[l].kind == CP_LINE_TITLE)
		{
			if (lines[l].len <= MAX_TITLE_LINE && title_case_line(text + lines[l].start, lines[l].len))
				title_kinds(text, lines[l].start, (size_t) lines[l].start + lines[l].len, ms, n);
			break;
		}
}

/*
 * Does m open a sentence as the place where it happens: "In" or "At" at a
 * line's or a sentence's start, the name, then a comma or a colon ("In
 * Baltimore, Cal Ripken had four hits", "At Portsmouth: Middlesex 199")?
 * A sports report names the club by its town in the next sentence, and
 * CoNLL-2003 marks the town here a place all the same.  Only a name the
 * gazetteers hold as a place: "At Ford, which has ...", "In The Times of
 * London, ..." are no places.
 */
bool
opens_clause_as_place(const cp_ner_doc *doc, const raw_mention *m, uint32_t first, uint32_t last)
{
	const char *text = doc->text;
	size_t		after = (size_t) m->start + m->len,
				p = m->start;

	for (uint32_t t = first; t <= last; t++)
		if (!(doc->toks[t].gaz & CP_GAZ_PLACES))
			return false;
	if (after >= doc->len || (text[after] != ',' && text[after] != ':') || p < 3 ||
		!((text[p - 3] == 'I' && text[p - 2] == 'n') || (text[p - 3] == 'A' && text[p - 2] == 't')) ||
		text[p - 1] != ' ')
		return false;
	p -= 3;
	return p == 0 || text[p - 1] == '\n' || (p >= 2 && text[p - 1] == ' ' && text[p - 2] == '.');
}

/*
 * Does m label a table's row: it opens its line and three figures or more
 * follow it on the line, nothing else ("Moss 20 4 6 10 23 40 18")?
 */
static bool
labels_table_row(const char *text, size_t doclen, const raw_mention *m)
{
	size_t		p = (size_t) m->start + m->len;
	int			figures = 0;

	if (m->start > 0 && text[m->start - 1] != '\n')
		return false;
	while (p < doclen && text[p] != '\n')
	{
		if (text[p] == ' ')
			p++;
		else if (text[p] >= '0' && text[p] <= '9')
		{
			while (p < doclen && text[p] != ' ' && text[p] != '\n')
				p++;
			figures++;
		}
		else
			return false;
	}
	return figures >= 3;
}

/*
 * A table's rows name things of one kind: where the article's rows are
 * labelled by organizations three times or more and by persons at most a
 * third as often, a row the tagger read as a person's is a club's or a
 * company's too ("Moss 20 4 6 10 23 40 18" among the clubs of a league's
 * standings); a golf leaderboard's rows stay persons'.
 */
/*
 * A row labelled by a person's family name alone, read as a person: the
 * rows labelled by a full name that ends with it name that person, though
 * the tagger read an organization ("Dominic Cork 3 5 0 58 26 11.60" over
 * "Cork 131 23 434 12 36.16" in a cricket side's averages).  An article of
 * more rows than a side's averages has is left as read, which keeps the
 * pairs compared few.
 */
#define MAX_NAMED_ROWS 128

static void
full_name_rows(const char *text, size_t doclen, raw_mention *ms, size_t n)
{
	size_t		rows[MAX_NAMED_ROWS],
				nrows = 0;

	for (size_t i = 0; i < n; i++)
		if ((ms[i].kind == CP_ENT_ORG || ms[i].kind == CP_ENT_PER) && labels_table_row(text, doclen, &ms[i]))
		{
			if (nrows == MAX_NAMED_ROWS)
				return;
			rows[nrows++] = i;
		}
	for (size_t a = 0; a < nrows; a++)
	{
		raw_mention *full = &ms[rows[a]];

		if (full->kind != CP_ENT_ORG || full->one_word)
			continue;
		for (size_t b = 0; b < nrows; b++)
		{
			const raw_mention *last = &ms[rows[b]];

			if (last->kind == CP_ENT_PER && last->one_word && last->len + 1 < full->len &&
				text[full->start + full->len - last->len - 1] == ' ' &&
				memcmp(text + full->start + full->len - last->len, text + last->start, last->len) == 0)
			{
				full->kind = CP_ENT_PER;
				break;
			}
		}
	}
}

/*
 * The other way round: rows labelled by persons three times or more and by
 * organizations less often are a list of players, and a row the tagger read
 * as an organization's is a person's too ("Nick Knight 3 5 0 190 113 38.00"
 * among "Mike Atherton 3 5 0 162 64 32.40" in a side's averages).
 */
static bool
people_rows(size_t people, size_t orgs)
{
	return people >= 3 && orgs > 0 && orgs < people;
}

/*
 * Does m label a row of changes: first on its line (after "- " or another
 * label and " / "), the rest figures with "up", "down" or "unc" among them
 * ("Hannover 6,030 up 15.3", "Leipzig / Halle 1,806 up 45.6", "Billings MT
 * 4.62 up .01 4.50 dn .01 --- ---"), a state's code or another label
 * before the first figure?
 */
static bool
labels_change_row(const char *text, size_t doclen, const raw_mention *m)
{
	size_t		p = (size_t) m->start + m->len,
				a = m->start;
	bool		change = false,
				figure = false;

	if (a >= 3 && memcmp(text + a - 3, " / ", 3) == 0)
		while (a > 0 && text[a - 1] != '\n')
			a--;
	else if (a >= 2 && text[a - 2] == '-' && text[a - 1] == ' ')
		a -= 2;
	if (a > 0 && text[a - 1] != '\n')
		return false;
	while (p < doclen && text[p] != '\n')
	{
		size_t		w = p;

		if (text[p] == ' ')
		{
			p++;
			continue;
		}
		while (p < doclen && text[p] != ' ' && text[p] != '\n')
			p++;
		if ((text[w] >= '0' && text[w] <= '9') || text[w] == '.' || text[w] == '-' || text[w] == '+')
			figure = true;
		else if ((text[w] == 'u' || text[w] == 'd') &&
				 (word_is(text, (uint32_t) w, (uint32_t) p, "up") || word_is(text, (uint32_t) w, (uint32_t) p, "down") ||
				  word_is(text, (uint32_t) w, (uint32_t) p, "dn") || word_is(text, (uint32_t) w, (uint32_t) p, "unc") ||
				  word_is(text, (uint32_t) w, (uint32_t) p, "unch")))
			change = change || figure;
		else if (figure || !((text[w] >= 'A' && text[w] <= 'Z') || text[w] == '/'))
			return false;
	}
	return change;
}

/*
 * Rows of changes labelled by places more often than by anything else (an
 * airports' traffic table, grain prices by town): every row's label is a
 * place ("Tempelhof 202 down 60.0", "Duluth 5.06 up .02"), whatever the
 * tagger read; a table of share prices by company keeps its labels.
 */
static void
place_rows(const char *text, size_t doclen, raw_mention *ms, size_t n)
{
	size_t		places = 0,
				others = 0,
				misread = 0;

	for (size_t i = 0; i < n; i++)
	{
		size_t		a = ms[i].start;

		/* most mentions stand inside a line: the bytes before tell */
		if ((a == 0 || text[a - 1] == '\n' || (a >= 2 && text[a - 1] == ' ' && (text[a - 2] == '-' || text[a - 2] == '/'))) &&
			labels_change_row(text, doclen, &ms[i]))
		{
			ms[i].kind == CP_ENT_LOC || ms[i].place ? places++ : others++;
			misread += ms[i].kind != CP_ENT_LOC;
		}
	}
	if (places < 3 || misread == 0 || others >= places)
		return;
	for (size_t i = 0; i < n; i++)
		if (ms[i].kind != CP_ENT_LOC && labels_change_row(text, doclen, &ms[i]))
			ms[i].kind = CP_ENT_LOC;
}

void
table_row_kinds(const char *text, size_t doclen, raw_mention *ms, size_t n)
{
	size_t		orgs = 0,
				people = 0;

	full_name_rows(text, doclen, ms, n);
	place_rows(text, doclen, ms, n);
	for (size_t i = 0; i < n; i++)
		if ((ms[i].kind == CP_ENT_ORG || ms[i].kind == CP_ENT_PER) && labels_table_row(text, doclen, &ms[i]))
			ms[i].kind == CP_ENT_ORG ? orgs++ : people++;
	if (people_rows(people, orgs))
	{
		for (size_t i = 0; i < n; i++)
			if (ms[i].kind == CP_ENT_ORG && labels_table_row(text, doclen, &ms[i]))
				ms[i].kind = CP_ENT_PER;
		return;
	}
	if (orgs < 3 || people == 0 || 3 * people > orgs)
		return;
	for (size_t i = 0; i < n; i++)
		if (ms[i].kind == CP_ENT_PER && labels_table_row(text, doclen, &ms[i]))
			ms[i].kind = CP_ENT_ORG;
}

/* Does ms[i] stand in brackets right after the person's name ms[i - 1] ("Marco Pascolo (Cagliari)")? */
static bool
bracketed_after_person(const char *text, size_t doclen, const raw_mention *ms, size_t i)
{
	size_t		after = (size_t) ms[i].start + ms[i].len;

	return i > 0 && ms[i - 1].kind == CP_ENT_PER && ms[i].start == ms[i - 1].start + ms[i - 1].len + 2 &&
		text[ms[i].start - 2] == ' ' && text[ms[i].start - 1] == '(' && after < doclen && text[after] == ')';
}

/*
 * Does ms[i] open its line after a rank ("1. Alex Zanardi", "12. ")?
 */
static bool
ranked_first(const char *text, const raw_mention *m)
{
	size_t		p = m->start;

	if (p < 3 || text[p - 1] != ' ' || text[p - 2] != '.')
		return false;
	for (p -= 2; p > 0 && text[p - 1] >= '0' && text[p - 1] <= '9'; p--)
		;
	return p < (size_t) m->start - 2 && (p == 0 || text[p - 1] == '\n');
}

/*
 * A row of a race's results names the rider or driver, the country in
 * brackets and then the team or the car, before the time: "1. Alex
 * Zanardi (Italy), Reynard Honda, 53.980", "2. Gerhard Berger (Austria)
 * Benetton 1:54.3".  A name there the tagger read as a person's is the
 * team's, an organization, as CoNLL-2003 marks them (a relay's rows go
 * on with a second person's country in brackets, not a figure).
 */
static bool
team_after_ranked_person(const char *text, size_t doclen, const raw_mention *ms, size_t i)
{
	size_t		p = (size_t) ms[i].start + ms[i].len;
	size_t		close = (size_t) ms[i - 1].start + ms[i - 1].len;

	if (p < doclen && text[p] == ',')
		p++;
	return p + 1 < doclen && text[p] == ' ' && text[p + 1] >= '0' && text[p + 1] <= '9' &&
		bracketed_after_person(text, doclen, ms, i - 1) && ranked_first(text, &ms[i - 2]) &&
		(ms[i].start == close + 2 || (ms[i].start == close + 3 && text[close + 1] == ',')) &&
		text[ms[i].start - 1] == ' ';
}

void
club_column_kinds(const char *text, size_t doclen, raw_mention *ms, size_t n)
{
	size_t		orgs = 0,
				all = 0;

	for (size_t i = 0; i < n; i++)
	{
		if (i >= 2 && ms[i].kind == CP_ENT_PER && team_after_ranked_person(text, doclen, ms, i))
			ms[i].kind = CP_ENT_ORG;
		if (bracketed_after_person(text, doclen, ms, i))
		{
			all++;
			orgs += ms[i].kind == CP_ENT_ORG;
		}
	}
	if (all < 3 || orgs == all || 2 * orgs <= all)
		return;
	for (size_t i = 0; i < n; i++)
		if (ms[i].kind != CP_ENT_ORG && bracketed_after_person(text, doclen, ms, i))
			ms[i].kind = CP_ENT_ORG;
}
