/*
 * jsonb_build.c: the jsonb on-disk format written by hand (see
 * jsonb_build.h for why).
 *
 * A container is a uint32 header (child count | JB_FARRAY or JB_FOBJECT),
 * one JEntry per child (an object's keys first, then its values in the same
 * order), then the children's data.  A JEntry holds the child's type and
 * either its length or, every JB_OFFSET_STRIDE entries (JENTRY_HAS_OFF), the
 * end offset of its data from the start of the container's data.  Numerics
 * and containers start int-aligned, relative to the varlena's start; the
 * padding before them counts in their length.  Offsets and lengths must fit
 * in JENTRY_OFFLENMASK.
 */
#include "jsonb_build.h"

/*
 * Raise the limit error before appending more bytes would take the data of
 * c or of a container around it past what a JEntry can address.
 */
static void
check_size(jb_container *c, size_t more)
{
	for (; c; c = c->parent)
		if ((size_t) c->buf->len + more - (size_t) c->data > JENTRY_OFFLENMASK)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("total size of jsonb container elements exceeds the maximum of %d bytes",
							JENTRY_OFFLENMASK)));
}

static void
pad_to_int(StringInfo buf)
{
	while ((size_t) buf->len != INTALIGN(buf->len))
		appendStringInfoCharMacro(buf, '\0');
}

/* Fill the next JEntry of c: the child just written ends at buf->len. */
static void
record(jb_container *c, uint32 type)
{
	uint32		end = (uint32) (c->buf->len - c->data);
	JEntry		e;

	if (c->next >= c->count)
		elog(ERROR, "jsonb container given more than its %d entries", c->count);
	if (c->next % JB_OFFSET_STRIDE == 0)
		e = type | JENTRY_HAS_OFF | end;
	else
		e = type | (end - c->end);
	memcpy(c->buf->data + c->entries + c->next * sizeof(JEntry), &e, sizeof(JEntry));
	c->end = end;
	c->next++;
}

void
jb_begin(StringInfo buf)
{
	initStringInfo(buf);
	appendStringInfoSpaces(buf, VARHDRSZ);
}

static void
begin(jb_container *c, StringInfo buf, jb_container *parent, uint32 flag, size_t children,
	  size_t entries)
{
	uint32		header = (uint32) children | flag;

	if (children > JB_CMASK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("number of jsonb %s elements exceeds the maximum allowed (%d)",
						flag == JB_FARRAY ? "array" : "object pairs", JB_CMASK)));
	check_size(parent, 3 + sizeof(uint32) + entries * sizeof(JEntry));
	c->buf = buf;
	c->parent = parent;
	pad_to_int(buf);
	appendBinaryStringInfo(buf, (char *) &header, sizeof(header));
	c->entries = buf->len;
	enlargeStringInfo(buf, entries * sizeof(JEntry));
	buf->len += entries * sizeof(JEntry);
	c->data = buf->len;
	c->count = (int) entries;
	c->next = 0;
	c->end = 0;
}

void
jb_begin_array(jb_container *c, StringInfo buf, jb_container *parent, size_t count)
{
	begin(c, buf, parent, JB_FARRAY, count, count);
}

void
jb_begin_object(jb_container *c, StringInfo buf, jb_container *parent,
				const char *const *keys, int count)
{
	begin(c, buf, parent, JB_FOBJECT, (size_t) count, 2 * (size_t) count);
	for (int i = 0; i < count; i++)
	{
		size_t		len = strlen(keys[i]);

		/* lookups in the object bisect keys in this order */
		if (i > 0)
		{
			size_t		prev = strlen(keys[i - 1]);

			if (prev > len || (prev == len && memcmp(keys[i - 1], keys[i], len) >= 0))
				elog(ERROR, "jsonb object keys out of order: \"%s\" before \"%s\"",
					 keys[i - 1], keys[i]);
		}
		check_size(c, len);
		appendBinaryStringInfo(buf, keys[i], (int) len);
		record(c, JENTRY_ISSTRING);
	}
}

void
jb_add(jb_container *c, JsonbValue *v)
{
	Jsonb	   *j = JsonbValueToJsonb(v);
	char	   *root = VARDATA(j);
	uint32		header;
	uint32		type;
	char	   *data;
	uint32		len;

	memcpy(&header, root, sizeof(header));
	if (header & JB_FSCALAR)
	{
		/* a raw scalar is a one-element array: take the element */
		JEntry		e;

		memcpy(&e, root + sizeof(header), sizeof(e));
		type = e & JENTRY_TYPEMASK;
		data = root + sizeof(header) + sizeof(e);
		len = JBE_OFFLENFLD(e);
	}
	else
	{
		type = JENTRY_ISCONTAINER;
		data = root;
		len = VARSIZE(j) - VARHDRSZ;
	}
	check_size(c, 3 + (size_t) len);
	/* the element of a raw scalar is already int-aligned: no padding inside len */
	if (type == JENTRY_ISNUMERIC || type == JENTRY_ISCONTAINER)
		pad_to_int(c->buf);
	appendBinaryStringInfo(c->buf, data, (int) len);
	record(c, type);
	pfree(j);
}

void
jb_end(jb_container *c)
{
	if (c->next != c->count)
		elog(ERROR, "jsonb container closed with %d of its %d entries", c->next, c->count);
	if (c->parent)
		record(c->parent, JENTRY_ISCONTAINER);
}

Jsonb *
jb_finish(StringInfo buf)
{
	SET_VARSIZE(buf->data, buf->len);
	return (Jsonb *) buf->data;
}
