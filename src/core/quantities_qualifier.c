/*
 * quantities_qualifier.c: the words and signs that bound or soften a
 * number, before it ("more than", "at or above", "not larger than", ">=",
 * "about") and after it ("or more", "and below", "or so", "plus").
 */
#include "quantities_internal.h"

#include <string.h>

/*
 * Longer phrases first: the first match wins.  "no", "not", "at or" and
 * "equal (to) or" before these compose (word_qualifier()).
 */
static const qual_phrase prefix_quals[] = {
	{{"a", "minimum", "of"}, Q_GE}, {{"a", "maximum", "of"}, Q_LE},
	{{"more", "or", "less"}, Q_APPROX}, {{"an", "estimated"}, Q_APPROX},
	{{"in", "excess", "of"}, Q_GT}, {{"upwards", "of"}, Q_GT},
	/* a place near the number: "in the region of £40m", "on the order of 30 mln dlrs" */
	{{"in", "the", "region", "of"}, Q_APPROX}, {{"in", "the", "neighbourhood", "of"}, Q_APPROX},
	{{"in", "the", "neighborhood", "of"}, Q_APPROX}, {{"in", "the", "vicinity", "of"}, Q_APPROX},
	{{"in", "the", "ballpark", "of"}, Q_APPROX}, {{"in", "the", "order", "of"}, Q_APPROX},
	{{"on", "the", "order", "of"}, Q_APPROX}, {{"up", "to", "and", "including"}, Q_LE},
	{{"well", "over"}, Q_GT}, {{"well", "above"}, Q_GT}, {{"well", "under"}, Q_LT}, {{"well", "below"}, Q_LT},
	{{"just", "above"}, Q_GT},
	{{"just", "over"}, Q_GT}, {{"just", "under"}, Q_LT}, {{"just", "below"}, Q_LT},
	{{"more", "than"}, Q_GT}, {{"greater", "than"}, Q_GT}, {{"larger", "than"}, Q_GT},
	{{"bigger", "than"}, Q_GT}, {{"higher", "than"}, Q_GT},
	{{"less", "than"}, Q_LT}, {{"fewer", "than"}, Q_LT}, {{"smaller", "than"}, Q_LT},
	{{"lower", "than"}, Q_LT},
	{{"at", "least"}, Q_GE}, {{"at", "most"}, Q_LE}, {{"up", "to"}, Q_LE},
	{{"as", "many", "as"}, Q_LE}, {{"as", "much", "as"}, Q_LE}, {{"as", "high", "as"}, Q_LE},
	{{"as", "low", "as"}, Q_GE}, {{"as", "few", "as"}, Q_GE}, {{"as", "little", "as"}, Q_GE},
	{{"just", "shy", "of"}, Q_LT}, {{"shy", "of"}, Q_LT}, {{"upward", "of"}, Q_GT},
	{{"close", "to"}, Q_APPROX}, {{"equal", "to"}, Q_EQ}, {{"equals", "to"}, Q_EQ},
	{{"over"}, Q_GT}, {{"above"}, Q_GT}, {{"exceeding"}, Q_GT}, {{"exceeds"}, Q_GT},
	{{"exceed"}, Q_GT}, {{"exceeded"}, Q_GT}, {{"surpass"}, Q_GT}, {{"surpassing"}, Q_GT},
	{{"surpassed"}, Q_GT}, {{"under"}, Q_LT}, {{"below"}, Q_LT},
	/* "within six months", "within 5% of": no more than */
	{{"within"}, Q_LE},
	{{"about"}, Q_APPROX}, {{"around"}, Q_APPROX}, {{"roughly"}, Q_APPROX},
	{{"approximately"}, Q_APPROX}, {{"approx"}, Q_APPROX}, {{"nearly"}, Q_APPROX},
	{{"almost"}, Q_APPROX}, {{"some"}, Q_APPROX}, {{"estimated"}, Q_APPROX},
	{{"circa"}, Q_APPROX}, {{"between"}, Q_BETWEEN}, {{"from"}, Q_FROM},
	{{"equals"}, Q_EQ},
};

