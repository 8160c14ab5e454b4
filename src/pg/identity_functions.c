/*
 * identity_functions.c: corpus.identities(), one identity per person and
 * organization across a set of entities (src/core/identities.h).
 */
#include "entity_type.h"

#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/lsyscache.h"

#include "identities.h"
#include "names.h"

PG_FUNCTION_INFO_V1(corpus_identities);

Datum
corpus_identities(PG_FUNCTION_ARGS)
{
	ArrayType  *array = PG_GETARG_ARRAYTYPE_P(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	Datum	   *elems;
	bool	   *isnull;
	int			n;
	size_t		m = 0;
	cp_identity_name *names;
	Datum	   *given;
	uint32	   *identity,
			   *first;
	corpus_work work;
	const cp_forest *forest = corpus_names_forest();

	corpus_materialize(fcinfo);
	if (ARR_NDIM(array) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("corpus.identities() takes a one-dimensional array of corpus.entity")));
	corpus_work_begin(&work);
	get_typlenbyvalalign(ARR_ELEMTYPE(array), &typlen, &typbyval, &typalign);
	deconstruct_array(array, ARR_ELEMTYPE(array), typlen, typbyval, typalign, &elems, &isnull, &n);
	names = palloc_extended(Max(n, 1) * sizeof(cp_identity_name), MCXT_ALLOC_HUGE);
	given = palloc_extended(Max(n, 1) * sizeof(Datum), MCXT_ALLOC_HUGE);
	for (int i = 0; i < n; i++)
	{
		cp_entity_kind kind;
		const char *name;
		size_t		len;

		if (isnull[i])
			continue;
		corpus_entity_get(elems[i], &kind, &name, &len);
		/* the core reads UTF-8, and no more of a name than it considers */
		if (len > CP_NAME_MAX_BYTES)
			len = pg_mbcliplen(name, (int) len, CP_NAME_MAX_BYTES);
		names[m].kind = (uint8_t) kind;
		names[m].name = pg_server_to_any(name, (int) len, PG_UTF8);
		names[m].len = names[m].name == name ? len : strlen(names[m].name);
		given[m++] = elems[i];
	}
	identity = palloc_extended(Max(m, 1) * sizeof(uint32), MCXT_ALLOC_HUGE);
	first = palloc_extended(Max(m, 1) * sizeof(uint32), MCXT_ALLOC_HUGE);
	cp_resolve_identities(&work.arena, forest, names, m, identity, first);
	for (size_t i = 0; i < m; i++)
	{
		Datum		values[2];
		bool		nulls[2] = {false, false};

		if (first[i] != i)
			continue;			/* one row per distinct entity */
		corpus_row_begin(&work);
		values[0] = given[i];
		values[1] = given[identity[i]];
		corpus_row_put(&work, rsinfo, values, nulls);
	}
	corpus_work_end(&work);
	return (Datum) 0;
}
