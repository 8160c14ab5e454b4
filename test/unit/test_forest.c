/*
 * test_forest.c: the forest text form written and read back, and the
 * errors of writing and parsing.
 */
#include "unit.h"

#include "forest.h"

#include <stdlib.h>
#include <unistd.h>

/* The whole file at path, NUL-terminated, in buf. */
static const char *
slurp(const char *path, char *buf, size_t cap)
{
	FILE	   *fp = fopen(path, "r");
	size_t		n = 0;

	if (fp)
	{
		n = fread(buf, 1, cap - 1, fp);
		fclose(fp);
	}
	buf[n] = '\0';
	return buf;
}

static void
test_round_trip(const char *dir)
{
	/* Windows line ends and comments are accepted on reading */
	const char *text =
		"# a comment\r\n"
		"forest\t1\t2\t1\t3\t0.25\t0.5\r\n"
		"tree\t0\r\n"
		"node\t1\t0.5\t1\t2\t0\r\n"
		"node\t-1\t0\t0\t0\t-1.5\r\n"
		"node\t-1\t0\t0\t0\t2\r\n";
	/* the same forest in tree form, as the trainer grows it */
	static int32_t roots[] = {0};
	static cp_forest_node nodes[] = {
		{1, 0.5f, 1, 2, 0}, {-1, 0, 0, 0, -1.5f}, {-1, 0, 0, 0, 2},
	};
	const cp_forest tree = {
		.nfeatures = 2, .ntrees = 1, .nnodes = 3, .base = 0.25f, .threshold = 0.5f,
		.roots = roots, .nodes = nodes,
	};
	static cp_forest *f,
			   *g,
			   *none;			/* persistent: reachable until exit */
	char		path[600],
				err[700],
				buf[1024];
	float		lo[2] = {9, 0},
				hi[2] = {-9, 1};

	CHECK_INT(cp_forest_parse(text, strlen(text), 2, "rt", &f, err, sizeof(err)), CP_OK);
	if (!f)
		return;
	CHECK(cp_forest_score(f, lo) == 0.25f - 1.5f);
	CHECK(cp_forest_score(f, hi) == 0.25f + 2);

	snprintf(path, sizeof(path), "%s/forest.tsv", dir);
	CHECK(cp_forest_write(&tree, path, "trained on test data\nsecond line", err, sizeof(err)));
	CHECK_STR(slurp(path, buf, sizeof(buf)),
			  "# trained on test data\n# second line\n"
			  "forest\t1\t2\t1\t3\t0.25\t0.5\n"
			  "tree\t0\n"
			  "node\t1\t0.5\t1\t2\t0\n"
			  "node\t-1\t0\t0\t0\t-1.5\n"
			  "node\t-1\t0\t0\t0\t2\n");
	/* read back; the same forest over another number of features is refused */
	CHECK_INT(cp_forest_parse(buf, strlen(buf), 2, path, &g, err, sizeof(err)), CP_OK);
	CHECK_INT(cp_forest_parse(buf, strlen(buf), 3, path, &none, err, sizeof(err)), CP_ERR_DATA);
	CHECK(none == NULL);
	CHECK(strstr(err, "a forest over 2 features, expected 3") != NULL);
	if (g)
	{
		CHECK(cp_forest_score(g, lo) == cp_forest_score(f, lo));
		CHECK(cp_forest_score(g, hi) == cp_forest_score(f, hi));
		CHECK(g->threshold == 0.5f);
	}
	/* without a comment, the header comes first */
	CHECK(cp_forest_write(&tree, path, NULL, err, sizeof(err)));
	CHECK(strncmp(slurp(path, buf, sizeof(buf)), "forest\t1\t2\t1\t3\t", 15) == 0);
	unlink(path);
}

static void
test_errors(const char *dir)
{
	const char *good = "forest\t1\t2\t1\t1\t0\t0\ntree\t0\nnode\t-1\t0\t0\t0\t1\n";
	cp_forest  *none;
	cp_forest	empty = {0};
	char		text[1200],
				path[600],
				err[700];

	/* a line too long after the last node */
	snprintf(text, sizeof(text), "%s%0600d\n", good, 0);
	CHECK_INT(cp_forest_parse(text, strlen(text), 2, "tail", &none, err, sizeof(err)), CP_ERR_DATA);
	CHECK(strstr(err, "line too long") != NULL);
	/* a file in a missing directory cannot be written */
	snprintf(path, sizeof(path), "%s/missing/forest.tsv", dir);
	CHECK(!cp_forest_write(&empty, path, NULL, err, sizeof(err)));
	CHECK(strstr(err, "could not write") != NULL);
}

int
main(void)
{
	char		dir[] = "/tmp/corpus-forest-XXXXXX";

	cp_set_host(&cp_malloc_host);
	if (mkdtemp(dir) == NULL)
	{
		perror("mkdtemp");
		return 1;
	}
	test_round_trip(dir);
	test_errors(dir);
	rmdir(dir);
	UNIT_DONE("forest");
}
