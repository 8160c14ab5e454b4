/*
 * entities_spans.c: where a name the tagger read starts and ends: the
 * words it left out before or after it (a person's particles, a legal
 * form, the edition's year of an event, "Route 9"'s number, "Henry VIII"'s
 * numeral) and the punctuation that ends it.  The rules that decide a
 * mention's kind are in entities.c.
 */
#include "entities_internal.h"

#include <string.h>

#include "calendar.h"
#include "entities_nouns.h"
#include "names.h"
#include "ner.h"
#include "titles.h"

/*
 * Last words of events that happen once, which a year before them only
 * dates ("the 1991 Gulf War", "the 1993 Oslo Accords"), unlike the editions
 * of a series ("the 2018 Winter Olympics", "the 1997 Fed Cup").
 */
static const word_item one_off_ends[] = {
	{"war"}, {"crisis"}, {"accord"}, {"accords"}, {"agreement"}, {"treaty"}, {"convention"},
	{"conquest"}, {"charter"}
};
static int16_t one_off_end_slots[16];
static cp_wordtab one_off_end_table = CP_WORDTAB(one_off_ends, one_off_end_slots);

bool
names_edition(const char *text, const cp_ner_tok *first, const cp_ner_tok *last)
{
	const cp_token *t = &last->tok;

	return (first->tok.flags & CP_TF_CAPITALIZED) &&
		(is_games(text, t) ||
		 (ends_as_event(text, t) && !word_in_table(text + t->start, t->len, &one_off_end_table)));
}

/*
 * The last token of an award's category after the award's name that ends at
 * token j of n ("Academy Award for Best Picture", "Gaumee Film Award for
 * Best Supporting Actress", "Emmy Award for Outstanding Lead Actor in a
 * Drama Series"), or 0: one name, as Wikipedia's labellers mark it, where
 * the tagger read two.  The category opens with "Best" or "Outstanding"
 * and runs over capitalized words and the small words between them ("and",
 * "in a"), not past a small word that no capitalized one follows ("in 1998").
 */
uint32_t
award_category_end(const char *text, const cp_ner_tok *toks, uint32_t j, uint32_t n)
{
	static const char *const joins[] = {"and", "in", "a", "an", "the", "of", "by", NULL};
	const cp_token *f = j + 2 < n ? &toks[j + 1].tok : NULL;
	uint32_t	k,
				e;

	/* "for" first: few names are followed by it */
	if (!f || f->len != 3 || !cp_token_is(text, f, "for") || !(toks[j + 2].tok.flags & CP_TF_CAPITALIZED) ||
		!(cp_token_is(text, &toks[j].tok, "award") || cp_token_is(text, &toks[j].tok, "awards") ||
		  cp_token_is(text, &toks[j].tok, "prize")) ||
		!(cp_token_is(text, &toks[j + 2].tok, "best") || cp_token_is(text, &toks[j + 2].tok, "outstanding")))
		return 0;
	for (e = k = j + 2; k + 1 < n && k < j + 16;)
	{
		const cp_token *w = &toks[k + 1].tok;

		if (w->kind == CP_TOK_WORD && (w->flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER)))
			e = ++k;
		else if (w->kind == CP_TOK_WORD && k + 1 < e + 3 && word_among(text, w->start, w->start + w->len, joins))
			k++;
		else
			break;
	}
	return e;
}

/* Does text w start with a year of 1800 to 2099? */
static bool
starts_with_year(const char *w)
{
	return ((w[0] == '1' && (w[1] == '8' || w[1] == '9')) || (w[0] == '2' && w[1] == '0')) &&
		w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9';
}

bool
is_year_token(const char *text, const cp_token *t)
{
	return t->kind == CP_TOK_NUMBER && t->len == 4 && (t->flags & CP_TF_SPACE_BEFORE) &&
		starts_with_year(text + t->start);
}

uint32_t
edition_tokens(const char *text, const cp_ner_tok *toks, uint32_t first, uint32_t end)
{
	const cp_token *t = &toks[first].tok;
	const char *w = text + t->start;

	if (is_year_token(text, t))
	{
		const cp_token *d,
				   *y;

		/* "2018–19": the tokenizer keeps a hyphen in a number, not an en dash */
		if (first + 2 >= end)
			return 1;
		d = &toks[first + 1].tok;
		y = &toks[first + 2].tok;
		return d->len == 3 && memcmp(text + d->start, "\xE2\x80\x93", 3) == 0 &&
			!(d->flags & CP_TF_SPACE_BEFORE) && !(y->flags & CP_TF_SPACE_BEFORE) &&
			y->kind == CP_TOK_NUMBER && y->len == 2 ? 3 : 1;
	}
	/* "2003-04", "1986/87" */
	return t->kind == CP_TOK_NUMBER && t->len == 7 && (t->flags & CP_TF_SPACE_BEFORE) &&
		starts_with_year(w) && (w[4] == '-' || w[4] == '/') && w[5] >= '0' && w[5] <= '9' &&
		w[6] >= '0' && w[6] <= '9' ? 1 : 0;
}

/*
 * Sentence punctuation, quotation marks, free dashes and a closing bracket
 * that the name did not open end a name, whatever the tagger says ("AP) —
 * More" is "AP"; "Mladost (BJ)" keeps its brackets; angle brackets are
 * untagged before, untag_angle_brackets).  Periods belong to their words
 * ("U.S."), and "&" is a symbol ("Procter & Gamble").
 */
