/*
 * test_entities.c: NER model file handling, the tagger on news text, titles,
 * in-article names, and bad input.  The model comes from $CORPUS_DATA_DIR.
 */
#include "unit.h"
#include "data_file.h"
#include "entities_check.h"

#include "entities.h"
#include "names.h"
#include "ner.h"

#include <stdio.h>
#include <stdlib.h>

static void
test_kinds(void)
{
	cp_entity_kind k;

	CHECK_STR(cp_entity_kind_name(CP_ENT_PER), "PER");
	CHECK_STR(cp_entity_kind_name(CP_ENT_MISC), "MISC");
	CHECK(cp_entity_kind_parse("ORG", 3, &k) && k == CP_ENT_ORG);
	CHECK(cp_entity_kind_parse("LOC", 3, &k) && k == CP_ENT_LOC);
	CHECK(!cp_entity_kind_parse("PERSON", 6, &k));
	CHECK(!cp_entity_kind_parse("", 0, &k));
}

/* What the parser refuses: short, foreign, truncated and damaged files. */
static void
test_model_files(const char *good, size_t len)
{
	static const char text[] = "not a model at all, just some text that is long enough to have a header"
		"........................................................................................"
		"........................................................................................";
	char		err[1024];
	cp_ner_model *m = NULL;
	char	   *buf = malloc(len);

	CHECK_INT(cp_ner_model_parse("", 0, "empty.bin", &m, err, sizeof(err)), CP_ERR_DATA);
	CHECK(m == NULL && strstr(err, "empty.bin") != NULL);
	CHECK_INT(cp_ner_model_parse(text, sizeof(text) - 1, "text.bin", &m, err, sizeof(err)), CP_ERR_DATA);
	CHECK(strstr(err, "text.bin") != NULL && strstr(err, "not a model file") != NULL);
	/* the real model: its checksum holds; truncated, it does not parse */
	CHECK(cp_ner_model_checksum_ok(good, len));
	memcpy(buf, good, len);
	CHECK_INT(cp_ner_model_parse(buf, len / 2, "half.bin", &m, err, sizeof(err)), CP_ERR_DATA);
	CHECK(m == NULL && strstr(err, "bad size") != NULL);
	CHECK(!cp_ner_model_checksum_ok(buf, len / 2));
	/*
	 * Its lexicon said to be more than half full, then with no empty slot
	 * (a lookup would never end): refused.  The header (416 bytes, then the
	 * lexicon) begins magic, hash_bits, lex_bits, lex_count.
	 */
	{
		uint32_t	lex_bits,
					count,
					full;

		memcpy(&lex_bits, buf + 12, 4);
		memcpy(&count, buf + 16, 4);
		full = (uint32_t) 1 << (lex_bits - 1);
		memcpy(buf + 16, &full, 4);
		CHECK_INT(cp_ner_model_parse(buf, len, "count.bin", &m, err, sizeof(err)), CP_ERR_DATA);
		CHECK(m == NULL && strstr(err, "lexicon") != NULL);
		memcpy(buf + 16, &count, 4);
		memset(buf + 416, 0xff, (size_t) 8 << lex_bits);
		CHECK_INT(cp_ner_model_parse(buf, len, "full.bin", &m, err, sizeof(err)), CP_ERR_DATA);
		CHECK(m == NULL && strstr(err, "lexicon") != NULL);
		memcpy(buf, good, len);
	}
	/* a weight flipped (the last row): parsed, as it is safe; the checksum tells */
	buf[len - 9] ^= 0x40;
	CHECK_INT(cp_ner_model_parse(buf, len, "flipped.bin", &m, err, sizeof(err)), CP_OK);
	CHECK(m != NULL);
	CHECK(!cp_ner_model_checksum_ok(buf, len));
	free(m);
	free(buf);

	/* No model: the extractor refuses rather than returning nothing. */
	{
		cp_arena	arena;
		cp_doc		doc;
		cp_vec		v;

		cp_arena_init(&arena);
		cp_vec_init(&v, sizeof(cp_mention));
		cp_doc_init(&doc, &arena, "John Kerry", 10, NULL);
		CHECK_INT(cp_extract_entities(&doc, &v), CP_ERR_DATA);
		cp_arena_free(&arena);
	}
}

static void
test_news(void)
{
	static const char text[] =
		"Israel and Hamas agree to a pause\n\n"
		"Secretary of State John Kerry met Egyptian President Abdel Fattah al-Sisi in Cairo on "
		"Saturday. Kerry said the United Nations (U.N.) would monitor the truce in the Gaza Strip.\n\n"
		"Sisi told reporters that U.N. Secretary-General Ban Ki-moon had called him. Ban said "
		"aid would reach Rafah within days.";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, strlen(text));
	check_mention(text, &v, "John Kerry", 0, CP_ENT_PER, "John Kerry");
	check_mention(text, &v, "Kerry", 0, CP_ENT_PER, "John Kerry");
	check_mention(text, &v, "Abdel Fattah al-Sisi", 0, CP_ENT_PER, "Abdel Fattah al-Sisi");
	check_mention(text, &v, "Sisi", 0, CP_ENT_PER, "Abdel Fattah al-Sisi");
	check_mention(text, &v, "Cairo", 0, CP_ENT_LOC, "Cairo");
	check_mention(text, &v, "Egyptian", 0, CP_ENT_MISC, "Egyptian");
	check_mention(text, &v, "United Nations", 0, CP_ENT_ORG, "United Nations");
	/* Defined in the article, then used alone. */
	check_mention(text, &v, "U.N.", 1, CP_ENT_ORG, "United Nations");
	check_mention(text, &v, "Ban Ki-moon", 0, CP_ENT_PER, "Ban Ki-moon");
	check_mention(text, &v, "Ban", 0, CP_ENT_PER, "Ban Ki-moon");
	check_mention(text, &v, "Gaza Strip", 0, CP_ENT_LOC, "Gaza Strip");
	/* Sentences count as corpus.sentences() counts them: the headline is 1. */
	CHECK_INT(find(text, &v, "John Kerry", 0) ? find(text, &v, "John Kerry", 0)->sentence : 0, 2);
	cp_arena_free(&arena);
}

/*
 * A dateline's or a headline's name in capitals is named as the story
 * writes it; an initialism the article writes only in capitals keeps its
 * letters.
 */
static void
test_names_in_capitals(void)
{
	static const char text[] =
		"GAZA CITY, Gaza Strip (AP) \xe2\x80\x94 Rockets fell on Gaza City on Sunday, "
		"officials said. John Kerry flew to Cairo. KERRY SAID THE TALKS WOULD GO ON.\n\n"
		"Auditors from KPMG met officials in Brussels.";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, strlen(text));
	check_mention(text, &v, "GAZA CITY", 0, CP_ENT_LOC, "Gaza City");
	check_mention(text, &v, "KERRY", 0, CP_ENT_PER, "John Kerry");
	check_mention(text, &v, "KPMG", 0, CP_ENT_ORG, "KPMG");
	cp_arena_free(&arena);
}

static void
test_particles(void)
{
	static const char text[] =
		"Crown Prince Mohammed bin Salman met Sheikh Tamim bin Hamad al-Thani. "
		"Police said Hassan al-Turabi and Ayman al-Zawahiri had fled. "
		"The paintings of Vincent van Gogh and the music of Ludwig van Beethoven. "
		"Mr. Smith met Gen. Martin Dempsey in London.";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, strlen(text));
	/* particles and article prefixes stay inside a person's name, titles outside */
	check_mention(text, &v, "Mohammed bin Salman", 0, CP_ENT_PER, "Mohammed bin Salman");
	check_mention(text, &v, "Tamim bin Hamad al-Thani", 0, CP_ENT_PER, "Tamim bin Hamad al-Thani");
	check_mention(text, &v, "Hassan al-Turabi", 0, CP_ENT_PER, "Hassan al-Turabi");
	check_mention(text, &v, "Ayman al-Zawahiri", 0, CP_ENT_PER, "Ayman al-Zawahiri");
	check_mention(text, &v, "Vincent van Gogh", 0, CP_ENT_PER, "Vincent van Gogh");
	check_mention(text, &v, "Ludwig van Beethoven", 0, CP_ENT_PER, "Ludwig van Beethoven");
	check_mention(text, &v, "Martin Dempsey", 0, CP_ENT_PER, "Martin Dempsey");
	check_mention(text, &v, "London", 0, CP_ENT_LOC, "London");
	cp_arena_free(&arena);
}

static void
test_builtin_acronym(void)
{
	static const char text[] = "The U.N. said on Monday that talks would resume.";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, strlen(text));
	check_mention(text, &v, "U.N.", 0, CP_ENT_ORG, "United Nations");
	cp_arena_free(&arena);
}

static void
test_bad_input(void)
{
	cp_arena	arena;
	cp_vec		v;
	char	   *big;
	size_t		n = 3 * 1024 * 1024;
	static const char ctrl[] = "John\x01Kerry\x7f met \x1b[31mHamas\x00 in Doha";
	static const char badutf[] = "\xff\xfe Kerry \xc3 met \xe2\x82 Ban \xf0\x9f\x98 in Gaza \x80";

	cp_arena_init(&arena);
	v = run(&arena, "", 0);
	CHECK_INT(v.count, 0);
	v = run(&arena, " \n\t\n  ", 6);
	CHECK_INT(v.count, 0);
	run(&arena, ctrl, sizeof(ctrl) - 1);
	run(&arena, badutf, sizeof(badutf) - 1);
	cp_arena_free(&arena);

	/* Pathological repetition: one huge "sentence" of capitalized words,
	 * and a very long run without spaces. */
	big = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		big[i] = "John Kerry "[i % 11];
	cp_arena_init(&arena);
	v = run(&arena, big, n);
	CHECK(v.count > 0);
	cp_arena_free(&arena);
	memset(big, 'A', n);
	cp_arena_init(&arena);
	run(&arena, big, n);
	cp_arena_free(&arena);
	for (size_t i = 0; i < n; i++)
		big[i] = "(U.N.) "[i % 7];
	cp_arena_init(&arena);
	run(&arena, big, n);
	cp_arena_free(&arena);
	free(big);
}

/* A dateline opens with a place; punctuation and dashes end names. */
static void
test_datelines_and_punctuation(void)
{
	static const char text[] =
		"Strikes continue overnight\n"
		"KHAN YOUNIS, Gaza Strip (Wire) \xe2\x80\x94 Families left their homes on Monday, "
		"a statement by the Red Crescent (PRCS) said.";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, strlen(text));
	check_mention(text, &v, "KHAN YOUNIS", 0, CP_ENT_LOC, "KHAN YOUNIS");
	/* the agency in brackets before the dateline's dash */
	check_mention(text, &v, "Wire", 0, CP_ENT_ORG, "Wire");
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);

		/* no mention runs over the dash or a bracket it did not open */
		CHECK(memchr(text + m->start, '\xe2', m->len) == NULL);
		CHECK(m->len == 0 || text[m->start + m->len - 1] != '(');
		CHECK(!(memchr(text + m->start, ')', m->len) && !memchr(text + m->start, '(', m->len)));
	}
	cp_arena_free(&arena);
}

/* The tagger once took a "|" for a name (found by fuzz_entities): no such mention. */
static void
test_keyless_mention(void)
{
	static const char text[] = "CAIRO\xe0\x1d\x7fm U.S. \0\0\0EU\xe8\0\0\0\0\0\"We | "
		"\xd4\xe8\xae\x8c\xfe\x7f\0\0";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	CHECK(v.count >= 1);
	cp_arena_free(&arena);
}

/*
 * More distinct people than the name index first holds (64 slots): it grows,
 * every full name stays its own, and a later family name alone finds its
 * full name.  (People of one family in one article are still merged into
 * the fullest name: see doc/entities.md.)
 */
