/*
 * test_text.c: UTF-8, character offsets, tokenizer, sentences, calendar.
 */
#include "unit.h"

#include "arena.h"
#include "article.h"
#include "calendar.h"
#include "charmap.h"
#include "sentences.h"
#include "tokenize.h"
#include "utf8.h"

#include <stdlib.h>

/* Tokens of s as "|"-joined strings. */
static char *
tokens_of(const char *s)
{
	static char out[4096];
	cp_tokenizer tz;
	cp_token	t;
	size_t		n = 0;

	out[0] = '\0';
	cp_tokenizer_init(&tz, s, strlen(s), 0, strlen(s));
	while (cp_tokenizer_next(&tz, &t))
	{
		if (n)
			out[n++] = '|';
		memcpy(out + n, s + t.start, t.len);
		n += t.len;
		out[n] = '\0';
	}
	return out;
}

static void
test_utf8(void)
{
	uint32_t	cp;

	CHECK_INT(cp_utf8_decode("\xc3\xa9", 2, &cp), 2);
	CHECK_INT(cp, 0xE9);
	CHECK_INT(cp_utf8_decode("\xe2\x80\x94", 3, &cp), 3);
	CHECK_INT(cp, 0x2014);
	/* invalid and truncated sequences are one byte each */
	CHECK_INT(cp_utf8_decode("\xff", 1, &cp), 1);
	CHECK_INT(cp, CP_REPLACEMENT);
	CHECK_INT(cp_utf8_decode("\xe2\x80", 2, &cp), 1);
	CHECK_INT(cp_utf8_decode("\xc0\xaf", 2, &cp), 1);	/* overlong */
	CHECK_INT(cp_utf8_count("a\xc3\xa9\xff" "b", 5), 4);
	CHECK_INT(cp_utf8_decode_back("a\xc3\xa9", 3, &cp), 2);
	CHECK_INT(cp, 0xE9);
	CHECK_INT(cp_uc_fold(0xC9), 'e');	/* É */
	CHECK_INT(cp_uc_fold(0x15E), 's');	/* Ş */
	CHECK_INT(cp_uc_lower(0x410), 0x430);	/* Cyrillic А */
	CHECK(cp_uc_is(0x201C, CP_UC_QUOTE));
	CHECK(cp_uc_is(0x2019, CP_UC_APOS));
	CHECK(cp_uc_is(0x2014, CP_UC_DASH));
	CHECK(cp_uc_is(0xA0, CP_UC_SPACE));
	CHECK(cp_uc_is(0x627, CP_UC_ALPHA));	/* Arabic alef */
}

static void
test_charmap(void)
{
	cp_arena	arena;
	cp_charmap	map;
	char	   *big;
	size_t		i,
				n = 3 * CP_CHARMAP_BLOCK + 7;

	cp_arena_init(&arena);
	cp_charmap_init(&map, &arena, "\xc3\xa9t\xc3\xa9 x", 7, false);
	CHECK_INT(cp_charmap_char(&map, 0), 0);
	CHECK_INT(cp_charmap_char(&map, 2), 1);
	CHECK_INT(cp_charmap_char(&map, 6), 4);
	CHECK_INT(cp_charmap_char(&map, 3), 2);	/* backwards */
	/* across checkpoint blocks, with two-byte characters straddling them */
	big = malloc(n);
	for (i = 0; i + 1 < n; i += 2)
		big[i] = '\xc3', big[i + 1] = '\xa9';
	big[n - 1] = 'x';
	cp_charmap_init(&map, &arena, big, n, false);
	CHECK_INT(cp_charmap_char(&map, n - 1), (n - 1) / 2);
	CHECK_INT(cp_charmap_char(&map, 2 * CP_CHARMAP_BLOCK + 2), CP_CHARMAP_BLOCK + 1);
	CHECK_INT(cp_charmap_char(&map, 10), 5);
	cp_charmap_init(&map, &arena, big, n, true);
	CHECK_INT(cp_charmap_char(&map, 10), 10);
	/*
	 * ASCII runs of every length around the 8 bytes counted at once,
	 * between two-, three- and four-byte characters and a stray
	 * continuation byte: every position, forwards, as a step-by-step count.
	 */
	{
		static const char *const wide[] = {"\xc3\xa9", "\xe2\x80\x94", "\xf0\x9f\x98\x80", "\x80"};
		size_t		len = 0,
					chars = 0,
					step = 0;

		for (i = 0; len + 32 < n; i++)
		{
			size_t		run = i % 19;

			memset(big + len, 'a', run);
			len += run;
			memcpy(big + len, wide[i % 4], strlen(wide[i % 4]));
			len += strlen(wide[i % 4]);
		}
		cp_charmap_init(&map, &arena, big, len, false);
		for (i = 0; i <= len; i++)
		{
			uint32_t	cp;

			while (step < i)
			{
				step += cp_utf8_decode(big + step, len - step, &cp);
				chars++;
			}
			if (cp_charmap_char(&map, i) != chars)
			{
				CHECK_INT(cp_charmap_char(&map, i), chars);
				break;
			}
		}
		CHECK_INT(cp_charmap_char(&map, len), chars);
	}
	free(big);
	cp_arena_free(&arena);
}

