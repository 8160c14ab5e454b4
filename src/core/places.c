/*
 * places.c: the gazetteer file and the resolution of place mentions.
 */
#include "places.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "entities.h"
#include "hash.h"
#include "names.h"
#include "region_abbrevs.h"
#include "titles.h"
#include "utf8.h"

#define HEADER_BYTES 24
#define FCODE_BYTES 8
#define MAX_KEY 256

static cp_status
parse_failed(char *err, size_t errlen, const char *what, const char *why)
{
	snprintf(err, errlen, "gazetteer \"%s\" is corrupt: %s", what, why);
	return CP_ERR_DATA;
}

cp_status
cp_gazetteer_parse(const char *bytes, size_t len, const char *what, cp_gazetteer **out,
				   char *err, size_t errlen)
{
	uint32_t	counts[4];
	uint64_t	stored;
	size_t		need;
	cp_gazetteer g;

	*out = NULL;
	if (len < HEADER_BYTES + 8 || memcmp(bytes, CP_PLACES_MAGIC, 8) != 0)
	{
		snprintf(err, errlen, "gazetteer \"%s\" is truncated or not a gazetteer file", what);
		return CP_ERR_DATA;
	}
	memcpy(counts, bytes + 8, sizeof(counts));
	need = HEADER_BYTES + (size_t) counts[0] * FCODE_BYTES + (size_t) counts[1] * sizeof(cp_gaz_place) +
		(size_t) counts[2] * sizeof(cp_gaz_name) + (size_t) counts[3] + 8;
	if (counts[0] == 0 || counts[0] > 255 || counts[3] == 0 || need != len)
		return parse_failed(err, errlen, what, "bad size");
	memcpy(&stored, bytes + len - 8, 8);
	if (cp_fnv64_add(CP_FNV64_OFFSET, bytes, len - 8) != stored)
		return parse_failed(err, errlen, what, "checksum mismatch");
	g.nfcodes = counts[0];
	g.nplaces = counts[1];
	g.nnames = counts[2];
	g.pool_len = counts[3];
	g.fcodes = bytes + HEADER_BYTES;
	g.places = (const cp_gaz_place *) (g.fcodes + (size_t) g.nfcodes * FCODE_BYTES);
	g.names = (const cp_gaz_name *) (g.places + g.nplaces);
	g.pool = (const char *) (g.names + g.nnames);
	/* Every offset and index in range, so that lookups need no checks. */
	if (g.pool[0] != '\0' || g.pool[g.pool_len - 1] != '\0')
		return parse_failed(err, errlen, what, "string pool");
	for (uint32_t i = 0; i < g.nfcodes; i++)
		if (memchr(g.fcodes + (size_t) i * FCODE_BYTES, '\0', FCODE_BYTES) == NULL)
			return parse_failed(err, errlen, what, "feature codes");
	for (uint32_t i = 0; i < g.nplaces; i++)
	{
		const cp_gaz_place *p = &g.places[i];

		if (p->name >= g.pool_len || p->kind >= CP_PLACE_NKINDS || p->fcode >= g.nfcodes ||
			(p->admin1 != UINT32_MAX && (p->admin1 >= g.nplaces ||
										 g.places[p->admin1].kind != CP_PLACE_ADMIN1)) ||
			p->lat_e5 < -9000000 || p->lat_e5 > 9000000 || p->lon_e5 < -18000000 ||
			p->lon_e5 > 18000000)
			return parse_failed(err, errlen, what, "place record");
	}
	for (uint32_t i = 0; i < g.nnames; i++)
	{
		const cp_gaz_name *n = &g.names[i];

		if (n->key == 0 || n->key >= g.pool_len || n->place >= g.nplaces ||
			strlen(g.pool + n->key) >= MAX_KEY ||
			(i > 0 && strcmp(g.pool + g.names[i - 1].key, g.pool + n->key) > 0))
			return parse_failed(err, errlen, what, "name index");
	}
	/* the names abbreviations are looked for among ("Ky.", "B.C.") */
	g.nregion_names = 0;
	for (uint32_t i = 0; i < g.nnames; i++)
		g.nregion_names += g.places[g.names[i].place].kind == CP_PLACE_ADMIN1;
	g.region_names = cp_alloc_persistent((g.nregion_names + 1) * sizeof(uint32_t));
	g.nregion_names = 0;
	for (uint32_t i = 0; i < g.nnames; i++)
		if (g.places[g.names[i].place].kind == CP_PLACE_ADMIN1)
			g.region_names[g.nregion_names++] = i;
	*out = cp_alloc_persistent(sizeof(g));
	**out = g;
	return CP_OK;
}

