/*
 * entities_regions.c: the regions of the world ("Latin America", "Africa",
 * "Western Europe").  The tagger reads a region that a sentence makes its
 * subject or owner as a person ("Latin America's economy grew", "Africa
 * was unable to pay") and a compass-named one as an adjective, other name
 * ("exports to Western Europe").
 */
#include "entities_internal.h"

#include "utf8.h"

static const word_item regions[] = {
#include "entities_regions.inc"
};
static int16_t region_slots[128];
static cp_wordtab region_table = CP_WORDTAB(regions, region_slots);

/*
 * Are tokens [first, last] a region's name?  Compared lower case, words
 * joined by single spaces and hyphens dropped ("South-East Asia").
 */
bool
names_region(const char *text, const cp_ner_tok *toks, int first, int last)
{
	char		buf[48];
	size_t		n = 0;
	unsigned char c = (unsigned char) text[toks[first].tok.start];

	/* most names open with a letter no region's does: ruled out before the copy */
	if (c != '-' && !cp_wordtab_may_start(&region_table, cp_ascii_lower(c)))
		return false;
	for (int k = first; k <= last; k++)
	{
		const char *s = text + toks[k].tok.start;

		for (size_t i = 0; i < toks[k].tok.len; i++)
		{
			char		ch = s[i] == '-' ? ' ' : s[i];

			if ((unsigned char) ch >= 0x80 || n + 2 >= sizeof(buf))
				return false;
			/* one space between words, whether a space or a hyphen parts them */
			if (ch == ' ' || (i == 0 && n > 0))
			{
				if (n > 0 && buf[n - 1] != ' ')
					buf[n++] = ' ';
				if (ch == ' ')
					continue;
			}
			buf[n++] = cp_ascii_lower(ch);
		}
	}
	while (n > 0 && buf[n - 1] == ' ')
		n--;
	return n > 0 && cp_wordtab_find(&region_table, buf, n) >= 0;
}