static void
test_many_people(void)
{
	static const char *const given[] = {"John", "Mary", "Ahmed", "Fatima", "Peter", "Anna",
	"Omar", "Leila", "David", "Sarah", "Yusuf", "Maria"};
	static const char *const head[] = {"Har", "Mor", "Kal", "Pet", "Nas", "Daw", "Rah", "Fis",
	"Man", "Whit", "Sal", "Bren", "Gor", "Tal", "Ves", "Lin"};
	static const char *const tail[] = {"dad", "gan", "lil", "erson", "ser", "son", "man", "cher",
	"sour", "aker", "eh", "nan"};
	char		text[16384];
	size_t		len = 0;
	size_t		people = 0,
				own = 0;
	cp_arena	arena;
	cp_vec		v;

	for (size_t t = 0; t < 12; t++)
		for (size_t h = 0; h < 16; h++)
			len += (size_t) snprintf(text + len, sizeof(text) - len, "%s %s%s said on Monday.\n",
									 given[(t + h) % 12], head[h], tail[t]);
	len += (size_t) snprintf(text + len, sizeof(text) - len, "Later, Linnan said no more.\n");
	cp_arena_init(&arena);
	v = run(&arena, text, len);
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);

		if (m->kind != CP_ENT_PER || memchr(text + m->start, ' ', m->len) == NULL)
			continue;
		people++;
		if (m->name_len == m->len && memcmp(m->name, text + m->start, m->len) == 0)
			own++;
	}
	CHECK(people >= 170);
	CHECK_INT(own, people);
	check_mention(text, &v, "Linnan", 0, CP_ENT_PER, "Ahmed Linnan");
	cp_arena_free(&arena);
}

/*
 * A title opening a mention tagged as an organization makes it a person,
 * but "General" alone does not ("General Motors"), unless joined to another
 * title ("General-Secretary"), nor a title that is a common word before
 * another common word ("Premier League", "Foreign Trade" whole).
 */
static void
test_person_titles(void)
{
	static const char text[] =
		"Secretary-General Ban Ki-moon arrived.\n"
		"General Motors cut 400 jobs in Detroit.\n"
		"Chelsea lead the Premier League after a win.\n"
		"A spokesman for the Ministry of Foreign Trade said prices rose.\n";
	cp_arena	arena;
	cp_vec		v;
	const cp_mention *m;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Ban Ki-moon", 0, CP_ENT_PER, "Ban Ki-moon");
	check_mention(text, &v, "General Motors", 0, CP_ENT_ORG, "General Motors");
	m = find(text, &v, "Premier League", 0);
	CHECK(m != NULL && m->kind != CP_ENT_PER);
	check_mention(text, &v, "Ministry of Foreign Trade", 0, CP_ENT_ORG, "Ministry of Foreign Trade");
	cp_arena_free(&arena);
}

/*
 * The label of a row of company results is an item of the accounts, not a
 * name; a place that labels a row, a name of more words, and a company in
 * a sentence with its verb stay.  Nor is a common word that opens the body
 * after a dateline.
 */
static void
test_results_rows(void)
{
	static const char text[] =
		"BOSTON, March 4 - Shr profit three cts vs loss 44 cts\n\n"
		"Oper net 1,200,000 vs 900,000\n\n"
		"Qtly div five cts vs five cts prior\n\n"
		"U.K. 28.7 mln vs 27.2 mln\n\n"
		"Shr Holdings 3 mln vs 2 mln\n\n"
		"Exxon earned 5 mln dlrs vs 4 mln dlrs.\n\n"
		"Chevron reported 3 mln dlrs vs 2 mln dlrs.\n\n"
		"MINNEAPOLIS, April 7 - An estimated 109 plants closed, an official said.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);
		const char *w = text + m->start;

		CHECK(!(m->len == 3 && memcmp(w, "Shr", 3) == 0) &&
			  !(m->len == 4 && (memcmp(w, "Oper", 4) == 0 || memcmp(w, "Qtly", 4) == 0)) &&
			  !(m->len == 2 && memcmp(w, "An", 2) == 0));
	}
	check_mention(text, &v, "BOSTON", 0, CP_ENT_LOC, "BOSTON");
	check_mention(text, &v, "U.K.", 0, CP_ENT_LOC, "United Kingdom");
	check_mention(text, &v, "Shr Holdings", 0, CP_ENT_ORG, "Shr Holdings");
	check_mention(text, &v, "Exxon", 0, CP_ENT_ORG, "Exxon");
	check_mention(text, &v, "Chevron", 0, CP_ENT_ORG, "Chevron");
	cp_arena_free(&arena);
}

/*
 * A clear context gives a name its kind in the whole article: apposition to
 * an organization's noun, a striker or shares after it, a manager of it;
 * shares, to a name read as a place that no gazetteer holds.  Nouns a person can be, and
 * adjectives after an article, give nothing.
 */
static void
test_organization_context(void)
{
	static const char text[] =
		"Russian oil giant Volkora has sued the government. Volkora said the claims were false.\n\n"
		"Brimworth boss Jose Mourinho was pleased. Brimworth won again on Saturday.\n\n"
		"British publisher Robert Maxwell spoke. Maxwell said no.\n\n"
		"Money lender Shylock appears in a play. Shylock is a character.\n\n"
		"He told the Japanese daily Hakuro Shimbun that prices would fall.\n\n"
		"Brastow manager Arno Keller expects a hard match.\n\n"
		"Trading in Lucarno shares was suspended in Zurich. Lucarno is based in Basel. "
		"London shares fell.\n\n"
		"The cooperation with the Hartmann newspaper ended.\n\n"
		"Cofinec said Ketofi had a weak year. Laszlo Sebesvari will be leaving Ketofi.\n"
		"\"I will serve as acting chief executive officer of Ketofi,\" Frater said.\n\n"
		"The Commission cleared the acquisition of Austrian food retail chain Marbella by Rewe.\n\n"
		"Bill Martin, economist at brokers Phillips and Drew, said a cut was likely.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Marbella", 0, CP_ENT_ORG, "Marbella");
	/* the firm of two surnames whole (tag_surname_firms) */
	check_mention(text, &v, "Phillips and Drew", 0, CP_ENT_ORG, "Phillips and Drew");
	check_mention(text, &v, "Volkora", 0, CP_ENT_ORG, "Volkora");
	check_mention(text, &v, "Volkora", 1, CP_ENT_ORG, "Volkora");
	check_mention(text, &v, "Brimworth", 1, CP_ENT_ORG, "Brimworth");
	check_mention(text, &v, "Robert Maxwell", 0, CP_ENT_PER, "Robert Maxwell");
	check_mention(text, &v, "Shylock", 1, CP_ENT_PER, "Shylock");
	check_mention(text, &v, "Hakuro Shimbun", 0, CP_ENT_ORG, "Hakuro Shimbun");
	check_mention(text, &v, "Brastow", 0, CP_ENT_ORG, "Brastow");
	check_mention(text, &v, "Lucarno", 1, CP_ENT_ORG, "Lucarno");
	check_mention(text, &v, "London", 0, CP_ENT_LOC, "London");
	check_mention(text, &v, "Hartmann", 0, CP_ENT_ORG, "Hartmann");
	check_mention(text, &v, "Ketofi", 1, CP_ENT_ORG, "Ketofi");
	cp_arena_free(&arena);
}

/*
 * The article after a dateline's dash opens the sentence: no part of the
 * name after it; a dash after a name is no dateline's, and a work's title
 * keeps its article.
 */
static void
test_article_after_dateline(void)
{
	static const char text[] =
		"LONDON, March 17 - The Bank of England said it provided the money market with help.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Bank of England", 0, CP_ENT_ORG, "Bank of England");
	CHECK(find(text, &v, "The Bank of England", 0) == NULL);
	cp_arena_free(&arena);
}

/*
 * A firm's name with a comma inside, read as a name, a comma and a firm:
 * one organization; not two firms listed, the second with initials.
 */
static void
test_comma_firms(void)
{
	static const char text[] =
		"The offering will be managed by Kidder, Peabody and Co Inc, the company said.\n\n"
		"Underwriters include Citicorp, J.P. Morgan and Co.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Kidder, Peabody and Co Inc", 0, CP_ENT_ORG, "Kidder, Peabody and Co Inc");
	CHECK(find(text, &v, "Citicorp, J.P. Morgan and Co", 0) == NULL);
	cp_arena_free(&arena);
}

/*
 * A firm named after two people, read as two surnames: one organization
 * when neither word stands apart in the article and the pair stands twice
 * or after a firm's noun; with its legal form when the tagger began the
 * name at the second word, and its short form after it.  Two people named in full stay two people.
 */
static void
test_surname_firms(void)
{
	static const char twice[] =
		"LONDON, May 4 - Stocks of cocoa will rise this season, the dealer house Gill and Duffus "
		"said in its quarterly report.\n\nGill and Duffus said West African crops were large.\n";
	static const char cue[] =
		"The bank's profits will fall, said Peter Mayhew, an economist at stockbrokers Phillips "
		"and Drew in London.\n";
	static const char form[] =
		"CHICAGO, May 4 - Rodman and Renshaw Capital Group Inc said it sold its Boston unit.\n";
	static const char short_form[] =
		"WASHINGTON, March 30 - Kaufman and Board Inc said it lowered its stake in Quaker State Oil "
		"Refining Corp to 6.9 pct.\n\nIn a filing with the Securities and Exchange Commission, the "
		"Kaufman and Board group said it sold 325,000 shares.\n";
	static const char people[] =
		"Senator John Glenn and Senator John Warner met on Monday.  Glenn and Warner said the "
		"plan was dead.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, twice, sizeof(twice) - 1);
	check_mention(twice, &v, "Gill and Duffus", 0, CP_ENT_ORG, "Gill and Duffus");
	check_mention(twice, &v, "Gill and Duffus", 1, CP_ENT_ORG, "Gill and Duffus");
	v = run(&arena, cue, sizeof(cue) - 1);
	check_mention(cue, &v, "Phillips and Drew", 0, CP_ENT_ORG, "Phillips and Drew");
	v = run(&arena, form, sizeof(form) - 1);
	check_mention(form, &v, "Rodman and Renshaw Capital Group Inc", 0, CP_ENT_ORG,
				  "Rodman and Renshaw Capital Group Inc");
	/* its short form, the second word read as an organization of its own */
	v = run(&arena, short_form, sizeof(short_form) - 1);
	check_mention(short_form, &v, "Kaufman and Board", 0, CP_ENT_ORG, "Kaufman and Board Inc");
	v = run(&arena, people, sizeof(people) - 1);
	CHECK(find(people, &v, "Glenn and Warner", 0) == NULL);
	cp_arena_free(&arena);
}

/*
 * "Ontario-based" is an adjective of its own, and what follows it an
 * organization ("Soviet-made" one before the thing made); "Farmer-Owned", in
 * title case, is a word of the name.
 */
static void
test_based_organization(void)
{
	static const char text[] =
		"The acquisition will beef up Markham, Ontario-based Velmar's North American car and "
		"truck business.\n";
	static const char grain[] =
		"Wheat stocks in the Farmer-Owned Grain Reserve rose last week, the department said.\n";
	static const char made[] =
		"The missile was based on a Chinese version of the Soviet-made Frog and had been fired at "
		"Basra.\n\nIran acknowledged it had acquired Chinese-made Silkworm missiles.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Ontario-based", 0, CP_ENT_MISC, "Ontario-based");
	check_mention(text, &v, "Velmar", 0, CP_ENT_ORG, "Velmar");
	/* in title case, one name */
	v = run(&arena, grain, sizeof(grain) - 1);
	CHECK(find(grain, &v, "Farmer-Owned Grain Reserve", 0) != NULL);
	/* the maker's adjective apart from the thing made */
	v = run(&arena, made, sizeof(made) - 1);
	check_mention(made, &v, "Soviet-made", 0, CP_ENT_MISC, "Soviet-made");
	check_mention(made, &v, "Chinese-made", 0, CP_ENT_MISC, "Chinese-made");
	CHECK(find(made, &v, "Silkworm", 0) != NULL);
	cp_arena_free(&arena);
}

