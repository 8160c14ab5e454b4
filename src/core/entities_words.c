/*
 * entities_words.c: what a name's own first or last word says it is, in
 * the encyclopedic text the tagger never saw: a ship ("HMS Calliope"), a
 * lake or a mountain ("Lake Tutchewop", "Mount Buchan"), a county or a
 * creek ("Kazuo County"), a newspaper ("The Denver Post"), a degree
 * ("Bachelor of Arts"), a body's name that "for" or "on" goes on ("Committee
 * on Legal Affairs"), a street, a building or a natural feature ("Mill
 * Street", "Gobi Desert", "Route 9"), a taxon's or a degree's word that
 * names nothing ("the family Lacturidae", "a BA in history").  The rules
 * that read them are in entities.c and entities_stated.c.
 */
#include "entities_internal.h"
#include "entities_nouns.h"
#include "titles.h"
#include "utf8.h"

#include <string.h>

/*
 * Last words of places' names that no person's name ends with, which
 * encyclopedic text names often and the tagger read as persons ("Kazuo
 * County", "Shuiquan Creek", "Mawei District", "Worachak Road"): divisions
 * of a country, waters, roads.  Not "Street" (Picabo Street), "Hill",
 * "Park" or "Glen", family and given names as often.
 */
static const word_item person_free_ends[] = {
	{"county"}, {"province"}, {"prefecture"}, {"district"}, {"parish"}, {"township"},
	{"municipality"}, {"river"}, {"creek"}, {"canal"}, {"reservoir"}, {"road"}, {"avenue"},
	{"highway"}, {"boulevard"}
};
static int16_t person_free_end_slots[32];
static cp_wordtab person_free_end_table = CP_WORDTAB(person_free_ends, person_free_end_slots);

bool
ends_as_place_only(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) && word_in_table(text + t->start, t->len, &person_free_end_table);
}

/*
 * Last words of a country's divisions whose names a body rarely ends with
 * ("Tehama County", "Jefferson Parish", "Avalon Borough"), which the tagger
 * read as organizations: CoNLL-2003's only names ending so are football
 * clubs ("Notts County", "Ross County").  Not "District" ("Dallas School
 * District") nor "Province" (rugby's "Western Province").  Other lands'
 * divisions too ("Tomsk Oblast", "Altai Krai", "Murrindindi Shire", "Idlib
 * Governorate"): no CoNLL-2003 name ends so.
 */
static const word_item division_ends[] = {
	{"county"}, {"parish"}, {"township"}, {"borough"}, {"municipality"}, {"prefecture"},
	{"oblast"}, {"krai"}, {"kray"}, {"okrug"}, {"shire"}, {"governorate"}, {"voivodeship"}
};
static int16_t division_end_slots[32];
static cp_wordtab division_end_table = CP_WORDTAB(division_ends, division_end_slots);

bool
ends_as_division(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) && word_in_table(text + t->start, t->len, &division_end_table);
}

/*
 * Offices and ranks of nobility named after their seat that the titles'
 * list lacks ("Emperor of Brazil", "Lord Provost of Glasgow", "Duke of
 * Orleans", "Chief Justice of Gibraltar"): CoNLL-2003 marks the seat, a
 * place, and not the office.
 */
static const word_item seat_offices[] = {
	{"emperor"}, {"empress"}, {"duke"}, {"duchess"}, {"archduke"}, {"earl"}, {"marquess"},
	{"viscount"}, {"baron"}, {"provost"}, {"tsar"}, {"czar"}, {"lord"}, {"archbishop"}, {"bishop"},
	{"justice"}, {"marquis"}, {"marchioness"}, {"countess"}, {"viscountess"}, {"baroness"}
};
static int16_t seat_office_slots[32];
static cp_wordtab seat_office_table = CP_WORDTAB(seat_offices, seat_office_slots);

/*
 * Ranks of the peerage, whose "of" names a place by the title's own form
 * ("5th Marquess of Donegall", "Earl of Mar"), a seat the gazetteers may
 * not hold: not "Lord" ("Lord of the Rings"), "Duke" nor "Count", works'
 * and bands' as often ("The Count of Monte Cristo", "Duke of Earl").
 */
static const word_item peerages[] = {
	{"marquess"}, {"marquis"}, {"marchioness"}, {"earl"}, {"countess"}, {"viscount"},
	{"viscountess"}, {"baron"}, {"baroness"}
};
static int16_t peerage_slots[32];
static cp_wordtab peerage_table = CP_WORDTAB(peerages, peerage_slots);

/*
 * Ranks of royalty and nobility written before a person's own name ("King
 * Edward VII", "Lord Cremorne", "Viscount Cremorne", "Prince Mstislav"):
 * CoNLL-2003 marks the name without the rank ("King Hussein", "Lord
 * Goschen", "Princess Diana").  Not "Duke" ("Duke Energy"), "Count" nor
 * "Lady", which open other names as often, nor "Earl", a given name too.
 */
static const word_item ranks[] = {
	{"king"}, {"queen"}, {"prince"}, {"princess"}, {"emperor"}, {"empress"}, {"lord"},
	{"viscount"}, {"viscountess"}, {"baron"}, {"baroness"}, {"countess"}, {"marquess"},
	{"marquis"}, {"marchioness"}, {"archduke"}, {"archduchess"}, {"tsar"}, {"czar"}, {"tsarina"}
};
static int16_t rank_slots[64];
static cp_wordtab rank_table = CP_WORDTAB(ranks, rank_slots);

bool
is_rank(const char *text, const cp_token *t)
{
	return may_be_rank(text, t) && (t->flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER)) == CP_TF_CAPITALIZED &&
		word_in_table(text + t->start, t->len, &rank_table);
}

/*
 * Do tokens [i, j] read a rank and a person's name after it ("King Edward
 * VII", "Lord Cremorne")?  Every word after the rank capitalized and none
 * of the dictionary's ("King Crimson", "Prince Hotels"), a regnal number
 * last; no place's or body's last word ("Prince Edward Island", "Queen
 * Mary University"); the rank and "of" are an office (seat_of_office).
 */
bool
names_after_rank(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j)
{
	if (j <= i || !is_rank(text, &toks[i].tok))
		return false;
	for (uint32_t k = i + 1; k <= j; k++)
	{
		const cp_token *t = &toks[k].tok;

		if (k == j && k > i + 1 && is_roman_numeral(text, t))
			break;
		if (t->kind != CP_TOK_WORD || (t->flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER)) != CP_TF_CAPITALIZED ||
			(toks[k].gaz & CP_GAZ_LOWER))
			return false;
	}
	return !ends_as_natural_feature(text, &toks[j].tok) && !ends_as_place_only(text, &toks[j].tok) &&
		!ends_as_division(text, &toks[j].tok) && !ends_as_body(text, &toks[j].tok);
}

/*
 * Do tokens [i, j] read "office of place" ("Lord Provost of Glasgow",
 * "Emperor of Brazil", "King of Scotland"), every word after "of" in a
 * gazetteer of places, or one capitalized word after a rank of the
 * peerage?  The index of the place's first token, or 0.  Only a person's
 * titles ("State of California" is the state's name).
 */
uint32_t
seat_of_office(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j)
{
	uint32_t	k = i;

	/* the office, "of" and the place: three words at least (most names have fewer) */
	if (j < i + 2)
		return 0;
	while (k < j && (toks[k].tok.flags & CP_TF_CAPITALIZED) &&
		   (word_in_table(text + toks[k].tok.start, toks[k].tok.len, &seat_office_table) ||
			is_title(text + toks[k].tok.start, toks[k].tok.len, CP_TITLE_PERSON)))
		k++;
	if (k == i || k >= j || !cp_token_is(text, &toks[k].tok, "of"))
		return 0;
	if (j == k + 1 && toks[j].tok.kind == CP_TOK_WORD && (toks[j].tok.flags & CP_TF_CAPITALIZED) &&
		!(toks[j].tok.flags & CP_TF_ALL_UPPER) &&
		word_in_table(text + toks[k - 1].tok.start, toks[k - 1].tok.len, &peerage_table))
		return k + 1;
	for (uint32_t p = k + 1; p <= j; p++)
		if (!(toks[p].gaz & CP_GAZ_PLACES))
			return 0;
	return k + 1;
}

/*
 * First words of a school's or a learned body's name that a country or a
 * people opens ("Russian Academy of Sciences", "Ghana Institute of
 * Journalism", "Swedish School of Sport and Health Sciences"; CoNLL-2003
 * marks "Ukrainian Academy of Agrarian Sciences" so), unlike a ministry
 * or an army, which CoNLL-2003 marks apart from its people ("Russian",
 * "Foreign Ministry"); a school's name after "Master of" is a college's
 * head's title ("Master of Trinity College"), not a degree.
 */
static const word_item learned_heads[] = {
	{"academy"}, {"institute"}, {"school"}, {"university"}, {"college"}, {"conservatory"}, {"seminary"},
	{"polytechnic"}, {"society"}
};
static int16_t learned_head_slots[32];
static cp_wordtab learned_head_table = CP_WORDTAB(learned_heads, learned_head_slots);

/*
 * Is t a bachelor's, master's or doctor's degree in American initials, two
 * to four capitals each with its full stop ("M.F.A.", "B.F.A.", "M.P.P.",
 * "D.M.D.")?
 */
static bool
dotted_degree(const char *text, const cp_token *t)
{
	const char *w = text + t->start;

	if (t->len < 4 || t->len > 8 || t->len % 2 != 0 || (w[0] != 'B' && w[0] != 'M' && w[0] != 'D'))
		return false;
	for (uint32_t k = 0; k < t->len; k += 2)
		if (!cp_ascii_upper((unsigned char) w[k]) || w[k + 1] != '.')
			return false;
	return true;
}

/*
 * Do tokens i..j name an academic degree ("Bachelor of Arts", "Master of
 * Science in Nursing", "Masters in Architecture", "Doctor of Philosophy",
 * "Doctorate of Philosophy", "PhD in Information Technology", "B.F.A. in
 * Studio Art", "Candidate in Physical and Mathematical Sciences"), or its subject after its head
 * the tagger left out ("Master of" and "Arts", "Public Administration")?
 * A degree is no name, as "PhD" is none (names_nothing).
 */
