/*
 * ner_model.c: the tagger's model: its lexicons (gazetteer phrases and word
 * clusters, hash tables of 48-bit keys) and the model file, written by the
 * trainer and parsed in place from the bytes the host maps.
 */
#include "ner.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "hash.h"

/* ---------------------------------------------------------------- lexicon */

void
cp_ner_lex_init(cp_ner_lex *lex, size_t capacity)
{
	size_t		cap = 16;

	while (cap < capacity * 2)
		cap <<= 1;
	lex->entries = cp_alloc_persistent(cap * sizeof(uint64_t));
	memset(lex->entries, 0, cap * sizeof(uint64_t));
	lex->mask = cap - 1;
	lex->count = 0;
}

#define LEX_KEY(h) (((h) >> 16) | 1)	/* 48 bits, never 0 */
/*
 * Its first slot, from the key mixed: the key's low bits are poor (the
 * lowest is always 1, and FNV-1a leaves words' hashes close together there),
 * and a probe run hundreds of slots long made every lookup of a word not
 * listed walk it.
 */
static inline size_t
lex_home(uint64_t key, size_t mask)
{
	key ^= key >> 29;
	key *= 0xbf58476d1ce4e5b9ULL;
	key ^= key >> 32;
	return (size_t) key & mask;
}

void
cp_ner_lex_add(cp_ner_lex *lex, uint64_t h, unsigned bits)
{
	uint64_t	key = LEX_KEY(h);
	size_t		i;

	for (i = lex_home(key, lex->mask); lex->entries[i] && (lex->entries[i] >> 16) != key;
		 i = (i + 1) & lex->mask)
		;
	if (!lex->entries[i])
	{
		if (lex->count * 2 >= lex->mask)
			return;				/* full: the capacity given was too small */
		lex->entries[i] = key << 16;
		lex->count++;
	}
	lex->entries[i] |= bits & 0xffff;
}

void
cp_ner_lex_prefetch(const cp_ner_lex *lex, uint64_t h)
{
	if (lex->entries)
		__builtin_prefetch(&lex->entries[lex_home(LEX_KEY(h), lex->mask)]);
}

unsigned
cp_ner_lex_get(const cp_ner_lex *lex, uint64_t h)
{
	uint64_t	key = LEX_KEY(h);

	if (lex->entries == NULL)
		return 0;
	for (size_t i = lex_home(key, lex->mask); lex->entries[i]; i = (i + 1) & lex->mask)
		if ((lex->entries[i] >> 16) == key)
			return (unsigned) (lex->entries[i] & 0xffff);
	return 0;
}

unsigned
cp_ner_gaz_class(const char *name)
{
	static const struct
	{
		const char *name;
		unsigned	bit;
	}			classes[] = {
		{"COUNTRY", CP_GAZ_COUNTRY}, {"DEMONYM", CP_GAZ_DEMONYM}, {"CITY", CP_GAZ_CITY},
		{"REGION", CP_GAZ_REGION}, {"CAPITAL", CP_GAZ_CAPITAL}, {"PROPER", CP_GAZ_PROPER},
		{"LOWER", CP_GAZ_LOWER}, {"ORGWORD", CP_GAZ_ORGWORD},
	};

	for (size_t i = 0; i < sizeof(classes) / sizeof(classes[0]); i++)
		if (strcmp(name, classes[i].name) == 0)
			return classes[i].bit;
	return 0;
}

/* ---------------------------------------------------------------- model file */

/*
 * Layout (little-endian, as written by the trainer on the same kind of
 * machine), every part a whole number of 32-byte rows, so that the tagger
 * uses the file in place: the header, the lexicon's hash table (2^lex_bits
 * u64 entries, as cp_ner_lex holds them), the word clusters' table
 * (2^clusters_bits entries, the same form), the weights (2^hash_bits rows
 * of NTAGS i16, as cp_ner_model holds them), and a u64 checksum
 * (fnv_lanes() over everything before it).
 */
typedef struct file_header
{
	char		magic[8];
	uint32_t	hash_bits;
	uint32_t	lex_bits;
	uint32_t	lex_count;
	float		scale;
	float		trans[CP_NER_NTAGS + 1][CP_NER_NTAGS];
	uint32_t	clusters_bits;
	uint32_t	clusters_count;
	uint32_t	zero[6];		/* to a whole number of checksum rows */
} file_header;

