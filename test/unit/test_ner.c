/*
 * test_ner.c: tagger internals the trainer shares: the model file written
 * and loaded back, per-token scores against per-sentence scores, the
 * trainer's float weights against the quantized ones, the lexicon, the
 * gazetteer class names.  The model comes from $CORPUS_DATA_DIR.
 */
#include "unit.h"

#include "data_file.h"
#include "doc.h"
#include "ner.h"

#include <math.h>
#include <stdlib.h>
#include <unistd.h>

static void
test_write(const cp_ner_model *m, const char *good, size_t good_len)
{
	static cp_ner_model *back;	/* persistent: reachable until exit */
	static char *bytes;			/* the model read back points into them */
	char		path[512],
				err[1024];
	size_t		n = 0;

	/* the model written again is the file it was parsed from, byte for byte */
	snprintf(path, sizeof(path), "/tmp/corpus-unit-ner-write-%d.bin", (int) getpid());
	CHECK(cp_ner_model_write(m, path, err, sizeof(err)));
	bytes = read_file_bytes(path, &n);
	remove(path);
	CHECK(bytes != NULL && n == good_len && memcmp(bytes, good, n) == 0);
	if (bytes)
		CHECK_INT(cp_ner_model_parse(bytes, n, path, &back, err, sizeof(err)), CP_OK);
	if (back)
	{
		CHECK_INT(back->hash_bits, m->hash_bits);
		CHECK(back->scale == m->scale);
		CHECK(memcmp(back->trans, m->trans, sizeof(m->trans)) == 0);
		CHECK_INT(back->lex.count, m->lex.count);
		CHECK_INT(back->clusters.count, m->clusters.count);
	}
	/* a word-cluster table its header says is more than half full */
	{
		cp_ner_model bad = *m;
		cp_ner_model *out = NULL;
		char	   *badbytes;

		bad.clusters.count = (bad.clusters.mask + 1) / 2;
		CHECK(cp_ner_model_write(&bad, path, err, sizeof(err)));
		badbytes = read_file_bytes(path, &n);
		remove(path);
		CHECK(badbytes != NULL);
		if (badbytes)
		{
			CHECK_INT(cp_ner_model_parse(badbytes, n, path, &out, err, sizeof(err)), CP_ERR_DATA);
			CHECK(out == NULL && strstr(err, "is corrupt (word clusters)") != NULL);
			free(badbytes);
		}
	}
	CHECK(!cp_ner_model_write(m, "/nonexistent/dir/ner.bin", err, sizeof(err)));
	CHECK(strstr(err, "could not create \"/nonexistent/dir/ner.bin\"") != NULL);
}

/* Largest difference between two rows of n scores. */
static float
max_diff(const float *a, const float *b, size_t n)
{
	float		d = 0;

	for (size_t i = 0; i < n; i++)
		d = fmaxf(d, fabsf(a[i] - b[i]));
	return d;
}

static void
test_scores(const cp_ner_model *m)
{
	static const char text[] = "Secretary of State John Kerry met officials of the Arab League in Cairo.";
	cp_arena	arena;
	cp_doc		d;
	cp_ner_doc	doc;
	cp_ner_model dense;
	const cp_ner_sent *s;
	size_t		rows = (size_t) 1 << m->hash_bits;
	uint32_t   *frows;
	int32_t    *acc;
	float	   *emit,
			   *emit_dense;
	float		sc[CP_NER_NTAGS];
	float		worst = 0;
	int			skipped = 0;

	cp_arena_init(&arena);
	CHECK_INT(cp_doc_init(&d, &arena, text, strlen(text), m), CP_OK);
	CHECK_INT(cp_ner_doc_prepare(&d, m, &doc), CP_OK);
	CHECK_INT(doc.nsents, 1);
	s = &doc.sents[0];
	CHECK_INT(s->ntoks, 14);
	frows = malloc(sizeof(uint32_t) * s->ntoks * CP_NER_MAX_FEATS);
	acc = malloc(sizeof(int32_t) * s->ntoks * CP_NER_NTAGS);
	emit = malloc(sizeof(float) * s->ntoks * CP_NER_NTAGS);
	emit_dense = malloc(sizeof(float) * s->ntoks * CP_NER_NTAGS);
	cp_ner_score_sentence(m, &doc, s, frows, acc, emit);

	/* each token scored alone gives the row the sentence scoring gave */
	for (uint32_t i = 0; i < s->ntoks; i++)
	{
		if (doc.toks[s->first + i].sflags & CP_NER_SF_SKIP)
		{
			cp_ner_skip_scores(sc);
			skipped++;
		}
		else
		{
			int			n = cp_ner_features(m, &doc, s, i, frows);

			CHECK(n > 0 && n <= CP_NER_MAX_FEATS);
			cp_ner_score(m, frows, n, sc);
		}
		worst = fmaxf(worst, max_diff(sc, emit + (size_t) i * CP_NER_NTAGS, CP_NER_NTAGS));
	}
	CHECK(worst < 1e-3f);
	CHECK(skipped > 0);			/* "of", "met", "officials" ... */

	/* the trainer's float weights score as the quantized ones they round to */
	dense = *m;
	dense.dense = malloc(sizeof(float) * rows * CP_NER_NTAGS);
	for (size_t r = 0; r < rows * CP_NER_NTAGS; r++)
		dense.dense[r] = m->weights[r] * m->scale;
	cp_ner_score_sentence(&dense, &doc, s, frows, acc, emit_dense);
	CHECK(max_diff(emit, emit_dense, (size_t) s->ntoks * CP_NER_NTAGS) < 1e-3f);
	{
		int			n = cp_ner_features(m, &doc, s, 3, frows);	/* "John" */
		float		sd[CP_NER_NTAGS];

		cp_ner_score(m, frows, n, sc);
		cp_ner_score(&dense, frows, n, sd);
		CHECK(max_diff(sc, sd, CP_NER_NTAGS) < 1e-3f);
	}
	free(dense.dense);
	free(frows);
	free(acc);
	free(emit);
	free(emit_dense);
	cp_arena_free(&arena);
}

