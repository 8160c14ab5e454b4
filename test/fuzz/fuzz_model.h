/*
 * fuzz_model.h: the tagger model for the fuzz targets that need it, loaded
 * once from $CORPUS_DATA_DIR/ner.bin (default data/); a target that cannot
 * load it aborts rather than fuzzing without it.
 */
#ifndef CORPUS_FUZZ_MODEL_H
#define CORPUS_FUZZ_MODEL_H

#include "entities.h"

#include <stdio.h>
#include <stdlib.h>

static const cp_ner_model *
fuzz_model(void)
{
	static cp_ner_model *model;

	if (model == NULL)
	{
		const char *dir = getenv("CORPUS_DATA_DIR");
		char		path[1024];
		char		err[1200];

		cp_set_host(&cp_malloc_host);
		snprintf(path, sizeof(path), "%s/ner.bin", dir ? dir : "data");
		if (cp_ner_model_load(path, &model, err, sizeof(err)) != CP_OK)
		{
			fprintf(stderr, "%s\n", err);
			abort();
		}
	}
	return model;
}

#endif
