/*
 * numbers.c: number phrases over atoms (cp_number_at); see numbers.h.
 */
#include "numbers_internal.h"

#include <math.h>
#include <string.h>

static int
cat_of(const cp_atom *a)
{
	if (a->type != CP_AT_WORD || a->lex < 0)
		return CP_LX_NONE;
	return cp_num_lexicon[a->lex].cat;
}

static double
lexval(const cp_atom *a)
{
	return cp_num_lexicon[a->lex].value;
}

enum
{
	ST_NONE, ST_DIGIT, ST_TEEN, ST_TENS, ST_HUNDRED, ST_SCALE, ST_NUMERAL, ST_FRACTION
};

bool
cp_ordinal_determiner(const char *text, const cp_atom *a)
{
	static const char *const possessive[] = {"his", "her", "its", "their", "our", "my", "your"};

	if ((a->type == CP_AT_WORD && a->lex >= 0 && (cp_num_lexicon[a->lex].bits & CP_LB_DET)) ||
		(a->tflags & CP_TF_POSSESSIVE))
		return true;
	for (size_t k = 0; k < sizeof(possessive) / sizeof(possessive[0]); k++)
		if (cp_atom_is(text, a, possessive[k]))
			return true;
	return false;
}

/* Is atoms[i] a fraction denominator: an ordinal other than first/second? */
static bool
is_denominator(const cp_atom *atoms, size_t n, size_t i, bool plural_only)
{
	int			c;

	if (i >= n)
		return false;
	c = cat_of(&atoms[i]);
	if (c == CP_LX_ORDPL)
		return lexval(&atoms[i]) >= 3;	/* "firsts" only in "twenty-firsts" */
	return !plural_only && c == CP_LX_ORD && lexval(&atoms[i]) >= 3;
}

/* Does an "and" at i continue the number (a number word or fraction follows)? */
static bool
and_continues(const cp_atom *atoms, size_t n, size_t i)
{
	int			c;

	if (i + 1 >= n || cat_of(&atoms[i]) != CP_LX_AND)
		return false;
	c = cat_of(&atoms[i + 1]);
	if (c == CP_LX_DIGIT || c == CP_LX_TEEN || c == CP_LX_TENS || c == CP_LX_HALF)
		return true;
	if (c == CP_LX_A && i + 2 < n)
	{
		int			c2 = cat_of(&atoms[i + 2]);

		return c2 == CP_LX_HALF || (c2 == CP_LX_ORD && lexval(&atoms[i + 2]) >= 3);
	}
	return atoms[i + 1].type == CP_AT_NUM && atoms[i + 1].sfx == CP_SFX_NONE &&
		(atoms[i + 1].plain_int || atoms[i + 1].fraction) && atoms[i + 1].value > 0;
}

/*
 * Does a proper fraction with a two-word numerator start at k: "fifty-four
 * hundredths", "eleven twentieths", "twenty-five hundredths"?  The part
 * after the "and" of a mixed number ("two and fifty-four hundredths").
 */
static size_t
proper_word_fraction(const cp_atom *atoms, size_t n, size_t k, double *value)
{
	double		num;
	int			c;

	if (k >= n)
		return 0;
	c = cat_of(&atoms[k]);
	if (c != CP_LX_TEEN && c != CP_LX_TENS)
		return 0;
	num = lexval(&atoms[k]);
	k++;
	if (c == CP_LX_TENS && k < n && cat_of(&atoms[k]) == CP_LX_DIGIT && atoms[k].hy_inner)
		num += lexval(&atoms[k]), k++;
	if (k >= n || cat_of(&atoms[k]) != CP_LX_ORDPL || num >= lexval(&atoms[k]))
		return 0;
	*value = num / lexval(&atoms[k]);
	return k;					/* the denominator */
}

/*
 * "1,674,200.5 M", "$5 M": a capital M after a space is million when the
 * numeral is plainly an amount (a point, separators or a currency sign) and
 * the M ends the phrase (the tokenizer keeps a final "M." whole).
 * Lowercase "m" there may be metres, a spaced "B" is a share class or a
 * buyer's price in a table, "K" kelvin.
 */
