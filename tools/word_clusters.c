/*
 * word_clusters: Brown clusters of the words of unlabeled text, for the
 * tagger's word-class features (tools/train_ner.c puts them in the model).
 *
 * usage: word_clusters OUT.tsv MIN_COUNT WINDOW TEXT.tsv...
 *
 * TEXT files are in the trainer's format (tools/conll_to_tsv.py; their
 * entity lines are ignored).  Words are the tagger's tokens (ner.c), counted
 * by their lower-cased, accent-folded hash, so "IRAQ" in a headline in
 * capitals and "Iraq" in a sentence are one word, and the tagger finds a
 * word's class with the hash it already has.  Words seen MIN_COUNT times or
 * more are clustered.
 *
 * The method is Brown et al.'s (1992) class bigram clustering with a window
 * (as Liang 2005 describes it): words enter by decreasing frequency, each
 * as a cluster of its own; whenever WINDOW + 1 clusters are active, the two
 * whose merge loses the least mutual information between adjacent clusters
 * merge.  When every word is in, the WINDOW clusters left merge down to
 * one, and a word's class is its cluster's path from the root of that merge
 * tree (0 for the first cluster of a merge, 1 for the second).  The loss of
 * every pair is kept and updated as clusters change, so a step costs
 * O(WINDOW^2): about 3 minutes on one core for WINDOW 300 and 36,000 words.
 *
 * Output: PATH TAB WORD (first spelling met) TAB COUNT, by path.
 * Deterministic: ties go to the earlier cluster.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "ner.h"

typedef struct word
{
	uint64_t	hash;
	char	   *text;
	uint64_t	count;
	int			slot;			/* active cluster, -1 before the word enters */
	int			next;			/* next word of the same cluster, -1 */
} word;

/* word hash -> index into words, open addressing */
static word *words;
static size_t nwords,
			cap_words;
static int32_t *word_index;
static size_t index_mask;

static int
find_word(uint64_t h, const char *text, size_t len)
{
	size_t		i = h & index_mask;

	for (; word_index[i] >= 0; i = (i + 1) & index_mask)
		if (words[word_index[i]].hash == h)
			return word_index[i];
	if (text == NULL)
		return -1;
	if (nwords == cap_words)
	{
		cap_words = cap_words ? 2 * cap_words : 1 << 16;
		words = realloc(words, cap_words * sizeof(word));
	}
	if ((nwords + 1) * 2 > index_mask)
	{
		/* grow the index and probe again */
		size_t		old = index_mask + 1;
		int32_t    *prev = word_index;

		index_mask = 2 * old - 1;
		word_index = malloc(2 * old * sizeof(int32_t));
		memset(word_index, 0xff, 2 * old * sizeof(int32_t));
		for (size_t k = 0; k < old; k++)
			if (prev[k] >= 0)
			{
				size_t		j = words[prev[k]].hash & index_mask;

				while (word_index[j] >= 0)
					j = (j + 1) & index_mask;
				word_index[j] = prev[k];
			}
		free(prev);
		return find_word(h, text, len);
	}
	words[nwords].hash = h;
	words[nwords].text = strndup(text, len);
	words[nwords].count = 0;
	words[nwords].slot = -1;
	words[nwords].next = -1;
	word_index[i] = (int32_t) nwords;
	return (int) nwords++;
}

/* The token stream: word indexes, -1 between sentences. */
static int32_t *stream;
static size_t nstream,
			cap_stream;

static void
push(int32_t w)
{
	if (nstream == cap_stream)
	{
		cap_stream = cap_stream ? 2 * cap_stream : 1 << 20;
		stream = realloc(stream, cap_stream * sizeof(int32_t));
	}
	stream[nstream++] = w;
}

