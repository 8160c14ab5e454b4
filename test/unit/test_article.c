/*
 * test_article.c: line kinds of a pasted news page, its title, stated
 * date, dateline, body and the boilerplate removed from it.
 */
#include "unit.h"

#include "arena.h"
#include "article.h"

static const char *const kind_names[] = {
	"blank", "title", "body", "date", "caption", "boilerplate", "trailer"
};

/* The kinds of a's lines, "|"-joined. */
static const char *
kinds(const cp_article *a)
{
	static char out[512];
	size_t		i,
				n = 0;

	out[0] = '\0';
	for (i = 0; i < a->nlines; i++)
		n += snprintf(out + n, sizeof(out) - n, "%s%s", i ? "|" : "", kind_names[a->lines[i].kind]);
	return out;
}

static void
test_page(void)
{
	const char *page =
		"Talks resume in Vienna\n"
		"Published: July 21, 2014 8:03 PM\n"
		"Subscribe now\n"
		"\n"
		"VIENNA, Austria (AP) \xe2\x80\x94 Negotiators met on Monday to resume the talks.\xc2\xa0 \n"
		"(Photo: Reuters) Negotiators arrive at the palace\n"
		"Officials said the talks would continue.\r\n"
		"We use cookies to improve your experience on our site.\n"
		"\n"
		"Iran nuclear talks\n"
		"Vienna\n";
	cp_arena	arena;
	cp_article	a;

	cp_arena_init(&arena);
	cp_article_analyze(&arena, page, strlen(page), &a);
	/* blank lines are not lines of their own: the next line has para_before */
	CHECK_STR(kinds(&a), "title|date|boilerplate|body|caption|body|boilerplate|trailer|trailer");
	CHECK(a.lines[3].para_before);
	CHECK(!a.lines[4].para_before);
	CHECK(a.lines[7].para_before);
	CHECK_INT(a.title_line, 0);
	CHECK(a.has_published);
	CHECK_INT(a.published.year, 2014);
	CHECK_INT(a.published.month, 7);
	CHECK_INT(a.published.day, 21);
	/* the dateline in title case; trailing NBSP and CR are trimmed */
	CHECK_STR(a.dateline, "Vienna");
	CHECK_SPAN(page, a.lines[3].start + a.lines[3].body_skip, a.lines[3].len - a.lines[3].body_skip,
			   "Negotiators met on Monday to resume the talks.");
	CHECK_SPAN(page, a.lines[5].start, a.lines[5].len, "Officials said the talks would continue.");
	CHECK_STR(a.body, "Negotiators met on Monday to resume the talks.\n\n"
			  "Officials said the talks would continue.");
	CHECK_INT(a.body_len, strlen(a.body));
	CHECK_STR(a.boilerplate, "Published: July 21, 2014 8:03 PM\nSubscribe now\n"
			  "VIENNA, Austria (AP) \xe2\x80\x94\n"
			  "(Photo: Reuters) Negotiators arrive at the palace\n"
			  "We use cookies to improve your experience on our site.\nIran nuclear talks\nVienna");
	cp_arena_free(&arena);
}

/* A wire's sign-off ends the story; a tag line in capitals before it stays a trailer. */
static void
test_sign_off(void)
{
	const char *wire = "LAGOS, March 11 - The army closed the schools.\n\nOfficials said calm had returned.\n\n"
		"NIGERIA\nREUTER\n";
	const char *tags = "LAGOS, March 11 - The army closed the schools.\n\nOfficials said calm had returned.\n\n"
		"NIGERIA\n";
	cp_arena	arena;
	cp_article	a;

	cp_arena_init(&arena);
	cp_article_analyze(&arena, wire, strlen(wire), &a);
	CHECK_STR(kinds(&a), "body|body|trailer|boilerplate");
	cp_article_analyze(&arena, tags, strlen(tags), &a);
	/* a lone tag in capitals as the last line cannot be told from a sign-off (doc/entities.md) */
	CHECK_STR(kinds(&a), "body|body|boilerplate");
	cp_arena_free(&arena);
}

