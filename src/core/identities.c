/*
 * identities.c: one identity per person and organization across a set of
 * names (identities.h).
 */
#include "identities.h"

#include "entities.h"
#include "hash.h"
#include "names.h"
#include "names_key.h"

#include <stdlib.h>
#include <string.h>

#define NONE UINT32_MAX
#define MANY (UINT32_MAX - 1)	/* a word or initialism two groups share */
#define MAX_INITIALS 12

/* A name, or a word or initialism of one, of some kind: a table's item. */
typedef struct item
{
	const char *s;
	uint32_t	len;
	uint8_t		kind;
	uint32_t	val;			/* a group, NONE or MANY */
} item;

/* Items by kind and text, open addressing over their hashes. */
typedef struct table
{
	uint64_t   *hash;
	uint32_t   *slot;			/* item index + 1; 0: empty */
	size_t		mask;
	item	   *items;
	size_t		count;
} table;

/* The names with one kind and key: one entity. */
typedef struct group
{
	uint8_t		kind;
	uint32_t	first;			/* first input name */
	uint32_t	mentions;
	uint16_t	nwords;			/* words of the name, initials aside */
	const char **words;			/* their skeletons, NUL-terminated */
	char		initials[MAX_INITIALS + 1]; /* of its capitalized words */
	bool		acronym;		/* written as an initialism: "UNRWA", "U.N." */
	bool		has_initial;	/* written with an initial: "D. Fraser" */
	uint32_t	parent;			/* union-find */
	uint32_t	next;			/* next full name of its identity, NONE */
	uint32_t	last;			/* the last of that list (at the root) */
} group;

static void
table_init(cp_arena *arena, table *t, size_t items)
{
	size_t		cap = 16;

	while (cap < 2 * items)
		cap <<= 1;
	t->hash = cp_arena_alloc(arena, cap * sizeof(uint64_t));
	t->slot = cp_arena_alloc0(arena, cap * sizeof(uint32_t));
	t->mask = cap - 1;
	t->items = cp_arena_alloc(arena, items * sizeof(item));
	t->count = 0;
}

/*
 * The item of kind and s[0..len); when there is none, NULL, or with add a
 * new one (val NONE), for which t must hold room.
 */
static item *
table_get(table *t, uint8_t kind, const char *s, size_t len, bool add)
{
	uint64_t	h = cp_fnv64_add(cp_fnv64_byte(CP_FNV64_OFFSET, kind), s, len);
	size_t		i = h & t->mask;
	item	   *it;

	for (; t->slot[i]; i = (i + 1) & t->mask)
	{
		it = &t->items[t->slot[i] - 1];
		if (t->hash[i] == h && it->kind == kind && it->len == len && memcmp(it->s, s, len) == 0)
			return it;
	}
	if (!add)
		return NULL;
	it = &t->items[t->count++];
	t->hash[i] = h;
	t->slot[i] = (uint32_t) t->count;
	it->s = s;
	it->len = (uint32_t) len;
	it->kind = kind;
	it->val = NONE;
	return it;
}

/* Mark item it as carried by group g; a second group makes it ambiguous. */
static void
table_claim(item *it, uint32_t g)
{
	if (it->val == NONE)
		it->val = g;
	else if (it->val != g)
		it->val = MANY;
}

static uint32_t
find(group *g, uint32_t i)
{
	while (g[i].parent != i)
	{
		g[i].parent = g[g[i].parent].parent;
		i = g[i].parent;
	}
	return i;
}

static bool
is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

/*
 * The initials of a name's capitalized words ("United Nations Relief and
 * Works Agency" -> "UNRWA", lower-case words skipped), or, when the name is
 * itself an initialism of 2 to MAX_INITIALS letters ("UNRWA", "U.N."), its
 * letters.
 */
static void
initials_of(const char *s, size_t len, group *g)
{
	size_t		n = 0;
	bool		start = true;

	g->acronym = cp_initialism(s, len, g->initials, sizeof(g->initials)) > 0;
	if (g->acronym)
		return;
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == ' ' || c == '-' || c == '\t')
		{
			start = true;
			continue;
		}
		if (start && is_upper(c) && n < MAX_INITIALS)
			g->initials[n++] = (char) c;
		start = false;
	}
	g->initials[n] = '\0';
}

/* A new group for names[i], parsed in *p. */
static void
group_init(cp_arena *arena, group *g, const cp_identity_name *name, uint32_t i, const nk_name *p)
{
	g->kind = name->kind;
	g->first = i;
	g->mentions = 0;
	g->parent = g->next = NONE;
	g->nwords = 0;
	g->has_initial = false;
	g->words = cp_arena_alloc(arena, (p->ntok ? p->ntok : 1) * sizeof(char *));
	for (int k = 0; k < p->ntok; k++)
	{
		char	   *w;

		if (p->tok_initial[k])
		{
			g->has_initial = true;
			continue;
		}
		w = cp_arena_alloc(arena, p->tok_len[k] + 1);
		memcpy(w, p->skel + p->tok_off[k], p->tok_len[k]);
		w[p->tok_len[k]] = '\0';
		g->words[g->nwords++] = w;
	}
	initials_of(name->name, name->len < CP_NAME_MAX_BYTES ? name->len : CP_NAME_MAX_BYTES, g);
}