_Static_assert(sizeof(file_header) % 32 == 0, "every part is a whole number of checksum rows");
_Static_assert(sizeof(file_header) == 416, "test_entities.c damages the file at these offsets");

/*
 * The file's checksum: four FNV-1a lanes over the 64-bit words of
 * p[0..n) (word i in lane i % 4, n a multiple of 32, so that the
 * multiplications of the lanes overlap), folded into one by FNV-1a.
 */
static uint64_t
fnv_lanes(uint64_t lane[4], const void *p, size_t n)
{
	const char *s = p;
	uint64_t	h = CP_FNV64_OFFSET,
				l0 = lane[0],
				l1 = lane[1],
				l2 = lane[2],
				l3 = lane[3];

	/*
	 * The lanes in locals: through lane[], which may alias the bytes, every
	 * step would go by memory, three times slower on the 9 MB a backend
	 * checks when it first tags.
	 */
	for (size_t i = 0; i < n; i += 32)
	{
		uint64_t	w[4];

		memcpy(w, s + i, sizeof(w));
		l0 = (l0 ^ w[0]) * CP_FNV64_PRIME;
		l1 = (l1 ^ w[1]) * CP_FNV64_PRIME;
		l2 = (l2 ^ w[2]) * CP_FNV64_PRIME;
		l3 = (l3 ^ w[3]) * CP_FNV64_PRIME;
	}
	lane[0] = l0;
	lane[1] = l1;
	lane[2] = l2;
	lane[3] = l3;
	for (int k = 0; k < 4; k++)
		h = (h ^ lane[k]) * CP_FNV64_PRIME;
	return h;
}

bool
cp_ner_model_write(const cp_ner_model *m, const char *path, char *err, size_t errlen)
{
	FILE	   *f = fopen(path, "wb");
	file_header hd;
	uint64_t	lane[4] = {CP_FNV64_OFFSET, CP_FNV64_OFFSET, CP_FNV64_OFFSET, CP_FNV64_OFFSET},
				h = CP_FNV64_OFFSET;
	size_t		lex_bytes = (m->lex.mask + 1) * sizeof(uint64_t),
				clusters_bytes = (m->clusters.mask + 1) * sizeof(uint64_t),
				weight_bytes = ((size_t) CP_NER_NTAGS * sizeof(int16_t)) << m->hash_bits;
	bool		ok = true;

	if (!f)
	{
		snprintf(err, errlen, "could not create \"%s\": %s", path, strerror(errno));
		return false;
	}
	memset(&hd, 0, sizeof(hd));
	memcpy(hd.magic, CP_NER_MAGIC, 8);
	hd.hash_bits = m->hash_bits;
	while (((size_t) 1 << hd.lex_bits) <= m->lex.mask)
		hd.lex_bits++;
	hd.lex_count = (uint32_t) m->lex.count;
	while (((size_t) 1 << hd.clusters_bits) <= m->clusters.mask)
		hd.clusters_bits++;
	hd.clusters_count = (uint32_t) m->clusters.count;
	hd.scale = m->scale;
	memcpy(hd.trans, m->trans, sizeof(hd.trans));
#define PUT(p, n) do { ok = ok && fwrite((p), 1, (n), f) == (n); h = fnv_lanes(lane, (p), (n)); } while (0)
	PUT(&hd, sizeof(hd));
	PUT(m->lex.entries, lex_bytes);
	PUT(m->clusters.entries, clusters_bytes);
	PUT(m->weights, weight_bytes);
#undef PUT
	ok = ok && fwrite(&h, 1, 8, f) == 8;
	ok = (fclose(f) == 0) && ok;
	if (!ok)
		snprintf(err, errlen, "could not write \"%s\"", path);
	return ok;
}

static cp_status
parse_failed(char *err, size_t errlen, const char *what, const char *why)
{
	snprintf(err, errlen, "NER model \"%s\" is corrupt (%s)", what, why);
	return CP_ERR_DATA;
}

