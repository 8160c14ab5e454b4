/*
 * entities_unseen.c: names the tagger never saw whole, made out from how the
 * article writes them.  Initialisms an article defines: "The World Health
 * Organization (WHO)" makes "WHO" the organization wherever the article
 * writes it in capitals, even where the tagger, which read "who" and "Who"
 * as a pronoun in all its training text, left the capitals out.  Names with
 * a number inside ("Channel 4 News"), which the tagger cut at the number, or
 * after them where the article writes the name with it elsewhere ("Channel
 * 4" after "with Channel 4, Smith said" read as a person).  A person's
 * full name with a nickname in quotation marks inside ('Wei Seng "Paul" Phua').
 * A university's campus after "at" ("University of Texas at Austin").
 * Titles of works in quotation marks ("Lawrence of Arabia").
 */
#include "entities_internal.h"
#include "entities_nouns.h"

#include <string.h>

#include "calendar.h"
#include "names.h"
#include "titles.h"

/* The first token of the name the tagger read ending at token k - 1 (k > 0). */
static uint32_t
name_start(const uint8_t *tags, uint32_t k)
{
	uint32_t	i = k - 1;

	while (i > 0 && CP_NER_IS_I(tags[i]))
		i--;
	return i;
}

/*
 * Does the initialism at token k (in capitals, two letters or more) stand for
 * the name of tokens first..last: its letters the initials of the name's
 * capitalized words, with or without the legal form ("International Business
 * Machines Corp (IBM)")?
 */
static bool
stands_for(const cp_ner_doc *doc, uint32_t k, uint32_t first, uint32_t last)
{
	const cp_token *t = &doc->toks[k].tok;
	char		letters[16],
				initials[16];

	if (t->kind != CP_TOK_WORD || !(t->flags & CP_TF_ALL_UPPER) ||
		!cp_initialism(doc->text + t->start, t->len, letters, sizeof(letters)))
		return false;
	if (name_initials(doc, first, last, initials, sizeof(initials)) && strcmp(letters, initials) == 0)
		return true;
	return last > first + 1 && ends_with_legal_form(doc->text, &doc->toks[last].tok) &&
		name_initials(doc, first, last - 1, initials, sizeof(initials)) && strcmp(letters, initials) == 0;
}

/* Does a name ending with token t name a body: a body's last word or a legal form? */
bool
ends_as_named_body(const char *text, const cp_token *t)
{
	static const word_item bodies[] = {
		{"organization"}, {"organisation"}, {"service"}, {"trust"}, {"fund"}, {"bureau"},
		{"administration"}
	};
	static int16_t body_slots[16];
	static cp_wordtab body_table = CP_WORDTAB(bodies, body_slots);

	return ends_as_body(text, t) || ends_with_legal_form(text, t) ||
		word_in_table(text + t->start, t->len, &body_table);
}

/*
 * Do the words of tokens first..last say what the name is for or about,
 * rather than what it is: all of them words of the dictionary, as in "Gross
 * National Product (GNP)", "Digital Rights Management (DRM)", "Special
 * Drawing Rights (SDR)", whose letters the tagger may take for a body's as
 * it took the name, unless the last word is a body's ("Disasters Emergency
 * Committee (DEC)", "World Health Organisation (WHO)")?
 */
static bool
names_a_concept(const cp_ner_doc *doc, uint32_t first, uint32_t last)
{
	for (uint32_t k = first; k <= last; k++)
		if ((doc->toks[k].tok.flags & CP_TF_CAPITALIZED) && !(doc->toks[k].gaz & CP_GAZ_LOWER))
			return false;
	return !ends_as_named_body(doc->text, &doc->toks[last].tok);
}

/*
 * A body's name the tagger cut in parts or began late, before the
 * initialism in brackets at token k + 1 that spells it ("Food and
 * Agriculture Organisation (FAO)", "Ministry of Economy, Trade and Industry
 * (METI)"): the capitalized words before the bracket, with the lower-case
 * words that join them and commas, whose initials the initialism spells,
 * the last of them read as an organization and a body's last word, are
 * one organization.
 */
static void
join_defined_body(const cp_ner_doc *doc, uint8_t *tags, uint32_t k)
{
	static const word_item joins[] = {
		{"of"}, {"for"}, {"and"}, {"on"}, {"the"}, {"de"}, {"du"}, {"des"}, {"la"}, {"et"}
	};
	static int16_t join_slots[32];
	static cp_wordtab join_table = CP_WORDTAB(joins, join_slots);
	const cp_token *a = &doc->toks[k + 1].tok;
	char		letters[16],
				initials[16];
	uint32_t	s,
				m;

	if (k == 0 || tags[k - 1] == CP_NER_TAG_O || CP_NER_KIND(tags[k - 1]) != CP_ENT_ORG ||
		a->kind != CP_TOK_WORD || !(a->flags & CP_TF_ALL_UPPER) ||
		!cp_initialism(doc->text + a->start, a->len, letters, sizeof(letters)) ||
		!ends_as_named_body(doc->text, &doc->toks[k - 1].tok))
		return;
	for (s = k; s-- > 0;)
	{
		const cp_token *t = &doc->toks[s].tok;

		if (t->kind == CP_TOK_WORD && (t->flags & CP_TF_CAPITALIZED))
		{
			if (name_initials(doc, s, k - 1, initials, sizeof(initials)) && strcmp(letters, initials) == 0)
				break;
		}
		else if (!(t->kind == CP_TOK_WORD && word_in_table(doc->text + t->start, t->len, &join_table)) &&
				 !(t->len == 1 && doc->text[t->start] == ','))
			return;
		if (s == 0 || k - s > 16)
			return;
	}
	/*
	 * only a name the tagger began late or cut, not a longer one it read
	 * whole ("U.S. Securities and Exchange Commission (SEC)"), nor one
	 * beginning inside another
	 */
	m = name_start(tags, k);
	if (m <= s || CP_NER_IS_I(tags[s]))
		return;
	for (uint32_t t = s; t < k; t++)
		tags[t] = t == s ? CP_NER_B(CP_ENT_ORG) : CP_NER_I(CP_ENT_ORG);
}

/* Is token k written as one of the article's defined initialisms?  Its kind, or -1. */
static int
defined_kind(const cp_ner_doc *doc, const initialism_defs *defs, uint32_t k)
{
	const cp_token *t = &doc->toks[k].tok;

	for (int d = 0; d < defs->n; d++)
		if (defs->len[d] == t->len && memcmp(doc->text + defs->start[d], doc->text + t->start, t->len) == 0)
			return defs->kind[d];
	return -1;
}

/*
 * The initialism in brackets at token k + 1, right after a name (ending at
 * token k - 1) of several words that it stands for, is defined as a name of
 * that name's kind, persons' initials left out; a body's name the tagger cut
 * is joined first (join_defined_body).
 */
static void
define_initialism(const cp_ner_doc *doc, uint8_t *tags, uint32_t k, initialism_defs *defs)
{
	uint32_t	i;
	int			kind;

	join_defined_body(doc, tags, k);
	i = name_start(tags, k);
	kind = CP_NER_KIND(tags[i]);
	if (kind != CP_ENT_PER && i + 1 < k && stands_for(doc, k + 1, i, k - 1) &&
		!names_a_concept(doc, i, k - 1) && defined_kind(doc, defs, k + 1) < 0 && defs->n < INITIALISM_DEFS)
	{
		defs->start[defs->n] = doc->toks[k + 1].tok.start;
		defs->len[defs->n] = doc->toks[k + 1].tok.len;
		defs->kind[defs->n++] = (uint8_t) kind;
	}
}

/* The kind of a defined initialism that names no one: a thing's, written in lower case. */
#define DEFINED_THING CP_ENT_NKINDS

/*
 * The letters an initialism in brackets may spell, upper-cased into
 * out[0..cap): in capitals ("CRR", "U.N."), or as British papers write a
 * pronounced one, a capital and lower case ("Asbo"); a plural's "s" is
 * left out ("Asbos", "SUVs").  Their count, or 0.
 */
static size_t
thing_letters(const char *text, const cp_token *a, char *out, size_t cap)
{
	size_t		n = a->len;
	bool		lower;

	if (a->kind != CP_TOK_WORD || n < 2 || n >= cap || !cp_ascii_upper((unsigned char) text[a->start]))
		return 0;
	if (a->flags & CP_TF_ALL_UPPER)
		return cp_initialism(text + a->start, n, out, cap);
	/* "Asbo": lower case after the first letter; "SUVs": capitals before the plural's "s" */
	lower = text[a->start + 1] >= 'a' && text[a->start + 1] <= 'z';
	if (text[a->start + n - 1] == 's')
		n--;
	for (size_t i = 0; i < n; i++)
	{
		char		c = text[a->start + i];

		if (i > 0 && !(lower ? c >= 'a' && c <= 'z' : cp_ascii_upper((unsigned char) c)))
			return 0;
		out[i] = (char) (c & ~0x20);
	}
	out[n] = '\0';
	return n >= 2 ? n : 0;
}