/*
 * A name after a lower-case prefix of stance is one other name with it;
 * a word after the prefix in lower case is none.
 */
static void
test_prefixed_names(void)
{
	static const char text[] =
		"The pro-European party lost seats to anti-Semitic groups, while anti-inflation policy "
		"stayed popular.\n";
	static const char opening[] =
		"CAIRO, June 29 - Egypt will hold its output. Non-OPEC Egypt has pledged to restrain "
		"output. Pan-European groups agreed. Non-Ferrous output rose. Anti-Doping rules were set.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	CHECK(find(text, &v, "anti-inflation", 0) == NULL);
	check_mention(text, &v, "pro-European", 0, CP_ENT_MISC, "pro-European");
	check_mention(text, &v, "anti-Semitic", 0, CP_ENT_MISC, "anti-Semitic");
	/* the prefix's capital at a sentence's opening: initials or a people's word only */
	v = run(&arena, opening, sizeof(opening) - 1);
	check_mention(opening, &v, "Non-OPEC", 0, CP_ENT_MISC, "Non-OPEC");
	check_mention(opening, &v, "Pan-European", 0, CP_ENT_MISC, "Pan-European");
	CHECK(find(opening, &v, "Non-Ferrous", 0) == NULL);
	CHECK(find(opening, &v, "Anti-Doping", 0) == NULL);
	cp_arena_free(&arena);
}

/* A name that ends as only an organization's do is one, whatever the tagger said. */
static void
test_organization_ends(void)
{
	static const char text[] =
		"Relations are good, a Foreign Ministry spokesman told reporters.\n"
		"Martin Marietta Corp said it would bid.\n";
	/* the article the tagger took in at a sentence's start or after a dash is not the body's name's */
	static const char article[] =
		"WASHINGTON, March 3 - The International Development Association said it approved a "
		"credit of 40 mln dlrs to Kenya.\n\n"
		"The Commerce Department said on Friday it would review the quota. The Treasury Department "
		"agreed.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Foreign Ministry", 0, CP_ENT_ORG, "Foreign Ministry");
	check_mention(text, &v, "Martin Marietta Corp", 0, CP_ENT_ORG, "Martin Marietta Corp");
	v = run(&arena, article, sizeof(article) - 1);
	check_mention(article, &v, "International Development Association", 0, CP_ENT_ORG,
				  "International Development Association");
	check_mention(article, &v, "Commerce Department", 0, CP_ENT_ORG, "Commerce Department");
	check_mention(article, &v, "Treasury Department", 0, CP_ENT_ORG, "Treasury Department");
	cp_arena_free(&arena);
}

/*
 * A one-word person listed among more organizations is one of them; a list
 * of one of each, or of more people, stays as tagged.
 */
static void
test_listed_kinds(void)
{
	static const char text[] =
		"Search engines such as IBM, Microsoft and Zorbly compete for users.\n"
		"He served under presidents Nixon and Ford before he retired.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Zorbly", 0, CP_ENT_ORG, "Zorbly");
	check_mention(text, &v, "Nixon", 0, CP_ENT_PER, "Nixon");
	cp_arena_free(&arena);
}

/*
 * A company's short form takes the shortest full name with a legal form
 * that it starts, of one word or more, and a word of a short form taken
 * for a person follows it; an organization's word does not take a longer
 * name that is not a company's ("the Senate" is not its committee), nor
 * does a place ("New Zealand" is not "New Zealand Steel Ltd").
 */
static void
test_company_short_forms(void)
{
	static const char text[] =
		"Texaco Inc and Texaco Canada Inc reported higher profits. Texaco said sales rose.\n\n"
		"The Senate Finance Committee met on Monday. The Senate voted later.\n\n"
		"Brandt Voller Corp agreed to buy Kessan on Monday. Brandt Voller said the price was "
		"fair. Voller said it would close the deal soon.\n\n"
		"New Zealand Steel Ltd cut jobs. New Zealand will feel it.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Texaco", 0, CP_ENT_ORG, "Texaco Inc");
	check_mention(text, &v, "Senate", 0, CP_ENT_ORG, "Senate");
	check_mention(text, &v, "Brandt Voller", 0, CP_ENT_ORG, "Brandt Voller Corp");
	check_mention(text, &v, "Voller", 0, CP_ENT_ORG, "Brandt Voller Corp");
	check_mention(text, &v, "New Zealand", 0, CP_ENT_LOC, "New Zealand");
	cp_arena_free(&arena);
}

/*
 * Streets, roads and rivers are places, whatever the tagger read; two of
 * them joined by "and" are two names, and a numbered road takes the number
 * the tagger left out.
 */
static void
test_streets_and_roads(void)
{
	static const char text[] =
		"Volunteers worked along Mill Street on Thursday. Water in the Cedar River rose at noon. "
		"Two bridges, on Oak Avenue and Route 9, remained closed.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Mill Street", 0, CP_ENT_LOC, "Mill Street");
	check_mention(text, &v, "Cedar River", 0, CP_ENT_LOC, "Cedar River");
	check_mention(text, &v, "Oak Avenue", 0, CP_ENT_LOC, "Oak Avenue");
	check_mention(text, &v, "Route 9", 0, CP_ENT_LOC, "Route 9");
	cp_arena_free(&arena);
}

/* A name does not end with a lower-case word, unless a place's name ends so. */
static void
test_lower_case_end(void)
{
	static const char text[] =
		"Flood water rose as the Cedar River crested on Thursday. He moved to New york last year.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Cedar River", 0, CP_ENT_LOC, "Cedar River");
	check_mention(text, &v, "New york", 0, CP_ENT_LOC, "New york");
	cp_arena_free(&arena);
}

/* Cells of a table in plain text are no name, however the tagger read the row. */
static void
test_table_columns(void)
{
	static const char text[] =
		"WASHINGTON, April 9 - The U.S. Agriculture Department detailed corn supply as follows.\n\n"
		"USSR CORN\n\n1986/87            1985/86\n\n"
		"Start Stocks  N.A.    N.A.     N.A.    N.A.\n\n"
		"Production   12.50   12.50    14.40   14.40\n\n"
		"Exports        Nil     Nil      Nil     Nil\n\n"
		"End Stocks    N.A.    N.A.     N.A.    N.A.\n";
	cp_arena	arena;
	cp_vec		v;
	bool		crossed = false;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	for (size_t i = 0; i < v.count; i++)
	{
		const cp_mention *m = &CP_VEC_AT(&v, cp_mention, i);

		for (uint32_t k = 0; k + 3 <= m->len; k++)
			crossed = crossed || memcmp(text + m->start + k, "   ", 3) == 0;
	}
	CHECK(!crossed);
	check_mention(text, &v, "U.S. Agriculture Department", 0, CP_ENT_ORG, "U.S. Agriculture Department");
	cp_arena_free(&arena);
}

/* An agency's code before a dash ("RTRS -") is no dateline's place; the town is. */
static void
test_agency_before_dash(void)
{
	static const char text[] =
		"RTRS - Tennis - Muster upset, Philippoussis wins, Stoltenberg loses.\n"
		"SYDNEY 1996-08-23\n"
		"Thomas Muster was beaten in the first round on Friday.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "RTRS", 0, CP_ENT_ORG, "RTRS");
	check_mention(text, &v, "SYDNEY", 0, CP_ENT_LOC, "SYDNEY");
	cp_arena_free(&arena);
}

/* A legal form after a comma is the company's name's ("Alphabet, Inc."), not a name of its own. */
static void
test_comma_legal_form(void)
{
	static const char text[] =
		"Shares of Alphabet, Inc. rose on Monday. Petroleos de Venezuela, S.A. said it will sign a "
		"contract. Real Madrid, AC Milan and Ajax drew. Expectations that Cofinec S.A., the bourse's "
		"first foreign listing, would rise were dashed.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Alphabet, Inc.", 0, CP_ENT_ORG, "Alphabet, Inc.");
	check_mention(text, &v, "Petroleos de Venezuela, S.A.", 0, CP_ENT_ORG, "Petroleos de Venezuela, S.A.");
	check_mention(text, &v, "Real Madrid", 0, CP_ENT_ORG, "Real Madrid");
	check_mention(text, &v, "Cofinec S.A.", 0, CP_ENT_ORG, "Cofinec S.A.");
	cp_arena_free(&arena);
}

/*
 * A legal form in lower case right after a firm's name is the name's, as
 * wires write it ("Reynolds Metals co said"); not one a name follows.
 */
static void
test_lower_case_legal_form(void)
{
	static const char text[] =
		"RICHMOND, Va., June 18 - Reynolds Metals co said it plans to restart a smelter. "
		"Monarch Capital corp said its board has called a meeting.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Reynolds Metals co", 0, CP_ENT_ORG, "Reynolds Metals co");
	check_mention(text, &v, "Monarch Capital corp", 0, CP_ENT_ORG, "Monarch Capital corp");
	cp_arena_free(&arena);
}

/*
 * A name's "'s" before a verb of saying is the name's, a firm's ("Moody's
 * noted", "McDonald's said"); not before a noun ("Exxon's reported profit",
 * "Coastal's notes").
 */
static void
test_possessive_before_saying(void)
{
	static const char text[] =
		"The debt would not help earnings, and Moody's noted that GAF has losses. "
		"McDonald's said profits rose. Exxon's reported profit rose. Raised were Coastal's notes.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Moody's", 0, CP_ENT_ORG, "Moody's");
	check_mention(text, &v, "McDonald's", 0, CP_ENT_ORG, "McDonald's");
	check_mention(text, &v, "Exxon", 0, CP_ENT_ORG, "Exxon");
	check_mention(text, &v, "Coastal", 0, CP_ENT_ORG, "Coastal");
	cp_arena_free(&arena);
}

/*
 * A company's short form after initials ("Sainsbury" of "J. Sainsbury
 * PLC"), and its initials without the legal form ("IBM").
 */
static void
test_company_initials(void)
{
	static const char text[] =
		"J. Sainsbury PLC said profits rose. Sainsbury said sales were strong.\n\n"
		"International Business Machines Corp cut prices. IBM said demand was weak.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Sainsbury", 0, CP_ENT_ORG, "J. Sainsbury PLC");
	check_mention(text, &v, "IBM", 0, CP_ENT_ORG, "International Business Machines Corp");
	cp_arena_free(&arena);
}

/* "U.S.-led" is one adjective, as "Moscow-backed" is, though the tokenizer cuts it after "U.S." */
static void
test_attached_suffix(void)
{
	static const char text[] = "The U.S.-led coalition and a Moscow-backed group signed the truce.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "U.S.-led", 0, CP_ENT_MISC, "U.S.-led");
	check_mention(text, &v, "Moscow-backed", 0, CP_ENT_MISC, "Moscow-backed");
	cp_arena_free(&arena);
}

/* The plural of an organization's noun before a name: "oil companies Norsk Hydro". */
static void
test_plural_organization_nouns(void)
{
	static const char text[] =
		"Shares rose after oil companies Norsk Hydro and Statoil raised output. Analysts at "
		"brokerage firms Kessler Wentz cut targets.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Norsk Hydro", 0, CP_ENT_ORG, "Norsk Hydro");
	check_mention(text, &v, "Kessler Wentz", 0, CP_ENT_ORG, "Kessler Wentz");
	cp_arena_free(&arena);
}

/* A country's letters of the built-in list are a place, though the tagger read a company. */
static void
test_country_letters(void)
{
	static const char text[] =
		"The firm plans to offload its US gaming division to BLB Investors. US gaming consortium "
		"BLB will pay.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "US", 0, CP_ENT_LOC, "United States");
	check_mention(text, &v, "US", 1, CP_ENT_LOC, "United States");
	check_mention(text, &v, "BLB Investors", 0, CP_ENT_ORG, "BLB Investors");
	cp_arena_free(&arena);
}

