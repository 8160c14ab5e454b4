/*
 * entity_type.c: input, output, binary I/O, comparison and hashing of
 * corpus.entity, and its accessors corpus.kind() and corpus.name().
 */
#include "entity_type.h"

#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "parser/scansup.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "names.h"

PG_FUNCTION_INFO_V1(corpus_entity_in);
PG_FUNCTION_INFO_V1(corpus_entity_out);
PG_FUNCTION_INFO_V1(corpus_entity_recv);
PG_FUNCTION_INFO_V1(corpus_entity_send);
PG_FUNCTION_INFO_V1(corpus_entity_eq);
PG_FUNCTION_INFO_V1(corpus_entity_ne);
PG_FUNCTION_INFO_V1(corpus_entity_lt);
PG_FUNCTION_INFO_V1(corpus_entity_le);
PG_FUNCTION_INFO_V1(corpus_entity_gt);
PG_FUNCTION_INFO_V1(corpus_entity_ge);
PG_FUNCTION_INFO_V1(corpus_entity_cmp);
PG_FUNCTION_INFO_V1(corpus_entity_hash);
PG_FUNCTION_INFO_V1(corpus_entity_hash_extended);
PG_FUNCTION_INFO_V1(corpus_entity_kind);
PG_FUNCTION_INFO_V1(corpus_entity_name);

#define HDR 5					/* kind byte + key length */

/* Build from a name already in the server encoding and its key. */
static Datum
entity_build(cp_entity_kind kind, const char *name, size_t len, const char *key, size_t keylen)
{
	uint32		kl = (uint32) keylen;
	struct varlena *v;
	char	   *p;

	if (HDR + keylen + len > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("entity name too long")));
	v = palloc(VARHDRSZ + HDR + keylen + len);
	SET_VARSIZE(v, VARHDRSZ + HDR + keylen + len);
	p = VARDATA(v);
	p[0] = (char) kind;
	memcpy(p + 1, &kl, 4);
	memcpy(p + HDR, key, keylen);
	memcpy(p + HDR + keylen, name, len);
	return PointerGetDatum(v);
}

Datum
corpus_entity_make(cp_entity_kind kind, const char *name, size_t len)
{
	text	   *t = corpus_text_from_utf8(name, len);
	char		key[CP_NAME_KEY_CAP];
	size_t		keylen = cp_name_key_buf(name, len, key);

	return entity_build(kind, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), key, keylen);
}

Datum
corpus_entity_of_mention(const cp_mention *m, const text *name)
{
	return entity_build(m->kind, VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name), m->key, m->key_len);
}

/* Parts of a (possibly packed) entity datum. */
typedef struct entity_parts
{
	cp_entity_kind kind;
	const char *key;
	uint32		keylen;
	const char *name;
	size_t		namelen;
} entity_parts;

static void
entity_parts_of(struct varlena *v, entity_parts *e)
{
	const char *p = VARDATA_ANY(v);
	size_t		size = VARSIZE_ANY_EXHDR(v);

	if (size < HDR)
		elog(ERROR, "corrupt corpus.entity value");
	e->kind = (cp_entity_kind) (unsigned char) p[0];
	memcpy(&e->keylen, p + 1, 4);
	if (e->keylen > size - HDR)
		elog(ERROR, "corrupt corpus.entity value");
	e->key = p + HDR;
	e->name = p + HDR + e->keylen;
	e->namelen = size - HDR - e->keylen;
}

#define GETARG_ENTITY(n, parts) entity_parts_of(PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(n)), (parts))

void
corpus_entity_get(Datum d, cp_entity_kind *kind, const char **name, size_t *len)
{
	entity_parts e;

	entity_parts_of(PG_DETOAST_DATUM_PACKED(d), &e);
	*kind = e.kind;
	*name = e.name;
	*len = e.namelen;
}