static bool
spaced_million(const char *text, const cp_atom *atoms, size_t n, size_t j)
{
	const cp_atom *a = &atoms[j],
			   *m = &atoms[j + 1];
	size_t		cn = 0;
	bool		amount = (!a->plain_int && !a->fraction) || a->currency ||
		(j > 0 && atoms[j - 1].type == CP_AT_SYMBOL &&
		 cp_currency_sign(text + atoms[j - 1].start, atoms[j - 1].len, &cn) && cn == atoms[j - 1].len);

	if (!amount || a->sfx != CP_SFX_NONE || m->type != CP_AT_WORD || !m->space_before || text[m->start] != 'M')
		return false;
	if (m->len == 2 && (m->tflags & CP_TF_INITIAL))
		return j + 2 >= n;
	return m->len == 1 &&
		(j + 2 >= n || atoms[j + 2].type == CP_AT_QUOTE ||
		 (atoms[j + 2].type == CP_AT_PUNCT && memchr(".,;:!?)]", text[atoms[j + 2].start], 8)));
}

/* How an atom leaves the number being read. */
typedef enum num_step
{
	STEP_WORD,					/* a number word joined it: the number now ends after it */
	STEP_SKIP,					/* read on, the end unchanged ("a", "and", a numeral) */
	STEP_DONE,					/* the number is complete (ended before it or by a step) */
	STEP_RETURN,				/* *out is filled: an ordinal, a fraction, "half a million" */
} num_step;

/* The state of cp_number_at over one phrase. */
typedef struct num_reader
{
	const char *text;
	const cp_atom *atoms;
	size_t		n;
	size_t		i;				/* the first atom */
	cp_number  *out;
	double		total,
				cur,
				seg_base,		/* total + cur before the last "and" */
				last_scale;
	int			st;				/* ST_* of what was read last */
	size_t		end;			/* atom index just past the number so far */
	bool		any,
				words,
				scaled,
				mixed;			/* a mixed number's fraction is read: "2 1/2" */
} num_reader;

/*
 * Vague quantities: "hundreds", "several hundred", "tens of thousands".
 * 1 when one is read into *out, -1 when the words are no number ("tens"
 * alone), 0 when none starts at atoms[i].
 */
static int
read_vague(const char *text, const cp_atom *atoms, size_t n, size_t i, cp_number *out)
{
	size_t		k = i;
	int			c = cat_of(&atoms[k]);
	double		unit = 0;

	if (c == CP_LX_FEW || (c == CP_LX_A && k + 1 < n && cat_of(&atoms[k + 1]) == CP_LX_FEW))
	{
		k += (c == CP_LX_A) ? 2 : 1;
		if (k < n && (cat_of(&atoms[k]) == CP_LX_HUNDRED || cat_of(&atoms[k]) == CP_LX_SCALE ||
					  cat_of(&atoms[k]) == CP_LX_DOZEN || cat_of(&atoms[k]) == CP_LX_VAGUE))
			unit = lexval(&atoms[k]), k++;
	}
	else if (c == CP_LX_VAGUE)
		unit = lexval(&atoms[k]), k++;
	if (unit > 0)
	{
		/* "tens/hundreds of thousands": a second vague scale */
		if (k + 1 < n && cp_atom_is(text, &atoms[k], "of") &&
			(cat_of(&atoms[k + 1]) == CP_LX_VAGUE || cat_of(&atoms[k + 1]) == CP_LX_SCALE) &&
			lexval(&atoms[k + 1]) >= 1000 && lexval(&atoms[k + 1]) > unit)
		{
			unit *= lexval(&atoms[k + 1]);
			k += 2;
		}
		if (unit == 10)
			return -1;	/* "tens" alone is not a number */
		cp_quantity_make(2 * unit, 10 * unit, CP_Q_LO_INC, &out->value);
		out->end = k;
		out->words = true;
		out->vague = true;
		return 1;
	}
	return 0;
}