static void
test_tokenizer(void)
{
	CHECK_STR(tokens_of("At least 29,514 people, 1.25 billion."),
			  "At|least|29,514|people|,|1.25|billion|.");
	CHECK_STR(tokens_of("a 12-hour truce; Ban Ki-moon"), "a|12-hour|truce|;|Ban|Ki-moon");
	CHECK_STR(tokens_of("the U.S. and U.N. at 8 p.m. Dr. Smith"),
			  "the|U.S.|and|U.N.|at|8|p.m.|Dr.|Smith");
	CHECK_STR(tokens_of("Egypt's plan, Egypt`s plan and Hamas' demands"),
			  "Egypt|'s|plan|,|Egypt|`s|plan|and|Hamas|'|demands");
	CHECK_STR(tokens_of("\xe2\x80\x9cWe will,\xe2\x80\x9d he said \xe2\x80\x94 O'Brien"),
			  "\xe2\x80\x9c|We|will|,|\xe2\x80\x9d|he|said|\xe2\x80\x94|O'Brien");
	CHECK_STR(tokens_of("76% of $1.13bn at 8:03PM"), "76|%|of|$|1.13bn|at|8:03PM");
	CHECK_STR(tokens_of("wait... what?! J. R. Smith"), "wait|...|what|?!|J.|R.|Smith");
	CHECK_STR(tokens_of("1,2345 and 1,234,567"), "1|,|2345|and|1,234,567");

	{
		const char *s = "said \"Stop\" and 'go' -- now";
		cp_tokenizer tz;
		cp_token	t;
		int			opens = 0,
					closes = 0,
					dashes = 0;

		cp_tokenizer_init(&tz, s, strlen(s), 0, strlen(s));
		while (cp_tokenizer_next(&tz, &t))
		{
			if (t.kind == CP_TOK_QUOTE && (t.flags & CP_TF_OPEN_QUOTE))
				opens++;
			if (t.kind == CP_TOK_QUOTE && (t.flags & CP_TF_CLOSE_QUOTE))
				closes++;
			if (t.kind == CP_TOK_DASH)
				dashes++;
		}
		CHECK_INT(opens, 2);
		CHECK_INT(closes, 2);
		CHECK_INT(dashes, 1);
	}
	{
		/* a very long run of letters is cut into bounded tokens */
		size_t		n = 10000,
					count = 0;
		char	   *s = malloc(n);
		cp_tokenizer tz;
		cp_token	t;

		memset(s, 'a', n);
		cp_tokenizer_init(&tz, s, n, 0, n);
		while (cp_tokenizer_next(&tz, &t))
		{
			CHECK(t.len <= CP_MAX_TOKEN_BYTES);
			count++;
		}
		CHECK_INT(count, (n + CP_MAX_TOKEN_BYTES - 1) / CP_MAX_TOKEN_BYTES);
		free(s);
	}
}

static int
count_sentences(const char *s, char *first, size_t firstlen)
{
	cp_arena	arena;
	cp_sentence_iter it;
	cp_sentence sent;
	int			n = 0;

	cp_arena_init(&arena);
	cp_sentence_iter_init(&it, &arena, s, strlen(s), 0, strlen(s));
	while (cp_sentence_next(&it, &sent))
	{
		if (n == 0 && first)
			snprintf(first, firstlen, "%.*s", (int) (sent.end - sent.start), s + sent.start);
		n++;
	}
	cp_arena_free(&arena);
	return n;
}

