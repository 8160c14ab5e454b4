/*
 * quantities.c: quantity mentions in news text; see quantities.h.
 */
#include "quantities.h"

#include "article.h"
#include "calendar.h"
#include "numbers.h"
#include "sentences.h"

#include <math.h>
#include <string.h>

static const char *const kind_names[] = {
	"number", "ordinal", "percent", "money", "duration", "count", "measure",
};

const char *
cp_quantity_kind_name(int kind)
{
	return (kind >= 0 && kind <= CP_QK_MEASURE) ? kind_names[kind] : "number";
}

enum
{
	Q_NONE, Q_GT, Q_GE, Q_LT, Q_LE, Q_APPROX, Q_BETWEEN, Q_FROM, Q_EQ
};

typedef struct qual_phrase
{
	const char *words[6];
	int			op;
} qual_phrase;

/* Longer phrases first: the first match wins. */
static const qual_phrase prefix_quals[] = {
	{{"greater", "than", "or", "equal", "to"}, Q_GE},
	{{"more", "than", "or", "equal", "to"}, Q_GE},
	{{"larger", "than", "or", "equal", "to"}, Q_GE},
	{{"less", "than", "or", "equal", "to"}, Q_LE},
	{{"fewer", "than", "or", "equal", "to"}, Q_LE},
	{{"smaller", "than", "or", "equal", "to"}, Q_LE},
	{{"equal", "to", "or", "more", "than"}, Q_GE},
	{{"equal", "to", "or", "greater", "than"}, Q_GE},
	{{"equal", "to", "or", "less", "than"}, Q_LE},
	{{"equal", "to", "or", "fewer", "than"}, Q_LE},
	{{"bigger", "or", "equal", "than"}, Q_GE},
	{{"greater", "or", "equal", "than"}, Q_GE},
	{{"larger", "or", "equal", "than"}, Q_GE},
	{{"more", "or", "equal", "than"}, Q_GE},
	{{"less", "or", "equal", "than"}, Q_LE},
	{{"smaller", "or", "equal", "than"}, Q_LE},
	{{"no", "less", "than"}, Q_GE}, {{"not", "less", "than"}, Q_GE},
	{{"no", "fewer", "than"}, Q_GE}, {{"not", "fewer", "than"}, Q_GE},
	{{"no", "more", "than"}, Q_LE}, {{"not", "more", "than"}, Q_LE},
	{{"a", "minimum", "of"}, Q_GE}, {{"a", "maximum", "of"}, Q_LE},
	{{"more", "or", "less"}, Q_APPROX}, {{"an", "estimated"}, Q_APPROX},
	{{"in", "excess", "of"}, Q_GT}, {{"upwards", "of"}, Q_GT},
	{{"well", "over"}, Q_GT}, {{"well", "above"}, Q_GT},
	{{"just", "over"}, Q_GT}, {{"just", "under"}, Q_LT}, {{"just", "below"}, Q_LT},
	{{"more", "than"}, Q_GT}, {{"greater", "than"}, Q_GT}, {{"larger", "than"}, Q_GT},
	{{"bigger", "than"}, Q_GT}, {{"higher", "than"}, Q_GT},
	{{"less", "than"}, Q_LT}, {{"fewer", "than"}, Q_LT}, {{"smaller", "than"}, Q_LT},
	{{"lower", "than"}, Q_LT},
	{{"at", "least"}, Q_GE}, {{"at", "most"}, Q_LE}, {{"up", "to"}, Q_LE},
	{{"as", "many", "as"}, Q_LE}, {{"as", "much", "as"}, Q_LE},
	{{"close", "to"}, Q_APPROX}, {{"equal", "to"}, Q_EQ}, {{"equals", "to"}, Q_EQ},
	{{"over"}, Q_GT}, {{"above"}, Q_GT}, {{"exceeding"}, Q_GT}, {{"exceeds"}, Q_GT},
	{{"surpass"}, Q_GT}, {{"surpassing"}, Q_GT}, {{"under"}, Q_LT}, {{"below"}, Q_LT},
	{{"about"}, Q_APPROX}, {{"around"}, Q_APPROX}, {{"roughly"}, Q_APPROX},
	{{"approximately"}, Q_APPROX}, {{"approx"}, Q_APPROX}, {{"nearly"}, Q_APPROX},
	{{"almost"}, Q_APPROX}, {{"some"}, Q_APPROX}, {{"estimated"}, Q_APPROX},
	{{"circa"}, Q_APPROX}, {{"between"}, Q_BETWEEN}, {{"from"}, Q_FROM},
	{{"equals"}, Q_EQ},
};

