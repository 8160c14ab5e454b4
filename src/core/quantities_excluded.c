/*
 * quantities_excluded.c: numbers that are no quantity although they read
 * as one: parts of dates, times, names, codes and placings ("came second",
 * "Boeing 767", "10 Downing Street").
 */
#include "quantities_internal.h"

#include <ctype.h>
#include <math.h>
#include <string.h>
#include <strings.h>

/* "was first announced": a past participle makes "first" an adverb */
static bool
participle(const char *text, const cp_atom *a)
{
	const char *s = text + a->start;

	return is_word(a) && a->len > 3 && !(a->tflags & CP_TF_CAPITALIZED) &&
		(strncasecmp(s + a->len - 2, "ed", 2) == 0 || strncasecmp(s + a->len - 2, "en", 2) == 0);
}

/* Does the word before an ordinal make it a placing: "came second", "was third", "in third"? */
static bool
placing_verb(const char *text, const cp_atom *atoms, size_t s)
{
	static const char *const verbs[] = {"came", "come", "comes", "coming", "finished", "finish",
		"finishes", "took", "take", "takes", "placed", "ranked", "ranks", "was", "were", "is", "are",
	"be", "been", "in", "at", "ended", "end", "ends", NULL};
	const cp_atom *p;

	if (s == 0 || !is_word(&atoms[s - 1]))
		return false;
	p = &atoms[s - 1];
	/* "at first" is "initially" */
	if (cp_atom_is(text, p, "at") && cp_atom_is(text, &atoms[s], "first"))
		return false;
	return atom_among(text, p, verbs);
}

/* Two plain numerals joined by a hyphen at atoms[k]: "6-3". */
static bool
score_at(const cp_atom *atoms, size_t n, size_t k)
{
	return k + 1 < n && atoms[k].type == CP_AT_NUM && atoms[k].plain_int && !atoms[k].hy_inner &&
		atoms[k + 1].type == CP_AT_NUM && atoms[k + 1].plain_int && atoms[k + 1].hy_inner;
}

/*
 * Is the pair at atoms[s..s+2) one of a row of scores: "won 2-6 6-3 6-0",
 * "7-6 (7-5)"?  Another pair follows or goes before it, a bracket between.
 */
static bool
score_row(const char *text, const cp_atom *atoms, size_t n, size_t s)
{
	size_t		k = s + 2;

	if (!score_at(atoms, n, s))
		return false;
	if (k < n && (atom_char(text, &atoms[k], '(') || atom_char(text, &atoms[k], ')')))
		k++;
	if (score_at(atoms, n, k))
		return true;
	k = s;
	if (k > 0 && (atom_char(text, &atoms[k - 1], '(') || atom_char(text, &atoms[k - 1], ')')))
		k--;
	return k >= 2 && score_at(atoms, n, k - 2);
}

/*
 * Words of a result beside a score: a verb before it ("lost 3-0", "beat
 * Raymond 7-5 6-3", "tie the game at 2-2"), a noun after it ("the 11-9 Six
 * Nations win", "a 9-2 lead").
 */
static const char *const result_verbs[] = {"won", "win", "wins", "winning", "lost", "lose", "loses",
	"losing", "beat", "beats", "beating", "beaten", "drew", "draw", "draws", "drawn", "tied", "tie",
	"ties", "led", "lead", "leads", "leading", "trailed", "trail", "trails", "trailing", "defeated",
"thrashed", "edged", "crushed", "routed", "hammered", "downed", "outscored", "levelled", "leveled", NULL};
static const char *const result_nouns[] = {"win", "victory", "defeat", "loss", "draw", "lead",
"scoreline", "triumph", "thrashing", "drubbing", "deficit", "aggregate", NULL};

/*
 * Is a word of words within limit words of atoms[k], walking by step (-1
 * back, +1 on), past numerals and brackets (the other pairs of a row) and,
 * going back, commas?  Any other sign ends the clause.  The words of names,
 * capitalized, and an "and" between two of them use up no limit (up to six
 * of them), since a doubles pair or a team's full name stands between a
 * result and its score as one player does: "defeated Karen Khachanov and
 * Andrey Rublev 6-4, 7-6".
 */