static void
read_text(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	char		line[256];
	cp_arena	arena;

	if (!f)
	{
		perror(path);
		exit(1);
	}
	cp_arena_init(&arena);
	while (fgets(line, sizeof(line), f))
	{
		size_t		nbytes,
					nents;
		char	   *text;
		cp_doc		d;
		cp_ner_doc	doc;
		cp_arena_mark mark = cp_arena_save(&arena);

		if (sscanf(line, "D\t%zu\t%zu", &nbytes, &nents) != 2)
			continue;			/* an entity line */
		text = malloc(nbytes + 1);
		if (fread(text, 1, nbytes + 1, f) != nbytes + 1)
		{
			fprintf(stderr, "%s: truncated\n", path);
			exit(1);
		}
		if (cp_doc_init(&d, &arena, text, nbytes, NULL) == CP_OK &&
			cp_ner_doc_prepare(&d, NULL, &doc) == CP_OK)
			for (size_t s = 0; s < doc.nsents; s++)
			{
				for (uint32_t i = 0; i < doc.sents[s].ntoks; i++)
				{
					const cp_ner_tok *t = &doc.toks[doc.sents[s].first + i];
					int			w = find_word(t->lower, text + t->tok.start, t->tok.len);

					words[w].count++;
					push(w);
				}
				push(-1);
			}
		cp_arena_reset(&arena, mark);
		free(text);
	}
	cp_arena_free(&arena);
	fclose(f);
}

static int
by_count(const void *a, const void *b)
{
	const word *x = a,
			   *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->text, y->text) < 0 ? -1 : strcmp(x->text, y->text) > 0;
}

/* Adjacent pairs of clustered words: per word, its right and left neighbours. */
typedef struct edge
{
	int32_t		w;
	double		p;
} edge;

static edge *right_edges,
		   *left_edges;
static size_t *right_off,
		   *left_off;

static int
by_pair(const void *a, const void *b)
{
	const uint64_t *x = a,
			   *y = b;

	return *x < *y ? -1 : *x > *y;
}

/* sorted (first << 32 | second) pairs into per-word neighbour lists */
static void
neighbours(uint64_t *pairs, size_t n, size_t nv, double total, edge **edges, size_t **off)
{
	size_t		k = 0;

	qsort(pairs, n, sizeof(uint64_t), by_pair);
	*edges = malloc((n + 1) * sizeof(edge));
	*off = calloc(nv + 1, sizeof(size_t));
	for (size_t i = 0; i < n;)
	{
		size_t		j = i;

		while (j < n && pairs[j] == pairs[i])
			j++;
		(*edges)[k].w = (int32_t) (pairs[i] & 0xffffffff);
		(*edges)[k].p = (double) (j - i) / total;
		(*off)[(pairs[i] >> 32) + 1]++;
		k++;
		i = j;
	}
	for (size_t w = 0; w < nv; w++)
		(*off)[w + 1] += (*off)[w];
}

/* ---------------------------------------------------------------- clusters */

static int	nslots;				/* WINDOW + 2 */
static double *pc;				/* [slot][slot]: probability of the adjacent pair */
static double *qc;				/* [slot][slot]: its term of the mutual information */
static double *loss;			/* [slot][slot], slot < slot: change of merging them */
static double *pm;				/* [slot]: probability of the cluster's words */
static int *head;				/* [slot]: first word */
static int *node;				/* [slot]: merge tree node */
static int *active;
static int	nactive;
static int *free_slots;
static int	nfree;

/*
 * The merge tree over the clusters left when every word is in (nodes
 * 0..WINDOW-1, the merges after them numbered on): parent and bit of every
 * node.  NULL while words enter: merges then make the clusters, not the
 * tree, and every word of a cluster has its path.
 */
static int *parent;
static char *bit;
static int	nnodes;
static int *leaf;				/* [word]: its cluster's node */

#define P(a, b) pc[(size_t) (a) * nslots + (b)]
#define Q(a, b) qc[(size_t) (a) * nslots + (b)]
#define L(a, b) loss[(size_t) ((a) < (b) ? (a) : (b)) * nslots + ((a) < (b) ? (b) : (a))]

static inline double
term(double p, double left, double right)
{
	return p > 0 ? p * log(p / (left * right)) : 0;
}

/* What merging i and j changes in the terms of the pairs with cluster d. */
static inline double
change_with(int i, int j, int d)
{
	double		m = pm[i] + pm[j];

	return term(P(i, d) + P(j, d), m, pm[d]) + term(P(d, i) + P(d, j), pm[d], m) -
		Q(i, d) - Q(d, i) - Q(j, d) - Q(d, j);
}

/* The whole change of mutual information if i and j merged. */
static double
merge_loss(int i, int j)
{
	double		m = pm[i] + pm[j],
				v = term(P(i, i) + P(i, j) + P(j, i) + P(j, j), m, m) -
		Q(i, i) - Q(i, j) - Q(j, i) - Q(j, j);

	for (int k = 0; k < nactive; k++)
		if (active[k] != i && active[k] != j)
			v += change_with(i, j, active[k]);
	return v;
}