/*
 * Do the initials of word t, written in lower case, end letters[0..*pos)?
 * A hyphenated word gives each part's ("anti-social" -> "as") or its
 * first's alone ("deposit-taking" -> "d"); *pos moves before them.
 */
static bool
lower_initials_end(const char *text, const cp_token *t, const char *letters, size_t *pos)
{
	char		parts[8];
	size_t		n = 0;

	for (uint32_t i = 0; i < t->len; i++)
	{
		char		c = text[t->start + i];

		if (c == '-')
		{
			if (i == 0 || i + 1 == t->len || text[t->start + i + 1] == '-')
				return false;
		}
		else if (c < 'a' || c > 'z')
			return false;
		else if ((i == 0 || text[t->start + i - 1] == '-') && n < sizeof(parts))
			parts[n++] = (char) (c - 'a' + 'A');
	}
	if (n == 0)
		return false;
	if (n <= *pos && memcmp(letters + *pos - n, parts, n) == 0)
	{
		*pos -= n;
		return true;
	}
	if (*pos > 0 && letters[*pos - 1] == parts[0])
	{
		(*pos)--;
		return true;
	}
	return false;
}

/* The kind of a defined initialism that names no one: a thing's, written in lower case. */
#define DEFINED_THING CP_ENT_NKINDS

/*
 * The initialism in brackets at token k + 1 after words in lower case whose
 * initials it spells ("the cash reserve ratio (CRR)", "dark northern spring
 * (DNS)", "anti-social behaviour orders (Asbos)", "information and
 * communication technology (ICT)": a hyphenated word's parts count, an
 * inner "and" or "of" may have none) names a thing, not a body, a person or
 * a place: defined so, where the tagger read it as one there and after.
 * Not after a body's last word ("the national oil company (NOC)").
 * CoNLL-2003 marks no such initialism an organization but a refinery's unit
 * once; its diseases ("bovine spongiform encephalopathy (BSE)") are other
 * names, which the tagger reads so.
 */
static void
define_thing(const cp_ner_doc *doc, uint8_t *tags, uint32_t k, initialism_defs *defs)
{
	const cp_token *a = &doc->toks[k + 1].tok;
	char		letters[16];
	size_t		n,
				pos;
	uint32_t	w = k;
	bool		skipped = false;

	if (!CP_NER_IS_B(tags[k + 1]) || CP_NER_KIND(tags[k + 1]) == CP_ENT_MISC ||
		!(n = thing_letters(doc->text, a, letters, sizeof(letters))) ||
		ends_as_named_body(doc->text, &doc->toks[k - 1].tok))
		return;
	for (pos = n; pos > 0;)
	{
		const cp_token *t;

		if (w == 0 || tags[w - 1] != CP_NER_TAG_O)
			return;
		t = &doc->toks[--w].tok;
		/*
		 * "letter of credit (LOC)" spells its "of", "(ICT)" not its "and";
		 * one such word between two that count, so the walk stays short
		 */
		if (lower_initials_end(doc->text, t, letters, &pos))
			skipped = false;
		else if (!skipped && pos < n && w > 0 &&
				 (cp_token_is(doc->text, t, "and") || cp_token_is(doc->text, t, "of")))
			skipped = true;
		else
			return;
	}
	tags[k + 1] = CP_NER_TAG_O;
	if (defined_kind(doc, defs, k + 1) < 0 && defs->n < INITIALISM_DEFS)
	{
		defs->start[defs->n] = a->start;
		defs->len[defs->n] = a->len;
		defs->kind[defs->n++] = DEFINED_THING;
	}
}

/*
 * Is the number at token k, between a name ending at token k - 1 and one
 * beginning at k + 1, inside one name, which it then tags whole?  An
 * organization or other name, a number of one to three digits and a name
 * of the same kind, followed by a word in lower case or a comma, are one
 * name ("Channel 4 News that", "Pier 1 Imports Inc said", "Fathers 4
 * Justice,"); a company's, ending with a legal form, whatever the first
 * name was read as ("Phillips 66 Co").  A figure, a line's end or a
 * capitalized word after the second name is a score or a table's row
 * ("Arsenal 2 Chelsea 1", "Nancy 0 Paris St Germain 0").  The name's last
 * token, or 0.
 */
static uint32_t
join_numbered_name(const cp_ner_doc *doc, uint8_t *tags, uint32_t n, uint32_t k)
{
	const char *text = doc->text;
	const cp_token *num = &doc->toks[k].tok,
			   *after;
	uint32_t	i,
				e;
	int			kind;

	if (num->kind != CP_TOK_NUMBER || num->len > 3 || !(num->flags & CP_TF_SPACE_BEFORE) ||
		strspn(text + num->start, "0123456789") < num->len || !(doc->toks[k + 1].tok.flags & CP_TF_SPACE_BEFORE))
		return 0;
	i = name_start(tags, k);
	for (e = k + 1; e + 1 < n && tags[e + 1] == tags[k + 1] + 1;)
		e++;
	if (e + 1 >= n)
		return 0;
	after = &doc->toks[e + 1].tok;
	if (!((after->kind == CP_TOK_WORD && text[after->start] >= 'a' && text[after->start] <= 'z') ||
		  (after->len == 1 && text[after->start] == ',')))
		return 0;
	kind = CP_NER_KIND(tags[i]);
	/* "Phillips 66 Co", read as a person and a company: a company */
	if (CP_NER_KIND(tags[k + 1]) == CP_ENT_ORG && ends_with_legal_form(text, &doc->toks[e].tok))
		kind = CP_ENT_ORG;
	if ((kind != CP_ENT_ORG && kind != CP_ENT_MISC) || CP_NER_KIND(tags[k + 1]) != kind)
		return 0;
	tags[i] = (uint8_t) CP_NER_B(kind);
	for (uint32_t t = i + 1; t <= e; t++)
		tags[t] = (uint8_t) CP_NER_I(kind);
	return e;
}

/*
 * A radio station named with its frequency ("Joy 99.7 FM", "Capital 95.8
 * FM"), which the tagger cut at the number: the name ending at token k - 1,
 * a frequency of the FM band (87.5 to 108.0, one decimal) and "FM" are one
 * organization.  The name's last token, or 0.
 */
static uint32_t
join_station(const cp_ner_doc *doc, uint8_t *tags, uint32_t n, uint32_t k)
{
	const char *text = doc->text;
	const cp_token *num = &doc->toks[k].tok;
	const char *d = text + num->start;
	uint32_t	i = name_start(tags, k);
	int			tenths;

	if (num->kind != CP_TOK_NUMBER || (num->len != 4 && num->len != 5) || d[num->len - 2] != '.' ||
		strspn(d, "0123456789") != num->len - 2u || d[num->len - 1] < '0' || d[num->len - 1] > '9' ||
		k + 1 >= n || !word_is(text, doc->toks[k + 1].tok.start, doc->toks[k + 1].tok.start + doc->toks[k + 1].tok.len, "FM"))
		return 0;
	tenths = 0;
	for (uint32_t c = 0; c < num->len; c++)
		if (d[c] != '.')
			tenths = tenths * 10 + (d[c] - '0');
	if (tenths < 875 || tenths > 1080)
		return 0;
	tags[i] = CP_NER_B(CP_ENT_ORG);
	for (uint32_t t = i + 1; t <= k + 1; t++)
		tags[t] = CP_NER_I(CP_ENT_ORG);
	return k + 1;
}

/*
 * A university's campus after "at" ("University of Hawaii at Manoa",
 * "University of Texas at Austin"), which the tagger read as a place after
 * the university: one name, the university's.  The name's last token, or 0.
 */
static uint32_t
join_campus(const cp_ner_doc *doc, uint8_t *tags, uint32_t n, uint32_t k)
{
	const char *text = doc->text;
	const cp_token *at = &doc->toks[k].tok;
	uint32_t	i = name_start(tags, k),
				e;

	if (CP_NER_KIND(tags[i]) != CP_ENT_ORG || i + 2 >= k ||
		!(doc->toks[i].tok.flags & CP_TF_CAPITALIZED) || !cp_token_is(text, &doc->toks[i].tok, "university") ||
		!cp_token_is(text, &doc->toks[i + 1].tok, "of") || !word_is(text, at->start, at->start + at->len, "at") ||
		tags[k + 1] != CP_NER_B(CP_ENT_LOC))
		return 0;
	for (e = k + 1; e + 1 < n && tags[e + 1] == CP_NER_I(CP_ENT_LOC);)
		e++;
	for (uint32_t t = k; t <= e; t++)
		tags[t] = (uint8_t) CP_NER_I(CP_ENT_ORG);
	return e;
}

