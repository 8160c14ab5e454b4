/*
 * test_utf8.c: decoding edge cases, character classes per script, case
 * mapping, folding to base letters and word folding.
 */
#include "unit.h"

#include "arena.h"
#include "utf8.h"
#include "wordtab.h"

static void
test_decode(void)
{
	uint32_t	cp = 7;
	char		buf[4];

	CHECK_INT(cp_utf8_decode("", 0, &cp), 0);
	CHECK_INT(cp, 0);
	CHECK_INT(cp_utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4);
	CHECK_INT(cp, 0x1F600);
	/* overlong three and four byte forms, a surrogate, past U+10FFFF */
	CHECK_INT(cp_utf8_decode("\xe0\x80\xaf", 3, &cp), 1);
	CHECK_INT(cp, CP_REPLACEMENT);
	CHECK_INT(cp_utf8_decode("\xf0\x80\x80\xaf", 4, &cp), 1);
	CHECK_INT(cp_utf8_decode("\xed\xa0\x80", 3, &cp), 1);
	CHECK_INT(cp, CP_REPLACEMENT);
	CHECK_INT(cp_utf8_decode("\xf4\x90\x80\x80", 4, &cp), 1);
	/* a lead byte followed by a non-continuation byte */
	CHECK_INT(cp_utf8_decode("\xc3(", 2, &cp), 1);
	CHECK_INT(cp, CP_REPLACEMENT);

	/* encode round-trips every length */
	CHECK_INT(cp_utf8_encode('A', buf), 1);
	CHECK_INT(buf[0], 'A');
	CHECK_INT(cp_utf8_encode(0xE9, buf), 2);
	CHECK(memcmp(buf, "\xc3\xa9", 2) == 0);
	CHECK_INT(cp_utf8_encode(0x20AC, buf), 3);
	CHECK(memcmp(buf, "\xe2\x82\xac", 3) == 0);
	CHECK_INT(cp_utf8_encode(0x1F600, buf), 4);
	CHECK(memcmp(buf, "\xf0\x9f\x98\x80", 4) == 0);

	/* backwards: nothing before 0, a lone trailing byte of a cut sequence */
	CHECK_INT(cp_utf8_decode_back("abc", 0, &cp), 0);
	CHECK_INT(cp, 0);
	CHECK_INT(cp_utf8_decode_back("a\xe2\x82", 3, &cp), 1);
	CHECK_INT(cp, CP_REPLACEMENT);
	CHECK_INT(cp_utf8_decode_back("a\xf0\x9f\x98\x80", 5, &cp), 4);
	CHECK_INT(cp, 0x1F600);
	CHECK_INT(cp_utf8_count("\xf0\x9f\x98\x80\xe2\x82", 6), 3);
}

