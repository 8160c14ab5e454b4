/*
 * quantities_internal.h: what the parts of the quantity extractor share (not
 * an API).  quantities_unit.c reads what a number counts or measures;
 * quantities.c reads the phrase around it (qualifiers, ranges, ratios),
 * decides what is no quantity, and holds the entry points.
 */
#ifndef CORPUS_QUANTITIES_INTERNAL_H
#define CORPUS_QUANTITIES_INTERNAL_H

#include "calendar.h"
#include "numbers.h"
#include "quantities.h"

typedef struct num_read
{
	size_t		start;			/* first atom (sign or currency included) */
	size_t		end;
	cp_number	num;
	const char *currency;
	bool		digits_only;	/* one numeral, no words */
	bool		ratio;			/* "1 in 20", "two out of five": a ratio, no unit */
	int			op;				/* the qualifier read_quantity() applied (Q_*) */
} num_read;

typedef struct unit_read
{
	int			kind;
	const char *unit;
	size_t		unit_len;
	size_t		end;			/* atom index past the unit words in the mention */
	size_t		noun;			/* counted noun atom, or SIZE_MAX */
} unit_read;

static inline bool
atom_char(const char *text, const cp_atom *a, char c)
{
	return a->len == 1 && text[a->start] == c;
}

/* A currency sign standing alone as an atom: its ISO code, or NULL. */
static inline const char *
currency_symbol(const char *text, const cp_atom *a)
{
	size_t		n = 0;
	const char *iso;

	if (a->type != CP_AT_SYMBOL)
		return NULL;
	iso = cp_currency_sign(text + a->start, a->len, &n);
	return iso && n == a->len ? iso : NULL;
}

static inline bool
is_word(const cp_atom *a)
{
	return a->type == CP_AT_WORD;
}

/* Is atom a one of words (lower case, NULL-terminated), in any case? */
static inline bool
atom_among(const char *text, const cp_atom *a, const char *const *words)
{
	for (; *words; words++)
		if (cp_atom_is(text, a, *words))
			return true;
	return false;
}

static inline int
lex_cat(const cp_atom *a)
{
	return (a->type == CP_AT_WORD && a->lex >= 0) ? cp_lex_get(a->lex)->cat : CP_LX_NONE;
}

static inline int
lex_uclass(const cp_atom *a)
{
	return (a->type == CP_AT_WORD && a->lex >= 0) ? cp_lex_get(a->lex)->uclass : CP_UC_NOUNIT;
}

static inline uint16_t
lex_bits(const cp_atom *a)
{
	return (a->type == CP_AT_WORD && a->lex >= 0) ? cp_lex_get(a->lex)->bits : 0;
}

/* "0958", "0700": a numeral with a leading zero is a code or a clock time */
static inline bool
zero_led(const char *text, const cp_atom *a)
{
	return a->type == CP_AT_NUM && a->plain_int && a->ndigits >= 2 && text[a->start] == '0';
}

static inline bool
is_month(const char *text, const cp_atom *a)
{
	if (a->type != CP_AT_WORD || a->len < 3)
		return false;
	/* "may" and "march" are months only when capitalized */
	if (!(a->tflags & CP_TF_CAPITALIZED))
		return false;
	return cp_month_from_name(text + a->start, a->len) != 0;
}

/* The qualifier a number is read with: none, comparisons, "about", "between", "from", "equal to". */
enum
{
	Q_NONE, Q_GT, Q_GE, Q_LT, Q_LE, Q_APPROX, Q_BETWEEN, Q_FROM, Q_EQ
};

/* A numeral that reads as a year: four plain digits from 1800 to 2100 ("in 2014"). */
static inline bool
year_numeral(const cp_atom *a)
{
	return a->type == CP_AT_NUM && a->plain_int && a->ndigits == 4 && a->value >= 1800 && a->value <= 2100;
}

/*
 * A hyphen left hanging after a number for a word later in a list: the
 * first of "10- and 20-year bonds", "four-, five- and six-cylinder".
 */
static inline bool
hanging_hyphen(const char *text, const cp_atom *atoms, size_t n, size_t k)
{
	return k + 1 < n && k > 0 && atoms[k].type == CP_AT_DASH && atom_char(text, &atoms[k], '-') &&
		!atoms[k].space_before && atoms[k - 1].type != CP_AT_DASH &&
		(atoms[k + 1].space_before || atom_char(text, &atoms[k + 1], ','));
}

/* Does the amount carry a unit: money, percent, a measure or a duration (not a count)? */
static inline bool
has_unit(const unit_read *u)
{
	return u->kind == CP_QK_MONEY || u->kind == CP_QK_PERCENT || u->kind == CP_QK_MEASURE ||
		u->kind == CP_QK_DURATION;
}

/* quantities_qualifier.c */

/* A phrase of words and the qualifier it reads as. */
typedef struct qual_phrase
{
	const char *words[6];
	int			op;
} qual_phrase;

/* Length in atoms of phrase p at atoms[i], or 0. */
size_t		match_phrase(const char *text, const cp_atom *atoms, size_t n, size_t i,
						 const qual_phrase *p);

/* A number word other than "a" or "and": "five", "hundred", "dozens". */
bool		starts_number_word(const cp_atom *a);

/* The qualifier before the number at atoms[i] (Q_NONE if none); *len its atoms. */
int			prefix_qualifier(const char *text, const cp_atom *atoms, size_t n, size_t i, size_t *len);

/* The qualifier after the number, starting at atoms[k] (Q_NONE if none); *len its atoms. */
int			postfix_qualifier(const char *text, const cp_atom *atoms, size_t n, size_t k, size_t *len);

/* quantities_excluded.c: is the number at atoms[s..e) part of a date, a time, a name or a code? */
bool		cp_quantity_excluded(const char *text, const cp_atom *atoms, size_t n, size_t s,
								 size_t e, const num_read *r, const unit_read *u);

/* Is the pair of numerals at atoms[s..s+2) a score beside a result's word ("lost 3-0")? */
bool		score_context(const char *text, const cp_atom *atoms, size_t n, size_t s);

/* quantities.c: the number at atoms[i], and the quantity phrase there (see read_quantity). */
bool		read_number(const char *text, const cp_atom *atoms, size_t n, size_t i, num_read *r);
bool		read_quantity(const char *text, const cp_atom *atoms, size_t n, size_t i, size_t *s, size_t *e,
						  cp_quantity *q, unit_read *u, num_read *r);

/* quantities_parts.c */

/* A measure in parts after the quantity read ("6 feet 2 inches"): folds them into *q, moves *e. */
void		read_compound(const char *text, const cp_atom *atoms, size_t n, const num_read *r, cp_quantity *q,
						  unit_read *u, size_t *e);

/* A bare number ending at atoms[e] before a list that ends in a unit: takes that unit into *u. */
void		shared_unit(const char *text, const cp_atom *atoms, size_t n, size_t e, const cp_quantity *q,
						const num_read *r, unit_read *u);

/* quantities_unit.c */
bool		noun_candidate(const char *text, const cp_atom *a);
bool		plural_noun(const char *text, const cp_atom *a);
bool		adjective_like(const char *text, const cp_atom *a);
void		read_unit(const char *text, const cp_atom *atoms, size_t n, size_t k, const num_read *r,
					  unit_read *u);

/*
 * Figures glued to "m" that name a distance or a size, not millions, read
 * again as metres in place: "the 60m hurdles", "2.5m high", "in the 1500m"
 */
void		read_metres(const char *text, cp_atom *atoms, size_t n);

#endif
