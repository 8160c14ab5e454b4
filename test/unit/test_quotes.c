/*
 * test_quotes.c: quotation pairing, attribution, speakers, keys, bad input.
 */
#include "unit.h"

#include "arena.h"
#include "data_file.h"
#include "entities.h"
#include "quotes.h"

#include <stdlib.h>

static cp_arena arena;

/* Quotes of s; *n gets their count. */
static cp_quote *
run(const char *s, size_t *n)
{
	cp_doc		doc;
	cp_vec		v;

	cp_vec_init(&v, sizeof(cp_quote));
	cp_doc_init(&doc, &arena, s, strlen(s), NULL);
	CHECK_INT(cp_extract_quotes(&doc, &v), CP_OK);
	*n = v.count;
	return v.items;
}

static char *
dup_span(const char *s, size_t len)
{
	static char buf[8][512];
	static int	k;
	char	   *b = buf[k++ & 7];

	if (s == NULL)
		return NULL;
	if (len > 511)
		len = 511;
	memcpy(b, s, len);
	b[len] = '\0';
	return b;
}

#define SPEAKER(q) dup_span((q).speaker, (q).speaker_len)
#define MENTION(t, q) ((q).has_mention ? dup_span((t) + (q).mention_start, (q).mention_len) : NULL)

static void
test_styles(void)
{
	size_t		n;
	const char *t;
	cp_quote   *q;

	/* attribution after the quote, with a title before the name and a day after */
	t = "Talks resumed in Cairo.\n\n\"We will not give up our demands,\" Hamas leader Khaled Mashaal said Wednesday, according to Fox News.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_SPAN(t, q[0].start, q[0].len, "We will not give up our demands,");
	CHECK_STR(MENTION(t, q[0]), "Hamas leader Khaled Mashaal");
	CHECK_STR(SPEAKER(q[0]), "Khaled Mashaal");
	CHECK_INT(q[0].speaker_kind, CP_ENT_PER);
	CHECK_STR(q[0].verb, "said");
	CHECK_INT(q[0].sentence, 2);

	/* attribution before, curly marks; a surname completed from the full name */
	t = "Secretary of State John Kerry arrived on Monday.\n\nKerry stated, \u201cThere is still work to be done.\u201d";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_SPAN(t, q[0].start, q[0].len, "There is still work to be done.");
	CHECK_STR(MENTION(t, q[0]), "Kerry");
	CHECK_STR(SPEAKER(q[0]), "John Kerry");
	CHECK_STR(q[0].verb, "stated");

	/* split by its attribution: two rows, one speaker; pronoun resolved */
	t = "Senator Maria Lopez spoke after the vote.\n\n\u201cWe tried,\u201d she said, \u201cbut the votes were not there.\u201d";
	q = run(t, &n);
	CHECK_INT(n, 2);
	CHECK_SPAN(t, q[0].start, q[0].len, "We tried,");
	CHECK_SPAN(t, q[1].start, q[1].len, "but the votes were not there.");
	CHECK_STR(MENTION(t, q[0]), "she");
	CHECK_STR(MENTION(t, q[1]), "she");
	CHECK_STR(SPEAKER(q[0]), "Maria Lopez");
	CHECK_STR(SPEAKER(q[1]), "Maria Lopez");

	/* inverted order and an anonymous speaker kept as written */
	t = "\"A ceasefire is within reach,\" said one senior State Department official.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(SPEAKER(q[0]), "one senior State Department official");
	CHECK_INT(q[0].speaker_kind, -1);

	t = "\"The window is closing,\" a European diplomatic source told Reuters.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "a European diplomatic source");
	CHECK_STR(q[0].verb, "told");

	/* a quote running over two paragraphs, then a quote paragraph that follows */
	t = "Ahmed Nasser added, \"The first part is done.\n\n\"The second part will take longer.\"";
	q = run(t, &n);
	CHECK_INT(n, 2);
	CHECK_SPAN(t, q[1].start, q[1].len, "The second part will take longer.");
	CHECK_STR(SPEAKER(q[1]), "Ahmed Nasser");
	CHECK_STR(q[1].verb, "added");

	/* scare quotes, titles and a single quoted word are not speech */
	t = "The minister called the plan a \"framework\" and praised the film \"Days of Rage\" before the so-called \"peace dividend\" vanished.";
	q = run(t, &n);
	CHECK_INT(n, 0);

	/* a quote with no attribution anywhere is not returned */
	t = "\"This sentence stands alone in quotation marks for some reason.\"";
	q = run(t, &n);
	CHECK_INT(n, 0);

	/* nested single quotes stay inside */
	t = "\"He told me 'never again' and left,\" the witness said.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_SPAN(t, q[0].start, q[0].len, "He told me 'never again' and left,");

	/* a headline colon */
	t = "Netanyahu: \"We will defend ourselves\"\n\nThe prime minister spoke on Sunday.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(SPEAKER(q[0]), "Netanyahu");

	/* a party tag between the name and the verb */
	t = "\"It is a dog whistle,\" Rep. Gwen Moore (D-Wis.) said Friday.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(SPEAKER(q[0]), "Gwen Moore");

	/* an epigraph: the name alone after a dash */
	t = "Readers wrote in.\n\n\u201cWe deserve better than this campaign.\u201d \u2015 Carla Sanchez\n\n\u201cNo more.\u201d";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(SPEAKER(q[0]), "Carla Sanchez");

	/* "according to" before the quote */
	t = "According to the ministry, \"all crossings will reopen at dawn.\"";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(q[0].verb, "according to");
	CHECK_STR(MENTION(t, q[0]), "the ministry");
}