static bool
result_word_near(const char *text, const cp_atom *atoms, size_t n, size_t k, int step, int limit,
				 const char *const *words)
{
	int			names = 6;

	for (; k < n && limit > 0; k += step)
	{
		const cp_atom *a = &atoms[k];

		if (a->type == CP_AT_NUM || atom_char(text, a, '(') || atom_char(text, a, ')') ||
			(step < 0 && atom_char(text, a, ',')))
			continue;
		if (!is_word(a))
			return false;
		if (atom_among(text, a, words))
			return true;
		if (names > 0 && ((a->tflags & CP_TF_CAPITALIZED) ||
						  (cp_atom_is(text, a, "and") && k > 0 && k + 1 < n &&
						   (atoms[k - 1].tflags & CP_TF_CAPITALIZED) && (atoms[k + 1].tflags & CP_TF_CAPITALIZED))))
			names--;
		else
			limit--;
	}
	return false;
}

/*
 * Is the pair of numerals of one or two digits at atoms[s..s+2) a score: a
 * result's verb up to four words before it or its noun up to three words
 * after it, past names and the other pairs of a row ("beat American Lisa
 * Raymond 7-5 6-3"), within the clause.  A score is read as the range of
 * its two numbers, as NewsQuant writes "a 9-2 lead".  The pair alone is the
 * text (corpus.parse_quantity() of the mention corpus.quantities() found)
 * reads the same way.
 */
bool
score_context(const char *text, const cp_atom *atoms, size_t n, size_t s)
{
	if (!score_at(atoms, n, s) || atoms[s].ndigits > 2 || atoms[s + 1].ndigits > 2)
		return false;
	if (s == 0 && n == 2)
		return true;
	/* k wraps past 0 going back, and k < n stops it */
	return (s > 0 && result_word_near(text, atoms, n, s - 1, -1, 4, result_verbs)) ||
		result_word_near(text, atoms, n, s + 2, 1, 3, result_nouns);
}

/*
 * A number word in a name: capitalized inside a sentence after a
 * capitalized word, before anything but a plural it counts ("BBC Radio
 * Five Live", "BBC One's", not "Kills Three Palestinians"), or after "the"
 * or a lower-case word or a numeral before a capitalized word ("the Six
 * Nations", "its First Boston unit", "the $22bn Three Gorges Dam": inside
 * prose a number word is capitalized in names).
 */
static bool
name_number_word(const char *text, const cp_atom *atoms, size_t n, size_t s, size_t e)
{
	const cp_atom *a = &atoms[s],
			   *p = &atoms[s - 1];

	if (!(a->tflags & CP_TF_CAPITALIZED) || (a->tflags & CP_TF_ALL_UPPER))
		return false;
	/* after an amount, as after a lower-case word: "the $22bn Three Gorges Dam", "the 11-9 Six Nations win" */
	if (p->type == CP_AT_NUM)
		return e < n && is_word(&atoms[e]) && (atoms[e].tflags & CP_TF_CAPITALIZED);
	/*
	 * after a quotation closed by a comma the reporting clause goes on, as
	 * after a lower-case word: "and now this," Ten Cate said
	 */
	if (p->type == CP_AT_QUOTE && s >= 2 && !p->space_before && atom_char(text, &atoms[s - 2], ','))
		return e < n && is_word(&atoms[e]) && (atoms[e].tflags & CP_TF_CAPITALIZED);
	if (!is_word(p))
		return false;
	if ((p->tflags & CP_TF_CAPITALIZED) && lex_cat(p) == CP_LX_NONE && !(lex_bits(p) & CP_LB_STOP))
		return !(e < n && is_word(&atoms[e]) && plural_noun(text, &atoms[e]));
	/* after "the" or any lower-case word, before a capital: "the Six Nations", "single One Night" */
	return (cp_atom_is(text, p, "the") || !(p->tflags & CP_TF_CAPITALIZED)) && e < n && is_word(&atoms[e]) &&
		(atoms[e].tflags & CP_TF_CAPITALIZED);
}

/* "<", ">" or "=" */
static bool
comparison_sign(const char *text, const cp_atom *a)
{
	return atom_char(text, a, '<') || atom_char(text, a, '>') || atom_char(text, a, '=');
}

/*
 * Do adjectives stand before atoms[k] after a determiner? Up to three, with
 * commas or degree adverbs between ("the tiny, shiny, expensive one", "a
 * very significant one"): the last adjective_like(),
 * or after "a" or "an" any lower-case word that is no function or number word,
 * since an article takes an adjective, rarely a noun, before "one" ("a quiet
 * one", "a difficult one"; not before "of", where the word may be a noun and
 * "one" count: "a move one of the firms said"); the others any such word.
 */
