/*
 * entities.h: named entities (CoNLL-2003 PER, ORG, LOC, MISC) with byte
 * spans and in-article coreference.
 *
 * A statistical tagger (averaged structured perceptron over BIO tags,
 * Viterbi decoding, see ner.c) finds mention spans; rules on top drop titles
 * from person mentions and give every mention the fullest name the article
 * uses for it ("Kerry" -> "John Kerry", "U.N." -> "United Nations").
 */
#ifndef CORPUS_ENTITIES_H
#define CORPUS_ENTITIES_H

#include "arena.h"
#include "ner.h"
#include "tokenize.h"

typedef enum
{
	CP_ENT_PER,
	CP_ENT_ORG,
	CP_ENT_LOC,
	CP_ENT_MISC
} cp_entity_kind;

#define CP_ENT_NKINDS 4

typedef struct cp_mention
{
	uint32_t	start,
				len;			/* bytes */
	uint8_t		kind;			/* cp_entity_kind */
	int			sentence;		/* 1-based, as corpus.sentences() numbers them */
	const char *name;			/* fullest name in the article (in-article coreference) */
	size_t		name_len;
	const char *key;			/* the name's key (names.h), NUL-terminated, never empty */
	size_t		key_len;
} cp_mention;

/* "PER", "ORG", "LOC", "MISC". */
const char *cp_entity_kind_name(cp_entity_kind kind);

/* Parse a kind name (exact, upper case); false if it is none. */
bool		cp_entity_kind_parse(const char *s, size_t len, cp_entity_kind *kind);

/*
 * Mentions of a document in text order, tagged with doc->model (CP_ERR_DATA
 * without one), appended to out (a cp_vec of cp_mention); names are
 * allocated in the document's arena.  Site boilerplate lines are skipped.
 * Memory is linear in the document's length.
 */
typedef struct cp_doc cp_doc;

cp_status	cp_extract_entities(cp_doc *doc, cp_vec *out);

#endif
