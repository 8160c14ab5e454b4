/*
 * attribution.h: the entity named by a phrase that says or claims something.
 *
 * Quote speakers ("Hamas leader Khaled Mashaal said") and claim sources
 * ("the Ministry of Health said", "according to Israel") ask one question:
 * which person, organization or place does the phrase name?  One policy
 * answers it for both: the tagger run on the phrase and the word on each
 * side of it (the reporting verb, mostly), preferring a
 * person, then an organization, and of two of a kind the last (the head of
 * the noun phrase), joined to one just before it when only a space lies
 * between (a name the tagger cut in two), never one in brackets (a party
 * and state tag) or a possessor ("Obama's strategist"); a place counts
 * only when it is the whole
 * phrase, with or without "the" ("Israel says"), since in "the Gaza health
 * ministry" the place is not the one speaking.  Other kinds (MISC) never
 * speak.  The phrase is tagged on its own rather than taken from the
 * article's mentions so that corpus.quotes and corpus.claims need not tag
 * the whole article; quotes first complete a bare surname from a full name
 * the article gave ("Kerry" -> "John Kerry").
 */
#ifndef CORPUS_ATTRIBUTION_H
#define CORPUS_ATTRIBUTION_H

#include "doc.h"

typedef struct cp_attributed
{
	uint8_t		kind;			/* cp_entity_kind: PER, ORG or LOC */
	uint32_t	start;			/* byte span of the mention in doc->text */
	uint32_t	len;
	const char *name;			/* its name (the tagger's), in the text or static */
	size_t		name_len;
} cp_attributed;

/*
 * The entity doc->text[start..start+len) names, into *out; false when it
 * names none or doc has no model (*status tells a failure apart).  The
 * tagger's working memory is given back to doc->arena before returning.
 */
bool		cp_attributed_entity(cp_doc *doc, uint32_t start, uint32_t len, cp_attributed *out,
								 cp_status *status);

#endif