static bool
ends_name(const char *text, const cp_token *t, int *depth)
{
	if (t->kind == CP_TOK_QUOTE || t->kind == CP_TOK_DASH)
		return true;
	if (t->kind != CP_TOK_PUNCT)
		return false;
	if (text[t->start] == '(')
		return (*depth)++ > 0;
	if (text[t->start] == ')')
		return (*depth)-- <= 0;
	return true;
}

/*
 * Is token k the comma inside a firm's name that tag_comma_firms() joined
 * ("Kidder, Peabody and Co"): tagged inside an organization, one or two
 * words, "and" and "Co" after it?
 */
static bool
comma_in_firm(const cp_ner_doc *doc, const uint8_t *tags, uint32_t ntoks, uint32_t k)
{
	const char *text = doc->text;

	/* the tag first: a comma inside a tagged name is rare */
	if (tags[k] != CP_NER_I(CP_ENT_ORG) || doc->toks[k].tok.len != 1 || text[doc->toks[k].tok.start] != ',')
		return false;
	for (uint32_t w = k + 2; w <= k + 3 && w + 1 < ntoks; w++)
		if (cp_token_is(text, &doc->toks[w].tok, "and"))
			return cp_bytes_are(text + doc->toks[w + 1].tok.start, doc->toks[w + 1].tok.len, "Co") ||
				cp_bytes_are(text + doc->toks[w + 1].tok.start, doc->toks[w + 1].tok.len, "Co.");
	return false;
}

/*
 * Is token t the English "as", which the Arabic article "as" is written
 * apart from a name only with a hyphen ("Musa as-Sadr"): "Pope Clement
 * VIII as Bishop of Vercelli", "succeeded William Collins as Lord Provost"
 * are a person and an office.
 */
static bool
english_as(const char *text, const cp_token *t)
{
	return t->len == 2 && text[t->start] == 'a' && text[t->start + 1] == 's';
}

/*
 * Is token k of a sentence of ntoks tokens a period inside a word, touching
 * the words on both sides, a lower-case one after it ("Souq.com", a web
 * address): not a name's end (a ticker's "LLOY.L" keeps its own).
 */
static bool
inner_period(const cp_ner_doc *doc, uint32_t ntoks, uint32_t k)
{
	const cp_ner_tok *t = doc->toks;

	return k > 0 && k + 1 < ntoks && doc->text[t[k].tok.start] == '.' && t[k].tok.len == 1 &&
		t[k - 1].tok.start + t[k - 1].tok.len == t[k].tok.start && t[k + 1].tok.start == t[k].tok.start + 1 &&
		t[k - 1].tok.kind == CP_TOK_WORD && t[k + 1].tok.kind == CP_TOK_WORD &&
		is_lower_word(doc->text, &t[k + 1].tok);
}

/*
 * Verbs of saying that no possessive's noun is: a name's "'s" before one
 * is part of the name, a firm's ("Moody's noted", "McDonald's said",
 * "Moody's pointed out").  Not those a noun may be ("Exxon's reported
 * profit", "PDVSA's stated goal", "Coastal's notes").
 */
static const word_item saying_verbs[] = {
	{"said"}, {"says"}, {"noted"}, {"pointed"}, {"cited"}, {"warned"}, {"told"}, {"explained"},
	{"commented"}, {"concluded"}
};
static int16_t saying_verb_slots[32];
static cp_wordtab saying_verb_table = CP_WORDTAB(saying_verbs, saying_verb_slots);

bool
saying_after_possessive(const cp_ner_doc *doc, uint32_t k)
{
	const cp_token *t = &doc->toks[k].tok;

	return t->len > 1 && (doc->text[t->start + t->len - 1] | 0x20) == 's' &&
		is_lower_word(doc->text, &doc->toks[k + 1].tok) &&
		word_in_table(doc->text + doc->toks[k + 1].tok.start, doc->toks[k + 1].tok.len, &saying_verb_table);
}

/*
 * Is token c of a sentence of ntoks tokens the colon inside a work's title
 * in quotation marks (title_colon) that the other name run at token i,
 * opened by the mark, goes on past ("Rogue One: A Star Wars Story")?  Not
 * a language's label before a native spelling ('Hebrew: ...').
 */
static bool
subtitle_colon(const char *text, const cp_ner_tok *toks, const uint8_t *tags, uint32_t ntoks, uint32_t i,
			   uint32_t c)
{
	return i > 0 && c + 1 < ntoks && CP_NER_KIND(tags[i]) == CP_ENT_MISC && tags[c] == tags[i] + 1 &&
		tags[c + 1] == tags[i] + 1 && title_colon(text, toks, c, i - 1, c + 1);
}

/* Is t "Jr", "Sr", "Jnr" or "Snr", with its full stop or without, as a name's generation? */
static bool
generation_suffix(const char *text, const cp_token *t)
{
	static const char *const forms[] = {"Jr", "Jr.", "Sr", "Sr.", "Jnr", "Jnr.", "Snr", "Snr.", NULL};

	return (t->flags & CP_TF_SPACE_BEFORE) && word_among(text, t->start, t->start + t->len, forms);
}

/*
 * Are tokens t[0] and t[1] a hyphen and a lower-case word written onto the
 * word before ("-led" of "U.S.-led")?
 */
bool
is_attached_suffix(const char *text, const cp_ner_tok *t)
{
	return t[0].tok.kind == CP_TOK_DASH && t[0].tok.len == 1 && text[t[0].tok.start] == '-' &&
		!(t[0].tok.flags & CP_TF_SPACE_BEFORE) && !(t[1].tok.flags & CP_TF_SPACE_BEFORE) &&
		is_lower_word(text, &t[1].tok);
}

