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
	const cp_ner_model *model;

	cp_set_host(&cp_malloc_host);
	if ((model = unit_ner_model(NULL, NULL)) == NULL)
		abort();
	return model;
}

#endif