static void
test_classes(void)
{
	CHECK_INT(cp_uc_class(0x85), CP_UC_SPACE | CP_UC_NEWLINE);
	CHECK_INT(cp_uc_class(0x2029), CP_UC_SPACE | CP_UC_NEWLINE);
	CHECK_INT(cp_uc_class(0x90), CP_UC_CONTROL);	/* C1 control */
	CHECK_INT(cp_uc_class(0x200B), CP_UC_CONTROL);	/* zero-width space */
	CHECK_INT(cp_uc_class(0xAD), CP_UC_CONTROL);	/* soft hyphen */
	CHECK_INT(cp_uc_class(0xA3), CP_UC_PUNCT);	/* pound sign: "£2,500" is one amount */
	CHECK(cp_uc_class(0xA7) & CP_UC_ALPHA);	/* "§" of "FranÃ§ois", UTF-8 read as Latin-1 */
	CHECK_INT(cp_uc_class(0xD7), CP_UC_PUNCT);	/* multiplication sign */
	CHECK(cp_uc_class(0xBD) & CP_UC_ALPHA);	/* "½" stays in "2½" */
	CHECK(cp_uc_class(0xB2) & CP_UC_ALPHA);	/* "²" stays in "m²" */
	CHECK_INT(cp_uc_class(0x3000), CP_UC_SPACE);
	CHECK_INT(cp_uc_class(0x2BC), CP_UC_PUNCT | CP_UC_APOS);	/* modifier apostrophe */
	CHECK_INT(cp_uc_class(0xAA), CP_UC_ALPHA | CP_UC_LOWER);
	/* Latin Extended-A/B take their case from the case maps */
	CHECK_INT(cp_uc_class(0x141), CP_UC_ALPHA | CP_UC_UPPER);	/* Ł */
	CHECK_INT(cp_uc_class(0x142), CP_UC_ALPHA | CP_UC_LOWER);	/* ł */
	CHECK_INT(cp_uc_class(0x138), CP_UC_ALPHA | CP_UC_LOWER);	/* ĸ, caseless */
	CHECK_INT(cp_uc_class(0x1B0), CP_UC_ALPHA | CP_UC_LOWER);	/* ư */
	CHECK_INT(cp_uc_class(0x259), CP_UC_ALPHA | CP_UC_LOWER);	/* IPA schwa */
	CHECK_INT(cp_uc_class(0x301), CP_UC_MARK);
	/* Greek */
	CHECK_INT(cp_uc_class(0x391), CP_UC_ALPHA | CP_UC_UPPER);
	CHECK_INT(cp_uc_class(0x388), CP_UC_ALPHA | CP_UC_UPPER);
	CHECK_INT(cp_uc_class(0x3C9), CP_UC_ALPHA | CP_UC_LOWER);
	CHECK_INT(cp_uc_class(0x37E), CP_UC_PUNCT);	/* Greek question mark */
	/* Cyrillic, with the paired letters past U+045F */
	CHECK_INT(cp_uc_class(0x416), CP_UC_ALPHA | CP_UC_UPPER);
	CHECK_INT(cp_uc_class(0x436), CP_UC_ALPHA | CP_UC_LOWER);
	CHECK_INT(cp_uc_class(0x484), CP_UC_MARK);
	CHECK_INT(cp_uc_class(0x462), CP_UC_ALPHA | CP_UC_UPPER);
	CHECK_INT(cp_uc_class(0x463), CP_UC_ALPHA | CP_UC_LOWER);
	/* Hebrew, Arabic, Indic */
	CHECK_INT(cp_uc_class(0x5B4), CP_UC_MARK);
	CHECK_INT(cp_uc_class(0x5D0), CP_UC_ALPHA);
	CHECK_INT(cp_uc_class(0x615), CP_UC_MARK);
	CHECK_INT(cp_uc_class(0x64E), CP_UC_MARK);
	CHECK_INT(cp_uc_class(0x663), CP_UC_DIGIT);
	CHECK_INT(cp_uc_class(0x6A9), CP_UC_ALPHA);
	CHECK_INT(cp_uc_class(0x915), CP_UC_ALPHA);
	/* Latin Extended Additional pairs, Greek Extended */
	CHECK_INT(cp_uc_class(0x1EA0), CP_UC_ALPHA | CP_UC_UPPER);
	CHECK_INT(cp_uc_class(0x1EA1), CP_UC_ALPHA | CP_UC_LOWER);
	CHECK_INT(cp_uc_class(0x1F00), CP_UC_ALPHA);
	/* punctuation and symbols */
	CHECK_INT(cp_uc_class(0x2026), CP_UC_PUNCT);
	CHECK_INT(cp_uc_class(0x20AC), CP_UC_PUNCT);
	CHECK_INT(cp_uc_class(0x2192), CP_UC_PUNCT);
	CHECK_INT(cp_uc_class(0x3001), CP_UC_PUNCT);
	CHECK_INT(cp_uc_class(CP_REPLACEMENT), CP_UC_PUNCT);
	CHECK_INT(cp_uc_class(0x1F600), CP_UC_PUNCT);
	CHECK_INT(cp_uc_class(0xFE0F), CP_UC_MARK);
	/* CJK, kana and Hangul; fullwidth forms */
	CHECK_INT(cp_uc_class(0x4E2D), CP_UC_ALPHA);
	CHECK_INT(cp_uc_class(0x3042), CP_UC_ALPHA);
	CHECK_INT(cp_uc_class(0xAC00), CP_UC_ALPHA);
	CHECK_INT(cp_uc_class(0xFF11), CP_UC_DIGIT);
	CHECK_INT(cp_uc_class(0xFF21), CP_UC_ALPHA | CP_UC_UPPER);
	CHECK_INT(cp_uc_class(0xFF41), CP_UC_ALPHA | CP_UC_LOWER);
	/* anything else is taken as a letter (Deseret) */
	CHECK_INT(cp_uc_class(0x10400), CP_UC_ALPHA);

	CHECK(cp_uc_is_open_quote(0x201E));
	CHECK(cp_uc_is_open_quote(0xAB));
	CHECK(!cp_uc_is_open_quote(0x201D));
	CHECK(cp_uc_is_close_quote(0x203A));
	CHECK(!cp_uc_is_close_quote('"'));
}