/*
 * Is token j + 1 an adjective of where an organization is based, tagged as
 * a name of its own, that the name ending at token j begins: "South
 * Korea-based" read as a place and the adjective, one adjective
 * (add_tagged())?
 */
static bool
place_adjective_after(const cp_ner_doc *doc, const uint8_t *tags, uint32_t ntoks, uint32_t j)
{
	const cp_token *t = j + 1 < ntoks ? &doc->toks[j + 1].tok : NULL;

	return t && CP_NER_IS_B(tags[j + 1]) && (j + 2 >= ntoks || !CP_NER_IS_I(tags[j + 2])) &&
		(t->flags & CP_TF_SPACE_BEFORE) && (t->flags & CP_TF_CAPITALIZED) && describes_organization(doc->text, t);
}

/*
 * The last token of the mention the tagger began at token i and ended at
 * token j, with the year of a law or of an edition written after "of"
 * ("Civil Rights Act of 1964", "Juno Awards of 2010"), not one that
 * starts a span of years ("Cup of 1998–99").
 */
static uint32_t
year_after_of(const cp_ner_doc *doc, const uint8_t *tags, uint32_t ntoks, uint32_t i, uint32_t j)
{
	const char *text = doc->text;

	if ((CP_NER_KIND(tags[i]) == CP_ENT_ORG || CP_NER_KIND(tags[i]) == CP_ENT_MISC) && j > i &&
		j + 2 < ntoks && tags[j + 1] == CP_NER_TAG_O && tags[j + 2] == CP_NER_TAG_O &&
		ends_as_event(text, &doc->toks[j].tok) && cp_token_is(text, &doc->toks[j + 1].tok, "of") &&
		is_year_token(text, &doc->toks[j + 2].tok) &&
		(j + 3 >= ntoks || (doc->toks[j + 3].tok.flags & CP_TF_SPACE_BEFORE) ||
		 (doc->toks[j + 3].tok.kind == CP_TOK_PUNCT && text[doc->toks[j + 3].tok.start] != '-')))
		return j + 2;
	return j;
}

/*
 * The first token of the name that goes on after the ampersand at token a,
 * written as HTML's "&amp;" ("Rudd &amp; Carlton", "Cotton Spinning &amp;
 * Weaving Mills": the tokenizer cuts it into "&", "amp" and ";", and the
 * tagger ends the name at the "&"), or 0: the ampersand stands apart, and a
 * name the tagger begins after it.
 */
static uint32_t
after_escaped_ampersand(const char *text, const cp_ner_tok *toks, const uint8_t *tags, uint32_t ntoks, uint32_t a)
{
	const cp_token *t = &toks[a].tok;

	if (a + 3 >= ntoks || t->kind != CP_TOK_SYMBOL || text[t->start] != '&' || !(t->flags & CP_TF_SPACE_BEFORE) ||
		(toks[a + 1].tok.flags & CP_TF_SPACE_BEFORE) || !cp_token_is(text, &toks[a + 1].tok, "amp") ||
		(toks[a + 2].tok.flags & CP_TF_SPACE_BEFORE) || text[toks[a + 2].tok.start] != ';' ||
		!(toks[a + 3].tok.flags & CP_TF_SPACE_BEFORE) || !CP_NER_IS_B(tags[a + 3]))
		return 0;
	return a + 3;
}

/*
 * Does the body's name [i, j] go on with "on" at j + 1 ("Committee on Legal
 * Affairs")?  Its last word a body's ("Council"), or a body's word before
 * "for" inside it, the tagger's run "Institute for Research" before "on
 * Education Policy", though not before a place ("Center for Studies on
 * Africa" is a body and a place as often).
 */
static bool
body_goes_on(const char *text, const cp_ner_tok *toks, const uint8_t *tags, uint32_t i, uint32_t j)
{
	if (heads_for_name(text, &toks[j]))
		return true;
	if (CP_NER_KIND(tags[j + 2]) == CP_ENT_LOC || !cp_token_is(text, &toks[j + 1].tok, "on"))
		return false;
	for (uint32_t k = i; k + 1 < j; k++)
		if (heads_for_name(text, &toks[k]) && cp_token_is(text, &toks[k + 1].tok, "for"))
			return true;
	return false;
}

/*
 * The last token of what a body's name goes on with after "on" at j + 1
 * where the tagger read no name ("Council on Foreign Relations", "Committee
 * on Ways and Means": capitalized words, "and" between two, and a name the
 * tagger began after "and" at a dictionary's word, "Task Force on Farm and
 * Rural America", not "Relations and Japan"), or 0; not a day or a month
 * ("the Security Council on Monday").
 */