/* A numeral: "3", "1.25", "2m", "3rd" (an ordinal), "2 1/2", "$5 M". */
static num_step
numeral_step(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	const cp_atom *a = &atoms[j];
	const char *text = r->text;
	cp_number  *out = r->out;
	size_t		n = r->n;
	size_t		i = r->i;

	/* the fraction of a mixed number, read with its whole */
	if (r->mixed && j + 1 == r->end)
		return STEP_SKIP;
	if (a->sfx == CP_SFX_ORDINAL)
	{
		if (r->st != ST_NONE)
			return STEP_DONE;
		out->value = cp_quantity_exact(a->value);
		out->ordinal = true;
		out->end = j + 1;
		return STEP_RETURN;
	}
	if (r->st == ST_NONE)
		r->cur = a->value;
	else if ((r->st == ST_SCALE || (r->st == ST_HUNDRED && j > i && cat_of(&atoms[j - 1]) == CP_LX_AND)) &&
			 a->sfx == CP_SFX_NONE && a->plain_int &&
			 a->value < (r->st == ST_SCALE ? r->last_scale : 100))
		r->cur += a->value;
	else
		return STEP_DONE;
	r->st = ST_NUMERAL;
	r->any = true;
	r->end = j + 1;
	if (a->sfx == CP_SFX_SCALE)
		r->scaled = true;
	if (j == i && j + 1 < n && spaced_million(text, atoms, n, j))
	{
		r->cur *= 1e6;
		r->end = j + 2;
		r->scaled = true;
		return STEP_DONE;
	}
	/* "2 1/2", "1 ¾": a mixed number; a scale may follow ("2 1/2 million") */
	if (a->plain_int && a->sfx == CP_SFX_NONE && j + 1 < n && atoms[j + 1].type == CP_AT_NUM &&
		atoms[j + 1].fraction && atoms[j + 1].value < 1 && atoms[j + 1].value > 0 &&
		r->st == ST_NUMERAL && j == i)
	{
		r->cur += atoms[j + 1].value;
		r->end = j + 2;
		r->mixed = true;
		return STEP_SKIP;
	}
	/* "½ million": a fraction as the first numeral may take a scale too */
	if (a->sfx != CP_SFX_NONE || (a->fraction && j > i))
		return STEP_DONE;
	return STEP_SKIP;
}

/* Punctuation and symbols: only a spaced dash inside "fifty - two", "five - eighths". */
static num_step
other_step(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	const cp_atom *a = &atoms[j];
	size_t		n = r->n;

	/* "fifty - two": a spaced dash inside a compound number */
	if (a->type == CP_AT_DASH && r->st == ST_TENS && j + 1 < n &&
		cat_of(&atoms[j + 1]) == CP_LX_DIGIT)
		return STEP_SKIP;
	/* "five - eighths" */
	if (a->type == CP_AT_DASH && r->st == ST_DIGIT && is_denominator(atoms, n, j + 1, false))
		return STEP_SKIP;
	return STEP_DONE;
}

/* "one" .. "nine": alone, or the units after a tens word, "hundred" or a scale. */
static num_step
digit_word(num_reader *r, size_t j)
{
	const cp_atom *a = &r->atoms[j];

	if (!(r->st == ST_NONE || r->st == ST_TENS || r->st == ST_HUNDRED || r->st == ST_SCALE))
		return STEP_DONE;
	if (r->st == ST_TENS && fmod(r->cur, 10) != 0)
		return STEP_DONE;
	r->cur += lexval(a);
	r->st = ST_DIGIT;
	return STEP_WORD;
}

/* "ten" .. "nineteen", "twenty" .. "ninety" (c tells which); or a compound denominator. */
static num_step
tens_word(num_reader *r, size_t j, int c)
{
	const cp_atom *atoms = r->atoms;
	const cp_atom *a = &atoms[j];
	size_t		n = r->n;

	/*
	 * "one twenty-fifth", "three twenty-firsts", "four thirty
	 * sevenths": a compound denominator after a small numerator (a
	 * digit word is not followed by a tens word in a cardinal, so a
	 * plural denominator needs no hyphen).  A tens word and a plural
	 * unit ordinal side by side are one denominator after "hundred"
	 * or a scale too: "one hundred thirty fifths" is 100/35.  Right
	 * after the "and" of a mixed number the whole is the numerator
	 * instead (see the ordinal case): "one hundred and thirty
	 * fifths" is 130/5.
	 */
	if (c == CP_LX_TENS && j + 1 < n &&
		((cat_of(&atoms[j + 1]) == CP_LX_ORDPL &&
		  (r->st == ST_DIGIT || ((r->st == ST_HUNDRED || r->st == ST_SCALE) &&
							  cat_of(&atoms[j - 1]) != CP_LX_AND))) ||
		 (cat_of(&atoms[j + 1]) == CP_LX_ORD && atoms[j + 1].hy_inner && r->st == ST_DIGIT)) &&
		lexval(&atoms[j + 1]) < 10)
	{
		double		grp = r->total + r->cur - r->seg_base;

		r->total = 0;
		r->cur = r->seg_base + grp / (lexval(a) + lexval(&atoms[j + 1]));
		r->any = true;
		r->words = true;
		r->end = j + 2;
		r->st = ST_FRACTION;
		return STEP_DONE;
	}
	if (!(r->st == ST_NONE || r->st == ST_HUNDRED || r->st == ST_SCALE))
		return STEP_DONE;
	if (r->st == ST_HUNDRED && fmod(r->cur, 100) != 0)
		return STEP_DONE;
	r->cur += lexval(a);
	r->st = c == CP_LX_TEEN ? ST_TEEN : ST_TENS;
	return STEP_WORD;
}