static void
test_case(void)
{
	/* Latin-1 and Latin Extended-A, including the odd/even paired runs */
	CHECK_INT(cp_uc_lower(0xC9), 0xE9);
	CHECK_INT(cp_uc_lower(0xD7), 0xD7);
	CHECK_INT(cp_uc_lower(0x100), 0x101);
	CHECK_INT(cp_uc_lower(0x101), 0x101);
	CHECK_INT(cp_uc_lower(0x130), 'i');
	CHECK_INT(cp_uc_lower(0x149), 0x149);
	CHECK_INT(cp_uc_lower(0x141), 0x142);	/* Ł */
	CHECK_INT(cp_uc_lower(0x17D), 0x17E);	/* Ž */
	CHECK_INT(cp_uc_lower(0x142), 0x142);
	CHECK_INT(cp_uc_lower(0x178), 0xFF);	/* Ÿ */
	CHECK_INT(cp_uc_lower(0x3A3), 0x3C3);	/* Σ */
	CHECK_INT(cp_uc_lower(0x401), 0x451);	/* Ё */
	CHECK_INT(cp_uc_lower(0x490), 0x491);	/* Ґ, as cp_uc_class pairs it */
	CHECK_INT(cp_uc_lower(0x4E8), 0x4E9);	/* Ө */
	CHECK_INT(cp_uc_lower(0x483), 0x483);	/* a combining mark between the pairs */
	CHECK_INT(cp_uc_lower(0x1E0C), 0x1E0D);
	CHECK_INT(cp_uc_lower(0x1E0D), 0x1E0D);
	CHECK_INT(cp_uc_lower(0xFF21), 0xFF41);
	CHECK_INT(cp_uc_lower(0x5D0), 0x5D0);

	CHECK_INT(cp_uc_upper('q'), 'Q');
	CHECK_INT(cp_uc_upper(0xE9), 0xC9);
	CHECK_INT(cp_uc_upper(0xF7), 0xF7);
	CHECK_INT(cp_uc_upper(0xFF), 0x178);
	CHECK_INT(cp_uc_upper(0x131), 'I');
	CHECK_INT(cp_uc_upper(0x17F), 0x17F);
	CHECK_INT(cp_uc_upper(0x142), 0x141);
	CHECK_INT(cp_uc_upper(0x141), 0x141);
	CHECK_INT(cp_uc_upper(0x101), 0x100);
	CHECK_INT(cp_uc_upper(0x100), 0x100);
	CHECK_INT(cp_uc_upper(0x3C9), 0x3A9);	/* ω */
	CHECK_INT(cp_uc_upper(0x3C2), 0x3C2);	/* final sigma stays */
	CHECK_INT(cp_uc_upper(0x436), 0x416);
	CHECK_INT(cp_uc_upper(0x451), 0x401);
	CHECK_INT(cp_uc_upper(0x491), 0x490);
	CHECK_INT(cp_uc_upper(0x490), 0x490);
	CHECK_INT(cp_uc_upper(0x1E0D), 0x1E0C);
	CHECK_INT(cp_uc_upper(0x1E0C), 0x1E0C);
	CHECK_INT(cp_uc_upper(0xFF41), 0xFF21);
	CHECK_INT(cp_uc_upper(0x4E2D), 0x4E2D);
}

