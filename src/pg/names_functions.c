/*
 * names_functions.c: corpus.entity_key(), corpus.same_entity() and
 * corpus.name_similarity().
 *
 * These run on every row of a join, so they skip the per-call memory
 * context of the extractors: the core works in fixed buffers and only the
 * result is palloc'd; same_entity and name_similarity keep the parsed names
 * of their last arguments.  The same-entity forest is loaded once per
 * backend, on first use.
 */
#include "corpus_pg.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "names.h"

#include "miscadmin.h"

PG_FUNCTION_INFO_V1(corpus_entity_key);
PG_FUNCTION_INFO_V1(corpus_same_entity);
PG_FUNCTION_INFO_V1(corpus_name_similarity);

/*
 * The UTF-8 bytes of a name argument: in place in UTF8 and SQL_ASCII
 * databases, converted otherwise.  Only the first CP_NAME_MAX_BYTES bytes
 * matter to the core, so conversion stops there too.
 */
static const char *
name_arg(text *t, size_t *len)
{
	const char *data = VARDATA_ANY(t);
	size_t		n = VARSIZE_ANY_EXHDR(t);
	int			enc = GetDatabaseEncoding();

	if (enc != PG_UTF8 && enc != PG_SQL_ASCII)
	{
		char	   *conv;

		if (n > CP_NAME_MAX_BYTES)
			n = pg_mbcliplen(data, (int) n, CP_NAME_MAX_BYTES);
		conv = pg_server_to_any(data, (int) n, PG_UTF8);
		if (conv != data)
			n = strlen(conv);
		data = conv;
	}
	*len = n;
	return data;
}

/* Loaded on first use; a failed load is retried on the next call. */
static cp_forest *names_forest;

static cp_status
parse_names_forest(const char *bytes, size_t len, const char *what, void *out, char *err,
				   size_t errlen)
{
	return cp_forest_parse(bytes, len, CP_NAME_NFEATURES, what, out, err, errlen);
}

const cp_forest *
corpus_names_forest(void)
{
	if (!names_forest)
		corpus_model_load("names_forest.tsv", parse_names_forest, &names_forest,
						  "The model is installed with the extension (make install); "
						  "retrain it with \"make names-model\".");
	return names_forest;
}

Datum
corpus_entity_key(PG_FUNCTION_ARGS)
{
	size_t		len,
				keylen;
	const char *name = name_arg(PG_GETARG_TEXT_PP(0), &len);
	char		key[CP_NAME_KEY_CAP];

	keylen = cp_name_key_buf(name, len, key);
	PG_RETURN_TEXT_P(corpus_text_from_utf8(key, keylen));
}

/*
 * The parsed names of the last arguments of one call site, kept across
 * calls: a join compares one name with many, and parsing is half the work.
 * A name is only read up to CP_NAME_MAX_BYTES bytes, so that is all that
 * is compared.
 */
typedef struct name_slot
{
	bool		valid;
	size_t		len;
	char		bytes[CP_NAME_MAX_BYTES];
	cp_parsed_name *parsed;
} name_slot;

static cp_parsed_name *
parsed_arg(FunctionCallInfo fcinfo, int arg)
{
	name_slot  *slots = fcinfo->flinfo->fn_extra;
	name_slot  *slot;
	size_t		len;
	const char *name = name_arg(PG_GETARG_TEXT_PP(arg), &len);

	if (!slots)
	{
		slots = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, 2 * sizeof(name_slot));
		for (int i = 0; i < 2; i++)
			slots[i].parsed = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, cp_parsed_name_size());
		fcinfo->flinfo->fn_extra = slots;
	}
	slot = &slots[arg];
	if (len > CP_NAME_MAX_BYTES)
		len = CP_NAME_MAX_BYTES;
	if (!slot->valid || slot->len != len || memcmp(slot->bytes, name, len) != 0)
	{
		slot->valid = false;
		cp_name_parse(slot->parsed, name, len);
		memcpy(slot->bytes, name, len);
		slot->len = len;
		slot->valid = true;
	}
	return slot->parsed;
}

Datum
corpus_same_entity(PG_FUNCTION_ARGS)
{
	const cp_forest *forest = corpus_names_forest();

	PG_RETURN_BOOL(cp_same_entity_parsed(forest, parsed_arg(fcinfo, 0), parsed_arg(fcinfo, 1)));
}

Datum
corpus_name_similarity(PG_FUNCTION_ARGS)
{
	const cp_forest *forest = corpus_names_forest();

	PG_RETURN_FLOAT4(cp_name_similarity_parsed(forest, parsed_arg(fcinfo, 0), parsed_arg(fcinfo, 1)));
}
