/*
 * quotes_attribution.c: who said a quote.  The reporting verb and its
 * speaker are looked for after the closing mark ('," Kerry said') or
 * before the opening one ('Mashaal added, "'), within a window bounded by
 * the neighbouring quotes; the speaker phrase is then resolved to a name
 * (rules in quotes.h).
 */
#include "quotes_internal.h"

#include "attribution.h"
#include "entities.h"
#include "sentences.h"

#include <string.h>

/* Windows (in tokens) around a quote where its attribution may sit. */
#define SEG_MAX 30
#define NP_MAX 10
#define VERB_REACH 12

/* Words between a speaker and the verb: "Kerry was quoted as", "he has also said". */
static const char *const aux_words[] = {
	"was", "were", "is", "are", "has", "have", "had", "also", "later", "then", "once",
	"again", "would", "will", "reportedly", "previously", "recently", "quickly", "simply",
	"flatly", "further", "earlier", "just", "even", "famously", "publicly", "privately",
	"repeatedly", "frequently", "often", "did", "does", "as", "be", "been", "being",
	"could", "might", "may", "then", "angrily", "bluntly"
};
static int16_t aux_words_slots[128];
static cp_wordtab aux_words_table = CP_WORDTAB(aux_words, aux_words_slots);

/* Words that end a speaker phrase when met walking away from the verb. */
static const char *const np_stop[] = {
	"that", "and", "but", "when", "as", "because", "while", "if", "after", "before",
	"so", "where", "which", "who", "whom", "what", "in", "on", "at", "during", "to",
	"from", "with", "for", "by", "about", "than", "into", "over", "since", "until",
	"about", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "last", "this", "earlier", "later",
	"recently", "told", "said", "says", "adding", "noting", "referring", "speaking",
	"according", "writing", "also", "however", "meanwhile", "now", "then", "separately",
	"still", "again", "afterward", "afterwards", "instead", "finally", "or", "nor",
	"not", "it", "there", "here", "of"
};
static int16_t np_stop_slots[256];
static cp_wordtab np_stop_table = CP_WORDTAB(np_stop, np_stop_slots);

static const char *const pronouns[] = {"he", "she", "they", "i", "we", "it", "you"};
static int16_t pronouns_slots[16];
static cp_wordtab pronouns_table = CP_WORDTAB(pronouns, pronouns_slots);

/* ---------------------------------------------------------------- speakers */

/* The speaker phrase walking back from the token before the verb at v. */
static bool
np_before(ctx *c, size_t lo, size_t v, size_t *from, size_t *to)
{
	size_t		e = v,
				s;

	while (e > lo && tok_in(c, e - 1, &aux_words_table))
		e--;
	/* a party tag between name and verb: 'Rep. Gwen Moore (D-Wis.) said' */
	if (e > lo + 2 && is_punct(c, e - 1, ')'))
	{
		size_t		o = e - 1;

		while (o > lo && e - o < 8 && !is_punct(c, o - 1, '('))
			o--;
		if (o > lo + 1 && is_punct(c, o - 1, '('))
			e = o - 1;
	}
	s = e;
	while (s > lo && e - s < NP_MAX)
	{
		const qtok *q = &c->tok[s - 1];

		if (!is_word(q) || q->quoted)
			break;
		if (tok_in(c, s - 1, &np_stop_table) && !cp_token_is(c->text, &q->t, "of"))
			break;
		s--;
	}
	/* "Secretary of State": "of" inside a run of capitalized words */
	while (s > lo + 1 && cp_token_is(c->text, &c->tok[s - 1].t, "of") &&
		   is_cap(&c->tok[s - 2]) && is_cap(&c->tok[s]))
	{
		s -= 2;
		while (s > lo && is_cap(&c->tok[s - 1]) && e - s < NP_MAX)
			s--;
	}
	/* a leading "of ..." belongs to something before */
	while (s < e && cp_token_is(c->text, &c->tok[s].t, "of"))
		s++;
	/* drop a sentence opener that is not part of the phrase ("But", "Later") */
	while (s < e - 1 && is_cap(&c->tok[s]) && tok_in(c, s, &np_stop_table))
		s++;
	if (s >= e)
		return false;
	*from = s;
	*to = e;
	return true;
}

