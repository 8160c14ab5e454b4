/*
 * claims_internal.h: what claims.c (sources, dates, emitting),
 * claims_kind.c (kinds, groups, the words before a number) and
 * claims_after.c (the words after it) share.
 */
#ifndef CORPUS_CLAIMS_INTERNAL_H
#define CORPUS_CLAIMS_INTERNAL_H

#include "claims.h"
#include "quantities.h"
#include "sentences.h"
#include "tokenize.h"

/* How far (in tokens) the words that carry a claim may sit from its number. */
#define AFTER_WINDOW 8
#define BEFORE_WINDOW 6
#define TOLL_WINDOW 25

/* Per-number working state inside one sentence. */
typedef struct frame
{
	const cp_quantity_mention *q;
	size_t		first;			/* first token of the number phrase */
	size_t		last;			/* last token of the number phrase */
	size_t		group_first;	/* group head span (tokens); group_last < group_first: none */
	size_t		group_last;
	size_t		anchor;			/* last token of the claim (verb after the group, or group) */
	int			kind;			/* -1: not a claim (yet) */
	bool		from_toll;		/* kind from "death toll ... rose to N" */
	bool		beyond;			/* "passed N": more than N */
	bool		refused;		/* no claim, whatever its neighbours are */
	bool		kind_from_adjective;	/* "displaced people": a verb before may say more */
	bool		needs_person;	/* its kind holds for people only ("in jail") */
	bool		own_verb;		/* a verb of its own follows: takes no kind by coordination */
	size_t		verb;			/* the token before the number that gave the kind, or SIZE_MAX */
	size_t		toll;			/* token index of "toll" when from_toll */
} frame;

/* A word and the kind of claim it carries. */
typedef struct word_kind
{
	const char *word;
	int			kind;
} word_kind;

/*
 * Words after the counted group ("were killed"), before the number
 * ("killed 1,200 people"), inside the group ("253 hostages").
 */
extern const word_kind after_words[];
extern const word_kind before_words[];
extern const word_kind group_words[];

/* Passed over between a group and its verb: "are said to have been killed". */
extern const char *const after_skip[];

/* Auxiliaries after a parenthetical: "536 Palestinians, including ..., have been killed". */
extern const char *const auxiliaries[];

/* Words that take a part of a counted whole: "any of the 17 men". */
extern const char *const partitive_heads[];

/* Plural people that end in none of person_group()'s endings. */
extern const char *const person_plurals[];

/* Modifiers skipped before the head of a group, never part of its key. */
extern const char *const group_skip[];

/* Ordinals after "a": "a third Marine". */
extern const char *const ordinals[];

/* Verbs that take lives: "claimed 30 lives" (and then report nothing). */
extern const char *const taking_verbs[];

bool		in_list(const char *text, const cp_token *t, const char *const *list);
/* The kind t carries in list, or -1. */
int			kind_of(const char *text, const cp_token *t, const word_kind *list);
/* Is t a plural-looking or collective noun that heads a group? */
bool		is_group_head(const char *text, const cp_token *t);
/* Does t open the object of a verb ("the", "his", "one")? */
bool		starts_object(const char *text, const cp_token *t);
bool		is_capitalized(const cp_token *t);
bool		ends_with(const char *text, const cp_token *t, const char *suffix);
bool		is_demonym(const char *text, const cp_token *t);
bool		demonym_head(const char *text, const cp_token *tok, size_t n, size_t j);
bool		phrase_ends(const char *text, const cp_token *tok, size_t n, size_t j);
bool		verb_of_one(const char *text, const cp_token *t);
bool		both_at(const char *text, const cp_token *tok, size_t n, size_t i);

/* Could text hold a claim: a word a claim's kind can come from, anywhere? */
bool		text_may_hold_claims(const char *text, size_t len);

/* Does the sentence hold a word a claim's kind can come from? */
bool		has_kind_word(const char *text, const cp_sentence *s);

/* Does tok[i] ("claimed", "cost") take lives a few words on? */
bool		takes_lives(const char *text, const cp_token *tok, size_t n, size_t i);

/* claims_after.c: the kind of a particle verb at tok[i] with its particle ("gunned down"), or -1 */
int			particle_kind(const char *text, const cp_token *tok, size_t n, size_t i);
/* is the word before tok[at], past before_skip words, in list? */
bool		verb_before(const char *text, const cp_token *tok, size_t at, const char *const *list);
/* does the frame's group name people, as "seized", "captured", "executed" also take things? */
bool		person_group(const char *text, const cp_token *tok, const frame *f);

/*
 * The steps of reading one number's frame, in this order (find_group,
 * lives_group and scan_before in claims_kind.c, scan_after in
 * claims_after.c).
 */
void		find_group(const char *text, const cp_token *tok, size_t n, frame *f);
void		lives_group(const char *text, const cp_token *tok, size_t n, frame *f);
void		scan_after(const char *text, const cp_token *tok, size_t n, frame *f);
void		scan_before(const char *text, const cp_token *tok, frame *f);

/* Is the number no count of people: a proportion, an age after a name, a part of the dead? */
bool		not_a_count(const char *text, const cp_token *tok, size_t n, const frame *f);

/* Does the frame's group name things: bodies nobody finds, rifles seized? */
bool		not_people(const char *text, const cp_token *tok, size_t n, const frame *f);

/*
 * Is the frame the second half of a clause whose verb is left out: "and"
 * before it, no group or "others" ("detained in Spain and 12 others
 * elsewhere")?
 */
bool		elliptical(const char *text, const cp_token *tok, const frame *f);

/* Are tokens (a, b) exclusive only connectors between two coordinated numbers? */
bool		connected(const char *text, const cp_token *tok, size_t a, size_t b);

#endif
