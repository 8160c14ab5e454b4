/*
 * quantity.h: corpus.quantity, a number as news states it.
 *
 * A quantity is an interval over the reals with open or closed bounds, each
 * side possibly unbounded, plus an "approximate" flag:
 *
 *   536        exact               lo = hi = 536, both closed
 *   ~600       about 600           lo = hi = 600, approximate
 *   >700       more than 700       (700, inf)
 *   >=29514    at least 29,514     [29514, inf)
 *   <100 <=100                     (-inf, 100) (-inf, 100]
 *   [500,600]  a range             closed or half-open, e.g. [200,1000)
 *   ~[500,600] an approximate range
 *
 * Representation: two IEEE doubles and a flag byte (24 bytes with the
 * reserved field).  Doubles give an exact decimal round trip for values of up
 * to 15 significant digits (the text form prints 15), which covers every
 * count, sum of money and percentage news prints; magnitudes are limited to
 * CP_QUANTITY_MAX so that arithmetic (midpoints, tolerances) never overflows.
 * An unbounded side stores 0 so that equal values have equal bytes (hash).
 */
#ifndef CORPUS_QUANTITY_H
#define CORPUS_QUANTITY_H

#include "host.h"

enum
{
	CP_Q_LO_INF = 1 << 0,		/* no lower bound */
	CP_Q_HI_INF = 1 << 1,		/* no upper bound */
	CP_Q_LO_INC = 1 << 2,		/* lower bound included */
	CP_Q_HI_INC = 1 << 3,		/* upper bound included */
	CP_Q_APPROX = 1 << 4,		/* about, roughly, almost, nearly */
};
#define CP_Q_ALL_FLAGS 0x1f

typedef struct cp_quantity
{
	double		lo;
	double		hi;
	uint8_t		flags;
	uint8_t		reserved[7];	/* zero */
} cp_quantity;

/* Largest magnitude a bound may have (1e300: midpoints cannot overflow). */
#define CP_QUANTITY_MAX 1e300

/* Relative tolerance by which && widens the bounds of approximate values. */
#define CP_QUANTITY_TOLERANCE 0.10

/* Longest text form (and longest number inside it) that input accepts. */
#define CP_QUANTITY_MAX_TEXT 256
#define CP_QUANTITY_MAX_NUMBER 64

cp_quantity cp_quantity_exact(double v);
cp_quantity cp_quantity_approx(double v);

/*
 * Build from bounds; bounds beyond CP_QUANTITY_MAX saturate.  Returns
 * CP_ERR_RANGE for NaN, CP_ERR_SYNTAX for an empty interval (lo > hi, or
 * lo == hi with an open side).  The result is canonical.
 */
cp_status	cp_quantity_make(double lo, double hi, uint8_t flags, cp_quantity *out);

/* Canonical form: unbounded sides zeroed, -0 as 0, reserved zero. */
void		cp_quantity_canonicalize(cp_quantity *q);

bool		cp_quantity_is_point(const cp_quantity *q);

/*
 * Parse the text form (see above; white space allowed around tokens).  On
 * error returns CP_ERR_SYNTAX or CP_ERR_RANGE and, if errbuf is not NULL,
 * a message naming the offending text.
 */
cp_status	cp_quantity_parse(const char *s, size_t len, cp_quantity *out,
							  char *errbuf, size_t errlen);

/* Canonical text form into buf (at least CP_QUANTITY_MAX_TEXT bytes). */
size_t		cp_quantity_format(const cp_quantity *q, char *buf, size_t buflen);

/* A number as the text form prints it: plain decimal, 15 significant digits. */
size_t		cp_format_number(double v, char *buf, size_t buflen);

/* Total order: lower bound, then upper bound, then the approximate flag. */
int			cp_quantity_cmp(const cp_quantity *a, const cp_quantity *b);

/* Could both be true?  Approximate bounds widen by CP_QUANTITY_TOLERANCE. */
bool		cp_quantity_overlaps(const cp_quantity *a, const cp_quantity *b);

/* Does q (widened when approximate) contain v? */
bool		cp_quantity_contains(const cp_quantity *q, double v);

/*
 * One number to plot: the value of a point, the bound of a half-bounded
 * interval, the midpoint of a range.  False when unbounded on both sides.
 */
bool		cp_quantity_estimate(const cp_quantity *q, double *out);

#endif
