/*
 * names_key.h: a name parsed into words and skeletons (names_key.c), as the
 * matcher (names_match.c) compares them.  Internal to the core; the public
 * interface is names.h.
 */
#ifndef CORPUS_NAMES_KEY_H
#define CORPUS_NAMES_KEY_H

#include "names.h"

#define NK_MAX_WORDS 32
#define NK_FOLD_CAP (2 * CP_NAME_MAX_BYTES + 16)
#define NK_SKEL_CAP CP_NAME_KEY_CAP

typedef struct nk_word
{
	const char *s;				/* folded letters */
	uint16_t	len;
	uint8_t		cat;
	uint8_t		comma_part;		/* 0 before the first comma, 1 after */
} nk_word;

typedef struct cp_parsed_name
{
	char		fold[NK_FOLD_CAP];
	char		scratch[NK_FOLD_CAP];	/* merged words */
	size_t		scratch_len;
	nk_word		words[NK_MAX_WORDS];
	int			nwords;
	int			ncommas;
	/* result: skeletons of the kept words, back to back */
	char		skel[NK_SKEL_CAP];
	size_t		skel_len;
	uint16_t	tok_off[NK_MAX_WORDS];
	uint16_t	tok_len[NK_MAX_WORDS];
	bool		tok_initial[NK_MAX_WORDS];	/* a lone letter: an initial */
	bool		tok_generic[NK_MAX_WORDS];	/* a kind of organization */
	bool		tok_form[NK_MAX_WORDS];	/* a kind that names only the form */
	int			ntok;
	bool		org;			/* has a legal form, a kind of organization,
								 * a function word or a digit */
	char		key[NK_SKEL_CAP];
	size_t		key_len;
} nk_name;				/* cp_parsed_name in names.h */

/*
 * Steps 1-4 of names_key.c: the key of name[0..len), and the skeletons of
 * its words when tokens is set.  The words point into n itself, so a parsed
 * name is not copied.
 */
void		nk_parse(nk_name *n, const char *name, size_t len, bool tokens);

#endif