/* "hundred": "a hundred", "nineteen hundred", "3 hundred". */
static num_step
hundred_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	size_t		i = r->i;

	if (r->st == ST_NONE || r->st == ST_HUNDRED || r->st == ST_SCALE || r->st == ST_FRACTION)
	{
		/* "a hundred" */
		if (!(r->st == ST_NONE && j > i && cat_of(&atoms[j - 1]) == CP_LX_A))
			return STEP_DONE;
		r->cur = 1;
	}
	if (r->cur >= 100)
		return STEP_DONE;
	{
		double		lowpart = fmod(r->cur, 100);

		/* "nineteen hundred", "3 hundred", "2.12 hundred" */
		r->cur = (r->cur - lowpart) + lowpart * 100;
	}
	r->st = ST_HUNDRED;
	r->scaled = true;
	return STEP_WORD;
}

/* "thousand", "million", "bn", "lakh" ... */
static num_step
scale_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	const cp_atom *a = &atoms[j];
	size_t		i = r->i;

	/*
	 * A larger scale after a smaller one multiplies the whole
	 * number: "three lakh crore" (3e12), "two thousand five hundred
	 * crore", "a thousand million".  "five million million" and
	 * "thousand thousand" stop.
	 */
	if (lexval(a) >= r->last_scale && isfinite(r->last_scale) &&
		(r->st == ST_SCALE || r->st == ST_HUNDRED || r->st == ST_DIGIT || r->st == ST_TEEN ||
		 r->st == ST_TENS) && r->total + r->cur < lexval(a) && r->total + r->cur > 0 &&
		!(j > i && cat_of(&atoms[j - 1]) == CP_LX_AND))
	{
		r->total = (r->total + r->cur) * lexval(a);
		r->cur = 0;
		r->last_scale = lexval(a);
		r->st = ST_SCALE;
		r->scaled = true;
		return STEP_WORD;
	}
	if (lexval(a) >= r->last_scale)
		return STEP_DONE;
	if (r->st == ST_NONE)
	{
		if (!(j > i && cat_of(&atoms[j - 1]) == CP_LX_A))
			return STEP_DONE;
		r->cur = 1;
	}
	else if (r->st == ST_SCALE)
		return STEP_DONE;
	r->total += r->cur * lexval(a);
	r->cur = 0;
	r->last_scale = lexval(a);
	r->st = ST_SCALE;
	r->scaled = true;
	return STEP_WORD;
}

/* "dozen", and "dozens" after a number. */
static num_step
dozen_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	size_t		i = r->i;

	if (r->st == ST_NONE)
	{
		if (!(j > i && cat_of(&atoms[j - 1]) == CP_LX_A))
			return STEP_DONE;
		r->cur = 1;
	}
	else if (r->st == ST_SCALE)
		return STEP_DONE;
	/* "three hundred and two dozens": the dozen takes the last group */
	{
		double		grp = r->total + r->cur - r->seg_base;

		r->cur = (r->seg_base - r->total) + grp * 12;
	}
	r->st = ST_SCALE;
	r->last_scale = 12;
	return STEP_WORD;
}

