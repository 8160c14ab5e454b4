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
#include "forest.h"

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
 * The features of a pair for the learned decision: the rule decision below,
 * key agreement, and how the words of the two names align (matched, exact,
 * initials, unmatched, distinctive, order, letters covered).  Symmetric in
 * a and b.  Written to features[0..CP_NAME_NFEATURES).
 */
#define CP_NAME_NFEATURES 37
void		cp_name_pair_features(const char *a, size_t alen, const char *b, size_t blen,
								  float *features);

/*
 * The feature that vetoes a match the rules did not make: two distinct
 * names of one root (Mahmud/Muhammad, Hasan/Husayn), two kinds of
 * organization one of which is a sector ("Daesong Bank"/"Daesong
 * Trading"), persons whose given names start with letters no
 * transliteration trades ("Hamid"/"Amid").
 */
#define CP_NAME_FEATURE_VETO 36

/*
 * The decision from a pair's features and its forest score: the rules or
 * equal keys say same, or no veto and score >= threshold.
 */
bool		cp_name_decision(const float *features, float score, float threshold);

/*
 * The rule decision alone (the first feature): equal keys, or the words of
 * the shorter name aligned to the longer with a length-scaled tolerance:
 * for persons the same given name and family name up to dropped middle
 * names, initials, a rotated order, a kunya or a maternal name; for
 * organizations the same distinctive words.  Symmetric.
 */
bool		cp_same_entity_rules(const char *a, size_t alen, const char *b, size_t blen);

/*
 * Whether two names denote the same entity: cp_name_decision() over the
 * pair's features and their score by forest (data/names_forest.tsv, trained
 * by tools/train_names.c).  Symmetric and reflexive.
 */
bool		cp_same_entity(const cp_forest *forest, const char *a, size_t alen,
						   const char *b, size_t blen);

/*
 * Similarity in [0, 1] for ranking; 1 for equal keys, at least 0.75 when
 * cp_same_entity holds, below otherwise.  Symmetric.
 */
float		cp_name_similarity(const cp_forest *forest, const char *a, size_t alen,
							   const char *b, size_t blen);

#endif