static void
test_sentences(void)
{
	char		first[256];

	CHECK_INT(count_sentences("Kerry met Ban in Cairo. He left on Monday.", first, sizeof first), 2);
	CHECK_STR(first, "Kerry met Ban in Cairo.");
	CHECK_INT(count_sentences("\"We will not accept it,\" he said. \"Never.\"", first, sizeof first), 2);
	CHECK_STR(first, "\"We will not accept it,\" he said.");
	CHECK_INT(count_sentences("It ended. \xe2\x80\x9cWe agree.\xe2\x80\x9d Then he left.", NULL, 0), 3);
	CHECK_INT(count_sentences("The U.S. Secretary met Dr. Jones and J. R. Smith at 8 p.m. on Monday.",
							  NULL, 0), 1);
	/* an emoji, a bullet or an arrow after the full stop opens the next sentence */
	CHECK_INT(count_sentences("Talks resumed. \xf0\x9f\x98\x80 Kerry left. \xe2\x80\xa2 Ban stayed.",
							  first, sizeof first), 3);
	CHECK_STR(first, "Talks resumed.");
	CHECK_INT(count_sentences("It rained! \xe2\x96\xba see below. \xe2\x9c\x94 done", NULL, 0), 3);
	/* an ellipsis, a dash or a bad byte does not */
	CHECK_INT(count_sentences("He paused. \xe2\x80\xa6 and went on.", NULL, 0), 1);
	CHECK_INT(count_sentences("He paused. \xe2\x80\x94 and went on.", NULL, 0), 1);
	CHECK_INT(count_sentences("He paused. \xff and went on.", NULL, 0), 1);
	/* a title's abbreviation in capitals before a word in capitals, as in datelines */
	CHECK_INT(count_sentences("ST. LOUIS, March 5 - Edison Brothers said GOV. ASHCROFT agreed.", NULL, 0), 1);
	CHECK_INT(count_sentences("Sources told the FT. But Rover denied it. ST.KITTS", NULL, 0), 3);
	CHECK_INT(count_sentences("It grew 1.25 percent in the U.S. The rest fell.", first, sizeof first), 2);
	CHECK_STR(first, "It grew 1.25 percent in the U.S.");
	CHECK_INT(count_sentences("Headline Without Stop\nBody text here. More text.", first, sizeof first), 3);
	CHECK_STR(first, "Headline Without Stop");
	CHECK_INT(count_sentences("\"Stop!\" he shouted. Is it over? Yes!", NULL, 0), 3);
	CHECK_INT(count_sentences("a democracy.\"Egyptian officials left.", NULL, 0), 2);
	CHECK_INT(count_sentences("", NULL, 0), 0);
	CHECK_INT(count_sentences("   \n\n \t ", NULL, 0), 0);
	{
		/* no punctuation at all: cut at the token limit */
		size_t		n = 2000 * 2,
					i;
		char	   *s = malloc(n + 1);

		for (i = 0; i < n; i += 2)
			s[i] = 'w', s[i + 1] = ' ';
		s[n] = '\0';
		CHECK_INT(count_sentences(s, NULL, 0), 2000 / CP_MAX_SENTENCE_TOKENS);
		free(s);
	}
}

static void
test_calendar(void)
{
	cp_date		d;
	size_t		used;

	CHECK_INT(cp_date_to_days(2000, 1, 1), 0);
	CHECK_INT(cp_date_to_days(2014, 7, 21), 5315);
	d = cp_days_to_date(5315);
	CHECK(d.year == 2014 && d.month == 7 && d.day == 21);
	d = cp_days_to_date(-1);
	CHECK(d.year == 1999 && d.month == 12 && d.day == 31);
	CHECK_INT(cp_days_weekday(cp_date_to_days(2014, 7, 21)), 0);	/* a Monday */
	CHECK_INT(cp_days_weekday(cp_date_to_days(2024, 2, 23)), 4);	/* a Friday */
	CHECK_INT(cp_month_from_name("Sept.", 5), 9);
	CHECK_INT(cp_month_from_name("july", 4), 7);
	CHECK_INT(cp_month_from_name("Ju", 2), 0);
	CHECK_INT(cp_weekday_from_name("Tues", 4), 1);
	CHECK_INT(cp_weekday_from_name("Thurs", 5), 3);
	CHECK(cp_parse_date_literal("July 21. 2014 8:03PM", 20, &d, &used));
	CHECK(d.year == 2014 && d.month == 7 && d.day == 21 && used == 13);
	CHECK(cp_parse_date_literal("6 June 2025", 11, &d, &used));
	CHECK(d.year == 2025 && d.month == 6 && d.day == 6);
	CHECK(cp_parse_date_literal("Monday, July 26th, 2014", 23, &d, &used));
	CHECK(d.day == 26 && used == 23);
	CHECK(cp_parse_date_literal("2014-07-21", 10, &d, &used));
	CHECK(!cp_parse_date_literal("2014-02-30", 10, &d, &used));
	CHECK(!cp_parse_date_literal("July 32, 2014", 13, &d, &used));
	CHECK(!cp_parse_date_literal("Mayday 5", 8, &d, &used));
}