/* The article "a" inside a number. */
static num_step
a_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	const char *text = r->text;
	cp_number  *out = r->out;
	size_t		n = r->n;

	/* "a" only opens "a hundred", "a dozen", "a million", "a half", "a fifth" */
	if (r->st != ST_NONE || j + 1 >= n)
		return STEP_DONE;
	{
		int			c2 = cat_of(&atoms[j + 1]);

		/* "a twenty-first" alone: one twenty-first */
		if (c2 == CP_LX_TENS && j + 2 < n && atoms[j + 2].hy_inner &&
			cat_of(&atoms[j + 2]) == CP_LX_ORD && lexval(&atoms[j + 2]) < 10 &&
			(j + 3 >= n || atoms[j + 3].type != CP_AT_WORD || cp_atom_is(text, &atoms[j + 3], "of")))
		{
			out->value = cp_quantity_exact(1.0 / (lexval(&atoms[j + 1]) + lexval(&atoms[j + 2])));
			out->end = j + 3;
			out->words = true;
			return STEP_RETURN;
		}
		if (!(c2 == CP_LX_HUNDRED || c2 == CP_LX_SCALE || c2 == CP_LX_DOZEN))
		{
			if ((c2 == CP_LX_ORD && lexval(&atoms[j + 1]) >= 3) || c2 == CP_LX_HALF)
			{
				/*
				 * "a third of", "a fifth": a fraction when no noun follows; "a
				 * quarter" also before a unit it divides ("a quarter percentage
				 * point", "a quarter mile"), where "a third year" stays an ordinal
				 */
				size_t		k = j + 2;

				if (c2 == CP_LX_HALF || k >= n || atoms[k].type != CP_AT_WORD ||
					cp_atom_is(text, &atoms[k], "of") || cat_of(&atoms[k]) == CP_LX_SCALE ||
					(cp_atom_is(text, &atoms[j + 1], "quarter") && atoms[k].lex >= 0 &&
					 (cp_lex_get(atoms[k].lex)->uclass == CP_UC_PERCENT ||
					  cp_lex_get(atoms[k].lex)->uclass == CP_UC_MEASURE ||
					  cp_lex_get(atoms[k].lex)->uclass == CP_UC_DURATION)))
				{
					double		f = c2 == CP_LX_HALF ? 0.5 : 1.0 / lexval(&atoms[j + 1]);

					/* "half a million", "a quarter million" */
					if (k < n && cat_of(&atoms[k]) == CP_LX_SCALE)
						f *= lexval(&atoms[k]), k++;
					out->value = cp_quantity_exact(f);
					out->end = k;
					out->words = true;
					return STEP_RETURN;
				}
			}
			return STEP_DONE;
		}
	}
	r->words = true;
	return STEP_SKIP;		/* "a" is not the r->end of the number */
}

/* "half": alone or of a scale ("half a million"); where a number starts, or after "one". */
static num_step
half_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	cp_number  *out = r->out;
	size_t		n = r->n;

	/* "one half", "one-half million": the "one" is a numerator, as in "one third" */
	if (r->st == ST_NONE || (r->st == ST_DIGIT && j == r->i + 1 && r->cur == 1))
	{
		/* "half a dozen", "half a million", "half million", "half" */
		size_t		k = j + 1;
		double		f = 0.5;

		if (k < n && cat_of(&atoms[k]) == CP_LX_A)
			k++;
		if (k < n && (cat_of(&atoms[k]) == CP_LX_SCALE || cat_of(&atoms[k]) == CP_LX_DOZEN ||
					  cat_of(&atoms[k]) == CP_LX_HUNDRED))
			f *= lexval(&atoms[k]), k++;
		else
			k = j + 1;
		out->value = cp_quantity_exact(f);
		out->end = k;
		out->words = true;
		return STEP_RETURN;
	}
	return STEP_DONE;
}

/*
 * Does the singular ordinal at j end a cardinal in words, the whole an
 * ordinal (then read into r->out)?  After "hundred" or a scale the low
 * part is ordinal: "one hundred (and) fifth" 105, "two thousand and
 * first"; without the "and" only after "hundred", and not "first" or
 * "second", which may start what is counted ("a thousand first
 * responders", "one hundred second").  After "the" or a possessive a
 * scale ordinal multiplies the group before it: "the two millionth
 * visitor" 2000000, "its one hundredth birthday" 100; without one, or with
 * "of" after it, it is a fraction ("one hundredth of a second") or ends
 * the number before it ("two millionth", as Recognizers-Text reads it).
 * A hyphen after the word makes it part of an adjective ("two million and
 * first-half").
 */