/* The tagger's reading of text, in arena (initialized here). */
static void
prepare_text(cp_arena *arena, const char *text, const cp_ner_model *m, cp_ner_doc *doc)
{
	cp_doc		d;

	cp_arena_init(arena);
	CHECK_INT(cp_doc_init(&d, arena, text, strlen(text), m), CP_OK);
	CHECK_INT(cp_ner_doc_prepare(&d, m, doc), CP_OK);
}

/* Word clusters are looked up for the words scored and their neighbours only. */
static void
test_clusters(const cp_ner_model *m)
{
	static const char text[] = "the talks went on and on in Cairo.";
	cp_arena	arena;
	cp_ner_doc	doc;

	prepare_text(&arena, text, m, &doc);
	CHECK_INT(doc.ntoks, 9);
	CHECK_INT(doc.toks[1].cluster, 0);	/* "talks": skipped, and so are its neighbours */
	CHECK(doc.toks[5].cluster != 0);	/* "on", next to "in", next to "Cairo" */
	CHECK(doc.toks[7].cluster != 0);	/* "Cairo" */
	cp_arena_free(&arena);
}

static void
test_lexicon(void)
{
	cp_ner_lex	empty = {0},
				lex;
	uint8_t		tags[1] = {77};
	int32_t		work[2];
	uint64_t	h;

	CHECK_INT(cp_ner_lex_get(&empty, 12345), 0);
	/* room for four: 16 slots kept at most half full, the rest are dropped */
	cp_ner_lex_init(&lex, 4);
	for (uint64_t k = 1; k <= 9; k++)
		cp_ner_lex_add(&lex, k << 20, CP_GAZ_CITY);
	CHECK_INT(lex.count, 8);
	CHECK_INT(cp_ner_lex_get(&lex, (uint64_t) 8 << 20), CP_GAZ_CITY);
	CHECK_INT(cp_ner_lex_get(&lex, (uint64_t) 9 << 20), 0);
	/* classes accumulate on one key */
	cp_ner_lex_add(&lex, (uint64_t) 8 << 20, CP_GAZ_CAPITAL);
	CHECK_INT(cp_ner_lex_get(&lex, (uint64_t) 8 << 20), CP_GAZ_CITY | CP_GAZ_CAPITAL);
	free(lex.entries);			/* persistent memory of the malloc host */
	/* phrase hashes ignore ASCII case */
	h = cp_ner_phrase_add(cp_ner_phrase_start(), "New", 3, true);
	CHECK(cp_ner_phrase_add(h, "York", 4, false) ==
		  cp_ner_phrase_add(cp_ner_phrase_add(cp_ner_phrase_start(), "NEW", 3, true), "york", 4, false));
	CHECK_INT(cp_ner_gaz_class("CAPITAL"), CP_GAZ_CAPITAL);
	CHECK_INT(cp_ner_gaz_class("ORGWORD"), CP_GAZ_ORGWORD);
	CHECK_INT(cp_ner_gaz_class("CITIES"), 0);
	/* cluster codes: a 1 bit, then the path's first CP_NER_CLUSTER_BITS bits */
	CHECK_INT(cp_ner_cluster_code("", 0), 1);
	CHECK_INT(cp_ner_cluster_code("0110", 4), 0x16);
	CHECK_INT(cp_ner_cluster_code("11111111111111111111", 20), 0xffff);
	CHECK_INT(cp_ner_cluster_code("0000000000000000000", 19), 1 << CP_NER_CLUSTER_BITS);
	/* no tokens: nothing decoded, nothing written */
	cp_ner_viterbi(NULL, NULL, 0, tags, work);
	CHECK_INT(tags[0], 77);
}

/* The capitals of a headline, and a word's case, as the tagger reads them. */
static void
test_sentence_flags(void)
{
	/* four capitals to one other word: a headline; three to two: a sentence */
	static const struct
	{
		const char *text;
		bool		caps;
	}			cases[] = {
		{"The PRESIDENT VISITS CAIRO TODAY", true},
		{"The President VISITS CAIRO TODAY", false},
		{"the president said OK", false},
		{"FIRE IN TOWN", true},
	};

	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		cp_arena	arena;
		cp_ner_doc	doc;

		prepare_text(&arena, cases[k].text, NULL, &doc);
		CHECK(doc.ntoks > 0);
		for (size_t i = 0; i < doc.ntoks; i++)
			CHECK(((doc.toks[i].sflags & CP_NER_SF_CAPS_SENT) != 0) == cases[k].caps);
		cp_arena_free(&arena);
	}

	/* an upper-case letter after twelve symbols of shape still counts */
	{
		cp_arena	arena;
		cp_ner_doc	doc;

		prepare_text(&arena, "a1a1a1a1a1a1a1X", NULL, &doc);
		CHECK_INT(doc.ntoks, 1);
		CHECK(doc.toks[0].upper);
		cp_arena_free(&arena);
	}
}

int
main(void)
{
	const cp_ner_model *m;
	const char *bytes;
	size_t		len;

	cp_set_host(&cp_malloc_host);
	test_lexicon();
	test_sentence_flags();
	m = unit_ner_model(&bytes, &len);
	CHECK(m != NULL);
	if (m == NULL)
		UNIT_DONE("ner");
	test_write(m, bytes, len);
	test_scores(m);
	test_clusters(m);
	UNIT_DONE("ner");
}