/* Attribution shapes beyond the common ones: appositives, titles with "of", pronouns, colons. */
static void
test_attribution(void)
{
	size_t		n;
	const char *t;
	cp_quote   *q;

	/* a pronoun subject of a second verb */
	t = "The minister spoke at length.\nHe smiled and added, \"We are ready to talk.\"";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "He");
	CHECK_STR(q[0].verb, "added");
	CHECK_INT(q[0].sentence, 2);

	/* an appositive between the name and the verb, or after the verb's phrase */
	t = "Corey Lewandowski, the campaign manager, said \"We will win this state.\"";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "Corey Lewandowski");
	CHECK_INT(q[0].speaker_kind, CP_ENT_PER);
	t = "\"We will win this state,\" said the campaign's manager, Rich Beeson.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "the campaign's manager, Rich Beeson");
	CHECK_STR(SPEAKER(q[0]), "Rich Beeson");

	/* ... and after the quote, with the comma that closes it before the verb */
	t = "\"We will win this state,\" Corey Lewandowski, the campaign manager, said.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "Corey Lewandowski");
	CHECK_STR(q[0].verb, "said");
	t = "\"We will win,\" Kerry, 64, told reporters.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "Kerry");
	CHECK_STR(q[0].verb, "told");
	/* after a full stop or a question mark a new sentence starts: not an appositive */
	t = "Mr McLetchie asked: \"Would it not be ironic if the criminals can be smokers?\" "
		"The party's health spokeswoman, Eleanor Scott, said she was pleased.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "Mr McLetchie");
	t = "\"The charge cannot be substantiated,\" he said. \"In no way was he informed of a test.\" "
		"His lawyer, Gregory Ioannidis, said: \"The decision is right.\"";
	q = run(t, &n);
	CHECK_INT(n, 3);
	CHECK_STR(MENTION(t, q[1]), "he");
	t = "\"Blogs were a key part of that transformation.\" Among them were blogs carrying messages, "
		"saying \"we are sorry\" for the result.";
	run(t, &n);
	CHECK_INT(n, 0);
	/* ... and a lower-case phrase is no name (nor is "says Luckey" read after it) */
	t = "\"You may see a situation where the union bargains with the two separately,\" "
		"breaking its historical pattern, says Luckey.";
	run(t, &n);
	CHECK_INT(n, 0);

	/* a title with "of" inside the phrase */
	t = "\"The talks are over,\" Secretary of State John Kerry said.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "Secretary of State John Kerry");
	CHECK_STR(SPEAKER(q[0]), "John Kerry");

	/* organizations: a description stays one, an all-capitals name is an organization */
	t = "\"Hospitals are overwhelmed,\" the health ministry said.";
	q = run(t, &n);
	CHECK_STR(SPEAKER(q[0]), "the health ministry");
	CHECK_INT(q[0].speaker_kind, -1);
	t = "\"Hospitals are overwhelmed,\" AP reported.";
	q = run(t, &n);
	CHECK_STR(SPEAKER(q[0]), "AP");
	CHECK_INT(q[0].speaker_kind, CP_ENT_ORG);
	CHECK_STR(q[0].verb, "reported");
	t = "\"No deal,\" Trump's campaign said.";
	q = run(t, &n);
	CHECK_STR(MENTION(t, q[0]), "Trump's campaign");
	CHECK_INT(q[0].speaker_kind, -1);
	t = "\"The border will stay closed,\" according to the interior ministry.";
	q = run(t, &n);
	CHECK_STR(MENTION(t, q[0]), "the interior ministry");
	CHECK_STR(q[0].verb, "according to");

	/* a surname with a relative clause; a colon before a quote on the next line */
	t = "Secretary of State John Kerry arrived on Monday.\n"
		"Kerry, who has invested months in the talks, said: \"There is still work to be done.\"";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(SPEAKER(q[0]), "John Kerry");
	t = "The mayor said:\n\"We will rebuild the city. It will take years.\"";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_SPAN(t, q[0].start, q[0].len, "We will rebuild the city. It will take years.");
	CHECK_STR(MENTION(t, q[0]), "The mayor");
	CHECK_INT(q[0].sentence, 2);

	/* an adverb before the verb; pronouns carried across sentences */
	t = "\"We will not leave,\" he later said.";
	q = run(t, &n);
	CHECK_STR(MENTION(t, q[0]), "he");
	CHECK_STR(q[0].verb, "said");
	t = "President Barack Obama met reporters.\n"
		"\"We are not there yet,\" he said. \"But we are close.\"\n"
		"Later he added: \"We need more time.\"";
	q = run(t, &n);
	CHECK_INT(n, 3);
	CHECK_STR(SPEAKER(q[1]), "Barack Obama");
	CHECK_INT(q[1].sentence, 3);
	CHECK_STR(SPEAKER(q[2]), "Barack Obama");
	CHECK_STR(q[2].verb, "added");
	/* a continuation of two sentences after "said Obama." */
	t = "\"It is over,\" said Obama. \"Truly over. We lost.\"";
	q = run(t, &n);
	CHECK_INT(n, 2);
	CHECK_SPAN(t, q[1].start, q[1].len, "Truly over. We lost.");
	CHECK_STR(SPEAKER(q[1]), "Obama");
}

