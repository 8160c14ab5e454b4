/*
 * quantities.h: quantities in news text, with kind, unit and span.
 *
 * The entry point for other extractors (claims): cp_extract_quantities()
 * walks the article's lines (skipping boilerplate) sentence by sentence and
 * appends one cp_quantity_mention per quantity phrase: qualifiers ("more
 * than", "at least", "about", "up to"), ranges ("between 500 and 600",
 * "500-600"), vague plurals ("hundreds"), then the unit: percent, money,
 * duration, measure, or the noun a count counts ("700 Palestinians").
 * Numbers inside dates, clock times, names ("Fox 5"), phone numbers and
 * codes are not emitted.
 */
#ifndef CORPUS_QUANTITIES_H
#define CORPUS_QUANTITIES_H

#include "arena.h"
#include "doc.h"
#include "quantity.h"

typedef enum cp_quantity_kind
{
	CP_QK_NUMBER,
	CP_QK_ORDINAL,
	CP_QK_PERCENT,
	CP_QK_MONEY,
	CP_QK_DURATION,
	CP_QK_COUNT,
	CP_QK_MEASURE,
} cp_quantity_kind;

typedef struct cp_quantity_mention
{
	uint32_t	start;			/* byte span of the whole phrase */
	uint32_t	len;
	uint8_t		kind;			/* cp_quantity_kind */
	bool		ratio;			/* "1 in 20", "four out of five": a proportion, no count */
	cp_quantity value;
	const char *unit;			/* normalized unit, or the counted noun (not NUL-terminated) */
	uint32_t	unit_len;		/* 0: no unit */
	uint32_t	noun_start;		/* byte span of the counted noun (CP_QK_COUNT) */
	uint32_t	noun_len;
	int			sentence;		/* 1-based */
} cp_quantity_mention;

/* The kind's SQL name: a measure by its unit, "dimension", "temperature" or "age". */
const char *cp_quantity_kind_name(const cp_quantity_mention *m);

/* Append the quantities of a document to out (items: cp_quantity_mention). */
cp_status	cp_extract_quantities(cp_doc *doc, cp_vec *out);

/* Working space of cp_quantities_in_sentence(), reused from sentence to sentence. */
typedef struct cp_quantity_atoms
{
	struct cp_atom *atoms;
	size_t		cap;
} cp_quantity_atoms;

/*
 * The quantities of one sentence of a document walk, appended to out: what
 * cp_extract_quantities() finds in it, for extractors that read the
 * quantities sentence by sentence instead of keeping a document's worth.
 * buf starts zeroed; it grows in arena with the longest sentence.
 */
void		cp_quantities_in_sentence(cp_arena *arena, const char *text, const cp_sentence *sent,
									  cp_quantity_atoms *buf, cp_vec *out);

/*
 * Read one quantity phrase ("more than seven hundred", "about 600",
 * "between 500 and 600"): CP_ERR_SYNTAX unless the whole phrase (apart from
 * surrounding space and punctuation) is one quantity.
 */
cp_status	cp_parse_quantity_phrase(cp_arena *arena, const char *text, size_t len,
									 cp_quantity *out);

#endif