/* Trimmed name and kind from "KIND:Name"; raises on malformed input. */
static Datum
entity_parse(const char *s, size_t len)
{
	const char *colon = memchr(s, ':', len);
	cp_entity_kind kind;
	const char *name;
	size_t		nlen;
	char		upper[8];
	size_t		klen;
	char	   *utf8;
	size_t		ulen;
	text	   *t;
	char		key[CP_NAME_KEY_CAP];
	size_t		keylen;

	if (colon == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type corpus.entity: \"%s\"", s),
				 errdetail("An entity is written KIND:Name, for example PER:John Kerry.")));
	klen = colon - s;
	if (klen == 0 || klen >= sizeof(upper))
		klen = sizeof(upper);
	else
		for (size_t i = 0; i < klen; i++)
			upper[i] = pg_ascii_toupper((unsigned char) s[i]);
	if (klen >= sizeof(upper) || !cp_entity_kind_parse(upper, klen, &kind))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type corpus.entity: \"%s\"", s),
				 errdetail("The kind must be PER, ORG, LOC or MISC.")));
	name = colon + 1;
	nlen = len - klen - 1;
	while (nlen > 0 && scanner_isspace(*name))
		name++, nlen--;
	while (nlen > 0 && scanner_isspace(name[nlen - 1]))
		nlen--;
	if (nlen == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type corpus.entity: \"%s\"", s),
				 errdetail("The name after the colon is empty.")));
	t = cstring_to_text_with_len(name, (int) nlen);
	utf8 = corpus_utf8_from_text(t, &ulen);
	keylen = cp_name_key_buf(utf8, ulen, key);
	/* "PER:." would equal "PER:--" and every other name without a key */
	if (keylen == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type corpus.entity: \"%s\"", s),
				 errdetail("The name has no letter or digit to identify it by.")));
	return entity_build(kind, name, nlen, key, keylen);
}

Datum
corpus_entity_in(PG_FUNCTION_ARGS)
{
	const char *s = PG_GETARG_CSTRING(0);

	PG_RETURN_DATUM(entity_parse(s, strlen(s)));
}

Datum
corpus_entity_out(PG_FUNCTION_ARGS)
{
	entity_parts e;
	StringInfoData buf;

	GETARG_ENTITY(0, &e);
	initStringInfo(&buf);
	appendStringInfoString(&buf, cp_entity_kind_name(e.kind));
	appendStringInfoChar(&buf, ':');
	appendBinaryStringInfo(&buf, e.name, (int) e.namelen);
	PG_RETURN_CSTRING(buf.data);
}

/* Binary form: the text form, as text (so clients need no layout knowledge). */
Datum
corpus_entity_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			nbytes;
	char	   *s = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);

	PG_RETURN_DATUM(entity_parse(s, (size_t) nbytes));
}

Datum
corpus_entity_send(PG_FUNCTION_ARGS)
{
	entity_parts e;
	StringInfoData buf;
	const char *kind;

	GETARG_ENTITY(0, &e);
	kind = cp_entity_kind_name(e.kind);
	pq_begintypsend(&buf);
	pq_sendtext(&buf, kind, (int) strlen(kind));
	pq_sendtext(&buf, ":", 1);
	pq_sendtext(&buf, e.name, (int) e.namelen);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static int
entity_compare(FunctionCallInfo fcinfo)
{
	entity_parts a,
				b;
	int			c;

	GETARG_ENTITY(0, &a);
	GETARG_ENTITY(1, &b);
	if (a.kind != b.kind)
		return a.kind < b.kind ? -1 : 1;
	c = memcmp(a.key, b.key, Min(a.keylen, b.keylen));
	if (c != 0)
		return c < 0 ? -1 : 1;
	return a.keylen < b.keylen ? -1 : a.keylen > b.keylen ? 1 : 0;
}

Datum
corpus_entity_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(entity_compare(fcinfo));
}

Datum
corpus_entity_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(entity_compare(fcinfo) == 0);
}

Datum
corpus_entity_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(entity_compare(fcinfo) != 0);
}

Datum
corpus_entity_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(entity_compare(fcinfo) < 0);
}

Datum
corpus_entity_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(entity_compare(fcinfo) <= 0);
}

Datum
corpus_entity_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(entity_compare(fcinfo) > 0);
}

Datum
corpus_entity_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(entity_compare(fcinfo) >= 0);
}

Datum
corpus_entity_hash(PG_FUNCTION_ARGS)
{
	entity_parts e;
	uint32		h;

	GETARG_ENTITY(0, &e);
	h = DatumGetUInt32(hash_any((const unsigned char *) e.key, (int) e.keylen));
	PG_RETURN_UINT32(hash_combine(h, (uint32) e.kind));
}

Datum
corpus_entity_hash_extended(PG_FUNCTION_ARGS)
{
	entity_parts e;
	uint64		seed = (uint64) PG_GETARG_INT64(1);
	uint64		h;

	GETARG_ENTITY(0, &e);
	h = DatumGetUInt64(hash_any_extended((const unsigned char *) e.key, (int) e.keylen, seed));
	PG_RETURN_UINT64(hash_combine64(h, (uint64) e.kind));
}

Datum
corpus_entity_kind(PG_FUNCTION_ARGS)
{
	entity_parts e;

	GETARG_ENTITY(0, &e);
	PG_RETURN_TEXT_P(cstring_to_text(cp_entity_kind_name(e.kind)));
}

Datum
corpus_entity_name(PG_FUNCTION_ARGS)
{
	entity_parts e;

	GETARG_ENTITY(0, &e);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(e.name, (int) e.namelen));
}