size_t
cp_place_key(const char *name, size_t len, char *key, size_t cap)
{
	size_t		n = 0,
				i = 0;
	bool		space = false;

	if (len >= 4 && (name[0] == 'T' || name[0] == 't') && strncmp(name + 1, "he ", 3) == 0)
		i = 4;
	for (; i < len; i++)
	{
		unsigned char c = (unsigned char) name[i];

		if (c == '.' || c == '\'')
			continue;
		/* U+2019, the typographic apostrophe */
		if (c == 0xE2 && i + 2 < len && (unsigned char) name[i + 1] == 0x80 &&
			(unsigned char) name[i + 2] == 0x99)
		{
			i += 2;
			continue;
		}
		if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r')
		{
			space = n > 0;
			continue;
		}
		if (n + 2 >= cap)
			return 0;
		if (space)
			key[n++] = ' ';
		space = false;
		key[n++] = cp_ascii_lower((char) c);
	}
	key[n] = '\0';
	return n;
}

/* The index range [*lo, *hi) of the names whose key is key. */
static void
name_range(const cp_gazetteer *gz, const char *key, uint32_t *lo, uint32_t *hi)
{
	uint32_t	a = 0,
				b = gz->nnames;

	while (a < b)
	{
		uint32_t	m = a + (b - a) / 2;

		if (strcmp(gz->pool + gz->names[m].key, key) < 0)
			a = m + 1;
		else
			b = m;
	}
	*lo = a;
	while (b < gz->nnames && strcmp(gz->pool + gz->names[b].key, key) == 0)
		b++;
	*hi = b;
}

void
cp_place_get(const cp_gazetteer *gz, uint32_t index, cp_place *out)
{
	const cp_gaz_place *p = &gz->places[index];

	out->name = gz->pool + p->name;
	out->geonameid = p->geonameid;
	memcpy(out->country, p->country, 2);
	out->country[2] = '\0';
	out->admin1 = p->admin1 == UINT32_MAX ? NULL : gz->pool + gz->places[p->admin1].name;
	out->lat = p->lat_e5 / 1e5;
	out->lon = p->lon_e5 / 1e5;
	out->feature_class = p->kind == CP_PLACE_CITY ? "P" : p->kind == CP_PLACE_CONTINENT ? "L" : "A";
	out->feature_code = gz->fcodes + (size_t) p->fcode * FCODE_BYTES;
	out->population = p->population;
}

/*
 * How likely a place is without context: countries before regions before
 * all but the largest cities, cities by population, capitals and regional
 * seats a little ahead.  On the scale of the context bonuses below.
 */
static double
prior(const cp_gazetteer *gz, uint32_t index)
{
	const cp_gaz_place *p = &gz->places[index];
	const char *fcode = gz->fcodes + (size_t) p->fcode * FCODE_BYTES;

	switch ((cp_place_kind) p->kind)
	{
		case CP_PLACE_COUNTRY:
			/* "French": France before French Guiana */
			return strcmp(fcode, "PCLI") == 0 ? 102 : 100;
		case CP_PLACE_CONTINENT:
			return 95;
		case CP_PLACE_ADMIN1:
			return 70;
		case CP_PLACE_ADMIN2:
			return 55;
		default:
			break;
	}
	return 10 * log10((double) p->population + 1) +
		(strcmp(fcode, "PPLC") == 0 ? 15 : strcmp(fcode, "PPLA") == 0 ? 5 : 0);
}

bool
cp_place_lookup(const cp_gazetteer *gz, const char *name, size_t len, uint32_t *place)
{
	char		key[MAX_KEY];
	uint32_t	lo,
				hi;
	double		best = -1;
	bool		capitals = !cp_has_ascii_lower(name, len);

	if (cp_place_key(name, len, key, sizeof(key)) == 0)
		return false;
	name_range(gz, key, &lo, &hi);
	for (uint32_t i = lo; i < hi; i++)
	{
		double		s = prior(gz, gz->names[i].place);

		/* a code ("US") names a country only in capitals */
		if ((gz->names[i].flags & CP_PLACE_NAME_CODE) && !capitals)
			continue;
		if (s > best)
		{
			best = s;
			*place = gz->names[i].place;
		}
	}
	return best >= 0;
}

/* ---------------------------------------------------------------- resolution */

/* Context bonuses, on the scale of prior(). */
#define BONUS_COUNTRY 30		/* the article names the place's country or places in it */
#define BONUS_ADMIN1 20			/* ... its first-level region or places in it */
#define BONUS_PAIR 100			/* "Paris, Texas": the next name contains it */
#define BONUS_CITY_OF_REGION 15 /* a city named like its region, over the region */
#define DATELINE_WEIGHT 3		/* a dateline place counts as this many mentions */
/* A city below this population is left out without context. */
#define SMALL_AMBIGUOUS 100000
/* A city this large read off a weak name needs only its country named, not its region. */
#define WEAK_CITY 500000
/* Words of an organization's name that name its place ("Kentucky State Police"). */
#define MAX_PREFIX_WORDS 4
/* Rounds of choosing with the context of the round before. */
#define MAX_ROUNDS 4

