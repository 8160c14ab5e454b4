/*
 * charmap.c: byte to character offsets with per-block checkpoints.
 */
#include "charmap.h"
#include "utf8.h"

#include <string.h>

/* Byte offset of the character after the one at pos, as cp_utf8_decode steps. */
static inline size_t
next_char(const char *text, size_t len, size_t pos)
{
	uint32_t	cp;

	if ((unsigned char) text[pos] < 0x80)
		return pos + 1;
	return pos + cp_utf8_decode(text + pos, len - pos, &cp);
}

/*
 * Characters from *pos to to, *pos moved to the first character boundary
 * at or past to (a character that starts before to counts whole).
 */
static size_t
advance(const char *text, size_t len, size_t *pos, size_t to)
{
	size_t		from = *pos,
				n = 0;

	while (from < to)
	{
		uint64_t	w;

		/* eight ASCII bytes at a time: eight characters */
		if (to - from >= 8)
		{
			memcpy(&w, text + from, 8);
			if (!(w & UINT64_C(0x8080808080808080)))
			{
				from += 8;
				n += 8;
				continue;
			}
		}
		from = next_char(text, len, from);
		n++;
	}
	*pos = from;
	return n;
}

/*
 * Checkpoints sit on character boundaries: the walk from one to the next
 * decodes exactly as a forward scan from the start of the text would.
 */
void
cp_charmap_init(cp_charmap *map, cp_arena *arena, const char *text, size_t len,
				bool bytes_are_chars)
{
	size_t		pos = 0,
				chars = 0,
				i;

	map->text = text;
	map->len = len;
	map->bytes_are_chars = bytes_are_chars;
	map->last_byte = 0;
	map->last_char = 0;
	map->checkpoints = NULL;
	map->ncheckpoints = 0;
	if (bytes_are_chars)
		return;
	map->ncheckpoints = len / CP_CHARMAP_BLOCK + 1;
	/* each entry: byte position (even index) and chars before it (odd) */
	map->checkpoints = cp_arena_alloc(arena, 2 * map->ncheckpoints * sizeof(size_t));
	for (i = 0; i < map->ncheckpoints; i++)
	{
		size_t		target = i * CP_CHARMAP_BLOCK;

		chars += advance(text, len, &pos, target < len ? target : len);
		map->checkpoints[2 * i] = pos;
		map->checkpoints[2 * i + 1] = chars;
		if ((i & 255) == 255)
			cp_check_interrupts();
	}
}

size_t
cp_charmap_char(cp_charmap *map, size_t pos)
{
	size_t		base_byte,
				base_char;

	if (map->bytes_are_chars)
		return pos;
	if (pos > map->len)
		pos = map->len;
	if (pos >= map->last_byte && pos - map->last_byte < CP_CHARMAP_BLOCK)
	{
		base_byte = map->last_byte;
		base_char = map->last_char;
	}
	else
	{
		size_t		i = pos / CP_CHARMAP_BLOCK;

		/* the checkpoint may sit past pos when a sequence straddles it */
		while (i > 0 && map->checkpoints[2 * i] > pos)
			i--;
		base_byte = map->checkpoints[2 * i];
		base_char = map->checkpoints[2 * i + 1];
	}
	base_char += advance(map->text, map->len, &base_byte, pos);
	/* the cursor on a character boundary, also when pos is inside a character */
	map->last_byte = base_byte;
	map->last_char = base_char;
	return base_char;
}
