/*
 * numbers_internal.h: what the parts of the number reader share (not an API).
 *
 * numbers_lexicon.c holds the number and unit lexicon, numbers_atoms.c cuts
 * tokens into atoms, numbers.c reads number phrases over them.
 */
#ifndef CORPUS_NUMBERS_INTERNAL_H
#define CORPUS_NUMBERS_INTERNAL_H

#include "numbers.h"

/* The lexicon; cp_lex_lookup() gives indexes into it. */
extern const cp_lex_entry cp_num_lexicon[];

/* A vulgar fraction character at s[0..len) ("½", "⅔"): its value, or 0. */
double		cp_num_vulgar_fraction(const char *s, size_t len);

#endif