/* A club's player or manager after a name makes it the club: "Former Chelsea captain". */
static void
test_club_parts(void)
{
	static const char text[] =
		"Chelsea take on Barcelona on Wednesday. Former Chelsea captain Marcel Desailly says there "
		"is no comparison. Everyone knows about Chelsea now.\n";
	static const char read_club[] =
		"Bordeaux coach Jean Dupont said he was pleased. The defender moved to Bordeaux in May. He "
		"said life in Bordeaux was good.\n\n"
		"Dundee coach Jean Dupont said he was pleased. The defender moved to Dundee in May. He said "
		"life in Dundee was good.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Chelsea", 0, CP_ENT_ORG, "Chelsea");
	check_mention(text, &v, "Chelsea", 2, CP_ENT_ORG, "Chelsea");
	check_mention(text, &v, "Marcel Desailly", 0, CP_ENT_PER, "Marcel Desailly");
	/* the club where the tagger read it so before its part, and the town elsewhere */
	v = run(&arena, read_club, sizeof(read_club) - 1);
	check_mention(read_club, &v, "Bordeaux", 1, CP_ENT_ORG, "Bordeaux");
	check_mention(read_club, &v, "Dundee", 2, CP_ENT_ORG, "Dundee");
	cp_arena_free(&arena);
}

/*
 * A plural of a competition's sides right before one name makes it a club,
 * though a city's or a person's; not a country's side, nor persons listed.
 */
static void
test_side_heads(void)
{
	static const char text[] =
		"Two other sides lost at the weekend, including last year's losing finalists Marsala.\n\n"
		"He left Fratton Park for rivals Saints earlier in December.\n\n"
		"World champions Germany beat Malta 5-0.\n\n"
		"Olympic champions Michael Johnson and Marie-Jose Perec will run in Zurich.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Marsala", 0, CP_ENT_ORG, "Marsala");
	check_mention(text, &v, "Saints", 0, CP_ENT_ORG, "Saints");
	check_mention(text, &v, "Germany", 0, CP_ENT_LOC, "Germany");
	check_mention(text, &v, "Michael Johnson", 0, CP_ENT_PER, "Michael Johnson");
	cp_arena_free(&arena);
}

/*
 * A noun next to a name states its kind for the whole article: before it,
 * after an article too ("the band", "the river", "the album"), or heading
 * an apposition ("Vantrell, a Texas company,"), or after "is" as an
 * encyclopedia's article opens, brackets between.  Not the apposition of a
 * longer name the tagger cut ("of Belgium, a ... company"), though "of"
 * after a lower-case word begins no name ("the case of Dranvik, a ...
 * company"); nor a noun before a name cut short ("the airline Zambia
 * Airways").
 */
static void
test_stated_kind(void)
{
	static const char text[] =
		"Last night the band Franz Ferdinand played a long set. Franz Ferdinand will tour.\n\n"
		"Shares rose after Vantrell, a Texas company, reported higher profits.\n\n"
		"The boat sank in the river Thames near the old bridge.\n\n"
		"Ice conditions are unchanged at the Soviet Baltic oil port of Ventspils, with drift ice.\n\n"
		"She first heard the album Abbey Road as a teenager.\n\n"
		"The town of Marnsby lies on the coast.\n\n"
		"He joined National Holdings Co of Belgium, a private investment company, in May.\n\n"
		"The report cites the case of Dranvik, a Russian oil company that paid more tax.\n\n"
		"A Sarajevo daily newspaper, Dnevi Avaz, said so. The director of the film, Vinod Pande, "
		"said so too.\n";
	static const char copula[] =
		"The show was long.\n\n"
		"Vexley are a Scottish rock band formed in Glasgow in 2002. Vexley played in Leeds.\n\n"
		"Europe is a logical step for the company, Kestrel said.\n\n"
		"Laura Ashley was founded in Wales. Laura Ashley opened shops in Paris. Rome was founded in "
		"753 BC.\n\n"
		"Tarvekai () is a town, and a subdivision of the district. Tarvekai lies high.\n\n"
		"Dunmere Hillfort is a Roman refuge fort near Kestwick.\n\n"
		"Golden Arrows is the second single by the group.\n\n"
		"Skating duo Anna Kerr and Tom Dunne won. Li Wenhua, a quiet official in Hengbo village, spoke.\n\n"
		"Talks began with the head of the Vardek \xe2\x80\x94 the Kelvish intelligence service \xe2\x80\x94 in May.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Franz Ferdinand", 0, CP_ENT_ORG, "Franz Ferdinand");
	check_mention(text, &v, "Franz Ferdinand", 1, CP_ENT_ORG, "Franz Ferdinand");
	check_mention(text, &v, "Vantrell", 0, CP_ENT_ORG, "Vantrell");
	check_mention(text, &v, "Thames", 0, CP_ENT_LOC, "Thames");
	check_mention(text, &v, "Ventspils", 0, CP_ENT_LOC, "Ventspils");
	check_mention(text, &v, "Abbey Road", 0, CP_ENT_MISC, "Abbey Road");
	check_mention(text, &v, "Marnsby", 0, CP_ENT_LOC, "Marnsby");
	check_mention(text, &v, "Belgium", 0, CP_ENT_LOC, "Belgium");
	check_mention(text, &v, "Dranvik", 0, CP_ENT_ORG, "Dranvik");
	/* the noun before the name between commas; not a noun after "of" */
	check_mention(text, &v, "Dnevi Avaz", 0, CP_ENT_ORG, "Dnevi Avaz");
	check_mention(text, &v, "Vinod Pande", 0, CP_ENT_PER, "Vinod Pande");
	/* after "is", "are", "was", "were", as an encyclopedia's article opens; not after a preposition */
	v = run(&arena, copula, sizeof(copula) - 1);
	check_mention(copula, &v, "Vexley", 0, CP_ENT_ORG, "Vexley");
	check_mention(copula, &v, "Vexley", 1, CP_ENT_ORG, "Vexley");
	check_mention(copula, &v, "Europe", 0, CP_ENT_LOC, "Europe");
	/* founded: an organization, or a place the tagger read as one, never a person */
	check_mention(copula, &v, "Laura Ashley", 1, CP_ENT_ORG, "Laura Ashley");
	check_mention(copula, &v, "Rome", 0, CP_ENT_LOC, "Rome");
	/* brackets between the name and the verb; "near" after the noun */
	check_mention(copula, &v, "Tarvekai", 0, CP_ENT_LOC, "Tarvekai");
	check_mention(copula, &v, "Dunmere Hillfort", 0, CP_ENT_LOC, "Dunmere Hillfort");
	check_mention(copula, &v, "Golden Arrows", 0, CP_ENT_MISC, "Golden Arrows");
	/* "duo" only in apposition; no noun beyond "in" */
	check_mention(copula, &v, "Anna Kerr", 0, CP_ENT_PER, "Anna Kerr");
	check_mention(copula, &v, "Li Wenhua", 0, CP_ENT_PER, "Li Wenhua");
	/* an apposition between dashes */
	check_mention(copula, &v, "Vardek", 0, CP_ENT_ORG, "Vardek");
	cp_arena_free(&arena);
}

/*
 * A given name the tagger left out before an initial is the person's; a
 * title is not.
 */
static void
test_given_name_before_initial(void)
{
	static const char text[] =
		"In 1962 Harwell married Janice L. Okonkwo, a teacher from Leeds.\n\n"
		"The board met Dr. R. Patel on Monday.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Janice L. Okonkwo", 0, CP_ENT_PER, "Janice L. Okonkwo");
	check_mention(text, &v, "R. Patel", 0, CP_ENT_PER, "R. Patel");
	cp_arena_free(&arena);
}

/*
 * A name read as a place after "Mr." or "Mrs." is the person's, without
 * the title ("DR Congo" stays a place); an era's mark after a year or a
 * century, a month's abbreviation by a number, a degree, a recording's
 * medium, a genus's initial, an adverb or "Born" opening a sentence and
 * an initialism in the plural ("MEPs") are no names; a war's Roman numeral is part of its name.
 */
static void
test_courtesy_titles_and_eras(void)
{
	static const char text[] =
		"The guard leaned over to confront Mr. Bosh. He grabbed Mr. Bosh by the arm.\n\n"
		"Fighting went on in DR Congo.\n\n"
		"The tomb dates from between 365 and 385 CE, in the 4th century CE.\n\n"
		"Born in Garons, she sang at the Arena. Additionally, she taught in Lyon.\n\n"
		"Sunoil prev 37.4, Feb 107.3, Mar 24.5, Jun 10.0, total 182.4.\n\n"
		"She earned a PhD and released two CDs and a DVD.\n\n"
		"He holds a BA in history and an MBA from Harvard. BA said profits rose.\n\n"
		"He fought in World War I and later in World War II.\n\n"
		"Strains of E. coli were found in the river.\n\n"
		"He said he worked happily with MEPs of different nationalities in the European Parliament.\n\n"
		"In the US drivers tend to prefer sports utility vehicles (SUVs), such as the BMW X5.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Bosh", 0, CP_ENT_PER, "Bosh");
	check_mention(text, &v, "Bosh", 1, CP_ENT_PER, "Bosh");
	CHECK(find(text, &v, "Mr. Bosh", 0) == NULL);
	check_mention(text, &v, "DR Congo", 0, CP_ENT_LOC, "DR Congo");
	CHECK(find(text, &v, "CE", 0) == NULL);
	CHECK(find(text, &v, "CE", 1) == NULL);
	CHECK(find(text, &v, "Born", 0) == NULL);
	CHECK(find(text, &v, "Additionally", 0) == NULL);
	CHECK(find(text, &v, "Jun", 0) == NULL);
	CHECK(find(text, &v, "PhD", 0) == NULL);
	CHECK(find(text, &v, "CDs", 0) == NULL);
	CHECK(find(text, &v, "DVD", 0) == NULL);
	/* degrees written as initials, in their construction; "BA" alone is British Airways */
	CHECK(find(text, &v, "MBA", 0) == NULL);
	check_mention(text, &v, "BA", 0, CP_ENT_ORG, "BA");
	check_mention(text, &v, "World War I", 0, CP_ENT_MISC, "World War I");
	check_mention(text, &v, "World War II", 0, CP_ENT_MISC, "World War II");
	CHECK(find(text, &v, "E.", 0) == NULL);
	/* an initialism in the plural is a class of things, read as a person and a body */
	CHECK(find(text, &v, "MEPs", 0) == NULL);
	CHECK(find(text, &v, "SUVs", 0) == NULL);
	cp_arena_free(&arena);
}

/*
 * Names of events, prizes and agreements are MISC by their last word, or
 * their first and "of", with the words the tagger left before that last
 * word, and games by the city, the season or the people that hold them;
 * an initialism defined for one is the agreement, and a
 * one-word person's name that starts one is the body that gives it; a
 * name right before "awards" is the prize's, unless a body's word ends it.
 */
