/*
 * numbers.h: number phrases on the token stream.
 *
 * A sentence's tokens are cut into atoms: hyphenated words become their
 * parts ("twenty-one", "12-hour", "500-600"), numerals are read once
 * ("29,514", "4/5", "1.13bn", "£5m", "3rd", "8pm"), and every word is looked
 * up once in the number/unit lexicon.  cp_number_at() then reads one
 * cardinal or ordinal phrase starting at an atom: digits, number words
 * ("seven hundred and five", "two million"), scales ("1.25 billion", "2m"),
 * "a dozen", fractions ("half", "three quarters", "two and a half"),
 * decimals in words ("five point five") and vague plurals ("hundreds",
 * "several hundred", "tens of thousands"), which read as ranges.
 *
 * quantities.c adds qualifiers, ranges, units and context on top.
 */
#ifndef CORPUS_NUMBERS_H
#define CORPUS_NUMBERS_H

#include "arena.h"
#include "quantity.h"
#include "tokenize.h"
#include "utf8.h"

#include <string.h>
#include <strings.h>

typedef enum cp_atom_type
{
	CP_AT_WORD,
	CP_AT_NUM,					/* a numeral with a value */
	CP_AT_PUNCT,
	CP_AT_DASH,
	CP_AT_SYMBOL,
	CP_AT_QUOTE,
	CP_AT_OTHER,				/* numerals that are not numbers: times, codes */
} cp_atom_type;

/* What follows the digits of a numeral inside its token. */
typedef enum cp_numeral_suffix
{
	CP_SFX_NONE,
	CP_SFX_SCALE,				/* "2m", "1.13bn", "10k": already multiplied */
	CP_SFX_ORDINAL,				/* "3rd", "21st" */
	CP_SFX_UNIT,				/* "180ml", "5km": unit in atom.unit */
	CP_SFX_TIMES10,				/* "1.3x10" before "^6": the mantissa */
} cp_numeral_suffix;

typedef struct cp_atom
{
	uint32_t	start;			/* byte offset */
	uint32_t	len;
	uint8_t		type;			/* cp_atom_type */
	uint8_t		sfx;			/* cp_numeral_suffix, for CP_AT_NUM */
	bool		hy_inner;		/* joined by a hyphen to the atom before */
	bool		space_before;
	bool		plain_int;		/* digits only, no separator or point */
	bool		has_sep;		/* thousands separator */
	bool		fraction;		/* "4/5" */
	uint32_t	tflags;			/* flags of the token it comes from */
	int16_t		lex;			/* lexicon entry, or -1 */
	const char *currency;		/* ISO code of an inline "$", "£", "€" */
	const char *unit;			/* normalized inline unit (CP_SFX_UNIT) */
	double		value;			/* CP_AT_NUM */
	uint16_t	ndigits;		/* digits before any point */
} cp_atom;

/* Lexicon categories of a word (one per word). */
typedef enum cp_lex_cat
{
	CP_LX_NONE,
	CP_LX_DIGIT,				/* zero .. nine, nought */
	CP_LX_TEEN,					/* ten .. nineteen */
	CP_LX_TENS,					/* twenty .. ninety */
	CP_LX_HUNDRED,
	CP_LX_SCALE,				/* thousand, million, bn, lakh ... */
	CP_LX_DOZEN,
	CP_LX_ORD,					/* first .. hundredth (value = n) */
	CP_LX_ORDPL,				/* thirds, fifths, quarters: plural denominators */
	CP_LX_HALF,
	CP_LX_A,					/* a, an */
	CP_LX_AND,
	CP_LX_POINT,
	CP_LX_MINUS,				/* minus, negative */
	CP_LX_VAGUE,				/* hundreds, thousands, dozens, tens, scores */
	CP_LX_FEW,					/* several, few */
} cp_lex_cat;