/* The speaker phrase after a verb (inverted order: '," said Kerry'). */
static bool
np_after(ctx *c, size_t k, size_t hi, size_t *from, size_t *to)
{
	size_t		e = k;

	while (e < hi && e - k < NP_MAX)
	{
		const qtok *q = &c->tok[e];

		if (!is_word(q) || q->quoted)
			break;
		if (tok_in(c, e, &np_stop_table))
		{
			/* "Secretary of State John Kerry" */
			if (cp_token_is(c->text, &q->t, "of") && e > k && is_cap(&c->tok[e - 1]) &&
				e + 1 < hi && is_cap(&c->tok[e + 1]))
			{
				e++;
				continue;
			}
			break;
		}
		e++;
	}
	if (e == k)
		return false;
	/* an appositive name: 'said the campaign's manager, Rich Beeson' */
	if (e + 1 < hi && !is_cap(&c->tok[e - 1]) && is_punct(c, e, ',') && is_cap(&c->tok[e + 1]))
	{
		size_t		r = e + 1;

		while (r < hi && r - e <= 4 && is_cap(&c->tok[r]) && !c->tok[r].quoted)
			r++;
		e = r;
	}
	*from = k;
	*to = e;
	return true;
}

/*
 * The subject opening a window: a pronoun or a capitalized name at lo, for
 * verbs with no phrase of their own ('He smiled and added, "', ', saying, "').
 */
static bool
subject_at(ctx *c, size_t lo, size_t v, size_t *from, size_t *to)
{
	size_t		s = lo,
				e;

	if (s < v && is_cap(&c->tok[s]) && tok_in(c, s, &np_stop_table))
		s++;					/* "But he said" */
	if (s >= v)
		return false;
	if (tok_in(c, s, &pronouns_table))
	{
		*from = s;
		*to = s + 1;
		return true;
	}
	e = s;
	while (e < v && e - s < 5 && is_cap(&c->tok[e]))
		e++;
	if (e == s || cp_is_sentence_starter(c->text + c->tok[s].t.start, c->tok[s].t.len))
		return false;
	*from = s;
	*to = e;
	return true;
}

/* Fill the speaker fields of out from the phrase tokens [from, to). */
void
resolve_speaker(ctx *c, size_t from, size_t to, cp_quote *out)
{
	size_t		nf,
				nt;
	uint32_t	ms = c->tok[from].t.start;
	uint32_t	me = c->tok[to - 1].t.start + c->tok[to - 1].t.len;
	uint32_t	fs,
				fl;
	bool		has_name;
	cp_attributed who;

	out->has_mention = true;
	out->mention_start = ms;
	out->mention_len = me - ms;
	out->speaker = c->text + ms;
	out->speaker_len = me - ms;
	out->speaker_kind = -1;
	read_names(c, from);

	if (to - from == 1 && tok_in(c, from, &pronouns_table))
	{
		if (cp_token_is(c->text, &c->tok[from].t, "he") ||
			cp_token_is(c->text, &c->tok[from].t, "she"))
		{
			/* the speaker of a quote in this or the previous paragraph, else the last name */
			if (c->has_speaker && c->tok[from].line <= c->speaker_line + 2 &&
				(!c->has_person || c->person_at <= c->speaker_at))
			{
				out->speaker = c->speaker;
				out->speaker_len = c->speaker_len;
				out->speaker_kind = c->speaker_kind;
			}
			else if (c->has_person)
			{
				out->speaker = c->text + c->person_start;
				out->speaker_len = c->person_len;
				out->speaker_kind = CP_ENT_PER;
			}
		}
		if (out->speaker_kind >= 0 || c->has_speaker)
		{
			/* the pronoun's referent stays the one to beat */
			c->speaker = out->speaker;
			c->speaker_len = out->speaker_len;
			c->speaker_kind = out->speaker_kind;
			c->speaker_line = c->tok[from].line;
			c->speaker_at = ms;
		}
		return;
	}
	has_name = name_in(c, from, to, &nf, &nt);
	if (has_name && nt - nf == 1 &&
		lookup_surname(c, c->text + c->tok[nf].t.start, c->tok[nf].t.len, &fs, &fl))
	{
		/* the article named this person in full: "Kerry" alone would tag as a place */
		out->speaker = c->text + fs;
		out->speaker_len = fl;
		out->speaker_kind = CP_ENT_PER;
	}
	else if (cp_attributed_entity(c->doc, ms, me - ms, &who, &c->status))
	{
		out->speaker = who.name;
		out->speaker_len = who.name_len;
		out->speaker_kind = (int8_t) who.kind;
	}
	else if (has_name)
	{
		uint32_t	s = c->tok[nf].t.start,
					e = c->tok[nt - 1].t.start + c->tok[nt - 1].t.len;

		if (cp_token_is(c->text, &c->tok[nf].t, "the") && nt - nf > 1)
			s = c->tok[nf + 1].t.start;
		out->speaker = c->text + s;
		out->speaker_len = e - s;
		/* the tagger found no one in the phrase; without a model, word lists decide */
		if (c->doc->model == NULL)
			out->speaker_kind = (int8_t) name_kind(c, nf, nt);
	}
	c->has_speaker = true;
	c->speaker = out->speaker;
	c->speaker_len = out->speaker_len;
	c->speaker_kind = out->speaker_kind;
	c->speaker_line = c->tok[from].line;
	c->speaker_at = ms;
	if (out->speaker_kind == CP_ENT_PER)
	{
		c->has_person = true;
		c->person_start = (uint32_t) (out->speaker - c->text);
		c->person_len = (uint32_t) out->speaker_len;
	}
}

