/*
 * train_names.c: train the same-entity decision (data/names_forest.tsv).
 *
 * usage: train_names PAIRS.tsv OUT.tsv [TREES DEPTH MIN_PRECISION]
 *
 * PAIRS.tsv has the columns a, b, same (1/0) and optionally type, id_a, id_b
 * and kind (../shared/data/names/pairs_dev.tsv).  Each pair becomes the
 * feature vector of cp_name_pair_features(); gradient-boosted trees with the
 * logistic loss learn the decision.  The decision threshold is chosen by
 * five-fold cross-validation in which the folds are sets of entity ids and
 * no entity is seen by the forest that scores it: the
 * threshold is the one with the best out-of-fold F1 at a precision of at
 * least MIN_PRECISION.  The out-of-fold figures are printed (they are the
 * honest estimate of accuracy on unseen entities); then the forest is
 * trained on every pair and written with that threshold.
 *
 * Deterministic: the same pairs give the same forest.
 */
#include "forest.h"
#include "hash.h"
#include "names.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NF CP_NAME_NFEATURES
#define MAX_CUTS 63
#define FOLDS 5
#define LEARNING_RATE 0.1
#define LAMBDA 1.0
#define MIN_CHILD_HESSIAN 2.0

typedef struct pair
{
	char	   *a;
	char	   *b;
	int			same;
	char	   *kind;
	char	   *id_a;			/* entity ids ("" when not given) */
	char	   *id_b;
	int			fold_a;			/* folds of the two entities */
	int			fold_b;
	bool		synthetic;		/* a random pair of two other entities */
} pair;

static pair *pairs;
static int	npairs;
static float (*feat)[NF];
static float cuts[NF][MAX_CUTS];
static int	ncuts[NF];
static unsigned char (*bins)[NF];

/* ---------------------------------------------------------------- input */