/*
 * Whether the token after a name's "'s" leaves it the partners' name
 * ("Standard and Poor's said", "Standard and Poor's recent", "rated by
 * Moody's and Standard and Poor's."): a word in lower case or a clause's
 * end; after the second of two firms, its own unit or stake follows
 * ("Chrysler and AMC's French parent", "Cominco and Teck's 22 pct-owned
 * Lornex", "MCorp's <M> MBank").
 */
static bool
ends_partners_possessive(const char *text, const cp_token *next)
{
	if (next->flags & (CP_TF_CAPITALIZED | CP_TF_HAS_DIGIT))
		return false;
	return (next->flags & CP_TF_HAS_ALPHA) || memchr(",.;:)", text[next->start], 5) != NULL;
}

/*
 * Partners' names the tagger cut at "and" (token k) between the name that
 * token i opens and the organization that token e ends.  A partner's word
 * after "and" ("Morgan Stanley and Co Inc", "Alex Brown and Sons Inc") joins
 * whatever the name before was read as.  So does a single name before
 * another and legal forms only, the last partner's "'s" between ("Gulf and
 * Western Inc", "Standard and Poor's Corp"), or an organization's one-word
 * name before another and its "'s" ("Standard and Poor's said"): news
 * names two firms with both legal forms ("Texaco Inc and Pennzoil Co") or
 * with neither, and in the 20,886 bench articles 7 of the 235 such names
 * were two firms ("Amoco and Exxon Corp").  Not after a country, a state
 * or a capital ("France and NEC Corp"), a legal form ("Roberts and Co and Allied-Signal Inc") or an
 * initialism ("GM and Chrysler Corp"), nor after a comma, whose partners the
 * rule would cut ("Piper, Jaffray and Hopwood Inc").  Said again without the
 * legal form, partners' names the article joined so are joined whatever the
 * tagger read, with their "'s" ("Gulf and Western said", "Standard and
 * Poor's said").  The joined name's last token, or 0.
 */
static uint32_t
partners_end(const cp_ner_doc *doc, const uint8_t *tags, uint32_t n, uint32_t i, uint32_t k, uint32_t e,
			 partner_names *said)
{
	static const word_item partners[] = {
		{"co"}, {"company"}, {"sons"}, {"son"}, {"brothers"}, {"associates"}, {"partners"}
	};
	static int16_t partner_slots[16];
	static cp_wordtab partner_table = CP_WORDTAB(partners, partner_slots);
	const char *text = doc->text;
	const cp_token *first = &doc->toks[i].tok,
			   *after = &doc->toks[k + 1].tok;
	uint32_t	t = k + 2;
	bool		possessive;

	if (i + 1 == k && e == k + 1)
		for (uint32_t p = 0; p < said->n; p++)
			if (said->first[p] == doc->toks[i].lower && said->second[p] == doc->toks[k + 1].lower)
				return said->possessive[p] && e + 1 < n && tags[e + 1] == CP_NER_TAG_O &&
					(doc->toks[e + 1].tok.flags & CP_TF_POSSESSIVE) ? e + 1 : e;
	if (CP_NER_KIND(tags[k + 1]) != CP_ENT_ORG || !(after->flags & CP_TF_CAPITALIZED))
		return 0;
	if (word_in_table(text + after->start, after->len, &partner_table))
		return CP_NER_KIND(tags[i]) == CP_ENT_ORG || CP_NER_KIND(tags[i]) == CP_ENT_PER ? e : 0;
	if (i + 1 != k || !(first->flags & CP_TF_CAPITALIZED) || (first->flags & CP_TF_ALL_UPPER) ||
		(doc->toks[i].gaz & (CP_GAZ_COUNTRY | CP_GAZ_REGION | CP_GAZ_CAPITAL)) ||
		ends_with_legal_form(text, first) || (i > 0 && cp_token_is(text, &doc->toks[i - 1].tok, ",")))
		return 0;
	possessive = t <= e && (doc->toks[t].tok.flags & CP_TF_POSSESSIVE);
	if (!possessive && e == k + 1 && CP_NER_KIND(tags[i]) == CP_ENT_ORG && e + 2 < n &&
		tags[e + 1] == CP_NER_TAG_O && (doc->toks[e + 1].tok.flags & CP_TF_POSSESSIVE) &&
		doc->toks[i].lower != doc->toks[e].lower && ends_partners_possessive(text, &doc->toks[e + 2].tok))
	{
		/*
		 * in the bench articles no two firms shared one possessive
		 * ("Texaco and Pennzoil's dispute")
		 */
		e++;
		possessive = true;
	}
	else
	{
		if (possessive)
			t++;
		if (t > e)
			return 0;
		for (; t <= e; t++)
			if (!ends_with_legal_form(text, &doc->toks[t].tok))
				return 0;
	}
	if (said->n < PARTNER_NAMES)
	{
		said->first[said->n] = doc->toks[i].lower;
		said->second[said->n] = doc->toks[k + 1].lower;
		said->possessive[said->n++] = possessive;
	}
	return e;
}

/*
 * Two common nouns joined by "and" inside one body's name ("European Coal
 * and Steel Community", "Shanghai Posts and Telecommunications Equipment
 * Co"), which the tagger cut at "and": one organization when the words on
 * both sides of "and" are dictionary words and no proper names ("Merrill
 * Lynch and Ford Motor Co" stay two), the first part is two words or more,
 * ends as no body ("Irish Navy and Air Corps" stay two) and is no list's
 * item after a comma ("Norwest, Banc One and First Chicago"), and the second
 * ends as a body, or is two words or more after an organization: the tagger
 * reads the first part of "Kenyan Tea and Coffee Board" as an other name, of
 * "Ghana Cocoa and Coffee Marketing Board" as a place.  Partners' names
 * join too (partners_end).  Token k is the "and".  The name's last token,
 * or 0.
 */
static uint32_t
join_coordinated_body(const cp_ner_doc *doc, uint8_t *tags, uint32_t n, uint32_t k, partner_names *said)
{
	const char *text = doc->text;
	const cp_ner_tok *before = &doc->toks[k - 1],
			   *after = &doc->toks[k + 1];
	uint32_t	i,
				e,
				last;

	if (!cp_token_is(text, &doc->toks[k].tok, "and") || text[doc->toks[k].tok.start] != 'a')
		return 0;
	for (e = k + 1; e + 1 < n && CP_NER_IS_I(tags[e + 1]);)
		e++;
	i = name_start(tags, k);
	if ((last = partners_end(doc, tags, n, i, k, e, said)) > 0)
		e = last;
	else if (CP_NER_KIND(tags[i]) == CP_ENT_PER || CP_NER_KIND(tags[k + 1]) != CP_ENT_ORG || i + 1 >= k ||
			 (before->gaz & (CP_GAZ_LOWER | CP_GAZ_PROPER)) != CP_GAZ_LOWER ||
			 (after->gaz & (CP_GAZ_LOWER | CP_GAZ_PROPER)) != CP_GAZ_LOWER ||
			 !(before->tok.flags & CP_TF_CAPITALIZED) || !(after->tok.flags & CP_TF_CAPITALIZED) ||
			 (before->gaz & CP_GAZ_ORGWORD) || ends_as_body(text, &before->tok) ||
			 cp_token_is(text, &after->tok, "the") || cp_token_is(text, &doc->toks[i].tok, "the") ||
			 (i > 0 && cp_token_is(text, &doc->toks[i - 1].tok, ",")) ||
			 (doc->toks[i].lower == after->lower) ||
			 ((e == k + 1 || CP_NER_KIND(tags[i]) != CP_ENT_ORG) && !ends_as_body(text, &doc->toks[e].tok)))
		return 0;
	else
	{
		/*
		 * a first part that already holds "and" or a body's word is a whole
		 * name when the second is one too: "Bank of Iron County and Summit
		 * Savings and Loan Association" are two
		 */
		bool		ends_body = ends_as_body(text, &doc->toks[e].tok);

		for (uint32_t t = i; t < k; t++)
			if (cp_token_is(text, &doc->toks[t].tok, "and") || (ends_body && (doc->toks[t].gaz & CP_GAZ_ORGWORD)))
				return 0;
	}
	tags[i] = (uint8_t) CP_NER_B(CP_ENT_ORG);
	for (uint32_t t = i + 1; t <= e; t++)
		tags[t] = (uint8_t) CP_NER_I(CP_ENT_ORG);
	return e;
}

/*
 * A country whose name holds "and" ("Trinidad and Tobago", "Bosnia and
 * Herzegovina", "Antigua and Barbuda"), which the tagger read as two places:
 * one place, as CoNLL-2003 marks it, when every word from the first place's
 * to the second's, the "and" too, lies in a country's name the gazetteers
 * hold.  Not a region's ("Jammu and Kashmir" is two places in CoNLL-2003),
 * nor a town's.  Token k is the "and"; the name's last token, or 0.
 */