bool
names_degree(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j)
{
	static const word_item degrees[] = {
		{"bachelor"}, {"bachelors"}, {"master"}, {"masters"}, {"doctor"}, {"associate"}, {"doctorate"},
		{"phd"}, {"diploma"}, {"candidate"}
	};
	static int16_t degree_slots[32];
	static cp_wordtab degree_table = CP_WORDTAB(degrees, degree_slots);

	if (i >= 2 && (toks[i - 2].tok.flags & CP_TF_CAPITALIZED) && toks[i - 1].tok.len == 2 &&
		(cp_token_is(text, &toks[i - 1].tok, "of") || cp_token_is(text, &toks[i - 1].tok, "in")) &&
		word_in_table(text + toks[i - 2].tok.start, toks[i - 2].tok.len, &degree_table) &&
		!word_in_table(text + toks[j].tok.start, toks[j].tok.len, &learned_head_table))
		return true;
	return j >= i + 2 && (toks[i].tok.flags & CP_TF_CAPITALIZED) &&
		(word_in_table(text + toks[i].tok.start, toks[i].tok.len, &degree_table) || dotted_degree(text, &toks[i].tok)) &&
		(cp_token_is(text, &toks[i + 1].tok, "of") || cp_token_is(text, &toks[i + 1].tok, "in")) &&
		!(toks[i + 1].tok.flags & CP_TF_CAPITALIZED);
}

/*
 * Offices that "of" and a field of work follow ("Minister of Communications
 * and Information Technology", "Director of Recruiting", "Professor of
 * Community Rehabilitation", "General of Police"), a post and no name, as
 * CoNLL-2003 leaves "Finance Minister" unmarked.
 */
static const word_item field_offices[] = {
	{"minister"}, {"director"}, {"professor"}, {"instructor"}, {"lecturer"}, {"secretary"},
	{"commissioner"}, {"dean"}, {"head"}, {"chairman"}, {"chairwoman"}, {"chief"}, {"inspector"},
	{"general"}, {"superintendent"}, {"curator"}, {"coordinator"}
};
static int16_t field_office_slots[32];
static cp_wordtab field_office_table = CP_WORDTAB(field_offices, field_office_slots);

/* A capitalized word of the dictionary that names no place: a field's word. */
static bool
field_word(const cp_ner_tok *t)
{
	return (t->tok.flags & CP_TF_CAPITALIZED) && !(t->tok.flags & CP_TF_ALL_UPPER) &&
		(t->gaz & CP_GAZ_LOWER) && !(t->gaz & CP_GAZ_PLACES);
}

/* Tokens a..b are field words, "and" between them ("Information and Technology"). */
static bool
field_words(const char *text, const cp_ner_tok *toks, uint32_t a, uint32_t b)
{
	for (uint32_t p = a; p <= b; p++)
		if (!(cp_token_is(text, &toks[p].tok, "and") && p > a && p < b) && !field_word(&toks[p]))
			return false;
	return true;
}

/*
 * Do tokens i..j read "office of field": an office (field_offices), "of",
 * then only words of the dictionary and "and" ("Minister of Finance", not
 * "Director of Apple", a name too, nor "Secretary of State for Wales")?
 */
bool
names_office(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j)
{
	if (j < i + 2 || toks[i + 1].tok.len != 2 || memcmp(text + toks[i + 1].tok.start, "of", 2) != 0 ||
		!(toks[i].tok.flags & CP_TF_CAPITALIZED) ||
		!word_in_table(text + toks[i].tok.start, toks[i].tok.len, &field_office_table) ||
		(j == i + 2 && (toks[j].gaz & CP_GAZ_PROPER)))
		return false;
	return field_words(text, toks, i + 2, j);
}

/*
 * Are tokens i..j a field whose office the tagger left out: field words
 * after "Minister of", or after the list's comma ("Minister of Agriculture,
 * Animal Husbandry and Fisheries" read as "Agriculture" and "Animal
 * Husbandry and Fisheries", reut62)?  The list is walked back a few fields
 * at most; one word a name may be too ("Director of Apple") keeps its
 * name, and so do several that end as a body's or a company's.
 */
bool
names_office_field(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j)
{
	uint32_t	p = i;

	if (i < 2 || toks[i - 1].tok.len > 2 ||
		!((toks[i - 1].tok.len == 2 && cp_token_is(text, &toks[i - 1].tok, "of")) ||
		  (toks[i - 1].tok.len == 1 && text[toks[i - 1].tok.start] == ',')) ||
		(j == i && (toks[i].gaz & CP_GAZ_PROPER)) || !field_words(text, toks, i, j))
		return false;
	/*
	 * a company's or a body's name of such words ("Chairman of General
	 * Motors", "Director of Commodity Operations Division")
	 */
	if (j > i && ((toks[j].gaz & CP_GAZ_ORGWORD) || ends_as_body(text, &toks[j].tok) ||
				  cp_token_is(text, &toks[j].tok, "division")))
		return false;
	for (int fields = 0; fields < 6 && p >= 2; fields++)
	{
		if (cp_token_is(text, &toks[p - 1].tok, "of"))
			return (toks[p - 2].tok.flags & CP_TF_CAPITALIZED) &&
				word_in_table(text + toks[p - 2].tok.start, toks[p - 2].tok.len, &field_office_table);
		if (!cp_token_is(text, &toks[p - 1].tok, ","))
			return false;
		/* the field before the comma, back to its first word */
		p--;
		if (p < 1 || !field_word(&toks[p - 1]))
			return false;
		while (p >= 1 && (field_word(&toks[p - 1]) || cp_token_is(text, &toks[p - 1].tok, "and")) &&
			   p + 24 > i)
			p--;
	}
	return false;
}

/*
 * Last words of bodies' names that "for" or "on" and what the body is for
 * go on ("American Association for the Advancement of Science", "Harvard
 * Center for Jewish Studies", "Committee on Legal Affairs", "Task Force on
 * Journalism"), which CoNLL-2003 marks whole ("Organisation for Security and
 * Cooperation in Europe", "Commission on Presidential Debates") and the
 * tagger read as two names.  Not "Conference" ("Conference on
 * Disarmament", an event), nor "Court" ("Court of Appeals for the Seventh
 * Circuit" ends with "Appeals").
 */
static const word_item for_heads[] = {
	{"association"}, {"society"}, {"center"}, {"centre"}, {"commission"}, {"committee"},
	{"council"}, {"institute"}, {"foundation"}, {"fund"}, {"board"}, {"agency"},
	{"organisation"}, {"organization"}, {"office"}, {"bureau"}, {"league"}, {"federation"},
	{"alliance"}, {"coalition"}, {"movement"}, {"front"}, {"university"}, {"school"},
	{"college"}, {"academy"}, {"force"}, {"group"}, {"network"}, {"trust"}, {"partnership"}
};
static int16_t for_head_slots[64];
static cp_wordtab for_head_table = CP_WORDTAB(for_heads, for_head_slots);

bool
heads_for_name(const char *text, const cp_ner_tok *t)
{
	return (t->tok.flags & CP_TF_CAPITALIZED) && word_in_table(text + t->tok.start, t->tok.len, &for_head_table);
}

/*
 * Last words of happenings that take place once ("Industrial Revolution",
 * "Salem Witch Trials", "General Elections"), which CoNLL-2003 marks as
 * other names ("Cultural Revolution") and the tagger read as bodies.  Not after "of": a body's name may end so ("Popular
 * Movement of the Revolution", "Commission of the Elections").
 */
static const word_item happening_ends[] = {
	{"revolution"}, {"trials"}, {"election"}, {"elections"}, {"uprising"}, {"rebellion"},
	{"massacre"}, {"riots"}
};
static int16_t happening_end_slots[16];
static cp_wordtab happening_end_table = CP_WORDTAB(happening_ends, happening_end_slots);

bool
names_happening(const char *text, const cp_ner_tok *first, const cp_ner_tok *last)
{
	if (!(last->tok.flags & CP_TF_CAPITALIZED) ||
		!word_in_table(text + last->tok.start, last->tok.len, &happening_end_table))
		return false;
	for (const cp_ner_tok *t = first + 1; t < last; t++)
		if (cp_token_is(text, &t->tok, "of"))
			return false;
	return true;
}

/*
 * First words of competitions named in Spanish, Italian or French ("Copa
 * Chile", "Torneo Argentino A", "Primera B Metropolitana", "Campeonato
 * Paulista", "Coppa Italia", "Coupe de France"), which encyclopedic text
 * keeps untranslated and the tagger, which saw few, read as places and
 * bodies.  Not "Liga", which opens clubs' names too ("Liga Deportiva
 * Alajuelense"), nor a name that ends with an English word of more than
 * one letter, not a place's too ("Copa Airlines", not "Copa Chile"), as a
 * body's or with a legal form.
 */
static const word_item competition_opens[] = {
	{"copa"}, {"coppa"}, {"coupe"}, {"torneo"}, {"campeonato"}, {"primera"}, {"trofeo"}
};
static int16_t competition_open_slots[16];
static cp_wordtab competition_open_table = CP_WORDTAB(competition_opens, competition_open_slots);

bool
names_competition(const char *text, const cp_ner_tok *first, const cp_ner_tok *last)
{
	return first < last && (first->tok.flags & CP_TF_CAPITALIZED) &&
		word_in_table(text + first->tok.start, first->tok.len, &competition_open_table) &&
		!(last->tok.len > 1 && (last->gaz & (CP_GAZ_LOWER | CP_GAZ_PLACES)) == CP_GAZ_LOWER) &&
		!ends_as_body(text, &last->tok) && !ends_with_legal_form(text, &last->tok);
}

/*
 * Offices whose title names a body or a charge found in many places
 * ("Member of Parliament", "Justice of the Peace", "Justice of Appeal", a
 * judge of a court of appeal in many countries), which the tagger read
 * as bodies: a title, as "President" is, no name.  A body's own name after
 * "Member of" stays ("Member of the European Parliament").
 */
static const struct
{
	const char *one;
	const char *many;
	const char *what;
	bool		the;			/* "of the" before what */
}			offices[] = {
	{"member", "members", "parliament", false},
	{"justice", "justices", "peace", true},
	{"justice", "justices", "appeal", false}
};

/*
 * Credit ratings ("Ba-2", "A-1", "Baa3", "AA-") are grades, not names, as
 * CoNLL-2003 marks them; a sentence about debt tells them from aircraft
 * ("the B-1 bomber").
 */
static const word_item rating_cues[] = {
	{"debt"}, {"debts"}, {"debentures"}, {"notes"}, {"paper"}, {"bonds"}, {"rating"}, {"ratings"},
	{"rated"}, {"downgrade"}, {"downgraded"}, {"upgrade"}, {"upgraded"}, {"affirmed"}, {"grade"}
};
static int16_t rating_cue_slots[32];
static cp_wordtab rating_cue_table = CP_WORDTAB(rating_cues, rating_cue_slots);