/* Pieces without an attribution of their own take their neighbour's. */
static void
test_inherited(void)
{
	size_t		n;
	const char *t;
	cp_quote   *q;

	/* a quote paragraph after an attributed one */
	t = "\"We will rebuild,\" the mayor said.\n\"It will take years and cost billions of dollars.\"";
	q = run(t, &n);
	CHECK_INT(n, 2);
	CHECK_STR(MENTION(t, q[1]), "the mayor");
	CHECK_INT(q[1].sentence, 2);
	/* across a scare quote; and a piece right before an attributed one */
	t = "\"It is over,\" said Obama, calling the \"deal\" a failure. \"We lost the vote.\"";
	q = run(t, &n);
	CHECK_INT(n, 2);
	CHECK_SPAN(t, q[1].start, q[1].len, "We lost the vote.");
	CHECK_STR(SPEAKER(q[1]), "Obama");
	t = "\"It is over\" \"We lost the vote,\" said Obama.";
	q = run(t, &n);
	CHECK_INT(n, 2);
	CHECK_SPAN(t, q[0].start, q[0].len, "It is over");
	CHECK_STR(SPEAKER(q[0]), "Obama");
	/* a quote running on into the next paragraph, which reopens the marks */
	t = "The minister said, \"The first part is done. And the second is coming.\n"
		"\"The third part will take longer than all of us expected.\"";
	q = run(t, &n);
	CHECK_INT(n, 2);
	CHECK_SPAN(t, q[0].start, q[0].len, "The first part is done. And the second is coming.");
	CHECK_STR(MENTION(t, q[1]), "The minister");
	/* a paragraph left open and not continued: its first sentence only */
	t = "Ahmed Nasser said: \"The first part is done. The second part is hard.\nThe council met later.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_SPAN(t, q[0].start, q[0].len, "The first part is done.");
	/* guillemets */
	t = "\xc2\xab" "We will win\xc2\xbb, the minister said.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_SPAN(t, q[0].start, q[0].len, "We will win");
	CHECK_STR(MENTION(t, q[0]), "the minister");
}

