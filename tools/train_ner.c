/*
 * train_ner: train the named-entity tagger (averaged structured perceptron,
 * Viterbi over BIO tags) and write the model file the extension loads.
 *
 * usage: train_ner GAZETTEER.tsv CLUSTERS.tsv TRAIN.tsv DEV.tsv OUT.bin [EPOCHS [HASH_BITS [ORDERS]]]
 *
 * TRAIN/DEV come from tools/conll_to_tsv.py; the gazetteer from
 * tools/build_gazetteers.sh, the word clusters from tools/word_clusters.c.  Documents are tokenized and featurized by the
 * same core code the extension runs (ner.c), so spans align at run time.
 * The number of epochs (at most EPOCHS) is the one with the best exact-span
 * F1 on a fixed tenth of the training documents held out; the model is then
 * trained on all of them for that many epochs, ORDERS times in as many
 * shuffled orders, and the weights of those models averaged.  DEV is only
 * reported.  Deterministic: fixed seeds shuffle the documents.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "entities.h"
#include "hash.h"
#include "ner.h"

typedef struct gold_span
{
	uint32_t	start,
				end;
	int			kind;
} gold_span;

typedef struct tdoc
{
	char	   *text;
	size_t		len;
	gold_span  *gold;
	size_t		ngold;
	cp_ner_doc	doc;
	uint8_t    *tags;			/* gold tag per token */
	uint32_t   *feat_off;		/* ntoks + 1 offsets into feats */
	uint32_t   *feats;
} tdoc;

static int
kind_of(const char *s)
{
	cp_entity_kind k;

	return cp_entity_kind_parse(s, strlen(s), &k) ? (int) k : -1;
}

static tdoc *
read_docs(const char *path, size_t *ndocs)
{
	FILE	   *f = fopen(path, "rb");
	tdoc	   *docs = NULL;
	size_t		n = 0,
				cap = 0;
	char		line[256];

	if (!f)
	{
		perror(path);
		exit(1);
	}
	while (fgets(line, sizeof(line), f))
	{
		size_t		nbytes,
					nents;
		tdoc	   *d;

		if (sscanf(line, "D\t%zu\t%zu", &nbytes, &nents) != 2)
		{
			fprintf(stderr, "%s: bad record header\n", path);
			exit(1);
		}
		if (n == cap)
		{
			cap = cap ? cap * 2 : 256;
			docs = realloc(docs, cap * sizeof(tdoc));
		}
		d = &docs[n++];
		memset(d, 0, sizeof(*d));
		d->text = malloc(nbytes + 1);
		if (fread(d->text, 1, nbytes + 1, f) != nbytes + 1)
		{
			fprintf(stderr, "%s: truncated\n", path);
			exit(1);
		}
		d->text[nbytes] = '\0';
		d->len = nbytes;
		d->gold = calloc(nents + 1, sizeof(gold_span));
		for (size_t i = 0; i < nents; i++)
		{
			char		type[16];
			unsigned	s,
						e;

			if (!fgets(line, sizeof(line), f) || sscanf(line, "%u\t%u\t%15s", &s, &e, type) != 3)
			{
				fprintf(stderr, "%s: bad entity line\n", path);
				exit(1);
			}
			if (kind_of(type) < 0)
				continue;
			d->gold[d->ngold].start = s;
			d->gold[d->ngold].end = e;
			d->gold[d->ngold].kind = kind_of(type);
			d->ngold++;
		}
	}
	fclose(f);
	*ndocs = n;
	return docs;
}

/*
 * A copy of a document whose first line, when it is in capitals, is in
 * title case instead ("KERRY HEADS TO CAIRO" -> "Kerry Heads to Cairo"):
 * CoNLL headlines are all capitals, many sites write them in title case.
 * Only ASCII letters change, so byte offsets stay valid.
 */