static bool
ordinal_ending(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	const cp_atom *a = &atoms[j];
	const char *text = r->text;
	double		v = lexval(a);
	bool		after_and = cat_of(&atoms[j - 1]) == CP_LX_AND;

	if (cp_atom_is(text, a, "quarter") || (j + 1 < r->n && atoms[j + 1].hy_inner))
		return false;
	if (v >= 100)
	{
		if (!(r->st == ST_DIGIT || r->st == ST_TEEN || r->st == ST_TENS || r->st == ST_HUNDRED) ||
			after_and || r->cur >= v || (j + 1 < r->n && cp_atom_is(text, &atoms[j + 1], "of")) ||
			!(r->i > 0 && cat_of(&atoms[r->i - 1]) != CP_LX_A && cp_ordinal_determiner(text, &atoms[r->i - 1])))
			return false;
		r->out->value = cp_quantity_exact(r->total + r->cur * v);
	}
	else
	{
		if (!((r->st == ST_HUNDRED && fmod(r->cur, 100) == 0) ||
			  (r->st == ST_SCALE && r->cur == 0 && v < r->last_scale && after_and)) ||
			(v <= 2 && !after_and))
			return false;
		r->out->value = cp_quantity_exact(r->total + r->cur + v);
	}
	r->out->ordinal = true;
	r->out->words = true;
	r->out->end = j + 1;
	return true;
}

/* "and" inside a number: "three hundred and five", "two and a half". */
static num_step
and_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	size_t		n = r->n;

	/* "one hundred and first" */
	if (j + 1 < n && cat_of(&atoms[j + 1]) == CP_LX_ORD && ordinal_ending(r, j + 1))
		return STEP_RETURN;
	if (r->st == ST_NONE || !and_continues(atoms, n, j))
		return STEP_DONE;
	/* "3 hundred and 2 hundred": two numbers */
	if (r->st == ST_HUNDRED && j + 2 < n && cat_of(&atoms[j + 2]) == CP_LX_HUNDRED)
		return STEP_DONE;
	/* "2 and 1/2", "three and ¾": a mixed number, its fraction proper */
	if (atoms[j + 1].fraction)
	{
		if (r->st == ST_SCALE || r->st == ST_FRACTION || atoms[j - 1].fraction || atoms[j + 1].value >= 1)
			return STEP_DONE;
		r->cur += atoms[j + 1].value;
		r->any = true;
		r->end = j + 2;
		r->st = ST_FRACTION;
		return STEP_DONE;
	}
	if (!(r->st == ST_HUNDRED || r->st == ST_SCALE))
	{
		/* "twenty and three fifths", "two and a half": fractions only */
		size_t		k = j + 1;
		double		f;
		size_t		d = proper_word_fraction(atoms, n, k, &f);

		if (cat_of(&atoms[k]) == CP_LX_A)
			k++;
		/* "two and fifty-four hundredths" */
		if (d > 0)
		{
			r->cur += f;
			r->any = true;
			r->words = true;
			r->end = d + 1;
			r->st = ST_FRACTION;
			return STEP_DONE;
		}
		/* "one and one-half" too */
		if (!(cat_of(&atoms[k]) == CP_LX_HALF || is_denominator(atoms, n, k, false) ||
			  (cat_of(&atoms[k]) == CP_LX_DIGIT && (is_denominator(atoms, n, k + 1, false) ||
													 (k + 1 < n && cat_of(&atoms[k + 1]) == CP_LX_HALF)))))
			return STEP_DONE;
	}
	r->seg_base = r->total + r->cur;
	{
		/* "and a half", "and a quarter", "and three quarters" */
		size_t		k = j + 1;
		double		num = 1;

		if (cat_of(&atoms[k]) == CP_LX_A)
			k++;
		else if (cat_of(&atoms[k]) == CP_LX_DIGIT && (is_denominator(atoms, n, k + 1, false) ||
													   (k + 1 < n && cat_of(&atoms[k + 1]) == CP_LX_HALF)))
			num = lexval(&atoms[k]), k++;
		if (k < n && (cat_of(&atoms[k]) == CP_LX_HALF || is_denominator(atoms, n, k, false)))
		{
			double		f = num * (cat_of(&atoms[k]) == CP_LX_HALF ? 0.5 : 1.0 / lexval(&atoms[k]));

			/* "3 million and a half": a fraction of the last scale */
			if (r->st == ST_SCALE && r->cur == 0 && isfinite(r->last_scale))
			{
				if (k + 1 < n && cat_of(&atoms[k + 1]) == CP_LX_SCALE &&
					lexval(&atoms[k + 1]) < r->last_scale)
				{
					r->total += f * lexval(&atoms[k + 1]);
					k++;
				}
				else
					r->total += f * r->last_scale;
			}
			else
			{
				r->cur += f;
				/* "two and a half million" */
				if (k + 1 < n && cat_of(&atoms[k + 1]) == CP_LX_SCALE &&
					lexval(&atoms[k + 1]) < r->last_scale)
				{
					k++;
					r->total += r->cur * lexval(&atoms[k]);
					r->cur = 0;
					r->scaled = true;
				}
			}
			r->any = true;
			r->words = true;
			r->end = k + 1;
			r->st = ST_FRACTION;
			return STEP_DONE;
		}
	}
	r->words = true;
	return STEP_SKIP;
}