static void
test_event_names(void)
{
	static const char text[] =
		"The Treaty of Marnsby ended the war.\n\n"
		"Delegates met to extend the International Wool Agreement (IWA) on Monday. "
		"The IWA expires in June.\n\n"
		"She won the Halvard Prize for poetry. Halvard judges praised her.\n\n"
		"She won a silver medal at the 2004 Athens Olympics.\n\n"
		"The Battle of Britain was fought in 1940 over southern England.\n\n"
		"Stewart won the Italian Grand Prix in 1969.\n\n"
		"Marta Ruiz competed in the slalom at the 1998 Winter Olympics.\n\n"
		"He won two medals at the Commonwealth Games and one at the 2014 Asian Games.\n\n"
		"She sang for Norway at the Eurovision Song Contest in 2019.\n\n"
		"The singer was nominated in three categories at the Golden Globe awards on Sunday.\n\n"
		"The station won five prizes at the Sony Radio awards.\n\n"
		"The Screen Actors Guild awards are held in Los Angeles.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Italian Grand Prix", 0, CP_ENT_MISC, "Italian Grand Prix");
	check_mention(text, &v, "International Wool Agreement", 0, CP_ENT_MISC,
				  "International Wool Agreement");
	check_mention(text, &v, "IWA", 1, CP_ENT_MISC, "International Wool Agreement");
	check_mention(text, &v, "Halvard Prize", 0, CP_ENT_MISC, "Halvard Prize");
	check_mention(text, &v, "Halvard", 0, CP_ENT_ORG, "Halvard");
	check_mention(text, &v, "Treaty of Marnsby", 0, CP_ENT_MISC, "Treaty of Marnsby");
	check_mention(text, &v, "2004 Athens Olympics", 0, CP_ENT_MISC, "2004 Athens Olympics");
	check_mention(text, &v, "Battle of Britain", 0, CP_ENT_MISC, "Battle of Britain");
	check_mention(text, &v, "1998 Winter Olympics", 0, CP_ENT_MISC, "1998 Winter Olympics");
	check_mention(text, &v, "Commonwealth Games", 0, CP_ENT_MISC, "Commonwealth Games");
	check_mention(text, &v, "2014 Asian Games", 0, CP_ENT_MISC, "2014 Asian Games");
	check_mention(text, &v, "Eurovision Song Contest", 0, CP_ENT_MISC, "Eurovision Song Contest");
	/* a prize's name before "awards", read as a body's; not a body's own */
	check_mention(text, &v, "Golden Globe", 0, CP_ENT_MISC, "Golden Globe");
	check_mention(text, &v, "Sony Radio", 0, CP_ENT_MISC, "Sony Radio");
	check_mention(text, &v, "Screen Actors Guild", 0, CP_ENT_ORG, "Screen Actors Guild");
	cp_arena_free(&arena);
}

/*
 * A city's name and a plural tagged as a place is a club; a place's plural
 * ("Islands", "Heights") stays one.
 */
static void
test_city_clubs(void)
{
	static const char text[] =
		"He played for the Boston Celtics and later the Denver Nuggets.\n\n"
		"She moved to the Cayman Islands.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Boston Celtics", 0, CP_ENT_ORG, "Boston Celtics");
	check_mention(text, &v, "Cayman Islands", 0, CP_ENT_LOC, "Cayman Islands");
	cp_arena_free(&arena);
}

/*
 * A number or a model's code the tagger left out after an organization or
 * other name is part of it, unless a capitalized word, a figure, a plural
 * or a quantity's word follows, or none does (scores, tables, "3 pct").
 */
static void
test_numbered_names(void)
{
	static const char text[] =
		"The crew of Apollo 11 landed on the Moon.\n\n"
		"The Boeing 747 first flew in 1969.\n\n"
		"Arsenal 2 Chelsea 1\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	CHECK(find(text, &v, "Apollo 11", 0) != NULL);
	CHECK(find(text, &v, "Boeing 747", 0) != NULL);
	CHECK(find(text, &v, "Arsenal", 0) != NULL);
	CHECK(find(text, &v, "Chelsea", 0) != NULL);
	cp_arena_free(&arena);
}

/*
 * A name read as a place that ends as only bodies' names do is a body, with
 * the capitalized words the tagger left out up to that last word; two such
 * names joined by "and" are two; one read as an
 * organization that ends as a building's is a place.
 */
static void
test_buildings_and_bodies(void)
{
	static const char text[] =
		"The show was long.\n\n"
		"He studied law at Trinity College, Dublin and was called to the bar in 1920.\n\n"
		"Ravensworth Castle was built in the 14th century by the Neville family.\n\n"
		"After graduating from Dalbury High School, she joined the Ministry in 1990.\n\n"

		"She was educated at St. Bride's School, Carlow.\n\n"
		"The merger of Cordell Corp and Harwick Mining Equipment Co closed. It bought Anton B. Kessel GmbH "
		"and Co.\n\n"
		"He scored against Halifax R.L.F.C. and Doncaster R.L.F.C. in May.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Dalbury High School", 0, CP_ENT_ORG, "Dalbury High School");
	check_mention(text, &v, "St. Bride's School", 0, CP_ENT_ORG, "St. Bride's School");
	/* two bodies tagged as one name are two; not a legal form's "and Co" */
	check_mention(text, &v, "Cordell Corp", 0, CP_ENT_ORG, "Cordell Corp");
	check_mention(text, &v, "Harwick Mining Equipment Co", 0, CP_ENT_ORG, "Harwick Mining Equipment Co");
	check_mention(text, &v, "Anton B. Kessel GmbH and Co", 0, CP_ENT_ORG, "Anton B. Kessel GmbH and Co.");
	check_mention(text, &v, "Halifax R.L.F.C.", 0, CP_ENT_ORG, "Halifax R.L.F.C.");
	check_mention(text, &v, "Doncaster R.L.F.C.", 0, CP_ENT_ORG, "Doncaster R.L.F.C.");
	check_mention(text, &v, "Trinity College", 0, CP_ENT_ORG, "Trinity College");
	check_mention(text, &v, "Dublin", 0, CP_ENT_LOC, "Dublin");
	check_mention(text, &v, "Ravensworth Castle", 0, CP_ENT_LOC, "Ravensworth Castle");
	cp_arena_free(&arena);
}

/*
 * A name that ends as natural features are named is a place, with the
 * feature's noun the tagger left out, but not a body named "of" one.
 */
static void
test_natural_features(void)
{
	static const char text[] =
		"The river rises in the Carpathian Mountains and flows into the Black Sea.\n"
		"They crossed the Gobi Desert, the Rocky Mountains and the Balkan Peninsula.\n"
		"The town lies near the Kornati Islands.\n"
		"The park includes Candlemere Lake and Heron Island.\n"
		"She studied at the University of the Highlands and Islands.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Carpathian Mountains", 0, CP_ENT_LOC, "Carpathian Mountains");
	check_mention(text, &v, "Gobi Desert", 0, CP_ENT_LOC, "Gobi Desert");
	check_mention(text, &v, "Rocky Mountains", 0, CP_ENT_LOC, "Rocky Mountains");
	check_mention(text, &v, "Kornati Islands", 0, CP_ENT_LOC, "Kornati Islands");
	check_mention(text, &v, "Candlemere Lake", 0, CP_ENT_LOC, "Candlemere Lake");
	check_mention(text, &v, "Heron Island", 0, CP_ENT_LOC, "Heron Island");
	check_mention(text, &v, "University of the Highlands and Islands", 0, CP_ENT_ORG,
				  "University of the Highlands and Islands");
	cp_arena_free(&arena);
}

/*
 * A body's or a polity's head, "of" and a name are one name, of the kind
 * the head gives, whether the tagger split it, left the head out or read
 * another kind; so is a body of water's head that opens the name ("Gulf
 * of Suez", not "Kola Bay of the Barents Sea"); a person or a club "of" a
 * country stays two names.
 */
static void
test_names_with_of(void)
{
	static const char text[] =
		"He served in the Ohio House of Representatives.\n"
		"The Church of England objected.\n"
		"The Kingdom of Hungary fought the Duchy of Milan.\n"
		"She taught at the Art Institute of Chicago.\n"
		"Thomas Muster of Austria beat Olympiakos of Greece.\n"
		"He was sent as envoy to the Kingdom of Spain in 1561.\n"
		"Tankers wait in the Strait of Hormuz and the Gulf of Suez.\n"
		"The base lies in the Kola Bay of the Barents Sea, near Murmansk.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Ohio House of Representatives", 0, CP_ENT_ORG, "Ohio House of Representatives");
	check_mention(text, &v, "Church of England", 0, CP_ENT_ORG, "Church of England");
	check_mention(text, &v, "Kingdom of Hungary", 0, CP_ENT_LOC, "Kingdom of Hungary");
	check_mention(text, &v, "Duchy of Milan", 0, CP_ENT_LOC, "Duchy of Milan");
	check_mention(text, &v, "Art Institute of Chicago", 0, CP_ENT_ORG, "Art Institute of Chicago");
	check_mention(text, &v, "Thomas Muster", 0, CP_ENT_PER, "Thomas Muster");
	check_mention(text, &v, "Austria", 0, CP_ENT_LOC, "Austria");
	check_mention(text, &v, "Greece", 0, CP_ENT_LOC, "Greece");
	check_mention(text, &v, "Kingdom of Spain", 0, CP_ENT_LOC, "Kingdom of Spain");
	check_mention(text, &v, "Strait of Hormuz", 0, CP_ENT_LOC, "Strait of Hormuz");
	check_mention(text, &v, "Gulf of Suez", 0, CP_ENT_LOC, "Gulf of Suez");
	check_mention(text, &v, "Barents Sea", 0, CP_ENT_LOC, "Barents Sea");
	cp_arena_free(&arena);
}

/*
 * A regional body "for" a place "and the" one-word second place (read as
 * a place, or as an other name before the initials) is one name; "and
 * the" a place of two words or a body's name stays apart.
 */
static void
test_body_for_two_places(void)
{
	static const char text[] =
		"The U.N. Economic and Social Commission for Asia and the Pacific said growth would slow.\n"
		"The Economic Commission for Latin America and the Caribbean said prices rose.\n"
		"The Commission for Africa and the United States met.\n"
		"Officials of the Economic Commission for Latin America and the Caribbean (ECLAC) said so.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "U.N. Economic and Social Commission for Asia and the Pacific", 0, CP_ENT_ORG,
				  "U.N. Economic and Social Commission for Asia and the Pacific");
	check_mention(text, &v, "Economic Commission for Latin America and the Caribbean", 0, CP_ENT_ORG,
				  "Economic Commission for Latin America and the Caribbean");
	check_mention(text, &v, "Economic Commission for Latin America and the Caribbean", 1, CP_ENT_ORG,
				  "Economic Commission for Latin America and the Caribbean");
	check_mention(text, &v, "Commission for Africa", 0, CP_ENT_ORG, "Commission for Africa");
	check_mention(text, &v, "United States", 0, CP_ENT_LOC, "United States");
	cp_arena_free(&arena);
}

/*
 * A company's first word that the tagger left out, a common word or a
 * month's name before a name that ends with a legal form, is the name's;
 * a month that dates the sentence and a body's noun are not.
 */
static void
test_company_first_word(void)
{
	static const char text[] =
		"The notes were priced by sole manager First Boston Corp, it said.\n"
		"ST. LOUIS, March 5 - May Department Stores Co said its sales rose.\n"
		"In February USAir Group Inc said it would buy Piedmont.\n"
		"It signed an agreement with the U.S. Firm Amoco Corp for 17 months.\n"
		"Rumours that U.S. Publisher Harcourt Brace Jovanovich Inc might bid for it were denied.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "First Boston Corp", 0, CP_ENT_ORG, "First Boston Corp");
	check_mention(text, &v, "May Department Stores Co", 0, CP_ENT_ORG, "May Department Stores Co");
	check_mention(text, &v, "USAir Group Inc", 0, CP_ENT_ORG, "USAir Group Inc");
	check_mention(text, &v, "Amoco Corp", 0, CP_ENT_ORG, "Amoco Corp");
	check_mention(text, &v, "Harcourt Brace Jovanovich Inc", 0, CP_ENT_ORG, "Harcourt Brace Jovanovich Inc");
	cp_arena_free(&arena);
}

/*
 * "Jan" before a person the tagger read without it is the given name; a
 * day's number or a dating word before it keeps it the month's.
 */
