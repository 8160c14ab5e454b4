/*
 * titles.h: words written before a name as a title ("President", "Sheikh",
 * "Gen."), one list for every reader.
 *
 * The readers do not drop the same words: a name key drops Arabic and
 * Malay honorifics the tagger never sees, a quote's speaker loses
 * "Democratic" or "U.N." before the name, and only some titles make a
 * mention the tagger called an organization a person.  Each word says
 * which uses it has.
 */
#ifndef CORPUS_TITLES_H
#define CORPUS_TITLES_H

#include "host.h"

enum
{
	CP_TITLE_KEY = 1 << 0,		/* dropped before the name in a name key (names_key.c) */
	CP_TITLE_MENTION = 1 << 1,	/* before a name, not part of it (entities.c) */
	CP_TITLE_PERSON = 1 << 2,	/* carried by people only (entities.c) */
	CP_TITLE_SPEAKER = 1 << 3,	/* before a speaker's name (quotes.c) */
	CP_TITLE_COURTESY = 1 << 4, /* "Mr", "Dr": a person's, whatever the tagger read (entities.c) */
};

/*
 * The uses (CP_TITLE_*) of word[0..len), lower-case as written (a final
 * period is part of the word: "gen." is a title before a speaker, "gen" in
 * a name key); 0 for a word that is no title.
 */
unsigned	cp_title_uses(const char *word, size_t len);

/*
 * The list itself, for a reader that merges it into a table of its own:
 * how many titles (at most CP_TITLES_MAX), and title i's word and uses.
 */
#define CP_TITLES_MAX 256
size_t		cp_title_count(void);
const char *cp_title_word(size_t i, unsigned *uses);

#endif
