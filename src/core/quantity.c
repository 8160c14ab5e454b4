/*
 * quantity.c: the corpus.quantity value; see quantity.h.
 */
#include "quantity.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

cp_quantity
cp_quantity_exact(double v)
{
	cp_quantity q;

	cp_quantity_make(v, v, CP_Q_LO_INC | CP_Q_HI_INC, &q);
	return q;
}

cp_quantity
cp_quantity_approx(double v)
{
	cp_quantity q;

	cp_quantity_make(v, v, CP_Q_LO_INC | CP_Q_HI_INC | CP_Q_APPROX, &q);
	return q;
}

static double
saturate(double v)
{
	if (v > CP_QUANTITY_MAX)
		return CP_QUANTITY_MAX;
	if (v < -CP_QUANTITY_MAX)
		return -CP_QUANTITY_MAX;
	return v;
}

/*
 * Keep 15 significant digits, what the text form prints: then text -> value
 * -> text -> value is stable and values that print alike are equal.
 */
static double
round15(double v)
{
	char		buf[40];

	if (v == 0 || !isfinite(v))
		return v;
	/* integers below 1e15 already have at most 15 digits (the common case) */
	if (fabs(v) < 1e15 && v == (double) (int64_t) v)
		return v;
	snprintf(buf, sizeof(buf), "%.14e", v);
	return strtod(buf, NULL);
}

void
cp_quantity_canonicalize(cp_quantity *q)
{
	q->flags &= CP_Q_ALL_FLAGS;
	if (q->flags & CP_Q_LO_INF)
	{
		q->lo = 0;
		q->flags &= ~CP_Q_LO_INC;
	}
	if (q->flags & CP_Q_HI_INF)
	{
		q->hi = 0;
		q->flags &= ~CP_Q_HI_INC;
	}
	if (q->lo == 0)
		q->lo = 0;				/* -0 -> 0 */
	if (q->hi == 0)
		q->hi = 0;
	memset(q->reserved, 0, sizeof(q->reserved));
}

cp_status
cp_quantity_make(double lo, double hi, uint8_t flags, cp_quantity *out)
{
	cp_quantity q;

	memset(&q, 0, sizeof(q));
	if (isnan(lo) || isnan(hi))
		return CP_ERR_RANGE;
	q.lo = round15(saturate(lo));
	q.hi = round15(saturate(hi));
	q.flags = flags & CP_Q_ALL_FLAGS;
	cp_quantity_canonicalize(&q);
	if (!(q.flags & (CP_Q_LO_INF | CP_Q_HI_INF)))
	{
		if (q.lo > q.hi)
			return CP_ERR_SYNTAX;
		if (q.lo == q.hi && (q.flags & (CP_Q_LO_INC | CP_Q_HI_INC)) != (CP_Q_LO_INC | CP_Q_HI_INC))
			return CP_ERR_SYNTAX;
	}
	*out = q;
	return CP_OK;
}

bool
cp_quantity_is_point(const cp_quantity *q)
{
	return !(q->flags & (CP_Q_LO_INF | CP_Q_HI_INF)) && q->lo == q->hi;
}

/* ---------------------------------------------------------------- text */

/* out[0..n) into buf as snprintf(buf, buflen, "%s") would: its length */
static size_t
copy_out(const char *out, size_t n, char *buf, size_t buflen)
{
	if (buflen > 0)
	{
		size_t		k = n < buflen - 1 ? n : buflen - 1;

		memcpy(buf, out, k);
		buf[k] = '\0';
	}
	return n;
}

