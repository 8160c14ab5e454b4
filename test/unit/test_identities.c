/*
 * test_identities.c: one identity per person and organization across a set
 * of names: short forms, titles, initialisms, spellings, people of one
 * family name kept apart, no chaining, bad input.
 */
#include "unit.h"
#include "data_file.h"

#include "entities.h"
#include "identities.h"

#include <stdlib.h>

static const cp_forest *forest;

typedef struct named
{
	uint8_t		kind;
	const char *name;
} named;

/* Resolve set[0..n) and return for each name the name of its identity. */
static const char **
resolve(const named *set, size_t n)
{
	static const char *out[64];
	cp_identity_name in[64];
	uint32_t	identity[64],
				first[64];
	cp_arena	arena;

	cp_arena_init(&arena);
	for (size_t i = 0; i < n; i++)
	{
		in[i].kind = set[i].kind;
		in[i].name = set[i].name;
		in[i].len = strlen(set[i].name);
	}
	cp_resolve_identities(&arena, forest, in, n, identity, first);
	for (size_t i = 0; i < n; i++)
	{
		CHECK(first[i] <= i);
		CHECK_INT(first[first[i]], first[i]);
		out[i] = set[identity[i]].name;
	}
	cp_arena_free(&arena);
	return out;
}

#define N(set) (sizeof(set) / sizeof((set)[0]))

static void
test_news_figures(void)
{
	static const named set[] = {
		{CP_ENT_PER, "Netanyahu"},
		{CP_ENT_PER, "Benjamin Netanyahu"},
		{CP_ENT_PER, "Binyamin Netanyahu"},
		{CP_ENT_PER, "Prime Minister Netanyahu"},
		{CP_ENT_PER, "President Sisi"},
		{CP_ENT_PER, "Abdel Fattah el-Sisi"},
		{CP_ENT_PER, "Sisi"},
		{CP_ENT_PER, "Khaled Mashaal"},
		{CP_ENT_PER, "Khaled Meshaal"},
		{CP_ENT_PER, "Mashaal"},
		{CP_ENT_PER, "Mr. Kerry"},
		{CP_ENT_PER, "John Kerry"},
		{CP_ENT_LOC, "Kerry"},
		{CP_ENT_PER, "Ban Ki-moon"},
		{CP_ENT_PER, "Ban"},
		{CP_ENT_PER, "Mahmoud Abbas"},
		{CP_ENT_PER, "Abbas Araghchi"},
		{CP_ENT_PER, "Abbas"},
		{CP_ENT_ORG, "UNRWA"},
		{CP_ENT_ORG, "United Nations Relief and Works Agency"},
		{CP_ENT_ORG, "U.N."},
		{CP_ENT_ORG, "the United Nations"},
		{CP_ENT_ORG, "Barrick"},
		{CP_ENT_ORG, "Barrick Gold Corp"},
		{CP_ENT_LOC, "U.S."},
		{CP_ENT_LOC, "United States"},
	};
	const char **id = resolve(set, N(set));

	for (int i = 0; i < 4; i++)
		CHECK_STR(id[i], "Benjamin Netanyahu");
	for (int i = 4; i < 7; i++)
		CHECK_STR(id[i], "Abdel Fattah el-Sisi");
	for (int i = 7; i < 10; i++)
		CHECK_STR(id[i], "Khaled Mashaal");
	CHECK_STR(id[10], "John Kerry");
	CHECK_STR(id[11], "John Kerry");
	CHECK_STR(id[12], "Kerry");			/* a place stays a place */
	CHECK_STR(id[13], "Ban Ki-moon");
	CHECK_STR(id[14], "Ban Ki-moon");
	/* two full names carry "Abbas": it stays apart, and so do they */
	CHECK_STR(id[15], "Mahmoud Abbas");
	CHECK_STR(id[16], "Abbas Araghchi");
	CHECK_STR(id[17], "Abbas");
	CHECK_STR(id[18], "United Nations Relief and Works Agency");
	CHECK_STR(id[20], "the United Nations");
	CHECK_STR(id[22], "Barrick Gold Corp");
	CHECK_STR(id[24], "United States");
}

