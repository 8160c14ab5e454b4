/*
 * forest.h: boosted decision trees (a logistic model over a feature vector).
 *
 * A forest is a list of binary trees over numbered features.  The score of
 * a feature vector is base plus the value of the leaf each tree reaches,
 * a log-odds; the caller compares it with the forest's threshold.  The
 * forest is stored as text (one line per node, see forest.c), written by
 * the trainers under tools/; the host reads the file once per process and
 * cp_forest_parse() parses its bytes.
 */
#ifndef CORPUS_FOREST_H
#define CORPUS_FOREST_H

#include "host.h"

/* Limits a forest file must respect (a corrupt file cannot allocate more). */
#define CP_FOREST_MAX_FEATURES 256
#define CP_FOREST_MAX_NODES (1 << 20)
#define CP_FOREST_MAX_BYTES ((size_t) 64 * 1024 * 1024)
#define CP_FOREST_MAX_DEPTH 12
#define CP_FOREST_MAX_LEAVES (1 << 20)	/* trees x 2^depth, flattened */

typedef struct cp_forest_node
{
	int32_t		feature;		/* -1 for a leaf */
	float		split;			/* go left when feature value < split */
	int32_t		left;			/* node indexes, always after this node */
	int32_t		right;
	float		value;			/* a leaf's contribution to the score */
} cp_forest_node;

/* An inner slot of a flattened tree: go right when !(value < split). */
typedef struct cp_forest_split
{
	int32_t		feature;
	float		split;
} cp_forest_split;

/*
 * A forest in tree form (roots, nodes: what the trainer grows and
 * cp_forest_write writes) or in flat form (what cp_forest_parse returns and
 * cp_forest_score reads): every tree as a complete binary tree of the
 * forest's depth, a leaf above that depth standing for all the leaves
 * under it, so that a walk is depth steps without a test for leaves.
 */
typedef struct cp_forest
{
	int			nfeatures;
	int			ntrees;
	int			nnodes;
	float		base;			/* score before any tree */
	float		threshold;		/* decision: score >= threshold */
	int32_t    *roots;			/* tree form: ntrees node indexes */
	cp_forest_node *nodes;
	int			depth;			/* flat form: */
	cp_forest_split *splits;	/* ntrees x (2^depth - 1), breadth first */
	float	   *leaves;			/* ntrees x 2^depth */
} cp_forest;

/* The score (log-odds) of features[0..nfeatures) by a flat forest. */
float		cp_forest_score(const cp_forest *forest, const float *features);

/*
 * Parse a forest over nfeatures features from text[0..len) into flat form.
 * On success *out is a forest in memory from cp_alloc_persistent (never
 * freed: it lives as long as the process).  On failure (a forest over
 * another number of features, or too deep to flatten, included) err gets a
 * message naming what is wrong.
 */
cp_status	cp_forest_parse(const char *text, size_t len, int nfeatures, const char *what,
							cp_forest **out, char *err, size_t errlen);

/* Write a forest in tree form to path, in the text form cp_forest_parse reads. */
bool		cp_forest_write(const cp_forest *forest, const char *path, const char *comment,
							char *err, size_t errlen);

#endif
