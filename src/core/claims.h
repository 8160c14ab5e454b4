/*
 * claims.h: casualty and event counts as normalized claims.
 *
 * A claim is a quantity (quantities.h) that counts people to whom something
 * happened: killed, wounded, held hostage, kidnapped, arrested, displaced or
 * missing.  The kind comes from the words around the number, in the same
 * clause: a verb after the counted group ("536 Palestinians have been
 * killed", "seven more troops had died", "four killed"), a verb or noun
 * before the number ("killed 1,200 people", "the death of 13 soldiers", "the
 * death toll rose to more than 700"), or the group itself ("253 hostages",
 * "a million displaced people").  Numbers coordinated with a claim share its
 * kind ("more than 700 Palestinians and 34 Israelis", "536 Palestinians,
 * including almost 100 children, have been killed", "25 soldiers have died,
 * along with two civilians").
 *
 * The group is the plural or collective noun the number counts ("mostly
 * civilian Palestinians", "police officers", "18 members of the same
 * family"), a singular noun right after "one", the noun before the kind word
 * of a rising count ("the number of Palestinians killed rose to 630"), or
 * the group of the claim before it in the sentence ("40 Palestinians were
 * killed and more than 200 wounded").
 *
 * The source is who the article says the figure comes from: "according to
 * X", "X said/says/reported (that) ...", "..., X said.", "quoted X as
 * saying", or the speaker of the quotation holding the figure; none when
 * the article states it in its own voice.  The as-of date is the date
 * expression of the same sentence (dates.h), else the reference date.
 */
#ifndef CORPUS_CLAIMS_H
#define CORPUS_CLAIMS_H

#include "arena.h"
#include "article.h"
#include "doc.h"
#include "entities.h"
#include "quantity.h"

typedef enum cp_claim_kind
{
	CP_CLAIM_KILLED,
	CP_CLAIM_WOUNDED,
	CP_CLAIM_HOSTAGES,
	CP_CLAIM_KIDNAPPED,
	CP_CLAIM_ARRESTED,
	CP_CLAIM_DISPLACED,
	CP_CLAIM_MISSING,
} cp_claim_kind;

typedef struct cp_claim
{
	uint32_t	start;			/* byte span: the number and the words carrying the claim */
	uint32_t	len;
	uint8_t		kind;			/* cp_claim_kind */
	cp_quantity value;
	uint32_t	subject_start;	/* the group counted, as written; len 0: none */
	uint32_t	subject_len;
	const char *subject_key;	/* normalized group ("israeli soldier"), "" if none */
	uint32_t	source_start;	/* who the figure comes from; len 0: none */
	uint32_t	source_len;
	int8_t		source_kind;	/* cp_entity_kind the source names (attribution.h), -1: none */
	const char *source_name;	/* that entity's in-article name */
	size_t		source_name_len;
	bool		has_asof;
	bool		asof_lo_inf;
	bool		asof_hi_inf;
	int32_t		asof_lo;		/* half-open day range, day numbers (calendar.h) */
	int32_t		asof_hi;
	int			sentence;		/* 1-based, as corpus.sentences() numbers them */
} cp_claim;

const char *cp_claim_kind_name(int kind);

/*
 * Append the claims of a document to out (items: cp_claim), in text order.
 * The reference mode names (article.h: none, reference_days, or the date
 * the article states) resolves relative dates and is the as-of date of
 * figures that carry none.  The quantities and dates are read sentence by
 * sentence, the quotes a block of lines at a time (quotes.h), so memory does
 * not grow with the document beyond the claims themselves (hand them to a
 * sink); source entities need doc->model (none without it).
 */
cp_status	cp_extract_claims(cp_doc *doc, cp_reference_mode mode, int32_t reference_days,
							  cp_vec *out);

/*
 * Self-check for the unit tests: every word that can carry a claim is a
 * word the document and sentence prefilters look for; false with the first
 * that is not in *missing.
 */
bool		cp_claims_prefilter_covers(const char **missing);

/* The normalized key of a group phrase ("Israeli soldiers" -> "israeli soldier"). */
const char *cp_claim_subject_key(cp_arena *arena, const char *s, size_t len);

#endif