static uint32_t
join_country_with_and(const cp_ner_doc *doc, uint8_t *tags, uint32_t n, uint32_t k)
{
	uint32_t	i = name_start(tags, k),
				e;

	if (!(doc->toks[k].gaz & CP_GAZ_COUNTRY) || CP_NER_KIND(tags[i]) != CP_ENT_LOC ||
		tags[k + 1] != CP_NER_B(CP_ENT_LOC))
		return 0;
	for (e = k + 1; e + 1 < n && tags[e + 1] == CP_NER_I(CP_ENT_LOC);)
		e++;
	for (uint32_t t = i; t <= e; t++)
		if (!(doc->toks[t].gaz & CP_GAZ_COUNTRY))
			return 0;
	for (uint32_t t = k; t <= e; t++)
		tags[t] = (uint8_t) CP_NER_I(CP_ENT_LOC);
	return e;
}

/*
 * "Food and Drug Administration" read as "Drug Administration": a
 * capitalized common word, untagged and not opening its sentence, before
 * "and" and a body's name that ends as a body is the first part of its
 * head ("Trade and Industry Ministry").  Token k is the "and", untagged
 * with the word before it; the name's last token, or 0.
 */
static uint32_t
join_left_conjunct(const cp_ner_doc *doc, uint8_t *tags, uint32_t n, uint32_t k)
{
	const cp_ner_tok *before = &doc->toks[k - 1];
	uint32_t	e;

	if (tags[k + 1] != CP_NER_B(CP_ENT_ORG) || !cp_token_is(doc->text, &doc->toks[k].tok, "and") ||
		!(before->tok.flags & CP_TF_CAPITALIZED) || (before->tok.flags & CP_TF_ALL_UPPER) ||
		(before->sflags & CP_NER_SF_INITIAL) || (before->gaz & (CP_GAZ_LOWER | CP_GAZ_PROPER)) != CP_GAZ_LOWER ||
		(k >= 2 && (doc->toks[k - 2].tok.flags & CP_TF_CAPITALIZED)))
		return 0;
	for (e = k + 1; e + 1 < n && tags[e + 1] == CP_NER_I(CP_ENT_ORG);)
		e++;
	if (e == k + 1 || !ends_as_named_body(doc->text, &doc->toks[e].tok))
		return 0;
	tags[k - 1] = (uint8_t) CP_NER_B(CP_ENT_ORG);
	tags[k] = (uint8_t) CP_NER_I(CP_ENT_ORG);
	tags[k + 1] = (uint8_t) CP_NER_I(CP_ENT_ORG);
	return e;
}

void
tag_unseen_names(const cp_ner_doc *doc, uint8_t *tags, uint32_t n, initialism_defs *defs, partner_names *said)
{
	/* an office's title or a credit rating read as a name is none, before names are joined */
	untag_offices(doc, tags, n);
	/* k: the token after a name; the tags alone rule out most tokens */
	for (uint32_t k = 1; k + 2 < n; k++)
	{
		uint32_t	e;

		if (tags[k] != CP_NER_TAG_O)
		{
			/* tested at the body's first word, rarer than the "and" */
			if (tags[k] == CP_NER_B(CP_ENT_ORG) && k >= 2 && tags[k - 1] == CP_NER_TAG_O &&
				tags[k - 2] == CP_NER_TAG_O && (e = join_left_conjunct(doc, tags, n, k - 1)) > 0)
				k = e;

			/*
			 * a title read as a one-word name of its own before a person's
			 * ("Rep. Richard Gephardt", "Rep." an other name 31 times on the
			 * bench) is the person's title, no name
			 */
			else if (tags[k] == CP_NER_B(CP_ENT_PER) && CP_NER_IS_B(tags[k - 1]) &&
					 is_title(doc->text + doc->toks[k - 1].tok.start, doc->toks[k - 1].tok.len, CP_TITLE_MENTION))
				tags[k - 1] = CP_NER_TAG_O;
			continue;
		}
		if (tags[k - 1] == CP_NER_TAG_O)
		{
			if (cp_token_is(doc->text, &doc->toks[k].tok, "(") &&
				cp_token_is(doc->text, &doc->toks[k + 2].tok, ")"))
				define_thing(doc, tags, k, defs);
			continue;
		}
		if (CP_NER_IS_B(tags[k + 1]) && (e = join_numbered_name(doc, tags, n, k)) > 0)
			k = e;
		else if (CP_NER_IS_B(tags[k + 1]) && (e = join_campus(doc, tags, n, k)) > 0)
			k = e;
		else if ((e = join_station(doc, tags, n, k)) > 0)
			k = e;
		else if (CP_NER_IS_B(tags[k + 1]) && (e = join_coordinated_body(doc, tags, n, k, said)) > 0)
			k = e;
		else if (CP_NER_IS_B(tags[k + 1]) && (e = join_country_with_and(doc, tags, n, k)) > 0)
			k = e;
		else if (cp_token_is(doc->text, &doc->toks[k].tok, "(") &&
				 cp_token_is(doc->text, &doc->toks[k + 2].tok, ")"))
			define_initialism(doc, tags, k, defs);
	}
	if (defs->n == 0)
		return;
	/*
	 * the defined initialisms where they recur in capitals, untagged or read
	 * as a one-word person, which no defined initialism names; not in a
	 * headline in capitals ("WHO WILL WIN"); a thing's read as a one-word
	 * organization, person or place is no name
	 */
	for (uint32_t k = 0; k < n; k++)
	{
		int			kind;

		if (CP_NER_IS_B(tags[k]) && CP_NER_KIND(tags[k]) != CP_ENT_MISC &&
			!(k + 1 < n && CP_NER_IS_I(tags[k + 1])) && defined_kind(doc, defs, k) == DEFINED_THING)
			tags[k] = CP_NER_TAG_O;
		else if ((tags[k] == CP_NER_TAG_O ||
			 (tags[k] == CP_NER_B(CP_ENT_PER) && !(k + 1 < n && tags[k + 1] == CP_NER_I(CP_ENT_PER)))) &&
			(doc->toks[k].tok.flags & CP_TF_ALL_UPPER) &&
			!(doc->toks[k].sflags & CP_NER_SF_CAPS_SENT) && (kind = defined_kind(doc, defs, k)) >= 0 &&
			kind != DEFINED_THING)
			tags[k] = CP_NER_B(kind);
	}
}

/*
 * The number of one to three digits and the space before it that follow
 * mention m in text[0..len), as a length ("Radio 1." -> 2), or 0.
 */
static uint32_t
number_after(const char *text, size_t len, const raw_mention *m)
{
	size_t		at = (size_t) m->start + m->len,
				k = at + 1;

	if (at + 1 >= len || text[at] != ' ')
		return 0;
	while (k < len && k - at <= 3 && text[k] >= '0' && text[k] <= '9')
		k++;
	if (k == at + 1 || k - at > 4)
		return 0;
	/* the whole number: not "2" of "2,000", "1.5" or "747-300" */
	if (k < len)
	{
		char		c = text[k],
					next = k + 1 < len ? text[k + 1] : ' ';

		if (c == '-' || c == '/' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
			((c == ',' || c == '.') && next >= '0' && next <= '9'))
			return 0;
		/*
		 * before a word in lower case the tagger's own reading stands
		 * (numbered_name), whatever other mentions say: "Motorola 1 minute
		 * 3 seconds" in a cycling result after "Motorola 1 second behind"
		 */
		if (c == ' ' && next >= 'a' && next <= 'z')
			return 0;
	}
	return (uint32_t) (k - at);
}

/*
 * The edition's year in two digits after an apostrophe that follows the
 * other name m in text[0..len), as a length ("Euro' 96", Reuters' spelling,
 * "Euro '96", "Euro'96" -> 4, 4, 3), or 0: part of the event's name, as
 * CoNLL-2003 marks it.  Not after a plural's possessive mark ("the
 * Americans' 25 medals").
 */
static uint32_t
short_year_after(const char *text, size_t len, const raw_mention *m)
{
	size_t		at = (size_t) m->start + m->len,
				k = at;

	if (m->kind != CP_ENT_MISC || at + 3 >= len || text[at - 1] == 's')
		return 0;
	if (text[k] == ' ' && text[k + 1] == '\'')
		k += 2;
	else if (text[k] == '\'')
		k += k + 1 < len && text[k + 1] == ' ' ? 2 : 1;
	else
		return 0;
	if (k + 2 > len || !(text[k] >= '0' && text[k] <= '9') || !(text[k + 1] >= '0' && text[k + 1] <= '9') ||
		(k + 2 < len && ((text[k + 2] >= '0' && text[k + 2] <= '9') || ((text[k + 2] | 0x20) >= 'a' && (text[k + 2] | 0x20) <= 'z'))))
		return 0;
	return (uint32_t) (k + 2 - at);
}

/* An organization's or other name, which a numbered name may be written as. */
static bool
org_or_other(const raw_mention *m)
{
	return m->kind == CP_ENT_ORG || m->kind == CP_ENT_MISC;
}