static const qual_phrase postfix_quals[] = {
	{{"or", "greater", "than"}, Q_GE}, {{"or", "more", "than"}, Q_GE},
	{{"or", "more"}, Q_GE}, {{"and", "more"}, Q_GE}, {{"or", "above"}, Q_GE},
	{{"and", "above"}, Q_GE}, {{"or", "greater"}, Q_GE}, {{"or", "higher"}, Q_GE},
	{{"and", "over"}, Q_GE}, {{"or", "over"}, Q_GE}, {{"plus"}, Q_GE},
	{{"or", "less"}, Q_LE}, {{"or", "fewer"}, Q_LE}, {{"or", "below"}, Q_LE},
	{{"or", "under"}, Q_LE}, {{"and", "under"}, Q_LE}, {{"or", "lower"}, Q_LE},
};

/* Length in atoms of phrase p at atoms[i], or 0. */
static size_t
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
	for (size_t q = 0; q < ntab; q++)
	{
		size_t		l = match_phrase(text, atoms, n, i, &tab[q]);

		if (l)
		{
			*len = l;
			return tab[q].op;
		}
	}
	return Q_NONE;
}

static bool
atom_char(const char *text, const cp_atom *a, char c)
{
	return a->len == 1 && text[a->start] == c;
}

/* A prefix qualifier at atoms[i]: words or symbols (">", ">=", "<", "<=", "~"). */
static int
prefix_qualifier(const char *text, const cp_atom *atoms, size_t n, size_t i, size_t *len)
{
	const cp_atom *a = &atoms[i];

	if (a->type == CP_AT_SYMBOL)
	{
		bool		eq = i + 1 < n && atom_char(text, &atoms[i + 1], '=') && !atoms[i + 1].space_before;

		*len = eq ? 2 : 1;
		if (atom_char(text, a, '>'))
			return eq ? Q_GE : Q_GT;
		if (atom_char(text, a, '<'))
			return eq ? Q_LE : Q_LT;
		if (atom_char(text, a, '~'))
			return *len = 1, Q_APPROX;
		if (a->len == 3 && memcmp(text + a->start, "\xE2\x89\xA5", 3) == 0)
			return *len = 1, Q_GE;
		if (a->len == 3 && memcmp(text + a->start, "\xE2\x89\xA4", 3) == 0)
			return *len = 1, Q_LE;
		return Q_NONE;
	}
	if (a->type != CP_AT_WORD || a->lex < 0)
		return Q_NONE;
	if (!(cp_lex_get(a->lex)->bits & CP_LB_QUAL) && cp_lex_get(a->lex)->cat != CP_LX_A &&
		!cp_atom_is(text, a, "no") && !cp_atom_is(text, a, "not") &&
		!cp_atom_is(text, a, "from") && !cp_atom_is(text, a, "in"))
		return Q_NONE;
	return match_quals(text, atoms, n, i, prefix_quals, sizeof(prefix_quals) / sizeof(prefix_quals[0]), len);
}

static const char *
currency_symbol(const char *text, const cp_atom *a)
{
	const char *s = text + a->start;

	if (a->type != CP_AT_SYMBOL)
		return NULL;
	if (a->len == 1 && s[0] == '$')
		return "USD";
	if (a->len == 2 && memcmp(s, "\xC2\xA3", 2) == 0)
		return "GBP";
	if (a->len == 3 && memcmp(s, "\xE2\x82\xAC", 3) == 0)
		return "EUR";
	if (a->len == 2 && memcmp(s, "\xC2\xA5", 2) == 0)
		return "JPY";
	if (a->len == 3 && memcmp(s, "\xE2\x82\xAA", 3) == 0)
		return "ILS";
	return NULL;
}