size_t
cp_format_number(double v, char *buf, size_t buflen)
{
	char		tmp[64],
				digits[20];
	int			exp10,
				nd = 0,
				pos = 0;
	bool		neg = v < 0;
	char		out[96];
	size_t		n = 0;

	if (v == 0)
		return copy_out("0", 1, buf, buflen);
	if (neg)
		out[n++] = '-';
	/* integers below 1e15 (most values) have all their digits in %.14e */
	if (fabs(v) < 1e15 && v == (double) (int64_t) v)
	{
		uint64_t	u = (uint64_t) (neg ? -(int64_t) v : (int64_t) v);

		do
			digits[nd++] = (char) ('0' + u % 10);
		while ((u /= 10) > 0);
		while (nd > 0)
			out[n++] = digits[--nd];
		return copy_out(out, n, buf, buflen);
	}
	snprintf(tmp, sizeof(tmp), "%.14e", fabs(v));
	/* tmp is d.dddddddddddddde[+-]xx */
	for (const char *p = tmp; *p && *p != 'e'; p++)
		if (*p >= '0' && *p <= '9')
			digits[nd++] = *p;
	exp10 = atoi(strchr(tmp, 'e') + 1);
	while (nd > 1 && digits[nd - 1] == '0')
		nd--;
	if (exp10 >= -20 && exp10 <= 20)
	{
		if (exp10 < 0)
		{
			out[n++] = '0';
			out[n++] = '.';
			for (int i = 0; i < -exp10 - 1; i++)
				out[n++] = '0';
			for (int i = 0; i < nd; i++)
				out[n++] = digits[i];
		}
		else
		{
			for (pos = 0; pos <= exp10; pos++)
				out[n++] = pos < nd ? digits[pos] : '0';
			if (nd > exp10 + 1)
			{
				out[n++] = '.';
				for (; pos < nd; pos++)
					out[n++] = digits[pos];
			}
		}
	}
	else
	{
		out[n++] = digits[0];
		if (nd > 1)
		{
			out[n++] = '.';
			for (int i = 1; i < nd; i++)
				out[n++] = digits[i];
		}
		n += (size_t) snprintf(out + n, sizeof(out) - n, "e%+d", exp10);
	}
	return copy_out(out, n, buf, buflen);
}

size_t
cp_quantity_format(const cp_quantity *q, char *buf, size_t buflen)
{
	char		a[64],
				b[64];
	const char *approx = (q->flags & CP_Q_APPROX) ? "~" : "";
	bool		loinf = q->flags & CP_Q_LO_INF,
				hiinf = q->flags & CP_Q_HI_INF;

	if (cp_quantity_is_point(q))
	{
		/* the common case, without printf: "~" and the number */
		size_t		n = cp_format_number(q->lo, a + 1, sizeof(a) - 1);

		a[0] = '~';
		return (q->flags & CP_Q_APPROX) ? copy_out(a, n + 1, buf, buflen) :
			copy_out(a + 1, n, buf, buflen);
	}
	cp_format_number(q->lo, a, sizeof(a));
	cp_format_number(q->hi, b, sizeof(b));
	if (!loinf && hiinf)
		return (size_t) snprintf(buf, buflen, "%s%s%s", approx,
								 (q->flags & CP_Q_LO_INC) ? ">=" : ">", a);
	if (loinf && !hiinf)
		return (size_t) snprintf(buf, buflen, "%s%s%s", approx,
								 (q->flags & CP_Q_HI_INC) ? "<=" : "<", b);
	return (size_t) snprintf(buf, buflen, "%s%c%s,%s%c", approx,
							 (q->flags & CP_Q_LO_INC) ? '[' : '(', loinf ? "" : a,
							 hiinf ? "" : b, (q->flags & CP_Q_HI_INC) ? ']' : ')');
}

typedef struct qparser
{
	const char *s;
	size_t		len;
	size_t		pos;
	char	   *errbuf;
	size_t		errlen;
} qparser;

static void
skip_space(qparser *p)
{
	while (p->pos < p->len && (p->s[p->pos] == ' ' || p->s[p->pos] == '\t' ||
							   p->s[p->pos] == '\n' || p->s[p->pos] == '\r'))
		p->pos++;
}

static cp_status
fail(qparser *p, cp_status st, const char *what)
{
	if (p->errbuf && p->errlen)
	{
		size_t		show = p->len - p->pos;

		if (show > 40)
			show = 40;
		if (p->pos >= p->len)
			snprintf(p->errbuf, p->errlen, "%s at end of input", what);
		else
			snprintf(p->errbuf, p->errlen, "%s at \"%.*s\"", what, (int) show, p->s + p->pos);
	}
	return st;
}

