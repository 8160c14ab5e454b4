/*
 * quantities.c: quantity mentions in news text; see quantities.h.  What a
 * number counts or measures is read in quantities_unit.c, the words that
 * bound it in quantities_qualifier.c, which numbers are no quantity in
 * quantities_excluded.c.
 */
#include "quantities_internal.h"

#include "article.h"
#include "sentences.h"

#include <math.h>
#include <string.h>

static const char *const kind_names[] = {
	"number", "ordinal", "percent", "money", "duration", "count", "dimension",
};

/* Is the unit of m exactly w? */
static bool
unit_is(const cp_quantity_mention *m, const char *w)
{
	return m->unit_len == strlen(w) && memcmp(m->unit, w, m->unit_len) == 0;
}

/*
 * The kind's name; a measure is named by what its unit measures, as
 * Recognizers-Text's families do: a "temperature" ("40C", "113 °F", "30
 * degrees": a bare degree in news is mostly the weather's), an "age" ("a
 * 12-year-old", "three months old") or else a "dimension" ("20 km", "3kW").
 */
const char *
cp_quantity_kind_name(const cp_quantity_mention *m)
{
	if (m->kind == CP_QK_MEASURE && m->unit_len &&
		(unit_is(m, "C") || unit_is(m, "F") || unit_is(m, "K") || unit_is(m, "degree")))
		return "temperature";
	if (m->kind == CP_QK_MEASURE && m->unit_len > 7 && memcmp(m->unit + m->unit_len - 7, " of age", 7) == 0)
		return "age";
	return m->kind <= CP_QK_MEASURE ? kind_names[m->kind] : "number";
}

/* The multiplier of the scale words a number ends in: "four hundred thousand" 1e5; 1 when none. */
static double
trailing_scale(const cp_atom *atoms, const num_read *r)
{
	double		m = 1;

	for (size_t k = r->num.end; k > r->start &&
		 (lex_cat(&atoms[k - 1]) == CP_LX_HUNDRED || lex_cat(&atoms[k - 1]) == CP_LX_SCALE); k--)
		m *= cp_lex_get(atoms[k - 1].lex)->value;
	return m;
}

/* The minus sign U+2212 (a dash atom; not the en dash of "2–3"). */
static bool
unicode_minus(const char *text, const cp_atom *a)
{
	return a->type == CP_AT_DASH && a->len == 3 && memcmp(text + a->start, "\xE2\x88\x92", 3) == 0;
}

/* A sign before a number: "-5", and "−5" as typeset news writes it. */
static bool
minus_sign(const char *text, const cp_atom *a)
{
	return (a->type == CP_AT_DASH && a->len == 1) || unicode_minus(text, a);
}

/* "−3" glued after "10": a superscript exponent flattened by copying ("5×10−3"), its minus kept */
static bool
flat_exponent(const char *text, const cp_atom *atoms, size_t n, size_t k)
{
	return k + 1 < n && unicode_minus(text, &atoms[k]) && !atoms[k].space_before &&
		atoms[k + 1].type == CP_AT_NUM && !atoms[k + 1].space_before;
}

/*
 * The atom before the exponent of a power right after a number ending at
 * atoms[at]: a glued "^" ("2.5^-1", "1.3x10^6"), the "^" after "x 10"
 * ("6.02 x 10^23", "6.02 × 10^-4"), the "10" before a flattened exponent
 * ("5×10−3", "2 x 10−4"), or the "of" of "to the power of" ("10 to the
 * power of 6").  *mantissa tells whether the number is a mantissa times a
 * power of ten rather than the base.  SIZE_MAX when there is none.
 */
static size_t
power_at(const char *text, const cp_atom *atoms, size_t n, size_t at, bool *mantissa)
{
	*mantissa = at > 0 && atoms[at - 1].sfx == CP_SFX_TIMES10;
	if (at < n && atom_char(text, &atoms[at], '^') && !atoms[at].space_before)
		return at;
	if (*mantissa && flat_exponent(text, atoms, n, at))
		return at - 1;
	*mantissa = true;
	if (at + 2 < n && (cp_atom_is(text, &atoms[at], "x") || atom_char(text, &atoms[at], '*') ||
					   (atoms[at].len == 2 && memcmp(text + atoms[at].start, "\xC3\x97", 2) == 0)) &&
		atoms[at + 1].type == CP_AT_NUM && atoms[at + 1].plain_int && atoms[at + 1].value == 10)
	{
		if (atom_char(text, &atoms[at + 2], '^') && !atoms[at + 2].space_before)
			return at + 2;
		if (flat_exponent(text, atoms, n, at + 2))
			return at + 1;
	}
	*mantissa = false;
	if (at + 4 < n && cp_atom_is(text, &atoms[at], "to") && cp_atom_is(text, &atoms[at + 1], "the") &&
		cp_atom_is(text, &atoms[at + 2], "power") && cp_atom_is(text, &atoms[at + 3], "of"))
		return at + 3;
	return SIZE_MAX;
}

/*
 * The capitals glued before a "$" that say whose dollar it is: "US$2bn",
 * "C$50", "HK$12.40", "NZ$200m"; NULL for anything else.
 */
static const char *
dollar_nation(const char *text, const cp_atom *atoms, size_t n, size_t j)
{
	static const char *const nat[][2] = {
		{"us", "USD"}, {"c", "CAD"}, {"ca", "CAD"}, {"a", "AUD"}, {"au", "AUD"}, {"nz", "NZD"},
		{"hk", "HKD"}, {"s", "SGD"}, {"r", "BRL"}, {"nt", "TWD"}, {"mx", "MXN"},
	};
	const cp_atom *a = &atoms[j];

	if (a->type != CP_AT_WORD || a->len > 2 || j + 1 >= n || atoms[j + 1].space_before ||
		!atom_char(text, &atoms[j + 1], '$'))
		return NULL;
	for (size_t q = 0; q < sizeof(nat) / sizeof(nat[0]); q++)
		if (cp_atom_is(text, a, nat[q][0]) && (q == 0 || (a->tflags & CP_TF_ALL_UPPER)))
			return nat[q][1];
	return NULL;
}