/* Add change_with(i, j, d) * sign to the loss of every active pair without d. */
static void
shift_losses(int d, double sign)
{
	for (int a = 0; a < nactive; a++)
		for (int b = a + 1; b < nactive; b++)
		{
			int			i = active[a],
						j = active[b];

			if (i != d && j != d)
				L(i, j) += sign * change_with(i, j, d);
		}
}

static void
set_terms(int s)
{
	for (int k = 0; k < nactive; k++)
	{
		int			d = active[k];

		Q(s, d) = term(P(s, d), pm[s], pm[d]);
		Q(d, s) = term(P(d, s), pm[d], pm[s]);
	}
}

static void
fill_losses(int s)
{
	for (int k = 0; k < nactive; k++)
		if (active[k] != s)
			L(s, active[k]) = merge_loss(s, active[k]);
}

static void
add_word(int w)
{
	int			s = free_slots[--nfree];

	for (int k = 0; k < nslots; k++)
		P(s, k) = P(k, s) = 0;
	words[w].slot = s;
	words[w].next = -1;
	head[s] = w;
	pm[s] = words[w].count / (double) nstream;
	for (size_t e = right_off[w]; e < right_off[w + 1]; e++)
		if (words[right_edges[e].w].slot >= 0)
			P(s, words[right_edges[e].w].slot) += right_edges[e].p;
	for (size_t e = left_off[w]; e < left_off[w + 1]; e++)
		if (words[left_edges[e].w].slot >= 0 && left_edges[e].w != w)
			P(words[left_edges[e].w].slot, s) += left_edges[e].p;
	active[nactive++] = s;
	set_terms(s);
	/* the pairs already there now also change the terms they have with s */
	shift_losses(s, 1);
	fill_losses(s);
}

/* Merge cluster b into cluster a. */
static void
merge(int a, int b)
{
	int			k,
				w;

	shift_losses(a, -1);
	shift_losses(b, -1);
	P(a, a) = P(a, a) + P(a, b) + P(b, a) + P(b, b);
	for (k = 0; k < nactive; k++)
	{
		int			d = active[k];

		if (d == a || d == b)
			continue;
		P(a, d) += P(b, d);
		P(d, a) += P(d, b);
	}
	pm[a] += pm[b];
	for (k = 0; active[k] != b; k++)
		;
	memmove(active + k, active + k + 1, (nactive - k - 1) * sizeof(int));
	nactive--;
	free_slots[nfree++] = b;
	for (w = head[b]; words[w].next >= 0; w = words[w].next)
		words[w].slot = a;
	words[w].slot = a;
	words[w].next = head[a];
	head[a] = head[b];
	if (parent)
	{
		parent[node[a]] = parent[node[b]] = nnodes;
		bit[node[a]] = '0';
		bit[node[b]] = '1';
		node[a] = nnodes++;
	}
	set_terms(a);
	shift_losses(a, 1);
	fill_losses(a);
}

static void
merge_best(void)
{
	double		best = -INFINITY;
	int			bi = -1,
				bj = -1;

	for (int x = 0; x < nactive; x++)
		for (int y = x + 1; y < nactive; y++)
		{
			double		v = L(active[x], active[y]);

			if (v > best)
			{
				best = v;
				bi = active[x];
				bj = active[y];
			}
		}
	merge(bi, bj);
}

static char **sorted_paths;

/* by path; within a cluster, the more frequent word (the lower index) first */
static int
by_path(const void *a, const void *b)
{
	size_t		x = *(const size_t *) a,
				y = *(const size_t *) b;
	int			c = strcmp(sorted_paths[x], sorted_paths[y]);

	return c ? c : x < y ? -1 : 1;
}