/* How a group's candidates are found. */
typedef enum
{
	LOOK_NAME,					/* the places of the name */
	LOOK_CODE,					/* ... and the countries of a code ("US"): capitals */
	LOOK_LETTERS,				/* regions whose name has the letters in order ("Ky.") */
	LOOK_INITIALS,				/* regions of those initials ("B.C.") */
	LOOK_REGION,				/* the region of a state's abbreviation ("Mo.": Missouri) */
} look_kind;

/*
 * All mentions of one name (one resolution per name per article).  A name
 * read off a non-place mention (a prefix of "Kentucky State Police", the
 * tagger's person "Edmonton") or an abbreviation ("Ky.") is weaker: below a
 * country it needs the article's context.
 */
typedef struct group
{
	const char *key;
	bool		weak;
	look_kind	look;
	const uint32_t *cands;		/* candidate places */
	uint32_t	ncands;
	uint32_t	mentions;		/* weight: mentions, a dateline's counting more */
	uint32_t	best;			/* chosen place, UINT32_MAX: none */
	uint32_t	pair;			/* a group that follows it as "X, Y", or UINT32_MAX */
	uint32_t	paired_by;		/* a group it follows so, or UINT32_MAX */
} group;

typedef struct pmention
{
	uint32_t	start,
				len;
	int			sentence;
	uint32_t	group;
	bool		quiet;			/* context for the others, not a mention (ADD_QUIET) */
} pmention;

/*
 * Weights of the countries or of the regions the article's resolved names
 * are in: an open-addressing table of (id + 1, weight), id a country code as
 * two bytes or a region's index.
 */
typedef struct ev_item
{
	uint32_t	key;			/* id + 1; 0: empty */
	uint32_t	weight;
} ev_item;

typedef struct ev_table
{
	ev_item    *slots;
	size_t		mask;
	size_t		count;			/* ids in it */
} ev_table;

typedef struct evidence
{
	ev_table	countries;
	ev_table	admin1s;
} evidence;

static uint32_t
country_id(const cp_gaz_place *p)
{
	return (uint32_t) (unsigned char) p->country[0] << 8 | (unsigned char) p->country[1];
}

static void
ev_init(cp_arena *arena, ev_table *t, size_t n)
{
	size_t		cap = 16;

	while (cap < 2 * n)
		cap *= 2;
	t->slots = cp_arena_alloc0(arena, cap * sizeof(ev_item));
	t->mask = cap - 1;
	t->count = 0;
}

static ev_item *
ev_slot(const ev_table *t, uint32_t id)
{
	size_t		h = (size_t) (id + 1) * 0x9e3779b1u;

	while (t->slots[h & t->mask].key != 0 && t->slots[h & t->mask].key != id + 1)
		h++;
	return &t->slots[h & t->mask];
}

static uint32_t
ev_get(const ev_table *t, uint32_t id)
{
	return ev_slot(t, id)->weight;
}

static void
ev_add(ev_table *t, uint32_t id, uint32_t weight)
{
	ev_item    *it = ev_slot(t, id);

	if (it->key == 0)
	{
		it->key = id + 1;
		t->count++;
	}
	it->weight += weight;
}

static void
evidence_build(cp_arena *arena, const cp_gazetteer *gz, const group *groups, size_t ngroups,
			   evidence *ev)
{
	ev_init(arena, &ev->countries, ngroups);
	ev_init(arena, &ev->admin1s, ngroups);
	for (size_t g = 0; g < ngroups; g++)
	{
		const cp_gaz_place *p;

		if (groups[g].best == UINT32_MAX)
			continue;
		p = &gz->places[groups[g].best];
		if (p->kind != CP_PLACE_CONTINENT)
			ev_add(&ev->countries, country_id(p), groups[g].mentions);
		if (p->admin1 != UINT32_MAX)
			ev_add(&ev->admin1s, p->admin1, groups[g].mentions);
	}
}

/* Is place inside the country or first-level region outer? */
static bool
contains(const cp_gazetteer *gz, uint32_t outer, uint32_t place)
{
	const cp_gaz_place *o = &gz->places[outer],
			   *p = &gz->places[place];

	return outer != place &&
		((o->kind == CP_PLACE_COUNTRY && country_id(o) == country_id(p)) ||
		 (o->kind == CP_PLACE_ADMIN1 && p->admin1 == outer));
}

/*
 * The context bonus of place for group g: the article's other names in
 * its country and region (g's own choice does not count), and a "X, Y"
 * pair whose Y contains it, or whose X it contains.
 */
