/*
 * names.h: when two spellings name the same person or organization.
 *
 * One function decides when two spellings name the same entity; the
 * corpus.entity type's equality and hashing, corpus.entity_key() and
 * corpus.same_entity() all use it.
 *
 * A name is folded (case, accents, punctuation, Cyrillic to Latin),
 * split into words, stripped of titles ("President", "Sheikh"), particles
 * ("al-", "bin", "van") and legal forms ("Ltd", "JSC"), reordered when
 * written "SURNAME, Given", and each word is reduced to a transliteration
 * skeleton (vowel runs merged, doubled letters folded, q/k/g, kh/h,
 * dh/d, ph/f, ou/u/o, y/i ... unified).  See doc/names.md.
 */
#ifndef CORPUS_NAMES_H
#define CORPUS_NAMES_H

#include "arena.h"

/* Only the first CP_NAME_MAX_BYTES bytes of a name are considered. */
#define CP_NAME_MAX_BYTES 1024
/* Capacity a key buffer needs for any input (keys never grow beyond it). */
#define CP_NAME_KEY_CAP (2 * CP_NAME_MAX_BYTES + 16)

/*
 * The key of name[0..len) (UTF-8) as a NUL-terminated string in arena;
 * *keylen gets its length.  Deterministic and total: any bytes give a key.
 * Two spellings of one name get the same key.
 */
const char *cp_name_key(cp_arena *arena, const char *name, size_t len, size_t *keylen);

/*
 * The same key written into out[0..CP_NAME_KEY_CAP) without allocating
 * (NUL-terminated); returns its length.  For callers on a hot path.
 */
size_t		cp_name_key_buf(const char *name, size_t len, char *out);

/*
 * Whether two names denote the same entity: equal keys, or the words of
 * the shorter aligned to the longer with a length-scaled tolerance: for
 * persons the same given name and family name up to dropped middle names,
 * initials, a rotated order, a kunya or a maternal name; for organizations
 * the same distinctive words.  Symmetric.
 */
bool		cp_same_entity(const char *a, size_t alen, const char *b, size_t blen);

/* Similarity in [0, 1] for ranking; 1 for equal keys.  Symmetric. */
float		cp_name_similarity(const char *a, size_t alen, const char *b, size_t blen);

#endif