static void
test_given_name_jan(void)
{
	static const char text[] =
		"The union's chairman Jan Berry said officers should act as eyes and ears.\n"
		"Sales fell on 5 Jan Smith said.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Jan Berry", 0, CP_ENT_PER, "Jan Berry");
	check_mention(text, &v, "Smith", 0, CP_ENT_PER, "Smith");
	cp_arena_free(&arena);
}

/* A city named with its state or country after a comma is the city, not its club. */
static void
test_city_with_region(void)
{
	static const char text[] =
		"The band was formed in Aberdeen, Washington, in 1987.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Aberdeen", 0, CP_ENT_LOC, "Aberdeen");
	check_mention(text, &v, "Washington", 0, CP_ENT_LOC, "Washington");
	cp_arena_free(&arena);
}

/* A town the gazetteers lack, named with its province after a comma, is a place. */
static void
test_town_with_state(void)
{
	static const char text[] =
		"Sprague, Manitoba, on the Minnesota border was the cold spot of the Prairies on Monday.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Sprague", 0, CP_ENT_LOC, "Sprague");
	check_mention(text, &v, "Manitoba", 0, CP_ENT_LOC, "Manitoba");
	cp_arena_free(&arena);
}

/*
 * So is one read as a one-word organization: a dateline's town the
 * gazetteers lack, before its province (reut57).
 */
static void
test_dateline_town_with_state(void)
{
	static const char text[] =
		"Murdochville, Quebec, April 3 - <Noranda Inc> said a copper mine fire that killed one miner "
		"caused an estimated 10 mln Canadian dlrs in damage.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Murdochville", 0, CP_ENT_LOC, "Murdochville");
	check_mention(text, &v, "Quebec", 0, CP_ENT_LOC, "Quebec");
	check_mention(text, &v, "Noranda Inc", 0, CP_ENT_ORG, "Noranda Inc");
	cp_arena_free(&arena);
}

/*
 * A one-word name read as a person right after "near" is a place, unless
 * the article names it a person elsewhere ("stood near Clinton").
 */
static void
test_one_word_after_near(void)
{
	static const char text[] =
		"The company will operate a steam coal mine near Montgomery, W.Va., the statement said.\n\n"
		"President Clinton spoke on Monday. Reporters stood near Clinton as he left.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Montgomery", 0, CP_ENT_LOC, "Montgomery");
	check_mention(text, &v, "Clinton", 1, CP_ENT_PER, "Clinton");
	cp_arena_free(&arena);
}

/*
 * A town before its state's abbreviation and its period is a place, however
 * the tagger read it; a body's name of several words keeps its kind.
 */
static void
test_town_and_state_abbreviation(void)
{
	static const char text[] =
		"Workers went on strike at the company's Snowflake, Ariz., paper mill on Monday.\n\n"
		"The deposits of First National Bank of Braman, Okla., were assumed by another bank.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Snowflake", 0, CP_ENT_LOC, "Snowflake");
	check_mention(text, &v, "First National Bank of Braman", 0, CP_ENT_ORG, "First National Bank of Braman");
	cp_arena_free(&arena);
}

/* A name with its distance from another place after a comma is a place. */
static void
test_place_with_distance(void)
{
	static const char text[] =
		"Fighting broke out near Kovacevic, 20 km west of Tuzla.\n"
		"Rebels seized Mendoza Perez, about 30 miles north of Lima.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Kovacevic", 0, CP_ENT_LOC, "Kovacevic");
	check_mention(text, &v, "Mendoza Perez", 0, CP_ENT_LOC, "Mendoza Perez");
	cp_arena_free(&arena);
}

/* A name's generation after it ("Jr", "Sr") is the name's. */
static void
test_generation_suffix(void)
{
	static const char text[] =
		"Brady was shot by John Hinckley Jr.\n"
		"In the fifth Ken Griffey Jr and Edgar Martinez hit home runs.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "John Hinckley Jr", 0, CP_ENT_PER, "John Hinckley Jr.");
	check_mention(text, &v, "Ken Griffey Jr", 0, CP_ENT_PER, "Ken Griffey Jr");
	cp_arena_free(&arena);
}

/*
 * The period of an abbreviation that ends the sentence is the sentence's:
 * not the mention's, still the name's; inside the sentence it is both.
 */
static void
test_stop_after_abbreviation(void)
{
	static const char text[] =
		"The company bought Lear Corp.\n"
		"Lear Corp. said on Friday it paid cash.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Lear Corp", 0, CP_ENT_ORG, "Lear Corp.");
	check_mention(text, &v, "Lear Corp.", 0, CP_ENT_ORG, "Lear Corp.");
	cp_arena_free(&arena);
}

/* An index read as a body is an other name; an exchange before "index" stays the body. */
static void
test_index_names(void)
{
	static const char text[] =
		"The Johannesburg All Share index rose 2 percent on Monday.\n"
		"The Wilshire index fell 0.4 percent.\n"
		"The American Stock Exchange index rose 1.22 to 570.71.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Johannesburg All Share", 0, CP_ENT_MISC, "Johannesburg All Share");
	check_mention(text, &v, "Wilshire", 0, CP_ENT_MISC, "Wilshire");
	check_mention(text, &v, "American Stock Exchange", 0, CP_ENT_ORG, "American Stock Exchange");
	cp_arena_free(&arena);
}

/* A storm's name after "Hurricane" or "Typhoon" is an other name, wherever the article writes it. */
static void
test_storm_names(void)
{
	static const char text[] =
		"The rains brought by Hurricane Dolly last week helped, the National Hurricane Center said.\n"
		"Typhoon Sally hit southern China. Sally killed 12 people.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Dolly", 0, CP_ENT_MISC, "Dolly");
	check_mention(text, &v, "Sally", 0, CP_ENT_MISC, "Sally");
	check_mention(text, &v, "Sally", 1, CP_ENT_MISC, "Sally");
	check_mention(text, &v, "National Hurricane Center", 0, CP_ENT_ORG, "National Hurricane Center");
	cp_arena_free(&arena);
}

/* A quoted title runs on over a colon into its subtitle; a quotation does not. */
static void
test_quoted_title_colon(void)
{
	static const char text[] =
		"It said \"Mission: Impossible\" director Brian De Palma would have first crack at the sequel.\n"
		"He singled out \"Star Wars: A New Hope\" as his favourite.\n"
		"He said: Smith will come.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Mission: Impossible", 0, CP_ENT_MISC, "Mission: Impossible");
	check_mention(text, &v, "Star Wars: A New Hope", 0, CP_ENT_MISC, "Star Wars: A New Hope");
	check_mention(text, &v, "Smith", 0, CP_ENT_PER, "Smith");
	cp_arena_free(&arena);
}

/*
 * A people the tagger read as a place, a person or (of two words or more)
 * an organization, or whose last word alone it read: an other name.
 */
static void
test_peoples(void)
{
	static const char text[] =
		"Many Papua New Guineans work in the mines.\n"
		"The Puerto Ricans voted on Sunday.\n"
		"Cape Verdians living abroad sent money home.\n"
		"Saint Lucians went to the polls.\n"
		"The Indians won 5-3 in Cleveland.\n"
		"West German exporters sold more, the Federal Statistics Office said.\n"
		"Thousands of East Germans crossed the border to Austria.\n"
		"Talks between the South Africans and the banks went on.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Papua New Guineans", 0, CP_ENT_MISC, "Papua New Guineans");
	check_mention(text, &v, "Puerto Ricans", 0, CP_ENT_MISC, "Puerto Ricans");
	check_mention(text, &v, "Cape Verdians", 0, CP_ENT_MISC, "Cape Verdians");
	check_mention(text, &v, "Saint Lucians", 0, CP_ENT_MISC, "Saint Lucians");
	/* a point of the compass before a demonym: the people of a part */
	check_mention(text, &v, "West German", 0, CP_ENT_MISC, "West German");
	check_mention(text, &v, "East Germans", 0, CP_ENT_MISC, "East Germans");
	check_mention(text, &v, "South Africans", 0, CP_ENT_MISC, "South Africans");
	/* a team named after a people */
	check_mention(text, &v, "Indians", 0, CP_ENT_ORG, "Indians");
	cp_arena_free(&arena);
}

/*
 * A title of a work in quotation marks, in title case, is one other name;
 * not a quotation, nor a nickname inside a person's name.
 */
static void
test_quoted_titles(void)
{
	static const char text[] =
		"He was best known for appearances in \"Ice Cold in Alex\", \"Lawrence of Arabia\" "
		"and \"Anne of a Thousand Days\".\n"
		"\"We will win this one,\" Smith said.\n";
	cp_arena	arena;
	cp_vec		v;
	int			misc;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Ice Cold in Alex", 0, CP_ENT_MISC, "Ice Cold in Alex");
	check_mention(text, &v, "Lawrence of Arabia", 0, CP_ENT_MISC, "Lawrence of Arabia");
	check_mention(text, &v, "Anne of a Thousand Days", 0, CP_ENT_MISC, "Anne of a Thousand Days");
	misc = 0;
	for (size_t i = 0; i < v.count; i++)
		misc += CP_VEC_AT(&v, cp_mention, i).kind == CP_ENT_MISC;
	CHECK_INT(misc, 3);
	check_mention(text, &v, "Smith", 0, CP_ENT_PER, "Smith");
	cp_arena_free(&arena);
}

/*
 * A person's regnal number is part of the name; "I" only where it cannot be
 * the pronoun: before a stop or the realm's "of", or after a longer name before a comma.
 */
static void
test_regnal_numbers(void)
{
	static const char text[] =
		"1533 - Queen Elizabeth I born.\n"
		"Henry VIII married six times and Leopold III ruled Belgium.\n"
		"In 1039 Casimir I the Restorer returned to Poland.\n"
		"He conducted the wedding of Casimir III the Great and Jadwiga.\n"
		"The treaty was signed by Peter I of Russia in 1721.\n"
		"The see was led by Baselios Geevarghese I, Baselios Augen I and others.\n"
		"Later that day Mary Jones and I met.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Elizabeth I", 0, CP_ENT_PER, "Elizabeth I");
	check_mention(text, &v, "Henry VIII", 0, CP_ENT_PER, "Henry VIII");
	check_mention(text, &v, "Leopold III", 0, CP_ENT_PER, "Leopold III");
	check_mention(text, &v, "Casimir I the Restorer", 0, CP_ENT_PER, "Casimir I the Restorer");
	check_mention(text, &v, "Casimir III the Great", 0, CP_ENT_PER, "Casimir III the Great");
	check_mention(text, &v, "Peter I", 0, CP_ENT_PER, "Peter I");
	check_mention(text, &v, "Baselios Geevarghese I", 0, CP_ENT_PER, "Baselios Geevarghese I");
	check_mention(text, &v, "Mary Jones", 0, CP_ENT_PER, "Mary Jones");
	cp_arena_free(&arena);
}

/*
 * An English word the tagger ran two names over splits them; the words
 * that join one name's do not, nor a body's word Reuters writes in lower
 * case before its last.
 */
static void
test_word_between_names(void)
{
	static const char text[] =
		"1714 - Charles ceded Alsace and Strasbourg to France.\n"
		"The Federal reserve Board met on Tuesday.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	CHECK(find(text, &v, "Charles", 0) != NULL);
	CHECK(find(text, &v, "Alsace", 0) != NULL);
	check_mention(text, &v, "Federal reserve Board", 0, CP_ENT_ORG, "Federal reserve Board");
	cp_arena_free(&arena);
}

/*
 * Quotation marks, a plural's possessive mark and the angle brackets of a
 * Reuters ticker around a name are not the name's.
 */
