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

#include "utils/memutils.h"

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
	int			pad = INTALIGN(buf->len) - buf->len;

	if (pad > 0)
	{
		enlargeStringInfo(buf, pad);
		memset(buf->data + buf->len, 0, pad);
		buf->len += pad;
	}
}

/* Fill the next JEntry of c: the child just written ends at buf->len. */
static void
record(jb_container *c, uint32 type)
{
	uint32		end = (uint32) (c->buf->len - c->data);
	JEntry		e;

	if (c->pending == NULL && c->next >= c->count)
		elog(ERROR, "jsonb container given more than its %d entries", c->count);
	if (c->next % JB_OFFSET_STRIDE == 0)
		e = type | JENTRY_HAS_OFF | end;
	else
		e = type | (end - c->end);
	if (c->pending == NULL)
		memcpy(c->buf->data + c->entries + c->next * sizeof(JEntry), &e, sizeof(JEntry));
	else
	{
		if (c->next == JB_CMASK)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("number of jsonb array elements exceeds the maximum allowed (%d)",
							JB_CMASK)));
		if (c->next == c->pending_cap)
		{
			c->pending_cap *= 2;
			c->pending = repalloc_huge(c->pending, c->pending_cap * sizeof(JEntry));
		}
		c->pending[c->next] = e;
	}
	c->end = end;
	c->next++;
}

void
jb_begin(StringInfo buf)
{
	initStringInfo(buf);
	appendStringInfoSpaces(buf, VARHDRSZ);
}

/*
 * The elements go where the array's data will be; jb_end() moves them up
 * by the size of the header and the JEntries (a multiple of four, so the
 * alignment of what they hold stays).
 */
void
jb_begin_array(jb_container *c, StringInfo buf, jb_container *parent)
{
	check_size(parent, 3);
	memset(c, 0, sizeof(*c));
	c->buf = buf;
	c->parent = parent;
	pad_to_int(buf);
	c->entries = buf->len;
	c->data = buf->len;
	c->pending_cap = 64;
	c->pending = palloc(c->pending_cap * sizeof(JEntry));
}

/*
 * An object's header, its keys' JEntries and the keys themselves depend on
 * the keys alone: they are laid out, and the keys' order checked, once per
 * backend for each array of keys (extract_functions.c has eight), then
 * copied.
 */
typedef struct key_block
{
	const jb_key *keys;
	int			count;
	int			len;			/* header, every JEntry, the keys' bytes */
	uint32		keys_end;		/* the end of the keys' bytes, from the data */
	char	   *bytes;
} key_block;

#define MAX_KEY_BLOCKS 16

static const key_block *
key_block_of(const jb_key *keys, int count)
{
	static key_block blocks[MAX_KEY_BLOCKS];
	static int	nblocks;
	key_block  *kb;
	uint32		header = (uint32) count | JB_FOBJECT;
	uint32		end = 0;
	char	   *p;

	for (int i = 0; i < nblocks; i++)
		if (blocks[i].keys == keys && blocks[i].count == count)
			return &blocks[i];
	if (count > JB_CMASK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("number of jsonb object pairs exceeds the maximum allowed (%d)",
						JB_CMASK)));
	if (nblocks == MAX_KEY_BLOCKS)
		elog(ERROR, "more than %d arrays of jsonb object keys", MAX_KEY_BLOCKS);
	kb = &blocks[nblocks];
	kb->len = sizeof(header) + 2 * count * sizeof(JEntry);
	for (int i = 0; i < count; i++)
	{
		/* lookups in the object bisect keys in this order */
		if (i > 0 && (keys[i - 1].len > keys[i].len ||
					  (keys[i - 1].len == keys[i].len &&
					   memcmp(keys[i - 1].name, keys[i].name, keys[i].len) >= 0)))
			elog(ERROR, "jsonb object keys out of order: \"%s\" before \"%s\"",
				 keys[i - 1].name, keys[i].name);
		kb->len += keys[i].len;
	}
	kb->bytes = p = MemoryContextAllocZero(TopMemoryContext, kb->len);
	memcpy(p, &header, sizeof(header));
	p += sizeof(header) + 2 * count * sizeof(JEntry);
	for (int i = 0; i < count; i++)
	{
		/* as record() would fill them */
		JEntry		e = JENTRY_ISSTRING |
			(i % JB_OFFSET_STRIDE == 0 ? JENTRY_HAS_OFF | (end + keys[i].len) : (uint32) keys[i].len);

		memcpy(kb->bytes + sizeof(header) + i * sizeof(JEntry), &e, sizeof(JEntry));
		memcpy(p, keys[i].name, keys[i].len);
		p += keys[i].len;
		end += keys[i].len;
	}
	kb->keys_end = end;
	kb->keys = keys;
	kb->count = count;
	nblocks++;
	return kb;
}

void
jb_begin_object(jb_container *c, StringInfo buf, jb_container *parent,
				const jb_key *keys, int count)
{
	const key_block *kb = key_block_of(keys, count);

	check_size(parent, 3 + kb->len);
	memset(c, 0, sizeof(*c));
	c->buf = buf;
	c->parent = parent;
	pad_to_int(buf);
	c->entries = buf->len + sizeof(uint32);
	appendBinaryStringInfo(buf, kb->bytes, kb->len);
	c->data = c->entries + 2 * count * sizeof(JEntry);
	c->count = 2 * count;
	c->next = count;
	c->end = kb->keys_end;
}

void
jb_add_string(jb_container *c, const char *s, size_t len)
{
	check_size(c, len);
	appendBinaryStringInfo(c->buf, s, (int) len);
	record(c, JENTRY_ISSTRING);
}

void
jb_add_numeric(jb_container *c, Numeric n)
{
	size_t		len = VARSIZE_ANY(n);

	/* as jsonb stores a numeric: int-aligned, the padding counted in its length */
	check_size(c, 3 + len);
	pad_to_int(c->buf);
	appendBinaryStringInfo(c->buf, (char *) n, (int) len);
	record(c, JENTRY_ISNUMERIC);
}

void
jb_add_null(jb_container *c)
{
	record(c, JENTRY_ISNULL);
}

void
jb_end(jb_container *c)
{
	StringInfo	buf = c->buf;

	if (c->pending)
	{
		uint32		header = (uint32) c->next | JB_FARRAY;
		size_t		head = sizeof(header) + c->next * sizeof(JEntry);
		size_t		data = buf->len - c->data;

		check_size(c->parent, head);
		enlargeStringInfo(buf, head);
		memmove(buf->data + c->data + head, buf->data + c->data, data);
		memcpy(buf->data + c->entries, &header, sizeof(header));
		memcpy(buf->data + c->entries + sizeof(header), c->pending, c->next * sizeof(JEntry));
		buf->len += head;
		c->data += head;
		pfree(c->pending);
		c->pending = NULL;
	}
	else if (c->next != c->count)
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