typedef struct num_read
{
	size_t		start;			/* first atom (sign or currency included) */
	size_t		end;
	cp_number	num;
	const char *currency;
	bool		digits_only;	/* one numeral, no words */
} num_read;

/* A number with an optional currency sign and minus sign at atoms[i]. */
static bool
read_number(const char *text, const cp_atom *atoms, size_t n, size_t i, num_read *r)
{
	size_t		j = i;
	bool		neg = false;

	memset(r, 0, sizeof(*r));
	r->start = i;
	if (j < n && atoms[j].type == CP_AT_WORD && cp_atom_is(text, &atoms[j], "US") &&
		j + 1 < n && currency_symbol(text, &atoms[j + 1]) && !atoms[j + 1].space_before)
		j++;
	if (j < n && (r->currency = currency_symbol(text, &atoms[j])) != NULL)
		j++;
	if (j + 1 < n && atoms[j].type == CP_AT_DASH && atoms[j].len == 1 && !atoms[j + 1].space_before &&
		atoms[j + 1].type == CP_AT_NUM && (atoms[j].space_before || j == 0))
		neg = true, j++;
	else if (j + 1 < n && atoms[j].type == CP_AT_WORD && atoms[j].lex >= 0 &&
			 cp_lex_get(atoms[j].lex)->cat == CP_LX_MINUS)
		neg = true, j++;
	if (j >= n || !cp_number_at(text, atoms, n, j, &r->num))
		return false;
	if (atoms[j].type == CP_AT_NUM && atoms[j].currency)
		r->currency = atoms[j].currency;
	r->digits_only = !r->num.words && r->num.end == j + 1;
	if (neg)
	{
		cp_quantity q = r->num.value;

		if (!cp_quantity_is_point(&q))
			return false;
		r->num.value = cp_quantity_exact(-q.lo);
	}
	r->end = r->num.end;
	return true;
}

static bool
is_word(const cp_atom *a)
{
	return a->type == CP_AT_WORD;
}

static int
lex_cat(const cp_atom *a)
{
	return (a->type == CP_AT_WORD && a->lex >= 0) ? cp_lex_get(a->lex)->cat : CP_LX_NONE;
}

static int
lex_uclass(const cp_atom *a)
{
	return (a->type == CP_AT_WORD && a->lex >= 0) ? cp_lex_get(a->lex)->uclass : CP_UC_NOUNIT;
}

static uint16_t
lex_bits(const cp_atom *a)
{
	return (a->type == CP_AT_WORD && a->lex >= 0) ? cp_lex_get(a->lex)->bits : 0;
}

static bool
is_month(const char *text, const cp_atom *a)
{
	if (a->type != CP_AT_WORD || a->len < 3)
		return false;
	/* "may" and "march" are months only when capitalized */
	if (!(a->tflags & CP_TF_CAPITALIZED))
		return false;
	return cp_month_from_name(text + a->start, a->len) != 0;
}

/* Could atoms[k] be a noun a number counts? */
static bool
noun_candidate(const char *text, const cp_atom *a)
{
	uint16_t	bits;

	if (!is_word(a) || !a->space_before || a->hy_inner)
		return false;
	if (!(a->tflags & CP_TF_HAS_ALPHA) || (a->tflags & CP_TF_HAS_DIGIT))
		return false;
	bits = lex_bits(a);
	if (bits & CP_LB_STOP)
		return false;
	if (lex_cat(a) != CP_LX_NONE || lex_uclass(a) != CP_UC_NOUNIT)
		return false;
	if (is_month(text, a) || cp_weekday_from_name(text + a->start, a->len) >= 0)
		return false;
	/* verbs in -ed and adverbs in -ly rarely follow a count as its noun */
	if (a->len > 3 && (strncasecmp(text + a->start + a->len - 2, "ed", 2) == 0 ||
					   strncasecmp(text + a->start + a->len - 2, "ly", 2) == 0))
		return false;
	return true;
}