static bool
resolvable(uint8_t kind)
{
	return kind == CP_ENT_PER || kind == CP_ENT_ORG;
}

static bool
full_name(const group *g)
{
	return resolvable(g->kind) && g->nwords >= 2 && !g->acronym;
}

/* What candidates for step 2 are compared within. */
static uint64_t
block_of(const group *g)
{
	uint64_t	h = cp_fnv64_byte(CP_FNV64_OFFSET, g->kind);

	if (g->kind == CP_ENT_PER)
	{
		h = cp_fnv64_add(h, g->words[g->nwords - 1], strlen(g->words[g->nwords - 1]));
		return cp_fnv64_byte(h, (unsigned char) g->words[0][0]);
	}
	return cp_fnv64_add(h, g->words[0], strlen(g->words[0]));
}

typedef struct blocked
{
	uint64_t	block;
	uint32_t	g;
} blocked;

static int
cmp_blocked(const void *a, const void *b)
{
	const blocked *x = a,
			   *y = b;

	if (x->block != y->block)
		return x->block < y->block ? -1 : 1;
	return x->g < y->g ? -1 : x->g > y->g;
}

/* Does word a stand for word b: the same skeleton, or one the start of the other ("Democrat")? */
static bool
word_matches(const char *a, const char *b)
{
	size_t		la = strlen(a),
				lb = strlen(b);

	if (la > lb)
		return word_matches(b, a);
	return la == lb ? memcmp(a, b, la) == 0 : la >= 4 && memcmp(a, b, la) == 0;
}

/* Is every word of a matched by one of b's? */
static bool
words_covered(const group *a, const group *b)
{
	for (int i = 0; i < a->nwords; i++)
	{
		int			k = 0;

		while (k < b->nwords && !word_matches(a->words[i], b->words[k]))
			k++;
		if (k == b->nwords)
			return false;
	}
	return true;
}

/*
 * Two full names are one entity for an identity when the matching rules and
 * the forest both say so: the forest alone joins "London Stock Exchange" and
 * "London Metal Exchange".  An organization's shorter name must also be
 * made of the longer one's words ("European Union" is not "European Asian
 * Bank"), two thirds of them at least ("United Nations" is not its Relief
 * and Works Agency).
 */
static bool
same(const cp_forest *forest, const cp_identity_name *names, const group *a, const group *b)
{
	const cp_identity_name *x = &names[a->first],
			   *y = &names[b->first];

	if (a->kind == CP_ENT_ORG)
	{
		const group *s = a->nwords <= b->nwords ? a : b,
				   *l = s == a ? b : a;

		if (3 * s->nwords < 2 * l->nwords || !words_covered(s, l))
			return false;
	}
	return cp_same_entity_rules(x->name, x->len, y->name, y->len) &&
		cp_same_entity(forest, x->name, x->len, y->name, y->len);
}

/* Join the identities of full names a and b if every pair across them is one entity. */
static void
join_full(const cp_forest *forest, const cp_identity_name *names, group *g, uint32_t a, uint32_t b)
{
	uint32_t	ra = find(g, a),
				rb = find(g, b);

	if (ra == rb)
		return;
	for (uint32_t x = ra; x != NONE; x = g[x].next)
		for (uint32_t y = rb; y != NONE; y = g[y].next)
			if ((x != a || y != b) && !same(forest, names, &g[x], &g[y]))
				return;
	g[rb].parent = ra;
	g[g[ra].last].next = rb;
	g[ra].last = g[rb].last;
}

/* Step 2: full names joined within their blocks. */
static void
join_full_names(cp_arena *arena, const cp_forest *forest, const cp_identity_name *names,
				group *g, size_t ngroups)
{
	blocked    *b = cp_arena_alloc(arena, (ngroups ? ngroups : 1) * sizeof(blocked));
	size_t		nb = 0;

	for (size_t i = 0; i < ngroups; i++)
		if (full_name(&g[i]))
		{
			b[nb].block = block_of(&g[i]);
			b[nb++].g = (uint32_t) i;
		}
	qsort(b, nb, sizeof(blocked), cmp_blocked);
	for (size_t s = 0, e; s < nb; s = e)
	{
		for (e = s + 1; e < nb && b[e].block == b[s].block; e++)
			;
		if (e - s > CP_IDENTITY_BLOCK)
			continue;
		cp_check_interrupts();
		for (size_t i = s; i < e; i++)
			for (size_t j = i + 1; j < e; j++)
				if (find(g, b[i].g) != find(g, b[j].g) &&
					same(forest, names, &g[b[i].g], &g[b[j].g]))
					join_full(forest, names, g, b[i].g, b[j].g);
	}
}