/* Is s[0..len) a rating: Moody's "Baa", "Ba-2", "A1", "P-1" or S&P's "AA-", "A-1+"? */
static bool
is_rating(const char *s, size_t len)
{
	size_t		i = 1;

	if (len < 2 || len > 5 || ((s[0] < 'A' || s[0] > 'C') && s[0] != 'P'))
		return false;
	if (s[0] == 'P')			/* Moody's short-term "P-1" */
		return len == 3 && s[1] == '-' && s[2] >= '1' && s[2] <= '3';
	if (s[1] == 'a')
	{
		/* Moody's small a's: "Aa", "Baa" */
		while (i < len && i < 3 && s[i] == 'a')
			i++;
		if (i == 3 && len == 3)
			return true;
	}
	else
	{
		/* S&P's letter repeated: "AA", "BBB", then a notch "AA-" */
		while (i < len && i < 3 && s[i] == s[0])
			i++;
		if (i + 1 == len && (s[i] == '+' || s[i] == '-'))
			return true;
	}
	if (i < len && s[i] == '-')
		i++;
	if (i >= len || s[i] < '1' || s[i] > '3')
		return false;
	i++;
	if (i < len && s[i] == '+')
		i++;
	return i == len;
}

/*
 * The last token of a credit rating read as a name at token k of n, in a
 * sentence about debt (*cue: -1 until looked for), or 0.
 */
static uint32_t
rating_end(const cp_ner_doc *doc, const uint8_t *tags, uint32_t n, uint32_t k, int *cue)
{
	const cp_token *a = &doc->toks[k].tok;
	uint32_t	e = k;

	/* the first letter first: most names are ruled out before the span is read */
	if (a->len > 5 || ((doc->text[a->start] < 'A' || doc->text[a->start] > 'C') && doc->text[a->start] != 'P'))
		return 0;
	while (e + 1 < n && tags[e + 1] == CP_NER_I(CP_NER_KIND(tags[k])))
		e++;
	if (!is_rating(doc->text + a->start, doc->toks[e].tok.start + doc->toks[e].tok.len - a->start))
		return 0;
	if (*cue < 0)
	{
		*cue = 0;
		for (uint32_t j = 0; j < n && !*cue; j++)
			*cue = word_in_table(doc->text + doc->toks[j].tok.start, doc->toks[j].tok.len, &rating_cue_table);
	}
	return *cue ? e : 0;
}

/*
 * The last token of a security's class or series read as a name at token k
 * of n ("Class B" shares, "Series C" preferred, "class A and Class B"), a
 * grade of stock like a rating, or 0: the word and one capital letter,
 * nothing tagged after them ("Class C Series Two" is read as a whole).  The
 * word alone, its letter left out, is as little a name ("Class" of "the
 * remaining Class B shares"): k itself then.
 */
static uint32_t
share_class_end(const cp_ner_doc *doc, const uint8_t *tags, uint32_t n, uint32_t k)
{
	const cp_token *a = &doc->toks[k].tok,
			   *b;
	char		c;

	/* the length first: most names are ruled out before a word is compared */
	if ((a->len != 5 && a->len != 6) || k + 1 >= n ||
		(tags[k + 1] != CP_NER_I(CP_NER_KIND(tags[k])) && tags[k + 1] != CP_NER_TAG_O) ||
		(k + 2 < n && CP_NER_IS_I(tags[k + 2])))
		return 0;
	b = &doc->toks[k + 1].tok;
	c = doc->text[b->start];
	if (b->len != 1 || !cp_ascii_upper((unsigned char) c) ||
		!(cp_bytes_are(doc->text + a->start, a->len, "Class") || cp_bytes_are(doc->text + a->start, a->len, "Series")))
		return 0;
	return tags[k + 1] == CP_NER_TAG_O ? k : k + 1;
}

/* The last token of the office's title starting at token k of n ("Member of Parliament"), or 0. */
static uint32_t
office_end(const char *text, const cp_ner_tok *toks, uint32_t k, uint32_t n)
{
	for (size_t o = 0; o < sizeof(offices) / sizeof(offices[0]); o++)
	{
		uint32_t	e = k + 2 + (offices[o].the ? 1 : 0);

		if (e < n && (toks[k].tok.flags & toks[e].tok.flags & CP_TF_CAPITALIZED) &&
			(cp_token_is(text, &toks[k].tok, offices[o].one) || cp_token_is(text, &toks[k].tok, offices[o].many)) &&
			cp_token_is(text, &toks[k + 1].tok, "of") &&
			(!offices[o].the || cp_token_is(text, &toks[k + 2].tok, "the")) &&
			cp_token_is(text, &toks[e].tok, offices[o].what))
			return e;
	}
	return 0;
}

void
untag_offices(const cp_ner_doc *doc, uint8_t *tags, uint32_t n)
{
	int			cue = -1;

	for (uint32_t k = 0; k < n; k++)
	{
		uint32_t	e,
					p;

		if (!CP_NER_IS_B(tags[k]))
			continue;
		if ((e = rating_end(doc, tags, n, k, &cue)) > 0 || (e = share_class_end(doc, tags, n, k)) > 0)
		{
			for (p = k; p <= e; p++)
				tags[p] = CP_NER_TAG_O;
			k = e;
			continue;
		}
		if ((e = office_end(doc->text, doc->toks, k, n)) == 0)
			continue;
		/* only a name of the title's words alone, not "Member of Parliament Jo Bell" */
		for (p = k + 1; p <= e && tags[p] == CP_NER_I(CP_NER_KIND(tags[k])); p++)
			;
		if (p <= e || (e + 1 < n && tags[e + 1] == CP_NER_I(CP_NER_KIND(tags[k]))))
			continue;
		for (p = k; p <= e; p++)
			tags[p] = CP_NER_TAG_O;
		k = e;
	}
}

/*
 * Prefixes of ships' names ("HMS Calliope", "USS Canberra", "RMS Titanic"),
 * which CoNLL-2003 marks as other names ("RMS Titanic") and the tagger read
 * as organizations.  Not "SS" (the Nazi SS, "SS Rajamouli") nor "MV".
 */
bool
opens_ship_name(const char *text, const cp_token *t)
{
	static const char *const prefixes[] = {"HMS", "USS", "RMS", "HMAS", "HMCS", "HMNZS", "SMS", "USNS", NULL};

	for (int k = 0; prefixes[k]; k++)
		if (cp_bytes_are(text + t->start, t->len, prefixes[k]))
			return true;
	return false;
}

/* Lists of names (listed_kinds, ship_short_names). */
bool
listed_together(const char *text, const raw_mention *a, const raw_mention *b)
{
	static const char *const joins[] = {", ", " and ", " or ", ", and ", ", or ", " & "};
	size_t		gap;

	if (b->start < a->start + a->len)
		return false;
	gap = b->start - (a->start + a->len);
	for (size_t k = 0; k < sizeof(joins) / sizeof(joins[0]); k++)
		if (cp_bytes_are(text + a->start + a->len, gap, joins[k]))
			return true;
	return false;
}

/* Where a ship's own name starts in mention m (4 in "HMS Calliope"), or 0. */
static uint32_t
ship_prefix_len(const char *text, const raw_mention *m)
{
	cp_token	t;
	uint32_t	k = 0;

	while (k < m->len && text[m->start + k] != ' ')
		k++;
	if (m->kind != CP_ENT_MISC || k + 1 >= m->len)
		return 0;
	t.start = m->start;
	t.len = k;
	return opens_ship_name(text, &t) ? k + 1 : 0;
}

/* Is one-word mention m written as text[from, from + len)? */
static bool
written_as(const char *text, const raw_mention *m, uint32_t from, uint32_t len)
{
	return m->one_word && m->len == len && memcmp(text + m->start, text + from, len) == 0;
}

/*
 * Make every one-word mention written as text[from, from + len) a ship.
 * One already made so means all of them are: each chain is walked once.
 */
static void
make_ships(const char *text, raw_mention *ms, text_chains *words, uint32_t from, uint32_t len)
{
	for (int32_t k = text_chains_first(words, from, len); k >= 0; k = words->next[k])
		if (written_as(text, &ms[k], from, len))
		{
			if (ms[k].ship)
				return;
			ms[k].kind = CP_ENT_MISC;
			ms[k].ship = true;
		}
}

/* A one-word name, which a ship's short name may be written as. */
static bool
one_word(const raw_mention *m)
{
	return m->one_word;
}

void
ship_short_names(cp_arena *arena, const char *text, raw_mention *ms, size_t n)
{
	text_chains words;
	bool		any = false;

	text_chains_begin(&words, arena, text, ms, n, one_word);
	for (size_t i = 0; i < n; i++)
	{
		uint32_t	p = ship_prefix_len(text, &ms[i]);

		if (p == 0)
			continue;
		any = ms[i].ship = true;
		make_ships(text, ms, &words, ms[i].start + p, ms[i].len - p);
	}
	/*
	 * the lists, twice: "HMS Calliope, Constance and Comus" makes Constance
	 * a ship, and with it the list "(Calliope, Constance and Comus)"; only
	 * lists of ships and one-word names
	 */
	for (int round = 0; any && round < 2; round++)
		for (size_t i = 0; i < n;)
		{
			size_t		j = i;
			bool		ship = false,
						others = false,
						joined = false;

			while (j + 1 < n && listed_together(text, &ms[j], &ms[j + 1]))
				j++;
			for (size_t k = i; k <= j; k++)
			{
				ship = ship || ms[k].ship;
				others = others || (!ms[k].ship && !ms[k].one_word);
				/*
				 * a list has "and", "or" or "&" before its last name, not a
				 * comma alone ("At Jutland, HMS Calliope flew" is none)
				 */
				joined = joined || (k < j && text[ms[k + 1].start - 2] != ',');
			}
			if (j > i && ship && !others && joined)
				for (size_t k = i; k <= j; k++)
					if (!ms[k].ship)
						make_ships(text, ms, &words, ms[k].start, ms[k].len);
			i = j + 1;
		}
	text_chains_end(&words);
}

/*
 * Plural nouns of places after names joined by "and" ("Pulaski and Perry
 * counties", "the Tigris and Euphrates rivers"), or before "of" and them
 * ("the counties of Carroll, Henderson and Wayne"), which make the names
 * places.  Not "states" ("the Baltic states", an adjective's).  A place's
 * singular noun right after a name the tagger read as a body's makes it a
 * place ("Drumbeagh townland", "London's Belmarsh prison": NOUN_AFTER in
 * entities_nouns.c; a place's name the tagger never saw is as often read
 * as a body's as a person's, which person_read_kind() reads).
 */
