/*
 * entities_units.c: armed forces' units numbered by an ordinal ("the 90th
 * Infantry Regiment", "20th Division", "4th Light Cruiser Squadron").  The
 * tagger, which saw few of them, reads the ordinal and its unit as an event
 * or a competition ("20th Division" like "First Division"), or leaves the
 * ordinal out; CoNLL-2003 marks a unit as an organization, ordinal and all.
 */
#include "entities_internal.h"
#include "numbers.h"

/* The last words of a unit's name. */
static const word_item unit_heads[] = {
	{"regiment"}, {"division"}, {"brigade"}, {"battalion"}, {"squadron"}, {"corps"},
	{"infantry"}, {"artillery"}, {"cavalry"}, {"fleet"}, {"army"}, {"wing"}, {"group"},
	{"guards"}, {"flotilla"}, {"hussars"}, {"dragoons"}, {"lancers"}, {"rifles"}, {"fusiliers"}
};
static int16_t unit_head_slots[64];
static cp_wordtab unit_head_table = CP_WORDTAB(unit_heads, unit_head_slots);

/*
 * The tokens of the ordinal in digits at token k ("90th", "403rd"): 1, 2
 * where the tokenizer cut the suffix from the number, or 0 where there is
 * none.
 */
static uint32_t
ordinal_tokens(const char *text, const cp_ner_tok *toks, uint32_t k, uint32_t n)
{
	const cp_token *t = &toks[k].tok;
	const char *w = text + t->start;
	size_t		d = 0;

	/* the tokenizer's flag first: most tokens hold no digit */
	if (!(t->flags & CP_TF_HAS_DIGIT))
		return 0;
	while (d < t->len && w[d] >= '0' && w[d] <= '9')
		d++;
	if (d == 0 || d > 4)
		return 0;
	if (d + 2 == t->len)
		return cp_ordinal_suffix(w + d, 2) ? 1 : 0;
	/* a number token and its suffix glued to it */
	if (d == t->len && k + 1 < n && !(toks[k + 1].tok.flags & CP_TF_SPACE_BEFORE) &&
		cp_ordinal_suffix(text + toks[k + 1].tok.start, toks[k + 1].tok.len))
		return 2;
	return 0;
}

/*
 * Tag as an organization an ordinal and the capitalized words after it that
 * end with a unit's word, up to five; where the tagger read the words as the
 * start of a longer name ("Field Artillery Group of XIX Corps"), the whole
 * of it.  Not where the ordinal is inside a name the tagger began before it.
 */
void
tag_numbered_units(const cp_ner_doc *doc, uint8_t *tags, uint32_t n)
{
	const char *text = doc->text;

	for (uint32_t k = 0; k + 1 < n; k++)
	{
		uint32_t	o = ordinal_tokens(text, doc->toks, k, n),
					e;

		if (o == 0 || CP_NER_IS_I(tags[k]))
			continue;
		e = k + o;
		while (e < n && e < k + o + 5 && doc->toks[e].tok.kind == CP_TOK_WORD &&
			   (doc->toks[e].tok.flags & CP_TF_CAPITALIZED) && !(doc->toks[e].tok.flags & CP_TF_POSSESSIVE))
			e++;
		if (e == k + o || !word_in_table(text + doc->toks[e - 1].tok.start, doc->toks[e - 1].tok.len, &unit_head_table))
			continue;
		while (e < n && CP_NER_IS_I(tags[e]))
			e++;
		for (uint32_t t = k; t < e; t++)
			tags[t] = t == k ? CP_NER_B(CP_ENT_ORG) : CP_NER_I(CP_ENT_ORG);
		k = e - 1;
	}
}