static bool
plural_noun(const char *text, const cp_atom *a)
{
	return (lex_bits(a) & CP_LB_PLURAL) ||
		(a->len > 2 && (text[a->start + a->len - 1] == 's' || text[a->start + a->len - 1] == 'S') &&
		 text[a->start + a->len - 2] != 's');
}

typedef struct unit_read
{
	int			kind;
	const char *unit;
	size_t		unit_len;
	size_t		end;			/* atom index past the unit words in the mention */
	size_t		noun;			/* counted noun atom, or SIZE_MAX */
} unit_read;

static void
read_unit(const char *text, const cp_atom *atoms, size_t n, size_t k, const num_read *r,
		  unit_read *u)
{
	const cp_atom *last = &atoms[r->num.end - 1];

	u->kind = r->num.ordinal ? CP_QK_ORDINAL : CP_QK_NUMBER;
	u->unit = NULL;
	u->unit_len = 0;
	u->end = k;
	u->noun = SIZE_MAX;
	if (r->currency)
	{
		u->kind = CP_QK_MONEY;
		u->unit = r->currency;
		u->unit_len = strlen(r->currency);
	}
	if (r->num.ordinal)
		return;
	if (last->type == CP_AT_NUM && last->sfx == CP_SFX_UNIT)
	{
		if (strcmp(last->unit, "percent") == 0)
			u->kind = CP_QK_PERCENT;
		else
			u->kind = CP_QK_MEASURE;
		u->unit = last->unit;
		u->unit_len = strlen(last->unit);
		return;
	}
	if (k >= n)
		return;
	if (atoms[k].type == CP_AT_SYMBOL && atom_char(text, &atoms[k], '%'))
	{
		u->kind = CP_QK_PERCENT, u->unit = "percent", u->unit_len = 7, u->end = k + 1;
		return;
	}
	if (is_word(&atoms[k]) && cp_atom_is(text, &atoms[k], "per") && k + 1 < n &&
		cp_atom_is(text, &atoms[k + 1], "cent"))
	{
		u->kind = CP_QK_PERCENT, u->unit = "percent", u->unit_len = 7, u->end = k + 2;
		return;
	}
	if (r->currency)
		return;
	if (is_word(&atoms[k]) && (atoms[k].space_before || atoms[k].hy_inner))
	{
		int			uc = lex_uclass(&atoms[k]);
		const cp_lex_entry *e = atoms[k].lex >= 0 ? cp_lex_get(atoms[k].lex) : NULL;

		/* "2 seconds" but not "the second": a duration needs a cardinal */
		if (uc == CP_UC_DURATION && e->cat == CP_LX_ORD && !atoms[k].hy_inner)
			uc = CP_UC_NOUNIT;
		if (uc == CP_UC_DURATION)
		{
			u->kind = CP_QK_DURATION;
			u->unit = e->unit;
			u->unit_len = strlen(e->unit);
			u->end = k + 1;
			/* "a 12-year-old": an age */
			if (atoms[k].hy_inner && k + 1 < n && atoms[k + 1].hy_inner &&
				cp_atom_is(text, &atoms[k + 1], "old"))
			{
				u->kind = CP_QK_MEASURE;
				u->unit = "year of age";
				u->unit_len = 11;
				u->end = k + 2;
			}
			return;
		}
		if (uc == CP_UC_MEASURE || uc == CP_UC_CURRENCY || uc == CP_UC_PERCENT)
		{
			u->kind = uc == CP_UC_MEASURE ? CP_QK_MEASURE : uc == CP_UC_CURRENCY ? CP_QK_MONEY : CP_QK_PERCENT;
			u->unit = e->unit;
			u->unit_len = strlen(e->unit);
			u->end = k + 1;
			return;
		}
	}
	/* a counted noun: "700 Palestinians", "thousands of people", "100 Palestinian children" */
	{
		size_t		m = k;

		if (m < n && cp_atom_is(text, &atoms[m], "of") && (r->num.vague || lex_cat(last) == CP_LX_SCALE ||
															  lex_cat(last) == CP_LX_DOZEN))
			m++;
		if (m < n && noun_candidate(text, &atoms[m]))
		{
			if (!plural_noun(text, &atoms[m]) && m + 1 < n && noun_candidate(text, &atoms[m + 1]) &&
				plural_noun(text, &atoms[m + 1]))
				m++;
			/* a count of one takes a singular noun, of more a plural one */
			if (plural_noun(text, &atoms[m]) || (cp_quantity_is_point(&r->num.value) && r->num.value.lo == 1))
			{
				u->kind = CP_QK_COUNT;
				u->unit = text + atoms[m].start;
				u->unit_len = atoms[m].len;
				u->noun = m;
			}
		}
	}
}