static bool
adjectives_after_determiner(const char *text, const cp_atom *atoms, size_t k, bool before_of)
{
	/* they grade the adjective after them: "a very significant one", "the most recent one" */
	static const char *const degree[] = {"very", "most", "more", "less", "least", "so", "too", "quite",
		"rather", "really", "particularly", "especially", "extremely", "fairly", "increasingly", NULL};
	size_t		words = 0;

	while (k > 0 && words < 3)
	{
		const cp_atom *w = &atoms[--k];

		if ((atom_char(text, w, ',') || atom_among(text, w, degree)) && words > 0)
			continue;
		if (!is_word(w))
			return false;
		if (words > 0 && (lex_bits(w) & CP_LB_DET))
			return true;
		if (words == 0 && adjective_like(text, w))
			words++;
		else if (lex_cat(w) == CP_LX_NONE && !(lex_bits(w) & CP_LB_STOP) && !(w->tflags & CP_TF_CAPITALIZED) &&
				 (words > 0 || (!before_of && k > 0 && lex_cat(&atoms[k - 1]) == CP_LX_A)))
			words++;
		else
			return false;
	}
	return k > 0 && words > 0 && (lex_bits(&atoms[k - 1]) & CP_LB_DET);
}

/*
 * "one might expect", "one could argue", "as one would think": "one" before a
 * modal and a verb of thinking or saying is the generic pronoun, anyone, no
 * count; "not", "only" or "well" may stand between them, "be" before a
 * participle ("one might be forgiven").  A partitive "one" goes on otherwise
 * ("of the two, one could pass", "one will be chosen").
 */
static bool
generic_one(const char *text, const cp_atom *atoms, size_t n, size_t s)
{
	static const char *const modals[] = {"might", "could", "would", "should", "can", "cannot", "must",
	"may", NULL};
	static const char *const between[] = {"not", "only", "well", "easily", "reasonably", "hardly",
	"also", "even", "almost", "be", "have", NULL};
	static const char *const verbs[] = {"expect", "think", "argue", "imagine", "assume", "say",
		"suppose", "wonder", "conclude", "guess", "hope", "ask", "believe", "suspect", "consider",
		"forgiven", "excused", "note", "infer", "presume", "understand", "expected", "thought",
	"argued", "imagined", "assumed", "supposed", "concluded", "guessed", "believed", NULL};
	size_t		k = s + 2;

	if (s + 2 >= n || !atom_among(text, &atoms[s + 1], modals))
		return false;
	while (k < n && k < s + 4 && atom_among(text, &atoms[k], between))
		k++;
	return k < n && atom_among(text, &atoms[k], verbs);
}

/*
 * "It's not one that ties up every thread", "the problem is one which
 * matters": "one" after a copula and before a relative pronoun is the
 * predicate pronoun, a kind of thing, no count; a sentence adverb may stand
 * between ("was probably one that"), and "is" may be a clitic after a
 * pronoun ("it's one that").  Not after "there", which counts ("there is one
 * that stands out", "there's one who"), nor after "only" or "just".
 */
static bool
predicate_one(const char *text, const cp_atom *atoms, size_t n, size_t s, size_t e)
{
	static const char *const relatives[] = {"that", "which", "who", "whom", "whose", NULL};
	static const char *const copulas[] = {"is", "was", "be", "been", "being", "remains", "remained",
	"became", "become", "becomes", "isn't", "wasn't", "isn\xe2\x80\x99t", "wasn\xe2\x80\x99t", NULL};
	static const char *const adverbs[] = {"not", "also", "still", "perhaps", "probably", "certainly",
	"surely", "clearly", "definitely", "arguably", "always", "never", NULL};
	static const char *const subjects[] = {"it", "that", "this", "he", "she", "what", "which", "who", NULL};
	const cp_atom *c;
	size_t		k = s;

	if (e >= n || !atom_among(text, &atoms[e], relatives))
		return false;
	while (k > 0 && k + 2 > s && atom_among(text, &atoms[k - 1], adverbs))
		k--;
	if (k == 0 || !is_word(&atoms[k - 1]))
		return false;
	c = &atoms[k - 1];
	/* "it's", "that’s": the clitic "is" after a pronoun (a possessive "'s" token) */
	if ((c->tflags & CP_TF_POSSESSIVE) && c->len <= 4)
		return k > 1 && atom_among(text, &atoms[k - 2], subjects);
	if (!atom_among(text, c, copulas))
		return false;
	return !(k > 1 && cp_atom_is(text, &atoms[k - 2], "there"));
}

/*
 * A number in words that counts nothing: an ordinal that numbers no noun,
 * half of a game, a rank, a name's word, an adjective, a pronoun.
 */
