/*
 * places.h: place mentions resolved to gazetteer places with coordinates.
 *
 * The gazetteer (data/places.bin, built by tools/build_places.py from
 * GeoNames and world-countries data) holds countries, continents,
 * first-level regions, some second-level regions ("Metcalfe County") and
 * populated places, and a sorted index of their names, alternate names,
 * codes and demonyms by lookup key (cp_place_key).  The file is used in
 * place: the host maps it read-only.
 *
 * File layout (little-endian):
 *   header   "CPPLACE1", u32 nfcodes, u32 nplaces, u32 nnames, u32 pool bytes
 *   fcodes   nfcodes x 8 bytes: GeoNames feature codes, NUL-padded
 *   places   nplaces x cp_gaz_place
 *   names    nnames x cp_gaz_name, sorted by key bytes, then place
 *   pool     NUL-terminated strings (byte 0 is the empty string)
 *   u64      FNV-1a of every byte before it
 *
 * Resolution (cp_extract_places) takes the tagger's mentions: its places,
 * and the other mentions that are places or start or end with one
 * ("Turkish", "Kentucky State Police", "CTV Winnipeg"), abbreviated regions
 * ("Ky.", "B.C."); it chooses one place per name per article: kind and
 * population priors, then the countries and regions the article's other
 * names and its dateline resolve to, and "Paris, Texas" pairs, in rounds
 * until the choices settle.  Small places and weak names without such
 * context are left out (precision over recall).  doc/places.md has the
 * rules.
 */
#ifndef CORPUS_PLACES_H
#define CORPUS_PLACES_H

#include "arena.h"
#include "doc.h"

#define CP_PLACES_MAGIC "CPPLACE1"

typedef enum
{
	CP_PLACE_COUNTRY,
	CP_PLACE_ADMIN1,			/* first-level region: state, province */
	CP_PLACE_ADMIN2,			/* second-level region: county, district */
	CP_PLACE_CITY,				/* populated place */
	CP_PLACE_CONTINENT,
	CP_PLACE_NKINDS
} cp_place_kind;

/* Name flags. */
#define CP_PLACE_NAME_DEMONYM 1 /* "Turkish" for Turkey */
#define CP_PLACE_NAME_ALT 2		/* an alternate name of a large place */
#define CP_PLACE_NAME_CODE 4	/* a country code ("US"): names only a mention in capitals */

#pragma pack(push, 1)
typedef struct cp_gaz_place
{
	int32_t		geonameid;		/* 0: none known (countries, regions) */
	int32_t		lat_e5,
				lon_e5;			/* degrees x 100,000 */
	uint32_t	population;		/* 0: unknown */
	uint32_t	name;			/* pool offset */
	uint32_t	admin1;			/* index of its first-level region, or UINT32_MAX */
	uint8_t		kind;			/* cp_place_kind */
	char		country[2];		/* ISO 3166-1 alpha-2; zeros for a continent */
	uint8_t		fcode;			/* index into the feature codes */
} cp_gaz_place;

typedef struct cp_gaz_name
{
	uint32_t	key;			/* pool offset */
	uint32_t	place;
	uint32_t	flags;			/* CP_PLACE_NAME_* */
} cp_gaz_name;
#pragma pack(pop)

typedef struct cp_gazetteer
{
	const char *fcodes;			/* nfcodes x 8 */
	uint32_t	nfcodes;
	const cp_gaz_place *places;
	uint32_t	nplaces;
	const cp_gaz_name *names;
	uint32_t	nnames;
	const char *pool;
	uint32_t	pool_len;
	uint32_t   *region_names;	/* indexes of the names of first-level regions, in order */
	uint32_t	nregion_names;
} cp_gazetteer;

/*
 * The gazetteer in bytes[0..len) (what names the file in messages); it
 * points into bytes, which must stay as they are while it is used.  A short,
 * corrupt or inconsistent file gives CP_ERR_DATA and a message.
 */
cp_status	cp_gazetteer_parse(const char *bytes, size_t len, const char *what,
							   cp_gazetteer **out, char *err, size_t errlen);

/*
 * The lookup key of a name into key[0..cap): the "the " prefix, full stops
 * and apostrophes dropped, spaces and hyphens made one space, ASCII lower
 * case ("U.S." -> "us", "the Gaza Strip" -> "gaza strip").  Returns the
 * key's length, 0 when it is empty or does not fit.
 */
size_t		cp_place_key(const char *name, size_t len, char *key, size_t cap);

/* A place as the SQL functions return it. */
typedef struct cp_place
{
	const char *name;
	int32_t		geonameid;		/* 0: none */
	char		country[3];		/* "" for a continent */
	const char *admin1;			/* NULL: none */
	double		lat,
				lon;
	const char *feature_class;	/* "A" (country, region), "P" (populated place), "L" (continent) */
	const char *feature_code;
	uint32_t	population;		/* 0: unknown */
} cp_place;

void		cp_place_get(const cp_gazetteer *gz, uint32_t index, cp_place *out);

/*
 * The likeliest place of a bare name (priors only, no context): false when
 * the gazetteer does not know the name.
 */
bool		cp_place_lookup(const cp_gazetteer *gz, const char *name, size_t len,
							uint32_t *place);

/* A resolved mention. */
typedef struct cp_place_mention
{
	uint32_t	start,
				len;			/* bytes */
	int			sentence;
	uint32_t	place;			/* gazetteer index */
} cp_place_mention;

/*
 * The resolved place mentions of a document in text order, appended to out
 * (a cp_vec of cp_place_mention); the document needs its tagger.
 */
cp_status	cp_extract_places(cp_doc *doc, const cp_gazetteer *gz, cp_vec *out);

#endif