static double
context(const cp_gazetteer *gz, const group *groups, uint32_t g, const evidence *ev,
		uint32_t place)
{
	const cp_gaz_place *p = &gz->places[place];
	const cp_gaz_place *own = groups[g].best == UINT32_MAX ? NULL : &gz->places[groups[g].best];
	uint32_t	cc = country_id(p);
	double		bonus = 0;

	if (p->kind == CP_PLACE_CONTINENT)
		return 0;
	if (ev_get(&ev->countries, cc) > (own && country_id(own) == cc ? groups[g].mentions : 0))
		bonus += BONUS_COUNTRY;
	if (p->admin1 != UINT32_MAX && p->kind != CP_PLACE_ADMIN1 &&
		ev_get(&ev->admin1s, p->admin1) > (own && own->admin1 == p->admin1 ? groups[g].mentions : 0))
		bonus += BONUS_ADMIN1;
	if (groups[g].pair != UINT32_MAX && groups[groups[g].pair].best != UINT32_MAX &&
		contains(gz, groups[groups[g].pair].best, place))
		bonus += BONUS_PAIR;
	/* the Y of "X, Y" that contains one of X's places */
	if (groups[g].paired_by != UINT32_MAX)
	{
		const group *x = &groups[groups[g].paired_by];

		for (uint32_t i = 0; i < x->ncands; i++)
			if (contains(gz, place, x->cands[i]))
			{
				bonus += BONUS_PAIR;
				break;
			}
	}
	return bonus;
}

/* Does the article resolve names in a country other than cc? */
static bool
other_countries(const evidence *ev, uint32_t cc)
{
	return ev->countries.count > 1 || (ev->countries.count == 1 && ev_get(&ev->countries, cc) == 0);
}

/*
 * Is place a city in a region of the same name ("Istanbul", "Jerusalem",
 * "New York")?  The city is what a name usually means.
 */
static bool
same_named_region(const cp_gazetteer *gz, const group *gr, uint32_t place)
{
	uint32_t	admin1 = gz->places[place].admin1;

	if (gz->places[place].kind != CP_PLACE_CITY || admin1 == UINT32_MAX)
		return false;
	for (uint32_t i = 0; i < gr->ncands; i++)
		if (gr->cands[i] == admin1)
			return true;
	return false;
}

/* Choose group g's place; with ev, the context counts. */
static void
choose(const cp_gazetteer *gz, group *groups, uint32_t g, const evidence *ev)
{
	group	   *gr = &groups[g];
	uint32_t	best = UINT32_MAX;
	double		best_score = -1,
				best_context = 0;

	for (uint32_t i = 0; i < gr->ncands; i++)
	{
		double		c = ev ? context(gz, groups, g, ev, gr->cands[i]) : 0,
					s = prior(gz, gr->cands[i]) + c;

		if (same_named_region(gz, gr, gr->cands[i]))
			s += BONUS_CITY_OF_REGION;

		if (s > best_score)
		{
			best_score = s;
			best = gr->cands[i];
			best_context = c;
		}
	}
	if (ev && best != UINT32_MAX)
	{
		const cp_gaz_place *p = &gz->places[best];

		/*
		 * Precision: small namesakes need context, and so does a region in
		 * an article about other countries ("Pool" in a photo credit); a
		 * weak name needs its country named for a region or a large city,
		 * its region for a town.
		 */
		if (best_context == 0 && p->kind == CP_PLACE_CITY &&
			p->population < SMALL_AMBIGUOUS)
			best = UINT32_MAX;
		else if (best_context == 0 && (p->kind == CP_PLACE_ADMIN1 || p->kind == CP_PLACE_ADMIN2) &&
				 other_countries(ev, country_id(p)))
			best = UINT32_MAX;
		else if (gr->weak && (p->kind == CP_PLACE_ADMIN1 || p->population >= WEAK_CITY ?
							  best_context == 0 :
							  p->kind == CP_PLACE_CITY || p->kind == CP_PLACE_ADMIN2 ?
							  best_context < BONUS_COUNTRY + BONUS_ADMIN1 : false))
			best = UINT32_MAX;
	}
	gr->best = best;
}

/* A text's length without a possessive "'s" or "’s". */
static uint32_t
without_possessive(const char *s, uint32_t len)
{
	if (len > 2 && s[len - 1] == 's' && s[len - 2] == '\'')
		return len - 2;
	if (len > 4 && s[len - 1] == 's' && memcmp(s + len - 4, "\xE2\x80\x99", 3) == 0)
		return len - 4;
	return len;
}

/* Is mention m inside the dateline that opens its line? */
static bool
in_dateline(const cp_article *a, size_t *line, const cp_mention *m)
{
	while (*line < a->nlines && a->lines[*line].start + a->lines[*line].len <= m->start)
		(*line)++;
	return *line < a->nlines && a->lines[*line].body_skip &&
		m->start >= a->lines[*line].start &&
		m->start + m->len <= a->lines[*line].start + a->lines[*line].body_skip;
}

/*
 * The distinct places of the names with key key, of codes too if codes;
 * with a country (ISO 3166-1 alpha-2), its first-level regions only.
 */
