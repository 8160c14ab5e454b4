/*
 * entity_type.h: the corpus.entity type (kind and name) for other fmgr files.
 *
 * On disk: a varlena whose payload is the kind (1 byte), the length of the
 * name key (4 bytes, unaligned), the key (UTF-8, from cp_name_key) and the
 * display name (server encoding).  Equality, ordering and hashing use kind
 * and key only, so "PER:John Kerry" = "PER:JOHN  KERRY".
 */
#ifndef CORPUS_ENTITY_TYPE_H
#define CORPUS_ENTITY_TYPE_H

#include "corpus_pg.h"

#include "entities.h"
#include "ner.h"

/* An entity datum from a kind and a UTF-8 name (converted to the server encoding). */
Datum		corpus_entity_make(cp_entity_kind kind, const char *name, size_t len);

/* The entity of a tagged mention, its name already in the server encoding. */
Datum		corpus_entity_of_mention(const cp_mention *m, const text *name);

/* The kind and display name (server encoding) of an entity datum. */
void		corpus_entity_get(Datum d, cp_entity_kind *kind, const char **name, size_t *len);

/* The tagger model, loaded from the extension's share directory on first use. */
const cp_ner_model *corpus_ner_model(void);

#endif
