/*
 * quantity_type.h: the corpus.quantity type for other fmgr files.
 *
 * On disk the value is the core's cp_quantity as is (fixed length, double
 * alignment), so a datum is a palloc'd copy.
 */
#ifndef CORPUS_QUANTITY_TYPE_H
#define CORPUS_QUANTITY_TYPE_H

#include "corpus_pg.h"

#include "quantity.h"

/* A corpus.quantity datum in the current memory context. */
Datum		corpus_quantity_datum(const cp_quantity *q);

#endif