static uint32_t
body_on_tail(const char *text, const cp_ner_tok *toks, const uint8_t *tags, uint32_t ntoks, uint32_t i, uint32_t j)
{
	uint32_t	end = 0;

	/* the cheap tests first: "on" after a body's name the tagger ended there */
	if (j + 2 >= ntoks || tags[j + 1] != CP_NER_TAG_O || text[toks[j + 1].tok.start] != 'o' ||
		CP_NER_KIND(tags[i]) != CP_ENT_ORG || tags[j + 2] != CP_NER_TAG_O ||
		!(toks[j + 2].tok.flags & CP_TF_CAPITALIZED) || !cp_token_is(text, &toks[j + 1].tok, "on") ||
		!body_goes_on(text, toks, tags, i, j))
		return 0;
	for (uint32_t k = j + 2; k < ntoks; k++)
	{
		const cp_token *t = &toks[k].tok;

		if (tags[k] != CP_NER_TAG_O)
		{
			if (!CP_NER_IS_B(tags[k]) || !cp_token_is(text, &toks[k - 1].tok, "and") ||
				!(toks[k].gaz & CP_GAZ_LOWER) || (toks[k].gaz & CP_GAZ_PLACES))
				break;
			for (uint8_t b = tags[k]; k + 1 < ntoks && tags[k + 1] == b + 1;)
				k++;
			return k;
		}

		if (t->kind == CP_TOK_WORD && (t->flags & CP_TF_CAPITALIZED))
		{
			if (cp_month_from_name(text + t->start, t->len) > 0 || cp_weekday_from_name(text + t->start, t->len) >= 0)
				return 0;
			end = k;
		}
		else if (!(k + 1 < ntoks && (toks[k + 1].tok.flags & CP_TF_CAPITALIZED) && cp_token_is(text, t, "and")))
			break;
	}
	return end;
}

/*
 * The last token of the mention the tagger begins at token i of a sentence
 * of ntoks tokens: its tags' run, without an unclosed bracket at its end,
 * a person's name with the particles the tagger rarely saw in 1990s
 * Reuters text ("Abdel Fattah el-Sisi", "Osama bin Laden").
 */
