/*
 * quantities_parts.c: quantities read from more than one number: a measure
 * in parts ("6 feet 2 inches") and a list that shares the unit of its last
 * number ("5 or 6 days", "the 10- and 20-year bonds").
 */
#include "quantities_internal.h"

#include <math.h>
#include <string.h>

/*
 * A measure in two or more units, each part smaller than one of the unit
 * before: "6 feet 2 inches", "5ft 11in", "the 6-foot-2 guard", "3 pounds 4
 * ounces", "2 hours, 1 minute and 39 seconds", "3 dollars 50 cents".  One
 * value in the first unit (6.1666... ft); a part must be below what one of
 * the unit before holds, so "5 feet 20 inches" stays two measures.
 */
static const struct
{
	const char *big,
			   *small;
	double		per;			/* smalls in one big */
}			compound_units[] = {
	{"mile", "yd", 1760}, {"yd", "ft", 3}, {"ft", "inch", 12}, {"m", "cm", 100}, {"kg", "g", 1000},
	{"lb", "oz", 16}, {"GBP", "oz", 16}, {"year", "month", 12}, {"week", "day", 7}, {"day", "hour", 24},
	{"hour", "minute", 60}, {"minute", "second", 60},
	{"USD", "cent", 100}, {"EUR", "cent", 100}, {"AUD", "cent", 100}, {"CAD", "cent", 100},
	{"GBP", "GBX", 100},
};

/*
 * "in" apart as inches after feet: before no word that could go on with the
 * preposition ("5 ft 11 in tall", "in."; not "in the", "in London", "in 2019")
 */
static bool
inches_abbreviation(const char *text, const cp_atom *atoms, size_t n, size_t k)
{
	if (k >= n || !cp_atom_is(text, &atoms[k], "in"))
		return false;
	if (k + 1 >= n || atoms[k + 1].type == CP_AT_PUNCT)
		return true;
	return is_word(&atoms[k + 1]) && !(atoms[k + 1].tflags & CP_TF_CAPITALIZED) &&
		!(lex_bits(&atoms[k + 1]) & CP_LB_STOP) && lex_cat(&atoms[k + 1]) == CP_LX_NONE;
}

/* The entry of compound_units from big to small, or -1. */
static int
compound_entry(const char *big, const char *small)
{
	for (int c = 0; c < (int) (sizeof(compound_units) / sizeof(compound_units[0])); c++)
		if (strcmp(big, compound_units[c].big) == 0 && strcmp(small, compound_units[c].small) == 0)
			return c;
	return -1;
}

/* The unit of a part after one in unit, whose number is r2, its end in *end; NULL when none. */
static const char *
part_unit(const char *text, const cp_atom *atoms, size_t n, bool glued, const char *unit, num_read *r2,
		  size_t *end)
{
	unit_read	u2;
	bool		feet = strcmp(unit, "ft") == 0;

	if (glued)
	{
		/* "6-foot-2": the inches of a height only, and nothing glued after them */
		if (!feet || (r2->end < n && atoms[r2->end].hy_inner))
			return NULL;
		*end = r2->end;
		return "inch";
	}
	if (feet && inches_abbreviation(text, atoms, n, r2->end))
	{
		*end = r2->end + 1;
		return "inch";
	}
	read_unit(text, atoms, n, r2->end, r2, &u2);
	*end = u2.end > r2->end ? u2.end : r2->end;
	return u2.unit && u2.noun == SIZE_MAX && u2.kind != CP_QK_PERCENT ? u2.unit : NULL;
}

/* A cardinal that may start a part: a numeral or a number word ("forty-five cents"; not "a day"). */
static bool
part_starts(const cp_atom *a)
{
	int			cat = lex_cat(a);

	return a->type == CP_AT_NUM || cat == CP_LX_DIGIT || cat == CP_LX_TEEN || cat == CP_LX_TENS;
}