/* Is the number at atoms[s..e) part of a date, a time, a name or a code? */
static bool
excluded(const char *text, const cp_atom *atoms, size_t n, size_t s, size_t e, const num_read *r,
		 const unit_read *u)
{
	const cp_atom *a = &atoms[s];

	if (r->num.words)
	{
		/* "the one", "that one": a pronoun */
		if (r->num.end == s + 1 && cp_atom_is(text, a, "one") && s > 0 &&
			(lex_bits(&atoms[s - 1]) & CP_LB_DET))
			return true;
		return false;
	}
	if (a->type != CP_AT_NUM)
		return false;
	/* a part of a hyphenated code: "F-16", "COVID-19" */
	if (a->hy_inner && s > 0 && is_word(&atoms[s - 1]) && lex_cat(&atoms[s - 1]) == CP_LX_NONE)
		return true;
	/* "7/26/2014", "1-222-2222", "+44 20 ..." */
	if (s > 0 && atom_char(text, &atoms[s - 1], '+') && !a->space_before)
		return true;
	if (s > 0 && (atom_char(text, &atoms[s - 1], '#')))
		return true;
	if (e < n && atoms[e].type == CP_AT_OTHER && !atoms[e].space_before)
		return true;
	if (u->kind == CP_QK_MONEY || u->kind == CP_QK_PERCENT || u->kind == CP_QK_MEASURE ||
		u->kind == CP_QK_DURATION)
		return false;
	/* dates: "July 26", "26 July", "July 26, 2014", "21st of July" */
	if (s > 0 && is_month(text, &atoms[s - 1]))
		return true;
	if (e < n && is_month(text, &atoms[e]))
		return true;
	if (e + 1 < n && cp_atom_is(text, &atoms[e], "of") && is_month(text, &atoms[e + 1]))
		return true;
	if (s >= 3 && atom_char(text, &atoms[s - 1], ',') && atoms[s - 2].type == CP_AT_NUM &&
		is_month(text, &atoms[s - 3]))
		return true;
	/* clock times: "8 p.m.", "10 GMT" */
	if (e < n && lex_uclass(&atoms[e]) == CP_UC_TIME)
		return true;
	/* years: "in 2014", "2014" (not "2,000 people", "$2014") */
	if (a->plain_int && a->ndigits == 4 && a->value >= 1800 && a->value <= 2100 && r->digits_only)
	{
		bool		prep = s > 0 && (lex_bits(&atoms[s - 1]) & CP_LB_YEARPREP);

		if (prep || u->kind != CP_QK_COUNT)
			return true;
	}
	/* names and numbered things: "Fox 5", "Resolution 242", "No. 5" */
	if (r->digits_only && a->plain_int && s > 0 && is_word(&atoms[s - 1]) && u->kind != CP_QK_COUNT &&
		((atoms[s - 1].tflags & CP_TF_CAPITALIZED) || cp_atom_is(text, &atoms[s - 1], "number")) &&
		lex_cat(&atoms[s - 1]) == CP_LX_NONE && !(lex_bits(&atoms[s - 1]) & CP_LB_STOP) &&
		!is_month(text, &atoms[s - 1]))
		return true;
	return false;
}