uint32_t
mention_end(const cp_ner_doc *doc, const uint8_t *tags, uint32_t ntoks, uint32_t i)
{
	const char *text = doc->text;
	uint32_t	j = i,
				run = i,
				b;
	int			depth = 0,
				head;
	bool		for_place = false;

	for (;;)
	{
		while (j + 1 < ntoks && tags[j + 1] == tags[run] + 1 &&
			   (!ends_name(text, &doc->toks[j + 1].tok, &depth) ||
				subtitle_colon(text, doc->toks, tags, ntoks, run, j + 1) || inner_period(doc, ntoks, j + 1) ||
				comma_in_firm(doc, tags, ntoks, j + 1)))
			j++;
		if ((b = doc->toks[j].tok.kind == CP_TOK_SYMBOL ? j : j + 1) < ntoks && (b == j || tags[b] == CP_NER_TAG_O) &&
			(b = after_escaped_ampersand(text, doc->toks, tags, ntoks, b)) > 0)
		{
			run = j = b;
			continue;
		}
		/*
		 * "Battle of Britain", "Art Institute of Chicago", "Kingdom of the
		 * Netherlands", "National Association for the Advancement of Colored
		 * People", "Committee on Legal Affairs" tagged as two names: one; and
		 * two of one kind joined by the Spanish "y", which English text
		 * writes inside one name only ("Gimnasia y Esgrima", "Ortega y Gasset");
		 * and a body's or two of one kind joined by a Romance "de", "do",
		 * "del", "des" ("Banco do Brasil", "Caisse Centrale des Banques
		 * Populaires", "Rio Grande do Sul"), which no two names of CoNLL-2003
		 * stand apart by (reut54)
		 */
		/*
		 * "Kingdom of Spain" tagged as "Kingdom of" and "Spain": the same
		 * head, its "of" inside the first run, before a place or a name of
		 * the head's kind (not "Islamic Republic of" and "Iran News Agency",
		 * a body the head does not name)
		 */
		if (j > i && j + 1 < ntoks && CP_NER_IS_B(tags[j + 1]) && text[doc->toks[j].tok.start] == 'o' &&
			cp_token_is(text, &doc->toks[j].tok, "of") && (head = of_head_kind(text, &doc->toks[j - 1].tok, j - 1 == i)) >= 0 &&
			(CP_NER_KIND(tags[j + 1]) == CP_ENT_LOC || CP_NER_KIND(tags[j + 1]) == head))
		{
			run = j = j + 1;
			continue;
		}
		/*
		 * "Economic Commission for Latin America and the Caribbean" tagged
		 * as a body "for" a place and a second place: the pair of places a
		 * regional body serves, one name; the second a single word after
		 * "the" ("Pacific", read as a place or an other name before
		 * "(ESCAP)"), not "and the United States" nor a body's name
		 */
		if (for_place && j + 3 < ntoks && tags[j + 1] == CP_NER_TAG_O && tags[j + 2] == CP_NER_TAG_O &&
			CP_NER_IS_B(tags[j + 3]) && (CP_NER_KIND(tags[j + 3]) == CP_ENT_LOC || CP_NER_KIND(tags[j + 3]) == CP_ENT_MISC) &&
			cp_token_is(text, &doc->toks[j + 1].tok, "and") && cp_token_is(text, &doc->toks[j + 2].tok, "the") &&
			(j + 4 >= ntoks || !(doc->toks[j + 4].tok.flags & CP_TF_CAPITALIZED)))
		{
			j += 3;
			break;
		}
		for_place = false;
		if (j + 2 >= ntoks || tags[j + 1] != CP_NER_TAG_O ||
			!(cp_token_is(text, &doc->toks[j + 1].tok, "of") ?
			  (j == i && is_event_head(text, &doc->toks[j].tok)) || of_head_kind(text, &doc->toks[j].tok, j == i) >= 0 :
			  cp_token_is(text, &doc->toks[j + 1].tok, "y") ?
			  tags[j + 2] == tags[i] && text[doc->toks[j + 1].tok.start] == 'y' :
			  text[doc->toks[j + 1].tok.start] == 'd' &&
			  cp_name_is_romance_of(text + doc->toks[j + 1].tok.start, doc->toks[j + 1].tok.len) ?
			  CP_NER_KIND(tags[i]) == CP_ENT_ORG || tags[j + 2] == tags[i] :
			  (cp_token_is(text, &doc->toks[j + 1].tok, "for") || cp_token_is(text, &doc->toks[j + 1].tok, "on")) &&
			  CP_NER_KIND(tags[i]) == CP_ENT_ORG && body_goes_on(text, doc->toks, tags, i, j)))
			break;
		b = j + 2;
		if (b + 1 < ntoks && tags[b] == CP_NER_TAG_O && cp_token_is(text, &doc->toks[b].tok, "the"))
			b++;
		if (!CP_NER_IS_B(tags[b]))
		{
			if ((b = body_on_tail(text, doc->toks, tags, ntoks, i, j)) > 0)
				j = b;
			break;
		}
		for_place = CP_NER_KIND(tags[b]) == CP_ENT_LOC && cp_token_is(text, &doc->toks[j + 1].tok, "for");
		run = j = b;
	}
	/* "Rudd &" before an escaped "&amp;" that joins no name, "Joseph &" before "&quot;": no name ends with "&" */
	while (j > i && ((doc->toks[j].tok.kind == CP_TOK_PUNCT && text[doc->toks[j].tok.start] == '(') ||
					 (doc->toks[j].tok.kind == CP_TOK_SYMBOL && text[doc->toks[j].tok.start] == '&')))
		j--;
	/*
	 * A name does not end with a lower-case word ("the Cedar River
	 * crested"), unless it is a legal form ("Sunny Fresh Foods inc"), the
	 * end of a place's name ("New york") or of a web address ("Souq.com").
	 */
	/* "Hamas’ demands": a plural's possessive mark is no part of the name ("Moody's" keeps its own) */
	while (j > i && (doc->toks[j].tok.flags & CP_TF_POSSESSIVE) &&
		   (text[doc->toks[j].tok.start + doc->toks[j].tok.len - 1] | 0x20) != 's')
		j--;
	while (j > i && is_lower_word(text, &doc->toks[j].tok) &&
		   !(doc->toks[j].gaz & CP_GAZ_PLACES) &&
		   !cp_name_is_legal_form(text + doc->toks[j].tok.start, doc->toks[j].tok.len) &&
		   !inner_period(doc, ntoks, j - 1))
		j--;
	if (j + 1 < ntoks && tags[j + 1] == CP_NER_TAG_O && possessive_before_saying(doc, ntoks, j + 1))
		return j + 1;
	/*
	 * the legal form the tagger left out, after a comma or not: "Alphabet,
	 * Inc.", "Acme Widgets, LLC", "Cofinec S.A."; not a name it starts
	 * ("Real Madrid, AC Milan")
	 */
	{
		uint32_t	f = j + 1 < ntoks && doc->toks[j + 1].tok.len == 1 &&
			text[doc->toks[j + 1].tok.start] == ',' ? j + 2 : j + 1;

		/*
		 * and in lower case right after a firm's name, as wires write it
		 * ("Reynolds Metals co said", "Monarch Capital corp said"): no word
		 * of the sentence's follows a name so (every such form is four
		 * letters at most, asked first: most names have a word after them)
		 */
		if (f < ntoks && ((doc->toks[f].tok.flags & CP_TF_CAPITALIZED) ||
						  (f == j + 1 && doc->toks[f].tok.len <= 4 && CP_NER_KIND(tags[i]) == CP_ENT_ORG &&
						   tags[f] == CP_NER_TAG_O && is_lower_word(text, &doc->toks[f].tok))) &&
			is_comma_form(text, &doc->toks[f].tok) &&
			!(f + 1 < ntoks && (doc->toks[f + 1].tok.flags & CP_TF_CAPITALIZED)))
			return f;
	}
	/* a ticker read without its exchange ("SIEG" of "<SIEG.F>") */
	if (j == i && ticker_exchange_period(doc, ntoks, j + 1))
		return j + 2;
	/* "Carpathian Mountains" tagged as the adjective alone */
	if (j + 1 < ntoks && tags[j + 1] == CP_NER_TAG_O && ends_as_natural_feature(text, &doc->toks[j + 1].tok))
		return j + 1;
	if ((b = last_word_left_out(doc, tags, ntoks, i, j)) > j)
		return year_after_of(doc, tags, ntoks, i, b);
	/*
	 * "Valletta FC", "Acme Inc" tagged as a place or a person and a
	 * one-word organization: one body's name (not after a people: "German
	 * Ministry")
	 */
	if ((CP_NER_KIND(tags[i]) == CP_ENT_LOC || CP_NER_KIND(tags[i]) == CP_ENT_PER) && j + 1 < ntoks &&
		CP_NER_IS_B(tags[j + 1]) && CP_NER_KIND(tags[j + 1]) == CP_ENT_ORG &&
		(j + 2 >= ntoks || tags[j + 2] != tags[j + 1] + 1) &&
		(doc->toks[j + 1].tok.flags & CP_TF_SPACE_BEFORE) && ends_as_body(text, &doc->toks[j + 1].tok))
		return j + 1;
	if (place_adjective_after(doc, tags, ntoks, j))
		return j + 1;
	/* "U.S.-led", "U.N.-brokered": the adjective the tokenizer cut after the name's full stop */
	if (j + 2 < ntoks && is_attached_suffix(text, &doc->toks[j + 1]))
		return j + 2;
	/*
	 * "Athens Olympics", "Italian Grand Prix", "BERLIN GRAND PRIX" tagged as
	 * a place or a people and an event: one event
	 */
	if ((CP_NER_KIND(tags[i]) == CP_ENT_LOC || CP_NER_KIND(tags[i]) == CP_ENT_MISC) && j + 1 < ntoks &&
		CP_NER_IS_B(tags[j + 1]) && CP_NER_KIND(tags[j + 1]) == CP_ENT_MISC &&
		(doc->toks[j + 1].tok.flags & CP_TF_SPACE_BEFORE))
	{
		uint32_t	e = j + 1;

		while (e + 1 < ntoks && tags[e + 1] == tags[j + 1] + 1)
			e++;
		if (names_event_alone(text, &doc->toks[j + 1], &doc->toks[e]))
			return e;
	}
	/*
	 * the edition's year the tagger left out after an event's name ("Beijing
	 * Auto Show 2010", "World Chess Championship 2013"), not one that
	 * starts a span of years or a date ("Cup 2010-11", "Open 2010 March")
	 */
	if ((CP_NER_KIND(tags[i]) == CP_ENT_ORG || CP_NER_KIND(tags[i]) == CP_ENT_MISC) && j > i &&
		j + 1 < ntoks && tags[j + 1] == CP_NER_TAG_O && ends_as_event(text, &doc->toks[j].tok) &&
		is_year_token(text, &doc->toks[j + 1].tok) &&
		(j + 2 >= ntoks || (doc->toks[j + 2].tok.kind == CP_TOK_PUNCT && text[doc->toks[j + 2].tok.start] != '-' &&
							(doc->toks[j + 2].tok.flags & CP_TF_SPACE_BEFORE) == 0) ||
		 (doc->toks[j + 2].tok.kind == CP_TOK_WORD && is_lower_word(text, &doc->toks[j + 2].tok))))
		return j + 1;
	if ((b = year_after_of(doc, tags, ntoks, i, j)) > j)
		return b;
	/* the number the tagger left out of "Apollo 11", "Boeing 747", "Airbus A320" */
	if ((CP_NER_KIND(tags[i]) == CP_ENT_ORG || CP_NER_KIND(tags[i]) == CP_ENT_MISC) && j + 1 < ntoks &&
		tags[j + 1] == 0 && numbered_name(text, &doc->toks[j + 1], &doc->toks[ntoks]))
		return j + 1;
	/* the number the tagger left out of "Route 9" */
	if (j + 1 < ntoks && is_numbered_road(text, &doc->toks[j]))
		return j + 1;
	while (CP_NER_KIND(tags[i]) == CP_ENT_PER && j + 1 < ntoks)
	{
		const cp_token *n1 = &doc->toks[j + 1].tok;

		if (is_prefixed_name(text + n1->start, n1->len))
			j++;
		else if (j + 2 < ntoks && text[n1->start] >= 'a' && text[n1->start] <= 'z' &&
				 is_particle(text + n1->start, n1->len) && !english_as(text, n1) &&
				 ((doc->toks[j + 2].tok.flags & CP_TF_CAPITALIZED) ||
				  is_prefixed_name(text + doc->toks[j + 2].tok.start, doc->toks[j + 2].tok.len)))
			j += 2;
		else
			break;
	}
	/* "World War I", "NCAA Division II" */
	if (j + 1 < ntoks && tags[j + 1] == CP_NER_TAG_O && numbered_war_or_division(text, doc->toks, j, ntoks))
		return j + 1;
	/* "Henry VIII", "Queen Elizabeth I" (the title in the mention or before it) */
	if (CP_NER_KIND(tags[i]) == CP_ENT_PER && j + 1 < ntoks && tags[j + 1] == CP_NER_TAG_O)
	{
		bool		title_in = j > i && is_person_title(text + doc->toks[i].tok.start, doc->toks[i].tok.len);
		bool		titled = title_in ||
			(i > 0 && is_person_title(text + doc->toks[i - 1].tok.start, doc->toks[i - 1].tok.len));

		if (regnal_number(text, doc->toks, title_in ? i + 1 : i, j, ntoks, titled))
			j++;
	}
	/* the byname the tagger left out after the number, or read as a name of its own ("Great") */
	if (CP_NER_KIND(tags[i]) == CP_ENT_PER && j > i && j + 2 < ntoks && tags[j + 1] == CP_NER_TAG_O &&
		(tags[j + 2] == CP_NER_TAG_O || (CP_NER_IS_B(tags[j + 2]) && (j + 3 >= ntoks || !CP_NER_IS_I(tags[j + 3])))) &&
		regnal_byname(text, doc->toks, j + 1, ntoks))
		j += 2;
	/* "John Hinckley Jr.", "Ken Griffey Jr": the generation the tagger left out is the name's */
	if (CP_NER_KIND(tags[i]) == CP_ENT_PER && j > i && j + 1 < ntoks && tags[j + 1] == CP_NER_TAG_O &&
		generation_suffix(text, &doc->toks[j + 1].tok))
		j++;
	return j;
}