static char *
xstrdup(const char *s, size_t n)
{
	char	   *d = malloc(n + 1);

	if (!d)
		abort();
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

/*
 * The cross-validation fold of an entity id: folds hold whole entities, and
 * a pair is scored in the fold of its first id by a forest trained on pairs
 * that touch no entity of that fold.
 */
static int
id_fold(const char *s)
{
	return (int) (cp_fnv32(s, strlen(s)) % FOLDS);
}

static void
read_pairs(const char *path)
{
	FILE	   *f = fopen(path, "r");
	char		line[8192];
	int			cap = 0;

	if (!f)
	{
		perror(path);
		exit(1);
	}
	while (fgets(line, sizeof(line), f))
	{
		char	   *col[7] = {0};
		int			n = 0;
		char	   *s = line;

		line[strcspn(line, "\r\n")] = '\0';
		while (n < 7)
		{
			char	   *tab = strchr(s, '\t');

			col[n++] = s;
			if (!tab)
				break;
			*tab = '\0';
			s = tab + 1;
		}
		if (n < 3 || strcmp(col[0], "a") == 0)
			continue;
		if (npairs == cap)
		{
			cap = cap ? 2 * cap : 4096;
			pairs = realloc(pairs, sizeof(pair) * (size_t) cap);
			if (!pairs)
				abort();
		}
		pairs[npairs].a = xstrdup(col[0], strlen(col[0]));
		pairs[npairs].b = xstrdup(col[1], strlen(col[1]));
		pairs[npairs].same = col[2][0] == '1' || col[2][0] == 't';
		pairs[npairs].kind = xstrdup(n > 6 ? col[6] : "", strlen(n > 6 ? col[6] : ""));
		pairs[npairs].id_a = xstrdup(n > 5 ? col[4] : "", strlen(n > 5 ? col[4] : ""));
		pairs[npairs].id_b = xstrdup(n > 5 ? col[5] : "", strlen(n > 5 ? col[5] : ""));
		/* without ids, each pair is its own entity */
		pairs[npairs].fold_a = n > 5 ? id_fold(col[4]) : npairs % FOLDS;
		pairs[npairs].fold_b = n > 5 ? id_fold(col[5]) : npairs % FOLDS;
		pairs[npairs].synthetic = false;
		npairs++;
	}
	fclose(f);
}

/*
 * Every labelled negative shares a word or most letters with its partner:
 * that is how hard negatives are found.  Left alone, a model learns that two
 * names with nothing in common are the same entity (the aliases), which is
 * false of nearly every pair a join compares.  So the training set also
 * gets, for every labelled pair, the first name of one pair with the second
 * name of another, of other entities: different entities by construction.
 * They take part in training only; thresholds and figures use the labelled
 * pairs.
 */
static void
add_random_pairs(void)
{
	int			labelled = npairs;

	pairs = realloc(pairs, sizeof(pair) * (size_t) (2 * labelled));
	if (!pairs)
		abort();
	for (int i = 0; i < labelled; i++)
	{
		int			j = (int) (((long) i * 7919 + 104729) % labelled);
		pair	   *x = &pairs[i],
				   *y = &pairs[j],
				   *r = &pairs[npairs];

		if (!x->id_a[0] || strcmp(x->id_a, y->id_a) == 0 || strcmp(x->id_a, y->id_b) == 0 ||
			strcmp(x->id_b, y->id_a) == 0 || strcmp(x->id_b, y->id_b) == 0)
			continue;
		*r = (pair) {.a = x->a, .b = y->b, .same = 0, .kind = "neg_random",
					 .id_a = x->id_a, .id_b = y->id_b, .fold_a = x->fold_a,
					 .fold_b = y->fold_b, .synthetic = true};
		npairs++;
	}
}

/* ---------------------------------------------------------------- features */

static int
cmp_float(const void *x, const void *y)
{
	float		a = *(const float *) x,
				b = *(const float *) y;

	return (a > b) - (a < b);
}

/* Split candidates: midpoints between distinct values, at most MAX_CUTS. */
static void
make_cuts(void)
{
	float	   *v = malloc(sizeof(float) * (size_t) npairs);

	if (!v)
		abort();
	for (int j = 0; j < NF; j++)
	{
		int			u = 0;

		for (int i = 0; i < npairs; i++)
			v[i] = feat[i][j];
		qsort(v, (size_t) npairs, sizeof(float), cmp_float);
		for (int i = 0; i < npairs; i++)
			if (u == 0 || v[u - 1] != v[i])
				v[u++] = v[i];
		ncuts[j] = 0;
		if (u - 1 <= MAX_CUTS)
			for (int k = 0; k + 1 < u; k++)
				cuts[j][ncuts[j]++] = (v[k] + v[k + 1]) / 2;
		else
			for (int k = 1; k <= MAX_CUTS; k++)
			{
				int			at = (int) ((long) k * (u - 1) / (MAX_CUTS + 1));
				float		c = (v[at] + v[at + 1]) / 2;

				if (ncuts[j] == 0 || cuts[j][ncuts[j] - 1] < c)
					cuts[j][ncuts[j]++] = c;
			}
	}
	free(v);
	bins = malloc(sizeof(*bins) * (size_t) npairs);
	if (!bins)
		abort();
	for (int i = 0; i < npairs; i++)
		for (int j = 0; j < NF; j++)
		{
			int			b = 0;

			while (b < ncuts[j] && feat[i][j] >= cuts[j][b])
				b++;
			bins[i][j] = (unsigned char) b;
		}
}

/* ---------------------------------------------------------------- boosting */

typedef struct builder
{
	cp_forest_node *nodes;
	int			nnodes,
				cap;
	const double *grad,
			   *hess;
	int			depth;
} builder;

static int
new_node(builder *b)
{
	if (b->nnodes == b->cap)
	{
		b->cap = b->cap ? 2 * b->cap : 1024;
		b->nodes = realloc(b->nodes, sizeof(cp_forest_node) * (size_t) b->cap);
		if (!b->nodes)
			abort();
	}
	memset(&b->nodes[b->nnodes], 0, sizeof(cp_forest_node));
	return b->nnodes++;
}

/*
 * How the decision may depend on each feature: +1 never lower for a higher
 * value (more agreement), -1 never higher (more left unmatched), 0 free
 * (sizes, kinds).  The constraint keeps the forest from rewarding
 * disagreement, whatever quirks the labelled pairs have (features in
 * src/core/names.h).
 */
static const signed char monotone[NF] = {
	[CP_NF_RULE] = +1, [CP_NF_KEY_EQUAL] = +1, [CP_NF_KEY_DICE] = +1, [CP_NF_KEY_SIMILARITY] = +1,
	[CP_NF_FULL] = +1, [CP_NF_EXACT] = +1, [CP_NF_INITIALS] = +1,
	[CP_NF_UNMATCHED_S] = -1, [CP_NF_UNMATCHED_L] = -1,
	[CP_NF_DISTINCT_UNMATCHED_S] = -1, [CP_NF_DISTINCT_UNMATCHED_L] = -1,
	[CP_NF_DISTINCT_FULL] = +1, [CP_NF_FIRST_ALIGNED] = +1, [CP_NF_LAST_ALIGNED] = +1,
	[CP_NF_SHARE_S] = +1, [CP_NF_SHARE_L] = +1, [CP_NF_SHARE_LETTERS] = +1,
	[CP_NF_LONGEST_EXACT] = +1, [CP_NF_LONGEST_UNMATCHED] = -1, [CP_NF_UNMATCHED_SIMILARITY] = +1,
	[CP_NF_GIVEN_ALIGNED] = +1, [CP_NF_PERSON_RULE] = +1, [CP_NF_ORG_RULE] = +1,
	[CP_NF_FIRST_EQUAL] = +1, [CP_NF_LONG_MATCHED] = +1, [CP_NF_VETO] = -1,
};

static double
leaf_value(double g, double h, double lo, double hi)
{
	double		v = -LEARNING_RATE * g / (h + LAMBDA);

	return v < lo ? lo : v > hi ? hi : v;
}

/*
 * Grow a node over rows idx[0..n) whose leaves must lie in [lo, hi] (the
 * monotone constraints of the splits above); returns its index.
 */
static int
grow(builder *b, int *idx, int n, int depth, double lo, double hi)
{
	double		G = 0,
				H = 0,
				best_gain = 1e-9,
				best_wl = 0,
				best_wr = 0;
	int			best_f = -1,
				best_c = -1,
				node = new_node(b);

	for (int i = 0; i < n; i++)
		G += b->grad[idx[i]], H += b->hess[idx[i]];
	if (depth < b->depth && H >= 2 * MIN_CHILD_HESSIAN)
	{
		for (int j = 0; j < NF; j++)
		{
			double		hg[MAX_CUTS + 1] = {0},
						hh[MAX_CUTS + 1] = {0},
						gl = 0,
						hl = 0;

			if (ncuts[j] == 0)
				continue;
			for (int i = 0; i < n; i++)
			{
				hg[bins[idx[i]][j]] += b->grad[idx[i]];
				hh[bins[idx[i]][j]] += b->hess[idx[i]];
			}
			/* split c sends bins 0..c left (value < cuts[c]) */
			for (int c = 0; c < ncuts[j]; c++)
			{
				double		gr,
							hr,
							gain,
							wl,
							wr;

				gl += hg[c];
				hl += hh[c];
				gr = G - gl;
				hr = H - hl;
				if (hl < MIN_CHILD_HESSIAN || hr < MIN_CHILD_HESSIAN)
					continue;
				wl = leaf_value(gl, hl, lo, hi);
				wr = leaf_value(gr, hr, lo, hi);
				if ((monotone[j] > 0 && wl > wr) || (monotone[j] < 0 && wl < wr))
					continue;
				gain = gl * gl / (hl + LAMBDA) + gr * gr / (hr + LAMBDA) - G * G / (H + LAMBDA);
				if (gain > best_gain)
				{
					best_gain = gain;
					best_f = j;
					best_c = c;
					best_wl = wl;
					best_wr = wr;
				}
			}
		}
	}
	if (best_f < 0)
	{
		b->nodes[node].feature = -1;
		b->nodes[node].value = (float) leaf_value(G, H, lo, hi);
		return node;
	}
	{
		int			nl = 0,
					nr = 0,
					left,
					right;
		int		   *tmp = malloc(sizeof(int) * (size_t) n);
		double		mid = (best_wl + best_wr) / 2,
					llo = lo,
					lhi = hi,
					rlo = lo,
					rhi = hi;

		if (!tmp)
			abort();
		if (monotone[best_f] > 0)
			lhi = rlo = mid;
		else if (monotone[best_f] < 0)
			llo = rhi = mid;
		for (int i = 0; i < n; i++)
			if (bins[idx[i]][best_f] <= best_c)
				idx[nl++] = idx[i];
			else
				tmp[nr++] = idx[i];
		memcpy(idx + nl, tmp, sizeof(int) * (size_t) nr);
		free(tmp);
		left = grow(b, idx, nl, depth + 1, llo, lhi);
		right = grow(b, idx + nl, nr, depth + 1, rlo, rhi);
		b->nodes[node].feature = best_f;
		b->nodes[node].split = cuts[best_f][best_c];
		b->nodes[node].left = left;
		b->nodes[node].right = right;
	}
	return node;
}

/* The leaf value tree root of a forest in tree form gives a feature vector. */
static float
tree_value(const cp_forest_node *nodes, int32_t root, const float *x)
{
	const cp_forest_node *nd = &nodes[root];

	while (nd->feature >= 0)
		nd = &nodes[x[nd->feature] < nd->split ? nd->left : nd->right];
	return nd->value;
}

/* The score of a forest in tree form, summed as cp_forest_score() sums it. */
static float
tree_score(const cp_forest *f, const float *x)
{
	float		score = f->base;

	for (int t = 0; t < f->ntrees; t++)
		score += tree_value(f->nodes, f->roots[t], x);
	return score;
}

/* Train on rows where use[i]; the forest's nodes are malloc'd. */
static cp_forest
train(const bool *use, int ntrees, int depth)
{
	cp_forest	f = {.nfeatures = NF, .ntrees = ntrees};
	builder		b = {.depth = depth};
	double	   *score = calloc((size_t) npairs, sizeof(double));
	double	   *grad = calloc((size_t) npairs, sizeof(double));
	double	   *hess = calloc((size_t) npairs, sizeof(double));
	int		   *idx = malloc(sizeof(int) * (size_t) npairs);
	int			pos = 0,
				n = 0;

	if (!score || !grad || !hess || !idx)
		abort();
	for (int i = 0; i < npairs; i++)
		if (use[i])
			n++, pos += pairs[i].same;
	f.base = (float) log((pos + 1.0) / (n - pos + 1.0));
	f.roots = malloc(sizeof(int32_t) * (size_t) ntrees);
	b.grad = grad;
	b.hess = hess;
	for (int i = 0; i < npairs; i++)
		score[i] = f.base;
	for (int t = 0; t < ntrees; t++)
	{
		int			m = 0;

		for (int i = 0; i < npairs; i++)
		{
			double		p = 1 / (1 + exp(-score[i]));

			grad[i] = p - pairs[i].same;
			hess[i] = p * (1 - p) > 1e-6 ? p * (1 - p) : 1e-6;
			if (use[i])
				idx[m++] = i;
		}
		f.roots[t] = grow(&b, idx, m, 0, -HUGE_VAL, HUGE_VAL);
		/* update scores with this tree only */
		for (int i = 0; i < npairs; i++)
			score[i] += tree_value(b.nodes, f.roots[t], feat[i]);
	}
	f.nodes = b.nodes;
	f.nnodes = b.nnodes;
	free(score);
	free(grad);
	free(hess);
	free(idx);
	return f;
}

/* ---------------------------------------------------------------- report */

typedef struct scored
{
	float		score;
	int			same;
} scored;

static int
cmp_scored_desc(const void *x, const void *y)
{
	float		a = ((const scored *) x)->score,
				b = ((const scored *) y)->score;

	return (a < b) - (a > b);
}

/*
 * The threshold with the best F1 at precision >= min_p for the decision
 * cp_name_decision() makes with it: pairs the rules join count whatever
 * the threshold, vetoed pairs never; the others join from the threshold up.
 */
static float
pick_threshold(const float *sc, float min_p)
{
	scored	   *v = malloc(sizeof(scored) * (size_t) npairs);
	int			tp = 0,
				fp = 0,
				pos = 0,
				n = 0;
	double		best_f1 = -1;
	float		best = 0;

	if (!v)
		abort();
	for (int i = 0; i < npairs; i++)
	{
		if (pairs[i].synthetic)
			continue;
		pos += pairs[i].same;
		if (cp_name_decision(feat[i], -HUGE_VALF, 0))
			tp += pairs[i].same, fp += !pairs[i].same;
		else if (cp_name_decision(feat[i], HUGE_VALF, 0))
		{
			v[n].score = sc[i];
			v[n++].same = pairs[i].same;
		}
	}
	qsort(v, (size_t) n, sizeof(scored), cmp_scored_desc);
	for (int i = 0; i < n; i++)
	{
		tp += v[i].same;
		fp += !v[i].same;
		if (i + 1 < n && v[i + 1].score == v[i].score)
			continue;
		if ((double) tp / (tp + fp) >= min_p)
		{
			double		f1 = 2.0 * tp / (tp + fp + pos);

			if (f1 > best_f1)
			{
				best_f1 = f1;
				/* halfway to the next score, so that ties stay together */
				best = i + 1 < n ? (v[i].score + v[i + 1].score) / 2 : v[i].score - 1;
			}
		}
	}
	free(v);
	return best;
}

static void
report(const char *title, const float *sc, float threshold)
{
	int			tp = 0,
				fp = 0,
				fn = 0;
	const char *kinds[16];
	int			kn[16] = {0},
				ky[16] = {0},
				nk = 0;

	for (int i = 0; i < npairs; i++)
	{
		bool		yes = cp_name_decision(feat[i], sc[i], threshold);
		int			k;

		if (!pairs[i].synthetic)
		{
			tp += yes && pairs[i].same;
			fp += yes && !pairs[i].same;
			fn += !yes && pairs[i].same;
		}
		for (k = 0; k < nk && strcmp(kinds[k], pairs[i].kind) != 0; k++)
			;
		if (k == nk && nk < 16)
			kinds[nk++] = pairs[i].kind;
		if (k < nk)
		{
			kn[k]++;
			ky[k] += yes;
		}
	}
	printf("%s: P=%.4f R=%.4f F1=%.4f (tp=%d fp=%d fn=%d) threshold=%.4f\n", title,
		   tp + fp ? (double) tp / (tp + fp) : 0.0, (double) tp / (tp + fn),
		   2.0 * tp / (2 * tp + fp + fn), tp, fp, fn, threshold);
	for (int k = 0; k < nk; k++)
		printf("    kind %-16s %s %.4f (%d/%d)\n", kinds[k][0] ? kinds[k] : "-",
			   strncmp(kinds[k], "pos", 3) == 0 ? "recall          " : "false-match rate",
			   (double) ky[k] / kn[k], ky[k], kn[k]);
}

int
main(int argc, char **argv)
{
	int			ntrees = argc > 3 ? atoi(argv[3]) : 300,
				depth = argc > 4 ? atoi(argv[4]) : 4;
	float		min_p = argc > 5 ? (float) atof(argv[5]) : 0.96f;
	float	   *oof;
	bool	   *use;
	cp_forest	final;
	float		threshold;
	int			labelled;
	char		err[256],
				comment[1024];

	if (argc < 3 || ntrees < 1 || depth < 1 || depth > 12)
	{
		fprintf(stderr, "usage: %s PAIRS.tsv OUT.tsv [TREES DEPTH MIN_PRECISION]\n", argv[0]);
		return 2;
	}
	cp_set_host(&cp_malloc_host);
	read_pairs(argv[1]);
	if (npairs == 0)
	{
		fprintf(stderr, "%s: no pairs\n", argv[1]);
		return 1;
	}
	labelled = npairs;
	add_random_pairs();
	feat = malloc(sizeof(*feat) * (size_t) npairs);
	oof = malloc(sizeof(float) * (size_t) npairs);
	use = malloc(sizeof(bool) * (size_t) npairs);
	if (!feat || !oof || !use)
		abort();
	for (int i = 0; i < npairs; i++)
		cp_name_pair_features(pairs[i].a, strlen(pairs[i].a), pairs[i].b, strlen(pairs[i].b), feat[i]);
	make_cuts();

	/* out-of-fold scores: folds are groups of entities */
	for (int k = 0; k < FOLDS; k++)
	{
		cp_forest	f;

		for (int i = 0; i < npairs; i++)
			use[i] = pairs[i].fold_a != k && pairs[i].fold_b != k;
		f = train(use, ntrees, depth);
		for (int i = 0; i < npairs; i++)
			if (pairs[i].fold_a == k)
				oof[i] = tree_score(&f, feat[i]);
		free(f.roots);
		free(f.nodes);
	}
	threshold = pick_threshold(oof, min_p);
	printf("pairs: %d, features: %d, trees: %d, depth: %d, minimum precision: %.3f\n",
		   npairs, NF, ntrees, depth, min_p);
	report("cross-validated (5 folds of unseen entities)", oof, threshold);
	{
		/* the rules alone, for comparison: no score reaches the threshold */
		float	   *none = malloc(sizeof(float) * (size_t) npairs);

		for (int i = 0; i < npairs; i++)
			none[i] = -HUGE_VALF;
		report("rules alone", none, 0);
		free(none);
	}

	for (int i = 0; i < npairs; i++)
		use[i] = true;
	final = train(use, ntrees, depth);
	final.threshold = threshold;
	snprintf(comment, sizeof(comment),
			 "corpus same_entity forest: %d trees of depth %d over the %d features of\n"
			 "cp_name_pair_features(), trained by tools/train_names.c on %d labelled pairs\n"
			 "(%s); threshold from 5-fold cross-validation over unseen entities at precision >= %.3f.\n"
			 "Regenerate with: make names-model",
			 ntrees, depth, NF, labelled, argv[1], min_p);
	if (!cp_forest_write(&final, argv[2], comment, err, sizeof(err)))
	{
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	printf("wrote %s: %d trees, %d nodes\n", argv[2], final.ntrees, final.nnodes);
	return 0;
}