static const word_item place_noun_plurals[] = {
	{"counties"}, {"provinces"}, {"districts"}, {"townships"}, {"parishes"}, {"municipalities"},
	{"prefectures"}, {"rivers"}, {"islands"}, {"valleys"}
};
static int16_t place_noun_plural_slots[32];
static cp_wordtab place_noun_plural_table = CP_WORDTAB(place_noun_plurals, place_noun_plural_slots);

/* Is the name m after a plural noun of places and "of" ("the counties of Carroll")? */
static bool
after_place_plural_of(const char *text, const raw_mention *m)
{
	uint32_t	end = m->start,
				from;

	if (!word_before(text, &end, &from) || end + 1 != m->start || !word_is(text, from, end, "of"))
		return false;
	end = from;
	return word_before(text, &end, &from) && word_in_table(text + from, end - from, &place_noun_plural_table);
}

/*
 * Is m, before "award" or "awards" (ending at e), the prize's name ("the
 * Interactive Bafta awards", read as a body)?  Not a body's own ("the
 * Screen Actors Guild awards", "Directors Guild of Great Britain awards",
 * by its last word or "of"), nor the verb's subject ("the Pentagon awards
 * a contract").
 */
static bool
names_prize(const char *text, size_t doclen, const raw_mention *m, size_t e)
{
	uint32_t	last = m->start + m->len;
	size_t		f;
	cp_token	t = {.flags = CP_TF_CAPITALIZED};

	if (e + 1 < doclen && text[e] == ' ' && lower_word_at(text, doclen, e + 1, &f) &&
		(word_is(text, (uint32_t) e + 1, (uint32_t) f, "a") || word_is(text, (uint32_t) e + 1, (uint32_t) f, "an") ||
		 word_is(text, (uint32_t) e + 1, (uint32_t) f, "the") || word_is(text, (uint32_t) e + 1, (uint32_t) f, "contract")))
		return false;
	for (uint32_t k = m->start; k + 4 <= last; k++)
		if (memcmp(text + k, " of ", 4) == 0)
			return false;
	t.start = last;
	while (t.start > m->start && text[t.start - 1] != ' ')
		t.start--;
	t.len = last - t.start;
	return !(ends_as_body(text, &t) || word_is(text, t.start, last, "Guild"));
}

void
places_before_noun(const char *text, size_t doclen, raw_mention *ms, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		size_t		after = (size_t) ms[i].start + ms[i].len,
					e;
		const stated_noun *noun;

		/* forward over the list after "counties of", persons and bodies only */
		if (after_place_plural_of(text, &ms[i]))
			for (size_t k = i; k < n; k++)
			{
				if (ms[k].kind == CP_ENT_PER || ms[k].kind == CP_ENT_ORG)
					ms[k].kind = CP_ENT_LOC;
				if (k + 1 == n || !listed_together(text, &ms[k], &ms[k + 1]))
					break;
			}
		if (after + 1 >= doclen || text[after] != ' ' || !lower_word_at(text, doclen, after + 1, &e))
			continue;
		if ((noun = noun_at(text, after + 1, e, NOUN_AFTER)) != NULL)
		{
			if (ms[i].kind == CP_ENT_ORG && noun->kind == CP_ENT_LOC)
				ms[i].kind = CP_ENT_LOC;
			else if (noun->kind == CP_ENT_MISC && ms[i].kind != CP_ENT_MISC && names_prize(text, doclen, &ms[i], e))
				ms[i].kind = CP_ENT_MISC;
			continue;
		}
		if (i == 0 || !word_in_table(text + after + 1, e - after - 1, &place_noun_plural_table) ||
			!listed_together(text, &ms[i - 1], &ms[i]))
			continue;
		/* back over the list, persons and bodies only: "Roman and Byzantine provinces" stay adjectives */
		for (size_t k = i + 1; k-- > 0;)
		{
			if (ms[k].kind == CP_ENT_PER || ms[k].kind == CP_ENT_ORG)
				ms[k].kind = CP_ENT_LOC;
			if (k == 0 || !listed_together(text, &ms[k - 1], &ms[k]))
				break;
		}
	}
}

/*
 * A one-word name read as a person's that is the plural of an other name
 * of the article is that name's too: a people's ("Azeri territory" ...
 * "drove Azeris out", "Tutsis") or a thing's ("a Kalashnikov" ...
 * "beaten with Kalashnikovs"), words the gazetteers do not hold.  People
 * are not named in the plural of a word the article uses as an adjective.
 */
/* An other name, whose plural a people's or a thing's may be. */
static bool
other_name(const raw_mention *m)
{
	return m->kind == CP_ENT_MISC;
}

void
plurals_of_other_names(cp_arena *arena, const char *text, raw_mention *ms, size_t n)
{
	text_chains names;

	text_chains_begin(&names, arena, text, ms, n, other_name);
	for (size_t i = 0; i < n; i++)
	{
		const raw_mention *m = &ms[i];

		/* the cheap tests first: a person's one word ending in "s" */
		if (m->kind != CP_ENT_PER || !m->one_word || m->len < 4 || text[m->start + m->len - 1] != 's')
			continue;
		for (int32_t k = text_chains_first(&names, m->start, m->len - 1); k >= 0; k = names.next[k])
			if (ms[k].kind == CP_ENT_MISC && ms[k].len + 1 == m->len &&
				memcmp(text + ms[k].start, text + m->start, ms[k].len) == 0)
			{
				ms[i].kind = CP_ENT_MISC;
				break;
			}
	}
	text_chains_end(&names);
}

/*
 * A list of names after a plural noun and "such as" is of the noun's kind
 * ("investments in companies such as Twilio, Etsy and MongoDB", "villages
 * such as Kabeane, Bokwidi and Basterspad"), which the tagger read as
 * places, persons or other names.  Bodies' and places' nouns that may head
 * an apposition, so not "teams" ("teams such as Brazil", national sides
 * CoNLL-2003 marks as places); a comma may stand before "such".  The mark
 * is what the article states (consistent_kinds), as a noun before a name
 * is; an owner in the possessive is not listed ("firms such as Germany's
 * TUI and Lufthansa").
 */
void
listed_after_such_as(const char *text, raw_mention *ms, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		uint32_t	end,
					from;
		const stated_noun *noun;

		if (ms[i].start < 12 || memcmp(text + ms[i].start - 9, " such as ", 9) != 0)
			continue;
		end = ms[i].start - 9;
		if (text[end - 1] == ',')
			end--;
		if (!word_before(text, &end, &from) ||
			(noun = plural_noun_at(text, from, end, NOUN_APPOSED)) == NULL ||
			(noun->kind != CP_ENT_ORG && noun->kind != CP_ENT_LOC))
			continue;
		for (size_t k = i; k < n; k++)
		{
			size_t		after = (size_t) ms[k].start + ms[k].len;

			/* "firms such as France's Dassault": the owner's name, then the listed one */
			if (after + 3 <= ms[n - 1].start && memcmp(text + after, "'s ", 3) == 0)
			{
				if (k + 1 < n && ms[k + 1].start == after + 3)
					continue;
				break;
			}
			/* "firms such as Swiss Re" cut after a people's adjective: not the firm's name */
			if (!(ms[k].kind == CP_ENT_MISC && ms[k].place))
				ms[k].listed = (uint8_t) (noun->kind + 1);
			if (k + 1 == n || !listed_together(text, &ms[k], &ms[k + 1]))
				break;
		}
	}
}

/*
 * First words of natural features' names ("Lake Winnipesaukee", "Mount
 * Buchan"), and of a camp's ("Camp Sevier", an army's), which no person's
 * name starts with; a club's or a college's does ("Lake County Captains",
 * "Mount Holyoke College").  So do the words for a palace, a market, a
 * castle, a hill and a dry valley that encyclopedic text leaves
 * untranslated ("Palazzo di Sangro", "Souk El Attarine", "Schloss
 * Hellbrunn", "Jebel Musa", "Wadi Rum"), which the tagger reads as a
 * person's first name; not "Piazza" or "Castello", family names too.
 */
static const word_item feature_heads[] = {
	{"lake"}, {"mount"}, {"mt"}, {"camp"}, {"palazzo"}, {"souk"}, {"schloss"}, {"jebel"}, {"djebel"},
	{"wadi"}
};
static int16_t feature_head_slots[32];
static cp_wordtab feature_head_table = CP_WORDTAB(feature_heads, feature_head_slots);

bool
opens_natural_feature(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) && word_in_table(text + t->start, t->len, &feature_head_table);
}

/*
 * Last words of newspapers' names, which CoNLL-2003 marks as organizations
 * ("The Washington Post", "Daily Telegraph"); encyclopedic text writes
 * them in quotation marks, which made them titles of works.  Not
 * "Independent", "Star" or "Sun", other names' words as often.
 */
static const word_item newspaper_ends[] = {
	{"times"}, {"guardian"}, {"post"}, {"journal"}, {"herald"}, {"tribune"}, {"telegraph"},
	{"gazette"}, {"chronicle"}, {"observer"}, {"inquirer"}, {"enquirer"}, {"examiner"}, {"courier"},
	{"dispatch"}
};
static int16_t newspaper_end_slots[64];
static cp_wordtab newspaper_end_table = CP_WORDTAB(newspaper_ends, newspaper_end_slots);

bool
ends_as_newspaper(const char *text, const cp_token *t)
{
	uint32_t	from = t->start;

	if (!(t->flags & CP_TF_CAPITALIZED))
		return false;
	/* "The Herald-Dispatch", "The Leaf-Chronicle" */
	for (uint32_t p = t->start; p + 1 < t->start + t->len; p++)
		if (text[p] == '-')
			from = p + 1;
	return word_in_table(text + from, t->start + t->len - from, &newspaper_end_table);
}

/*
 * Last words of the names of firms and ensembles in publishing, music,
 * film, games and broadcasting ("Walt Disney Pictures", "Decca Records",
 * "Cleveland Orchestra"), few in 1996 Reuters text and many in
 * encyclopedic text, where the tagger reads them as a person's name or a
 * work's.  No person's or place's name ends so.  Not "Studios", a
 * building as often, nor "Games", an event's ("Commonwealth Games"), nor
 * "Music" or "Media", an album's or a subject's.
 */
static const word_item company_ends[] = {
	{"entertainment"}, {"filmworks"}, {"publishing"}, {"publishers"}, {"records"},
	{"recordings"}, {"productions"}, {"pictures"}, {"orchestra"}, {"philharmonic"},
	{"broadcasting"}, {"airways"}, {"laboratories"}, {"animation"}
};
static int16_t company_end_slots[64];
static cp_wordtab company_end_table = CP_WORDTAB(company_ends, company_end_slots);