/*
 * Do tokens [first, j], tagged as kind, name an event whatever the tagger
 * read ("Cuban Missile Crisis", "Treaty of Versailles" tagged as an
 * organization, "Winter Paralympics" as a person; "Mind Games" may be one),
 * after the edition's year if they start with it?
 */
bool
reads_as_event(const char *text, const cp_ner_tok *toks, uint32_t first, uint32_t j, int kind)
{
	if (first < j)
		first += edition_tokens(text, toks, first, j);
	return names_event(text, &toks[first], &toks[j]) ||
		(j > first && is_games(text, &toks[j].tok) &&
		 (kind == CP_ENT_LOC || is_games_kind(text, &toks[first])));
}

/*
 * The first token of the year or season of the edition the tagger left out
 * before tokens [s, j], an event's name ("the 2018 Winter Olympics", "the
 * 2018–19 Asia Cup", "2005 Japanese Super Cup" as a title line), or s.  Not
 * a date's year ("4 March 2018 World Cup", "June, 2018 World Cup"), nor the
 * year of an event that happens once, which only dates it ("the 1991 Gulf
 * War").
 */
static uint32_t
edition_year_before(const cp_ner_doc *doc, const uint8_t *tags, uint32_t s, uint32_t j)
{
	const char *text = doc->text;
	const cp_token *b;
	uint32_t	y;

	if (s == 0 || (doc->toks[s].tok.flags & (CP_TF_SPACE_BEFORE | CP_TF_NEWLINE_BEFORE)) != CP_TF_SPACE_BEFORE ||
		!names_edition(text, &doc->toks[s], &doc->toks[j]))
		return s;
	if (edition_tokens(text, doc->toks, s - 1, s) == 1)
		y = s - 1;
	else if (s >= 3 && edition_tokens(text, doc->toks, s - 3, s) == 3)
		y = s - 3;
	else
		return s;
	for (uint32_t k = y; k < s; k++)
		if (tags[k] != CP_NER_TAG_O)
			return s;
	if (y == 0)
		return y;
	b = &doc->toks[y - 1].tok;
	return b->kind != CP_TOK_NUMBER && !(b->kind == CP_TOK_PUNCT && text[b->start] == ',') &&
		cp_month_from_name(text + b->start, b->len) == 0 ? y : s;
}