/*
 * Is the currency word a code that may stand before the amount: its ISO
 * code or a local one ("USD 20", "rmb 10", "NIS 5", "Rs 75"), in capitals or
 * small letters?  A name stands after it: "won 30" is a victory, not 30 won.
 */
static bool
currency_code(const char *text, const cp_atom *a)
{
	const char *unit = cp_lex_get(a->lex)->unit;

	if ((a->tflags & CP_TF_CAPITALIZED) && !(a->tflags & CP_TF_ALL_UPPER) && !cp_atom_is(text, a, "rs"))
		return false;
	return (a->len == strlen(unit) && strncasecmp(text + a->start, unit, a->len) == 0) ||
		cp_atom_is(text, a, "rmb") || cp_atom_is(text, a, "nis") || cp_atom_is(text, a, "rm") ||
		cp_atom_is(text, a, "rs");
}

/* A number with an optional currency sign and minus sign at atoms[i]. */
bool
read_number(const char *text, const cp_atom *atoms, size_t n, size_t i, num_read *r)
{
	size_t		j = i,
				power;
	bool		neg = false,
				mantissa;
	const char *nation = dollar_nation(text, atoms, n, j);

	memset(r, 0, sizeof(*r));
	r->start = i;
	/* "-£2,500": the sign before the currency */
	if (j + 2 < n && minus_sign(text, &atoms[j]) && (atoms[j].space_before || j == 0) &&
		!atoms[j + 1].space_before && currency_symbol(text, &atoms[j + 1]) && !atoms[j + 2].space_before)
		neg = true, j++;
	if (nation)
		j++;
	if (j < n && (r->currency = currency_symbol(text, &atoms[j])) != NULL)
	{
		if (nation)
			r->currency = nation;
		j++;
	}
	else if (j + 1 < n && atoms[j].type == CP_AT_WORD && atoms[j].len <= 3 &&
			 lex_uclass(&atoms[j]) == CP_UC_CURRENCY && currency_code(text, &atoms[j]))
	{
		/* an ISO code before the amount: "USD 20", "rmb 10", "Rs. 500" */
		size_t		m = j + 1;

		if (atom_char(text, &atoms[m], '.') && !atoms[m].space_before)
			m++;
		if (m < n && atoms[m].type == CP_AT_NUM)
		{
			r->currency = cp_lex_get(atoms[j].lex)->unit;
			j = m;
		}
	}
	if (j + 1 < n && minus_sign(text, &atoms[j]) && !atoms[j + 1].space_before &&
		atoms[j + 1].type == CP_AT_NUM &&
		(atoms[j].space_before || j == 0 || atoms[j - 1].type == CP_AT_SYMBOL))
		neg = true, j++;
	else if (j + 1 < n && atoms[j].type == CP_AT_WORD && atoms[j].lex >= 0 &&
			 cp_lex_get(atoms[j].lex)->cat == CP_LX_MINUS)
		neg = true, j++;
	if (j >= n || !cp_number_at(text, atoms, n, j, &r->num))
		return false;
	if (atoms[j].type == CP_AT_NUM && atoms[j].currency)
		r->currency = atoms[j].currency;
	r->digits_only = !r->num.words && r->num.end == j + 1;
	/* "1.1^23", "2.5^-1", "1.3x10^6", "6.02 x 10^23": powers and scientific notation */
	if (r->digits_only && (power = power_at(text, atoms, n, r->num.end, &mantissa)) != SIZE_MAX)
	{
		size_t		k = power + 1;
		bool		eneg = false,
					spaced = is_word(&atoms[power]);	/* "to the power of 6" */

		while (k < n && atoms[k].type == CP_AT_DASH && (!atoms[k].space_before || (spaced && k == power + 1)))
		{
			if (atoms[k].len % 2)
				eneg = !eneg;
			k++;
		}
		if (k < n && atoms[k].type == CP_AT_NUM && atoms[k].plain_int &&
			(!atoms[k].space_before || (spaced && k == power + 1)) && atoms[k].value <= 300)
		{
			double		base = mantissa ? 10 : atoms[j].value,
						p = pow(base, eneg ? -atoms[k].value : atoms[k].value);

			if (mantissa)
				p *= atoms[j].value;
			if (isfinite(p) && fabs(p) <= CP_QUANTITY_MAX && p != 0)
			{
				r->num.value = cp_quantity_exact(p);
				r->num.end = k + 1;
			}
		}
	}
	else if (atoms[j].type == CP_AT_NUM && atoms[j].sfx == CP_SFX_TIMES10)
		return false;
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


static void
emit(cp_arena *arena, cp_vec *out, const cp_atom *atoms, size_t s, size_t e, const cp_quantity *q,
	 const unit_read *u, const num_read *r, int sentence)
{
	cp_quantity_mention *m = cp_vec_push(arena, out);
	const cp_atom *noun = u->noun != SIZE_MAX ? &atoms[u->noun] : NULL;

	m->start = atoms[s].start;
	m->len = atoms[e - 1].start + atoms[e - 1].len - atoms[s].start;
	m->kind = (uint8_t) u->kind;
	m->ratio = r->ratio;
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
 * Ratios.  "one over three", "2000 over 3": a fraction when no unit
 * follows; "1 in 20", "one in a million": odds, whole numbers with the
 * first smaller (and the second not a year: "2 in 2014"); "two out of
 * five", "six out of every 10 planes", "three out of the four hostages":
 * a proportion, the first not larger; "every" may come before the second
 * ("one in every five", "one of every ten").  Both also stand before the noun
 * they are a proportion of, "one in five adults" (the mention stays a
 * number: the voters of "nine out of 10 voters" are not 0.9), but not
 * before a unit: "2 in 3 hours" is no ratio.  A qualifier applies to
 * the ratio: "nearly three out of four" is ~0.75.
 */
static void
read_ratio(const char *text, const cp_atom *atoms, size_t n, size_t *kp, cp_quantity *q, num_read *r)
{
	size_t		k = *kp;

	enum
	{
		R_NONE, R_OVER, R_ODDS, R_OUT_OF
	}			form = R_NONE;
	size_t		m = k + 1;
	num_read	r2;
	unit_read	u2;

	if (cp_atom_is(text, &atoms[k], "over") && !atoms[k + 1].hy_inner)
		form = R_OVER;		/* not the adjective "over-60" */
	else if (!r->currency && cp_atom_is(text, &atoms[k], "in") && q->lo >= 1 && q->lo == floor(q->lo))
	{
		form = R_ODDS;
		if (m < n && cp_atom_is(text, &atoms[m], "every"))
			m++;			/* "one in every five" */
	}
	else if (!r->currency && cp_atom_is(text, &atoms[k], "of") && cp_atom_is(text, &atoms[k + 1], "every") &&
			 q->lo >= 1 && q->lo == floor(q->lo))
	{
		form = R_ODDS;		/* "one of every five"; not "one of five", one of a group */
		m = k + 2;
	}
	else if (!r->currency && cp_atom_is(text, &atoms[k], "out") && cp_atom_is(text, &atoms[k + 1], "of") &&
			 q->lo >= 0)
	{
		form = R_OUT_OF;
		m = k + 2;
		if (m < n && (cp_atom_is(text, &atoms[m], "every") || cp_atom_is(text, &atoms[m], "the")))
			m++;
	}
	if (form != R_NONE && m < n && read_number(text, atoms, n, m, &r2) &&
		cp_quantity_is_point(&r2.num.value) && !r2.num.ordinal && r2.num.value.lo != 0 && !r2.currency &&
		(form != R_ODDS || (r2.num.value.lo > q->lo && r2.num.value.lo == floor(r2.num.value.lo) &&
							!(r2.digits_only && atoms[m].plain_int && r2.num.value.lo >= 1000 &&
							  r2.num.value.lo <= 2100))) &&
		(form != R_OUT_OF || r2.num.value.lo >= q->lo))
	{
		read_unit(text, atoms, n, r2.end, &r2, &u2);
		if (u2.kind == CP_QK_NUMBER || (form != R_OVER && u2.kind == CP_QK_COUNT))
		{
			*q = cp_quantity_exact(q->lo / r2.num.value.lo);
			r->num.value = *q;	/* "one in five or more" bounds the ratio */
			r->num.end = r2.end;
			r->digits_only = false;
			r->ratio = true;
			k = r2.end;
		}
	}
	*kp = k;
}

/* "%", "percent" or "pct" right after a number. */
static bool
is_percent_atom(const char *text, const cp_atom *a)
{
	return (a->type == CP_AT_SYMBOL && atom_char(text, a, '%')) || cp_atom_is(text, a, "percent") ||
		cp_atom_is(text, a, "pct");
}

/*
 * A range after the first number: "between 500 and 600", "from 5 to 10",
 * "500-600", "20 through 100".  False when the phrase is no quantity
 * ("3-1", "1995-01": scores and codes); *op becomes Q_NONE (or Q_EQ for an
 * approximate range) once the range is read.
 */
static bool
read_range(const char *text, const cp_atom *atoms, size_t n, size_t *kp, int *opp, size_t *s,
		   cp_quantity *q, num_read *r)
{
	size_t		k = *kp;
	int			op = *opp;

	/* ranges: "between 500 and 600", "from 5 to 10", "500-600", "20 through 100" */
	size_t		m = k;
	bool		joined = false,
				percent_twice = false,
				about = false,
				score;
	size_t		alen = 0;

	/* "3- to 5-year terms": the hyphen waits for the unit of the second end */
	if (op != Q_BETWEEN && hanging_hyphen(text, atoms, n, m) && cp_atom_is(text, &atoms[m + 1], "to"))
		m++;
	/* the unit on both ends: "between 3% and 4%", "from 5 percent to 7 percent" */
	if (m + 1 < n && is_percent_atom(text, &atoms[m]) && !atoms[m + 1].hy_inner &&
		(cp_atom_is(text, &atoms[m + 1], "and") || cp_atom_is(text, &atoms[m + 1], "to") ||
		 atoms[m + 1].type == CP_AT_DASH))
	{
		percent_twice = true;
		m++;
	}
	if (op == Q_APPROX && !(m < n && (atom_char(text, &atoms[m], '~') || atoms[m].type == CP_AT_DASH ||
									   cp_atom_is(text, &atoms[m], "to") || atoms[m].hy_inner)))
		m = SIZE_MAX;
	else if (m < n && atoms[m].type == CP_AT_NUM && atoms[m].hy_inner && op != Q_BETWEEN)
		joined = true;
	/* "between 5 and 10", and as some English writes it, "between 5 to 10" */
	else if (m < n && op == Q_BETWEEN &&
			 (cp_atom_is(text, &atoms[m], "and") || cp_atom_is(text, &atoms[m], "to")))
		m++;
	else if (m + 1 < n && op == Q_FROM && cp_atom_is(text, &atoms[m], "up") && cp_atom_is(text, &atoms[m + 1], "to"))
		m += 2;					/* "from 30 up to 50" */
	else if (m < n && op != Q_BETWEEN &&
			 (atoms[m].type == CP_AT_DASH || atom_char(text, &atoms[m], '~') ||
			  cp_atom_is(text, &atoms[m], "to") || cp_atom_is(text, &atoms[m], "through") ||
			  cp_atom_is(text, &atoms[m], "thru") ||
			  (op == Q_FROM && cp_atom_is(text, &atoms[m], "and"))))
		m++;
	else
		m = SIZE_MAX;
	/* "in 1961 to 290 mln cubic meters": a year ends there, no range starts */
	if (op == Q_NONE && r->digits_only && year_numeral(&atoms[r->start]) && r->start > 0 &&
		(lex_bits(&atoms[r->start - 1]) & CP_LB_YEARPREP))
		m = SIZE_MAX;
	if (m != SIZE_MAX && m < n)
	{
		num_read	r2;

		/* a plain "to" may join a fall (below) */
		bool		to = !joined && cp_atom_is(text, &atoms[m - 1], "to") && !atoms[m - 1].hy_inner;

		/* "between the 5th and the 10th", "from minus 5 to plus 10" */
		if (m < n && (cp_atom_is(text, &atoms[m], "the") || cp_atom_is(text, &atoms[m], "plus")))
			m++;
		/* "from about 20 to about 30": an end said roughly makes the range approximate */
		else if ((op == Q_BETWEEN || op == Q_FROM) && prefix_qualifier(text, atoms, n, m, &alen) == Q_APPROX)
		{
			m += alen;
			about = true;
		}
		/*
		 * the unit on the first end only is a change and the level it
		 * reached: "up 5% to 120", "rose 18p to 2,589" (not "$2 to 3 million")
		 */
		if (m < n && read_number(text, atoms, n, m, &r2) && cp_quantity_is_point(&r2.num.value) &&
			cp_quantity_is_point(&r->num.value) && r2.num.ordinal == r->num.ordinal &&
			(!percent_twice || (r2.end < n && is_percent_atom(text, &atoms[r2.end]))) &&
			!(op == Q_NONE && r->currency && !r2.currency && !r2.num.scaled && cp_atom_is(text, &atoms[k], "to")))
		{
			double		lo = r->num.value.lo,
						hi = r2.num.value.lo;

			/*
			 * "between 2 and 3 million": the scale applies to both; not when
			 * the first is more than the second's own digits ("from $300 to
			 * $2 million" is 300 to 2,000,000).  Scale words say the scale:
			 * "three to four hundred" 300 to 400, "three to four hundred
			 * thousand"; of a numeral ("2 to 3bn") its magnitude tells.
			 */
			if (r2.num.scaled && !r->num.scaled && lo < hi)
			{
				double		scale = 1,
							own = 1,
							words = trailing_scale(atoms, &r2);

				if (words > 1)
				{
					if (lo * words <= hi)
						lo *= words;
				}
				else
				{
					while (own < 1e12 && hi / (own * 1000) >= 1)
						own *= 1000;
					while (scale < 1e12 && hi / (scale * 1000) >= lo)
						scale *= 1000;
					if (lo <= hi / own && lo * scale <= hi && lo * scale * 1000 > hi)
						lo *= scale;
				}
			}
			/*
			 * "from" says which end comes first, so a fall is a range too:
			 * "fell from $2,415 to $2,315" spans both, as "rose from" does;
			 * not "from 6.28 and five-year", two figures, nor "from
			 * 10-to-one", odds; "between" names both ends in either order:
			 * "between -16 and -23 degrees" (not clock times: "between 2200
			 * and 0700")
			 */
			if (lo > hi && ((op == Q_FROM && to) || (op == Q_BETWEEN && !zero_led(text, &atoms[r2.start]))))
			{
				hi = lo;
				lo = r2.num.value.lo;
			}
			/*
			 * a score is the range of its numbers, whichever comes first:
			 * "lost 3-0" is [0,3]; only two bare numerals, no scale or
			 * currency ("lose 15-20 mln dlrs" is no score)
			 */
			/*
			 * a third numeral glued on makes a phone number or a code, no
			 * range: "304-399-6500", "1-800-222-8477"
			 */
			if (joined && r2.end < n && atoms[r2.end].type == CP_AT_NUM && atoms[r2.end].hy_inner)
				return false;
			score = joined && r2.end == r->start + 2 && !r->currency && !r2.currency &&
				score_context(text, atoms, n, r->start);
			if (score)
			{
				lo = fmin(r->num.value.lo, r2.num.value.lo);
				hi = fmax(r->num.value.lo, r2.num.value.lo);
				r->ratio = true;	/* like a proportion it counts no one, has no unit */
			}
			if (lo < hi || score)
			{
				cp_quantity_make(lo, hi, CP_Q_LO_INC | CP_Q_HI_INC |
								 (op == Q_APPROX || about ? CP_Q_APPROX : 0), q);
				if (!r->currency)
					r->currency = r2.currency;
				r->num.ordinal = false;
				r->num.end = r2.end;
				k = r2.end;
				op = op == Q_APPROX ? Q_EQ : Q_NONE;	/* the range is approximate already */
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
	*kp = k;
	*opp = op;
	return true;
}
/*
 * What a qualifier after the number qualifies: the number, or a range read
 * before it: "20-30 or so" ~[20,30], its nearer end for a bound ("20 to 30
 * or more" >=20, "20-30 or less" <=30).
 */
static cp_quantity
postfix_base(int pop, const cp_quantity *q, const cp_quantity *num)
{
	if (cp_quantity_is_point(q) || (q->flags & (CP_Q_LO_INF | CP_Q_HI_INF)))
		return *num;
	if (pop == Q_APPROX)
		return *q;
	return cp_quantity_exact(is_lower_op(pop) ? q->lo : q->hi);
}

/* A qualifier after the number: "500 or more", "5,000 or equal to", "10+". */
static void
read_postfix(const char *text, const cp_atom *atoms, size_t n, size_t *kp, int *opp, size_t *s,
			 cp_quantity *q, const num_read *r)
{
	size_t		k = *kp;
	int			op = *opp;

	/* "20-odd people", "some 3,000-odd soldiers": about */
	if ((op == Q_NONE || op == Q_APPROX) && k < n && atoms[k].hy_inner && cp_atom_is(text, &atoms[k], "odd") &&
		cp_quantity_is_point(&r->num.value) && !r->num.ordinal)
	{
		*q = with_op(Q_APPROX, &r->num.value);
		*kp = k + 1;
		*opp = Q_APPROX;
		return;
	}
	if (op == Q_APPROX && cp_quantity_is_point(&r->num.value))
	{
		size_t		plen = 0;
		int			pop = postfix_qualifier(text, atoms, n, k, &plen);

		if (pop != Q_NONE && !(plen == 1 && k + 1 < n && (atoms[k + 1].type == CP_AT_NUM ||
														   lex_cat(&atoms[k + 1]) != CP_LX_NONE)) &&
			!(k + plen < n && atoms[k + plen].hy_inner))
		{
			/* "about five hundred or more": the bound wins over "about" ("about 10 or so" keeps it) */
			*q = with_op(pop, &r->num.value);
			if (pop != Q_APPROX)
				*s = r->start;
			k += plen;
			op = pop;
		}
	}
	else if (op == Q_NONE || op == Q_GT)
	{
		size_t		plen = 0,
					qlen;
		int			pop = Q_NONE;

		if (k < n && atom_char(text, &atoms[k], '+') && !atoms[k].space_before && op == Q_NONE)
			pop = Q_GE, plen = 1;
		else if (k < n && atoms[k].hy_inner && cp_atom_is(text, &atoms[k], "plus") && op == Q_NONE)
			pop = Q_GE, plen = 1;
		else if (op == Q_NONE)
		{
			pop = postfix_qualifier(text, atoms, n, k, &plen);
			/*
			 * "three plus five" is arithmetic, not "three or more"; "10
			 * or more 20" joins two numbers, and "5 km and more than 10
			 * miles" two quantities
			 */
			if (pop != Q_NONE && k + plen < n &&
				(atoms[k + plen].type == CP_AT_NUM ||
				 (plen == 1 ? lex_cat(&atoms[k + 1]) != CP_LX_NONE : starts_number_word(&atoms[k + plen]))))
				pop = Q_NONE;
			if (pop != Q_NONE && plen >= 2 && prefix_qualifier(text, atoms, n, k + 1, &qlen) != Q_NONE)
				pop = Q_NONE;
			/* "3 at most", "two hours at the least"; not "at most places", "at least once" */
			if (pop != Q_NONE && cp_atom_is(text, &atoms[k], "at") && k + plen < n && is_word(&atoms[k + plen]) &&
				!(lex_bits(&atoms[k + plen]) & CP_LB_STOP))
				pop = Q_NONE;
		}
		else
		{
			qual_phrase eqp = {{"or", "equal", "to"}, Q_GE};

			if ((plen = match_phrase(text, atoms, n, k, &eqp)) != 0 &&
				!(k + plen < n && (atoms[k + plen].type == CP_AT_NUM || lex_cat(&atoms[k + plen]) != CP_LX_NONE)))
				pop = Q_GE;
		}
		/* "or so-called": the phrase must end where a word does */
		if (pop != Q_NONE && cp_quantity_is_point(&r->num.value) && !r->num.ordinal &&
			!(k + plen < n && atoms[k + plen].hy_inner))
		{
			cp_quantity base = postfix_base(pop, q, &r->num.value);

			*q = with_op(pop, &base);
			k += plen;
			op = pop;
		}
	}
	*kp = k;
	*opp = op;
}

/*
 * A second bound: "more than 10 and less than 20", "above 40 but below 60",
 * "20 or more and 30 or less".
 * With u, the first bound's unit was read before the "and": the second must
 * carry the same one ("above 40% and below 60%"), and *kp moves past it.
 */
static void
read_second_bound(const char *text, const cp_atom *atoms, size_t n, size_t *kp, int op, cp_quantity *q,
				  const unit_read *u)
{
	size_t		k = *kp;

	size_t		l2 = 0,
				p2 = 0;
	int			op2 = prefix_qualifier(text, atoms, n, k + 1, &l2);
	num_read	r2;
	unit_read	u2;
	bool		num2 = read_number(text, atoms, n, k + 1 + l2, &r2) && cp_quantity_is_point(&r2.num.value);

	/* "20 or more and 30 or less": the second bound after its number (none with a unit between) */
	if (num2 && op2 == Q_NONE && !u && r2.end < n)
	{
		op2 = postfix_qualifier(text, atoms, n, r2.end, &p2);
		if (r2.end + p2 < n && (atoms[r2.end + p2].type == CP_AT_NUM || starts_number_word(&atoms[r2.end + p2])))
			op2 = Q_NONE;
	}
	if (((is_lower_op(op) && is_upper_op(op2)) || (is_upper_op(op) && is_lower_op(op2))) && num2)
	{
		cp_quantity b = with_op(op2, &r2.num.value),
					lowq = is_lower_op(op) ? *q : b,
					highq = is_lower_op(op) ? b : *q;
		cp_quantity c;
		uint8_t		fl = (lowq.flags & CP_Q_LO_INC) | (highq.flags & CP_Q_HI_INC);
		size_t		end = r2.end + p2;

		if (u)
		{
			read_unit(text, atoms, n, r2.end, &r2, &u2);
			if (u2.kind != u->kind || u2.unit_len != u->unit_len || !u->unit ||
				memcmp(u2.unit, u->unit, u->unit_len) != 0)
				return;
			end = u2.end;
		}
		if (cp_quantity_make(lowq.lo, highq.hi, fl, &c) == CP_OK)
		{
			*q = c;
			k = end;
		}
	}
	*kp = k;
}

/* Has u2 the unit u has? */
static bool
same_unit(const unit_read *u, const unit_read *u2)
{
	return u2->kind == u->kind && u2->unit && u2->unit_len == u->unit_len &&
		memcmp(u2->unit, u->unit, u->unit_len) == 0;
}

/*
 * q becomes the range between its value and r2's, whichever is lower first,
 * and *e the end of r2 with its unit u2; false when they are equal.
 */
static bool
range_to(const num_read *r2, const unit_read *u2, cp_quantity *q, size_t *e)
{
	double		lo = q->lo < r2->num.value.lo ? q->lo : r2->num.value.lo,
				hi = q->lo < r2->num.value.lo ? r2->num.value.lo : q->lo;

	if (!(lo < hi) || cp_quantity_make(lo, hi, CP_Q_LO_INC | CP_Q_HI_INC, q) != CP_OK)
		return false;
	*e = u2->end > r2->end ? u2->end : r2->end;
	return true;
}

/*
 * The unit on both ends of a range that "from" or "between" opened: "from
 * 252 miles to 287 miles", "between 3 km and 4 km" (a percent sign is read
 * with the numbers, by read_range).  The second end must be a plain number
 * with the same unit; q becomes the range and *e its end.
 */
static bool
both_ends(const char *text, const cp_atom *atoms, size_t n, int opener, unit_read *u,
		  cp_quantity *q, size_t *e)
{
	size_t		k = u->end;
	num_read	r2;
	unit_read	u2;

	if (!has_unit(u) || u->kind == CP_QK_PERCENT || !u->unit || u->noun != SIZE_MAX || k + 1 >= n ||
		!(atoms[k].type == CP_AT_DASH || cp_atom_is(text, &atoms[k], "to") ||
		  (opener == Q_BETWEEN && cp_atom_is(text, &atoms[k], "and"))) ||
		!read_number(text, atoms, n, k + 1, &r2) || !cp_quantity_is_point(&r2.num.value) ||
		r2.num.ordinal || r2.ratio)
		return false;
	read_unit(text, atoms, n, r2.end, &r2, &u2);
	/* "from 20 degrees to 34 degrees API": the scale after the second is the first's too */
	if (u->kind == CP_QK_MEASURE && u2.kind == CP_QK_MEASURE && u->unit_len == 6 &&
		memcmp(u->unit, "degree", 6) == 0 && u2.end > r2.end && lex_uclass(&atoms[r2.end]) == CP_UC_MEASURE &&
		strcmp(cp_lex_get(atoms[r2.end].lex)->unit, "degree") == 0)
	{
		if (!range_to(&r2, &u2, q, e))
			return false;
		u->unit = u2.unit, u->unit_len = u2.unit_len;
		return true;
	}
	return same_unit(u, &u2) && range_to(&r2, &u2, q, e);
}

/*
 * A change from one level to another with words on the first level
 * between its ends: "plummeted from $36,040 at 10.45pm last night to
 * $34,935", "from $75 U.S. per barrel to $45.88", "dropping from 208 pounds
 * to 193".  The first end has a unit; the second the same unit or none.  At
 * most six atoms between, none that would start another amount or clause
 * ("from $5 and $7 to ...", "from 10%, to ..."); q becomes the range and *e
 * its end.
 */
static bool
change_ends(const char *text, const cp_atom *atoms, size_t n, const num_read *r, const unit_read *u,
			cp_quantity *q, size_t *e)
{
	static const char *const breaks[] = {"from", "and", "or", "but", "than", "between", "while", "whereas",
	"when", "as", "against", "compared", "versus", "vs", NULL};
	size_t		k = u->end > r->end ? u->end : r->end,
				last = k + 6;
	num_read	r2;
	unit_read	u2;

	if (!has_unit(u) || !u->unit)
		return false;
	for (; k < n && k <= last && !cp_atom_is(text, &atoms[k], "to"); k++)
	{
		if (atoms[k].type == CP_AT_PUNCT || atoms[k].type == CP_AT_DASH || atoms[k].type == CP_AT_QUOTE ||
			atoms[k].type == CP_AT_SYMBOL)
			return false;
		if (atom_among(text, &atoms[k], breaks))
			return false;
		/* "from 56.9 pct. Available seat miles increased to ...": a sentence the splitter kept */
		if (k > 0 && (atoms[k].tflags & CP_TF_CAPITALIZED) &&
			memchr(text + atoms[k - 1].start + atoms[k - 1].len - 1, '.',
				   atoms[k].start - (atoms[k - 1].start + atoms[k - 1].len - 1)))
			return false;
	}
	if (k + 1 >= n || k > last || atoms[k].hy_inner ||
		!read_number(text, atoms, n, k + 1, &r2) || !cp_quantity_is_point(&r2.num.value) ||
		r2.num.ordinal || r2.ratio || (r2.digits_only && year_numeral(&atoms[r2.start])))
		return false;
	read_unit(text, atoms, n, r2.end, &r2, &u2);
	/* "from 25.0 mln dlrs to 20.0": the scale left out of the second end is not guessed */
	if (r->num.scaled && !r2.num.scaled && u2.kind == CP_QK_NUMBER && r2.num.value.lo != 0)
		return false;
	if (!(u2.kind == CP_QK_NUMBER && !r2.currency) && !same_unit(u, &u2))
		return false;
	return range_to(&r2, &u2, q, e);
}

/*
 * Read one quantity phrase at atoms[i].  On success fills the span
 * [*s, *e), the value and the unit, and returns true.
 */
bool
read_quantity(const char *text, const cp_atom *atoms, size_t n, size_t i, size_t *s, size_t *e,
			  cp_quantity *q, unit_read *u, num_read *r)
{
	size_t		qlen = 0,
				j = i,
				k;
	int			op = prefix_qualifier(text, atoms, n, i, &qlen),
				opener,			/* "from" or "between", which a unit on both ends may need */
				op2;
	cp_quantity range;			/* a range a bound was put on, when bounded */
	bool		bounded = false,
				inner = false,	/* a qualifier after "from" ("from up to 252 miles to ...") */
				about = false,	/* "roughly between 20 and 30", "from about 20": an approximate range */
				hedged = false; /* "at least an estimated 5 million": a bound on a rough figure */
	size_t		l2 = 0;

	if (op == Q_APPROX &&
		((op2 = prefix_qualifier(text, atoms, n, i + qlen, &l2)) == Q_BETWEEN || op2 == Q_FROM))
	{
		op = op2;
		qlen += l2;
		about = true;
	}
	opener = op;
	if (op != Q_NONE)
	{
		j = i + qlen;
		if (op == Q_BETWEEN && j < n && cp_atom_is(text, &atoms[j], "the"))
			j++;
		if ((op == Q_FROM || op == Q_BETWEEN) && !read_number(text, atoms, n, j, r))
		{
			op2 = prefix_qualifier(text, atoms, n, j, &l2);
			if (op2 == Q_APPROX)
				about = true;
			else if (op == Q_BETWEEN || op2 == Q_NONE || op2 == Q_FROM || op2 == Q_BETWEEN)
				return false;
			else
				inner = true;
			j += l2;
		}
		/*
		 * a bound then an approximator: "at least an estimated", "within
		 * about"; the bound wins.  A lone "over"/"under" there is a
		 * preposition ("over about three weeks", "got under nearly two years
		 * ago"), "up to" mostly a verb's particle ("pushed ... up to around 59 pct")
		 */
		else if ((is_lower_op(op) || is_upper_op(op)) && !read_number(text, atoms, n, j, r) &&
				 !(qlen == 1 && (cp_atom_is(text, &atoms[i], "over") || cp_atom_is(text, &atoms[i], "under"))) &&
				 !cp_atom_is(text, &atoms[i], "up") &&
				 prefix_qualifier(text, atoms, n, j, &l2) == Q_APPROX)
		{
			j += l2;
			hedged = true;
		}
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
		if (op == Q_NONE)
			*s = r->start;
	}

	if (op != Q_BETWEEN && op != Q_FROM && k + 1 < n && !r->num.ordinal && cp_quantity_is_point(q))
		read_ratio(text, atoms, n, &k, q, r);
	/* ranges of ratios ("1 in 20-30") are not read */
	if (!r->ratio && (op == Q_BETWEEN || op == Q_FROM || op == Q_NONE || op == Q_APPROX))
	{
		if (!read_range(text, atoms, n, &k, &op, s, q, r))
			return false;
	}
	else if (!r->ratio && (is_lower_op(op) || is_upper_op(op)) && !r->currency && k < n &&
			 (atoms[k].type == CP_AT_DASH || atoms[k].hy_inner || cp_atom_is(text, &atoms[k], "to")) &&
			 !(r->digits_only && atoms[r->start].plain_int && atoms[r->start].ndigits == 4))
	{
		/*
		 * A bound on a range bounds its nearer end: "up to 3-4 million"
		 * <=4000000; not an amount with its own sign or unit, which a
		 * level may follow ("lost more than $2 to $43.25"), nor a year
		 */
		size_t		k2 = k,
					s2 = *s;
		int			op2 = Q_NONE;
		num_read	r2 = *r;

		range = *q;
		if (read_range(text, atoms, n, &k2, &op2, &s2, &range, &r2) && k2 > k &&
			!cp_quantity_is_point(&range))
		{
			bounded = true;
			k = k2;
			*r = r2;
			*q = cp_quantity_exact(is_lower_op(op) ? range.lo : range.hi);
		}
	}
	if (op != Q_NONE && op != Q_EQ)
		*q = with_op(op, q);

	read_postfix(text, atoms, n, &k, &op, s, q, r);
	if ((is_lower_op(op) || is_upper_op(op)) && k + 1 < n &&
		(cp_atom_is(text, &atoms[k], "and") || cp_atom_is(text, &atoms[k], "but")))
		read_second_bound(text, atoms, n, &k, op, q, NULL);

	read_unit(text, atoms, n, k, r, u);
	*e = u->end > k ? u->end : k;
	if (op == Q_NONE && (opener == Q_FROM || opener == Q_BETWEEN) && cp_quantity_is_point(q) &&
		(both_ends(text, atoms, n, opener, u, q, e) ||
		 (opener == Q_FROM && !inner && change_ends(text, atoms, n, r, u, q, e))))
		*s = i;
	else if (inner)
		return false;			/* no range: the qualifier is read with its number */
	/* "repaid over 20 to 30 years": over a period is during it */
	if (bounded && u->kind == CP_QK_DURATION && cp_atom_is(text, &atoms[i], "over"))
	{
		*q = range;
		op = Q_NONE;
	}
	/* still one-sided, and a unit between: "above 40% and below 60%" */
	if ((is_lower_op(op) || is_upper_op(op)) && (q->flags & (CP_Q_LO_INF | CP_Q_HI_INF)) && *e > k &&
		has_unit(u) && *e + 1 < n &&
		(cp_atom_is(text, &atoms[*e], "and") || cp_atom_is(text, &atoms[*e], "but")))
		read_second_bound(text, atoms, n, e, op, q, u);
	/* the qualifier after the unit or the counted noun: "5% or less", "50 people or more" */
	if (op == Q_NONE && cp_quantity_is_point(q) && !r->num.ordinal && !r->ratio)
	{
		size_t		at = u->noun != SIZE_MAX ? u->noun + 1 : *e;

		/*
		 * "or ...", "at ..." or "and ..."; there "plus" adds ("108 pct
		 * plus interest"), and after a noun "and" joins another ("27,000
		 * conversations and over 70 ...")
		 */
		if (at > k && at < n && (cp_atom_is(text, &atoms[at], "or") || cp_atom_is(text, &atoms[at], "at") ||
								 (u->noun == SIZE_MAX && cp_atom_is(text, &atoms[at], "and"))))
		{
			read_postfix(text, atoms, n, &at, &op, s, q, r);
			if (op != Q_NONE)
				*e = at;
		}
	}
	if (about)
	{
		/* no range: the approximator is read with its number alone */
		if (cp_quantity_is_point(q) || (q->flags & (CP_Q_LO_INF | CP_Q_HI_INF)))
			return false;
		q->flags |= CP_Q_APPROX;
	}
	if (hedged)
		q->flags |= CP_Q_APPROX;
	r->op = op;
	return true;
}

/*
 * Where a conversion of the quantity just read may start, with the
 * qualifier it carries over: "more than 100 kilometers (60 miles)", "just
 * under 296 hp (224 kW / 300 PS)".  SIZE_MAX when none may.
 */
static size_t
conversion_start(const char *text, const cp_atom *atoms, size_t n, size_t e, int op,
				 const unit_read *u, bool in_conversion)
{
	if (op == Q_NONE || op == Q_EQ || op == Q_BETWEEN || op == Q_FROM || e >= n || !has_unit(u))
		return SIZE_MAX;
	if (atom_char(text, &atoms[e], '(') || (in_conversion && atom_char(text, &atoms[e], '/')))
		return e + 1;
	return SIZE_MAX;
}

/* Extract from one sentence's atoms. */
static void
extract_atoms(cp_arena *arena, const char *text, const cp_atom *atoms, size_t n, int sentence,
			  cp_vec *out)
{
	size_t		i = 0,
				after = SIZE_MAX,	/* the atom after the last amount (and its noun or ")") */
				conversion = SIZE_MAX;	/* where a conversion of it would start */
	int			conversion_op = Q_NONE;

	while (i < n)
	{
		const cp_atom *a = &atoms[i];
		size_t		s,
					e;
		cp_quantity q;
		unit_read	u;
		num_read	r;

		/* cheap filter: only numerals, number words, qualifiers and signs start a quantity */
		if (!(a->type == CP_AT_NUM || a->type == CP_AT_SYMBOL ||
			  (a->type == CP_AT_DASH && i + 1 < n &&
			   (atoms[i + 1].type == CP_AT_NUM || atoms[i + 1].type == CP_AT_SYMBOL)) ||
			  (a->type == CP_AT_WORD && a->lex >= 0 &&
			   (cp_lex_get(a->lex)->cat != CP_LX_NONE || (cp_lex_get(a->lex)->bits & CP_LB_QUAL) ||
				(a->len <= 3 && cp_lex_get(a->lex)->uclass == CP_UC_CURRENCY))) ||
			  (a->type == CP_AT_WORD && a->len <= 2 && i + 1 < n && !atoms[i + 1].space_before &&
			   atom_char(text, &atoms[i + 1], '$'))))
		{
			i++;
			continue;
		}
		if (!read_quantity(text, atoms, n, i, &s, &e, &q, &u, &r))
		{
			i++;
			continue;
		}
		if (cp_quantity_excluded(text, atoms, n, r.start, r.end, &r, &u))
		{
			i = r.end > i ? r.end : i + 1;
			continue;
		}
		shared_unit(text, atoms, n, e, &q, &r, &u);

		/*
		 * "$120m over eight years", "9.5 pct over two years": right after an
		 * amount, "over" a period is "during" it, not "more than", so the
		 * period is exact ("for over 48 years", "took over 10 hours" stay
		 * lower bounds).
		 */
		if (i == after && u.kind == CP_QK_DURATION && r.start == i + 1 && cp_atom_is(text, a, "over") &&
			cp_quantity_is_point(&r.num.value))
		{
			cp_quantity more = with_op(Q_GT, &r.num.value);

			if (cp_quantity_cmp(&more, &q) == 0)
			{
				s = r.start;
				q = r.num.value;
			}
		}
		if (s == conversion && r.op == Q_NONE && cp_quantity_is_point(&q) && has_unit(&u))
			q = with_op(r.op = conversion_op, &q);
		emit(arena, out, atoms, s, e, &q, &u, &r, sentence);
		conversion = conversion_start(text, atoms, n, e, r.op, &u, s == conversion);
		conversion_op = r.op;
		i = e > i ? e : i + 1;
		after = SIZE_MAX;
		if (u.kind != CP_QK_ORDINAL)
		{
			after = u.noun != SIZE_MAX && u.noun >= i ? u.noun + 1 : i;
			if (after < n && atom_char(text, &atoms[after], ')'))
				after++;
		}
	}
}

void
cp_quantities_in_sentence(cp_arena *arena, const char *text, const cp_sentence *sent,
						  cp_quantity_atoms *buf, cp_vec *out)
{
	size_t		na;
	bool		any = false;

	for (size_t t = 0; t < sent->ntokens && !any; t++)
		any = cp_token_may_start_number(text, &sent->tokens[t]);
	if (!any)
		return;
	if (CP_ATOMS_FOR(sent->ntokens) > buf->cap)
	{
		buf->cap = CP_ATOMS_FOR(sent->ntokens) * 2;
		buf->atoms = cp_arena_alloc(arena, buf->cap * sizeof(cp_atom));
	}
	na = cp_atomize(text, sent->tokens, sent->ntokens, buf->atoms);
	read_metres(text, buf->atoms, na);
	extract_atoms(arena, text, buf->atoms, na, sent->n, out);
}

cp_status
cp_extract_quantities(cp_doc *doc, cp_vec *out)
{
	cp_quantity_atoms buf = {NULL, 0};
	cp_doc_walk w;
	cp_sentence sent;

	cp_doc_walk_init(&w, doc);
	while (cp_doc_walk_next(&w, &sent))
	{
		cp_check_interrupts();
		cp_quantities_in_sentence(doc->arena, doc->text, &sent, &buf, out);
	}
	return CP_OK;
}

/* Only . , ; : ! ? and the ellipsis character in s[0..len)? */
static bool
is_sentence_punct(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
	{
		if (len - i >= 3 && memcmp(s + i, "\xe2\x80\xa6", 3) == 0)
			i += 2;
		else if (!strchr(".,;:!?", s[i]) || s[i] == '\0')
			return false;
	}
	return true;
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
	/*
	 * Trailing sentence punctuation does not matter; any other symbol does,
	 * bytes that are not UTF-8 included, as a letter would.
	 */
	while (nt > 0 && toks[nt - 1].kind == CP_TOK_PUNCT &&
		   is_sentence_punct(text + toks[nt - 1].start, toks[nt - 1].len))
		nt--;
	if (nt == 0)
		return CP_ERR_SYNTAX;
	atoms = cp_arena_alloc(arena, CP_ATOMS_FOR(nt) * sizeof(cp_atom));
	na = cp_atomize(text, toks, nt, atoms);
	read_metres(text, atoms, na);
	if (!read_quantity(text, atoms, na, 0, &s, &e, out, &u, &r))
		return CP_ERR_SYNTAX;
	read_compound(text, atoms, na, &r, out, &u, &e);
	/* "one in five adults": the noun a proportion is of may follow */
	if (r.ratio && e < na)
	{
		num_read	whole = r;
		unit_read	of;

		whole.ratio = false;
		read_unit(text, atoms, na, e, &whole, &of);
		if (of.kind == CP_QK_COUNT)
			e = of.noun + 1;
	}
	/* a unit or counted noun may follow; nothing else */
	if (u.noun != SIZE_MAX && u.noun + 1 > e)
		e = u.noun + 1;
	if (e != na)
		return CP_ERR_SYNTAX;
	return CP_OK;
}