int
main(int argc, char **argv)
{
	size_t		min_count,
				nv = 0,
				npairs = 0;
	int			window;
	uint64_t   *pairs;
	int32_t    *remap;
	FILE	   *out;

	if (argc < 5)
	{
		fprintf(stderr, "usage: %s OUT.tsv MIN_COUNT WINDOW TEXT.tsv...\n", argv[0]);
		return 2;
	}
	cp_set_host(&cp_malloc_host);
	min_count = (size_t) atol(argv[2]);
	window = atoi(argv[3]);
	index_mask = (1 << 16) - 1;
	word_index = malloc((index_mask + 1) * sizeof(int32_t));
	memset(word_index, 0xff, (index_mask + 1) * sizeof(int32_t));
	for (int i = 4; i < argc; i++)
		read_text(argv[i]);

	/* the clustered words first, most frequent first; the stream renumbered */
	{
		int32_t    *order = malloc(nwords * sizeof(int32_t));

		for (size_t i = 0; i < nwords; i++)
			words[i].slot = (int) i;	/* the old index, for the renumbering */
		qsort(words, nwords, sizeof(word), by_count);
		remap = malloc(nwords * sizeof(int32_t));
		for (size_t i = 0; i < nwords; i++)
		{
			order[i] = words[i].slot;
			words[i].slot = -1;
			if (words[i].count >= min_count)
				nv++;
		}
		for (size_t i = 0; i < nwords; i++)
			remap[order[i]] = i < nv ? (int32_t) i : -1;
		free(order);
	}
	fprintf(stderr, "%zu tokens, %zu distinct words, %zu seen %zu times or more\n",
			nstream, nwords, nv, min_count);
	pairs = malloc(nstream * sizeof(uint64_t));
	for (size_t i = 0; i + 1 < nstream; i++)
	{
		int32_t		a = stream[i] >= 0 ? remap[stream[i]] : -1,
					b = stream[i + 1] >= 0 ? remap[stream[i + 1]] : -1;

		if (a >= 0 && b >= 0)
			pairs[npairs++] = (uint64_t) a << 32 | (uint32_t) b;
	}
	neighbours(pairs, npairs, nv, (double) nstream, &right_edges, &right_off);
	for (size_t i = 0; i < npairs; i++)
		pairs[i] = (pairs[i] << 32) | (pairs[i] >> 32);
	neighbours(pairs, npairs, nv, (double) nstream, &left_edges, &left_off);
	free(pairs);

	nslots = window + 2;
	pc = calloc((size_t) nslots * nslots, sizeof(double));
	qc = calloc((size_t) nslots * nslots, sizeof(double));
	loss = calloc((size_t) nslots * nslots, sizeof(double));
	pm = calloc(nslots, sizeof(double));
	head = calloc(nslots, sizeof(int));
	node = calloc(nslots, sizeof(int));
	active = calloc(nslots, sizeof(int));
	free_slots = calloc(nslots, sizeof(int));
	for (int s = nslots; s-- > 0;)
		free_slots[nfree++] = s;
	for (size_t w = 0; w < nv; w++)
	{
		add_word((int) w);
		if (nactive > window)
			merge_best();
		if (w % 1000 == 999)
			fprintf(stderr, "\r%zu of %zu words", w + 1, nv);
	}
	fprintf(stderr, "\n");
	parent = malloc(2 * nactive * sizeof(int));
	bit = calloc(2 * nactive, 1);
	memset(parent, 0xff, 2 * nactive * sizeof(int));
	leaf = malloc(nv * sizeof(int));
	for (int k = 0; k < nactive; k++)
	{
		node[active[k]] = nnodes++;
		for (int w = head[active[k]]; w >= 0; w = words[w].next)
			leaf[w] = node[active[k]];
	}
	while (nactive > 1)
		merge_best();

	out = fopen(argv[1], "w");
	if (!out)
	{
		perror(argv[1]);
		return 1;
	}
	{
		/* paths from the root: each word's bits read upwards, written reversed */
		char	  **paths = malloc(nv * sizeof(char *));
		size_t	   *order = malloc(nv * sizeof(size_t));

		for (size_t w = 0; w < nv; w++)
		{
			char		buf[4096];
			int			n = 0;

			for (int x = leaf[w]; parent[x] >= 0 && n < (int) sizeof(buf) - 1; x = parent[x])
				buf[n++] = bit[x];
			paths[w] = malloc(n + 1);
			for (int k = 0; k < n; k++)
				paths[w][k] = buf[n - 1 - k];
			paths[w][n] = '\0';
			order[w] = w;
		}
		sorted_paths = paths;
		qsort(order, nv, sizeof(size_t), by_path);
		for (size_t i = 0; i < nv; i++)
			fprintf(out, "%s\t%s\t%llu\n", paths[order[i]], words[order[i]].text,
					(unsigned long long) words[order[i]].count);
	}
	if (fclose(out) != 0)
	{
		perror(argv[1]);
		return 1;
	}
	return 0;
}
