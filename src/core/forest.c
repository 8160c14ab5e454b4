/*
 * forest.c: boosted decision trees: scoring, the text form (parsed and
 * written).
 *
 * The text form, one record a line, fields separated by tabs:
 *   # comment lines (the trainer writes where the forest came from)
 *   forest  1  <features> <trees> <nodes> <base> <threshold>
 *   tree    <root node index>                      (trees times)
 *   node    <feature> <split> <left> <right> <value>  (nodes times)
 * A leaf has feature -1 (split, left and right are then ignored).  The
 * children of a node come after it, so every walk ends; the parser checks
 * that, and every index and feature number, before anything is used.
 */
#include "forest.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * The sum over the trees of a flat forest of the given depth; inlined with
 * the depth a constant for the usual depths, so that each walk is unrolled.
 */
static inline float
fr_sum(const cp_forest *forest, const float *features, int depth)
{
	float		score = forest->base;
	size_t		inner = ((size_t) 1 << depth) - 1;
	const cp_forest_split *splits = forest->splits;
	const float *leaves = forest->leaves;

	for (int t = 0; t < forest->ntrees; t++)
	{
		size_t		i = 0;

		/* gcc -O2 alone kept this loop even for a constant depth */
#pragma GCC unroll 4
		for (int d = 0; d < depth; d++)
			i = 2 * i + 1 + !(features[splits[i].feature] < splits[i].split);
		score += leaves[i - inner];
		splits += inner;
		leaves += inner + 1;
	}
	return score;
}

float
cp_forest_score(const cp_forest *forest, const float *features)
{
	switch (forest->depth)
	{
		case 2:
			return fr_sum(forest, features, 2);
		case 3:
			return fr_sum(forest, features, 3);
		case 4:
			return fr_sum(forest, features, 4);
		default:
			return fr_sum(forest, features, forest->depth);
	}
}

/* A line reader over the text; fields split at tabs in place of a copy. */
typedef struct fr_reader
{
	const char *p;
	const char *end;
	int			lineno;
	char		line[512];
	char	   *field[8];
	int			nfields;
} fr_reader;

/* The next record that is not blank or a comment; false at the end. */
static bool
fr_next(fr_reader *r, bool *too_long)
{
	*too_long = false;
	while (r->p < r->end)
	{
		const char *nl = memchr(r->p, '\n', (size_t) (r->end - r->p));
		size_t		n = (size_t) ((nl ? nl : r->end) - r->p);
		char	   *s;

		r->lineno++;
		if (n >= sizeof(r->line))
		{
			*too_long = true;
			return false;
		}
		memcpy(r->line, r->p, n);
		r->line[n] = '\0';
		r->p += n + (nl != NULL);
		if (n > 0 && r->line[n - 1] == '\r')
			r->line[n - 1] = '\0';
		if (r->line[0] == '\0' || r->line[0] == '#')
			continue;
		r->nfields = 0;
		s = r->line;
		while (r->nfields < 8)
		{
			char	   *tab = strchr(s, '\t');

			r->field[r->nfields++] = s;
			if (!tab)
				break;
			*tab = '\0';
			s = tab + 1;
		}
		return true;
	}
	return false;
}

