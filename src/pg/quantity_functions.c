/*
 * quantity_functions.c: the corpus.quantity type, its operators and casts,
 * corpus.parse_quantity() and corpus.quantities().
 */
#include "quantity_type.h"

#include <errno.h>
#include <math.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#include "quantities.h"

#define PG_GETARG_QUANTITY(n) ((cp_quantity *) PG_GETARG_POINTER(n))

Datum
corpus_quantity_datum(const cp_quantity *q)
{
	cp_quantity *r = palloc(sizeof(cp_quantity));

	*r = *q;
	return PointerGetDatum(r);
}

static Datum
numeric_from_double(double v)
{
	char		buf[64];

	cp_format_number(v, buf, sizeof(buf));
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf), ObjectIdGetDatum(InvalidOid),
							   Int32GetDatum(-1));
}

static double
double_from_numeric(Datum num)
{
	char	   *s = DatumGetCString(DirectFunctionCall1(numeric_out, num));
	double		v;

	if (strcmp(s, "NaN") == 0 || strstr(s, "Infinity"))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("quantity bounds must be finite numbers"),
				 errdetail("Got %s.", s)));
	errno = 0;
	v = strtod(s, NULL);
	/* ERANGE also when a tiny nonzero bound would become 0 */
	if (errno == ERANGE || !isfinite(v) || fabs(v) > CP_QUANTITY_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value out of range for type quantity"),
				 errdetail("Nonzero bounds have magnitudes between about 1e-308 and 1e300.")));
	return v;
}

/* ---------------------------------------------------------------- I/O */

PG_FUNCTION_INFO_V1(corpus_quantity_in);
Datum
corpus_quantity_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	cp_quantity q;
	char		err[128];
	cp_status	st = cp_quantity_parse(s, strlen(s), &q, err, sizeof(err));

	if (st == CP_ERR_RANGE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value out of range for type quantity: \"%.100s\"", s),
				 errdetail("%s.", err),
				 errhint("Nonzero bounds have magnitudes between about 1e-308 and 1e300, in at most 64 characters.")));
	if (st != CP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type quantity: \"%.100s\"", s),
				 errdetail("%s.", err)));
	PG_RETURN_DATUM(corpus_quantity_datum(&q));
}

PG_FUNCTION_INFO_V1(corpus_quantity_out);
Datum
corpus_quantity_out(PG_FUNCTION_ARGS)
{
	char		buf[CP_QUANTITY_MAX_TEXT];

	cp_quantity_format(PG_GETARG_QUANTITY(0), buf, sizeof(buf));
	PG_RETURN_CSTRING(pstrdup(buf));
}