static void
test_marks_around_names(void)
{
	static const char text[] =
		"\xE2\x80\x9CWe hope crossings open when security stabilizes,\xE2\x80\x9D Shukri said.\n"
		"It is Hamas\xE2\x80\x99 choice, and Moody's said so.\n"
		"It obtained the raw material from Pfizer Inc <PFE>.  Suits were filed against its "
		"Viratek Inc <VIRA> subsidiary.\n"
		"The chip was developed by Siemens AG <SIEG.F> and Philips <PGLO.AS>, a spokesman said.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Shukri", 0, CP_ENT_PER, "Shukri");
	check_mention(text, &v, "Hamas", 0, CP_ENT_ORG, "Hamas");
	CHECK(find(text, &v, "Moody's", 0) != NULL);
	check_mention(text, &v, "PFE", 0, CP_ENT_ORG, "PFE");
	check_mention(text, &v, "VIRA", 0, CP_ENT_ORG, "VIRA");
	/* a ticker with its exchange, whole */
	check_mention(text, &v, "SIEG.F", 0, CP_ENT_ORG, "SIEG.F");
	check_mention(text, &v, "PGLO.AS", 0, CP_ENT_ORG, "PGLO.AS");
	cp_arena_free(&arena);
}

/*
 * A noun the tagger took into a name between capitalized words splits it:
 * the words before it, and the name after it of the kind the noun says.
 */
static void
test_classifier_inside(void)
{
	static const char text[] =
		"The show was long.\n\n"
		"Reports said Hollywood star Tom Hanks will attend. The Swedish band Roxette played in "
		"Oslo.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Hollywood", 0, CP_ENT_LOC, "Hollywood");
	check_mention(text, &v, "Tom Hanks", 0, CP_ENT_PER, "Tom Hanks");
	check_mention(text, &v, "Swedish", 0, CP_ENT_MISC, "Swedish");
	check_mention(text, &v, "Roxette", 0, CP_ENT_ORG, "Roxette");
	cp_arena_free(&arena);
}

/*
 * A firm named after its founders, which the tagger reads as a person,
 * before a staff noun ("Shearson Lehman analyst Chuck Levitt") is the firm;
 * the person after it stays one, and so does a person named to an office.
 */
static void
test_before_staff_noun(void)
{
	static const char text[] =
		"CHICAGO, April 1 - Hog futures may open lower today, traders said.\n\n"
		"Shearson Lehman analyst Chuck Levitt said hog futures prices are above break even points.\n\n"
		"Reagan spokesman Larry Speakes said the report was bearish.\n\n"
		"Acme Corp said it elected John Kerr chairman of the company.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Shearson Lehman", 0, CP_ENT_ORG, "Shearson Lehman");
	check_mention(text, &v, "Chuck Levitt", 0, CP_ENT_PER, "Chuck Levitt");
	check_mention(text, &v, "Larry Speakes", 0, CP_ENT_PER, "Larry Speakes");
	/* a person named to an office before it */
	check_mention(text, &v, "John Kerr", 0, CP_ENT_PER, "John Kerr");
	cp_arena_free(&arena);
}

/*
 * A company's two-word head's last word, read as a person, is its short
 * form ("Kodak" after "Eastman Kodak Co"); not after a courtesy title
 * ("Mr. Rooter" after "Alfred Rooter Inc", the founder).
 */
static void
test_head_last_word(void)
{
	static const char text[] =
		"ROCHESTER, N.Y., March 4 - Eastman Kodak Co said it filed a shelf registration for debt "
		"securities.\n\n"
		"Kodak said there is no specific need at this time.\n";
	static const char titled[] =
		"DALLAS, March 4 - Alfred Rooter Inc said it agreed to buy a majority of the stock.\n\n"
		"Mr. Rooter said the agreements were rescinded.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Kodak", 0, CP_ENT_ORG, "Eastman Kodak Co");
	v = run(&arena, titled, sizeof(titled) - 1);
	check_mention(titled, &v, "Rooter", 0, CP_ENT_PER, "Rooter");
	cp_arena_free(&arena);
}

/*
 * A dictionary noun the tagger left out before a country names a body with
 * it ("Air France", "Environment Canada", "Water New Zealand said"); a
 * place's part or a sentence's opening word stays outside the place
 * ("former Yugoslavia", "In France", "Only France said").
 */
static void
test_bodies_before_country(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"PARIS 1996-08-23\n"
		"France on Friday expelled another man as about 100 Air France workers denounced the charter flights.\n"
		"The unions said no plane should be used to turn the air companies into charters.\n"
		"Canada's Prairies saw no frost on Monday, Environment Canada said.\n"
		"In France, unions said refugees from the former Yugoslavia were expelled.\n";
	static const char opening[] =
		"Water NZ sets levy.\n"
		"WELLINGTON 1996-08-22\n"
		"Water New Zealand said on Thursday the water levy was set at $5 million.\n"
		"The water company said the rise reflected growth. Only France said it would back the plan.\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Air France", 0, CP_ENT_ORG, "Air France");
	check_mention(text, &v, "Environment Canada", 0, CP_ENT_ORG, "Environment Canada");
	check_mention(text, &v, "France", 1, CP_ENT_LOC, "France");
	check_mention(text, &v, "Yugoslavia", 0, CP_ENT_LOC, "Yugoslavia");
	/* opening a sentence, before "said"; not after a word that opens one */
	v = run(&arena, opening, sizeof(opening) - 1);
	check_mention(opening, &v, "Water New Zealand", 0, CP_ENT_ORG, "Water New Zealand");
	check_mention(opening, &v, "France", 0, CP_ENT_LOC, "France");
	cp_arena_free(&arena);
}

/*
 * A club's town initial in brackets before a figure is part of its name
 * ("Rad (B) 1"); letters the name's words begin with define an initialism
 * ("New Democracy (ND)"), and a person's party letter stays outside ("Dole (R) 45").
 */
static void
test_club_town_initials(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"BELGRADE 1996-08-24\n"
		"Results of Yugoslav league soccer matches played on Saturday:\n"
		"Mladost (L) 0 Zemun 0\n"
		"Rad (B) 1 Mladost (BJ) 2\n"
		"Conservative New Democracy (ND) 23 seats\n"
		"Dole (R) 45\n"
		"Quigley (USA) 66 Smith (US) 67\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Rad (B)", 0, CP_ENT_ORG, "Rad (B)");
	check_mention(text, &v, "Mladost (BJ)", 0, CP_ENT_ORG, "Mladost (BJ)");
	check_mention(text, &v, "ND", 0, CP_ENT_ORG, "Conservative New Democracy");
	check_mention(text, &v, "Dole", 0, CP_ENT_PER, "Dole");
	check_mention(text, &v, "Quigley", 0, CP_ENT_PER, "Quigley");
	cp_arena_free(&arena);
}

/*
 * The name after a ranked driver and the country in brackets, before the
 * time, is the team's ("Reynard Honda"); a relay's second runner, followed
 * by a country, stays a person.
 */
static void
test_team_after_ranked_person(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"VANCOUVER 1996-08-31\n"
		"Leading qualifiers on Saturday for Sunday's Vancouver IndyCar race (with driver, country, car and lap speed):\n"
		"1. Alex Zanardi (Italy), Reynard Honda, 53.980 (113.576 mph)\n"
		"2. Michael Andretti (U.S.), Lola Ford Cosworth, 54.483\n"
		"3. Bobby Rahal (U.S.), Reynard Mercedes-Benz, 54.507\n"
		"4. Donovan Bailey (Canada), Michael Johnson (U.S.), 37.69\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Reynard Honda", 0, CP_ENT_ORG, "Reynard Honda");
	check_mention(text, &v, "Lola Ford Cosworth", 0, CP_ENT_ORG, "Lola Ford Cosworth");
	check_mention(text, &v, "Alex Zanardi", 0, CP_ENT_PER, "Alex Zanardi");
	check_mention(text, &v, "Michael Johnson", 0, CP_ENT_PER, "Michael Johnson");
	cp_arena_free(&arena);
}

/*
 * A person's one word that is the plural of an other name of the article
 * is an other name ("Azeris" after "Azeri", "Kalashnikovs" beside "a
 * Kalashnikov").
 */
static void
test_plurals_of_other_names(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"BONN 1996-08-23\n"
		"Armenians, Azeris hold peace talks in Germany.\n"
		"A ceasefire has held in the enclave, which is 20 percent of Azeri territory, since ethnic Armenians "
		"drove Azeris out of the region.\n"
		"One man was beaten with Kalashnikovs and a Kalashnikov was held to his head.\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Azeris", 0, CP_ENT_MISC, "Azeris");
	check_mention(text, &v, "Azeris", 1, CP_ENT_MISC, "Azeris");
	check_mention(text, &v, "Kalashnikovs", 0, CP_ENT_MISC, "Kalashnikovs");
	cp_arena_free(&arena);
}

/*
 * An edition's year in two digits after an apostrophe is part of an other
 * name ("Euro' 96", "Euro '96"), not after a plural's possessive mark.
 */
static void
test_apostrophe_years(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"BERLIN 1996-08-23\n"
		"SOCCER - VOGTS KEEPS FAITH WITH EURO' 96 CHAMPIONS.\n"
		"He nominated all 23 Euro' 96 veterans, with Germany's Euro '96 hero Oliver Bierhoff. "
		"The Americans' 25 medals came later.\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "EURO' 96", 0, CP_ENT_MISC, "Euro' 96");
	check_mention(text, &v, "Euro' 96", 0, CP_ENT_MISC, "Euro' 96");
	check_mention(text, &v, "Euro '96", 0, CP_ENT_MISC, "Euro '96");
	check_mention(text, &v, "Americans", 0, CP_ENT_MISC, "Americans");
	cp_arena_free(&arena);
}

/* "Carnival" ends an event's name ("Brixton Carnival"), not a company's ("Carnival Corp"). */
static void
test_carnival_names(void)
{
	cp_arena	arena;
	cp_vec		v;
	static const char text[] =
		"LONDON 1996-08-27\n"
		"Organisers of the Brixton Carnival said police made 40 arrests. A Brixton Carnival spokesman said "
		"the event was a success. Shares in Carnival Corp rose.\n";

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Brixton Carnival", 0, CP_ENT_MISC, "Brixton Carnival");
	check_mention(text, &v, "Carnival Corp", 0, CP_ENT_ORG, "Carnival Corp");
	cp_arena_free(&arena);
}

/*
 * Reuters 1987 (reut52): two banks tagged as one name, the second opening
 * with the first one's head, are two; a body's name whose first word and
 * "and" the tagger left out is whole; a company's untagged short form after
 * its full name is the company; a president's "Administration" leaves the
 * person alone.
 */
static void
test_reuters_bodies(void)
{
	static const char banks[] =
		"FRANKFURT, March 25 - Dealers said the Bank of Japan and Bank of England supported the "
		"dollar against the yen earlier today.\n";
	static const char fda[] =
		"RAMSEY, N.J., March 2 - The company also said it received Food and Drug Administration "
		"approval to market the drug.\n";
	static const char dome[] =
		"CALGARY, Alberta, March 31 - Dome Petroleum Ltd said its loss rose.\n\n"
		"\"It is bad,\" Dome chairman J. Howard Macdonald said.\n\n"
		"Dome is now trying to reach agreement on a plan. Dome said it charged the losses.\n";
	static const char waste[] =
		"OAK BROOK, Ill., March 3 - Waste Management Inc said it bought a stake in "
		"American Adventure Inc, which runs amusement parks.\n\n"
		"Waste Management said the price was not disclosed. American Adventure's parks "
		"will stay open, Waste Management said.\n";
	static const char reagan[] =
		"He said the proposals would go to the Reagan Administration for consideration, and "
		"the Veterans Administration agreed.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, banks, sizeof(banks) - 1);
	check_mention(banks, &v, "Bank of Japan", 0, CP_ENT_ORG, "Bank of Japan");
	check_mention(banks, &v, "Bank of England", 0, CP_ENT_ORG, "Bank of England");
	v = run(&arena, fda, sizeof(fda) - 1);
	check_mention(fda, &v, "Food and Drug Administration", 0, CP_ENT_ORG, "Food and Drug Administration");
	v = run(&arena, dome, sizeof(dome) - 1);
	check_mention(dome, &v, "Dome", 1, CP_ENT_ORG, "Dome Petroleum Ltd");
	check_mention(dome, &v, "Dome", 2, CP_ENT_ORG, "Dome Petroleum Ltd");
	check_mention(dome, &v, "Dome", 0, CP_ENT_ORG, "Dome Petroleum Ltd");
	v = run(&arena, waste, sizeof(waste) - 1);
	check_mention(waste, &v, "Waste Management", 1, CP_ENT_ORG, "Waste Management Inc");
	check_mention(waste, &v, "American Adventure", 0, CP_ENT_ORG, "American Adventure Inc");
	v = run(&arena, reagan, sizeof(reagan) - 1);
	check_mention(reagan, &v, "Reagan", 0, CP_ENT_PER, "Reagan");
	check_mention(reagan, &v, "Veterans Administration", 0, CP_ENT_ORG, "Veterans Administration");
	cp_arena_free(&arena);
}