static bool
title_case_copy(const tdoc *src, tdoc *dst)
{
	static const char *const small[] = {"a", "an", "and", "as", "at", "but", "by", "for", "in",
	"of", "on", "or", "the", "to", "vs", "with", "from"};
	size_t		eol = strcspn(src->text, "\n");
	size_t		upper = 0,
				lower = 0;

	for (size_t i = 0; i < eol; i++)
	{
		upper += src->text[i] >= 'A' && src->text[i] <= 'Z';
		lower += src->text[i] >= 'a' && src->text[i] <= 'z';
	}
	if (upper < 8 || lower > 0)
		return false;
	*dst = *src;
	dst->text = malloc(src->len + 1);
	memcpy(dst->text, src->text, src->len + 1);
	for (size_t i = 0; i < eol;)
	{
		size_t		j = i;
		bool		is_small = false;

		while (j < eol && ((dst->text[j] >= 'A' && dst->text[j] <= 'Z') || dst->text[j] == '\''))
			j++;
		if (j == i)
		{
			i++;
			continue;
		}
		for (size_t k = 0; k < sizeof(small) / sizeof(small[0]); k++)
			is_small |= strlen(small[k]) == j - i && strncasecmp(small[k], dst->text + i, j - i) == 0;
		for (size_t k = i; k < j; k++)
			if ((k > i || (is_small && i > 0)) && dst->text[k] >= 'A' && dst->text[k] <= 'Z')
				dst->text[k] += 32;
		i = j;
	}
	return true;
}

/* A text file opened for reading, and its number of lines in *n (for a table's size). */
static FILE *
open_lines(const char *path, size_t *n)
{
	FILE	   *f = fopen(path, "r");
	int			c;

	if (!f)
	{
		perror(path);
		exit(1);
	}
	*n = 0;
	while ((c = getc(f)) != EOF)
		*n += c == '\n';
	rewind(f);
	return f;
}

static void
load_gazetteer(cp_ner_model *m, const char *path)
{
	size_t		n;
	FILE	   *f = open_lines(path, &n);
	char		line[512];

	/* the phrases and their prefixes (a few percent more) fill it less than half */
	cp_ner_lex_init(&m->lex, n + n / 8);
	while (fgets(line, sizeof(line), f))
	{
		char	   *tab = strchr(line, '\t');
		size_t		len;
		unsigned	bits;
		cp_tokenizer tz;
		cp_token	tok;
		uint64_t	h = cp_ner_phrase_start();
		int			k = 0;

		if (!tab)
			continue;
		*tab = '\0';
		bits = cp_ner_gaz_class(line);
		len = strcspn(tab + 1, "\n");
		if (!bits || !len)
			continue;
		/* Tokenize the phrase as the tagger will see it in running text. */
		cp_tokenizer_init(&tz, tab + 1, len, 0, len);
		uint64_t	prefixes[CP_NER_MAX_PHRASE + 1];

		while (cp_tokenizer_next(&tz, &tok) && k <= CP_NER_MAX_PHRASE)
		{
			h = cp_ner_phrase_add(h, tab + 1 + tok.start, tok.len, k == 0);
			prefixes[k++] = h;
		}
		if (k == 0 || k > CP_NER_MAX_PHRASE)
			continue;
		cp_ner_lex_add(&m->lex, h, bits);
		/* Lookups of longer phrases stop where no phrase continues. */
		for (int i = 0; i < k - 1; i++)
			cp_ner_lex_add(&m->lex, prefixes[i], CP_GAZ_PREFIX);
	}
	fclose(f);
}

/*
 * Word clusters (PATH TAB WORD TAB COUNT lines, tools/word_clusters.c) into
 * the model, keyed as the tagger looks them up: by the word's lower-case
 * hash.
 */
static void
load_clusters(cp_ner_model *m, const char *path)
{
	size_t		n;
	FILE	   *f = open_lines(path, &n);
	char		line[1024];

	cp_ner_lex_init(&m->clusters, n);
	while (fgets(line, sizeof(line), f))
	{
		size_t		plen = strcspn(line, "\t"),
					wlen;
		const char *w = line + plen + 1;

		if (line[plen] != '\t')
			continue;
		wlen = strcspn(w, "\t\n");
		cp_ner_lex_add(&m->clusters, cp_ner_phrase_add(cp_ner_phrase_start(), w, wlen, true),
					   cp_ner_cluster_code(line, plen));
	}
	fclose(f);
}

/* Gold tags by token; counts spans that do not fall on token boundaries. */
static size_t skipped_tokens;

