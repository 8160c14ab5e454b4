/*
 * fuzz_model.h: the tagger model for the fuzz targets that need it, parsed
 * once from the bytes of $CORPUS_DATA_DIR/ner.bin (default data/); a target
 * that cannot load it aborts rather than fuzzing without it.
 */
#ifndef CORPUS_FUZZ_MODEL_H
#define CORPUS_FUZZ_MODEL_H

#include "entities.h"

#include "../unit/data_file.h"

static const cp_ner_model *
fuzz_model(void)
{
	static cp_ner_model *model;

	if (model == NULL)
	{
		char		path[1024];
		char		err[1200];
		size_t		len = 0;
		char	   *bytes;

		cp_set_host(&cp_malloc_host);
		data_file_path("ner.bin", path);
		bytes = read_file_bytes(path, &len);
		if (!bytes || cp_ner_model_parse(bytes, len, path, &model, err, sizeof(err)) != CP_OK)
		{
			fprintf(stderr, "%s: %s\n", path, bytes ? err : "unreadable");
			abort();
		}
		/* the model points into bytes: kept for the process */
	}
	return model;
}

#endif