void
extend_numbered_mentions(cp_arena *arena, const char *text, size_t len, raw_mention *ms, size_t n)
{
	text_chains names;

	text_chains_begin(&names, arena, text, ms, n, org_or_other);
	for (size_t i = 0; i < n; i++)
	{
		raw_mention *m = &ms[i];
		uint32_t	more,
					with;

		if (m->kind == CP_ENT_MISC && !m->shares_stop && (more = short_year_after(text, len, m)) > 0)
		{
			m->len += more;
			continue;
		}
		if (m->kind == CP_ENT_LOC || m->shares_stop || (more = number_after(text, len, m)) == 0)
			continue;
		with = m->len + more;
		for (int32_t k = text_chains_first(&names, m->start, with); k >= 0; k = names.next[k])
			if (ms[k].len == with && (ms[k].kind == CP_ENT_ORG || ms[k].kind == CP_ENT_MISC) &&
				memcmp(text + ms[k].start, text + m->start, with) == 0)
			{
				/* its kind too: "Channel" read as a person in "with Channel 4, Smith said" */
				m->len = with;
				m->kind = ms[k].kind;
				break;
			}
	}
	text_chains_end(&names);
}

/* Is token t a capitalized word or an initial, of a name ("Paul", "D.")? */
static bool
name_word(const cp_token *t)
{
	return t->kind == CP_TOK_WORD && (t->flags & CP_TF_CAPITALIZED) && !(t->flags & CP_TF_POSSESSIVE);
}

/*
 * Encyclopedic text writes a person's nickname in quotation marks inside the
 * full name, in its first sentence ('Criselda "Crisel" Magpantay'); the
 * tagger, which saw none in 1996 Reuters text, reads the given names, the
 * nickname and the family name as up to three names, of any kind.  One
 * person's name: capitalized words the tagger began a name at, a double
 * quotation mark right before one to three capitalized words or initials,
 * another right after them, then a family name the tagger read as a person's.
 */
uint32_t
nicknamed_name_end(const cp_ner_doc *doc, const uint8_t *tags, uint32_t ntoks, uint32_t i)
{
	const cp_ner_tok *t = doc->toks;
	uint32_t	a = i,
				b,
				e;

	while (a < ntoks && name_word(&t[a].tok) && (a == i || tags[a] == tags[i] + 1))
		a++;
	if (a == i || a + 3 >= ntoks || !cp_token_is_double_quote(&t[a].tok) ||
		!(t[a].tok.flags & CP_TF_SPACE_BEFORE) || (t[a].tok.flags & CP_TF_SPACE_AFTER))
		return 0;
	for (b = a + 1; b < ntoks && b <= a + 3 && name_word(&t[b].tok); b++)
		;
	if (b == a + 1 || b + 1 >= ntoks || !cp_token_is_double_quote(&t[b].tok) ||
		(t[b].tok.flags & CP_TF_SPACE_BEFORE) || !(t[b].tok.flags & CP_TF_SPACE_AFTER) ||
		!name_word(&t[b + 1].tok) || CP_NER_KIND(tags[b + 1]) != CP_ENT_PER || tags[b + 1] == CP_NER_TAG_O)
		return 0;
	for (e = b + 1; e + 1 < ntoks && tags[e + 1] == tags[b + 1] + 1 && name_word(&t[e + 1].tok); e++)
		;
	return e;
}

/* Do tags from..to (of n) make one mention, no more and no less? */
static bool
one_mention(const uint8_t *tags, uint32_t from, uint32_t to, uint32_t n)
{
	if (!CP_NER_IS_B(tags[from]))
		return false;
	for (uint32_t k = from + 1; k <= to; k++)
		if (tags[k] != tags[from] + 1)
			return false;
	return to + 1 >= n || tags[to + 1] != tags[from] + 1;
}

/*
 * Is token t a colon between a title's words before a capitalized one,
 * where a title runs on into its subtitle ("Mission: Impossible", "Star
 * Wars: A New Hope")?  The title opens with the quotation mark at token k.
 */
bool
title_colon(const char *text, const cp_ner_tok *toks, uint32_t t, uint32_t k, uint32_t last)
{
	return t > k + 1 && t < last && cp_token_is_double_quote(&toks[k].tok) && toks[t].tok.kind == CP_TOK_PUNCT &&
		toks[t].tok.len == 1 && text[toks[t].tok.start] == ':' && (toks[t + 1].tok.flags & CP_TF_CAPITALIZED);
}

/*
 * The words between the quotation marks at tokens k and close, title case
 * and two to twelve tokens, a possessive among them ('"Schindler's List"',
 * '"Who's Who in Business 2018"'; the comma or full stop before the
 * closing mark left out), as a title: their last token, or 0.  A title
 * dated in brackets after it ('"Thursday" (2010)') may be one word.  A
 * colon before a capitalized word parts a title from its subtitle
 * ('"Private Lives: Critical Essays on the Novel"'), which may run to
 * sixteen tokens.
 */
static uint32_t
quoted_title_end(const char *text, const cp_ner_tok *toks, uint32_t k, uint32_t close, bool dated)
{
	uint32_t	last = close - 1,
				heads = 0;
	bool		subtitle = false;

	if (last > k + 1 && toks[last].tok.kind == CP_TOK_PUNCT && toks[last].tok.len == 1 &&
		(text[toks[last].tok.start] == ',' || text[toks[last].tok.start] == '.'))
		last--;
	for (uint32_t t = k + 1; t <= last; t++)
	{
		const cp_token *w = &toks[t].tok;

		if (w->kind == CP_TOK_NUMBER || (w->kind == CP_TOK_WORD && (w->flags & CP_TF_CAPITALIZED)))
			heads++;
		else if (t > k + 1 && t < last && (w->flags & CP_TF_POSSESSIVE))
			continue;
		else if (!subtitle && title_colon(text, toks, t, k, last))
			subtitle = true;
		else if (w->kind != CP_TOK_WORD || t == k + 1 || t == last ||
				 !is_title_small_word(text, w))
			return 0;
	}
	return heads >= (dated ? 1u : 2u) && last - k <= (subtitle ? 16u : 12u) ? last : 0;
}

/*
 * Is the quotation mark that closes at token close (of a sentence of n
 * tokens) followed by a year in brackets ('"Little Nanay" (2015)', a work's
 * date in a list of roles)?
 */
static bool
dated_quotation(const char *text, const cp_ner_tok *toks, uint32_t close, uint32_t n)
{
	const cp_token *y;

	if (close + 2 >= n)
		return false;
	y = &toks[close + 2].tok;
	return toks[close + 1].tok.kind == CP_TOK_PUNCT && text[toks[close + 1].tok.start] == '(' &&
		y->kind == CP_TOK_NUMBER && y->len == 4 && (text[y->start] == '1' || text[y->start] == '2');
}

/*
 * Do the tokens between a closing quotation mark at token close and an
 * opening one at token open join two items of a list: ",", "and", "or" or
 * ", and"?
 */
static bool
joins_quotations(const char *text, const cp_ner_tok *toks, uint32_t close, uint32_t open)
{
	uint32_t	t = close + 1;

	if (t < open && toks[t].tok.kind == CP_TOK_PUNCT && toks[t].tok.len == 1 && text[toks[t].tok.start] == ',')
		t++;
	if (t < open && (cp_token_is(text, &toks[t].tok, "and") || cp_token_is(text, &toks[t].tok, "or")))
		t++;
	return t == open && open > close + 1;
}

/*
 * Does a noun of works and "called", "titled", "entitled" or "named" come
 * before the quotation mark at token k ('a song called "Qualified"', 'an
 * album titled "Rain"')?
 */
static bool
titled_work(const char *text, const cp_ner_tok *toks, uint32_t k)
{
	static const char *const verbs[] = {"called", "titled", "entitled", "named", NULL};
	const cp_token *v = k > 1 ? &toks[k - 1].tok : NULL;

	return v && v->kind == CP_TOK_WORD && v->len >= 5 && word_among(text, v->start, v->start + v->len, verbs) &&
		toks[k - 2].tok.kind == CP_TOK_WORD &&
		names_works(text, toks[k - 2].tok.start, toks[k - 2].tok.start + toks[k - 2].tok.len);
}

/*
 * Does a sentence of n tokens speak of works: a noun of works ("film",
 * "series", "songs") or a verb of making or playing them?  What licenses
 * reading a quoted name the tagger read as a body's as a work's.
 */
static bool
speaks_of_works(const char *text, const cp_ner_tok *toks, uint32_t n)
{
	static const char *const verbs[] = {"starred", "starring", "released", "directed", "portrayal", "portrayed",
	"appearances", "appeared", "recorded", "recording", "episode", "episodes", "storyline", "drama", "show", "shows",
	"produced", "producer", "played", "plays", "sang", "cover", "covered", NULL};

	for (uint32_t t = 0; t < n; t++)
	{
		const cp_token *w = &toks[t].tok;

		if (w->kind == CP_TOK_WORD && !(w->flags & CP_TF_CAPITALIZED) && w->len >= 4 &&
			(names_works(text, w->start, w->start + w->len) || word_among(text, w->start, w->start + w->len, verbs)))
			return true;
	}
	return false;
}