static size_t
label(tdoc *d)
{
	size_t		misaligned = 0,
				g = 0;
	cp_ner_doc *doc = &d->doc;

	d->tags = calloc(doc->ntoks + 1, 1);
	for (size_t i = 0; i < doc->ntoks; i++)
	{
		const cp_token *t = &doc->toks[i].tok;

		while (g < d->ngold && d->gold[g].end <= t->start)
			g++;
		if (g < d->ngold && t->start >= d->gold[g].start && t->start < d->gold[g].end)
		{
			bool		first = t->start == d->gold[g].start ||
				i == 0 || doc->toks[i - 1].tok.start < d->gold[g].start;

			d->tags[i] = first ? CP_NER_B(d->gold[g].kind) : CP_NER_I(d->gold[g].kind);
		}
	}
	/* Names the tagger cannot find: a word of them is skipped (cp_ner_skip_scores). */
	for (size_t i = 0; i < doc->ntoks; i++)
		if ((doc->toks[i].sflags & CP_NER_SF_SKIP) && d->tags[i] != CP_NER_TAG_O)
			skipped_tokens++;
	/* A gold span matches exactly only if some token starts and one ends on it. */
	for (size_t k = 0; k < d->ngold; k++)
	{
		bool		s = false,
					e = false;

		for (size_t i = 0; i < doc->ntoks; i++)
		{
			s |= doc->toks[i].tok.start == d->gold[k].start;
			e |= doc->toks[i].tok.start + doc->toks[i].tok.len == d->gold[k].end;
		}
		if (!s || !e)
			misaligned++;
	}
	return misaligned;
}

static void
featurize(cp_ner_model *m, tdoc *d)
{
	cp_ner_doc *doc = &d->doc;
	size_t		total = 0;

	d->feat_off = malloc((doc->ntoks + 1) * sizeof(uint32_t));
	d->feats = malloc((doc->ntoks + 1) * CP_NER_MAX_FEATS * sizeof(uint32_t));
	for (size_t s = 0; s < doc->nsents; s++)
	{
		const cp_ner_sent *se = &doc->sents[s];

		for (uint32_t i = 0; i < se->ntoks; i++)
		{
			d->feat_off[se->first + i] = (uint32_t) total;
			total += cp_ner_features(m, doc, se, i, d->feats + total);
		}
	}
	d->feat_off[doc->ntoks] = (uint32_t) total;
}

/* Tag a prepared document with the model in its current state. */
static void
decode(const cp_ner_model *m, tdoc *d, uint8_t *out)
{
	cp_ner_doc *doc = &d->doc;

	for (size_t s = 0; s < doc->nsents; s++)
	{
		const cp_ner_sent *se = &doc->sents[s];
		float	   *emit = malloc((se->ntoks + 1) * CP_NER_NTAGS * sizeof(float));
		int32_t    *work = malloc((se->ntoks + 1) * CP_NER_NTAGS * 2 * sizeof(int32_t));

		for (uint32_t i = 0; i < se->ntoks; i++)
		{
			size_t		k = se->first + i;

			if (d->doc.toks[k].sflags & CP_NER_SF_SKIP)
				cp_ner_skip_scores(emit + (size_t) i * CP_NER_NTAGS);
			else
				cp_ner_score(m, d->feats + d->feat_off[k], (int) (d->feat_off[k + 1] - d->feat_off[k]),
							 emit + (size_t) i * CP_NER_NTAGS);
		}
		cp_ner_viterbi(m, emit, se->ntoks, out + se->first, work);
		free(emit);
		free(work);
	}
}

/* Spans of a tag sequence, as (start, end, kind) byte triples. */
static size_t
spans(const cp_ner_doc *doc, const uint8_t *tags, gold_span *out)
{
	size_t		n = 0;

	for (size_t s = 0; s < doc->nsents; s++)
	{
		const cp_ner_sent *se = &doc->sents[s];

		for (uint32_t i = 0; i < se->ntoks; i++)
		{
			size_t		k = se->first + i;
			uint32_t	j = i;

			if (!CP_NER_IS_B(tags[k]))
				continue;
			while (j + 1 < se->ntoks && tags[se->first + j + 1] == tags[k] + 1)
				j++;
			out[n].start = doc->toks[k].tok.start;
			out[n].end = doc->toks[se->first + j].tok.start + doc->toks[se->first + j].tok.len;
			out[n].kind = CP_NER_KIND(tags[k]);
			n++;
		}
	}
	return n;
}