static void
emit(cp_arena *arena, cp_vec *out, const cp_atom *atoms, size_t s, size_t e, const cp_quantity *q,
	 const unit_read *u, const cp_atom *noun, int sentence)
{
	cp_quantity_mention *m = cp_vec_push(arena, out);

	m->start = atoms[s].start;
	m->len = atoms[e - 1].start + atoms[e - 1].len - atoms[s].start;
	m->kind = (uint8_t) u->kind;
	m->value = *q;
	m->unit = u->unit;
	m->unit_len = (uint32_t) u->unit_len;
	if (noun)
	{
		m->noun_start = noun->start;
		m->noun_len = noun->len;
	}
	m->sentence = sentence;
}

static cp_quantity
with_op(int op, const cp_quantity *v)
{
	cp_quantity q = *v;
	double		lo = v->lo,
				hi = v->hi;

	if (!cp_quantity_is_point(v))
	{
		/* a qualified vague range: "more than hundreds" keeps the range */
		if (op == Q_APPROX)
			q.flags |= CP_Q_APPROX;
		return q;
	}
	switch (op)
	{
		case Q_GT:
			cp_quantity_make(lo, 0, CP_Q_HI_INF, &q);
			break;
		case Q_GE:
			cp_quantity_make(lo, 0, CP_Q_HI_INF | CP_Q_LO_INC, &q);
			break;
		case Q_LT:
			cp_quantity_make(0, hi, CP_Q_LO_INF, &q);
			break;
		case Q_LE:
			cp_quantity_make(0, hi, CP_Q_LO_INF | CP_Q_HI_INC, &q);
			break;
		case Q_APPROX:
			q = cp_quantity_approx(lo);
			break;
		default:
			break;
	}
	return q;
}

static bool
is_lower_op(int op)
{
	return op == Q_GT || op == Q_GE;
}

static bool
is_upper_op(int op)
{
	return op == Q_LT || op == Q_LE;
}

/*
 * Read one quantity phrase at atoms[i].  On success fills the span
 * [*s, *e), the value and the unit, and returns true.
 */
