/*
 * ner_tag: the mentions corpus.entities() gives for each document of a
 * tools/conll_to_tsv.py file, tagged with a given model file and read
 * through the document rules, for scoring outside the server (the ten-fold
 * runs of tools/ner_tenfold.sh).
 *
 * usage: ner_tag MODEL.bin DOCS.tsv > MENTIONS.tsv
 *
 * One line a mention: document number (from 0), start and end (UTF-8 byte
 * offsets, end exclusive) and kind.
 */
#include <stdio.h>
#include <stdlib.h>

#include "doc.h"
#include "host.h"
#include "entities.h"
#include "ner.h"

/* The whole of a file in malloc'd memory; exits on failure. */
static char *
read_all(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf = NULL;
	long		size;

	if (!f || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
		(buf = malloc((size_t) size + 1)) == NULL || fread(buf, 1, (size_t) size, f) != (size_t) size)
	{
		perror(path);
		exit(1);
	}
	fclose(f);
	*len = (size_t) size;
	return buf;
}

int
main(int argc, char **argv)
{
	size_t		model_len;
	char	   *model_bytes;
	cp_ner_model *model;
	char		err[512],
				line[256];
	FILE	   *in;

	if (argc != 3)
	{
		fprintf(stderr, "usage: %s MODEL.bin DOCS.tsv\n", argv[0]);
		return 2;
	}
	cp_set_host(&cp_malloc_host);
	model_bytes = read_all(argv[1], &model_len);
	if (cp_ner_model_parse(model_bytes, model_len, argv[1], &model, err, sizeof(err)) != CP_OK)
	{
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	if ((in = fopen(argv[2], "rb")) == NULL)
	{
		perror(argv[2]);
		return 1;
	}
	for (size_t d = 0; fgets(line, sizeof(line), in); d++)
	{
		size_t		nbytes,
					nents;
		char	   *text;
		cp_arena	arena;
		cp_doc		doc;
		cp_vec		out;

		if (sscanf(line, "D\t%zu\t%zu", &nbytes, &nents) != 2 || (text = malloc(nbytes + 1)) == NULL ||
			fread(text, 1, nbytes + 1, in) != nbytes + 1)
		{
			fprintf(stderr, "%s: bad record %zu\n", argv[2], d);
			return 1;
		}
		for (size_t k = 0; k < nents; k++)
			if (!fgets(line, sizeof(line), in))
				return 1;
		cp_arena_init(&arena);
		cp_vec_init(&out, sizeof(cp_mention));
		if (cp_doc_init(&doc, &arena, text, nbytes, model) != CP_OK ||
			cp_extract_entities(&doc, &out) != CP_OK)
		{
			fprintf(stderr, "%s: document %zu failed\n", argv[2], d);
			return 1;
		}
		for (size_t k = 0; k < out.count; k++)
		{
			const cp_mention *m = &CP_VEC_AT(&out, cp_mention, k);

			printf("%zu\t%u\t%u\t%s\n", d, m->start, m->start + m->len, cp_entity_kind_name(m->kind));
		}
		cp_arena_free(&arena);
		free(text);
	}
	fclose(in);
	return 0;
}