/* ---------------------------------------------------------------- attribution */

/*
 * Does token i end a sentence for the attribution windows?  Not the period
 * of a tag before ")" or ",": "Moore (D-Wis.) said", "McConnell, R-Ky., said".
 */
static bool
ends_clause(ctx *c, size_t i)
{
	const qtok *q = &c->tok[i];

	if (q->t.kind != CP_TOK_PUNCT || !(q->t.flags & CP_TF_SENT_END))
		return false;
	if (i + 1 < c->n && c->tok[i + 1].line == q->line &&
		(is_punct(c, i + 1, ')') || is_punct(c, i + 1, ',')))
		return false;
	return true;
}

/* Does the quoted content end with a mark that hands over to an attribution? */
static bool
ends_open(ctx *c, const piece *p)
{
	const qtok *q = &c->tok[p->last];

	if (q->t.kind == CP_TOK_DASH)
		return true;
	if (q->t.kind != CP_TOK_PUNCT || q->t.len != 1)
		return false;
	return strchr(",?!", c->text[q->t.start]) != NULL;
}

/* Attribution after the closing mark: '," he said', '," said the official'. */
bool
attr_after(ctx *c, piece *p, size_t hi)
{
	size_t		k = p->close + 1,
				j;
	bool		comma = false,
				dash = false;

	if (p->close == SIZE_MAX || k >= hi)
		return false;
	while (k < hi && (is_punct(c, k, ',') || c->tok[k].t.kind == CP_TOK_DASH))
	{
		comma = true;
		dash = dash || c->tok[k].t.kind == CP_TOK_DASH;
		k++;
	}
	if (k >= hi || !is_word(&c->tok[k]))
		return false;
	/* an epigraph's '"..." ― Carla Sanchez': a name alone after a dash */
	if (dash && is_cap(&c->tok[k]))
	{
		size_t		e = k;

		while (e < hi && e - k < 5 && is_cap(&c->tok[e]))
			e++;
		if (e == hi && (hi >= c->n || c->tok[hi].line != c->tok[k].line ||
						c->tok[hi].t.kind == CP_TOK_PUNCT))
		{
			p->verb = "said";
			p->np_from = k;
			p->np_to = e;
			return true;
		}
	}
	if (!comma && !ends_open(c, p))
	{
		/* '"... end." Kerry said.' only when the clause ends right there */
		if (is_cap(&c->tok[k]) == false)
			return false;
	}
	if ((p->verb = verb_at(c, k)) != NULL)
		return np_after(c, k + 1, hi, &p->np_from, &p->np_to);
	if (according_at(c, k))
	{
		p->verb = "according to";
		return np_after(c, k + 2, hi, &p->np_from, &p->np_to);
	}
	for (j = k + 1; j < hi && j - k <= VERB_REACH; j++)
	{
		if (!is_word(&c->tok[j]) && !is_punct(c, j, ',') && !is_punct(c, j, '(') &&
			!is_punct(c, j, ')') && !(is_punct(c, j, '.') && !ends_clause(c, j)))
			break;
		if ((p->verb = verb_at(c, j)) != NULL)
		{
			size_t		lo = k;
			size_t		f,
						t;

			/*
			 * A name after a quote that hands over with a comma ('," Corey
			 * Lewandowski, the campaign manager, said'): the comma closing the
			 * appositive stands between it and the verb.  After a full stop a
			 * new sentence starts; a lower-case phrase is no name ('," breaking
			 * its pattern, says Luckey').
			 */
			bool		appositive = (comma || is_punct(c, p->last, ',')) && is_cap(&c->tok[lo]) &&
				is_punct(c, j - 1, ',');

			if (!np_before(c, lo, appositive ? j - 1 : j, &f, &t))
				return false;
			/* appositive: 'Corey Lewandowski, the campaign manager, said' */
			if (f != lo && is_punct(c, f - 1, ',') && is_cap(&c->tok[lo]))
			{
				size_t		e = lo;

				while (e < f - 1 && !is_punct(c, e, ','))
					e++;
				f = lo;
				t = e;
			}
			else if (f != lo)
				return false;	/* something else sits between quote and phrase */
			if (!comma && !ends_open(c, p) &&
				!(j + 1 >= hi || c->tok[j + 1].t.kind == CP_TOK_PUNCT))
				return false;
			p->np_from = f;
			p->np_to = t;
			return true;
		}
		if (tok_in(c, j, &aux_words_table))
			continue;			/* '," he later said' */
		if (tok_in(c, j, &np_stop_table) && !cp_token_is(c->text, &c->tok[j].t, "of"))
			break;
	}
	p->verb = NULL;
	return false;
}

