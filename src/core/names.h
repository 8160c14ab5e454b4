/*
 * names.h: the normalized key of a person's or organization's name.
 *
 * One function decides when two spellings name the same entity; the
 * corpus.entity type's equality and hashing, corpus.entity_key() and
 * corpus.same_entity() all use it.
 */
#ifndef CORPUS_NAMES_H
#define CORPUS_NAMES_H

#include "arena.h"

/*
 * The key of name[0..len) (UTF-8) as a NUL-terminated string in arena;
 * *keylen gets its length.  Deterministic and total: any bytes give a key.
 */
const char *cp_name_key(cp_arena *arena, const char *name, size_t len, size_t *keylen);

#endif