PG_FUNCTION_INFO_V1(corpus_quantity_recv);
Datum
corpus_quantity_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	double		lo = pq_getmsgfloat8(buf),
				hi = pq_getmsgfloat8(buf);
	int			flags = pq_getmsgbyte(buf),
				reserved = pq_getmsgbyte(buf);
	cp_quantity q;

	if (reserved != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary quantity: reserved byte is %d, expected 0", reserved)));
	if (flags & ~CP_Q_ALL_FLAGS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary quantity: unknown flags 0x%x", flags)));
	if (!isfinite(lo) || !isfinite(hi) || fabs(lo) > CP_QUANTITY_MAX || fabs(hi) > CP_QUANTITY_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary quantity: bounds must be finite and at most 1e300")));
	if (cp_quantity_make(lo, hi, (uint8_t) flags, &q) != CP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary quantity: empty interval")));
	PG_RETURN_DATUM(corpus_quantity_datum(&q));
}

PG_FUNCTION_INFO_V1(corpus_quantity_send);
Datum
corpus_quantity_send(PG_FUNCTION_ARGS)
{
	cp_quantity *q = PG_GETARG_QUANTITY(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendfloat8(&buf, q->lo);
	pq_sendfloat8(&buf, q->hi);
	pq_sendbyte(&buf, q->flags);
	pq_sendbyte(&buf, 0);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------- order */

#define CMP_FN(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = cp_quantity_cmp(PG_GETARG_QUANTITY(0), PG_GETARG_QUANTITY(1)); \
	PG_RETURN_BOOL(expr); \
}

CMP_FN(corpus_quantity_eq, c == 0)
CMP_FN(corpus_quantity_ne, c != 0)
CMP_FN(corpus_quantity_lt, c < 0)
CMP_FN(corpus_quantity_le, c <= 0)
CMP_FN(corpus_quantity_gt, c > 0)
CMP_FN(corpus_quantity_ge, c >= 0)

PG_FUNCTION_INFO_V1(corpus_quantity_cmp);
Datum
corpus_quantity_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cp_quantity_cmp(PG_GETARG_QUANTITY(0), PG_GETARG_QUANTITY(1)));
}

/*
 * Equal quantities have equal canonical bytes (unbounded sides and -0 are
 * zeroed by cp_quantity_canonicalize), so hashing the bytes agrees with =.
 */
PG_FUNCTION_INFO_V1(corpus_quantity_hash);
Datum
corpus_quantity_hash(PG_FUNCTION_ARGS)
{
	cp_quantity q = *PG_GETARG_QUANTITY(0);

	cp_quantity_canonicalize(&q);
	return hash_any((const unsigned char *) &q, offsetof(cp_quantity, reserved));
}

/* Seeded 64-bit hash: hash partitioning needs it (PARTITION BY HASH, Citus). */
PG_FUNCTION_INFO_V1(corpus_quantity_hash_extended);
Datum
corpus_quantity_hash_extended(PG_FUNCTION_ARGS)
{
	cp_quantity q = *PG_GETARG_QUANTITY(0);

	cp_quantity_canonicalize(&q);
	return hash_any_extended((const unsigned char *) &q, offsetof(cp_quantity, reserved),
							 (uint64) PG_GETARG_INT64(1));
}

PG_FUNCTION_INFO_V1(corpus_quantity_overlaps);
Datum
corpus_quantity_overlaps(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cp_quantity_overlaps(PG_GETARG_QUANTITY(0), PG_GETARG_QUANTITY(1)));
}

PG_FUNCTION_INFO_V1(corpus_quantity_contains);
Datum
corpus_quantity_contains(PG_FUNCTION_ARGS)
{
	Datum		num = PG_GETARG_DATUM(1);
	char	   *s = DatumGetCString(DirectFunctionCall1(numeric_out, num));

	if (strcmp(s, "NaN") == 0)
		PG_RETURN_BOOL(false);
	PG_RETURN_BOOL(cp_quantity_contains(PG_GETARG_QUANTITY(0), strtod(s, NULL)));
}

PG_FUNCTION_INFO_V1(corpus_quantity_contained);
Datum
corpus_quantity_contained(PG_FUNCTION_ARGS)
{
	Datum		num = PG_GETARG_DATUM(0);
	char	   *s = DatumGetCString(DirectFunctionCall1(numeric_out, num));

	if (strcmp(s, "NaN") == 0)
		PG_RETURN_BOOL(false);
	PG_RETURN_BOOL(cp_quantity_contains(PG_GETARG_QUANTITY(1), strtod(s, NULL)));
}

/* ---------------------------------------------------------------- accessors */

PG_FUNCTION_INFO_V1(corpus_quantity_lower);
Datum
corpus_quantity_lower(PG_FUNCTION_ARGS)
{
	cp_quantity *q = PG_GETARG_QUANTITY(0);

	if (q->flags & CP_Q_LO_INF)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(numeric_from_double(q->lo));
}

PG_FUNCTION_INFO_V1(corpus_quantity_upper);
Datum
corpus_quantity_upper(PG_FUNCTION_ARGS)
{
	cp_quantity *q = PG_GETARG_QUANTITY(0);

	if (q->flags & CP_Q_HI_INF)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(numeric_from_double(q->hi));
}

PG_FUNCTION_INFO_V1(corpus_quantity_estimate);
Datum
corpus_quantity_estimate(PG_FUNCTION_ARGS)
{
	double		v;

	if (!cp_quantity_estimate(PG_GETARG_QUANTITY(0), &v))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(numeric_from_double(v));
}

PG_FUNCTION_INFO_V1(corpus_quantity_is_approximate);
Datum
corpus_quantity_is_approximate(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL((PG_GETARG_QUANTITY(0)->flags & CP_Q_APPROX) != 0);
}

/* ---------------------------------------------------------------- casts */

PG_FUNCTION_INFO_V1(corpus_quantity_to_numrange);
Datum
corpus_quantity_to_numrange(PG_FUNCTION_ARGS)
{
	cp_quantity *q = PG_GETARG_QUANTITY(0);
	TypeCacheEntry *typcache = lookup_type_cache(NUMRANGEOID, TYPECACHE_RANGE_INFO);
	RangeBound	lower,
				upper;

	memset(&lower, 0, sizeof(lower));
	memset(&upper, 0, sizeof(upper));
	lower.lower = true;
	lower.infinite = (q->flags & CP_Q_LO_INF) != 0;
	lower.inclusive = (q->flags & CP_Q_LO_INC) != 0;
	lower.val = lower.infinite ? (Datum) 0 : numeric_from_double(q->lo);
	upper.lower = false;
	upper.infinite = (q->flags & CP_Q_HI_INF) != 0;
	upper.inclusive = (q->flags & CP_Q_HI_INC) != 0;
	upper.val = upper.infinite ? (Datum) 0 : numeric_from_double(q->hi);
	PG_RETURN_RANGE_P(make_range(typcache, &lower, &upper, false));
}

PG_FUNCTION_INFO_V1(corpus_numrange_to_quantity);
Datum
corpus_numrange_to_quantity(PG_FUNCTION_ARGS)
{
	RangeType  *r = PG_GETARG_RANGE_P(0);
	TypeCacheEntry *typcache = lookup_type_cache(NUMRANGEOID, TYPECACHE_RANGE_INFO);
	RangeBound	lower,
				upper;
	bool		empty;
	uint8_t		flags = 0;
	double		lo = 0,
				hi = 0;
	cp_quantity q;

	range_deserialize(typcache, r, &lower, &upper, &empty);
	if (empty)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("an empty range is not a quantity")));
	if (lower.infinite)
		flags |= CP_Q_LO_INF;
	else
	{
		lo = double_from_numeric(lower.val);
		if (lower.inclusive)
			flags |= CP_Q_LO_INC;
	}
	if (upper.infinite)
		flags |= CP_Q_HI_INF;
	else
	{
		hi = double_from_numeric(upper.val);
		if (upper.inclusive)
			flags |= CP_Q_HI_INC;
	}
	if (cp_quantity_make(lo, hi, flags, &q) != CP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("range bounds collapse when read as quantity bounds"),
				 errdetail("Bounds are kept to 15 significant digits.")));
	PG_RETURN_DATUM(corpus_quantity_datum(&q));
}