/*
 * A hash table of the file (bits as the header says, count entries) where
 * it lies: at most half full, as the trainer leaves it, and an empty slot
 * to end every probe.  That one is found within a few slots; counting the
 * entries would read megabytes, and their number is the checksum's to
 * vouch for.
 */
static bool
table_at(const char *bytes, uint32_t bits, uint32_t count, cp_ner_lex *lex)
{
	const uint64_t *e = (const uint64_t *) bytes;
	size_t		size = (size_t) 1 << bits,
				i = 0;

	if ((size_t) count * 2 >= size)
		return false;
	while (i < size && e[i] != 0)
		i++;
	if (i == size)
		return false;
	/* read-only from here on: the tagger never writes its model */
	lex->entries = (uint64_t *) e;
	lex->mask = size - 1;
	lex->count = count;
	return true;
}

/*
 * The model points into the file's bytes: its tables and weights are used
 * where they lie (a mapped file's pages are shared by every process that
 * maps it), only checked for what keeps every lookup in bounds and every
 * probe short: the header, the sizes and the tables' load.  The content
 * is not read here: passing over all 10 MB for the checksum was a third of
 * the first call in every backend and parallel worker, and a damaged
 * weight or table entry is wrong, not unsafe.  The tests check the
 * checksum of the shipped file (cp_ner_model_checksum_ok()).
 */
cp_status
cp_ner_model_parse(const char *bytes, size_t len, const char *what, cp_ner_model **out,
				   char *err, size_t errlen)
{
	file_header hd;
	size_t		lex_bytes,
				clusters_bytes,
				weight_bytes;
	cp_ner_lex	lex,
				clusters;
	cp_ner_model *m;

	*out = NULL;
	if (len < sizeof(hd) + 8 || memcmp(bytes, CP_NER_MAGIC, 8) != 0)
	{
		snprintf(err, errlen, "NER model \"%s\" is truncated or not a model file", what);
		return CP_ERR_DATA;
	}
	if ((uintptr_t) bytes % 8 != 0)
		return parse_failed(err, errlen, what, "not 8-byte aligned in memory");
	memcpy(&hd, bytes, sizeof(hd));
	if (hd.hash_bits < 8 || hd.hash_bits > 26 || hd.lex_bits < 4 || hd.lex_bits > 30 ||
		hd.clusters_bits < 4 || hd.clusters_bits > 30 || !(hd.scale > 0))
		return parse_failed(err, errlen, what, "bad header");
	lex_bytes = sizeof(uint64_t) << hd.lex_bits;
	clusters_bytes = sizeof(uint64_t) << hd.clusters_bits;
	weight_bytes = ((size_t) CP_NER_NTAGS * sizeof(int16_t)) << hd.hash_bits;
	if (sizeof(hd) + lex_bytes + clusters_bytes + weight_bytes + 8 != len)
		return parse_failed(err, errlen, what, "bad size");
	if (!table_at(bytes + sizeof(hd), hd.lex_bits, hd.lex_count, &lex))
		return parse_failed(err, errlen, what, "lexicon");
	if (!table_at(bytes + sizeof(hd) + lex_bytes, hd.clusters_bits, hd.clusters_count, &clusters))
		return parse_failed(err, errlen, what, "word clusters");
	m = cp_alloc_persistent(sizeof(*m));
	memset(m, 0, sizeof(*m));
	m->lex = lex;
	m->clusters = clusters;
	m->hash_bits = hd.hash_bits;
	m->scale = hd.scale;
	memcpy(m->trans, hd.trans, sizeof(m->trans));
	m->weights = (int16_t *) (bytes + sizeof(hd) + lex_bytes + clusters_bytes);
	*out = m;
	return CP_OK;
}

bool
cp_ner_model_checksum_ok(const char *bytes, size_t len)
{
	uint64_t	lane[4] = {CP_FNV64_OFFSET, CP_FNV64_OFFSET, CP_FNV64_OFFSET, CP_FNV64_OFFSET},
				stored;

	if (len < sizeof(file_header) + 8 || (len - 8) % 32 != 0)
		return false;
	memcpy(&stored, bytes + len - 8, 8);
	return fnv_lanes(lane, bytes, len - 8) == stored;
}