/* Attribution before the opening mark: 'Mashaal added, "', 'He said: "'. */
bool
attr_before(ctx *c, piece *p, size_t lo)
{
	size_t		L,
				v,
				a;

	if (p->open == 0 || p->open <= lo)
		return false;
	L = p->open - 1;
	if ((p->verb = verb_at(c, L)) != NULL)
		v = L;
	else
	{
		if (!is_punct(c, L, ',') && !is_punct(c, L, ':'))
			return false;
		if (L == lo)
			return false;
		/* 'according to the ministry, "' */
		for (a = L; a > lo && L - a < VERB_REACH; a--)
			if (according_at(c, a - 1))
			{
				p->verb = "according to";
				return np_after(c, a + 1, L, &p->np_from, &p->np_to) &&
					p->np_to == L;
			}
		v = SIZE_MAX;
		for (a = L; a > lo && L - a <= 6; a--)
		{
			const qtok *q = &c->tok[a - 1];

			if (!is_word(q) || q->quoted)
				break;
			if ((p->verb = verb_at(c, a - 1)) != NULL)
			{
				v = a - 1;
				break;
			}
		}
		if (v == SIZE_MAX)
		{
			/* a headline's 'Kerry: "..."' */
			size_t		s = L;

			p->verb = NULL;
			if (!is_punct(c, L, ':'))
				return false;
			while (s > lo && is_cap(&c->tok[s - 1]) && L - s < 4)
				s--;
			if (s == L || s != lo)
				return false;
			p->verb = "said";
			p->np_from = s;
			p->np_to = L;
			return true;
		}
	}
	/* 'said Kerry, "' (not 'told Reuters, "': told and asked take an object) */
	if (v + 1 < L && strcmp(p->verb, "told") != 0 && strcmp(p->verb, "asked") != 0 && np_after(c, v + 1, L, &p->np_from, &p->np_to) && p->np_to == L &&
		(is_cap(&c->tok[v + 1]) || tok_in(c, v + 1, &pronouns_table)) && v > lo &&
		!is_word(&c->tok[v - 1]))
		return true;
	if (!np_before(c, lo, v, &p->np_from, &p->np_to) ||
		(p->np_from > lo && cp_token_is(c->text, &c->tok[p->np_from - 1].t, "and")))
	{
		if (subject_at(c, lo, v, &p->np_from, &p->np_to))
			return true;
		p->verb = NULL;
		return false;
	}
	return true;
}

/* First token of the attribution window before piece i: after a sentence end, mark or line start. */
size_t
window_start(ctx *c, size_t open)
{
	size_t		s = open;

	while (s > 0 && open - s < SEG_MAX)
	{
		const qtok *q = &c->tok[s - 1];

		if (q->line != c->tok[open].line || q->quoted || is_dquote(q))
			break;
		if (ends_clause(c, s - 1))
			break;
		s--;
	}
	return s;
}

/* Last token (exclusive) of the window after a piece's closing mark. */
size_t
window_end(ctx *c, const piece *p)
{
	size_t		e;

	if (p->close == SIZE_MAX)
		return p->last + 1;
	e = p->close + 1;
	while (e < c->n && e - p->close < SEG_MAX)
	{
		const qtok *q = &c->tok[e];

		if (q->line != c->tok[p->close].line || q->quoted || is_dquote(q))
			break;
		if (ends_clause(c, e))
			break;
		e++;
	}
	return e;
}

/* A line that ends '... said:' introduces the quote paragraph after it. */
bool
attr_intro_line(ctx *c, piece *p)
{
	size_t		L;

	if (p->open == 0)
		return false;
	L = p->open - 1;
	if (c->tok[L].line == c->tok[p->open].line || !is_punct(c, L, ':') ||
		c->tok[L].quoted)
		return false;
	{
		piece		probe = *p;
		size_t		lo;

		/* treat the colon as if it stood right before the mark */
		probe.open = L + 1;
		lo = window_start(c, L);
		if (!attr_before(c, &probe, lo))
			return false;
		p->verb = probe.verb;
		p->np_from = probe.np_from;
		p->np_to = probe.np_to;
		return true;
	}
}