/* A one-word name needs a capital and an initial the full name has. */
static void
test_short_forms(void)
{
	static const named set[] = {
		{CP_ENT_PER, "Barry Gibb"},
		{CP_ENT_PER, "Barry"},
		{CP_ENT_PER, "B. Gibb"},
		{CP_ENT_PER, "H. Gibb"},
		{CP_ENT_PER, "Kobe"},		/* the skeleton of "Gibb" (and its key) */
		{CP_ENT_ORG, "London Stock Exchange"},
		{CP_ENT_ORG, "London Metal Exchange"},
		{CP_ENT_ORG, "European Union"},
		{CP_ENT_ORG, "European Asian Bank AG"},
	};
	const char **id = resolve(set, N(set));

	CHECK_STR(id[1], "Barry Gibb");
	CHECK_STR(id[2], "Barry Gibb");
	CHECK_STR(id[3], "H. Gibb");
	CHECK_STR(id[4], "Kobe");
	/* same_entity's forest joins these; the rules and the words do not */
	CHECK_STR(id[5], "London Stock Exchange");
	CHECK_STR(id[6], "London Metal Exchange");
	CHECK_STR(id[7], "European Union");
}

/* Full names join only when every pair of them is one person: no chaining. */
static void
test_no_chaining(void)
{
	static const named set[] = {
		{CP_ENT_PER, "Hillary Bill Clinton"},
		{CP_ENT_PER, "Hillary Clinton"},
		{CP_ENT_PER, "Hillary Chelsea Clinton"},
	};
	const char **id = resolve(set, N(set));

	CHECK(cp_same_entity(forest, set[0].name, strlen(set[0].name), set[1].name, strlen(set[1].name)));
	CHECK(cp_same_entity(forest, set[1].name, strlen(set[1].name), set[2].name, strlen(set[2].name)));
	CHECK(!cp_same_entity(forest, set[0].name, strlen(set[0].name), set[2].name, strlen(set[2].name)));
	CHECK_STR(id[0], id[1]);
	CHECK(strcmp(id[0], id[2]) != 0);
}

/* Mentions break ties between names of as many words; equal keys are one entity. */
static void
test_mentions_and_keys(void)
{
	static const named set[] = {
		{CP_ENT_PER, "Khaled Meshaal"},
		{CP_ENT_PER, "Khaled Mashal"},
		{CP_ENT_PER, "Khaled Mashal"},
		{CP_ENT_PER, "KHALED  MESHAAL"},
		{CP_ENT_PER, "Khaled Mashal"},
	};
	static const named one[] = {{CP_ENT_ORG, "Hamas"}};
	const char **id = resolve(set, N(set));

	for (size_t i = 0; i < N(set); i++)
		CHECK_STR(id[i], id[0]);
	id = resolve(one, 1);
	CHECK_STR(id[0], "Hamas");
	resolve(NULL, 0);
}

static void
test_bad_input(void)
{
	size_t		n = 100000,
				big = 10000;
	cp_identity_name *in = malloc(n * sizeof(cp_identity_name));
	uint32_t   *identity = malloc(n * sizeof(uint32_t)),
			   *first = malloc(n * sizeof(uint32_t));
	char	   *s = malloc(big);
	cp_arena	arena;

	/* many copies of one name, a name of 10,000 bytes, empty names and junk */
	memset(s, 'a', big);
	for (size_t i = 0; i < n; i++)
	{
		in[i].kind = (uint8_t) (i % CP_ENT_NKINDS);
		in[i].name = i % 5 == 0 ? s : i % 5 == 1 ? "" : i % 5 == 2 ? "\xff\xfe U.N." : "Ban Ki-moon";
		in[i].len = i % 5 == 0 ? big : strlen(in[i].name);
	}
	cp_arena_init(&arena);
	cp_resolve_identities(&arena, forest, in, n, identity, first);
	for (size_t i = 0; i < n; i++)
		CHECK(identity[i] < n && first[i] <= i && in[identity[i]].kind == in[i].kind);
	cp_arena_free(&arena);
	free(in);
	free(identity);
	free(first);
	free(s);
}

int
main(void)
{
	cp_set_host(&cp_malloc_host);
	forest = unit_names_forest();
	CHECK(forest != NULL);
	if (forest == NULL)
		UNIT_DONE("identities");
	test_news_figures();
	test_short_forms();
	test_no_chaining();
	test_mentions_and_keys();
	test_bad_input();
	UNIT_DONE("identities");
}