/* The first token of the mention the tagger began at token i, but for an edition's year */
static uint32_t
word_left_out_before(const cp_ner_doc *doc, const uint8_t *tags, uint32_t i)
{
	const char *text = doc->text;
	const cp_ner_tok *p;
	uint32_t	o;

	if (i == 0 || tags[i - 1] != CP_NER_TAG_O)
		return i;
	p = &doc->toks[i - 1];
	/* "2018 Winter Olympics" tagged as the games alone */
	if (CP_NER_KIND(tags[i]) == CP_ENT_MISC && is_games(text, &doc->toks[i].tok) && is_games_kind(text, p))
		return i - 1;
	/* "married Janice L. Klein" tagged from the initial: the given name before it */
	if (CP_NER_KIND(tags[i]) == CP_ENT_PER && (doc->toks[i].tok.flags & CP_TF_INITIAL) &&
		p->tok.kind == CP_TOK_WORD && p->tok.len > 1 &&
		(p->tok.flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER | CP_TF_TITLE_ABBREV)) == CP_TF_CAPITALIZED &&
		!(p->gaz & (CP_GAZ_LOWER | CP_GAZ_PLACES | CP_GAZ_DEMONYM)) &&
		!is_title(text + p->tok.start, p->tok.len, CP_TITLE_MENTION) &&
		!is_person_title(text + p->tok.start, p->tok.len))
		return i - 1;
	if (i < 2)
		return i;
	o = tags[i - 1] == CP_NER_TAG_O && cp_token_is(text, &doc->toks[i - 1].tok, "the") ? i - 2 : i - 1;
	if (o >= 1 && tags[o] == CP_NER_TAG_O && tags[o - 1] == CP_NER_TAG_O &&
		cp_token_is(text, &doc->toks[o].tok, "of") && of_head_kind(text, &doc->toks[o - 1].tok, true) >= 0)
		return o - 1;
	return i;
}

/*
 * Words before a month's name that make it a date ("in May", "since
 * June", "last December"), not a company's first word.
 */
static const word_item month_date_words[] = {
	{"in"}, {"on"}, {"by"}, {"since"}, {"until"}, {"till"}, {"during"}, {"before"}, {"after"},
	{"from"}, {"through"}, {"last"}, {"next"}, {"this"}, {"early"}, {"late"}, {"mid"}, {"end"}
};
static int16_t month_date_word_slots[64];
static cp_wordtab month_date_word_table = CP_WORDTAB(month_date_words, month_date_word_slots);

/*
 * Did the tagger leave out the first word of the company's name at tokens
 * [i, j], a capitalized common word or a month's name before a name that
 * ends with a legal form ("First Boston Corp", "Crazy Eddie Inc", "May
 * Department Stores Co" tagged without it)?  Inside a sentence only, where
 * the capital is the name's (at its start "The", "But", "Its" are not),
 * but a month's name, which keeps its capital, may open the sentence;
 * not a month's name that dates it ("In February USAir Group Inc"), a
 * weekday's, a title, a body's noun ("U.S. Firm Amoco Corp"), an article
 * ("The Kroger Co", as often written without it) nor a grade ("B-minus").
 */