/*
 * Does the name in the quotation marks at tokens k and close stand as a
 * body's does: the article "the" outside the marks with no noun after
 * them ('according to the "Los Angeles Times"', 'the "Brotherhood of
 * Nations" in', not 'the "Saw" film franchise'), "so-called" before, a
 * verb of reporting after them ('"Lloyd's List" reported') or "told"
 * before, or a periodical's word in the name ('"New England Journal of
 * Medicine"', '"Rabochaya Gazeta"')?  Encyclopedic text sets newspapers
 * and magazines in the marks of works, and CoNLL-2003 marks them as bodies.
 */
static bool
reads_as_periodical(const char *text, const cp_ner_tok *toks, uint32_t k, uint32_t close, uint32_t n)
{
	static const char *const reporting[] = {"reported", "reports", "said", "says", "wrote", "writes", "published", "named", "ranked", NULL};
	/* the words of periodicals' names in other languages and in English, anywhere in the name */
	static const char *const press[] = {"zeitung", "gazeta", "gazzetta", "corriere", "pravda", "izvestia", "novosti",
	"diario", "jornal", "folha", "dagbladet", "tidende", "sanomat", "kurier", "nachrichten", "rundschau", "tageblatt",
	"zeitschrift", "magazine", "news", "weekly", "daily", "review", NULL};
	const cp_token *a = close + 1 < n ? &toks[close + 1].tok : NULL;

	if (a && a->kind == CP_TOK_WORD && word_among(text, a->start, a->start + a->len, reporting))
		return true;
	/* 'told "Billboard"', 'the so-called "Golden Crescent"' */
	if (k > 0 && (cp_token_is(text, &toks[k - 1].tok, "told") || cp_token_is(text, &toks[k - 1].tok, "so-called") ||
				  (k > 1 && cp_token_is(text, &toks[k - 1].tok, "called") && cp_token_is(text, &toks[k - 2].tok, "so"))))
		return true;
	for (uint32_t t = k + 1; t < close; t++)
		if (toks[t].tok.kind == CP_TOK_WORD && (toks[t].tok.flags & CP_TF_CAPITALIZED) &&
			(ends_as_newspaper(text, &toks[t].tok) ||
			 word_among(text, toks[t].tok.start, toks[t].tok.start + toks[t].tok.len, press)))
			return true;
	return k > 0 && cp_token_is(text, &toks[k - 1].tok, "the") &&
		!(a && a->kind == CP_TOK_WORD && !(a->flags & CP_TF_CAPITALIZED) && !is_title_small_word(text, a));
}

/*
 * Are the words between the quotation marks at tokens k and close, the
 * marks set close against them ('"Abomama"', not the spaced marks of
 * tokenized text), one name the tagger read as a person's or a body's
 * (the comma or full stop before the closing mark left out)?  Names it
 * never saw in close marks are titles of series, films, songs and ships
 * far more often than bodies ('appearances include "Westworld"', 'in
 * "Bread and Butter"', 'sailed "Spéculateur"'); a newspaper's, a firm's
 * or a studio's stays a body's.  Encyclopedic text puts
 * works, ships and shows in such marks ('plays Tshidi on "Abomama"',
 * 'captured "Ariel" and "Grinder"', '"Wiro Sableng" novel series'); a
 * person's name alone in them is rare.  Not a name given as one ('known
 * as "Il Terribilia"', 'her nom-de-plume "Adaa"'), one glossed in brackets
 * after it (a war cry '"Allahu Akhbar" (God is Great)'), one in another
 * script (a Russian name's Cyrillic spelling), nor a ticker ('under the
 * symbol "UNO"').
 */
static bool
quoted_name(const char *text, const cp_ner_tok *toks, const uint8_t *tags, uint32_t k, uint32_t close, uint32_t n)
{
	uint32_t	last = close - 1;
	const cp_token *o = &toks[k].tok,
			   *c = &toks[close].tok;

	static const char *const naming[] = {"as", "name", "names", "plume", "nom-de-plume", "pseudonym", "alias", "nickname", "nicknamed", "symbol", NULL};

	if (tags[k + 1] == CP_NER_TAG_O ||
		(CP_NER_KIND(tags[k + 1]) != CP_ENT_PER && CP_NER_KIND(tags[k + 1]) != CP_ENT_ORG) ||
		text[o->start + o->len] == ' ' || c->start == 0 || text[c->start - 1] == ' ' ||
		(unsigned char) text[toks[k + 1].tok.start] >= 0x80 ||
		(close + 1 < n && toks[close + 1].tok.kind == CP_TOK_PUNCT && text[toks[close + 1].tok.start] == '('))
		return false;
	if (k > 0 && toks[k - 1].tok.kind == CP_TOK_WORD &&
		word_among(text, toks[k - 1].tok.start, toks[k - 1].tok.start + toks[k - 1].tok.len, naming))
		return false;
	if (last > k + 1 && toks[last].tok.kind == CP_TOK_PUNCT && toks[last].tok.len == 1 &&
		(text[toks[last].tok.start] == ',' || text[toks[last].tok.start] == '.'))
		last--;
	if (!one_mention(tags, k + 1, last, n))
		return false;
	/*
	 * read as a body: a newspaper, a firm or a studio keeps its kind
	 * ('the "San Francisco Chronicle"', '"Damajive Studios"'), as does a
	 * name a body's noun ends or stands beside ('"Paris Club"', 'the
	 * "Standard" newspaper', 'production companies "The Analogue Room"')
	 */
	if (CP_NER_KIND(tags[k + 1]) == CP_ENT_ORG &&
		(ends_as_newspaper(text, &toks[last].tok) || ends_as_company(text, &toks[last].tok) ||
		 cp_token_is(text, &toks[last].tok, "studios") ||
		 names_body(text, toks[last].tok.start, toks[last].tok.start + toks[last].tok.len) ||
		 (k > 0 && toks[k - 1].tok.kind == CP_TOK_WORD &&
		  names_body(text, toks[k - 1].tok.start, toks[k - 1].tok.start + toks[k - 1].tok.len)) ||
		 (close + 1 < n && toks[close + 1].tok.kind == CP_TOK_WORD &&
		  names_body(text, toks[close + 1].tok.start, toks[close + 1].tok.start + toks[close + 1].tok.len)) ||
		 reads_as_periodical(text, toks, k, close, n) || !speaks_of_works(text, toks, n)))
		return false;
	return true;
}

/*
 * Is token k the "'s" after a television or radio channel's name ("BBC
 * One's", "Channel 4's", "ITV1's", "Radio 4's")?  What comes right after it
 * in title case is a programme's title: "BBC Two's The Catherine Tate
 * Show", "Channel 4's Supernanny", "Radio 4's Today programme".  After a
 * number the tokenizer leaves "'" and "s" apart.
 */
static bool
channel_possessive(const char *text, const cp_ner_tok *t, uint32_t k, uint32_t *first, uint32_t *last)
{
	static const char *const numbered[] = {
		"One", "Two", "Three", "Four", "1", "2", "3", "4", "5", "Five", NULL};
	static const char *const alone[] = {
		"ITV", "ITV1", "ITV2", "BBC1", "BBC2", "BBC3", "BBC4", "E4", "More4", "HBO", NULL};
	const cp_token *w = &t[k].tok;
	uint32_t	e;				/* the name's last token */

	if ((w->flags & CP_TF_POSSESSIVE) && w->len == 2 && k > 0)
		e = k - 1;
	else if (w->len == 1 && text[w->start] == 's' && k > 1 && t[k - 1].tok.kind == CP_TOK_QUOTE &&
			 text[t[k - 1].tok.start] == '\'' && t[k - 1].tok.start + 1 == w->start)
		e = k - 2;
	else
		return false;
	w = &t[e].tok;
	*first = *last = e;
	if (word_among(text, w->start, w->start + w->len, alone))
		return true;
	if (e == 0 || !word_among(text, w->start, w->start + w->len, numbered) ||
		!(cp_token_is(text, &t[e - 1].tok, "BBC") || cp_token_is(text, &t[e - 1].tok, "Channel") ||
		  cp_token_is(text, &t[e - 1].tok, "Radio")))
		return false;
	/* "BBC Radio 4" */
	*first = e - 1 > 0 && cp_token_is(text, &t[e - 1].tok, "Radio") && cp_token_is(text, &t[e - 2].tok, "BBC") ?
		e - 2 : e - 1;
	return true;
}

/*
 * Is token k the "as" of "films such as", "such films as" or the
 * "including" of "hits including", after a plural noun of works?  A list of
 * titles follows: "such films as Raging Bull and Goodfellas", "films
 * including Jungle Fever, Do The Right Thing and Malcolm X", "games such as
 * Knights of the Old Republic and Neverwinter Nights".
 */