static double
evaluate(const cp_ner_model *m, tdoc *docs, size_t ndocs, bool verbose)
{
	size_t		tp = 0,
				np = 0,
				ng = 0;
	size_t		ktp[4] = {0},
				knp[4] = {0},
				kng[4] = {0};

	for (size_t i = 0; i < ndocs; i++)
	{
		tdoc	   *d = &docs[i];
		uint8_t    *tags = calloc(d->doc.ntoks + 1, 1);
		gold_span  *pred = calloc(d->doc.ntoks + 1, sizeof(gold_span));
		size_t		npred;

		decode(m, d, tags);
		npred = spans(&d->doc, tags, pred);
		np += npred;
		ng += d->ngold;
		for (size_t g = 0; g < d->ngold; g++)
			kng[d->gold[g].kind]++;
		for (size_t p = 0; p < npred; p++)
		{
			knp[pred[p].kind]++;
			for (size_t g = 0; g < d->ngold; g++)
				if (d->gold[g].start == pred[p].start && d->gold[g].end == pred[p].end &&
					d->gold[g].kind == pred[p].kind)
				{
					tp++;
					ktp[pred[p].kind]++;
					break;
				}
		}
		free(tags);
		free(pred);
	}
	if (verbose)
		for (int k = 0; k < 4; k++)
		{
			double		p = knp[k] ? (double) ktp[k] / knp[k] : 0,
						r = kng[k] ? (double) ktp[k] / kng[k] : 0;

			fprintf(stderr, "  %-4s P %.4f R %.4f F1 %.4f\n", cp_entity_kind_name(k), p, r,
					p + r > 0 ? 2 * p * r / (p + r) : 0);
		}
	{
		double		p = np ? (double) tp / np : 0,
					r = ng ? (double) tp / ng : 0;

		return p + r > 0 ? 2 * p * r / (p + r) : 0;
	}
}

/* Training state: weights w, and u = sum of step * update for averaging. */
typedef struct trainer
{
	cp_ner_model *m;
	double	   *u;
	double		tu[CP_NER_NTAGS + 1][CP_NER_NTAGS];
	double		c;
} trainer;

static void
update(trainer *tr, const uint32_t *f, int nf, int tag, float delta)
{
	for (int k = 0; k < nf; k++)
	{
		size_t		i = (size_t) f[k] * CP_NER_NTAGS + tag;

		tr->m->dense[i] += delta;
		tr->u[i] += tr->c * delta;
	}
}

static void
train_doc(trainer *tr, tdoc *d)
{
	uint8_t    *pred = calloc(d->doc.ntoks + 1, 1);

	decode(tr->m, d, pred);
	for (size_t s = 0; s < d->doc.nsents; s++)
	{
		const cp_ner_sent *se = &d->doc.sents[s];

		for (uint32_t i = 0; i < se->ntoks; i++)
		{
			size_t		k = se->first + i;
			int			gp = i ? d->tags[k - 1] : CP_NER_NTAGS,
						pp = i ? pred[k - 1] : CP_NER_NTAGS;
			const uint32_t *f = d->feats + d->feat_off[k];
			int			nf = (int) (d->feat_off[k + 1] - d->feat_off[k]);

			if (d->tags[k] != pred[k])
			{
				update(tr, f, nf, d->tags[k], 1);
				update(tr, f, nf, pred[k], -1);
			}
			if (d->tags[k] != pred[k] || gp != pp)
			{
				tr->m->trans[gp][d->tags[k]] += 1;
				tr->tu[gp][d->tags[k]] += tr->c;
				tr->m->trans[pp][pred[k]] -= 1;
				tr->tu[pp][pred[k]] -= tr->c;
			}
		}
		tr->c += 1;
	}
	free(pred);
}

/* The averaged model: w - u / c, into avg. */
static void
average(const trainer *tr, cp_ner_model *avg, size_t nweights)
{
	for (size_t i = 0; i < nweights; i++)
		avg->dense[i] = (float) (tr->m->dense[i] - tr->u[i] / tr->c);
	for (int p = 0; p <= CP_NER_NTAGS; p++)
		for (int t = 0; t < CP_NER_NTAGS; t++)
			avg->trans[p][t] = (float) (tr->m->trans[p][t] - tr->tu[p][t] / tr->c);
}

static uint64_t rng_state;

static uint32_t
rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (uint32_t) (rng_state >> 32);
}

/*
 * Train a fresh model (tmpl's gazetteer and size) on docs[pool[0..npool)]
 * for epochs epochs, in an order shuffled by the given seed, and leave the
 * averaged model in avg.  After each epoch the averaged model is scored on
 * the named documents check[0..ncheck); returns the first epoch with the
 * best score.
 */