static bool
first_word_left_out(const cp_ner_doc *doc, const uint8_t *tags, uint32_t i, uint32_t j)
{
	const char *text = doc->text;
	const cp_ner_tok *p;
	const cp_token *b;
	bool		month;

	if (i == 0 || tags[i - 1] != CP_NER_TAG_O ||
		(doc->toks[i].tok.flags & (CP_TF_SPACE_BEFORE | CP_TF_NEWLINE_BEFORE)) != CP_TF_SPACE_BEFORE)
		return false;
	p = &doc->toks[i - 1];
	/* the word's flags first, the legal form's lookup after them */
	if (p->tok.kind != CP_TOK_WORD || p->tok.len < 2 ||
		(p->tok.flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER | CP_TF_TITLE_ABBREV | CP_TF_POSSESSIVE |
						 CP_TF_HYPHENATED)) != CP_TF_CAPITALIZED ||
		!ends_with_legal_form(text, &doc->toks[j].tok) ||
		cp_weekday_from_name(text + p->tok.start, p->tok.len) >= 0 ||
		is_person_title(text + p->tok.start, p->tok.len) ||
		is_title(text + p->tok.start, p->tok.len, CP_TITLE_MENTION | CP_TITLE_SPEAKER) ||
		names_body(text, p->tok.start, p->tok.start + p->tok.len) ||
		cp_token_is(text, &p->tok, "the") || cp_token_is(text, &p->tok, "an"))
		return false;
	month = cp_month_from_name(text + p->tok.start, p->tok.len) != 0;
	b = i >= 2 && !(p->tok.flags & CP_TF_NEWLINE_BEFORE) ? &doc->toks[i - 2].tok : NULL;
	if (b == NULL || (b->kind != CP_TOK_WORD && !(b->kind == CP_TOK_PUNCT && text[b->start] == ',')))
		return month;
	/*
	 * "Lead Underwriter", "Company Name": a label in title case, or a run
	 * the tagger read none of (but "The First Boston Corp")
	 */
	if ((b->flags & CP_TF_CAPITALIZED) && tags[i - 2] == CP_NER_TAG_O && !cp_token_is(text, b, "the"))
		return false;
	/* "U.S. Publisher Harcourt Brace Jovanovich Inc": a place's or a people's firm, described */
	if (tags[i - 2] != CP_NER_TAG_O && (CP_NER_KIND(tags[i - 2]) == CP_ENT_LOC || CP_NER_KIND(tags[i - 2]) == CP_ENT_MISC))
		return false;
	return !month || !word_in_table(text + b->start, b->len, &month_date_word_table);
}

/*
 * "Jan" before a person's name the tagger began after it ("Police
 * Federation chairman Jan Berry said") is the person's given name: the
 * month's abbreviation stands before or after a day's number ("Jan 5",
 * "5 Jan"), not before a name, unless a word dates it ("in Jan").  The
 * months written out ("June Carter Cash", "in June Grewcock was banned")
 * date a name often enough to be left alone.
 */
static bool
given_name_jan(const cp_ner_doc *doc, const uint8_t *tags, uint32_t i)
{
	const char *text = doc->text;
	const cp_token *p,
			   *b;

	if (i == 0 || tags[i - 1] != CP_NER_TAG_O)
		return false;
	p = &doc->toks[i - 1].tok;
	if (p->len != 3 || memcmp(text + p->start, "Jan", 3) != 0 ||
		(doc->toks[i].tok.flags & (CP_TF_SPACE_BEFORE | CP_TF_NEWLINE_BEFORE | CP_TF_CAPITALIZED | CP_TF_INITIAL)) !=
		(CP_TF_SPACE_BEFORE | CP_TF_CAPITALIZED))
		return false;
	if (i < 2 || (p->flags & CP_TF_NEWLINE_BEFORE))
		return true;
	b = &doc->toks[i - 2].tok;
	return b->kind != CP_TOK_NUMBER && !word_in_table(text + b->start, b->len, &month_date_word_table);
}

/*
 * The first token of the mention the tagger began at token i and ended at
 * token j: the word it left out before the games or the initial, a given
 * name "Jan", or the head it left out before "of" ("Church of England",
 * "Parliament of the Netherlands" tagged as the place alone), the
 * edition's year before an event, or i.
 */
uint32_t
mention_start(const cp_ner_doc *doc, const uint8_t *tags, uint32_t i, uint32_t j)
{
	uint32_t	s;
	int			kind = CP_NER_KIND(tags[i]);
	const cp_token *a = &doc->toks[i].tok;

	/*
	 * "the Times", "an O'Sullivan", "the Group of Five": an article in lower
	 * case the tagger took into the name, which no name of CoNLL-2003's
	 * begins with (a title's own is written "The")
	 */
	if (i < j && a->len <= 3 && doc->text[a->start] >= 'a' && doc->text[a->start] <= 'z' &&
		(cp_token_is(doc->text, a, "the") || cp_token_is(doc->text, a, "an") || cp_token_is(doc->text, a, "a")))
		i++;
	/*
	 * "LONDON, March 3 - The Bank of England": the article after the
	 * dateline's dash opens the sentence, as it does in CoNLL-2003's text,
	 * which sets the dateline apart; no part of a body's or a place's name
	 * (a work's title keeps it, and a dash after a name is no dateline's:
	 * "Jerry Springer - The Opera")
	 */
	if (kind != CP_ENT_MISC && i > 1 && i < j && cp_token_is(doc->text, &doc->toks[i].tok, "the") &&
		doc->toks[i - 1].tok.len == 1 && doc->text[doc->toks[i - 1].tok.start] == '-' &&
		(doc->toks[i - 2].tok.flags & CP_TF_HAS_DIGIT))
		return i + 1;
	s = word_left_out_before(doc, tags, i);
	if (s == i && kind == CP_ENT_ORG && j > i && first_word_left_out(doc, tags, i, j))
		s = i - 1;
	else if (s == i && kind == CP_ENT_PER && given_name_jan(doc, tags, i))
		s = i - 1;

	return kind == CP_ENT_MISC || reads_as_event(doc->text, doc->toks, s, j, kind) ?
		edition_year_before(doc, tags, s, j) : s;
}