/* After the number; "or"/"and" with a comparative is composed (postfix_qualifier()). */
static const qual_phrase postfix_quals[] = {
	{{"plus"}, Q_GE}, {{"or", "so"}, Q_APPROX}, {{"or", "thereabouts"}, Q_APPROX},
	{{"at", "the", "very", "least"}, Q_GE}, {{"at", "the", "very", "most"}, Q_LE},
	{{"at", "the", "least"}, Q_GE}, {{"at", "the", "most"}, Q_LE},
	{{"at", "least"}, Q_GE}, {{"at", "most"}, Q_LE},
};

_Static_assert(sizeof(prefix_quals) / sizeof(prefix_quals[0]) <= 128, "first_lex holds 128 phrases");
_Static_assert(sizeof(postfix_quals) / sizeof(postfix_quals[0]) <= 128, "first_lex holds 128 phrases");

/* Length in atoms of phrase p at atoms[i], or 0. */
size_t
match_phrase(const char *text, const cp_atom *atoms, size_t n, size_t i, const qual_phrase *p)
{
	size_t		k = 0;

	for (; k < 6 && p->words[k]; k++)
	{
		if (i + k >= n || atoms[i + k].type != CP_AT_WORD || !cp_atom_is(text, &atoms[i + k], p->words[k]))
			return 0;
	}
	return k;
}

static int
match_quals(const char *text, const cp_atom *atoms, size_t n, size_t i,
			const qual_phrase *tab, size_t ntab, size_t *len)
{
	/*
	 * Only phrases whose first word is this atom's lexicon entry can match;
	 * the entries of first words are looked up once per process.
	 */
	static int16_t first_lex[2][128];
	static bool ready;
	int			lex = i < n && atoms[i].type == CP_AT_WORD ? atoms[i].lex : -1;
	int16_t    *fl = tab == prefix_quals ? first_lex[0] : first_lex[1];

	if (!ready)
	{
		for (size_t q = 0; q < sizeof(prefix_quals) / sizeof(prefix_quals[0]); q++)
			first_lex[0][q] = (int16_t) cp_lex_lookup(prefix_quals[q].words[0], strlen(prefix_quals[q].words[0]));
		for (size_t q = 0; q < sizeof(postfix_quals) / sizeof(postfix_quals[0]); q++)
			first_lex[1][q] = (int16_t) cp_lex_lookup(postfix_quals[q].words[0], strlen(postfix_quals[q].words[0]));
		ready = true;
	}
	if (lex < 0)
		return Q_NONE;
	for (size_t q = 0; q < ntab; q++)
	{
		size_t		l;

		if (fl[q] != lex)
			continue;
		l = match_phrase(text, atoms, n, i, &tab[q]);

		if (l)
		{
			*len = l;
			return tab[q].op;
		}
	}
	return Q_NONE;
}

/* Comparatives and the bound they make: up (Q_GT) or down (Q_LT). */
static const struct
{
	const char *word;
	int			op;
}			comparatives[] = {
	{"more", Q_GT}, {"greater", Q_GT}, {"larger", Q_GT}, {"bigger", Q_GT}, {"higher", Q_GT},
	{"above", Q_GT}, {"over", Q_GT}, {"upwards", Q_GT}, {"older", Q_GT}, {"longer", Q_GT},
	{"less", Q_LT}, {"fewer", Q_LT}, {"smaller", Q_LT}, {"lower", Q_LT}, {"below", Q_LT},
	{"under", Q_LT}, {"younger", Q_LT}, {"shorter", Q_LT},
};

/* The bound of the comparative at atoms[k] (Q_GT or Q_LT), or Q_NONE. */
static int
comparative(const char *text, const cp_atom *atoms, size_t n, size_t k)
{
	if (k >= n || atoms[k].type != CP_AT_WORD)
		return Q_NONE;
	for (size_t c = 0; c < sizeof(comparatives) / sizeof(comparatives[0]); c++)
		if (cp_atom_is(text, &atoms[k], comparatives[c].word))
			return comparatives[c].op;
	return Q_NONE;
}