static void
test_titles_and_datelines(void)
{
	cp_arena	arena;
	cp_article	a;
	const char *lede = "The minister said on Monday that the government would raise taxes next year.\n"
		"He spoke in parliament.\n";
	const char *headline = "Minister Says Government Will Raise Taxes Next Year In Budget Speech.\n"
		"He spoke in parliament.\n";
	const char *colon = "Cairo: Egypt's foreign minister met his counterparts on Sunday to discuss the "
		"ceasefire proposal that mediators put forward last week in the city.";
	const char *caps = "GAZA CITY, Gaza Strip -- Rockets fell.\n";
	int32_t		days;

	cp_arena_init(&arena);
	/* a long first line ending in a full stop reads like a lede: body */
	cp_article_analyze(&arena, lede, strlen(lede), &a);
	CHECK_INT(a.title_line, -1);
	CHECK_STR(kinds(&a), "body|body");
	CHECK(!a.has_published);
	CHECK(!cp_article_reference(&a, CP_REF_STATED, 0, &days));
	CHECK(cp_article_reference(&a, CP_REF_GIVEN, 42, &days));
	CHECK_INT(days, 42);
	CHECK(!cp_article_reference(&a, CP_REF_NONE, 42, &days));
	/* ... unless it is in title case */
	cp_article_analyze(&arena, headline, strlen(headline), &a);
	CHECK_INT(a.title_line, 0);
	/* "Place:" opens a long first paragraph */
	cp_article_analyze(&arena, colon, strlen(colon), &a);
	CHECK_STR(a.dateline, "Cairo");
	CHECK_STR(a.body, colon + 7);
	/* upper-case places are set in title case, word by word */
	cp_article_analyze(&arena, caps, strlen(caps), &a);
	CHECK_STR(a.dateline, "Gaza City");
	CHECK_STR(a.body, "Rockets fell.");
	/* an empty page */
	cp_article_analyze(&arena, "", 0, &a);
	CHECK_INT(a.nlines, 0);
	CHECK_STR(a.body, "");
	CHECK(a.dateline == NULL);
	cp_arena_free(&arena);
}

/*
 * Paywall and cookie notices in any case, found through each word their
 * patterns need; the same words in a story's sentences leave it a story.
 */
static void
test_notices(void)
{
	const char *page =
		"Markets rally as rates hold\n"
		"WELCOME, GUEST\n"
		"You have 3 free articles remaining this month.\n"
		"Only 2 stories left\n"
		"Already a Subscriber? Log in below.\n"
		"Register | Sign In\n"
		"Create a free account to keep reading.\n"
		"By continuing you agree to our use of Cookies.\n"
		"Shares rose after the guest speaker left and subscribers signed in to their accounts.\n"
		"Traders said the cookie maker had one account remaining.\n";
	cp_arena	arena;
	cp_article	a;

	cp_arena_init(&arena);
	cp_article_analyze(&arena, page, strlen(page), &a);
	CHECK_STR(kinds(&a), "title|boilerplate|boilerplate|boilerplate|boilerplate|boilerplate|"
			  "boilerplate|boilerplate|body|body");
	cp_arena_free(&arena);
}

/*
 * Site furniture, menus and credits, at the edges of what the line's ends
 * tell before the patterns run: the longest fixed branch, trailing
 * non-word bytes, the open-ended branches, a credit's first byte.
 */
static void
test_furniture(void)
{
	const char *page =
		"Talks resume in Vienna\n"
		"Skip to main content\n"
		"SECTIONS \xe2\x80\xa6 \xc2\xbb\n"
		"Loading...\n"
		"Follow us on Twitter and Facebook for the latest news from Vienna\n"
		"Home | World | Middle East\n"
		"Negotiators met on Monday, diplomats said.\n"
		"Skip to main contents\n"
		"\xc2\xa9""2014 The Associated Press\n"
		"Copyright 2014 The Associated Press. All rights reserved.\n"
		"Officials said the talks would continue.\n"
		"Reporting by Jane Doe; Editing by John Roe\n";
	cp_arena	arena;
	cp_article	a;

	cp_arena_init(&arena);
	cp_article_analyze(&arena, page, strlen(page), &a);
	CHECK_STR(kinds(&a), "title|boilerplate|boilerplate|boilerplate|boilerplate|boilerplate|"
			  "body|body|boilerplate|boilerplate|body|boilerplate");
	cp_arena_free(&arena);
}

int
main(void)
{
	cp_set_host(&cp_malloc_host);
	test_page();
	test_notices();
	test_furniture();
	test_sign_off();
	test_titles_and_datelines();
	UNIT_DONE("article");
}