/* Does a name of more than one word that ends with token t name a firm or an ensemble? */
bool
ends_as_company(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) && word_in_table(text + t->start, t->len, &company_end_table);
}

/*
 * Words that end the name of a street, a road or water ("Mill Street",
 * "Oak Avenue", "Cedar River"): the tagger, which saw few of them in 1996
 * Reuters text, reads them as organizations or other names.  CoNLL-2003
 * marks them as places ("Wall Street", "Elland Road", "Trent Bridge",
 * "Tiananmen Square").  Not "Park" (Elena Park), "Lane" (Barry Lane) nor
 * "Hill": family names as often.
 */
static const word_item place_name_ends[] = {
	{"street"}, {"avenue"}, {"ave"}, {"road"}, {"boulevard"}, {"blvd"}, {"highway"},
	{"expressway"}, {"freeway"}, {"motorway"}, {"river"}, {"creek"}, {"bridge"}, {"canal"},
	{"square"}, {"lake"},
	/*
	 * buildings, which CoNLL-2003 marks as places ("Ravensworth Castle",
	 * "Wembley Stadium"); not airports, the companies that run them too
	 */
	{"hospital"}, {"museum"}, {"church"}, {"cathedral"}, {"castle"}, {"stadium"}, {"cemetery"},
	{"mosque"}, {"temple"}, {"monastery"}, {"synagogue"},
	/* hospitals by their older names ("Pinewood Sanatorium", "Royal Infirmary") */
	{"sanatorium"}, {"sanitarium"}, {"infirmary"},
	/*
	 * airfields, which encyclopedic text names and no company runs under
	 * that word ("Pinal Airpark", "El Tiro Gliderport"); "Air Field" in
	 * names_place
	 */
	{"airfield"}, {"airpark"}, {"aerodrome"}, {"gliderport"}, {"heliport"}, {"airstrip"},
	/* the works that carry a line over a valley ("Tassagh Viaduct", "Segovia Aqueduct") */
	{"viaduct"}, {"aqueduct"}
};
static int16_t place_name_end_slots[128];
static cp_wordtab place_name_end_table = CP_WORDTAB(place_name_ends, place_name_end_slots);

/*
 * Words that end the name of a natural feature ("Gobi Desert", "Rocky
 * Mountains", "Kornati Islands"), few in 1996 Reuters text and many in
 * encyclopedic text.  No person's name ends so, nor a club's or a
 * company's, unlike "Coast" ("Gold Coast"), "Forest" ("Nottingham
 * Forest"), "Mountain" ("Battle Mountain Gold"), "Bay" ("Tampa Bay"); nor
 * "Falls", a verb in a headline.
 */
static const word_item natural_feature_ends[] = {
	{"mountains"}, {"desert"}, {"islands"}, {"isles"}, {"peninsula"}, {"ocean"}, {"sea"},
	{"strait"}, {"straits"}, {"canyon"}, {"glacier"}, {"plateau"}, {"plains"}, {"highlands"},
	{"archipelago"}, {"valley"}, {"gulf"}, {"reef"}, {"lagoon"}, {"fjord"}, {"volcano"}, {"island"},
	/* "Salisbury Plain", "Treuer Range", "Flinders Ranges"; and a polity's "Northern Territory" */
	{"plain"}, {"range"}, {"ranges"}, {"territory"},
	/* the sea floor's ("Vema Seamount", "Sahara Seamounts") and a park's "Nature Preserve" */
	{"seamount"}, {"seamounts"}, {"preserve"}
};
static int16_t natural_feature_end_slots[64];
static cp_wordtab natural_feature_end_table = CP_WORDTAB(natural_feature_ends, natural_feature_end_slots);

/* Does a name that ends with token t name a natural feature? */
bool
ends_as_natural_feature(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) && word_in_table(text + t->start, t->len, &natural_feature_end_table);
}

/* Does a name that ends with token t name a street, road or building? */
bool
ends_as_street(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) && word_in_table(text + t->start, t->len, &place_name_end_table);
}

/*
 * Words of a creed, which with a people's adjective name a church as the
 * body of its believers ("Roman Catholic Church", "Armenian Apostolic
 * Church", "Greek Orthodox Church"): an organization, as CoNLL-2003
 * marks bodies.  A church named after a saint or a place is the building
 * ("St. Mary's Church", "Mount Zion Baptist Church"), a place.
 */
static const word_item creed_words[] = {
	{"roman"}, {"catholic"}, {"christian"}, {"reformed"}, {"apostolic"}, {"orthodox"},
	{"methodist"}, {"baptist"}, {"lutheran"}, {"anglican"}, {"presbyterian"}, {"evangelical"},
	{"episcopal"}, {"pentecostal"}, {"adventist"}, {"protestant"}, {"coptic"}, {"maronite"},
	{"mennonite"}, {"moravian"}, {"unitarian"}
};
static int16_t creed_word_slots[64];
static cp_wordtab creed_word_table = CP_WORDTAB(creed_words, creed_word_slots);

/*
 * Do tokens [i, j] name a church by creed and people alone, "Church" last,
 * no capitalized word but "The" before them ("First Christian Church" is a
 * congregation's building)?
 */
bool
names_denomination(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j)
{
	bool		creed = false;

	if (j <= i || !(toks[j].tok.flags & CP_TF_CAPITALIZED) || !cp_token_is(text, &toks[j].tok, "church") ||
		(i > 0 && toks[i - 1].tok.kind == CP_TOK_WORD && (toks[i - 1].tok.flags & CP_TF_CAPITALIZED) &&
		 !cp_token_is(text, &toks[i - 1].tok, "the")))
		return false;
	for (uint32_t k = i; k < j; k++)
	{
		const cp_token *t = &toks[k].tok;

		if (t->kind != CP_TOK_WORD || !(t->flags & CP_TF_CAPITALIZED))
			return false;
		if (word_in_table(text + t->start, t->len, &creed_word_table))
			creed = true;
		else if (!(toks[k].gaz & CP_GAZ_DEMONYM))
			return false;
	}
	return creed;
}

/*
 * "the Roman Catholic Church" read as an other name and an organization
 * ("Roman", "Catholic Church") or as a place: one body, its words back to
 * the article or lower-case word before them (names_denomination).
 */
void
tag_denominations(const cp_ner_doc *doc, uint8_t *tags, uint32_t n)
{
	const char *text = doc->text;

	for (uint32_t k = 1; k < n; k++)
	{
		uint32_t	s = k;

		if (!cp_token_is(text, &doc->toks[k].tok, "church") || (k + 1 < n && CP_NER_IS_I(tags[k + 1])))
			continue;
		while (s > 0 && k - s < 4 && (doc->toks[s - 1].tok.flags & CP_TF_CAPITALIZED) &&
			   !cp_token_is(text, &doc->toks[s - 1].tok, "the"))
			s--;
		if (s == k || !names_denomination(text, doc->toks, s, k))
			continue;
		for (uint32_t t = s; t <= k; t++)
			tags[t] = t == s ? CP_NER_B(CP_ENT_ORG) : CP_NER_I(CP_ENT_ORG);
	}
}

/*
 * Last words of a party's, a front's or a league's name that a country's
 * name opens ("Bangladesh Awami League", "Pakistan Muslim League", both
 * one organization in CoNLL-2003's marking), and the words that make a
 * league a competition instead, an other name ("Pakistan Super League").
 */
static const word_item country_body_ends[] = {
	{"league"}, {"party"}, {"front"}, {"movement"}, {"alliance"}, {"congress"}
};
static int16_t country_body_end_slots[16];
static cp_wordtab country_body_end_table = CP_WORDTAB(country_body_ends, country_body_end_slots);
static const word_item sport_words[] = {
	{"football"}, {"soccer"}, {"basketball"}, {"cricket"}, {"hockey"}, {"rugby"}, {"baseball"},
	{"volleyball"}, {"handball"}, {"premier"}, {"super"}, {"champions"}
};
static int16_t sport_word_slots[32];
static cp_wordtab sport_word_table = CP_WORDTAB(sport_words, sport_word_slots);

/*
 * A sentence's tags (n tokens) for a country's name the tagger read apart
 * from the party or league it opens ("Bangladesh" and "Awami League"),
 * or a country's or a people's one word apart from the school or learned
 * body it opens ("Russian" and "Academy of Sciences"): one name.
 */
void
tag_country_bodies(const cp_ner_doc *doc, uint8_t *tags, uint32_t n)
{
	const char *text = doc->text;

	for (uint32_t k = 0; k + 2 < n; k++)
	{
		uint32_t	e = k + 1;
		cp_entity_kind kind = CP_ENT_ORG;
		bool		learned;

		if ((tags[k] != CP_NER_B(CP_ENT_LOC) && tags[k] != CP_NER_B(CP_ENT_MISC)) ||
			(tags[e] != CP_NER_B(CP_ENT_ORG) && tags[e] != CP_NER_B(CP_ENT_MISC)) ||
			!(doc->toks[e].tok.flags & CP_TF_SPACE_BEFORE))
			continue;
		learned = tags[e] == CP_NER_B(CP_ENT_ORG) && (doc->toks[e].tok.flags & CP_TF_CAPITALIZED) &&
			((tags[k] == CP_NER_B(CP_ENT_LOC) && (doc->toks[k].gaz & CP_GAZ_COUNTRY)) ||
			 (tags[k] == CP_NER_B(CP_ENT_MISC) && (doc->toks[k].gaz & CP_GAZ_DEMONYM))) &&
			word_in_table(text + doc->toks[e].tok.start, doc->toks[e].tok.len, &learned_head_table);
		if (!learned && (tags[k] != CP_NER_B(CP_ENT_LOC) || !(doc->toks[k].gaz & CP_GAZ_COUNTRY)))
			continue;
		while (e + 1 < n && tags[e + 1] == tags[k + 1] + 1)
			e++;
		if (!learned && (e == k + 1 || !(doc->toks[e].tok.flags & CP_TF_CAPITALIZED) ||
						 !word_in_table(text + doc->toks[e].tok.start, doc->toks[e].tok.len, &country_body_end_table)))
			continue;
		for (uint32_t t = k + 1; t < e && !learned; t++)
			if (word_in_table(text + doc->toks[t].tok.start, doc->toks[t].tok.len, &sport_word_table))
				kind = CP_ENT_MISC;
		for (uint32_t t = k; t <= e; t++)
			tags[t] = t == k ? CP_NER_B(kind) : CP_NER_I(kind);
		k = e;
	}
}