static bool
words_excluded(const char *text, const cp_atom *atoms, size_t n, size_t s, size_t e,
			   const num_read *r, const unit_read *u)
{
	const cp_atom *a = &atoms[s];

	/*
	 * the tail of a hyphenated word led by a word that is no number or
	 * qualifier: "a week-and-a-half", "fly-half", "mother-of-two", as
	 * "F-16" is of a code (not "sub-two-hour", "under-five")
	 */
	if (a->hy_inner)
	{
		size_t		h = s;

		while (h > 0 && atoms[h].hy_inner)
			h--;
		if (is_word(&atoms[h]) && lex_cat(&atoms[h]) == CP_LX_NONE && !(lex_bits(&atoms[h]) & CP_LB_QUAL) &&
			!cp_atom_is(text, &atoms[h], "sub"))
			return true;
	}
	/* "the first visit", "his second term"; not the adverb in "a ceasefire first" */
	if (r->num.ordinal && !r->num.vague && u->kind == CP_QK_ORDINAL)
	{
		bool		det = s > 0 && cp_ordinal_determiner(text, &atoms[s - 1]);
		/* an ordinal alone ("Eleventh."), before its noun, or a placing ("came second", "in third") */
		bool		noun = (s == 0 && (e >= n || atoms[e].type == CP_AT_PUNCT)) ||
			(e < n && noun_candidate(text, &atoms[e])) ||
			(placing_verb(text, atoms, s) && !(e < n && participle(text, &atoms[e])));

		if (!det && !noun)
			return true;
		/* "wait a second", "a fraction of a second": the unit, not the ordinal */
		if (s > 0 && lex_cat(&atoms[s - 1]) == CP_LX_A && cp_atom_is(text, a, "second") &&
			!(e < n && noun_candidate(text, &atoms[e])))
			return true;
	}
	/*
	 * "payable August one", "the May five annual meeting": a day of a month
	 * written in words, as "July 26" in figures; with its noun it counts
	 * ("In March two companies merged")
	 */
	if (s > 0 && u->kind == CP_QK_NUMBER && r->op == Q_NONE && !r->num.ordinal && is_month(text, &atoms[s - 1]) &&
		cp_quantity_is_point(&r->num.value) && r->num.value.lo >= 1 && r->num.value.lo <= 31 &&
		r->num.value.lo == floor(r->num.value.lo))
		return true;
	if (r->num.end == s + 1 && s > 0)
	{
		/* "the second half", "second-half goals": a part of a game or a year */
		if (cp_atom_is(text, a, "half") &&
			(cp_atom_is(text, &atoms[s - 1], "first") || cp_atom_is(text, &atoms[s - 1], "second")))
			return true;
		/* "the British number one", "at number seven": a place in a ranking */
		if (cp_atom_is(text, &atoms[s - 1], "number"))
			return true;
		if (name_number_word(text, atoms, n, s, e))
			return true;
	}
	/*
	 * "a four-door coupe", "six-speed", "half-staff": a compound adjective,
	 * no amount; but the last of a list the hanging hyphens of the others
	 * show counts like them: "four-, five- and six-cylinder engines"
	 */
	if (u->kind == CP_QK_NUMBER && r->num.end < n && atoms[r->num.end].hy_inner &&
		is_word(&atoms[r->num.end]) &&
		!(s >= 2 && (cp_atom_is(text, &atoms[s - 1], "and") || cp_atom_is(text, &atoms[s - 1], "or")) &&
		  hanging_hyphen(text, atoms, n, s - 2)))
		return true;
	/*
	 * "the one", "that one": a pronoun; not after a relative "which"
	 * with its noun: "an attack in which one worker was killed", nor
	 * before a unit: "that one mile", "the one percent"
	 */
	if (r->num.end == s + 1 && cp_atom_is(text, a, "one") && s > 0 && !has_unit(u) &&
		(lex_bits(&atoms[s - 1]) & CP_LB_DET) &&
		!(cp_atom_is(text, &atoms[s - 1], "which") && e < n && noun_candidate(text, &atoms[e])))
		return true;
	/*
	 * "a national one", "the tiny, shiny, expensive one", "a quiet one":
	 * a determiner and adjectives before it make it a pronoun too, when no
	 * noun or number word follows ("a historic one goal", "a full one point
	 * cut" count), nor a unit ("an additional one percent"), nor another
	 * number the unit of the last may be shared with ("the key one and
	 * three months rates")
	 */
	if (r->num.end == s + 1 && !has_unit(u) && s > 1 && cp_atom_is(text, a, "one") &&
		adjectives_after_determiner(text, atoms, s, e < n && cp_atom_is(text, &atoms[e], "of")) &&
		!(e < n && (noun_candidate(text, &atoms[e]) || starts_number_word(&atoms[e]))) &&
		!(e + 1 < n && (lex_cat(&atoms[e]) == CP_LX_AND || cp_atom_is(text, &atoms[e], "or") ||
						cp_atom_is(text, &atoms[e], "to")) &&
		  (atoms[e + 1].type == CP_AT_NUM || starts_number_word(&atoms[e + 1]))))
		return true;
	if (r->num.end == s + 1 && !has_unit(u) && cp_atom_is(text, a, "one") && generic_one(text, atoms, n, s))
		return true;
	if (r->num.end == s + 1 && !has_unit(u) && cp_atom_is(text, a, "one") && predicate_one(text, atoms, n, s, e))
		return true;
	/* "the second one", "its 3rd one": an ordinal before a pronoun numbers it */
	if (r->num.end == s + 1 && cp_atom_is(text, a, "one") && u->kind == CP_QK_NUMBER && s > 1 &&
		(lex_cat(&atoms[s - 1]) == CP_LX_ORD || atoms[s - 1].sfx == CP_SFX_ORDINAL) &&
		cp_ordinal_determiner(text, &atoms[s - 2]))
		return true;
	return false;
}