void
read_compound(const char *text, const cp_atom *atoms, size_t n, const num_read *r, cp_quantity *q,
			  unit_read *u, size_t *e)
{
	const char *unit = u->unit;
	double		per = 1,
				add = 0;
	size_t		end = *e;

	if (!(u->kind == CP_QK_MEASURE || u->kind == CP_QK_DURATION || u->kind == CP_QK_MONEY) ||
		!unit || u->noun != SIZE_MAX || r->ratio ||
		!(cp_quantity_is_point(q) || (q->flags & (CP_Q_LO_INF | CP_Q_HI_INF))))
		return;
	for (;;)
	{
		size_t		m = end,
					part_end;
		num_read	r2;
		bool		glued = m < n && atoms[m].hy_inner;
		const char *small;
		int			c;

		if (m < n && atom_char(text, &atoms[m], ',') && !glued)
			m++;
		if (m < n && cp_atom_is(text, &atoms[m], "and") && !glued)
			m++;
		if (m >= n || !part_starts(&atoms[m]) || (glued && m != end) ||
			!read_number(text, atoms, n, m, &r2) || !cp_quantity_is_point(&r2.num.value) ||
			r2.num.ordinal || r2.num.value.lo < 0 ||
			!(small = part_unit(text, atoms, n, glued, unit, &r2, &part_end)) ||
			(c = compound_entry(unit, small)) < 0 || r2.num.value.lo >= compound_units[c].per ||
			(strcmp(small, "oz") == 0 && r->currency))
			break;
		/* "3 pounds 4 ounces": the pounds weigh */
		if (strcmp(small, "oz") == 0)
		{
			u->kind = CP_QK_MEASURE;
			u->unit = "lb";
			u->unit_len = 2;
		}
		per *= compound_units[c].per;
		add += r2.num.value.lo / per;
		unit = small;
		end = part_end;
	}
	if (end == *e)
		return;
	/* the parts add to the bound a qualifier put: "more than 2 hours 30 minutes" */
	cp_quantity_make(q->flags & CP_Q_LO_INF ? 0 : q->lo + add, q->flags & CP_Q_HI_INF ? 0 : q->hi + add,
					 q->flags, q);
	*e = end;
}

/*
 * A bare number before others that end in a unit shares it: "5 or 6 days",
 * "rose 4 and 10 percent", "3, 4 or 5 km", also with hanging hyphens: "10-
 * and 20-year bonds"; not a counted noun ("six or seven people" stays a
 * number and a count), nor past a comma before the "and" or "or", which may
 * join clauses ("freed 5, and 10 days later").  Both ends alike: points,
 * scaled or not, and within ten times each other, since "or" and "and" also
 * join an amount to its share or its sum per share ("aged 30-39 and 14%",
 * "fell 210,000 or 1.5 pct", "a gain of 195,000 or 12 cts per share").
 */
void
shared_unit(const char *text, const cp_atom *atoms, size_t n, size_t e, const cp_quantity *q,
			const num_read *r, unit_read *u)
{
	size_t		j = e,
				s2,
				e2;
	cp_quantity q2;
	unit_read	u2;
	num_read	r2;

	if (u->kind != CP_QK_NUMBER || r->ratio || r->num.ordinal || r->currency || r->op != Q_NONE ||
		!cp_quantity_is_point(q))
		return;
	if (hanging_hyphen(text, atoms, n, j))
		j++;
	while (j + 1 < n && atom_char(text, &atoms[j], ',') && !cp_atom_is(text, &atoms[j + 1], "and") &&
		   !cp_atom_is(text, &atoms[j + 1], "or") && read_number(text, atoms, n, j + 1, &r2) &&
		   !r2.currency && !r2.num.ordinal && r2.end > j + 1)
		j = hanging_hyphen(text, atoms, n, r2.end) ? r2.end + 1 : r2.end;
	if (j + 1 >= n || !(cp_atom_is(text, &atoms[j], "or") || cp_atom_is(text, &atoms[j], "and")) ||
		!read_quantity(text, atoms, n, j + 1, &s2, &e2, &q2, &u2, &r2) || s2 != j + 1 ||
		r2.op != Q_NONE || r2.ratio || r2.currency || !has_unit(&u2) || !cp_quantity_is_point(&q2) ||
		r2.digits_only != r->digits_only || r2.num.scaled != r->num.scaled ||
		fabs(q->lo) > 10 * fabs(q2.lo) || fabs(q2.lo) > 10 * fabs(q->lo))
		return;
	u->kind = u2.kind;
	u->unit = u2.unit;
	u->unit_len = u2.unit_len;
}