static uint32_t
named_places(cp_arena *arena, const cp_gazetteer *gz, const char *key, bool codes, const char *country,
			 const uint32_t **out)
{
	uint32_t	lo,
				hi,
				n = 0;
	uint32_t   *c;

	name_range(gz, key, &lo, &hi);
	c = cp_arena_alloc(arena, (hi - lo + 1) * sizeof(uint32_t));
	for (uint32_t i = lo; i < hi; i++)
		if ((codes || !(gz->names[i].flags & CP_PLACE_NAME_CODE)) &&
			(!country || (gz->places[gz->names[i].place].kind == CP_PLACE_ADMIN1 &&
						  memcmp(gz->places[gz->names[i].place].country, country, 2) == 0)) &&
			(n == 0 || c[n - 1] != gz->names[i].place))
			c[n++] = gz->names[i].place;
	*out = c;
	return n;
}

/* Does the key hold letters[1..] in order after its first character? */
static bool
letters_in_order(const char *key, const char *letters)
{
	for (const char *k = key + 1; *letters && letters[1]; k++)
	{
		if (*k == '\0')
			return false;
		letters += *k == letters[1];
	}
	return true;
}

/* Are letters the initials of key's words ("bc" of "british columbia")? */
static bool
initials_of(const char *key, const char *letters)
{
	size_t		k = 0;

	for (size_t j = 0; key[j]; j++)
		if ((j == 0 || key[j - 1] == ' ') && key[j] != letters[k++])
			return false;
	return k > 1 && letters[k] == '\0';
}

/*
 * The first-level regions an abbreviation may stand for: "Ky." letters of a
 * one-word name in order ("Kentucky"), "B.C." the initials of a longer one
 * ("British Columbia").  letters: the abbreviation's key; the names that
 * start with its first letter are a range of the index.
 */
static uint32_t
abbreviated_regions(cp_arena *arena, const cp_gazetteer *gz, const char *letters, bool initials,
					const uint32_t **out)
{
	uint32_t	lo = 0,
				hi = gz->nregion_names,
				n = 0;
	uint32_t   *c;

	/* the region names that start with the first letter: a range of region_names */
	*out = NULL;
	if (letters[0] < 'a' || letters[0] > 'z')
		return 0;
	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if ((unsigned char) gz->pool[gz->names[gz->region_names[mid]].key] < (unsigned char) letters[0])
			lo = mid + 1;
		else
			hi = mid;
	}
	c = cp_arena_alloc(arena, (gz->nregion_names - lo + 1) * sizeof(uint32_t));
	for (uint32_t i = lo; i < gz->nregion_names; i++)
	{
		const cp_gaz_name *nm = &gz->names[gz->region_names[i]];
		const char *key = gz->pool + nm->key;

		if (key[0] != letters[0])
			break;
		if ((nm->flags & CP_PLACE_NAME_CODE) ||
			(initials ? !initials_of(key, letters)
			 : strchr(key, ' ') != NULL || strlen(key) <= strlen(letters) || !letters_in_order(key, letters)))
			continue;
		c[n++] = nm->place;
	}
	*out = c;
	return n;
}

/* Words that qualify a place's name ("Far North Queensland"), dropped if it is unknown. */
static const char *const qualifiers[] = {
	"far ", "north ", "south ", "east ", "west ", "northern ", "southern ", "eastern ",
	"western ", "central ", "upper ", "lower ", "greater ", "downtown ", NULL
};

/* key without its first word if that is a qualifier, or NULL. */
static const char *
unqualified(const char *key)
{
	for (const char *const *q = qualifiers; *q; q++)
		if (strncmp(key, *q, strlen(*q)) == 0)
			return key + strlen(*q);
	return NULL;
}

typedef struct resolver
{
	cp_doc	   *doc;
	const cp_gazetteer *gz;
	cp_vec		groups;			/* group */
	cp_vec		mentions;		/* pmention */
	uint32_t   *slots;			/* hash of (key, look) -> group */
	size_t		nslots;
} resolver;

/*
 * The group of a name (key) looked up as look, made on first sight with its
 * candidates; it stays weak while all its mentions are.
 */
static uint32_t
group_hash(const char *key, look_kind look)
{
	return cp_fnv32(key, strlen(key)) + (uint32_t) look * 0x9e3779b9u;
}

/* The slots of the group table at twice the size, when it is half full. */
static void
groups_grow(resolver *r)
{
	r->nslots *= 2;
	r->slots = cp_arena_alloc(r->doc->arena, r->nslots * sizeof(uint32_t));
	memset(r->slots, 0xFF, r->nslots * sizeof(uint32_t));
	for (uint32_t g = 0; g < r->groups.count; g++)
	{
		const group *gr = &CP_VEC_AT(&r->groups, group, g);
		uint32_t	h = group_hash(gr->key, gr->look);

		while (r->slots[h & (r->nslots - 1)] != UINT32_MAX)
			h++;
		r->slots[h & (r->nslots - 1)] = g;
	}
}

