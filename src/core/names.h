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
 * Is the word w[0..len), in any case and with or without a final period, a
 * legal form of an organization ("Inc", "Corp.", "GmbH", "JSC")?
 */
bool		cp_name_is_legal_form(const char *w, size_t len);

/*
 * Is the word w[0..len) a Romance "of" in lower case ("de", "do", "da",
 * "del", "di", "della", "des", "du", "dos", "das"), which joins the words of
 * one name ("Banco do Brasil")?
 */
bool		cp_name_is_romance_of(const char *w, size_t len);

/*
 * The letters of an initialism written as one word of capitals, dotted or
 * with "&" ("UNRWA", "U.N.", "S&P" -> "SP"), NUL-terminated into
 * out[0..cap); their count, or 0 when s[0..len) is no initialism or has
 * fewer than two letters or too many for out.
 */
size_t		cp_initialism(const char *s, size_t len, char *out, size_t cap);

/*
 * The features of a pair for the learned decision, in this order: the rule
 * decision below, key agreement, and how the words of the two names align
 * (matched, exact, initials, unmatched, distinctive, order, letters
 * covered).  Counts are of words; "s" is the name with fewer words.
 */
typedef enum cp_name_feature
{
	CP_NF_RULE,					/* cp_same_entity_rules() */
	CP_NF_KEY_EQUAL,
	CP_NF_KEY_DICE,				/* letter-bigram Dice of the keys */
	CP_NF_KEY_SIMILARITY,		/* edit similarity of the keys */
	CP_NF_WORDS_S,
	CP_NF_WORDS_L,
	CP_NF_ORG_EITHER,
	CP_NF_ORG_BOTH,
	CP_NF_FULL,					/* whole-word matches */
	CP_NF_EXACT,
	CP_NF_INITIALS,
	CP_NF_WEAK,
	CP_NF_UNMATCHED_S,
	CP_NF_UNMATCHED_L,
	CP_NF_DISTINCT_UNMATCHED_S,	/* not kinds of organization */
	CP_NF_DISTINCT_UNMATCHED_L,
	CP_NF_DISTINCT_FULL,
	CP_NF_FIRST_ALIGNED,		/* first word to first word */
	CP_NF_LAST_ALIGNED,
	CP_NF_SHARE_S,				/* share of words matched */
	CP_NF_SHARE_L,
	CP_NF_SHARE_LETTERS,		/* share of skeleton letters matched */
	CP_NF_LONGEST_EXACT,		/* letters of the longest exact match */
	CP_NF_LONGEST_UNMATCHED,
	CP_NF_UNMATCHED_SIMILARITY, /* the closest two unmatched words */
	CP_NF_GENERIC,				/* kinds of organization in both */
	CP_NF_GIVEN_ALIGNED,		/* the rules' given-name test */
	CP_NF_INVERSIONS,			/* matched words out of order */
	CP_NF_KEY_LENGTH_RATIO,
	CP_NF_EMPTY,				/* a name with no words */
	CP_NF_PERSON_RULE,
	CP_NF_ORG_RULE,
	CP_NF_FIRST_EQUAL,			/* the first words' skeletons equal */
	CP_NF_LONG_MATCHED,			/* matched words of six letters or more */
	CP_NF_INITIALS_LEFT,		/* unmatched initials in l */
	CP_NF_LETTERS_S,			/* skeleton letters of s */

	/*
	 * Vetoes a match the rules did not make: two distinct names of one root
	 * (Mahmud/Muhammad, Hasan/Husayn), two kinds of organization one of
	 * which is a sector ("Daesong Bank"/"Daesong Trading"), persons whose
	 * given names start with letters no transliteration trades
	 * ("Hamid"/"Amid").
	 */
	CP_NF_VETO,
	CP_NAME_NFEATURES
} cp_name_feature;

/* The features of a pair, symmetric in a and b, into features[CP_NAME_NFEATURES]. */
void		cp_name_pair_features(const char *a, size_t alen, const char *b, size_t blen,
								  float *features);

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

/*
 * A name parsed once for many comparisons (one side of a join): what
 * cp_same_entity and cp_name_similarity parse from each argument (about
 * 9 kB, cp_parsed_name_size()).  The comparisons below leave it as it was.
 */
typedef struct cp_parsed_name cp_parsed_name;

size_t		cp_parsed_name_size(void);
void		cp_name_parse(cp_parsed_name *out, const char *name, size_t len);
bool		cp_same_entity_parsed(const cp_forest *forest, cp_parsed_name *a, cp_parsed_name *b);
float		cp_name_similarity_parsed(const cp_forest *forest, cp_parsed_name *a,
									  cp_parsed_name *b);

#endif