/* A decimal number: -?digits[.digits][e[+-]digits] (or .digits). */
static cp_status
parse_number(qparser *p, double *out)
{
	size_t		start = p->pos,
				i = p->pos,
				ndig = 0;
	char		buf[CP_QUANTITY_MAX_NUMBER + 1];
	char	   *end;
	double		v;

	if (i < p->len && (p->s[i] == '-' || p->s[i] == '+'))
		i++;
	while (i < p->len && p->s[i] >= '0' && p->s[i] <= '9')
		i++, ndig++;
	if (i < p->len && p->s[i] == '.')
	{
		i++;
		while (i < p->len && p->s[i] >= '0' && p->s[i] <= '9')
			i++, ndig++;
	}
	if (ndig == 0)
		return fail(p, CP_ERR_SYNTAX, "expected a number");
	if (i < p->len && (p->s[i] == 'e' || p->s[i] == 'E'))
	{
		size_t		j = i + 1,
					edig = 0;

		if (j < p->len && (p->s[j] == '-' || p->s[j] == '+'))
			j++;
		while (j < p->len && p->s[j] >= '0' && p->s[j] <= '9')
			j++, edig++;
		if (edig == 0)
		{
			p->pos = i;
			return fail(p, CP_ERR_SYNTAX, "malformed exponent");
		}
		i = j;
	}
	if (i - start > CP_QUANTITY_MAX_NUMBER)
		return fail(p, CP_ERR_RANGE, "number has too many digits");
	memcpy(buf, p->s + start, i - start);
	buf[i - start] = '\0';
	errno = 0;
	v = strtod(buf, &end);
	/* ERANGE: beyond a double, or so small that it would silently become 0 */
	if (errno == ERANGE || !isfinite(v) || fabs(v) > CP_QUANTITY_MAX)
		return fail(p, CP_ERR_RANGE, "number out of range");
	p->pos = i;
	*out = v;
	return CP_OK;
}

cp_status
cp_quantity_parse(const char *s, size_t len, cp_quantity *out, char *errbuf, size_t errlen)
{
	qparser		p = {s, len, 0, errbuf, errlen};
	uint8_t		flags = 0;
	double		lo = 0,
				hi = 0;
	cp_status	st;

	if (errbuf && errlen)
		errbuf[0] = '\0';
	skip_space(&p);
	if (p.pos < len && s[p.pos] == '~')
	{
		flags |= CP_Q_APPROX;
		p.pos++;
		skip_space(&p);
	}
	if (p.pos >= len)
		return fail(&p, CP_ERR_SYNTAX, "expected a quantity");
	if (s[p.pos] == '>' || s[p.pos] == '<')
	{
		bool		gt = s[p.pos] == '>';
		bool		inc = false;

		p.pos++;
		if (p.pos < len && s[p.pos] == '=')
			inc = true, p.pos++;
		skip_space(&p);
		if ((st = parse_number(&p, gt ? &lo : &hi)) != CP_OK)
			return st;
		flags |= gt ? CP_Q_HI_INF : CP_Q_LO_INF;
		if (inc)
			flags |= gt ? CP_Q_LO_INC : CP_Q_HI_INC;
	}
	else if (s[p.pos] == '[' || s[p.pos] == '(')
	{
		if (s[p.pos] == '[')
			flags |= CP_Q_LO_INC;
		p.pos++;
		skip_space(&p);
		if (p.pos < len && s[p.pos] == ',')
			flags |= CP_Q_LO_INF;
		else if ((st = parse_number(&p, &lo)) != CP_OK)
			return st;
		skip_space(&p);
		if (p.pos >= len || s[p.pos] != ',')
			return fail(&p, CP_ERR_SYNTAX, "expected \",\"");
		p.pos++;
		skip_space(&p);
		if (p.pos < len && (s[p.pos] == ']' || s[p.pos] == ')'))
			flags |= CP_Q_HI_INF;
		else if ((st = parse_number(&p, &hi)) != CP_OK)
			return st;
		skip_space(&p);
		if (p.pos >= len || (s[p.pos] != ']' && s[p.pos] != ')'))
			return fail(&p, CP_ERR_SYNTAX, "expected \"]\" or \")\"");
		if (s[p.pos] == ']')
			flags |= CP_Q_HI_INC;
		p.pos++;
		if ((flags & CP_Q_LO_INF) && (flags & CP_Q_LO_INC))
			return fail(&p, CP_ERR_SYNTAX, "an unbounded side cannot be closed");
		if ((flags & CP_Q_HI_INF) && (flags & CP_Q_HI_INC))
			return fail(&p, CP_ERR_SYNTAX, "an unbounded side cannot be closed");
	}
	else
	{
		if ((st = parse_number(&p, &lo)) != CP_OK)
			return st;
		hi = lo;
		flags |= CP_Q_LO_INC | CP_Q_HI_INC;
	}
	skip_space(&p);
	if (p.pos < len)
		return fail(&p, CP_ERR_SYNTAX, "junk after quantity");
	st = cp_quantity_make(lo, hi, flags, out);
	if (st != CP_OK)
	{
		p.pos = 0;
		return fail(&p, st, "empty interval");
	}
	return CP_OK;
}