/* "point": decimals in words. */
static num_step
point_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	size_t		n = r->n;

	/* "five point five", "nought point nought three" */
	if (!(r->st == ST_DIGIT || r->st == ST_TEEN || r->st == ST_TENS || r->st == ST_HUNDRED || r->st == ST_SCALE))
		return STEP_DONE;
	{
		double		scale = 0.1,
					frac = 0;
		size_t		k = j + 1;

		while (k < n && (cat_of(&atoms[k]) == CP_LX_DIGIT || cat_of(&atoms[k]) == CP_LX_TEEN ||
						 cat_of(&atoms[k]) == CP_LX_TENS))
		{
			double		v = lexval(&atoms[k]);

			/* "point seventy-one": a tens word and its unit are two digits */
			if (cat_of(&atoms[k]) == CP_LX_TENS && v >= 20 && k + 1 < n && cat_of(&atoms[k + 1]) == CP_LX_DIGIT)
				v += lexval(&atoms[++k]);
			if (v >= 10)
			{
				/* "point eleven": two digits */
				frac += v * scale / 10;
				scale /= 100;
			}
			else
			{
				frac += v * scale;
				scale /= 10;
			}
			k++;
		}
		if (k == j + 1)
			return STEP_DONE;
		r->cur += frac;
		r->end = k;
		r->any = true;
		r->words = true;
		r->st = ST_FRACTION;
		/* "two point five million" */
		if (k < n && cat_of(&atoms[k]) == CP_LX_SCALE && r->total == 0)
		{
			r->cur *= lexval(&atoms[k]);
			r->scaled = true;
			r->end = k + 1;
		}
	}
	return STEP_DONE;
}

/* An ordinal word: "fifth", "twenty-first", or the denominator of a fraction. */
static num_step
ordinal_word(num_reader *r, size_t j, int c)
{
	const cp_atom *atoms = r->atoms;
	const cp_atom *a = &atoms[j];
	const char *text = r->text;
	cp_number  *out = r->out;
	size_t		n = r->n;

	/* "two thirds", "one-eighth", "three quarters", "ninety-five hundred fifths" */
	if (r->st == ST_NONE)
	{
		if (c == CP_LX_ORD && !a->hy_inner && !cp_atom_is(text, a, "quarter"))
		{
			out->value = cp_quantity_exact(lexval(a));
			out->ordinal = true;
			out->words = true;
			out->end = j + 1;
			return STEP_RETURN;
		}
		return STEP_DONE;
	}
	/*
	 * "twenty-first", "twenty fifth", "one hundred thirty fifth": a
	 * singular unit ordinal is no denominator of a tens word.
	 * Without a hyphen "twenty second" may be twenty seconds, so
	 * "second" needs the hyphen ("quarter" is no unit ordinal).
	 */
	if (r->st == ST_TENS && c == CP_LX_ORD && lexval(a) < 10 && !cp_atom_is(text, a, "quarter") &&
		(a->hy_inner || lexval(a) != 2))
	{
		out->value = cp_quantity_exact(r->cur + lexval(a));
		out->ordinal = true;
		out->words = true;
		out->end = j + 1;
		return STEP_RETURN;
	}
	if (c == CP_LX_ORD && ordinal_ending(r, j))
		return STEP_RETURN;
	/*
	 * A singular millionth that ends no ordinal ends the number before
	 * it unless "of" follows ("one millionth of a metre").  The plural is
	 * a fraction, also after a smaller scale: "two millionths", "a
	 * hundred thousand trillionths".
	 */
	if (!is_denominator(atoms, n, j, false) ||
		(c == CP_LX_ORD && lexval(a) >= 1e6 && !(j + 1 < n && cp_atom_is(text, &atoms[j + 1], "of"))) ||
		(r->st == ST_SCALE && (c != CP_LX_ORDPL || lexval(a) <= r->last_scale)))
		return STEP_DONE;
	{
		double		grp = r->total + r->cur - r->seg_base;

		r->total = 0;
		/*
		 * The fraction of a mixed number is proper: "one hundred and
		 * thirty fifths" is 130/5, not 100 + 30/5.
		 */
		if (r->seg_base > 0 && grp >= lexval(a))
			r->cur = (r->seg_base + grp) / lexval(a);
		else
			r->cur = r->seg_base + grp / lexval(a);
	}
	r->st = ST_FRACTION;
	r->any = true;
	r->words = true;
	r->end = j + 1;
	return STEP_DONE;
}

