/*
 * jsonb_build.h: writing a jsonb value straight into its final buffer, one
 * child at a time.
 *
 * pushJsonbValue() keeps a JsonbValue tree of the whole value (about ten
 * times its serialized size) until JsonbValueToJsonb() writes it out, and
 * sorts every object's keys.  Here the containers are laid out by hand in
 * jsonb's on-disk format (utils/jsonb.h) and every scalar is written where
 * it goes, so nothing but the result is kept.  An array's elements need
 * not be known in advance: they are written where its data goes, and its
 * header is put in front of them when it is closed.  The bytes are those
 * JsonbValueToJsonb() would write for the whole tree.
 *
 * Usage: jb_begin() a writer in the memory context the result must live in,
 * jb_begin_object() the root (parent NULL), then for every child in order
 * either a scalar (jb_add_string(), jb_add_numeric(), jb_add_null()) or
 * jb_begin_array()/jb_begin_object() a container (with its parent) filled
 * the same way and closed by jb_end(); jb_end() the root and take the
 * result with jb_finish().  jb_size() tells how far the result has grown.
 */
#ifndef CORPUS_JSONB_BUILD_H
#define CORPUS_JSONB_BUILD_H

#include "postgres.h"

#include "lib/stringinfo.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

typedef struct jb_container
{
	StringInfo	buf;			/* the whole result, varlena header first */
	struct jb_container *parent;
	int			entries;		/* offset in buf of the first JEntry */
	int			data;			/* offset in buf of the first child's data */
	int			count;			/* JEntries: twice the pairs of an object */
	int			next;			/* the next JEntry to fill */
	uint32		end;			/* end of the last child, from data */
	JEntry	   *pending;		/* an array's JEntries, until it is closed */
	int			pending_cap;
} jb_container;

/* Start a result in the current memory context. */
extern void jb_begin(StringInfo buf);

/*
 * An array of any number of elements (the limit error past jsonb's
 * maximum): its JEntries are kept aside, in the current memory context,
 * until jb_end().
 */
extern void jb_begin_array(jb_container *c, StringInfo buf, jb_container *parent);

/* An object's key with its length, known when the program is compiled. */
typedef struct jb_key
{
	const char *name;
	int			len;
} jb_key;

#define JB_KEY(s) {(s), sizeof(s) - 1}

/*
 * An object with these count keys, in jsonb's order (shorter first, then
 * bytewise, no duplicates); its values follow in the same order.
 */
extern void jb_begin_object(jb_container *c, StringInfo buf, jb_container *parent,
							const jb_key *keys, int count);

/* The next child of c: a string (in the server encoding), a numeric, a null. */
extern void jb_add_string(jb_container *c, const char *s, size_t len);
extern void jb_add_numeric(jb_container *c, Numeric n);
extern void jb_add_null(jb_container *c);

/* Close c once all its children are in, as the next child of its parent. */
extern void jb_end(jb_container *c);

/* Bytes written so far. */
static inline size_t
jb_size(StringInfo buf)
{
	return (size_t) buf->len;
}

/* The finished value (the root closed). */
extern Jsonb *jb_finish(StringInfo buf);

#endif