static bool
works_listed(const char *text, const cp_ner_tok *t, uint32_t k)
{
	/* plural nouns of works the nouns table leaves out (a verb or a common noun as often in the singular) */
	static const char *const plural[] = {"hits", "shows", "games", "titles", "programmes", "tracks", NULL};
	const cp_token *w = &t[k].tok,
			   *p;
	uint32_t	j;

	if (cp_token_is(text, w, "including"))
		j = k >= 2 && cp_token_is(text, &t[k - 1].tok, ",") ? k - 2 : k - 1;
	else if (cp_token_is(text, w, "as") && k >= 2 && cp_token_is(text, &t[k - 1].tok, "such"))
		j = k >= 3 && cp_token_is(text, &t[k - 2].tok, ",") ? k - 3 : k - 2;
	else if (cp_token_is(text, w, "as") && k >= 2 && cp_token_is(text, &t[k - 2].tok, "such"))
		j = k - 1;
	else
		return false;
	if (j >= k)
		return false;
	p = &t[j].tok;
	return p->kind == CP_TOK_WORD && p->len > 3 && text[p->start + p->len - 1] == 's' &&
		(names_works(text, p->start, p->start + p->len) || word_among(text, p->start, p->start + p->len, plural));
}

/*
 * A title in title case right after the noun of works at token k (of n),
 * without quotation marks, as British news writes them ("his new thriller
 * Hide and Seek", "police action movie Assault On Precinct 13", "the film
 * I Heart Huckabees"): one other name, which the tagger cut at its small
 * words or read as a person or a body.  The title: capitalized words and
 * numbers, "the", "of", "and", "a" only between them, up to eight tokens.
 * Not after "to" ("to film Tom Cruise", a verb), nor "best" ("the best film
 * Oscar", an award's category).  So too a programme's title after a
 * channel's "'s" (channel_possessive) and each title of a list after a
 * plural noun of works (works_listed).  Its last token, or k.  The caller
 * has seen token k + 1 capitalized.
 */
static uint32_t
named_title(const cp_ner_doc *doc, uint8_t *tags, uint32_t k, uint32_t n)
{
	/* not "on", "in", "at": the title would run on into a date or a place ("Hide and Seek on Friday") */
	static const char *const inner[] = {"the", "of", "and", "a", "an", NULL};
	const char *text = doc->text;
	const cp_ner_tok *t = doc->toks;
	const cp_token *w = &t[k].tok,
			   *a;
	uint32_t	last,
				name,
				name_end;
	bool		channel,
				listed = false;

	if (t[k + 1].tok.kind != CP_TOK_WORD)
		return k;
	/* the cheap test first: "'s", or the "s" of "4's" */
	channel = ((w->flags & CP_TF_POSSESSIVE) || (w->len == 1 && text[w->start] == 's')) &&
		channel_possessive(text, t, k, &name, &name_end);
	/* the channel is a body, when the tagger left it unread ("Channel 4's", "ITV1's") */
	if (channel && tags[name] == CP_NER_TAG_O && tags[name_end] == CP_NER_TAG_O)
		for (uint32_t e = name; e <= name_end; e++)
			tags[e] = e == name ? CP_NER_B(CP_ENT_ORG) : CP_NER_I(CP_ENT_ORG);
	if (!channel && k > 1 && ((w->len == 2 && text[w->start] == 'a' && text[w->start + 1] == 's') ||
							  (w->len == 9 && text[w->start] == 'i')))
		listed = works_listed(text, t, k);
	if (!channel && !listed &&
		(w->kind != CP_TOK_WORD || w->len < 4 ||
		 text[w->start] < 'a' || text[w->start] > 'z' || !names_work_before(text, w->start, w->start + w->len) ||
		 (k > 0 && (cp_token_is(text, &t[k - 1].tok, "to") || cp_token_is(text, &t[k - 1].tok, "best")))))
		return k;
	/* one title, or each of a list's: "X, Y and Z" */
	for (;;)
	{
		last = k + 1;
		for (uint32_t e = k + 2; e < n && e <= k + 8; e++)
		{
			const cp_token *x = &t[e].tok;

			if (x->kind == CP_TOK_NUMBER || (x->kind == CP_TOK_WORD && (x->flags & CP_TF_CAPITALIZED)))
				last = e;
			/* after a channel or in a list, "and" lists the next one ("Channel 4's Supernanny and ITV1's") */
			else if (x->kind != CP_TOK_WORD || !word_among(text, x->start, x->start + x->len, inner) ||
					 ((channel || listed) && cp_token_is(text, x, "and")))
				break;
		}
		/* "Radio 4's Today Programme": the programme's noun, capitalized, is no part of its title */
		if (channel && last > k + 1 && cp_token_is(text, &t[last].tok, "Programme"))
			last--;
		a = &t[last].tok;
		/*
		 * after a channel, a presenter's name ("Radio 2's Jeremy Vine", which
		 * the tagger reads as a person), a month or a day ("Channel 4's January
		 * audience share", "ITV1's Saturday morning show") is no programme
		 */
		if (channel &&
			((tags[k + 1] != CP_NER_TAG_O && CP_NER_KIND(tags[k + 1]) == CP_ENT_PER && last > k + 1) ||
			 (last == k + 1 && (cp_month_from_name(text + a->start, a->len) > 0 ||
								cp_weekday_from_name(text + a->start, a->len) >= 0))))
			return k;
		/*
		 * Where the title ends is unsure, so no rule: before another small word
		 * and a capital ("Mutiny on the Bounty" or "Hide and Seek on Friday"),
		 * before an apostrophe ("It's A Wonderful Life"), at "The" or "A" ("the
		 * film The 10th District Court"); nor "I" alone ("the thriller I saw"),
		 * nor a name the tagger ran on past it; in a list, nor before a colon
		 * ("Robin Hood: Prince of Thieves").
		 */
		if ((last + 2 < n && is_title_small_word(text, &t[last + 1].tok) &&
			 (t[last + 2].tok.flags & CP_TF_CAPITALIZED) &&
			 !((channel || listed) && cp_token_is(text, &t[last + 1].tok, "and"))) ||
			text[a->start + a->len] == '\'' || (a->len >= 3 && (unsigned char) text[a->start + a->len] == 0xE2) ||
			(last == k + 1 && a->len < 2) || cp_token_is(text, a, "the") || cp_token_is(text, a, "a") ||
			(listed && text[a->start + a->len] == ':') ||
			(last + 1 < n && tags[last + 1] != CP_NER_TAG_O && !CP_NER_IS_B(tags[last + 1])))
			return k;
		for (uint32_t e = k + 1; e <= last; e++)
			tags[e] = e == k + 1 ? CP_NER_B(CP_ENT_MISC) : CP_NER_I(CP_ENT_MISC);
		/* the list's next title, after "," or "and" */
		if (!listed || last + 2 >= n || t[last + 2].tok.kind != CP_TOK_WORD ||
			!(t[last + 2].tok.flags & CP_TF_CAPITALIZED) ||
			!(cp_token_is(text, &t[last + 1].tok, ",") || cp_token_is(text, &t[last + 1].tok, "and")))
			return last;
		k = last + 1;
	}
}

void
tag_quoted_titles(const cp_ner_doc *doc, uint8_t *tags, uint32_t n)
{
	uint32_t	title_close = 0;	/* the closing mark of the last title, 0 none */

	for (uint32_t k = 0; k + 1 < n; k++)
	{
		uint32_t	close = k + 1,
					last;
		bool		dated,
					listed,
					quoted;

		/* one pass over the tokens for both kinds of titles; the capital first, few words have one after them */
		if (!cp_token_is_double_quote(&doc->toks[k].tok))
		{
			if (doc->toks[k + 1].tok.flags & CP_TF_CAPITALIZED)
				k = named_title(doc, tags, k, n);
			continue;
		}
		if (k + 3 >= n)
			break;
		/* the closing mark, within fourteen tokens (eighteen for a subtitle's) */
		while (close < n && close <= k + 18 && !cp_token_is_double_quote(&doc->toks[close].tok))
			close++;
		if (close >= n || close > k + 18)
			continue;
		dated = dated_quotation(doc->text, doc->toks, close, n);
		/*
		 * after a noun of works ('the films "Zero Patience"', 'the series
		 * "Due South"') and listed after such a title ('..., "Camilla" and
		 * ...'): a title, one word or read as a name
		 */
		listed = (title_close > 0 && joins_quotations(doc->text, doc->toks, title_close, k)) ||
			(k > 0 && doc->toks[k - 1].tok.kind == CP_TOK_WORD &&
			 names_works(doc->text, doc->toks[k - 1].tok.start,
						 doc->toks[k - 1].tok.start + doc->toks[k - 1].tok.len)) ||
			titled_work(doc->text, doc->toks, k);
		quoted = quoted_name(doc->text, doc->toks, tags, k, close, n);
		last = quoted_title_end(doc->text, doc->toks, k, close, dated || listed || quoted);
		/* not a letter alone (warrant series "A" and "B") */
		if (listed && last == k + 1 && doc->toks[last].tok.len < 2)
			last = 0;
		title_close = 0;
		if (last == 0)
			continue;
		/*
		 * not a nickname inside a quoted's name: Roberto "Hands of Stone"
		 * Duran; a dated title is a work's, whatever the tagger read it as
		 * ('"Alyas Robin Hood" (2016)' as a quoted)
		 */
		if (!(k > 0 && tags[k - 1] != CP_NER_TAG_O && CP_NER_KIND(tags[k - 1]) == CP_ENT_PER &&
			  last + 2 < n && (doc->toks[last + 2].tok.flags & CP_TF_CAPITALIZED)) &&
			(dated || listed || quoted || !one_mention(tags, k + 1, last, n)))
			for (uint32_t t = k + 1; t <= last; t++)
				tags[t] = t == k + 1 ? CP_NER_B(CP_ENT_MISC) : CP_NER_I(CP_ENT_MISC);
		if (listed)
			title_close = close;
		k = last + 1;
	}
}