static uint32_t
group_of(resolver *r, const char *key, bool weak, look_kind look)
{
	cp_arena   *arena = r->doc->arena;
	uint32_t	h,
				g;
	group	   *gr;

	if (r->slots == NULL || 2 * (r->groups.count + 1) > r->nslots)
		groups_grow(r);
	for (h = group_hash(key, look);; h++)
	{
		g = r->slots[h & (r->nslots - 1)];
		if (g == UINT32_MAX)
			break;
		gr = &CP_VEC_AT(&r->groups, group, g);
		if (gr->look == look && strcmp(gr->key, key) == 0)
		{
			gr->weak = gr->weak && weak;
			return g;
		}
	}
	g = (uint32_t) r->groups.count;
	gr = cp_vec_push(arena, &r->groups);
	gr->key = cp_arena_strndup(arena, key, strlen(key));
	gr->weak = weak;
	gr->look = look;
	gr->best = UINT32_MAX;
	gr->pair = UINT32_MAX;
	gr->paired_by = UINT32_MAX;
	if (look == LOOK_LETTERS || look == LOOK_INITIALS)
		gr->ncands = abbreviated_regions(arena, r->gz, key, look == LOOK_INITIALS, &gr->cands);
	else if (look == LOOK_REGION)
	{
		const cp_region_abbrev *a = cp_region_abbrev_find(key, strlen(key));
		char		name[MAX_KEY];

		gr->ncands = a && cp_place_key(a->name, strlen(a->name), name, sizeof(name)) > 0 ?
			named_places(arena, r->gz, name, false, a->country, &gr->cands) : 0;
	}
	else
	{
		const char *rest = key;

		/* "Far North Queensland": qualifiers off one by one */
		do
			gr->ncands = named_places(arena, r->gz, rest, look == LOOK_CODE, NULL, &gr->cands);
		while (gr->ncands == 0 && (rest = unqualified(rest)) != NULL);
	}
	r->slots[h & (r->nslots - 1)] = g;
	return g;
}

/* How a name is added (add_mention()). */
enum
{
	ADD_WEAK = 1 << 0,			/* read off a name of another kind (group_of()) */
	ADD_PART = 1 << 1,			/* words cut from a longer mention: an
								 * abbreviation only with a full stop of its
								 * own ("Am" of "Pan Am." is not Alabama) */
	ADD_QUIET = 1 << 2,			/* a word of a company's name: context for the
								 * article's other names, not a mention */
};

/* Add a place mention text[start, start + len) of sentence: false if no place has its name. */
static bool
add_mention(resolver *r, uint32_t start, uint32_t len, int sentence, unsigned how, uint32_t weight)
{
	const char *text = r->doc->text;
	char		key[MAX_KEY];
	size_t		klen;
	uint32_t	g,
				after = UINT32_MAX;	/* the group of a name this one follows after a comma */
	const cp_region_abbrev *a;
	bool		abbreviated,
				region;
	pmention   *pm;

	len = without_possessive(text + start, len);
	klen = cp_place_key(text + start, len, key, sizeof(key));
	if (klen == 0)
		return false;
	/* "Paris, Texas": this name follows the previous one after a comma */
	if (r->mentions.count > 0)
	{
		pmention   *prev = &CP_VEC_AT(&r->mentions, pmention, r->mentions.count - 1);
		const char *gap = text + prev->start + prev->len;
		size_t		gap_len = start - (prev->start + prev->len);

		if (prev->sentence == sentence && gap_len >= 1 && gap_len <= 2 && gap[0] == ',' &&
			(gap_len == 1 || gap[1] == ' '))
			after = prev->group;
	}
	/*
	 * Written as an abbreviation: "Ky." and "B.C." (the tagger may leave
	 * the last full stop out, a dateline all of them: "EDMONTON, Ky (WBKO)")
	 */
	abbreviated = klen <= 5 && text[start] >= 'A' && text[start] <= 'Z' &&
		(memchr(text + start, '.', len) != NULL ||
		 (!(how & ADD_PART) && (after != UINT32_MAX || (start + len < r->doc->len && text[start + len] == '.'))));
	/*
	 * a state's or province's abbreviation, written as such ("Mo.", "N.C.";
	 * not "L.A."), is that region, whatever else its letters name (Mo in
	 * Norway, Pará for "Pa.", New Caledonia for "N.C.") or its full name does
	 * ("Washington" the capital, Georgia the country); it needs the
	 * article's country as any abbreviation does
	 */
	region = abbreviated && len >= 2 && (a = cp_region_abbrev_find(key, klen)) != NULL &&
		a->initials == (text[start + 1] == '.');
	if (region)
		g = group_of(r, key, true, LOOK_REGION);
	else
		g = group_of(r, key, (how & ADD_WEAK) != 0,
					 klen <= 3 && !cp_has_ascii_lower(text + start, len) ? LOOK_CODE : LOOK_NAME);
	if (CP_VEC_AT(&r->groups, group, g).ncands == 0 && abbreviated && !region)
		g = group_of(r, key, true, len >= 2 && text[start + 1] == '.' ? LOOK_INITIALS : LOOK_LETTERS);
	if (CP_VEC_AT(&r->groups, group, g).ncands == 0)
		return false;
	CP_VEC_AT(&r->groups, group, g).mentions += weight;
	if (after != UINT32_MAX && after != g)
	{
		CP_VEC_AT(&r->groups, group, after).pair = g;
		CP_VEC_AT(&r->groups, group, g).paired_by = after;
	}
	pm = cp_vec_push(r->doc->arena, &r->mentions);
	pm->start = start;
	pm->len = len;
	pm->sentence = sentence;
	pm->group = g;
	pm->quiet = (how & ADD_QUIET) != 0;
	return true;
}