/*
 * May the one-word name s join the identity whose first full name is r?
 * Skeletons fold letters that spelling alone would keep apart ("Kobe" and
 * "Gibb"), so one of its full names must also have a capitalized word
 * starting with s's capital, and a name with an initial must have that
 * initial first: "D. Fraser" is not "Fraser Kemp", "H. Gibb" not "Barry Gibb".
 */
static bool
short_form_of(const group *g, const group *s, uint32_t r)
{
	size_t		n = strlen(s->initials);

	if (n == 0)
		return false;
	for (uint32_t x = r; x != NONE; x = g[x].next)
		if (strchr(g[x].initials, s->initials[n - 1]) != NULL &&
			(!s->has_initial || (n >= 2 && g[x].initials[0] == s->initials[0])))
			return true;
	return false;
}

/* Steps 3 and 4: initialisms and one-word names to the one group that carries them. */
static void
join_short_names(cp_arena *arena, group *g, size_t ngroups)
{
	table		words,
				initials;
	size_t		nwords = 0;

	for (size_t i = 0; i < ngroups; i++)
		if (full_name(&g[i]) || (g[i].kind == CP_ENT_LOC && g[i].nwords >= 2))
			nwords += g[i].nwords;
	table_init(arena, &words, nwords + 1);
	table_init(arena, &initials, ngroups + 1);
	for (size_t i = 0; i < ngroups; i++)
	{
		uint32_t	r = find(g, (uint32_t) i);

		if (g[i].acronym || g[i].nwords < 2)
			continue;
		if (strlen(g[i].initials) >= 2)
			table_claim(table_get(&initials, g[i].kind, g[i].initials, strlen(g[i].initials), true), r);
		if (full_name(&g[i]))
			for (int k = 0; k < g[i].nwords; k++)
				table_claim(table_get(&words, g[i].kind, g[i].words[k], strlen(g[i].words[k]), true), r);
	}
	for (size_t i = 0; i < ngroups; i++)
	{
		item	   *it = NULL;

		if (full_name(&g[i]) || g[i].nwords >= 2)
			continue;
		/* "UNRWA": the full name it abbreviates, else it is read as a word */
		if (g[i].acronym)
			it = table_get(&initials, g[i].kind, g[i].initials, strlen(g[i].initials), false);
		if (it == NULL && g[i].nwords == 1 && resolvable(g[i].kind))
		{
			it = table_get(&words, g[i].kind, g[i].words[0], strlen(g[i].words[0]), false);
			if (it != NULL && it->val < MANY && !short_form_of(g, &g[i], it->val))
				it = NULL;
		}
		if (it != NULL && it->val < MANY)
			g[i].parent = it->val;
	}
}

void
cp_resolve_identities(cp_arena *arena, const cp_forest *forest, const cp_identity_name *names,
					  size_t n, uint32_t *identity, uint32_t *first)
{
	nk_name    *p = cp_arena_alloc(arena, sizeof(nk_name));
	group	   *g = cp_arena_alloc(arena, (n ? n : 1) * sizeof(group));
	uint32_t   *of = cp_arena_alloc(arena, (n ? n : 1) * sizeof(uint32_t));
	uint32_t   *best;
	size_t		ngroups = 0;
	table		keys;

	/* Step 1: one group per kind and key. */
	table_init(arena, &keys, n + 1);
	for (size_t i = 0; i < n; i++)
	{
		item	   *it;
		char	   *key;

		if ((i & 1023) == 0)
			cp_check_interrupts();
		nk_parse(p, names[i].name, names[i].len, true);
		it = table_get(&keys, names[i].kind, p->key, p->key_len, true);
		if (it->val == NONE)
		{
			/* the item must not point into the parse buffer, reused for the next name */
			key = cp_arena_alloc(arena, p->key_len + 1);
			memcpy(key, p->key, p->key_len);
			it->s = key;
			it->val = (uint32_t) ngroups;
			group_init(arena, &g[ngroups], &names[i], (uint32_t) i, p);
			g[ngroups].parent = (uint32_t) ngroups;
			g[ngroups].last = (uint32_t) ngroups;
			ngroups++;
		}
		of[i] = it->val;
		g[it->val].mentions++;
	}
	if (forest != NULL)
		join_full_names(arena, forest, names, g, ngroups);
	join_short_names(arena, g, ngroups);

	/* Step 5: each identity's most complete name. */
	best = cp_arena_alloc(arena, (ngroups ? ngroups : 1) * sizeof(uint32_t));
	for (size_t i = 0; i < ngroups; i++)
		best[i] = NONE;
	for (size_t i = 0; i < ngroups; i++)
	{
		uint32_t	r = find(g, (uint32_t) i);
		const group *b = best[r] == NONE ? NULL : &g[best[r]];

		if (b == NULL || g[i].nwords > b->nwords ||
			(g[i].nwords == b->nwords && g[i].mentions > b->mentions))
			best[r] = (uint32_t) i;
	}
	for (size_t i = 0; i < n; i++)
	{
		identity[i] = g[best[find(g, of[i])]].first;
		first[i] = g[of[i]].first;
	}
}