/*
 * Do the bytes of a sentence of n tokens hold the len bytes at s?  A scan
 * for its rare byte s[rare] with memchr, not of the sentence's tokens, so
 * that a rule most sentences give no work costs little.
 */
static inline bool
sentence_holds(const char *text, const cp_ner_tok *t, uint32_t n, const char *s, size_t len, size_t rare)
{
	const char *from = text + t[0].tok.start,
			   *end = text + t[n - 1].tok.start + t[n - 1].tok.len,
			   *p = from + rare;

	while (p < end && (p = memchr(p, s[rare], (size_t) (end - p))) != NULL)
	{
		if ((size_t) (end - p) >= len - rare && memcmp(p - rare, s, len) == 0)
			return true;
		p++;
	}
	return false;
}

/*
 * Is token t a capitalized word, not a number's ("39A" of "Section 39A"),
 * or a small word in lower case a title leaves so ("of", "and")?
 */
static bool
act_word(const char *text, const cp_token *t, bool small)
{
	if (t->kind != CP_TOK_WORD || (text[t->start] >= '0' && text[t->start] <= '9'))
		return false;
	if (t->flags & CP_TF_CAPITALIZED)
		return true;
	return small && is_title_small_word(text, t);
}

/*
 * A law's name with a bracketed part before "Act" ("Sex Disqualification
 * (Removal) Act 1919", "Parks (Scotland) Act 2000", "Criminal Law
 * (Amendment) Act"), as British and Commonwealth statutes are named, which
 * the tagger cut at the brackets: one other name, as CoNLL-2003 marks a
 * law ("Clean Air Act"; its year then joins it as an event's does).  Up to
 * eight words before the brackets and six inside, capitalized or small
 * words between capitalized ones; not the article opening the sentence,
 * nor a person's name.
 */
void
tag_bracketed_acts(const cp_ner_doc *doc, uint8_t *tags, uint32_t n)
{
	const char *text = doc->text;
	const cp_ner_tok *t = doc->toks;

	/* most sentences have no ") Act" */
	if (n < 5 || !sentence_holds(text, t, n, ") Act", 5, 0))
		return;
	for (uint32_t a = 4; a < n; a++)
	{
		uint32_t	o,
					s;

		if (text[t[a].tok.start] != 'A' || !cp_token_is(text, &t[a].tok, "act") ||
			t[a - 1].tok.kind != CP_TOK_PUNCT || text[t[a - 1].tok.start] != ')')
			continue;
		for (o = a - 2; o > 0 && a - o <= 8 && act_word(text, &t[o].tok, true); o--)
			;
		if (t[o].tok.kind != CP_TOK_PUNCT || text[t[o].tok.start] != '(' || o + 2 > a - 1 ||
			!act_word(text, &t[o + 1].tok, false))
			continue;
		for (s = o; s > 0 && o - s < 8 && act_word(text, &t[s - 1].tok, true); s--)
			;
		while (s < o && (!act_word(text, &t[s].tok, false) || (s == 0 && cp_token_is(text, &t[s].tok, "the"))))
			s++;
		/* not a person's party in brackets before the verb: "Smith (Labour) Act now" */
		if (s == o || (tags[s] != CP_NER_TAG_O && CP_NER_KIND(tags[s]) == CP_ENT_PER))
			continue;
		for (uint32_t k = s; k <= a; k++)
			tags[k] = k == s ? CP_NER_B(CP_ENT_MISC) : CP_NER_I(CP_ENT_MISC);
	}
}

/* Do the three bytes at w spell "com", "net" or "org"? */
static bool
web_domain(const char *w)
{
	return memcmp(w, "com", 3) == 0 || memcmp(w, "net", 3) == 0 || memcmp(w, "org", 3) == 0;
}

/*
 * A web address written whole as a capitalized name and ".com", ".net" or
 * ".org" ("Souq.com", "SellAnyCar.com", "Amazon.com"): the site or the
 * company that runs it, one organization, which the tagger read as the name
 * before the period (as a person or a place) or left out.  Not a part of a
 * longer address ("www.Example.com", "jo@Example.com").
 */
void
tag_web_addresses(const cp_ner_doc *doc, uint8_t *tags, uint32_t n)
{
	const char *text = doc->text;
	const cp_ner_tok *t = doc->toks;
	const char *p,
			   *end;

	/* most sentences have no ".com": a scan of their bytes, not of their tokens */
	if (n < 3)
		return;
	p = text + t[0].tok.start;
	end = text + t[n - 1].tok.start + t[n - 1].tok.len;
	while ((p = memchr(p, '.', (size_t) (end - p))) != NULL && !(end - p > 3 && web_domain(p + 1)))
		p++;
	if (!p)
		return;
	for (uint32_t k = 1; k + 1 < n; k++)
	{
		uint32_t	d = t[k].tok.start,
					s = k - 1;

		if (text[d] != '.' || t[k + 1].tok.start != d + 1 || t[k + 1].tok.len != 3 ||
			t[s].tok.start + t[s].tok.len != d)
			continue;
		if (!web_domain(text + d + 1))
			continue;
		if (t[s].tok.kind != CP_TOK_WORD || !(t[s].tok.flags & CP_TF_CAPITALIZED) ||
			(s > 0 && t[s - 1].tok.start + t[s - 1].tok.len == t[s].tok.start))
			continue;
		/* a name the tagger read up to the period keeps its start ("Barnes & Noble.com") */
		while (s > 0 && CP_NER_IS_I(tags[s]))
			s--;
		for (uint32_t j = s; j <= k + 1; j++)
			tags[j] = j == s ? CP_NER_B(CP_ENT_ORG) : CP_NER_I(CP_ENT_ORG);
		k++;
	}
}

/*
 * An honour named "... of the Year" ("WAC Player of the Year", "Big West
 * Conference Offensive Player of the Year", "Comeback Player of the
 * Year", "Rookie of the Year"): one other name, as an award is, from the
 * capitalized words before "of", up to six, whatever the tagger read them
 * as (a conference's name, or nothing); not a season's figure before it
 * nor the possessive of the body that gives it ("North Carolina FC's").
 * "Year" capitalized after "of the" names little else.
 */
void
tag_year_awards(const cp_ner_doc *doc, uint8_t *tags, uint32_t n)
{
	const cp_ner_tok *t = doc->toks;
	const char *text = doc->text;

	/* few sentences hold " Year" */
	if (n < 4 || !sentence_holds(text, t, n, " Year", 5, 1))
		return;
	for (uint32_t y = 3; y < n; y++)
	{
		uint32_t	s;

		if (text[t[y].tok.start] != 'Y' || t[y].tok.len != 4 || !cp_token_is(text, &t[y].tok, "year") ||
			!cp_token_is(text, &t[y - 1].tok, "the") || !cp_token_is(text, &t[y - 2].tok, "of") ||
			t[y - 3].tok.kind != CP_TOK_WORD || !(t[y - 3].tok.flags & CP_TF_CAPITALIZED) ||
			(t[y - 3].tok.flags & CP_TF_POSSESSIVE))
			continue;
		for (s = y - 3; s > 0 && y - 3 - s < 5 && t[s - 1].tok.kind == CP_TOK_WORD &&
			 (t[s - 1].tok.flags & CP_TF_CAPITALIZED) && !(t[s - 1].tok.flags & CP_TF_POSSESSIVE) &&
			 !(text[t[s - 1].tok.start] >= '0' && text[t[s - 1].tok.start] <= '9'); s--)
			;
		if (cp_token_is(text, &t[s].tok, "the") && s < y - 3)
			s++;
		for (uint32_t k = s; k <= y; k++)
			tags[k] = k == s ? CP_NER_B(CP_ENT_MISC) : CP_NER_I(CP_ENT_MISC);
		if (y + 1 < n && tags[y + 1] != CP_NER_TAG_O && !CP_NER_IS_B(tags[y + 1]))
			tags[y + 1] = CP_NER_B(CP_NER_KIND(tags[y + 1]));
	}
}