/* Unit classes of a word (independent of its number category). */
typedef enum cp_unit_class
{
	CP_UC_NOUNIT,
	CP_UC_DURATION,
	CP_UC_MEASURE,
	CP_UC_CURRENCY,
	CP_UC_PERCENT,
	CP_UC_TIME,					/* am, pm, GMT, o'clock: the numeral is a clock time */
} cp_unit_class;

/* Word attributes beyond the category. */
enum
{
	CP_LB_STOP = 1 << 0,		/* function word: never a counted noun */
	CP_LB_DET = 1 << 1,			/* the, this, each ...: "the one" is a pronoun */
	CP_LB_YEARPREP = 1 << 2,	/* in, since, by ...: "in 2014" is a year */
	CP_LB_PLURAL = 1 << 3,		/* people, children: plural nouns without -s */
	CP_LB_QUAL = 1 << 4,		/* may start a qualifier phrase */
	CP_LB_LIST = 1 << 5,		/* pages, items ...: numbers after it are a list ("pages 1,3") */
	CP_LB_SINGULAR = 1 << 6,	/* surplus, basis, news ...: in -s, yet no plural */
};

typedef struct cp_lex_entry
{
	const char *word;
	uint8_t		cat;			/* cp_lex_cat */
	uint8_t		uclass;			/* cp_unit_class */
	uint16_t	bits;			/* CP_LB_* */
	double		value;
	const char *unit;			/* normalized unit or ISO currency */
} cp_lex_entry;

const cp_lex_entry *cp_lex_get(int idx);

/* Lexicon index of a lower-cased word, or -1. */
int			cp_lex_lookup(const char *s, size_t len);

/*
 * Could a number phrase start at this token (digits, a number word, a
 * vulgar fraction)?  A cheap test: sentences without one are skipped.
 */
bool		cp_token_may_start_number(const char *text, const cp_token *tok);

/* Is s[0..len) an ordinal's suffix: "st", "nd", "rd" or "th" in any case? */
bool		cp_ordinal_suffix(const char *s, size_t len);

/* A currency sign at s ("$", "£", "€", "¥", "₪", "₹", "₩", "₽" ...): its ISO code and byte length, or NULL. */
const char *cp_currency_sign(const char *s, size_t len, size_t *n);

/* A degree sign, alone or before C or F ("°", "°C"): the unit, or NULL. */
const char *cp_degree_unit(const char *s, size_t len);

/* The most atoms a hyphenated token is cut into ("two-and-a-half-year"). */
#define CP_MAX_HYPHEN_PARTS 5
/* Cut a sentence's tokens into atoms; returns the count (atoms: CP_ATOMS_FOR(ntok)). */
size_t		cp_atomize(const char *text, const cp_token *toks, size_t ntok, cp_atom *atoms);
#define CP_ATOMS_FOR(ntok) ((ntok) * CP_MAX_HYPHEN_PARTS + 8)

/* Does atom a spell word (lower-case ASCII)?  Inline: strlen of a literal folds. */
static inline bool
cp_atom_is(const char *text, const cp_atom *a, const char *word)
{
	size_t		n = strlen(word);

	return a->len == n && cp_ascii_ieq(text + a->start, word, n);
}

/*
 * Does atom a make the ordinal after it one: "the", "this", "its",
 * "Boeing's" ... ("the first visit", "his second term")?
 */
bool		cp_ordinal_determiner(const char *text, const cp_atom *a);

typedef struct cp_number
{
	size_t		end;			/* atom index just past the phrase */
	cp_quantity value;
	bool		ordinal;
	bool		words;			/* spelled in words (at least partly) */
	bool		vague;			/* "hundreds", "several dozen" */
	bool		scaled;			/* a scale word or suffix applied */
} cp_number;

/* Read a number phrase starting at atoms[i]; false if none starts there. */
bool		cp_number_at(const char *text, const cp_atom *atoms, size_t n, size_t i,
						 cp_number *out);

#endif