/* ---------------------------------------------------------------- text */

PG_FUNCTION_INFO_V1(corpus_parse_quantity);
Datum
corpus_parse_quantity(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	corpus_work work;
	size_t		len;
	char	   *s;
	cp_quantity q;
	cp_status	st;

	corpus_work_begin(&work);
	s = corpus_utf8_from_text(t, &len);
	st = cp_parse_quantity_phrase(&work.arena, s, len, &q);
	corpus_work_end(&work);
	if (st == CP_ERR_LIMIT)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("quantity phrase too long"),
				 errdetail("A phrase may have at most %d bytes.", CP_QUANTITY_MAX_TEXT * 4)));
	if (st != CP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid quantity phrase: \"%.100s\"", text_to_cstring(t)),
				 errdetail("Expected one number with optional qualifier, range and unit, such as \"more than seven hundred\".")));
	PG_RETURN_DATUM(corpus_quantity_datum(&q));
}

/* The sink of the mention vector: rows as mentions come (arena.h). */
static void
quantity_rows(void *arg, const void *items, size_t count)
{
	corpus_rows *rows = arg;
	corpus_doc *doc = rows->doc;

	for (size_t i = 0; i < count; i++)
	{
		const cp_quantity_mention *m = &((const cp_quantity_mention *) items)[i];
		const char *kind = cp_quantity_kind_name(m);
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};

		corpus_row_begin(rows->work);
		values[0] = PointerGetDatum(cstring_to_text(kind));
		values[1] = PointerGetDatum(corpus_text_from_utf8(doc->data + m->start, m->len));
		values[2] = corpus_quantity_datum(&m->value);
		if (m->unit_len)
			values[3] = PointerGetDatum(corpus_text_from_utf8(m->unit, m->unit_len));
		else
			nulls[3] = true;
		values[4] = Int32GetDatum(corpus_doc_pos(doc, m->start));
		values[5] = Int32GetDatum(corpus_doc_len(doc, m->start, m->len));
		values[6] = Int32GetDatum(m->sentence);
		corpus_row_put(rows->work, rows->rsinfo, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(corpus_quantities);
static cp_status
extract_quantities(cp_doc *doc, cp_vec *out, void *arg)
{
	(void) arg;
	return cp_extract_quantities(doc, out);
}

Datum
corpus_quantities(PG_FUNCTION_ARGS)
{
	corpus_rows_run(fcinfo, PG_GETARG_TEXT_PP(0), false, sizeof(cp_quantity_mention),
					quantity_rows, extract_quantities, NULL);
	return (Datum) 0;
}