static int
train(const cp_ner_model *tmpl, tdoc *docs, const size_t *pool, size_t npool, int epochs,
	  tdoc *check, size_t ncheck, const char *check_name, cp_ner_model *avg, uint64_t seed)
{
	size_t		nweights = ((size_t) 1 << tmpl->hash_bits) * CP_NER_NTAGS;
	cp_ner_model model = *tmpl;
	trainer		tr;
	size_t	   *order = malloc(npool * sizeof(size_t));
	double		best_f1 = -1;
	int			best_epoch = 0;

	model.dense = calloc(nweights, sizeof(float));
	memset(&tr, 0, sizeof(tr));
	tr.m = &model;
	tr.u = calloc(nweights, sizeof(double));
	tr.c = 1;
	*avg = model;
	avg->dense = calloc(nweights, sizeof(float));
	memcpy(order, pool, npool * sizeof(size_t));
	rng_state = 0x2545F4914F6CDD1DULL + seed * 0x9E3779B97F4A7C15ULL;
	for (int e = 1; e <= epochs; e++)
	{
		double		f1;

		for (size_t i = npool; i > 1; i--)
		{
			size_t		j = rng() % i,
						t = order[i - 1];

			order[i - 1] = order[j];
			order[j] = t;
		}
		for (size_t i = 0; i < npool; i++)
			train_doc(&tr, &docs[order[i]]);
		average(&tr, avg, nweights);
		f1 = evaluate(avg, check, ncheck, false);
		fprintf(stderr, "epoch %d: %s exact-span F1 %.4f\n", e, check_name, f1);
		if (f1 > best_f1)
		{
			best_f1 = f1;
			best_epoch = e;
		}
	}
	free(model.dense);
	free(tr.u);
	free(order);
	return best_epoch;
}

/*
 * One perceptron's weights depend on the order it met the documents in:
 * another order moves the held-out scores by a few tenths of a point.  The
 * mean of models trained for epochs epochs in orders shuffled by seeds 0 to
 * orders - 1 is one model of the same size that varies less and scores
 * higher (make ner-tenfold, dev); it is left in avg.
 */
static void
train_orders(const cp_ner_model *tmpl, tdoc *docs, const size_t *pool, size_t npool, int epochs,
			 int orders, tdoc *check, size_t ncheck, cp_ner_model *avg)
{
	size_t		nweights = ((size_t) 1 << tmpl->hash_bits) * CP_NER_NTAGS;

	train(tmpl, docs, pool, npool, epochs, check, ncheck, "dev", avg, 0);
	for (int k = 1; k < orders; k++)
	{
		cp_ner_model other;

		train(tmpl, docs, pool, npool, epochs, check, ncheck, "dev", &other, (uint64_t) k);
		for (size_t i = 0; i < nweights; i++)
			avg->dense[i] += other.dense[i];
		for (int p = 0; p <= CP_NER_NTAGS; p++)
			for (int t = 0; t < CP_NER_NTAGS; t++)
				avg->trans[p][t] += other.trans[p][t];
		free(other.dense);
	}
	for (size_t i = 0; i < nweights; i++)
		avg->dense[i] /= orders;
	for (int p = 0; p <= CP_NER_NTAGS; p++)
		for (int t = 0; t < CP_NER_NTAGS; t++)
			avg->trans[p][t] /= orders;
}

/*
 * Whether a training document is held out to choose the number of epochs:
 * one in ten, by a hash of its text, so the split never changes.
 */
static bool
held_out(const tdoc *d)
{
	return cp_fnv64_add(CP_FNV64_OFFSET, d->text, d->len) % 10 == 0;
}