/*
 * First words of a school's or a university's name in Spanish, Portuguese,
 * Italian, French, German, Dutch or Polish ("Universidad de Buenos Aires",
 * "Colegio Arubano", "Università di Bologna"): the tagger, which learned
 * English heads, reads the place or the person the name holds.
 */
static const word_item foreign_school_heads[] = {
	{"universidad"}, {"universidade"}, {"università"}, {"université"}, {"universität"}, {"universitat"},
	{"universiteit"}, {"universitet"}, {"uniwersytet"}, {"instituto"}, {"istituto"}, {"colegio"},
	{"colégio"}, {"escuela"}, {"escola"}, {"facultad"}, {"faculdade"}, {"liceo"}, {"lycée"},
	{"hochschule"}, {"scuola"}, {"politecnico"}
};
static int16_t foreign_school_head_slots[64];
static cp_wordtab foreign_school_head_table = CP_WORDTAB(foreign_school_heads, foreign_school_head_slots);

/* Does token t open a school's name in another language ("Universidad", "Colegio")? */
bool
opens_foreign_school(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) && word_in_table(text + t->start, t->len, &foreign_school_head_table);
}

/*
 * Dictionary words that put a place in a part or a time of a country, or
 * make a title of it, not a body's name: "Northern Ireland", "former
 * Yugoslavia", "Miss Poland", "Greater China".
 */
static const word_item country_part_words[] = {
	{"north"}, {"south"}, {"east"}, {"west"}, {"northern"}, {"southern"}, {"eastern"},
	{"western"}, {"central"}, {"greater"}, {"former"}, {"mainland"}, {"upper"}, {"lower"},
	{"inner"}, {"outer"}, {"new"}, {"old"}, {"great"}, {"little"}, {"miss"}, {"metropolitan"},
	{"rural"}, {"coastal"}, {"southeastern"}, {"southwestern"}, {"northeastern"}, {"northwestern"}
};
static int16_t country_part_word_slots[64];
static cp_wordtab country_part_word_table = CP_WORDTAB(country_part_words, country_part_word_slots);
/* Words that open a sentence before its subject ("Only France said", "Meanwhile Russia said"). */
static const word_item opening_words[] = {
	{"only"}, {"even"}, {"both"}, {"all"}, {"but"}, {"yet"}, {"so"}, {"also"}, {"then"}, {"now"},
	{"meanwhile"}, {"later"}, {"earlier"}, {"today"}, {"yesterday"}, {"separately"}, {"elsewhere"},
	{"still"}, {"thus"}, {"hence"}, {"instead"}, {"nor"}, {"neither"}, {"either"}, {"when"}, {"while"},
	{"because"}, {"since"}, {"although"}, {"though"}, {"if"}, {"unless"}, {"after"}, {"before"}
};
static int16_t opening_word_slots[128];
static cp_wordtab opening_word_table = CP_WORDTAB(opening_words, opening_word_slots);

/*
 * Is token i - 1 the common noun of a body named by it and the country the
 * tagger began a place at token i ("Air France", "Environment Canada",
 * "Radio New Zealand", "Bank Indonesia"), left out of the name: one
 * organization?  The noun is a capitalized dictionary word inside the
 * sentence, after a word in lower case, a number, a comma or a bracket, or
 * opening it after "The" or "A" or before "said" and the like ("A Bank
 * Indonesia spokeswoman", "Power New Zealand said"; not "Only France
 * said"; else "In", "Two" open places at a sentence's start), written in lower
 * case and capitals (a headline's "BEAT SCOTLAND" is no name), and no
 * word of a country's part or time ("former Yugoslavia") nor a small word
 * ("And Ireland", a sentence whose stop is missing).  After "and", "or"
 * or "of" the noun ends a longer name ("Cable and Wireless Hong Kong").
 */
bool
noun_before_country(const cp_ner_doc *doc, const uint8_t *tags, uint32_t i, uint32_t j, uint32_t n)
{
	static const char *const says[] = {"said", "says", "reported", "announced", "told", "quoted", NULL};
	const char *text = doc->text;
	const cp_ner_tok *w,
			   *p;

	if (i < 1 || tags[i - 1] != CP_NER_TAG_O || !(doc->toks[i].gaz_begin & CP_GAZ_COUNTRY))
		return false;
	w = &doc->toks[i - 1];
	if ((w->tok.flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER)) != CP_TF_CAPITALIZED ||
		w->tok.kind != CP_TOK_WORD || w->tok.len < 3 ||
		(w->gaz & (CP_GAZ_LOWER | CP_GAZ_PROPER | CP_GAZ_PLACES)) != CP_GAZ_LOWER)
		return false;
	p = i >= 2 ? &doc->toks[i - 2] : NULL;
	/* opening the sentence, after its article or as the subject of "said" ("Power New Zealand said") */
	if (p == NULL || (i == 2 && (cp_token_is(text, &p->tok, "The") || cp_token_is(text, &p->tok, "A"))))
	{
		if (p == NULL && (!(j + 1 < n && word_among(text, doc->toks[j + 1].tok.start,
													doc->toks[j + 1].tok.start + doc->toks[j + 1].tok.len, says)) ||
						  word_in_table(text + w->tok.start, w->tok.len, &opening_word_table)))
			return false;
	}
	else if (!(p->tok.kind == CP_TOK_NUMBER ||
			   (p->tok.kind == CP_TOK_WORD && !(p->tok.flags & CP_TF_CAPITALIZED) &&
				!cp_token_is(text, &p->tok, "and") && !cp_token_is(text, &p->tok, "or") &&
				!cp_token_is(text, &p->tok, "of")) ||
			   cp_token_is(text, &p->tok, ",") || cp_token_is(text, &p->tok, "(")))
		return false;
	return !word_in_table(text + w->tok.start, w->tok.len, &country_part_word_table) &&
		!is_title_small_word(text, &w->tok) && !is_title(text + w->tok.start, w->tok.len, CP_TITLE_MENTION);
}

/*
 * Is tokens [i, j] a people's name: a demonym of the gazetteer of two words
 * or more ("Costa Rican", whose place is "Costa Rica") or one in the plural
 * ("South Africans", "Montserratians"), or a point of the compass before a
 * demonym, which names the people of a part ("West German", "East
 * Germans", states the gazetteer no longer lists)?  One word in the
 * singular is left alone: "Vatican" and "Czech" name places too.
 */
static bool
names_people(const char *text, const cp_ner_tok *toks, const cp_ner_lex *lex, uint32_t i, uint32_t j)
{
	const cp_token *last = &toks[j].tok;
	bool		plural = last->len > 3 && (text[last->start + last->len - 1] | 0x20) == 's';
	uint64_t	h = cp_ner_phrase_start();

	if (j > i + 3 || (j == i && !plural))
		return false;
	for (uint32_t k = i; k < j; k++)
	{
		if (toks[k].tok.kind != CP_TOK_WORD)
			return false;
		h = cp_ner_phrase_add(h, text + toks[k].tok.start, toks[k].tok.len, k == i);
	}
	if (last->kind != CP_TOK_WORD)
		return false;
	if (j > i && (cp_ner_lex_get(lex, cp_ner_phrase_add(h, text + last->start, last->len, false)) &
				  CP_GAZ_DEMONYM))
		return true;
	if (j == i + 1 && (toks[i].tok.flags & CP_TF_CAPITALIZED) &&
		is_compass_point(text + toks[i].tok.start, toks[i].tok.len) &&
		((toks[j].gaz & CP_GAZ_DEMONYM) ||
		 (plural && (cp_ner_lex_get(lex, cp_ner_phrase_add(cp_ner_phrase_start(), text + last->start,
														  last->len - 1, true)) & CP_GAZ_DEMONYM))))
		return true;
	return plural && (cp_ner_lex_get(lex, cp_ner_phrase_add(h, text + last->start, last->len - 1, j == i)) &
					  CP_GAZ_DEMONYM);
}

/*
 * A people the tagger read as a place or a person ("many South Africans",
 * "the Costa Rican" daily, "Tutsis"), or as an organization when of two
 * words or more ("Puerto Ricans"; one word can name a team after a people,
 * "the Indians" of Cleveland): an other name, as CoNLL-2003 marks peoples.
 * So is one whose last words alone the tagger read, of any kind ("Cape
 * Verdians", "Saint Lucians" read as persons "Verdians", "Lucians"): the
 * capitalized words before them join it.  The people's first token, or
 * UINT32_MAX when tokens [i, j] (read as kind) are none.
 */
static uint32_t
people_start(const cp_ner_doc *doc, const cp_ner_lex *lex, const uint8_t *tags, uint32_t i, uint32_t j,
			 cp_entity_kind kind)
{
	uint32_t	s = i;

	/* a point of the compass the tagger read apart ("West" and "German") joins as well */
	while (s > 0 && i - s < 2 &&
		   (tags[s - 1] == CP_NER_TAG_O ||
			(s == i && CP_NER_IS_B(tags[s - 1]) &&
			 is_compass_point(doc->text + doc->toks[s - 1].tok.start, doc->toks[s - 1].tok.len))) &&
		   doc->toks[s - 1].tok.kind == CP_TOK_WORD &&
		   (doc->toks[s - 1].tok.flags & CP_TF_CAPITALIZED) && !names_people(doc->text, doc->toks, lex, s, j))
		s--;
	if (s < i && names_people(doc->text, doc->toks, lex, s, j))
		return s;
	return (kind == CP_ENT_LOC || kind == CP_ENT_PER || (kind == CP_ENT_ORG && j > i)) &&
		names_people(doc->text, doc->toks, lex, i, j) ? i : UINT32_MAX;
}

/*
 * A market's or an economy's index read as a body: the name before "index"
 * in lower case ("the Wilshire index", "Paris CAC-40 General index") or one
 * that ends with "Index" ("S&P Index", "Industrial Production Index") is an
 * other name, as CoNLL-2003 marks every index.  Not one read as a person
 * ("Smith index finger"), nor a body's name before "index" ("the American
 * Stock Exchange index": the exchange's).
 */
static bool
names_index(const cp_ner_doc *doc, const uint8_t *tags, uint32_t n, uint32_t i, uint32_t j, cp_entity_kind kind)
{
	const char *text = doc->text;

	return kind == CP_ENT_ORG &&
		((j > i && cp_token_is(text, &doc->toks[j].tok, "index") && (doc->toks[j].tok.flags & CP_TF_CAPITALIZED)) ||
		 (j + 1 < n && tags[j + 1] == CP_NER_TAG_O && cp_token_is(text, &doc->toks[j + 1].tok, "index") &&
		  text[doc->toks[j + 1].tok.start] == 'i' && !(doc->toks[j].gaz & CP_GAZ_ORGWORD)));
}