/* A numeral that is a code: a score, a numbered name, a phone number, part of an address. */
static bool
numeral_is_code(const char *text, const cp_atom *atoms, size_t n, size_t s, size_t e,
				const num_read *r, const unit_read *u)
{
	const cp_atom *a = &atoms[s];

	if (u->kind == CP_QK_NUMBER && score_row(text, atoms, n, s))
		return true;
	/* "No 10 did not comment", "No 1 seed": a numbered name written without the point */
	if (s > 0 && a->plain_int && atoms[s - 1].len == 2 && (atoms[s - 1].tflags & CP_TF_CAPITALIZED) &&
		!(atoms[s - 1].tflags & CP_TF_ALL_UPPER) && cp_atom_is(text, &atoms[s - 1], "no"))
		return true;
	/* the second number of a compound that is no range: "1995-01", "3-1" */
	if (a->hy_inner && s > 0 && atoms[s - 1].type != CP_AT_WORD)
		return true;
	/* a part of a hyphenated code: "F-16", "COVID-19" (not "sub-7") */
	if (a->hy_inner && s > 0 && is_word(&atoms[s - 1]) && lex_cat(&atoms[s - 1]) == CP_LX_NONE &&
		!cp_atom_is(text, &atoms[s - 1], "sub"))
		return true;
	/* percent-encoded bytes of a web address: "a%20b%2Fc", and the number before one: "/10%25off" */
	if (s > 0 && atom_char(text, &atoms[s - 1], '%') && !a->space_before)
		return true;
	if (r->end + 1 < n && atom_char(text, &atoms[r->end], '%') && !atoms[r->end + 1].space_before &&
		atoms[r->end + 1].len >= 2 && isxdigit((unsigned char) text[atoms[r->end + 1].start]) &&
		isxdigit((unsigned char) text[atoms[r->end + 1].start + 1]))
		return true;
	/* "+44 20 ...", but not a change: "Dow +0.2%", "+1.5" */
	if (s > 0 && atom_char(text, &atoms[s - 1], '+') && !a->space_before &&
		u->kind != CP_QK_PERCENT && a->plain_int)
		return true;
	if (s > 0 && (atom_char(text, &atoms[s - 1], '#')))
		return true;
	/* after two signs that make no comparison: "<>30", "=>30", "=<5" (not "<=5", ">=5") */
	if (s >= 2 && !atoms[s - 1].space_before && comparison_sign(text, &atoms[s - 1]) &&
		comparison_sign(text, &atoms[s - 2]) &&
		!(atom_char(text, &atoms[s - 1], '=') && !atom_char(text, &atoms[s - 2], '=')))
		return true;
	if (e < n && atoms[e].type == CP_AT_OTHER && !atoms[e].space_before)
		return true;
	/* "0958": a leading zero makes a code */
	if (r->digits_only && zero_led(text, a))
		return true;
	/*
	 * "+44 20 7946 0958": numbers in a row are phone numbers or codes; not a
	 * count after a year that opens the clause ("In 2019 150 people died"),
	 * nor after a unit glued to the number before ("6ft 2in", "640bhp 2 litre")
	 */
	if (r->digits_only && a->plain_int && s > 0 && atoms[s - 1].type == CP_AT_NUM && atoms[s - 1].plain_int &&
		atoms[s - 1].sfx != CP_SFX_UNIT &&
		!(u->kind == CP_QK_COUNT && s > 1 && year_numeral(&atoms[s - 1]) &&
		  (lex_bits(&atoms[s - 2]) & CP_LB_YEARPREP) &&
		  (s == 2 || atoms[s - 3].type == CP_AT_PUNCT)))
		return true;
	return false;
}