static void
test_fold(void)
{
	cp_arena	a;
	size_t		n;
	const char *s;

	CHECK_INT(cp_uc_fold('Q'), 'q');
	CHECK_INT(cp_uc_fold(0xD8), 'o');	/* Ø */
	CHECK_INT(cp_uc_fold(0xDF), 's');	/* ß */
	CHECK_INT(cp_uc_fold(0xF7), 0xF7);	/* ÷ keeps itself */
	CHECK_INT(cp_uc_fold(0x141), 'l');	/* Ł */
	CHECK_INT(cp_uc_fold(0x17F), 's');	/* long s */
	/* Latin Extended Additional (Vietnamese), outside its table */
	CHECK_INT(cp_uc_fold(0x1EA1), 'a');
	CHECK_INT(cp_uc_fold(0x1EDD), 'o');
	CHECK_INT(cp_uc_fold(0x1E9E), 0x1E9E);
	/* Latin Extended-B letters of transliterated names, and the rest */
	CHECK_INT(cp_uc_fold(0x1B0), 'u');	/* ư */
	CHECK_INT(cp_uc_fold(0x218), 's');	/* Ș */
	CHECK_INT(cp_uc_fold(0x21B), 't');	/* ț */
	CHECK_INT(cp_uc_fold(0x1CE), 'a');	/* ǎ */
	CHECK_INT(cp_uc_fold(0x186), 0x186);	/* Ɔ: no base letter here */
	CHECK_INT(cp_uc_fold(0x416), 0x436);	/* other scripts: lower case */

	cp_arena_init(&a);
	s = "  O\xe2\x80\x99" "Brien-Smith, caf\xc3\xa9!  ";
	CHECK_STR(cp_fold_words(&a, s, strlen(s), &n), "obrien smith cafe");
	CHECK_INT(n, 17);
	/* combining accents vanish, other scripts stay, lower-cased */
	s = "Jose\xcc\x81 \xd0\x96\xd0\x91 1,2";
	CHECK_STR(cp_fold_words(&a, s, strlen(s), &n), "jose \xd0\xb6\xd0\xb1 1 2");
	CHECK_STR(cp_fold_words(&a, "...", 3, &n), "");
	CHECK_INT(n, 0);
	cp_arena_free(&a);
}

/* Word lists the rules compare tokens with. */
typedef struct test_word
{
	const char *word;
} test_word;

static void
test_word_lists(void)
{
	static const test_word words[] = {{"inc"}, {"ltd"}, {"corp"}, {"l.p"}};
	static int16_t slots[16];
	static cp_wordtab tab = CP_WORDTAB(words, slots);

	CHECK(cp_bytes_are("EPs", 3, "EPs"));
	CHECK(!cp_bytes_are("EPs", 2, "EPs"));
	CHECK(!cp_bytes_are("EPs", 3, "EP"));
	CHECK(!cp_bytes_are("EP\0s", 4, "EP"));	/* a NUL in the text ends no word */
	CHECK(cp_bytes_are("", 0, ""));
	/* the filter of first bytes and lengths agrees with the lookup */
	CHECK_INT(cp_wordtab_find(&tab, "corp", 4), 2);
	CHECK_INT(cp_wordtab_find(&tab, "l.p", 3), 3);
	CHECK(cp_wordtab_may_hold(&tab, 'c', 4));
	CHECK(!cp_wordtab_may_hold(&tab, 'c', 5));
	CHECK(!cp_wordtab_may_hold(&tab, 'c', 2));
	CHECK(!cp_wordtab_may_hold(&tab, 'C', 4));
	CHECK_INT(cp_wordtab_find(&tab, "Corp", 4), -1);
	CHECK_INT(cp_wordtab_find(&tab, "corps", 5), -1);
}

int
main(void)
{
	cp_set_host(&cp_malloc_host);
	test_decode();
	test_classes();
	test_case();
	test_fold();
	test_word_lists();
	UNIT_DONE("utf8");
}
