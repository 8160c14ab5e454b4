/*
 * hash.h: the one byte hash of the core, FNV-1a, in 32 and 64 bits.
 *
 * The word tables (date keywords, the number lexicon, quote speakers, the
 * word lists of wordtab.h) key their open-addressing slots with the 32-bit
 * form; the NER model keys its feature rows and gazetteer phrases, and
 * checksums its file, with the 64-bit form.  data/ner.bin stores those
 * 64-bit values, so the constants and the byte order of hashing are part of
 * the model format.
 */
#ifndef CORPUS_HASH_H
#define CORPUS_HASH_H

#include <stddef.h>
#include <stdint.h>

#define CP_FNV32_OFFSET 2166136261u
#define CP_FNV32_PRIME 16777619u
#define CP_FNV64_OFFSET 0xcbf29ce484222325ULL
#define CP_FNV64_PRIME 0x100000001b3ULL

static inline uint32_t
cp_fnv32(const char *s, size_t len)
{
	uint32_t	h = CP_FNV32_OFFSET;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * CP_FNV32_PRIME;
	return h;
}

/* The same over the ASCII-lower-cased bytes: "May" and "may" hash alike. */
static inline uint32_t
cp_fnv32_lower(const char *s, size_t len)
{
	uint32_t	h = CP_FNV32_OFFSET;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		h = (h ^ c) * CP_FNV32_PRIME;
	}
	return h;
}

/* One more byte into a running 64-bit hash (start from CP_FNV64_OFFSET). */
static inline uint64_t
cp_fnv64_byte(uint64_t h, unsigned char c)
{
	return (h ^ c) * CP_FNV64_PRIME;
}

static inline uint64_t
cp_fnv64_add(uint64_t h, const void *p, size_t len)
{
	const unsigned char *s = p;

	for (size_t i = 0; i < len; i++)
		h = cp_fnv64_byte(h, s[i]);
	return h;
}

/* The same over the ASCII-lower-cased bytes, as cp_fnv32_lower() does. */
static inline uint64_t
cp_fnv64_add_lower(uint64_t h, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		h = cp_fnv64_byte(h, c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	return h;
}

#endif
