/*
 * charmap.h: byte offsets into a document to character offsets.
 *
 * The core works in byte offsets; SQL reports 1-based character positions.
 * A character is a UTF-8 code point, or a single byte when the database
 * encoding has one byte per character (SQL_ASCII), as substr() counts.
 * Lookups are O(1) amortised for increasing offsets and O(block) otherwise.
 */
#ifndef CORPUS_CHARMAP_H
#define CORPUS_CHARMAP_H

#include "arena.h"

typedef struct cp_charmap
{
	const char *text;
	size_t		len;
	bool		bytes_are_chars;
	size_t	   *checkpoints;	/* chars before byte i * CP_CHARMAP_BLOCK */
	size_t		ncheckpoints;
	size_t		last_byte;		/* cursor for forward lookups */
	size_t		last_char;
} cp_charmap;

#define CP_CHARMAP_BLOCK 4096

void		cp_charmap_init(cp_charmap *map, cp_arena *arena, const char *text,
							size_t len, bool bytes_are_chars);

/* 0-based character index of the character starting at byte offset pos. */
size_t		cp_charmap_char(cp_charmap *map, size_t pos);

#endif