/*
 * Is the mention [i, j] a place and a party's member ("an Illinois
 * Democrat", "a Kansas Republican"), which the tagger reads as one name,
 * of any kind?  CoNLL-2003 marks the state a place and the member an other
 * name, as it marks "Democrat" alone.  Up to three words of the place
 * gazetteers before the party's word, in the singular: the plural may
 * name the state's party ("fusion with the North Carolina Republicans").
 */
static bool
place_and_party_member(const cp_ner_doc *doc, const cp_ner_lex *lex, uint32_t i, uint32_t j)
{
	static const char *const members[] = {"Democrat", "Republican"};
	const char *text = doc->text;
	const cp_token *m = &doc->toks[j].tok;
	uint64_t	h;
	bool		member = false;

	if (j > i + 3 || (text[m->start] != 'D' && text[m->start] != 'R'))
		return false;
	for (size_t k = 0; k < sizeof(members) / sizeof(members[0]) && !member; k++)
		member = cp_bytes_are(text + m->start, m->len, members[k]);
	if (!member)
		return false;
	h = cp_ner_phrase_start();
	for (uint32_t k = i; k < j; k++)
	{
		if (doc->toks[k].tok.kind != CP_TOK_WORD)
			return false;
		h = cp_ner_phrase_add(h, text + doc->toks[k].tok.start, doc->toks[k].tok.len, k == i);
	}
	return (cp_ner_lex_get(lex, h) & CP_GAZ_PLACES) != 0;
}

/*
 * Peoples and indexes the tagger read as names of other kinds: other names
 * (people_start, names_index); a place and a party's member read as one
 * name: two (place_and_party_member).
 */
void
tag_peoples_and_indexes(const cp_ner_doc *doc, const cp_ner_lex *lex, uint8_t *tags, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
	{
		uint32_t	j = i,
					s;
		cp_entity_kind kind;

		if (!CP_NER_IS_B(tags[i]))
			continue;
		kind = CP_NER_KIND(tags[i]);
		while (j + 1 < n && tags[j + 1] == CP_NER_I(kind))
			j++;
		s = people_start(doc, lex, tags, i, j, kind);
		if (s == UINT32_MAX && names_index(doc, tags, n, i, j, kind))
			s = i;
		/* the party's word's length first, cheaply */
		else if (s == UINT32_MAX && j > i && doc->toks[j].tok.len >= 8 && doc->toks[j].tok.len <= 10 &&
				 place_and_party_member(doc, lex, i, j))
		{
			for (uint32_t t = i; t < j; t++)
				tags[t] = t == i ? CP_NER_B(CP_ENT_LOC) : CP_NER_I(CP_ENT_LOC);
			s = j;
		}
		if (s != UINT32_MAX)
			for (uint32_t t = s; t <= j; t++)
				tags[t] = t == s ? CP_NER_B(CP_ENT_MISC) : CP_NER_I(CP_ENT_MISC);
		i = j;
	}
}

/*
 * Is token t a name after a lower-case prefix of stance ("pro-European",
 * "anti-Semitic", "non-EU")?  One other name, as CoNLL-2003 marks
 * "pro-Baghdad", "anti-Rangoon", "pan-Turkism" (8 of its 9 in the training
 * text).  Demonyms joined by a hyphen ("Spanish-Cuban") the tagger reads as
 * one already.  At a sentence's opening the prefix has its capital ("Non-OPEC
 * Egypt", "Pan-European"): there the name must be initials or a people's
 * word ("-an", "-ish", "-ese"), as a title's words ("Anti-Doping", "Non-Del/Ungr"
 * in a table) are not.
 */
bool
names_after_prefix(const char *text, const cp_token *t, bool opening)
{
	const char *w = text + t->start;
	uint32_t	f = t->flags & (CP_TF_HYPHENATED | CP_TF_CAPITALIZED),
				p,
				n;

	if ((f != CP_TF_HYPHENATED && (!opening || f != (CP_TF_HYPHENATED | CP_TF_CAPITALIZED))) ||
		t->len < 5 || t->kind != CP_TOK_WORD)
		return false;
	if ((memcmp(w + 1, "ro-", 3) == 0 && (w[0] | 0x20) == 'p') ||
		(memcmp(w + 1, "on-", 3) == 0 && (w[0] | 0x20) == 'n') ||
		(memcmp(w + 1, "an-", 3) == 0 && (w[0] | 0x20) == 'p'))
		p = 4;
	else if (t->len > 5 && memcmp(w + 1, "nti-", 4) == 0 && (w[0] | 0x20) == 'a')
		p = 5;
	else
		return false;
	if (!cp_ascii_upper((unsigned char) w[p]) || memchr(w + p, '-', t->len - p) != NULL)
		return false;
	if (f == CP_TF_HYPHENATED)
		return true;
	/* the capital prefix: initials, or a people's word */
	n = t->len - p;
	for (uint32_t k = p; k < t->len && (cp_ascii_upper((unsigned char) w[k]) || w[k] == '.'); k++)
		if (k + 1 == t->len)
			return n >= 2;
	if (w[t->len - 1] == 's')
		n--;
	return (n >= 4 && memcmp(w + p + n - 2, "an", 2) == 0) ||
		(n >= 5 && (memcmp(w + p + n - 3, "ish", 3) == 0 || memcmp(w + p + n - 3, "ese", 3) == 0));
}

/*
 * A place's name the gazetteer holds whose first word opens the sentence,
 * which the tagger read apart from the rest or left out ("Great Britain
 * came third" tagged as "Britain", or as "Great" and "Britain" where the
 * article names Great Britain before): at a sentence's start a capital
 * says nothing of a name.  One place, of up to four words.
 */
void
tag_opening_place(const cp_ner_doc *doc, const cp_ner_lex *lex, uint8_t *tags, uint32_t n)
{
	const cp_ner_tok *t = doc->toks;
	uint32_t	e = 1;
	uint64_t	h;

	if (n < 3 || !(t[0].gaz_begin & CP_GAZ_PLACES) || tags[1] != CP_NER_B(CP_ENT_LOC) ||
		(tags[0] != CP_NER_TAG_O && tags[0] != CP_NER_B(CP_ENT_LOC)) || t[0].tok.kind != CP_TOK_WORD)
		return;
	while (e + 1 < n && tags[e + 1] == CP_NER_I(CP_ENT_LOC))
		e++;
	if (e > 3)
		return;
	h = cp_ner_phrase_add(cp_ner_phrase_start(), doc->text + t[0].tok.start, t[0].tok.len, true);
	for (uint32_t k = 1; k <= e; k++)
		h = cp_ner_phrase_add(h, doc->text + t[k].tok.start, t[k].tok.len, false);
	if (!(cp_ner_lex_get(lex, h) & CP_GAZ_PLACES))
		return;
	tags[0] = CP_NER_B(CP_ENT_LOC);
	for (uint32_t k = 1; k <= e; k++)
		tags[k] = CP_NER_I(CP_ENT_LOC);
}

/*
 * Is token i, alone in a mention read as a person or a body, a country's
 * name without its compass point ("Korea said", "talks with Korea")?  The
 * gazetteers hold only the long form ("South Korea"), and the tagger reads
 * the short one, rare in training, as a person or a body; CoNLL-2003 marks
 * it a place.  Returns the place's first token (the point's, when the point
 * before it was left out), or UINT32_MAX.  A dictionary's proper noun only,
 * which spares the hashing for most surnames.
 */
uint32_t
compass_country_start(const cp_ner_doc *doc, const cp_ner_lex *lex, const uint8_t *tags, uint32_t i)
{
	static const char *const points[] = {"South", "North"};
	const cp_ner_tok *t = &doc->toks[i];

	if (t->tok.len < 4 || (t->gaz & (CP_GAZ_PROPER | CP_GAZ_COUNTRY)) != CP_GAZ_PROPER ||
		(t->tok.flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER)) != CP_TF_CAPITALIZED)
		return UINT32_MAX;
	for (size_t p = 0; p < sizeof(points) / sizeof(points[0]); p++)
	{
		uint64_t	h = cp_ner_phrase_add(cp_ner_phrase_start(), points[p], strlen(points[p]), true);

		if (cp_ner_lex_get(lex, cp_ner_phrase_add(h, doc->text + t->tok.start, t->tok.len, false)) & CP_GAZ_COUNTRY)
			return i > 0 && tags[i - 1] == CP_NER_TAG_O &&
				cp_token_is(doc->text, &doc->toks[i - 1].tok, points[p]) ? i - 1 : i;
	}
	return UINT32_MAX;
}

/*
 * Words for a house of worship named after a saint, after the name ("St.
 * Mary's Church") or before "of" ("Church of St. John"): the tagger reads
 * the saint as a person and leaves "St." out as a title, but the name is
 * the building's, which CoNLL-2003 marks as a place ("St. Matthew's").
 */
static const word_item saint_buildings[] = {
	{"church"}, {"cathedral"}, {"chapel"}, {"basilica"}, {"abbey"}
};
static int16_t saint_building_slots[16];
static cp_wordtab saint_building_table = CP_WORDTAB(saint_buildings, saint_building_slots);

/* Is token t "Church", "Chapel" or another house of worship a saint may name? */
bool
is_saint_building(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) && word_in_table(text + t->start, t->len, &saint_building_table);
}

/* Is token k a capitalized word of a saint's name? */
static bool
saint_name_word(const cp_ner_doc *doc, uint32_t k)
{
	const cp_token *t = &doc->toks[k].tok;

	return t->kind == CP_TOK_WORD && (t->flags & CP_TF_CAPITALIZED) && !(t->flags & CP_TF_POSSESSIVE) &&
		!is_saint(doc->text, t) && !is_saint_building(doc->text, t);
}

/* Is token k the full stop of "St" written as two tokens? */
static bool
saint_stop(const cp_ner_doc *doc, uint32_t k)
{
	return doc->toks[k].tok.kind == CP_TOK_PUNCT && doc->text[doc->toks[k].tok.start] == '.' &&
		!(doc->toks[k].tok.flags & CP_TF_SPACE_BEFORE);
}

/* The token of "St" before a saint's name of one to three words ending at token e, or UINT32_MAX. */
static uint32_t
saint_before(const cp_ner_doc *doc, uint32_t e)
{
	uint32_t	k = e;

	if (!saint_name_word(doc, e))
		return UINT32_MAX;
	while (k > 0 && e - k < 2 && saint_name_word(doc, k - 1))
		k--;
	if (k > 1 && saint_stop(doc, k - 1))
		k--;
	return k > 0 && is_saint(doc->text, &doc->toks[k - 1].tok) ? k - 1 : UINT32_MAX;
}