static bool
fr_long(const char *s, long lo, long hi, long *out)
{
	char	   *e;
	long		v;

	errno = 0;
	v = strtol(s, &e, 10);
	if (e == s || *e != '\0' || errno != 0 || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

static bool
fr_float(const char *s, float *out)
{
	char	   *e;
	double		v;

	errno = 0;
	v = strtod(s, &e);
	if (e == s || *e != '\0' || errno != 0 || !isfinite(v) || fabs(v) > 1e30)
		return false;
	*out = (float) v;
	return true;
}

/*
 * Fill slot of a flattened tree of the given depth from node (at level):
 * a leaf above the bottom fills every slot under it, whichever way a walk
 * turns.
 */
static void
fr_flatten(const cp_forest_node *nodes, int32_t node, size_t slot, int level, int depth,
		   cp_forest_split *splits, float *leaves)
{
	const cp_forest_node *n = &nodes[node];
	size_t		inner = ((size_t) 1 << depth) - 1;

	if (level == depth)
	{
		leaves[slot - inner] = n->value;
		return;
	}
	splits[slot].feature = n->feature >= 0 ? n->feature : 0;
	splits[slot].split = n->feature >= 0 ? n->split : 0;
	fr_flatten(nodes, n->feature >= 0 ? n->left : node, 2 * slot + 1, level + 1, depth, splits, leaves);
	fr_flatten(nodes, n->feature >= 0 ? n->right : node, 2 * slot + 2, level + 1, depth, splits, leaves);
}

/* The depth of the deepest tree (children come after their node). */
static int
fr_depth(const cp_forest_node *nodes, long nn, const int32_t *roots, long nt)
{
	int		   *depth = cp_alloc(sizeof(int) * (size_t) nn);
	int			deepest = 0;

	for (long i = nn - 1; i >= 0; i--)
	{
		const cp_forest_node *n = &nodes[i];

		depth[i] = 0;
		if (n->feature >= 0)
			depth[i] = 1 + (depth[n->left] > depth[n->right] ? depth[n->left] : depth[n->right]);
		if (depth[i] > CP_FOREST_MAX_DEPTH)
			depth[i] = CP_FOREST_MAX_DEPTH + 1;
	}
	for (long t = 0; t < nt; t++)
		if (depth[roots[t]] > deepest)
			deepest = depth[roots[t]];
	cp_release(depth);
	return deepest;
}

cp_status
cp_forest_parse(const char *text, size_t len, int nfeatures, const char *what,
				cp_forest **out, char *err, size_t errlen)
{
	fr_reader	r = {.p = text, .end = text + len};
	bool		too_long;
	long		nf,
				nt,
				nn,
				v;
	float		base,
				threshold;
	int32_t    *roots = NULL;
	cp_forest_node *nodes = NULL;
	cp_forest  *f;
	const char *problem = NULL;
	int			depth = 0;
	size_t		inner;

	*out = NULL;
	if (len > CP_FOREST_MAX_BYTES)
	{
		snprintf(err, errlen, "%s: larger than %zu bytes", what, CP_FOREST_MAX_BYTES);
		return CP_ERR_DATA;
	}
	if (!fr_next(&r, &too_long) || r.nfields != 7 || strcmp(r.field[0], "forest") != 0 ||
		strcmp(r.field[1], "1") != 0 ||
		!fr_long(r.field[2], 1, CP_FOREST_MAX_FEATURES, &nf) ||
		!fr_long(r.field[3], 0, CP_FOREST_MAX_NODES, &nt) ||
		!fr_long(r.field[4], 1, CP_FOREST_MAX_NODES, &nn) ||
		!fr_float(r.field[5], &base) || !fr_float(r.field[6], &threshold))
	{
		snprintf(err, errlen, "%s: line %d: expected a \"forest 1\" header", what, r.lineno);
		return CP_ERR_DATA;
	}
	if (nf != nfeatures)
	{
		snprintf(err, errlen, "%s: a forest over %ld features, expected %d", what, nf, nfeatures);
		return CP_ERR_DATA;
	}
	roots = cp_alloc(sizeof(int32_t) * (size_t) (nt > 0 ? nt : 1));
	nodes = cp_alloc(sizeof(cp_forest_node) * (size_t) nn);
	for (long t = 0; t < nt && !problem; t++)
	{
		if (!fr_next(&r, &too_long) || r.nfields != 2 || strcmp(r.field[0], "tree") != 0 ||
			!fr_long(r.field[1], 0, nn - 1, &v))
			problem = "expected a tree with a root node index";
		else
			roots[t] = (int32_t) v;
	}
	for (long i = 0; i < nn && !problem; i++)
	{
		cp_forest_node *n = &nodes[i];
		long		left,
					right;

		if (!fr_next(&r, &too_long) || r.nfields != 6 || strcmp(r.field[0], "node") != 0 ||
			!fr_long(r.field[1], -1, nf - 1, &v) || !fr_float(r.field[2], &n->split) ||
			!fr_long(r.field[3], 0, nn - 1, &left) || !fr_long(r.field[4], 0, nn - 1, &right) ||
			!fr_float(r.field[5], &n->value))
			problem = "expected a node: feature, split, left, right, value";
		else if (v >= 0 && (left <= i || right <= i))
			problem = "a node's children must come after it";
		else
		{
			n->feature = (int32_t) v;
			n->left = (int32_t) left;
			n->right = (int32_t) right;
		}
	}
	if (!problem && fr_next(&r, &too_long))
		problem = "unexpected record after the last node";
	if (!problem && too_long)
		problem = "line too long";
	if (!problem)
	{
		depth = fr_depth(nodes, nn, roots, nt);
		if (depth > CP_FOREST_MAX_DEPTH || ((size_t) nt << depth) > CP_FOREST_MAX_LEAVES)
			problem = "trees too deep to flatten";
	}
	if (problem)
	{
		snprintf(err, errlen, "%s: line %d: %s", what, r.lineno, problem);
		cp_release(roots);
		cp_release(nodes);
		return CP_ERR_DATA;
	}
	inner = ((size_t) 1 << depth) - 1;
	f = cp_alloc_persistent(sizeof(*f));
	memset(f, 0, sizeof(*f));
	f->nfeatures = (int) nf;
	f->ntrees = (int) nt;
	f->nnodes = (int) nn;
	f->base = base;
	f->threshold = threshold;
	f->depth = depth;
	f->splits = cp_alloc_persistent(sizeof(cp_forest_split) * ((size_t) nt * inner + 1));
	f->leaves = cp_alloc_persistent(sizeof(float) * ((size_t) nt * (inner + 1) + 1));
	for (long t = 0; t < nt; t++)
		fr_flatten(nodes, roots[t], 0, 0, depth, f->splits + t * inner, f->leaves + t * (inner + 1));
	cp_release(roots);
	cp_release(nodes);
	*out = f;
	return CP_OK;
}

bool
cp_forest_write(const cp_forest *forest, const char *path, const char *comment,
				char *err, size_t errlen)
{
	FILE	   *fp = fopen(path, "w");
	bool		ok;

	if (!fp)
	{
		snprintf(err, errlen, "could not write \"%s\": %s", path, strerror(errno));
		return false;
	}
	if (comment)
	{
		const char *s = comment;

		/* every line of the comment as a # line */
		while (*s)
		{
			const char *nl = strchr(s, '\n');
			int			n = nl ? (int) (nl - s) : (int) strlen(s);

			fprintf(fp, "# %.*s\n", n, s);
			s += n + (nl != NULL);
		}
	}
	fprintf(fp, "forest\t1\t%d\t%d\t%d\t%.9g\t%.9g\n", forest->nfeatures, forest->ntrees,
			forest->nnodes, forest->base, forest->threshold);
	for (int t = 0; t < forest->ntrees; t++)
		fprintf(fp, "tree\t%d\n", forest->roots[t]);
	for (int i = 0; i < forest->nnodes; i++)
	{
		const cp_forest_node *n = &forest->nodes[i];

		if (n->feature < 0)
			fprintf(fp, "node\t-1\t0\t0\t0\t%.9g\n", n->value);
		else
			fprintf(fp, "node\t%d\t%.9g\t%d\t%d\t0\n", n->feature, n->split, n->left, n->right);
	}
	ok = !ferror(fp);
	if (fclose(fp) != 0)
		ok = false;
	if (!ok)
		snprintf(err, errlen, "could not write \"%s\"", path);
	return ok;
}
