/*
 * data_file.h: the bytes of a data file for the core's parsers, in tests and
 * fuzz targets (in the server the fmgr layer maps the installed file).
 */
#ifndef CORPUS_DATA_FILE_H
#define CORPUS_DATA_FILE_H

#include "names.h"
#include "ner.h"
#include "places.h"

#include <stdio.h>
#include <stdlib.h>

/* The whole file at path in malloc'd memory, or NULL; *len gets its size. */
static char *
read_file_bytes(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf = NULL;
	long		size;

	if (f && fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
		(buf = malloc((size_t) size + 1)) != NULL && fread(buf, 1, (size_t) size, f) == (size_t) size)
		*len = (size_t) size;
	else
	{
		free(buf);
		buf = NULL;
	}
	if (f)
		fclose(f);
	return buf;
}

/* The path of a file of $CORPUS_DATA_DIR (default data/) into path[1024]. */
static void
data_file_path(const char *file, char *path)
{
	const char *dir = getenv("CORPUS_DATA_DIR");

	snprintf(path, 1024, "%s/%s", dir ? dir : "data", file);
}

/* A core parser of a data file's bytes into out. */
typedef cp_status (*unit_parser) (const char *bytes, size_t len, const char *what, void *out,
								  char *err, size_t errlen);

/*
 * Read $CORPUS_DATA_DIR/file and parse it into out; the bytes (in *bytes,
 * *len) are kept until exit, as what is parsed points into them.  A message
 * when the file is missing or does not parse.
 */
static inline void
unit_data_load(const char *file, unit_parser parse, void *out, char **bytes, size_t *len)
{
	char		path[1024],
				err[1024];

	data_file_path(file, path);
	if ((*bytes = read_file_bytes(path, len)) == NULL)
		fprintf(stderr, "%s: unreadable\n", path);
	else if (parse(*bytes, *len, path, out, err, sizeof(err)) != CP_OK)
		fprintf(stderr, "%s\n", err);
}

static inline cp_status
unit_parse_ner(const char *bytes, size_t len, const char *what, void *out, char *err, size_t errlen)
{
	return cp_ner_model_parse(bytes, len, what, out, err, errlen);
}

static inline cp_status
unit_parse_gazetteer(const char *bytes, size_t len, const char *what, void *out, char *err,
					 size_t errlen)
{
	return cp_gazetteer_parse(bytes, len, what, out, err, errlen);
}

/*
 * The tagger model of $CORPUS_DATA_DIR, read and parsed once and kept until
 * exit (it points into its bytes, which *bytes and *len get when not NULL);
 * NULL, with a message, when the file is missing or does not parse.
 */
static inline const cp_ner_model *
unit_ner_model(const char **bytes, size_t *len)
{
	static cp_ner_model *model;
	static char *file;
	static size_t size;
	static bool tried;

	if (!tried)
	{
		tried = true;
		unit_data_load("ner.bin", unit_parse_ner, &model, &file, &size);
	}
	if (bytes)
		*bytes = file;
	if (len)
		*len = size;
	return model;
}

/* The same-entity forest of $CORPUS_DATA_DIR, parsed once; NULL, with a message, when unusable. */
static inline const cp_forest *
unit_names_forest(void)
{
	static cp_forest *forest;
	static bool tried;

	if (!tried)
	{
		char		path[1024],
					err[1200];
		size_t		len = 0;
		char	   *bytes;

		tried = true;
		data_file_path("names_forest.tsv", path);
		if ((bytes = read_file_bytes(path, &len)) == NULL)
			fprintf(stderr, "%s: unreadable\n", path);
		else if (cp_forest_parse(bytes, len, CP_NAME_NFEATURES, path, &forest, err, sizeof(err)) != CP_OK)
			fprintf(stderr, "%s\n", err);
		free(bytes);
	}
	return forest;
}

/* The gazetteer of $CORPUS_DATA_DIR, as unit_ner_model() gives the model. */
static inline const cp_gazetteer *
unit_gazetteer(const char **bytes, size_t *len)
{
	static cp_gazetteer *gazetteer;
	static char *file;
	static size_t size;
	static bool tried;

	if (!tried)
	{
		tried = true;
		unit_data_load("places.bin", unit_parse_gazetteer, &gazetteer, &file, &size);
	}
	if (bytes)
		*bytes = file;
	if (len)
		*len = size;
	return gazetteer;
}

#endif