/* Titles with "of" on either side, openers, pronouns after a description, dashes, no speaker. */
static void
test_speaker_phrases(void)
{
	size_t		n;
	const char *t;
	cp_quote   *q;

	t = "Secretary of State John Kerry said, \"We are close to a deal.\"";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "Secretary of State John Kerry");
	CHECK_STR(SPEAKER(q[0]), "John Kerry");
	t = "\"We are close to a deal,\" said Secretary of State John Kerry.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "Secretary of State John Kerry");
	t = "But Kerry said, \"We are close to a deal.\"";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "Kerry");
	t = "In Cairo, said Kerry, \"We are close to a deal.\"";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "Kerry");
	/* "he" after a described speaker is that speaker */
	t = "\"We are close to a deal,\" the spokesman said.\n\"We will finish the work soon,\" he added.";
	q = run(t, &n);
	CHECK_INT(n, 2);
	CHECK_STR(MENTION(t, q[1]), "he");
	CHECK_STR(SPEAKER(q[1]), "the spokesman");
	CHECK_STR(q[1].verb, "added");
	t = "\"We are close to a deal,\" said the Foreign Ministry.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "the Foreign Ministry");
	CHECK_INT(q[0].speaker_kind, CP_ENT_ORG);
	/* a quote broken off with a dash hands over to its attribution */
	t = "\"We will not --\" the minister said.";
	q = run(t, &n);
	CHECK_INT(n, 1);
	CHECK_STR(MENTION(t, q[0]), "the minister");
	/* no reporting verb, or only a colon: nothing is reported */
	t = "The minister called it \"a disaster for everyone involved.\"";
	run(t, &n);
	CHECK_INT(n, 0);
	t = "The plan is simple:\n\"We build the wall and we finish it.\"";
	run(t, &n);
	CHECK_INT(n, 0);
}

static void
test_keys(void)
{
	size_t		l1,
				l2;
	const char *a,
			   *b;

	a = cp_quote_key(&arena, "\u201cThey are the Executioners,\u201d", strlen("\u201cThey are the Executioners,\u201d"), &l1);
	b = cp_quote_key(&arena, "\"they are   the executioners.\"", strlen("\"they are   the executioners.\""), &l2);

	CHECK_STR(a, "they are the executioners");
	CHECK_STR(a, b);
	/* a quote split by one outlet and run whole by another: same opening words */
	a = cp_quote_key(&arena, "One two three four five six seven eight nine ten eleven twelve,",
					 strlen("One two three four five six seven eight nine ten eleven twelve,"), &l1);
	b = cp_quote_key(&arena, "one two three four five six seven eight nine ten eleven twelve. Thirteen!",
					 strlen("one two three four five six seven eight nine ten eleven twelve. Thirteen!"), &l2);
	CHECK_STR(a, b);
	CHECK_INT(l1, strlen("one two three four five six seven eight nine ten eleven twelve"));
	a = cp_quote_key(&arena, "We are the owners of the land,", strlen("We are the owners of the land,"), &l1);
	b = cp_quote_key(&arena, "We are the owners of the land. We stay.", strlen("We are the owners of the land. We stay."), &l2);
	CHECK_STR(a, b);
	a = cp_quote_key(&arena, "Mr. Smith met U.S. officials.", strlen("Mr. Smith met U.S. officials."), &l1);
	CHECK_STR(a, "mr smith met u s officials");
	/* only the opening words are read: a huge quote costs what its first words do */
	{
		static const char unit[] = "don't 1,2 ((x \xc3\xa9t\xc3\xa9 ";
		size_t		n = 4u << 20;
		char	   *big = malloc(n);

		for (size_t i = 0; i < n; i++)
			big[i] = unit[i % (sizeof(unit) - 1)];
		a = cp_quote_key(&arena, big, n, &l1);
		CHECK_STR(a, "dont 1 2 x ete dont 1 2 x ete dont 1");
		memset(big, '(', n);
		a = cp_quote_key(&arena, big, n, &l1);
		CHECK_STR(a, "");
		free(big);
	}
	CHECK_STR(cp_reporting_verb("Says", 4), "said");
	CHECK_STR(cp_reporting_verb("warned", 6), "warned");
	CHECK(cp_reporting_verb("table", 5) == NULL);
	CHECK(cp_reporting_verb("", 0) == NULL);
}