/*
 * A word that can name a product, a team or a channel before its number:
 * capitalized and no function word ("Fox 5"), written with an inner capital
 * ("iPhone 14", "eBay"), or a capitalized adjective after "the" inside a
 * sentence ("the Big 12", "the Final 4")
 */
static bool
name_before_number(const char *text, const cp_atom *atoms, size_t k)
{
	const cp_atom *a = &atoms[k];

	/* "Currently 22 brokers": an adverb opening the sentence */
	if (a->len > 3 && strncasecmp(text + a->start + a->len - 2, "ly", 2) == 0)
		return false;
	if (a->tflags & CP_TF_CAPITALIZED)
		return (lex_cat(a) == CP_LX_NONE && !(lex_bits(a) & CP_LB_STOP)) ||
			((lex_bits(a) & CP_LB_DET) && !(a->tflags & CP_TF_ALL_UPPER) && k > 0 &&
			 cp_atom_is(text, &atoms[k - 1], "the") && !(atoms[k - 1].tflags & CP_TF_CAPITALIZED));
	/* ASCII only: the server's locale must not change what an IMMUTABLE function returns */
	for (size_t i = 1; i < a->len; i++)
		if (text[a->start + i] >= 'A' && text[a->start + i] <= 'Z')
			return text[a->start] >= 'a' && text[a->start] <= 'z' && lex_cat(a) == CP_LX_NONE;
	return false;
}