/* Does atoms[k] say "equal": "equal", "equals"? */
static bool
is_equal_word(const char *text, const cp_atom *atoms, size_t n, size_t k)
{
	return k < n && (cp_atom_is(text, &atoms[k], "equal") || cp_atom_is(text, &atoms[k], "equals"));
}

/*
 * A comparative with "or equal" includes its bound: "greater than or equal
 * to", "bigger or equal than", "less than or equals to" (>=, <=).
 */
static int
comparative_or_equal(const char *text, const cp_atom *atoms, size_t n, size_t i, size_t *len)
{
	size_t		k = i + 1;
	int			op;

	if (k < n && cp_atom_is(text, &atoms[k], "than"))
		k++;
	if (!(k + 1 < n && cp_atom_is(text, &atoms[k], "or") && is_equal_word(text, atoms, n, k + 1)) ||
		(op = comparative(text, atoms, n, i)) == Q_NONE)
		return Q_NONE;
	k += 2;
	if (k < n && (cp_atom_is(text, &atoms[k], "to") || cp_atom_is(text, &atoms[k], "than")))
		k++;
	*len = k - i;
	return op == Q_GT ? Q_GE : Q_LE;
}

/* A number word other than "a" or "and": "five", "hundred", "dozens". */
bool
starts_number_word(const cp_atom *a)
{
	int			c = lex_cat(a);

	return c != CP_LX_NONE && c != CP_LX_A && c != CP_LX_AND;
}

/*
 * A qualifier in words at atoms[i]: a phrase of the table, or one composed
 * of a comparison: "not" or "no" turns it over ("not larger than 90" is
 * <=90, "no higher than" <=), "at or", "equal or" and "equal to or"
 * include the bound of a strict one ("at or above 30" >=30, "equal or
 * greater than" >=), an approximator softens "equal to".
 */
static int
word_qualifier(const char *text, const cp_atom *atoms, size_t n, size_t i, size_t *len)
{
	const size_t ntab = sizeof(prefix_quals) / sizeof(prefix_quals[0]);
	int			inner;
	size_t		skip = 0,
				l = 0;

	if (i + 2 < n && (cp_atom_is(text, &atoms[i], "not") || cp_atom_is(text, &atoms[i], "no")))
	{
		inner = match_quals(text, atoms, n, i + 1, prefix_quals, ntab, &l);
		*len = l + 1;
		return inner == Q_GT ? Q_LE : inner == Q_GE ? Q_LT : inner == Q_LT ? Q_GE : inner == Q_LE ? Q_GT : Q_NONE;
	}
	if (i + 2 < n && cp_atom_is(text, &atoms[i], "at"))
		skip = 2;
	else if (i + 2 < n && cp_atom_is(text, &atoms[i], "equal"))
		skip = cp_atom_is(text, &atoms[i + 1], "to") ? 3 : 2;
	if (skip && i + skip < n && cp_atom_is(text, &atoms[i + skip - 1], "or"))
	{
		inner = match_quals(text, atoms, n, i + skip, prefix_quals, ntab, &l);
		*len = l + skip;
		return inner == Q_GT ? Q_GE : inner == Q_LT ? Q_LE : Q_NONE;
	}
	if ((inner = comparative_or_equal(text, atoms, n, i, len)) != Q_NONE)
		return inner;
	inner = match_quals(text, atoms, n, i, prefix_quals, ntab, len);
	/* an approximator before "equal (to)": "approximately equal to 50", "roughly equals 7" */
	if (inner == Q_APPROX && is_equal_word(text, atoms, n, i + *len))
		*len += i + *len + 1 < n && cp_atom_is(text, &atoms[i + *len + 1], "to") ? 2 : 1;
	return inner;
}