/* The last token of a saint's name of one to three words after "St" at token s, or 0. */
static uint32_t
saint_after(const cp_ner_doc *doc, uint32_t n, uint32_t s)
{
	uint32_t	k = s + 1,
				e;

	if (!is_saint(doc->text, &doc->toks[s].tok))
		return 0;
	if (k < n && saint_stop(doc, k))
		k++;
	for (e = k; e < n && e < k + 3 && saint_name_word(doc, e); e++)
		;
	/* not "Church of St. John's Wood" */
	if (e == k || (e < n && (doc->toks[e].tok.flags & CP_TF_POSSESSIVE)))
		return 0;
	return e - 1;
}

/* Tags s..e one place's name. */
static void
tag_place(uint8_t *tags, uint32_t s, uint32_t e)
{
	for (uint32_t t = s; t <= e; t++)
		tags[t] = t == s ? CP_NER_B(CP_ENT_LOC) : CP_NER_I(CP_ENT_LOC);
}

void
tag_saint_buildings(const cp_ner_doc *doc, uint8_t *tags, uint32_t n)
{
	for (uint32_t k = 1; k < n; k++)
	{
		uint32_t	s,
					e = k - 1;

		if (!is_saint_building(doc->text, &doc->toks[k].tok))
			continue;
		/* "St Martin's Church": the possessive is a token of its own */
		if (e > 0 && (doc->toks[e].tok.flags & CP_TF_POSSESSIVE) && !(doc->toks[e].tok.flags & CP_TF_CAPITALIZED))
			e--;
		/* not inside a longer name the tagger found ("Collegiate Church of St. Nicholas") */
		if ((s = saint_before(doc, e)) != UINT32_MAX && !CP_NER_IS_I(tags[s]) &&
			!(k + 1 < n && CP_NER_IS_I(tags[k + 1])))
			tag_place(tags, s, k);
		else if (k + 3 < n && cp_token_is(doc->text, &doc->toks[k + 1].tok, "of") && !CP_NER_IS_I(tags[k]) &&
				 (e = saint_after(doc, n, k + 2)) > 0 && !(e + 1 < n && CP_NER_IS_I(tags[e + 1])))
		{
			tag_place(tags, k, e);
			k = e;
		}
	}
}

/*
 * What works are for, before "Station" or "Plant" at a name's end ("Oak
 * Grove Power Plant", "South Texas Nuclear Generating Station", "Battersea
 * Power Station", "Victoria Bus Station"): places, as CoNLL-2003 marks
 * buildings.  Not "Station" or "Plant" after any word: "Robert Plant" is a
 * person, "Space Station" a craft; nor "Radio Station", a broadcaster.
 */
static const word_item facility_uses[] = {
	{"power"}, {"generating"}, {"electric"}, {"nuclear"}, {"hydroelectric"}, {"pumping"},
	{"treatment"}, {"railway"}, {"rail"}, {"bus"}, {"police"}, {"fire"}, {"lifeboat"}
};
static int16_t facility_use_slots[32];
static cp_wordtab facility_use_table = CP_WORDTAB(facility_uses, facility_use_slots);

/*
 * Do tokens j - 1 and j end a facility's name: a use and "Station" or
 * "Plant", or "Cable Car" ("Trebević Cable Car", a line as a whole)?
 */
static bool
ends_as_facility(const char *text, const cp_ner_tok *toks, uint32_t j)
{
	const cp_token *use = &toks[j - 1].tok,
			   *last = &toks[j].tok;

	if (!(use->flags & last->flags & CP_TF_CAPITALIZED))
		return false;
	if (cp_token_is(text, last, "station") || cp_token_is(text, last, "plant"))
		return word_in_table(text + use->start, use->len, &facility_use_table);
	return cp_token_is(text, last, "car") && cp_token_is(text, use, "cable");
}

/*
 * Does the name of tokens [i, j] name a street, road, building or natural
 * feature?  Not a body's name with "of" or "for" in it, whose head comes
 * before ("University of the Highlands", "Project for Farmers of the
 * Chancay-Huaral Valley").
 */
bool
names_place(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j, cp_entity_kind kind)
{
	/*
	 * "Marana Army Air Field", "Ramstein Air Base": not "Field" alone
	 * (Marshall Field); "Kruger National Park", not "Park" alone (Elena Park)
	 */
	bool		air_field = j > i && (toks[j - 1].tok.flags & CP_TF_CAPITALIZED) &&
		(toks[j].tok.flags & CP_TF_CAPITALIZED) &&
		((cp_token_is(text, &toks[j - 1].tok, "air") &&
		  (cp_token_is(text, &toks[j].tok, "field") || cp_token_is(text, &toks[j].tok, "base"))) ||
		 (cp_token_is(text, &toks[j - 1].tok, "national") && cp_token_is(text, &toks[j].tok, "park")));

	if ((!air_field && !ends_as_street(text, &toks[j].tok) && !ends_as_natural_feature(text, &toks[j].tok) &&
		 !(j > i && ends_as_facility(text, toks, j))) ||
		names_denomination(text, toks, i, j))
		return false;
	return kind != CP_ENT_ORG || !names_with_of(text, toks, i, j);
}

/* Has the name of tokens [i, j] "of" or "for" inside ("Bank of Iron County")? */
bool
names_with_of(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j)
{
	for (uint32_t k = i + 1; k < j; k++)
		if (cp_token_is(text, &toks[k].tok, "of") || cp_token_is(text, &toks[k].tok, "for"))
			return true;
	return false;
}

/* Roads named by a number after them ("Route 9", "Interstate 95", "Highway 401"). */
static const word_item numbered_roads[] = {{"route"}, {"highway"}, {"interstate"}};
static int16_t numbered_road_slots[8];
static cp_wordtab numbered_road_table = CP_WORDTAB(numbered_roads, numbered_road_slots);

/* Are tokens t[0] and t[1] a numbered road ("Route 9")? */
bool
is_numbered_road(const char *text, const cp_ner_tok *t)
{
	return (t[0].tok.flags & CP_TF_CAPITALIZED) && t[1].tok.kind == CP_TOK_NUMBER &&
		(t[1].tok.flags & CP_TF_SPACE_BEFORE) &&
		word_in_table(text + t[0].tok.start, t[0].tok.len, &numbered_road_table);
}

/*
 * Is token i a family's name after "family" ("a moth of the family
 * Lacturidae", "the superfamily Grapsoidea")?  Encyclopedic text writes
 * taxa without italics; CoNLL-2003 marks none.  (A genus before its species,
 * "Anticrates chrysantha", was tried by the species' Latin ending and a
 * dictionary's lack of it: the dictionary lacks "stadium" and "media" too.)
 */
bool
names_taxon(const cp_ner_doc *doc, uint32_t i)
{
	static const char *const family_ends[] = {"idae", "oidea", "inae", "aceae", NULL};
	static const char *const ranks[] = {"family", "superfamily", "subfamily", NULL};
	const char *text = doc->text;
	const cp_token *t = &doc->toks[i].tok,
			   *rank = i > 0 ? &doc->toks[i - 1].tok : NULL;
	uint32_t	r = i;

	/*
	 * a genus after "genus", "of", a colon or a quotation mark between
	 * ("from the genus of "Terribacillus"", "in one genus: "Percnon"");
	 * genera have no ending of their own
	 */
	while (r > 0 && r + 3 > i && (cp_token_is_double_quote(&doc->toks[r - 1].tok) ||
								  cp_token_is(text, &doc->toks[r - 1].tok, "of") ||
								  cp_token_is(text, &doc->toks[r - 1].tok, ":")))
		r--;
	if (r > 0 && (t->flags & CP_TF_CAPITALIZED) && !(t->flags & CP_TF_ALL_UPPER) &&
		cp_token_is(text, &doc->toks[r - 1].tok, "genus"))
		return true;
	if (!rank || !word_among(text, rank->start, rank->start + rank->len, ranks))
		return false;
	for (int k = 0; family_ends[k]; k++)
		if (t->len > strlen(family_ends[k]) + 2 &&
			memcmp(text + t->start + t->len - strlen(family_ends[k]), family_ends[k], strlen(family_ends[k])) == 0)
			return true;
	return false;
}

/*
 * Is token i a degree written as one that is also a name's initials ("a BA
 * in history", "an MBA from Harvard", "his MA degree", "her M.F.A. in
 * painting"; "BA" alone is British Airways): after "a", "an" or an owner,
 * before "in", "from", "at" or "degree"?
 */
bool
degree_initials(const cp_ner_doc *doc, uint32_t i, uint32_t ntoks)
{
	/* and with the periods American text writes ("her B.A. in English", "an M.A. in") */
	static const char *const degrees[] = {
		"BA", "MA", "BS", "MS", "MBA", "LLB", "LLM", "MPhil", "B.A.", "M.A.", "B.S.", "M.S.", "M.B.A.",
		"LL.B.", "LL.M.", NULL};
	static const char *const before[] = {"a", "an", "his", "her", "their", "my", NULL};
	static const char *const after[] = {"in", "from", "at", "degree", NULL};
	const char *text = doc->text;
	const cp_token *t = &doc->toks[i].tok,
			   *p = i > 0 ? &doc->toks[i - 1].tok : NULL,
			   *n = i + 1 < ntoks ? &doc->toks[i + 1].tok : NULL;
	int			k;

	for (k = 0; degrees[k]; k++)
		if (cp_bytes_are(text + t->start, t->len, degrees[k]))
			break;
	return (degrees[k] || dotted_degree(text, t)) && p && n && word_among(text, p->start, p->start + p->len, before) &&
		word_among(text, n->start, n->start + n->len, after);
}

/*
 * Do tokens i, i + 1 read "Reagan Administration": a capitalized word that
 * no dictionary nor gazetteer of places holds, then "Administration"?  The
 * government of the person named, who alone is a name (CoNLL-2003 marks
 * "Clinton" of "the Clinton administration" a person); "Veterans
 * Administration", "Maritime Administration", dictionary words, are bodies.
 */
bool
administration_of_person(const char *text, const cp_ner_tok *toks, uint32_t i)
{
	const cp_ner_tok *w = &toks[i],
			   *a = &toks[i + 1];

	return a->tok.len == 14 && memcmp(text + a->tok.start, "Administration", 14) == 0 &&
		(w->tok.flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER | CP_TF_HYPHENATED)) == CP_TF_CAPITALIZED &&
		w->tok.kind == CP_TOK_WORD &&
		!(w->gaz & (CP_GAZ_LOWER | CP_GAZ_PLACES | CP_GAZ_DEMONYM | CP_GAZ_ORGWORD));
}