/*
 * A person's family name alone that is a common noun too, which the tagger
 * leaves out after the full name ("by Bunch", "Bunch plays them" after
 * "John Bunch"), is the person; not a month's name ("in May 1975" after
 * "Anna May"), nor a word the article writes in lower case (stop 46).
 */
static void
test_untagged_family_names(void)
{
	static const char text[] =
		"The Gold Sessions is a solo piano album by John Bunch. It was recorded in 1975.\n"
		"The album of solo piano performances by Bunch was recorded in May 1975. Bunch plays them in "
		"a variety of ways. Five pieces that Bunch recorded in 1991 were added.\n\n"
		"The singer Anna May sang on it in May 1975.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	for (size_t k = 0; k < 3; k++)
		check_mention(text, &v, "Bunch", k, CP_ENT_PER, "John Bunch");
	check_mention(text, &v, "Anna May", 0, CP_ENT_PER, "Anna May");
	CHECK(find(text, &v, "May", 0) == NULL);
	cp_arena_free(&arena);
}

/*
 * A government's scheme named "... Program" or "... Programme" is an other
 * name, as an agreement's is, and so are its initials; the United Nations'
 * bodies so named stay bodies (reut56).
 */
static void
test_scheme_names(void)
{
	static const char text[] =
		"WASHINGTON, March 9 - The U.S. Agriculture Department said it accepted bids for wheat under "
		"the Export Enhancement Program (EEP) and the Conservation Reserve Program.\n\n"
		"The United Nations Development Programme also gave aid.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Export Enhancement Program", 0, CP_ENT_MISC, "Export Enhancement Program");
	check_mention(text, &v, "EEP", 0, CP_ENT_MISC, "Export Enhancement Program");
	check_mention(text, &v, "Conservation Reserve Program", 0, CP_ENT_MISC, "Conservation Reserve Program");
	check_mention(text, &v, "United Nations Development Programme", 0, CP_ENT_ORG,
				  "United Nations Development Programme");
	cp_arena_free(&arena);
}

/*
 * A share's class read as a name ("Class B" of "class A and Class B
 * shares") is a grade of stock, no name (reut56); so is the word alone,
 * read without its letter ("Class" of "remaining Class B shares", reut61).
 */
static void
test_share_classes(void)
{
	static const char text[] =
		"TORONTO, Oct 20 - Acme Holdings Inc said it plans to buy all of Widget Inc's class A and "
		"Class B shares for 9.25 dlrs cash per share.\n\n"
		"Jones will tender for remaining Class B shares at the same price. The family owns 340,783 "
		"of the 752,297 Class B shares.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_none_starts(text, &v, "Class");
	check_mention(text, &v, "Widget Inc", 0, CP_ENT_ORG, "Widget Inc");
	cp_arena_free(&arena);
}

/*
 * A state and a party's member read as one name ("an Illinois Democrat")
 * are a place and an other name, as CoNLL-2003 marks "California
 * Republican"; a party named with a people's word stays whole (reut61).
 * The plural may be the state's party and is left to the tagger.
 */
static void
test_place_party_members(void)
{
	static const char text[] =
		"WASHINGTON, March 12 - Ways and Means chairman Dan Rostenkowski, an Illinois Democrat, said "
		"the bill would pass. Gephardt, a Missouri Democrat, has not decided. Senator Lloyd Bentsen, "
		"a Texas Democrat, backed it; the Liberal Democrats objected.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Illinois", 0, CP_ENT_LOC, "Illinois");
	check_mention(text, &v, "Democrat", 0, CP_ENT_MISC, "Democrat");
	check_mention(text, &v, "Missouri", 0, CP_ENT_LOC, "Missouri");
	check_mention(text, &v, "Texas", 0, CP_ENT_LOC, "Texas");
	check_mention(text, &v, "Liberal Democrats", 0, CP_ENT_ORG, "Liberal Democrats");
	cp_arena_free(&arena);
}

/*
 * A minister's portfolio of several fields, read as bodies after the office
 * was left out ("Minister of Agriculture, Animal Husbandry and Fisheries",
 * reut62), is a post and no name; a company after "Director of" stays one.
 */
static void
test_office_field_lists(void)
{
	static const char text[] =
		"PEKING, March 9 - China has raised the prices it pays farmers for cotton, He Kang, Minister of "
		"Agriculture, Animal Husbandry and Fisheries said. The China Daily quoted him.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "China Daily", 0, CP_ENT_ORG, "China Daily");
	check_mention(text, &v, "He Kang", 0, CP_ENT_PER, "He Kang");
	check_none_starts(text, &v, "Agriculture");
	check_none_starts(text, &v, "Animal");
	cp_arena_free(&arena);
}

/*
 * A country's name without its compass point, alone in its mention, is the
 * country, which the gazetteers know only as "South Korea"; a body named
 * after it stays a body.
 */
static void
test_compass_countries(void)
{
	static const char text[] =
		"Korea said on Monday it would cut tariffs on imports. Talks with Korea resumed, and "
		"shares of Korea Exchange Bank rose.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Korea", 0, CP_ENT_LOC, "Korea");
	check_mention(text, &v, "Korea", 1, CP_ENT_LOC, "Korea");
	check_mention(text, &v, "Korea Exchange Bank", 0, CP_ENT_ORG, "Korea Exchange Bank");
	cp_arena_free(&arena);
}

/*
 * A ticker in angle brackets after a company's name that the tagger left
 * out, or ran the name on into, is an organization of its own, with its
 * exchange or without (reut54).
 */
static void
test_untagged_tickers(void)
{
	static const char text[] =
		"LONDON, April 9 - Guinness Plc <GUIN.L> director Thomas Ward told a High Court hearing that "
		"the company acted against him.\n\n"
		"It said the shares of Chevron Corp <CHV> and Texaco Inc <TX> rose.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Guinness Plc", 0, CP_ENT_ORG, "Guinness Plc");
	check_mention(text, &v, "GUIN.L", 0, CP_ENT_ORG, "GUIN.L");
	check_mention(text, &v, "TX", 0, CP_ENT_ORG, "TX");
	cp_arena_free(&arena);
}

/*
 * Two names joined by a Romance "of" ("do", "des"), the first a body's or
 * both of one kind, are one name (reut54).
 */
static void
test_romance_of_joins(void)
{
	static const char text[] =
		"An IBC spokesman told Reuters that a 15 mln dlr loan from the Banco do Brasil would be used "
		"to pay creditors.\n\n"
		"The bonds were placed by Caisse Centrale des Banques Populaires (CCBP), the bank said.\n\n"
		"Harvesting continued in Brazil's Rio Grande do Sul and Parana, the ministry said.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Banco do Brasil", 0, CP_ENT_ORG, "Banco do Brasil");
	check_mention(text, &v, "Caisse Centrale des Banques Populaires", 0, CP_ENT_ORG,
				  "Caisse Centrale des Banques Populaires");
	check_mention(text, &v, "Rio Grande do Sul", 0, CP_ENT_LOC, "Rio Grande do Sul");
	cp_arena_free(&arena);
}

/*
 * A staff noun and "at" before a name the gazetteers do not hold as a
 * place: a firm's ("architect at Cisco", read as a place; bbc58).
 */
static void
test_staff_at_firms(void)
{
	static const char text[] =
		"\"Firms are realising it,\" said Paul Kerr, chief security architect at Venlotix.\n\n"
		"Malcolm Seagrave, security expert at Barnquist, said the attacks were short.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_mention(text, &v, "Venlotix", 0, CP_ENT_ORG, "Venlotix");
	check_mention(text, &v, "Barnquist", 0, CP_ENT_ORG, "Barnquist");
	cp_arena_free(&arena);
}

/*
 * "High Street" with no town before it is the shops in general, no name;
 * a town's is a street (bbc58).
 */
static void
test_trade_street(void)
{
	static const char text[] =
		"Sales on the High Street fell in December, figures show.\n\n"
		"Prints cost less at home than from High Street developers, tests showed.\n\n"
		"She opened a shop on Kensington High Street last year.\n";
	cp_arena	arena;
	cp_vec		v;

	cp_arena_init(&arena);
	v = run(&arena, text, sizeof(text) - 1);
	check_none_starts(text, &v, "High");
	check_mention(text, &v, "Kensington High Street", 0, CP_ENT_LOC, "Kensington High Street");
	cp_arena_free(&arena);
}

int
main(void)
{
	const char *bytes;
	size_t		len;

	cp_set_host(&cp_malloc_host);
	test_kinds();
	model = unit_ner_model(&bytes, &len);
	CHECK(model != NULL);
	if (model == NULL)
		UNIT_DONE("entities");
	test_model_files(bytes, len);
	test_news();
	test_datelines_and_punctuation();
	test_builtin_acronym();
	test_particles();
	test_bad_input();
	test_keyless_mention();
	test_many_people();
	test_person_titles();
	test_results_rows();
	test_organization_context();
	test_based_organization();
	test_surname_firms();
	test_comma_firms();
	test_article_after_dateline();
	test_organization_ends();
	test_listed_kinds();
	test_company_short_forms();
	test_streets_and_roads();
	test_lower_case_end();
	test_table_columns();
	test_agency_before_dash();
	test_comma_legal_form();
	test_lower_case_legal_form();
	test_possessive_before_saying();
	test_company_initials();
	test_attached_suffix();
	test_plural_organization_nouns();
	test_country_letters();
	test_club_parts();
	test_side_heads();
	test_stated_kind();
	test_event_names();
	test_given_name_before_initial();
	test_courtesy_titles_and_eras();
	test_city_clubs();
	test_numbered_names();
	test_buildings_and_bodies();
	test_natural_features();
	test_names_with_of();
	test_body_for_two_places();
	test_company_first_word();
	test_given_name_jan();
	test_city_with_region();
	test_town_with_state();
	test_dateline_town_with_state();
	test_place_with_distance();
	test_one_word_after_near();
	test_town_and_state_abbreviation();
	test_generation_suffix();
	test_stop_after_abbreviation();
	test_untagged_tickers();
	test_untagged_family_names();
	test_romance_of_joins();
	test_staff_at_firms();
	test_trade_street();
	test_quoted_titles();
	test_peoples();
	test_quoted_title_colon();
	test_storm_names();
	test_index_names();
	test_regnal_numbers();
	test_word_between_names();
	test_marks_around_names();
	test_classifier_inside();
	test_before_staff_noun();
	test_head_last_word();
	test_prefixed_names();
	test_bodies_before_country();
	test_club_town_initials();
	test_team_after_ranked_person();
	test_names_in_capitals();
	test_plurals_of_other_names();
	test_apostrophe_years();
	test_carnival_names();
	test_reuters_bodies();
	test_scheme_names();
	test_share_classes();
	test_place_party_members();
	test_compass_countries();
	test_office_field_lists();
	UNIT_DONE("entities");
}