/* ---------------------------------------------------------------- order */

static int
cmp_double(double a, double b)
{
	return a < b ? -1 : (a > b ? 1 : 0);
}

int
cp_quantity_cmp(const cp_quantity *a, const cp_quantity *b)
{
	int			c;
	bool		ai,
				bi;

	/* lower bounds: unbounded first, then value, then closed before open */
	ai = a->flags & CP_Q_LO_INF;
	bi = b->flags & CP_Q_LO_INF;
	if (ai != bi)
		return ai ? -1 : 1;
	if (!ai)
	{
		if ((c = cmp_double(a->lo, b->lo)) != 0)
			return c;
		if ((a->flags & CP_Q_LO_INC) != (b->flags & CP_Q_LO_INC))
			return (a->flags & CP_Q_LO_INC) ? -1 : 1;
	}
	/* upper bounds: value, open before closed, unbounded last */
	ai = a->flags & CP_Q_HI_INF;
	bi = b->flags & CP_Q_HI_INF;
	if (ai != bi)
		return ai ? 1 : -1;
	if (!ai)
	{
		if ((c = cmp_double(a->hi, b->hi)) != 0)
			return c;
		if ((a->flags & CP_Q_HI_INC) != (b->flags & CP_Q_HI_INC))
			return (a->flags & CP_Q_HI_INC) ? 1 : -1;
	}
	if ((a->flags & CP_Q_APPROX) != (b->flags & CP_Q_APPROX))
		return (a->flags & CP_Q_APPROX) ? 1 : -1;
	return 0;
}

/* Bounds of q as a closed-or-open interval, widened when approximate. */
typedef struct ival
{
	double		lo,
				hi;
	bool		loinf,
				hiinf,
				loinc,
				hiinc;
} ival;

static ival
widened(const cp_quantity *q)
{
	ival		r;

	r.lo = q->lo;
	r.hi = q->hi;
	r.loinf = q->flags & CP_Q_LO_INF;
	r.hiinf = q->flags & CP_Q_HI_INF;
	r.loinc = q->flags & CP_Q_LO_INC;
	r.hiinc = q->flags & CP_Q_HI_INC;
	if (q->flags & CP_Q_APPROX)
	{
		/* an approximate bound is inclusive after widening */
		if (!r.loinf)
			r.lo -= fabs(r.lo) * CP_QUANTITY_TOLERANCE, r.loinc = true;
		if (!r.hiinf)
			r.hi += fabs(r.hi) * CP_QUANTITY_TOLERANCE, r.hiinc = true;
	}
	return r;
}

bool
cp_quantity_overlaps(const cp_quantity *a, const cp_quantity *b)
{
	ival		x = widened(a),
				y = widened(b);

	/* x.lo must not lie above y.hi, and y.lo not above x.hi */
	if (!x.loinf && !y.hiinf)
	{
		if (x.lo > y.hi || (x.lo == y.hi && !(x.loinc && y.hiinc)))
			return false;
	}
	if (!y.loinf && !x.hiinf)
	{
		if (y.lo > x.hi || (y.lo == x.hi && !(y.loinc && x.hiinc)))
			return false;
	}
	return true;
}

bool
cp_quantity_contains(const cp_quantity *q, double v)
{
	ival		x = widened(q);

	if (isnan(v))
		return false;
	if (!x.loinf && (v < x.lo || (v == x.lo && !x.loinc)))
		return false;
	if (!x.hiinf && (v > x.hi || (v == x.hi && !x.hiinc)))
		return false;
	return true;
}

bool
cp_quantity_estimate(const cp_quantity *q, double *out)
{
	bool		loinf = q->flags & CP_Q_LO_INF,
				hiinf = q->flags & CP_Q_HI_INF;

	if (loinf && hiinf)
		return false;
	if (loinf)
		*out = q->hi;
	else if (hiinf)
		*out = q->lo;
	else
		*out = q->lo / 2 + q->hi / 2;
	return true;
}