/* With the tagger, speakers get the entity and kind claim sources get (attribution.h). */
static void
test_tagged_speakers(void)
{
	static const struct
	{
		const char *text;
		const char *speaker;	/* NULL: none */
		int			kind;		/* cp_entity_kind, -1: none */
	}			cases[] = {
		{"\"We are ready,\" Hamas official Musa Abu Marzouk told reporters.", "Musa Abu Marzouk", CP_ENT_PER},
		{"\"We will respond to every crime,\" the Interior Ministry said in a statement.", "Interior Ministry", CP_ENT_ORG},
		/* the verb next to it makes a surname a person: alone "Carney" tags as a place */
		{"\"We are ready for it,\" Carney said.", "Carney", CP_ENT_PER},
		/* the word before is cut off the speaker: "said Takashi Yamanaka" */
		{"\"Prices will rise,\" said Takashi Yamanaka, an economist.", "Takashi Yamanaka", CP_ENT_PER},
		{"\"It was a mistake from the start,\" Obama's former campaign strategist said.", NULL, -1},
		{"\"We are close to a deal,\" John D. Podesta said.", "John D. Podesta", CP_ENT_PER},
		{"\"The operation will go on as long as needed,\" Israel said.", "Israel", CP_ENT_LOC},
		{"\"It was never going to work,\" a French diplomatic source said.", NULL, -1},
		{"John Kerry arrived in Cairo on Saturday.\n\n\"We are close to a deal,\" Kerry said.", "John Kerry", CP_ENT_PER},
	};
	const cp_ner_model *m = unit_ner_model(NULL, NULL);

	CHECK(m != NULL);
	if (!m)
		return;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		cp_doc		doc;
		cp_vec		v;
		const cp_quote *q;

		cp_vec_init(&v, sizeof(cp_quote));
		cp_doc_init(&doc, &arena, cases[i].text, strlen(cases[i].text), m);
		CHECK_INT(cp_extract_quotes(&doc, &v), CP_OK);
		CHECK_INT(v.count, 1);
		if (v.count != 1)
			continue;
		q = v.items;
		CHECK_INT(q->speaker_kind, cases[i].kind);
		if (cases[i].speaker)
			CHECK_STR(SPEAKER(q[0]), cases[i].speaker);
		else
			CHECK(q->speaker == NULL || q->speaker_kind < 0);
	}
}

static void
test_bad_input(void)
{
	size_t		n,
				i,
				big = 2000000;
	char	   *s;
	cp_quote   *q;

	q = run("", &n);
	CHECK_INT(n, 0);
	q = run("   \n\n \t ", &n);
	CHECK_INT(n, 0);
	q = run("\"", &n);
	CHECK_INT(n, 0);
	q = run("\"\xff\xfe\x01\"\x80, he said.", &n);
	CHECK(n <= 1);
	q = run("\u201d\u201d\u201c\u201c\"\"'' said \u201c", &n);
	CHECK(n <= 2);
	/* thousands of marks in a row, and one huge unclosed quote: linear, no crash */
	s = malloc(big + 1);
	for (i = 0; i < big; i++)
		s[i] = (i % 3 == 2) ? ' ' : '"';
	s[big] = '\0';
	q = run(s, &n);
	CHECK(n < big);
	s[0] = '"';
	for (i = 1; i < big; i++)
		s[i] = (i % 7 == 0) ? ' ' : 'a';
	memcpy(s + big - 12, "\" he said. ", 11);
	q = run(s, &n);
	CHECK(n <= 1);
	for (i = 0; i < big; i++)
		s[i] = "\"a,\" he said \u201c"[i % 16] ? "\"a,\" he said \u201c"[i % 16] : ' ';
	q = run(s, &n);
	CHECK(n > 0);
	free(s);
	CP_UNUSED(q);
}

int
main(void)
{
	cp_set_host(&cp_malloc_host);
	cp_arena_init(&arena);
	test_styles();
	test_attribution();
	test_inherited();
	test_speaker_phrases();
	test_keys();
	test_tagged_speakers();
	test_bad_input();
	cp_arena_free(&arena);
	UNIT_DONE("quotes");
}