int
main(int argc, char **argv)
{
	cp_ner_model model,
				best;
	tdoc	   *train_docs,
			   *dev,
			   *held;
	size_t		ntrain,
				nread,
				ndev,
				nheld = 0,
				nfit = 0,
				nweights,
				misaligned = 0,
				ngold = 0;
	int			epochs = argc > 6 ? atoi(argv[6]) : 15;
	int			bits = argc > 7 ? atoi(argv[7]) : 20;
	int			best_epoch;
	int			orders = argc > 8 ? atoi(argv[8]) : 1;
	size_t	   *fit,
			   *all;
	bool	   *is_held;
	cp_arena	arena;
	char		err[512];

	if (argc < 6 || orders < 1)
	{
		fprintf(stderr, "usage: %s GAZETTEER.tsv CLUSTERS.tsv TRAIN.tsv DEV.tsv OUT.bin [EPOCHS [HASH_BITS [ORDERS]]]\n",
				argv[0]);
		return 2;
	}
	cp_set_host(&cp_malloc_host);
	memset(&model, 0, sizeof(model));
	model.hash_bits = (uint32_t) bits;
	nweights = ((size_t) 1 << bits) * CP_NER_NTAGS;
	load_gazetteer(&model, argv[1]);
	load_clusters(&model, argv[2]);
	fprintf(stderr, "gazetteer: %zu phrases; word clusters: %zu words\n", model.lex.count,
			model.clusters.count);
	train_docs = read_docs(argv[3], &nread);
	dev = read_docs(argv[4], &ndev);
	/* the title-case copy of a document is held out with it */
	train_docs = realloc(train_docs, 2 * nread * sizeof(tdoc));
	is_held = calloc(2 * nread, sizeof(bool));
	ntrain = nread;
	for (size_t i = 0; i < nread; i++)
	{
		is_held[i] = held_out(&train_docs[i]);
		if (title_case_copy(&train_docs[i], &train_docs[ntrain]))
			is_held[ntrain++] = is_held[i];
	}
	cp_arena_init(&arena);
	for (size_t i = 0; i < ntrain + ndev; i++)
	{
		tdoc	   *d = i < ntrain ? &train_docs[i] : &dev[i - ntrain];
		cp_doc		whole;

		cp_doc_init(&whole, &arena, d->text, d->len, NULL);
		cp_ner_doc_prepare(&whole, &model, &d->doc);
		if (i < ntrain)
		{
			misaligned += label(d);
			ngold += d->ngold;
		}
		featurize(&model, d);
	}
	fprintf(stderr, "train: %zu docs, %zu spans, %zu not on token boundaries, %zu name tokens skipped; dev: %zu docs\n",
			ntrain, ngold, misaligned, skipped_tokens, ndev);

	/*
	 * The number of epochs is chosen on the held-out tenth of the training
	 * documents (as written: their title-case copies are left out of it),
	 * then the models of every order are trained on every training document
	 * for that many: dev is only reported, so it stays a fair estimate.
	 */
	fit = malloc(ntrain * sizeof(size_t));
	all = malloc(ntrain * sizeof(size_t));
	held = malloc(nread * sizeof(tdoc));
	for (size_t i = 0; i < ntrain; i++)
	{
		all[i] = i;
		if (!is_held[i])
			fit[nfit++] = i;
		else if (i < nread)
			held[nheld++] = train_docs[i];
	}
	fprintf(stderr, "choosing the epoch: %zu documents to train, %zu held out\n", nfit, nheld);
	best_epoch = train(&model, train_docs, fit, nfit, epochs, held, nheld, "held-out", &best, 0);
	free(best.dense);
	fprintf(stderr, "best on the held-out documents: epoch %d; training on all %zu documents\n",
			best_epoch, ntrain);
	train_orders(&model, train_docs, all, ntrain, best_epoch, orders, dev, ndev, &best);
	fprintf(stderr, "averaged over %d orders: dev F1 %.4f\n", orders, evaluate(&best, dev, ndev, false));

	/* Quantize to 16 bits: weights are small integers' averages. */
	{
		float		maxw = 0;
		cp_ner_model q = best;

		for (size_t i = 0; i < nweights; i++)
			if (fabsf(best.dense[i]) > maxw)
				maxw = fabsf(best.dense[i]);
		q.scale = maxw > 0 ? maxw / 32767.0f : 1.0f;
		q.weights = calloc(nweights, sizeof(int16_t));
		for (size_t i = 0; i < nweights; i++)
			q.weights[i] = (int16_t) lrintf(best.dense[i] / q.scale);
		q.dense = NULL;
		fprintf(stderr, "quantized (scale %g): dev F1 %.4f\n", q.scale, evaluate(&q, dev, ndev, true));
		if (!cp_ner_model_write(&q, argv[5], err, sizeof(err)))
		{
			fprintf(stderr, "%s\n", err);
			return 1;
		}
	}
	return 0;
}