/* cp_sentence_iter_reset(): one buffer for many ranges, numbers continue. */
static void
test_sentence_reset(void)
{
	const char *text = "First line. Second one.\nThird here.";
	cp_arena	arena;
	cp_sentence_iter it;
	cp_sentence s;
	int			n = 0;

	cp_arena_init(&arena);
	cp_sentence_iter_init(&it, &arena, text, strlen(text), 0, 23);
	while (cp_sentence_next(&it, &s))
		n++;
	CHECK_INT(n, 2);
	cp_sentence_iter_reset(&it, 24, strlen(text));
	CHECK(cp_sentence_next(&it, &s));
	CHECK_INT(s.n, 3);
	CHECK_SPAN(text, s.start, s.end - s.start, "Third here.");
	CHECK(!cp_sentence_next(&it, &s));
	cp_arena_free(&arena);
}

/* The cookie notice test still finds notices and spares other lines. */
static void
test_article_cookies(void)
{
	const char *text = "Talks resume in Cairo\n\nWe use cookies to improve your experience.\n\n"
		"Negotiators use the ceasefire to press for a longer truce.\n\nBy continuing you accept our COOKIE policy.";
	cp_arena	arena;
	cp_article	a;
	int			boiler = 0,
				body = 0;

	cp_arena_init(&arena);
	cp_article_lines(&arena, text, strlen(text), &a);
	for (size_t i = 0; i < a.nlines; i++)
	{
		if (a.lines[i].kind == CP_LINE_BOILERPLATE)
			boiler++;
		else if (a.lines[i].kind == CP_LINE_BODY)
			body++;
	}
	CHECK_INT(boiler, 2);
	CHECK_INT(body, 1);
	CHECK(cp_is_title_abbrev("Dr", 2));
	CHECK(!cp_is_title_abbrev("", 0));
	CHECK(cp_is_sentence_starter("The", 3));
	CHECK(!cp_is_sentence_starter("", 0));
	cp_arena_free(&arena);
}

static long interrupt_checks;

static void
count_check(void)
{
	interrupt_checks++;
}

/* Checks for a cancel in cp_article_analyze() on doc (size bytes). */
static long
article_checks(const char *doc, size_t size, cp_article *a, cp_arena *arena)
{
	cp_host		host = cp_malloc_host;

	host.check_interrupts = count_check;
	cp_set_host(&host);
	interrupt_checks = 0;
	cp_article_analyze(arena, doc, size, a);
	cp_set_host(&cp_malloc_host);
	return interrupt_checks;
}

/*
 * A cancel lands within a bounded amount of work on any document: one huge
 * line, a run of blanks, nothing but line breaks.  Captions are still found
 * on long lines (their patterns read only the ends).
 */
static void
test_article_bounded(void)
{
	const size_t size = 8u << 20;
	char	   *doc = malloc(size);
	cp_arena	arena;
	cp_article	a;
	size_t		i;

	cp_arena_init(&arena);
	for (i = 0; i < size; i++)
		doc[i] = "Kerry met Ban in Cairo. "[i % 24];
	doc[size - 1] = '.';
	CHECK(article_checks(doc, size, &a, &arena) >= 4);
	CHECK_INT(a.body_len, size);
	memset(doc, ' ', size);
	doc[size - 1] = 'x';
	CHECK(article_checks(doc, size, &a, &arena) >= 4);
	CHECK_INT(a.body_len, 1);
	memset(doc, '\n', size);
	CHECK(article_checks(doc, size, &a, &arena) >= 4);
	CHECK_INT(a.nlines, 0);

	memset(doc, 'x', 5000);
	memcpy(doc, "(Photo: AP) ", 12);
	cp_article_lines(&arena, doc, 5000, &a);
	CHECK_INT(a.lines[0].kind, CP_LINE_CAPTION);
	memcpy(doc, "xxxxxxxxxxxx", 12);
	memcpy(doc + 5000 - 20, "(REUTERS/Ammar Awad)", 20);
	cp_article_lines(&arena, doc, 5000, &a);
	CHECK_INT(a.lines[0].kind, CP_LINE_CAPTION);
	doc[5000 - 20] = 'x';
	cp_article_lines(&arena, doc, 5000, &a);
	CHECK_INT(a.lines[0].kind, CP_LINE_BODY);
	free(doc);
	cp_arena_free(&arena);
}

int
main(void)
{
	test_utf8();
	test_charmap();
	test_tokenizer();
	test_sentences();
	test_calendar();
	test_sentence_reset();
	test_article_cookies();
	test_article_bounded();
	UNIT_DONE("text");
}