/*
 * Does a person's full name open with a place and a title ("Montreal Mayor
 * Denis Coderre", "Texas Gov. Greg Abbott")?  The length of the place's
 * word, 0 if not.
 */
static uint32_t
place_before_title(const char *name, size_t len)
{
	const char *sp = memchr(name, ' ', len),
			   *next;
	char		word[32];
	size_t		w;

	if (sp == NULL)
		return 0;
	next = memchr(sp + 1, ' ', len - (size_t) (sp + 1 - name));
	w = (size_t) ((next ? next : name + len) - (sp + 1));
	if (next == NULL || w >= sizeof(word))
		return 0;
	cp_ascii_lower_copy(word, sp + 1, w);
	return cp_title_uses(word, w) & CP_TITLE_MENTION ? (uint32_t) (sp - name) : 0;
}

/* A legal form, dotted or not ("AG", "Corp.", "S.A.", "N.V.")? */
static bool
is_legal_form(const char *w, size_t len)
{
	char		bare[16];
	size_t		n = 0;

	for (size_t i = 0; i < len && n < sizeof(bare); i++)
		if (w[i] != '.')
			bare[n++] = w[i];
	return len < sizeof(bare) && n > 0 && cp_name_is_legal_form(bare, n);
}

/*
 * Does the name end with a legal form ("Volkswagen AG", "First Boston Corp")?
 * A company's name holds a place as a word of the name, not as where it
 * is: "AG" is no Antigua, nor "Boston" of "First Boston" a mention of Boston.
 */
static bool
names_company(const char *name, size_t len)
{
	size_t		w = len;

	while (w > 0 && name[w - 1] != ' ')
		w--;
	return w > 0 && is_legal_form(name + w, len - w);
}

/*
 * A mention the tagger calls an organization, person or other: the whole of
 * it may be a place it mistook ("Texas"), else its first words may name the
 * place the organization belongs to ("Kentucky State Police", "London
 * Police", "U.S. Department of Justice"); those of a company's name are
 * context for the article's other names, not mentions ("First Boston Corp").
 * A person is a place as one word
 * that is the whole name ("Edmonton"), or as the place before the title of
 * the full name ("Montreal" of "Montreal Mayor Denis Coderre").
 */
/* Does text[at..len) start with a Romance "of" and a space ("do ", "des ")? */
static bool
romance_of_at(const char *text, uint32_t len, uint32_t at)
{
	uint32_t	e = at;

	while (e < len && e - at <= 5 && text[e] >= 'a' && text[e] <= 'z')
		e++;
	return e < len && text[e] == ' ' && cp_name_is_romance_of(text + at, e - at);
}

