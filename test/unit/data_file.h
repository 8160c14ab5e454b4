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

static inline cp_status
unit_parse_forest(const char *bytes, size_t len, const char *what, void *out, char *err,
				  size_t errlen)
{
	return cp_forest_parse(bytes, len, CP_NAME_NFEATURES, what, out, err, errlen);
}

/*
 * A data file of $CORPUS_DATA_DIR, read and parsed once into *parsed and
 * kept until exit (what is parsed may point into its bytes, which *bytes and
 * *len get when not NULL); *parsed stays NULL, with a message, when the file
 * is missing or does not parse.
 */
#define UNIT_DATA(file, parse, parsed, bytes, len) \
	do { \
		static char *file_; \
		static size_t size_; \
		static bool tried_; \
		if (!tried_) \
		{ \
			tried_ = true; \
			unit_data_load((file), (parse), (parsed), &file_, &size_); \
		} \
		if (bytes) \
			*(const char **) (bytes) = file_; \
		if (len) \
			*(size_t *) (len) = size_; \
	} while (0)

/* The tagger model. */
static inline const cp_ner_model *
unit_ner_model(const char **bytes, size_t *len)
{
	static cp_ner_model *model;

	UNIT_DATA("ner.bin", unit_parse_ner, &model, bytes, len);
	return model;
}

/* The same-entity forest (parsed into its own memory: the bytes are not needed). */
static inline const cp_forest *
unit_names_forest(void)
{
	static cp_forest *forest;

	UNIT_DATA("names_forest.tsv", unit_parse_forest, &forest, NULL, NULL);
	return forest;
}

/* The gazetteer. */
static inline const cp_gazetteer *
unit_gazetteer(const char **bytes, size_t *len)
{
	static cp_gazetteer *gazetteer;

	UNIT_DATA("places.bin", unit_parse_gazetteer, &gazetteer, bytes, len);
	return gazetteer;
}

#endif