/* A word of the lexicon: one step of the number by its category. */
static num_step
word_step(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	const cp_atom *a = &atoms[j];
	int			c = cat_of(a);

	/*
	 * "five hundreds", "two millions Syrians": after a number a plural
	 * scale multiplies like the singular (alone it is the vague plural
	 * read above).  Not after a numeral of four digits or more: "in 2014
	 * thousands fled" is a year.
	 */
	if (c == CP_LX_VAGUE && lexval(a) >= 100 && r->st != ST_NONE &&
		!(atoms[j - 1].type == CP_AT_NUM && atoms[j - 1].ndigits > 3))
		c = lexval(a) == 100 ? CP_LX_HUNDRED : CP_LX_SCALE;
	switch (c)
	{
		case CP_LX_DIGIT:
			return digit_word(r, j);
		case CP_LX_TEEN:
		case CP_LX_TENS:
			return tens_word(r, j, c);
		case CP_LX_HUNDRED:
			return hundred_word(r, j);
		case CP_LX_SCALE:
			return scale_word(r, j);
		case CP_LX_VAGUE:
			/* "3 dozens", "three dozens" */
			if (r->st == ST_NONE || lexval(a) != 12)
				return STEP_DONE;
			/* FALLTHROUGH */
		case CP_LX_DOZEN:
			return dozen_word(r, j);
		case CP_LX_A:
			return a_word(r, j);
		case CP_LX_HALF:
			return half_word(r, j);
		case CP_LX_AND:
			return and_word(r, j);
		case CP_LX_POINT:
			return point_word(r, j);
		case CP_LX_ORD:
		case CP_LX_ORDPL:
			return ordinal_word(r, j, c);
		default:
			return STEP_DONE;
	}
}

/* "three quarters of a million", "a quarter of a million": a fraction in words of a scale */
static void
of_a_scale(const char *text, const cp_atom *atoms, size_t n, cp_number *out)
{
	size_t		e = out->end;

	if (out->words && !out->ordinal && cp_quantity_is_point(&out->value) && out->value.lo > 0 &&
		out->value.lo < 1 && e + 2 < n && cp_atom_is(text, &atoms[e], "of") &&
		cat_of(&atoms[e + 1]) == CP_LX_A && cat_of(&atoms[e + 2]) == CP_LX_SCALE)
	{
		out->value = cp_quantity_exact(out->value.lo * lexval(&atoms[e + 2]));
		out->scaled = true;
		out->end = e + 3;
	}
}

bool
cp_number_at(const char *text, const cp_atom *atoms, size_t n, size_t i, cp_number *out)
{
	num_reader	r = {text, atoms, n, i, out, 0, 0, 0, INFINITY, ST_NONE, i, false, false, false, false};
	double		value;
	int			vague;

	memset(out, 0, sizeof(*out));
	if ((vague = read_vague(text, atoms, n, i, out)) != 0)
		return vague > 0;
	for (size_t j = i; j < n; j++)
	{
		const cp_atom *a = &atoms[j];
		num_step	step;

		if (j > i && a->hy_inner == false && !a->space_before && a->type == CP_AT_WORD)
			break;				/* glued to something else */
		step = a->type == CP_AT_NUM ? numeral_step(&r, j) :
			a->type != CP_AT_WORD ? other_step(&r, j) : word_step(&r, j);
		if (step == STEP_RETURN)
			return of_a_scale(text, atoms, n, out), true;
		if (step == STEP_DONE)
			break;
		if (step == STEP_WORD)
		{
			r.any = true;
			r.words = true;
			r.end = j + 1;
		}
	}
	if (!r.any)
		return false;
	value = r.total + r.cur;
	if (!isfinite(value) || fabs(value) > CP_QUANTITY_MAX)
		return false;
	out->value = cp_quantity_exact(value);
	out->end = r.end;
	out->words = r.words;
	out->scaled = r.scaled;
	of_a_scale(text, atoms, n, out);
	return true;
}