static void
add_other(resolver *r, const cp_mention *m)
{
	const char *text = r->doc->text + m->start;
	uint32_t	ends[MAX_PREFIX_WORDS + 1];
	int			n = 0;
	bool		capitalized = true;
	unsigned	how = ADD_WEAK | ADD_PART;

	if (m->kind == CP_ENT_PER)
	{
		uint32_t	w = place_before_title(m->name, m->name_len);

		if (w > 0 && w <= m->len && memcmp(text, m->name, w) == 0 &&
			(w == m->len || text[w] == ' '))
			add_mention(r, m->start, w, m->sentence, ADD_WEAK | ADD_PART, 1);
		else if (m->name_len == m->len && memchr(text, ' ', m->len) == NULL)
			add_mention(r, m->start, m->len, m->sentence, ADD_WEAK, 1);
		return;
	}
	/* "2003 French Open", "2018–19 Asia Cup": the event's name after its edition's year */
	if (m->kind == CP_ENT_MISC && text[0] >= '1' && text[0] <= '2')
	{
		uint32_t	sp = 1;

		while (sp < m->len && sp < 10 && text[sp] != ' ' &&
			   !((text[sp] | 0x20) >= 'a' && (text[sp] | 0x20) <= 'z'))
			sp++;
		if (sp >= 4 && sp < 10 && sp + 1 < m->len && text[sp] == ' ')
		{
			cp_mention	name = *m;

			name.start += sp + 1;
			name.len -= sp + 1;
			add_other(r, &name);
			return;
		}
	}
	/*
	 * the ends of the prefixes, made of capitalized words; a hyphen after a
	 * full stop and before a lower-case word ends the last ("U.S." of
	 * "U.S.-made", as "U.S." alone; "BB-minus" and "TV-related" stay whole)
	 */
	for (uint32_t i = 0; i < m->len && n < MAX_PREFIX_WORDS && capitalized; i++)
		if (text[i] == ' ')
		{
			ends[n++] = i;
			capitalized = i + 1 < m->len && !(text[i + 1] >= 'a' && text[i + 1] <= 'z');
		}
		else if (text[i] == '-' && i > 0 && text[i - 1] == '.' && i + 1 < m->len &&
				 text[i + 1] >= 'a' && text[i + 1] <= 'z')
		{
			ends[n++] = i;
			capitalized = false;
		}
	/* "PLYMOUTH CO." read as a place is a county, not a company */
	if (m->kind != CP_ENT_LOC && names_company(m->name, m->name_len))
		how |= ADD_QUIET;
	/* a Reuters ticker ("<T.N>", "<PEL.N>") is a company's, no place's code */
	if (m->start > 0 && r->doc->text[m->start - 1] == '<' && m->start + m->len < r->doc->len &&
		text[m->len] == '>' && n == 0 && !cp_has_ascii_lower(text, m->len))
		return;
	/* "BA", "CN": letters are an organization's, not a country's code */
	if (!(m->len <= 3 && !cp_has_ascii_lower(text, m->len)) &&
		add_mention(r, m->start, m->len, m->sentence, how & ~ADD_PART, 1))
		return;
	if (!(text[0] >= 'A' && text[0] <= 'Z'))
		return;
	for (int k = n - 1; k >= 0; k--)
		/* nor before a Romance "of": "GM" of "GM do Brasil" (the place is its last word; "US version" keeps it) */
		if (!(k == 0 && ends[0] <= 3 && !cp_has_ascii_lower(text, ends[0]) && romance_of_at(text, m->len, ends[0] + 1)) &&
			add_mention(r, m->start, ends[k], m->sentence, how, 1))
			return;
	/*
	 * or an organization's or unknown place's last word ("CTV Winnipeg",
	 * "Costco Canada"), not a legal form ("AG", "SA", "Co."); an other name
	 * ends with a people's name or a title as often ("Latin American",
	 * "Tory MP")
	 */
	if (m->kind == CP_ENT_MISC)
		return;
	for (uint32_t i = m->len; i-- > 1;)
		if (text[i] == ' ')
		{
			if (text[i + 1] >= 'A' && text[i + 1] <= 'Z' &&
				!is_legal_form(text + i + 1, m->len - i - 1))
				add_mention(r, m->start + i + 1, m->len - i - 1, m->sentence, how, 1);
			break;
		}
}

cp_status
cp_extract_places(cp_doc *doc, const cp_gazetteer *gz, cp_vec *out)
{
	cp_arena   *arena = doc->arena;
	cp_vec		ents;
	const cp_article *art;
	size_t		line = 0;
	cp_status	st;
	evidence	ev;
	resolver	r;

	cp_vec_init(&ents, sizeof(cp_mention));
	st = cp_extract_entities(doc, &ents);
	if (st != CP_OK)
		return st;
	art = cp_doc_dateline(doc);
	r.doc = doc;
	r.gz = gz;
	r.nslots = 32;				/* groups_grow() doubles it to 64 on the first name */
	r.slots = NULL;
	cp_vec_init(&r.groups, sizeof(group));
	cp_vec_init(&r.mentions, sizeof(pmention));
	for (size_t i = 0; i < ents.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&ents, cp_mention, i);

		cp_check_interrupts();
		/* a place the gazetteer does not know may start or end with one it does */
		if (m->kind != CP_ENT_LOC ||
			!add_mention(&r, m->start, m->len, m->sentence, 0,
						 in_dateline(art, &line, m) ? DATELINE_WEIGHT : 1))
			add_other(&r, m);
	}

	/* Priors first. */
	for (uint32_t g = 0; g < r.groups.count; g++)
		choose(gz, r.groups.items, g, NULL);
	/*
	 * Then with the context of the choices before, until they settle ("Ky."
	 * must be Kentucky before "Glasgow, Ky." can use it).
	 */
	for (int round = 0; round < MAX_ROUNDS; round++)
	{
		bool		changed = false;

		evidence_build(arena, gz, r.groups.items, r.groups.count, &ev);
		for (uint32_t g = 0; g < r.groups.count; g++)
		{
			uint32_t	before = CP_VEC_AT(&r.groups, group, g).best;

			if (g % 1024 == 0)
				cp_check_interrupts();

			choose(gz, r.groups.items, g, &ev);
			changed |= CP_VEC_AT(&r.groups, group, g).best != before;
		}
		if (!changed)
			break;
	}

	for (size_t i = 0; i < r.mentions.count; i++)
	{
		const pmention *pm = &CP_VEC_AT(&r.mentions, pmention, i);
		uint32_t	best = CP_VEC_AT(&r.groups, group, pm->group).best;
		cp_place_mention *o;

		if (best == UINT32_MAX || pm->quiet)
			continue;
		o = cp_vec_push(arena, out);
		o->start = pm->start;
		o->len = pm->len;
		o->sentence = pm->sentence;
		o->place = best;
	}
	return CP_OK;
}