static bool
read_quantity(const char *text, const cp_atom *atoms, size_t n, size_t i, size_t *s, size_t *e,
			  cp_quantity *q, unit_read *u, num_read *r)
{
	size_t		qlen = 0,
				j = i,
				k;
	int			op = prefix_qualifier(text, atoms, n, i, &qlen);

	if (op != Q_NONE)
	{
		j = i + qlen;
		if (!read_number(text, atoms, n, j, r))
			return false;
	}
	else if (!read_number(text, atoms, n, i, r))
		return false;
	*s = op != Q_NONE ? i : r->start;
	k = r->end;
	*q = r->num.value;
	if (r->num.ordinal)
	{
		if (op != Q_NONE && op != Q_BETWEEN)
			return false;
		op = Q_NONE;
		*s = r->start;
	}

	if (op == Q_BETWEEN || op == Q_FROM || op == Q_NONE)
	{
		/* ranges: "between 500 and 600", "from 5 to 10", "500-600", "20 through 100" */
		size_t		m = k;
		bool		joined = false;

		if (m < n && atoms[m].type == CP_AT_NUM && atoms[m].hy_inner && op != Q_BETWEEN)
			joined = true;
		else if (m < n && op == Q_BETWEEN && cp_atom_is(text, &atoms[m], "and"))
			m++;
		else if (m < n && op != Q_BETWEEN &&
				 (atoms[m].type == CP_AT_DASH || atom_char(text, &atoms[m], '~') ||
				  cp_atom_is(text, &atoms[m], "to") || cp_atom_is(text, &atoms[m], "through") ||
				  cp_atom_is(text, &atoms[m], "thru") ||
				  (op == Q_FROM && cp_atom_is(text, &atoms[m], "and"))))
			m++;
		else
			m = SIZE_MAX;
		if (m != SIZE_MAX && m < n)
		{
			num_read	r2;

			if (m < n && cp_atom_is(text, &atoms[m], "the"))
				m++;
			if (m < n && read_number(text, atoms, n, m, &r2) && cp_quantity_is_point(&r2.num.value) &&
				cp_quantity_is_point(&r->num.value) && r2.num.ordinal == r->num.ordinal)
			{
				double		lo = r->num.value.lo,
							hi = r2.num.value.lo;

				/* "between 2 and 3 million": the scale applies to both */
				if (r2.num.scaled && !r->num.scaled && lo < hi && !r->num.words == !r2.num.words)
				{
					double		scale = 1;

					while (scale < 1e12 && hi / (scale * 1000) >= lo)
						scale *= 1000;
					if (lo * scale <= hi && lo * scale * 1000 > hi)
						lo *= scale;
				}
				if (lo < hi)
				{
					cp_quantity_make(lo, hi, CP_Q_LO_INC | CP_Q_HI_INC, q);
					if (!r->currency)
						r->currency = r2.currency;
					r->num.ordinal = false;
					r->num.end = r2.end;
					k = r2.end;
					op = Q_NONE;
				}
				else if (joined)
					return false;	/* "3-1", "1995-01": scores and codes */
			}
			else if (joined)
				return false;
		}
		if (op == Q_BETWEEN || op == Q_FROM)
		{
			/* no range followed: the number stands alone */
			op = Q_NONE;
			*s = r->start;
		}
	}
	if (op != Q_NONE && op != Q_EQ)
		*q = with_op(op, q);

	/* postfix: "500 or more", "5,000 or equal to", "10+" */
	if (op == Q_NONE || op == Q_GT)
	{
		size_t		plen = 0;
		int			pop = Q_NONE;

		if (k < n && atom_char(text, &atoms[k], '+') && !atoms[k].space_before && op == Q_NONE)
			pop = Q_GE, plen = 1;
		else if (k < n && atoms[k].hy_inner && cp_atom_is(text, &atoms[k], "plus") && op == Q_NONE)
			pop = Q_GE, plen = 1;
		else if (op == Q_NONE)
			pop = match_quals(text, atoms, n, k, postfix_quals,
							  sizeof(postfix_quals) / sizeof(postfix_quals[0]), &plen);
		else
		{
			qual_phrase eqp = {{"or", "equal", "to"}, Q_GE};

			if ((plen = match_phrase(text, atoms, n, k, &eqp)) != 0 &&
				!(k + plen < n && (atoms[k + plen].type == CP_AT_NUM || lex_cat(&atoms[k + plen]) != CP_LX_NONE)))
				pop = Q_GE;
		}
		if (pop != Q_NONE && cp_quantity_is_point(&r->num.value) && !r->num.ordinal)
		{
			*q = with_op(pop, &r->num.value);
			k += plen;
			op = pop;
		}
	}

	/* a second bound: "more than 10 and less than 20" */
	if ((is_lower_op(op) || is_upper_op(op)) && k + 1 < n && cp_atom_is(text, &atoms[k], "and"))
	{
		size_t		l2 = 0;
		int			op2 = prefix_qualifier(text, atoms, n, k + 1, &l2);
		num_read	r2;

		if (((is_lower_op(op) && is_upper_op(op2)) || (is_upper_op(op) && is_lower_op(op2))) &&
			read_number(text, atoms, n, k + 1 + l2, &r2) && cp_quantity_is_point(&r2.num.value))
		{
			cp_quantity b = with_op(op2, &r2.num.value),
						lowq = is_lower_op(op) ? *q : b,
						highq = is_lower_op(op) ? b : *q;
			cp_quantity c;
			uint8_t		fl = (lowq.flags & CP_Q_LO_INC) | (highq.flags & CP_Q_HI_INC);

			if (cp_quantity_make(lowq.lo, highq.hi, fl, &c) == CP_OK)
			{
				*q = c;
				k = r2.end;
			}
		}
	}

	read_unit(text, atoms, n, k, r, u);
	*e = u->end > k ? u->end : k;
	return true;
}