/* A numeral without a unit that names or dates something: a model, a day, a year, a time. */
static bool
numeral_names(const char *text, const cp_atom *atoms, size_t n, size_t s, size_t e,
			  const num_read *r, const unit_read *u)
{
	const cp_atom *a = &atoms[s];

	/*
	 * a model or a name: "Boeing's 787 Dreamliner", "50 Cent" (a count
	 * wants a plural, which "18 Bell 412 helicopters" has further on;
	 * capitals or two letters may write a unit or a code: "300 PS", "2mil
	 * SEK", "450 Nm"; a word that ends the sentence may be a noun in another
	 * language: "für 12 Familien")
	 */
	if (r->digits_only && a->plain_int && u->kind == CP_QK_NUMBER && r->op == Q_NONE && a->value > 1 &&
		e + 1 < n && !atom_char(text, &atoms[e + 1], '.') && !atom_char(text, &atoms[e + 1], '!') &&
		!atom_char(text, &atoms[e + 1], '?') &&
		(atoms[e].tflags & CP_TF_CAPITALIZED) && !(atoms[e].tflags & CP_TF_ALL_UPPER) && atoms[e].len > 2 &&
		noun_candidate(text, &atoms[e]) && !plural_noun(text, &atoms[e]))
	{
		size_t		k = e + 1;

		while (k < n && k <= e + 6 && atoms[k].type != CP_AT_PUNCT &&
			   !(is_word(&atoms[k]) && plural_noun(text, &atoms[k])) && lex_uclass(&atoms[k]) == CP_UC_NOUNIT)
			k++;
		if (k < n && atoms[k].type == CP_AT_PUNCT)
			k = n;
		if (k >= n || k > e + 6)
			return true;
	}
	/* dates: "July 26", "26 July", "July 26, 2014", "21st of July" */
	if (s > 0 && is_month(text, &atoms[s - 1]))
		return true;
	/*
	 * the last day of a range of days: "from Nov. 3 to 6", "Nov. 3-6",
	 * "March 3 through 6"; the first day is dated by its month above
	 */
	if (a->plain_int && a->sfx == CP_SFX_NONE && a->value >= 1 && a->value <= 31 && r->num.end == s + 1 && s >= 2)
	{
		size_t		d = a->hy_inner ? s - 1 : s - 2;

		/* a spaced dash may end a dateline: "PITTSBURGH, April 1 - 4th qtr" */
		if ((a->hy_inner || (atoms[s - 1].type == CP_AT_DASH && !atoms[s - 1].space_before) ||
			 cp_atom_is(text, &atoms[s - 1], "to") ||
			 cp_atom_is(text, &atoms[s - 1], "through")) &&
			d > 0 && atoms[d].type == CP_AT_NUM && atoms[d].plain_int && atoms[d].value >= 1 &&
			atoms[d].value < a->value && is_month(text, &atoms[d - 1]))
			return true;
	}
	/*
	 * a date in lower case, as wire copy has it: "of record may 14",
	 * "ending june 30"; only a bare day numeral, since "may" and "march"
	 * are verbs too ("march 20 miles")
	 */
	if (s > 0 && u->kind == CP_QK_NUMBER && r->op == Q_NONE && r->num.end == s + 1 && a->plain_int &&
		a->value >= 1 && a->value <= 31 && atoms[s - 1].type == CP_AT_WORD && atoms[s - 1].len >= 3 &&
		!(atoms[s - 1].tflags & CP_TF_CAPITALIZED) &&
		cp_month_from_name(text + atoms[s - 1].start, atoms[s - 1].len) != 0)
		return true;
	if (e < n && is_month(text, &atoms[e]))
		return true;
	if (e + 1 < n && cp_atom_is(text, &atoms[e], "of") && is_month(text, &atoms[e + 1]))
		return true;
	/* the year of "July 26, 2014"; not the count after a whole date ("24 February 2024, 2 men") */
	if (s >= 3 && atom_char(text, &atoms[s - 1], ',') && atoms[s - 2].type == CP_AT_NUM &&
		is_month(text, &atoms[s - 3]) && a->plain_int && a->ndigits == 4)
		return true;
	/* clock times: "8 p.m.", "10 GMT" */
	if (e < n && lex_uclass(&atoms[e]) == CP_UC_TIME)
		return true;
	/*
	 * years: "in 2014", "2014" (not "2,000 people", "$2014", nor a count
	 * whose range ends past the years: "from 2000 to 3000 people")
	 */
	if (year_numeral(a) && r->digits_only)
	{
		bool		prep = s > 0 && (lex_bits(&atoms[s - 1]) & (CP_LB_YEARPREP | CP_LB_DET));
		const cp_atom *last = &atoms[r->num.end - 1];

		/*
		 * a count written without a thousands separator is a round figure
		 * ("2000 people", "1500 troops"); any other year numeral before its
		 * noun dates it: "2004 results", "Keytruda's 2018 sales", "NOTE: 1986
		 * net includes"; so does a range of them: "1941-1960 redeemable
		 * rentes", "1988 through 1990 grain crops"
		 */
		if (u->kind == CP_QK_COUNT && r->op == Q_NONE &&
			(r->num.end == s + 1 ? (long) a->value % 100 != 0 :
			 year_numeral(last) && ((long) a->value % 100 != 0 || (long) last->value % 100 != 0)))
			prep = true;
		if (u->kind == CP_QK_COUNT && r->num.end > e && last->type == CP_AT_NUM && last->value > 2100)
			prep = false;
		if (prep || u->kind != CP_QK_COUNT)
			return true;
	}
	/*
	 * names and numbered things: "Fox 5", "Resolution 242", "No. 5", "iPhone
	 * 14", "the Big 12"; also before a plural when the name follows a
	 * function word or another capital, so that it modifies the plural: "S&P
	 * 500 companies", "in FTSE 100 firms", "BBC Radio 2 listeners", or the
	 * plural's own count: "18 Bell 412 helicopters", "six Boeing 767 planes"
	 * (not "Police 20 officers" opening a clause, "awarded Varig 14 jets"
	 * after a verb, "gave Democrats 40 seats" after a plural, "50 to 75 cts"
	 * a range)
	 */
	if (r->digits_only && a->plain_int && s > 0 && is_word(&atoms[s - 1]) &&
		(u->kind != CP_QK_COUNT ||
		 (s >= 2 && r->num.end == s + 1 &&
		  (atom_char(text, &atoms[s - 2], '&') || (lex_bits(&atoms[s - 2]) & CP_LB_STOP) ||
		   (is_word(&atoms[s - 2]) && (atoms[s - 2].tflags & CP_TF_CAPITALIZED)) ||
		   atoms[s - 2].type == CP_AT_NUM || lex_cat(&atoms[s - 2]) == CP_LX_DIGIT ||
		   lex_cat(&atoms[s - 2]) == CP_LX_TEEN || lex_cat(&atoms[s - 2]) == CP_LX_TENS) &&
		  !plural_noun(text, &atoms[s - 1]) && cp_weekday_from_name(text + atoms[s - 1].start, atoms[s - 1].len) < 0) ||
		 (u->noun != SIZE_MAX && u->noun > r->num.end && r->num.end == s + 1 && !plural_noun(text, &atoms[s - 1]) &&
		  !adjective_like(text, &atoms[r->num.end]) &&
		  cp_weekday_from_name(text + atoms[s - 1].start, atoms[s - 1].len) < 0)) &&
		(name_before_number(text, atoms, s - 1) ||
		 (cp_atom_is(text, &atoms[s - 1], "number") && lex_cat(&atoms[s - 1]) == CP_LX_NONE)) &&
		!is_month(text, &atoms[s - 1]))
		return true;
	return false;
}