/* A prefix qualifier at atoms[i]: words or symbols (">", ">=", "<", "<=", "~", "="). */
int
prefix_qualifier(const char *text, const cp_atom *atoms, size_t n, size_t i, size_t *len)
{
	const cp_atom *a = &atoms[i];

	/* past the last atom: "rose ~" asks again after its approximator */
	if (i >= n)
		return Q_NONE;
	if (a->type == CP_AT_SYMBOL)
	{
		bool		eq;

		/* "<>30", "=>30", "<TIN> 2": not comparisons */
		if (i > 0 && !a->space_before &&
			(atoms[i - 1].type == CP_AT_SYMBOL || atoms[i - 1].type == CP_AT_WORD ||
			 atoms[i - 1].type == CP_AT_NUM))
			return Q_NONE;
		eq = i + 1 < n && atom_char(text, &atoms[i + 1], '=') && !atoms[i + 1].space_before;

		*len = eq ? 2 : 1;
		if (atom_char(text, a, '>'))
			return eq ? Q_GE : Q_GT;
		if (atom_char(text, a, '<'))
			return eq ? Q_LE : Q_LT;
		if (atom_char(text, a, '~'))
			return *len = 1, Q_APPROX;
		if (atom_char(text, a, '='))
			return *len = 1, Q_EQ;
		if (a->len == 3 && memcmp(text + a->start, "\xE2\x89\xA5", 3) == 0)
			return *len = 1, Q_GE;
		if (a->len == 3 && memcmp(text + a->start, "\xE2\x89\xA4", 3) == 0)
			return *len = 1, Q_LE;
		return Q_NONE;
	}
	if (a->type != CP_AT_WORD || a->lex < 0)
		return Q_NONE;
	/* "sub-7 nanometre", "sub-$100 phones": below */
	if (cp_atom_is(text, a, "sub") && i + 1 < n && atoms[i + 1].hy_inner)
		return *len = 1, Q_LT;
	if (cp_atom_is(text, a, "sub") && i + 2 < n && atoms[i + 1].type == CP_AT_DASH && atoms[i + 1].len == 1 &&
		!atoms[i + 1].space_before && !atoms[i + 2].space_before)
		return *len = 2, Q_LT;
	/* cheap test first: a number must follow within a qualifier's length */
	{
		bool		num = false;

		for (size_t k = i + 1; k < n && k <= i + 6 && !num; k++)
			num = atoms[k].type == CP_AT_NUM || starts_number_word(&atoms[k]);
		if (!num)
			return Q_NONE;
	}
	if (!(cp_lex_get(a->lex)->bits & CP_LB_QUAL) && cp_lex_get(a->lex)->cat != CP_LX_A)
		return Q_NONE;
	return word_qualifier(text, atoms, n, i, len);
}


/*
 * A qualifier phrase after the number: "or"/"and" and a comparative, which
 * bounds with the number included ("or more", "and below", "or greater
 * than", "and up"), or a phrase of the table ("or so", "plus", "at least").  After
 * "and" the comparative may start a noun phrase instead ("3% and higher
 * prices"), so no word of content may follow it there.
 */
int
postfix_qualifier(const char *text, const cp_atom *atoms, size_t n, size_t k, size_t *len)
{
	int			op;

	if (k + 1 < n && (cp_atom_is(text, &atoms[k], "or") || cp_atom_is(text, &atoms[k], "and")) &&
		(op = comparative(text, atoms, n, k + 1)) != Q_NONE)
	{
		*len = k + 2 < n && cp_atom_is(text, &atoms[k + 2], "than") ? 3 : 2;
		if (cp_atom_is(text, &atoms[k], "and") && k + *len < n && is_word(&atoms[k + *len]) &&
			!(lex_bits(&atoms[k + *len]) & CP_LB_STOP) && lex_cat(&atoms[k + *len]) == CP_LX_NONE)
			return Q_NONE;
		return op == Q_GT ? Q_GE : Q_LE;
	}
	/*
	 * "aged 12 and up.", "30 and upward,": before punctuation only, as the
	 * adverb may start a change ("7-1/2 and up from six", "and up 3%")
	 */
	if (k + 1 < n && cp_atom_is(text, &atoms[k], "and") &&
		(cp_atom_is(text, &atoms[k + 1], "up") || cp_atom_is(text, &atoms[k + 1], "upward")) &&
		(k + 2 == n || atoms[k + 2].type == CP_AT_PUNCT))
		return *len = 2, Q_GE;
	return match_quals(text, atoms, n, k, postfix_quals, sizeof(postfix_quals) / sizeof(postfix_quals[0]), len);
}