/* Extract from one sentence's atoms. */
static void
extract_atoms(cp_arena *arena, const char *text, const cp_atom *atoms, size_t n, int sentence,
			  cp_vec *out)
{
	size_t		i = 0;

	while (i < n)
	{
		const cp_atom *a = &atoms[i];
		size_t		s,
					e;
		cp_quantity q;
		unit_read	u;
		num_read	r;

		/* cheap filter: only numerals, number words, qualifiers and signs start a quantity */
		if (!(a->type == CP_AT_NUM || a->type == CP_AT_SYMBOL || a->type == CP_AT_DASH ||
			  (a->type == CP_AT_WORD && a->lex >= 0)))
		{
			i++;
			continue;
		}
		if (!read_quantity(text, atoms, n, i, &s, &e, &q, &u, &r))
		{
			i++;
			continue;
		}
		if (excluded(text, atoms, n, r.start, r.end, &r, &u))
		{
			i = r.end > i ? r.end : i + 1;
			continue;
		}
		emit(arena, out, atoms, s, e, &q, &u, u.noun != SIZE_MAX ? &atoms[u.noun] : NULL, sentence);
		i = e > i ? e : i + 1;
	}
}

cp_status
cp_extract_quantities(cp_arena *arena, const char *text, size_t len, cp_vec *out)
{
	cp_article	art;
	cp_atom    *atoms = NULL;
	size_t		cap = 0;
	int			base = 0;

	if (len > CP_MAX_DOCUMENT_BYTES)
		return CP_ERR_LIMIT;
	cp_article_lines(arena, text, len, &art);
	for (size_t li = 0; li < art.nlines; li++)
	{
		const cp_line *line = &art.lines[li];
		cp_sentence_iter it;
		cp_sentence sent;
		int			last = 0;

		if (line->kind == CP_LINE_BLANK)
			continue;
		cp_sentence_iter_init(&it, arena, text, len, line->start, line->start + line->len);
		while (cp_sentence_next(&it, &sent))
		{
			size_t		na;

			last = sent.n;
			cp_check_interrupts();
			if (line->kind == CP_LINE_BOILERPLATE)
				continue;
			if (CP_ATOMS_FOR(sent.ntokens) > cap)
			{
				cap = CP_ATOMS_FOR(sent.ntokens) * 2;
				atoms = cp_arena_alloc(arena, cap * sizeof(cp_atom));
			}
			na = cp_atomize(text, sent.tokens, sent.ntokens, atoms);
			extract_atoms(arena, text, atoms, na, base + sent.n, out);
		}
		base += last;
	}
	return CP_OK;
}

cp_status
cp_parse_quantity_phrase(cp_arena *arena, const char *text, size_t len, cp_quantity *out)
{
	cp_token   *toks;
	cp_tokenizer tz;
	cp_token	t;
	size_t		nt = 0,
				na,
				s,
				e;
	cp_atom    *atoms;
	unit_read	u;
	num_read	r;

	if (len > CP_QUANTITY_MAX_TEXT * 4)
		return CP_ERR_LIMIT;
	toks = cp_arena_alloc(arena, (len + 1) * sizeof(cp_token));
	cp_tokenizer_init(&tz, text, len, 0, len);
	while (cp_tokenizer_next(&tz, &t))
		toks[nt++] = t;
	/* trailing full stops and commas do not matter */
	while (nt > 0 && toks[nt - 1].kind == CP_TOK_PUNCT)
		nt--;
	if (nt == 0)
		return CP_ERR_SYNTAX;
	atoms = cp_arena_alloc(arena, CP_ATOMS_FOR(nt) * sizeof(cp_atom));
	na = cp_atomize(text, toks, nt, atoms);
	if (!read_quantity(text, atoms, na, 0, &s, &e, out, &u, &r))
		return CP_ERR_SYNTAX;
	/* a unit or counted noun may follow; nothing else */
	if (u.noun != SIZE_MAX && u.noun + 1 > e)
		e = u.noun + 1;
	if (e != na)
		return CP_ERR_SYNTAX;
	return CP_OK;
}