/* Is atoms[k] a numeral or a number word? */
static bool
number_atom(const cp_atom *a)
{
	return a->type == CP_AT_NUM || (a->type == CP_AT_WORD && lex_cat(a) != CP_LX_NONE);
}

/*
 * "a two-for-one stock split", "3-for-2", "a one-for-ten reverse split":
 * the ratio of a split or an exchange, no amount on either side
 */
static bool
split_ratio(const char *text, const cp_atom *atoms, size_t n, size_t s, const num_read *r)
{
	size_t		k = r->num.end;

	if (k + 1 < n && atoms[k].hy_inner && cp_atom_is(text, &atoms[k], "for") && atoms[k + 1].hy_inner &&
		number_atom(&atoms[k + 1]))
		return true;
	return s >= 2 && atoms[s].hy_inner && atoms[s - 1].hy_inner && cp_atom_is(text, &atoms[s - 1], "for") &&
		number_atom(&atoms[s - 2]);
}

/*
 * "the Group of Seven", "a Group of 20 meeting", "the Gang of Four": a
 * bare number after "of" and a capitalized noun that follows a determiner
 * ends a name; a number word there is capitalized too.  Not an amount
 * with its scale or unit ("the Bank of 22.9 billion"), nor title case ("The
 * Sale Of 100 Shares" capitalizes "Of").
 */
static bool
of_number_name(const char *text, const cp_atom *atoms, size_t s, const num_read *r, const unit_read *u)
{
	const cp_atom *a = &atoms[s],
			   *w;

	if (s < 3 || r->num.end != s + 1 || r->op != Q_NONE || !(u->kind == CP_QK_NUMBER || u->kind == CP_QK_COUNT))
		return false;
	w = &atoms[s - 2];
	if (a->type == CP_AT_NUM ? !(a->plain_int && a->ndigits <= 3 && a->sfx == CP_SFX_NONE) :
		!(a->tflags & CP_TF_CAPITALIZED) || (a->tflags & CP_TF_ALL_UPPER))
		return false;
	return cp_atom_is(text, &atoms[s - 1], "of") && !(atoms[s - 1].tflags & CP_TF_CAPITALIZED) &&
		is_word(w) && (w->tflags & CP_TF_CAPITALIZED) && !(w->tflags & CP_TF_ALL_UPPER) &&
		lex_cat(w) == CP_LX_NONE && !(lex_bits(w) & CP_LB_STOP) && (lex_bits(&atoms[s - 3]) & CP_LB_DET);
}

/* Is the number at atoms[s..e) part of a date, a time, a name or a code? */
bool
cp_quantity_excluded(const char *text, const cp_atom *atoms, size_t n, size_t s, size_t e,
					 const num_read *r, const unit_read *u)
{
	/*
	 * "slipped towards the bottom three", "finished in the top 10": a place
	 * in a ranking; with its noun it counts ("the top three seeds")
	 */
	if (u->kind == CP_QK_NUMBER && r->op == Q_NONE && s >= 2 && cp_quantity_is_point(&r->num.value) &&
		(cp_atom_is(text, &atoms[s - 1], "top") || cp_atom_is(text, &atoms[s - 1], "bottom")) &&
		(lex_bits(&atoms[s - 2]) & CP_LB_DET))
		return true;
	if (split_ratio(text, atoms, n, s, r))
		return true;
	if (of_number_name(text, atoms, s, r, u))
		return true;
	if (r->num.words)
		return words_excluded(text, atoms, n, s, e, r, u);
	if (atoms[s].type != CP_AT_NUM)
		return false;
	/* a score beside a result's word, in a row or after a name too: "beat Raymond 7-5 6-3" */
	if (r->num.end == s + 2 && score_context(text, atoms, n, s))
		return false;
	return numeral_is_code(text, atoms, n, s, e, r, u) ||
		(!has_unit(u) && numeral_names(text, atoms, n, s, e, r, u));
}
