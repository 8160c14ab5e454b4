/*
 * attribution.c: the entity named by a phrase that says or claims something
 * (attribution.h).
 */
#include "attribution.h"

#include "entities.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Does s[0..len) open with "'s" or "’s" ending a word? */
static bool
possessive(const char *s, size_t len)
{
	size_t		mark = len >= 1 && s[0] == '\'' ? 1 :
		len >= 3 && memcmp(s, "\u2019", 3) == 0 ? 3 : 0;

	return mark && len > mark && (s[mark] == 's' || s[mark] == 'S') &&
		(len == mark + 1 || !isalnum((unsigned char) s[mark + 1]));
}

/* Longest neighbour word taken in, blanks before it included: a word, not a run of junk. */
#define NEIGHBOUR_MAX 64

/*
 * The bytes of doc's text around [start, end) with one more word on each
 * side within the line: the tagger reads a surname before "said" as a
 * person where alone it reads a place ("Carney said").
 */
static void
with_neighbours(const cp_doc *doc, uint32_t start, uint32_t end, uint32_t *from, uint32_t *to)
{
	const char *t = doc->text;
	uint32_t	i = start,
				j = end;

	while (i > 0 && start - i < NEIGHBOUR_MAX && (t[i - 1] == ' ' || t[i - 1] == '\t'))
		i--;
	while (i > 0 && start - i < NEIGHBOUR_MAX && !isspace((unsigned char) t[i - 1]))
		i--;
	while (j < doc->len && j - end < NEIGHBOUR_MAX && (t[j] == ' ' || t[j] == '\t'))
		j++;
	while (j < doc->len && j - end < NEIGHBOUR_MAX && !isspace((unsigned char) t[j]))
		j++;
	*from = i;
	*to = j;
}

bool
cp_attributed_entity(cp_doc *doc, uint32_t start, uint32_t len, cp_attributed *out,
					 cp_status *status)
{
	static const int rank[] = {[CP_ENT_PER] = 0,[CP_ENT_ORG] = 1,[CP_ENT_LOC] = 2,[CP_ENT_MISC] = 3};
	const char *s = doc->text + start;
	uint32_t	from,
				to;
	cp_doc		context;
	cp_vec		mentions;
	const cp_mention *best = NULL;
	uint32_t	best_end = 0;
	cp_arena_mark mark;

	*status = CP_OK;
	if (doc->model == NULL || len == 0)
		return false;
	with_neighbours(doc, start, start + len, &from, &to);
	/* the tagger's memory goes back after each phrase: a document has many */
	mark = cp_arena_save(doc->arena);
	cp_doc_init(&context, doc->arena, doc->text + from, to - from, doc->model);
	cp_vec_init(&mentions, sizeof(cp_mention));
	if ((*status = cp_extract_entities(&context, &mentions)) != CP_OK)
	{
		cp_arena_reset(doc->arena, mark);
		return false;
	}
	for (size_t i = 0; i < mentions.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&mentions, cp_mention, i);
		/* m's bytes in the phrase: a neighbour the tagger took in is cut off */
		uint32_t	ms = m->start + from > start ? m->start + from - start : 0,
					me = m->start + m->len + from > start ? m->start + m->len + from - start : 0;
		const char *name = m->name;
		size_t		name_len = m->name_len;
		bool		whole;

		if (me > len)
			me = len;
		if (me <= ms)
			continue;			/* a neighbour */
		if (me - ms != m->len)
		{
			name = s + ms;		/* "said Takashi Yamanaka" -> "Takashi Yamanaka" */
			name_len = me - ms;
		}
		whole = me == len && (ms == 0 || (ms == 4 && strncasecmp(s, "the ", 4) == 0));
		if (m->kind == CP_ENT_MISC || (m->kind == CP_ENT_LOC && !whole))
			continue;
		/* a tag in brackets is an aside: "Rep. Jim Jordan (R-Ohio)" */
		if (ms > 0 && s[ms - 1] == '(')
			continue;
		/* a possessor is not the one speaking: "Obama's former campaign strategist" */
		if (possessive(s + me, len - me))
			continue;
		if (best != NULL && m->kind == best->kind && ms == best_end + 1 && s[ms - 1] == ' ')
		{
			/* one name the tagger cut in two: "John" "D. Podesta" */
			out->len = start + me - out->start;
			out->name = doc->text + out->start;
			out->name_len = out->len;
			best = m;
			best_end = me;
			continue;
		}
		/* of two of a kind the last is the head: "Dean Witter analyst Lawrence Adelman" */
		if (best == NULL || rank[m->kind] <= rank[best->kind])
		{
			best = m;
			best_end = me;
			/* names point into the text or at built-in strings, not into the arena */
			out->kind = m->kind;
			out->start = start + ms;
			out->len = me - ms;
			out->name = name;
			out->name_len = name_len;
		}
	}
	cp_arena_reset(doc->arena, mark);
	return best != NULL;
}
