/*
 * test_html.c: the article and metadata of hand-written pages, the ISO
 * date-time reader, charsets, the nesting limit, cancels between chunks
 * (libxml2's memory released by cp_html_free, which ASan's leak check
 * confirms in make unit-asan), and what never reaches the text.
 */
#include "html.h"
#include "html_internal.h"
#include "unit.h"

#include <setjmp.h>
#include <stdlib.h>

/* Parse page (raw: as fetched bytes) and keep the article in *a. */
static cp_status
read_page(cp_arena *arena, const char *page, size_t len, bool raw, cp_html_article *a)
{
	cp_html    *h = cp_html_new(arena, raw);
	cp_status	st = cp_html_parse(h, page, len, a);

	cp_html_free(h);
	return st;
}

/* The main text of a UTF-8 page, in a static buffer. */
static const char *
text_of(const char *page)
{
	static char out[8192];
	cp_arena	arena;
	cp_html_article a;

	cp_arena_init(&arena);
	if (read_page(&arena, page, strlen(page), false, &a) != CP_OK)
		snprintf(out, sizeof(out), "(error)");
	else
		snprintf(out, sizeof(out), "%.*s", (int) a.text_len, a.text);
	cp_arena_free(&arena);
	return out;
}

static const char news_page[] =
	"<html lang='de'><head><title>Flussfest zieht Tausende an - Stadtbote</title>"
	"<meta property='og:site_name' content='Stadtbote'>"
	"<meta property='article:published_time' content='2022-07-09T18:00:00+02:00'>"
	"<meta name='author' content='Lena Vogt'>"
	"<link rel='canonical' href='https://stadtbote.example/flussfest'>"
	"<script>document.write('SCRIPT');</script><style>.x{}</style></head><body>"
	"<div id='nav' class='main-menu'><a href='/'>Start</a> <a href='/lokal'>Lokal</a></div>"
	"<div class='story-content'><h1>Flussfest zieht Tausende an</h1>"
	"<p>Mehr als zwanzigtausend Menschen kamen am Samstag zum Flussfest, so viele wie seit Jahren nicht.</p>"
	"<div class='social-share'><a href='#'>Teilen</a></div>"
	"<p>Die Veranstalter hatten mit der H&auml;lfte gerechnet, sagte die Sprecherin am Abend, und &uuml;berlegen nun einen zweiten Tag.</p>"
	"<figure><img src='a.jpg'><figcaption>Boote am Ufer. Foto: Stadtbote</figcaption></figure>"
	"<p>Die Stra&szlig;enbahn fuhr bis Mitternacht im F&uuml;nf-Minuten-Takt, Staus blieben aus.</p></div>"
	"<div class='sidebar'><h3>Meistgelesen</h3><ul><li><a href='/1'>Neues Bad er&ouml;ffnet</a></li></ul></div>"
	"<footer>Impressum, Datenschutz und Kontakt der Redaktion Stadtbote</footer></body></html>";

static void
test_article(void)
{
	cp_arena	arena;
	cp_html_article a;

	cp_arena_init(&arena);
	CHECK_INT(read_page(&arena, news_page, sizeof(news_page) - 1, false, &a), CP_OK);
	CHECK_SPAN(a.title, 0, a.title_len, "Flussfest zieht Tausende an");
	CHECK_SPAN(a.byline, 0, a.byline_len, "Lena Vogt");
	CHECK_SPAN(a.url, 0, a.url_len, "https://stadtbote.example/flussfest");
	CHECK_SPAN(a.lang, 0, a.lang_len, "de");
	CHECK(a.has_published);
	CHECK_INT(a.published, 1657382400);	/* 2022-07-09 16:00 UTC */
	CHECK_SPAN(a.text, 0, a.text_len,
			   "Mehr als zwanzigtausend Menschen kamen am Samstag zum Flussfest, so viele wie seit Jahren nicht.\n\n"
			   "Die Veranstalter hatten mit der H\xC3\xA4lfte gerechnet, sagte die Sprecherin am Abend, und \xC3\xBC" "berlegen nun einen zweiten Tag.\n\n"
			   "Die Stra\xC3\x9F" "enbahn fuhr bis Mitternacht im F\xC3\xBCnf-Minuten-Takt, Staus blieben aus.");
	cp_arena_free(&arena);
}

static void
test_metadata_sources(void)
{
	cp_arena	arena;
	cp_html_article a;
	const char *ld =
		"<script type='application/ld+json'>[{\"@type\":\"WebPage\",\"name\":\"x\"},"
		"{\"@type\":\"NewsArticle\",\"headline\":\"Caf\\u00e9 closes &amp; reopens\","
		"\"datePublished\":\"2021-03-04\",\"author\":{\"@type\":\"Person\",\"name\":\"Ines Moreau\","
		"\"url\":\"https://x.example/ines\"},\"publisher\":{\"name\":\"Paper\"}}]</script>"
		"<meta property='og:title' content='Other title'><p class='byline'>By Someone Else</p>";
	const char *elements =
		"<title>Tide tables explained</title><body><h1>Tide tables explained</h1>"
		"<div class='post-author'>By Sam Okafor | Staff writer</div>"
		"<time datetime='2020-01-02T03:04:05Z'>2 January</time>"
		"<p>Tides follow the moon, twice a day, with springs and neaps two weeks apart.</p></body>";
	const char *printed =
		"<h1>Storm closes schools</h1><div class='byline-section'><span class='author'> Ana Lima </span>"
		"<span class='publication'>Daily Ledger</span></div>"
		"<div class='publish-date'>Published 11:34 PM EST Nov 19, 2019</div>"
		"<p>All schools in the county stayed shut on Wednesday, a day after the storm brought down power lines.</p>";
	const char *dateline =
		"<html lang='pt-BR'><h1>Feira do livro abre no s\xC3\xA1" "bado</h1><div><small><b>06/05/2021</b> - Publicado por: "
		"Ana Lima</small></div><div><p>A feira re\xC3\xBAne cem editoras na pra\xC3\xA7" "a central, com debates e "
		"leituras para todas as idades.</p></div></html>";
	const char *dateline_us =
		"<html lang='en-US'><h1>Book fair opens on Saturday</h1><div>Posted 05/06/2021</div>"
		"<div><p>The fair brings a hundred publishers to the central square, with talks and readings.</p></div></html>";
	const char *author_box =
		"<h1>Ten games from 1989</h1><p>Cartridges, joysticks and the long summer of the handheld, one by one.</p>"
		"<div class='authorInfo'><div class='author-name'>retro4ever</div>"
		"<div class='authorDesc'>We collect the best of the eighties and nineties</div></div>";
	const char *none = "<p>Nothing here says who, when or what it is called, only this one line of text.</p>";

	cp_arena_init(&arena);
	CHECK_INT(read_page(&arena, ld, strlen(ld), false, &a), CP_OK);
	CHECK_SPAN(a.title, 0, a.title_len, "Caf\xC3\xA9 closes & reopens");
	/* the byline the page prints wins over JSON-LD's author */
	CHECK_SPAN(a.byline, 0, a.byline_len, "Someone Else");
	CHECK_INT(a.published, 1614816000);

	CHECK_INT(read_page(&arena, elements, strlen(elements), false, &a), CP_OK);
	CHECK_SPAN(a.title, 0, a.title_len, "Tide tables explained");
	CHECK_SPAN(a.byline, 0, a.byline_len, "Sam Okafor");
	CHECK_INT(a.published, 1577934245);
	CHECK_SPAN(a.text, 0, a.text_len, "Tides follow the moon, twice a day, with springs and neaps two weeks apart.");

	CHECK_INT(read_page(&arena, printed, strlen(printed), false, &a), CP_OK);
	CHECK_SPAN(a.byline, 0, a.byline_len, "Ana Lima");
	CHECK(a.has_published);
	CHECK_INT(a.published, 1574224440);	/* 2019-11-20 04:34 UTC */

	/* a date line under the headline, in no date element; the page's language orders it */
	CHECK_INT(read_page(&arena, dateline, strlen(dateline), false, &a), CP_OK);
	CHECK(a.has_published);
	CHECK_INT(a.published, 1620259200);	/* 2021-05-06 */
	CHECK_INT(read_page(&arena, dateline_us, strlen(dateline_us), false, &a), CP_OK);
	CHECK_INT(a.published, 1620259200);

	/* the author's name, not their description; a handle keeps its digits */
	CHECK_INT(read_page(&arena, author_box, strlen(author_box), false, &a), CP_OK);
	CHECK_SPAN(a.byline, 0, a.byline_len, "retro4ever");

	CHECK_INT(read_page(&arena, none, strlen(none), false, &a), CP_OK);
	CHECK(a.title == NULL && a.byline == NULL && a.url == NULL && a.lang == NULL);
	CHECK(!a.has_published);
	cp_arena_free(&arena);
}

static void
test_time(void)
{
	int64_t		s;

	CHECK(cp_html_parse_time("1970-01-01T00:00:00Z", 20, &s) && s == 0);
	CHECK(cp_html_parse_time("2019-11-18T14:02:00-05:00", 25, &s) && s == 1574103720);
	CHECK(cp_html_parse_time("2019-11-18T14:02:00.000+0000", 28, &s) && s == 1574085720);
	CHECK(cp_html_parse_time("2019-11-18 14:02", 16, &s) && s == 1574085720);
	CHECK(cp_html_parse_time("2019-11-18", 10, &s) && s == 1574035200);
	CHECK(!cp_html_parse_time("2019-02-30", 10, &s));
	CHECK(!cp_html_parse_time("18 Nov 2019", 11, &s));
	CHECK(!cp_html_parse_time("2019-11", 7, &s));
	CHECK(!cp_html_parse_time("0001-01-01T00:00:00", 19, &s));
	/* RFC 2822, JavaScript's Date, and dates as pages print them */
	CHECK(cp_html_parse_printed_time("Mon, 18 Nov 2019 16:07:38 -0600", 31, false, &s) && s == 1574114858);
	CHECK(cp_html_parse_printed_time("Tue Nov 19 2019 03:05:46 GMT+0000", 33, false, &s) && s == 1574132746);
	CHECK(cp_html_parse_printed_time("By A on Monday, November 18th, 2019 at 11:08 a.m.", 50, false, &s) &&
		  s == 1574035200);
	CHECK(cp_html_parse_printed_time("Nov. 20, 2019 6:02 AM EST", 25, false, &s) && s == 1574247720);
	CHECK(!cp_html_parse_printed_time("2 min read", 10, false, &s));
	/* month names of other languages, numeric dates day first unless month_first */
	CHECK(cp_html_parse_printed_time("publiziert am 30. Juli 2018", 27, false, &s) && s == 1532908800);
	CHECK(cp_html_parse_printed_time("22 de janeiro de 2018", 21, false, &s) && s == 1516579200);
	CHECK(cp_html_parse_printed_time("05/10/2018 - por Ana", 20, false, &s) && s == 1538697600);
	CHECK(cp_html_parse_printed_time("05/10/2018", 10, true, &s) && s == 1525910400);
	CHECK(cp_html_parse_printed_time("13.10.2018", 10, true, &s) && s == 1539388800);
	CHECK(cp_html_parse_printed_time("[ 2018.08.25 ]", 14, false, &s) && s == 1535155200);
	CHECK(!cp_html_parse_printed_time("1.5.20 million", 14, false, &s));
	CHECK(!cp_html_parse_printed_time("30 julius 2018", 14, false, &s));
	CHECK(!cp_html_parse_printed_time("31/02/2018", 10, false, &s));
}

static void
test_never_text(void)
{
	CHECK_STR(text_of("<p>kept</p><script>var a = '<p>no</p>';</script><style>p{}</style>"
					  "<template><p>no</p></template><noscript>no</noscript><!-- no -->"
					  "<select><option>no</option></select><svg><text>no</text></svg><p>too</p>"),
			  "kept\n\ntoo");
	CHECK_STR(text_of("<p>A&amp;B &lt;tag&gt; &#8364;1 &#x1F600; &eacute;&nbsp;&nbsp;x &bogus; &#0;</p>"),
			  "A&B <tag> \xE2\x82\xAC" "1 \xF0\x9F\x98\x80 \xC3\xA9 x &bogus;");
	CHECK_STR(text_of("line one<br>line two<br><br>new paragraph"), "line one\nline two\n\nnew paragraph");
	CHECK_STR(text_of(""), "");
	CHECK_STR(text_of("<html><body><p>cut off in the mid"), "cut off in the mid");
}

static void
test_charsets(void)
{
	cp_arena	arena;
	cp_html_article a;
	const char latin[] = "<meta charset='iso-8859-1'><p>Gen\xE8ve</p>";
	const char undeclared[] = "<p>Gen\xE8ve</p>";
	const char utf8[] = "<p>Gen\xC3\xA8ve</p>";

	cp_arena_init(&arena);
	CHECK_INT(read_page(&arena, latin, sizeof(latin) - 1, true, &a), CP_OK);
	CHECK_SPAN(a.text, 0, a.text_len, "Gen\xC3\xA8ve");
	CHECK_INT(read_page(&arena, undeclared, sizeof(undeclared) - 1, true, &a), CP_OK);
	CHECK_SPAN(a.text, 0, a.text_len, "Gen\xC3\xA8ve");
	CHECK_INT(read_page(&arena, utf8, sizeof(utf8) - 1, true, &a), CP_OK);
	CHECK_SPAN(a.text, 0, a.text_len, "Gen\xC3\xA8ve");
	/* as text the declaration is ignored: the bytes are UTF-8 already */
	CHECK_INT(read_page(&arena, latin, sizeof(latin) - 1, false, &a), CP_OK);
	CHECK(a.text_len > 0);
	for (size_t i = 0; i < a.text_len; i++)
		CHECK(a.text[i] != '\0');
	cp_arena_free(&arena);
}

/* n nested <div>s then a paragraph. */
static char *
nested(size_t n)
{
	const char *tail = "<p>at the bottom</p>";
	char	   *s = malloc(n * 5 + strlen(tail) + 1);

	for (size_t i = 0; i < n; i++)
		memcpy(s + i * 5, "<div>", 5);
	strcpy(s + n * 5, tail);
	return s;
}

static void
test_depth(void)
{
	cp_arena	arena;
	cp_html_article a;
	char	   *ok = nested(CP_HTML_MAX_DEPTH - 10),
			   *deep = nested(100000);

	cp_arena_init(&arena);
	CHECK_INT(read_page(&arena, ok, strlen(ok), false, &a), CP_OK);
	CHECK_SPAN(a.text, 0, a.text_len, "at the bottom");
	CHECK_INT(read_page(&arena, deep, strlen(deep), false, &a), CP_ERR_LIMIT);
	cp_arena_free(&arena);
	free(ok);
	free(deep);
}

/* A host whose interrupt check counts, and cancels on the given call. */
static int	checks,
			cancel_at;
static jmp_buf cancelled;

static void
counting_check(void)
{
	if (++checks == cancel_at)
		longjmp(cancelled, 1);
}

static void
test_cancel(void)
{
	cp_host		host = cp_malloc_host;
	size_t		n = 3 * CP_HTML_CHUNK;
	char	   *page = malloc(n + 1);
	cp_arena	arena;
	cp_html_article a;
	cp_html    *volatile h = NULL;
	const char *para = "<p>words and more words in a page</p>\n";
	size_t		plen = strlen(para);

	for (size_t i = 0; i < n; i += plen)
		memcpy(page + i, para, n - i < plen ? n - i : plen);
	page[n] = '\0';
	host.check_interrupts = counting_check;
	cp_set_host(&host);

	checks = 0;
	cancel_at = 0;
	cp_arena_init(&arena);
	CHECK_INT(read_page(&arena, page, n, false, &a), CP_OK);
	CHECK(checks >= 3);
	cp_arena_free(&arena);

	/* cancelled after the second chunk: the host frees what libxml2 holds */
	checks = 0;
	cancel_at = 2;
	cp_arena_init(&arena);
	if (setjmp(cancelled) == 0)
	{
		h = cp_html_new(&arena, false);
		(void) cp_html_parse(h, page, n, &a);
		CHECK(false);
	}
	CHECK_INT(checks, 2);
	cp_html_free(h);
	cp_html_free(h);
	cp_arena_free(&arena);

	cp_set_host(NULL);
	free(page);
}

/* A post of two paragraphs before a longer comment thread, and the post's text. */
#define HARVEST_THREAD \
	"<p>The grape harvest began two weeks early this year, after the hottest summer on record.</p>" \
	"<p>Growers said the crop would be small, but good, and sweet, like the one of 2003.</p></div>" \
	"<ol class='comment-list'><li><p>We picked ours last week, and the sugar was high, higher than " \
	"in any year I remember, and the rain stayed away.</p></li><li><p>Same here, in the north " \
	"of the valley, though hail took a third of the young vines in June.</p></li></ol>"
#define HARVEST_TEXT \
	"The grape harvest began two weeks early this year, after the hottest summer on record." \
	"\n\nGrowers said the crop would be small, but good, and sweet, like the one of 2003."

/* The structure of the page decides what is the article. */
static void
test_structure(void)
{
	/* a short post above excerpts of other posts, each in its <article> */
	CHECK_STR(text_of("<div id='primary'><article><h1>Walking in the rain</h1>"
					  "<p>Rain makes the old streets quiet, and a walk at dusk is the best of the week.</p></article>"
					  "<article><h2><a href='/b'>Other post</a></h2><p>Gardens, orchards, fields, meadows, hedges and "
					  "woods, in spring, summer, autumn and winter, each with its colours...</p></article>"
					  "<article><h2><a href='/c'>Third post</a></h2><p>Bread, butter, cheese, apples, pears, "
					  "plums and cherries, from the market, the farm, the shop and the garden...</p></article></div>"),
			  "Rain makes the old streets quiet, and a walk at dusk is the best of the week.");
	/* the best container alone in its wrappers: the wrappers' siblings can be its text */
	CHECK_STR(text_of("<div id='page'><p>The grape harvest began two weeks early this year in the valley, after the "
					  "hottest summer on record.</p><div><div><p>Growers said the crop would be small, but good, and sweet.</p>"
					  "<p>Pickers came from three towns, by bus, by car, and on foot.</p></div></div>"
					  "<div><a href='/a'>Home</a> <a href='/b'>Wine</a> <a href='/c'>Contact us</a></div></div>"),
			  "The grape harvest began two weeks early this year in the valley, after the hottest summer on record."
			  "\n\nGrowers said the crop would be small, but good, and sweet."
			  "\n\nPickers came from three towns, by bus, by car, and on foot.");
	/*
	 * a lead paragraph in a wrapper of its own before the body is text; a
	 * lone paragraph after it (a note about the author) is not
	 */
	CHECK_STR(text_of("<div id='page'><div class='lede'><p>The grape harvest began two weeks early this year in "
					  "the valley, after the hottest summer on record.</p></div><div class='body'>"
					  "<p>Growers said the crop would be small, but good, and sweet.</p>"
					  "<p>Pickers came from three towns, by bus, by car, and on foot.</p></div>"
					  "<div class='note'><p>Jo Vine writes about farming, food and the weather for the weekly.</p></div></div>"),
			  "The grape harvest began two weeks early this year in the valley, after the hottest summer on record."
			  "\n\nGrowers said the crop would be small, but good, and sweet."
			  "\n\nPickers came from three towns, by bus, by car, and on foot.");
	/*
	 * a CMS's taxonomy terms in a post's classes ("tag-comments") say what
	 * it is about, not that it is furniture: the post stays the article
	 * beside a longer comment thread
	 */
	CHECK_STR(text_of("<div class='post type-post hentry tag-comments tag-ads'>" HARVEST_THREAD),
			  HARVEST_TEXT);
	/* a "more" class names a note as well as a list: the note's text stays, the list's links go */
	CHECK_STR(text_of("<div class='post'><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p><div class='article__more'>"
					  "<p>More information: J. Vine et al., Early harvests in a warm valley, Wine Science (2019).</p>"
					  "</div><div class='more-stories'><a href='/a'>Wine prices rise again</a> "
					  "<a href='/b'>Ten vineyards to visit this autumn</a></div></div>"),
			  "The grape harvest began two weeks early this year, after the hottest summer on record, growers said."
			  "\n\nMore information: J. Vine et al., Early harvests in a warm valley, Wine Science (2019).");
	/* and a field whose label is hidden is no hidden field */
	CHECK_STR(text_of("<div class='field field-name-body field-label-hidden'>" HARVEST_THREAD),
			  HARVEST_TEXT);
	/* date and byline lines at the head of the text are metadata */
	CHECK_STR(text_of("<div class='post'><h1>Harvest starts early</h1><p>mercredi 4 septembre 2019, 08:15</p>"
					  "<p>by Farm Desk / 2019.09.04</p><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p>"
					  "<p>Most vineyards expect a smaller crop, but a good one.</p></div>"),
			  "The grape harvest began two weeks early this year, after the hottest summer on record, growers said."
			  "\n\nMost vineyards expect a smaller crop, but a good one.");
	/* a sentence that is all link stays; a list of linked headlines goes */
	CHECK_STR(text_of("<div class='post'><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p><p><a href='/v'>The video shows the "
					  "first grapes picked at dawn in the south of the region.</a></p>"
					  "<p><a href='/a'>Wine prices rise again</a> <a href='/b'>Ten vineyards to visit this autumn</a></p></div>"),
			  "The grape harvest began two weeks early this year, after the hottest summer on record, growers said."
			  "\n\nThe video shows the first grapes picked at dawn in the south of the region.");
	/* a sentence's closing quote comes after its full stop */
	CHECK_STR(text_of("<div class='post'><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p><p><a href='/g'>The growers of the "
					  "southern valley</a> named the festival \xE2\x80\x9C<a href='/f'>The Early Harvest</a>.\xE2\x80\x9D</p>"
					  "<p><a href='/a'>Wine prices rise again</a> <a href='/b'>Ten vineyards to visit this autumn</a></p></div>"),
			  "The grape harvest began two weeks early this year, after the hottest summer on record, growers said."
			  "\n\nThe growers of the southern valley named the festival \xE2\x80\x9CThe Early Harvest.\xE2\x80\x9D");
	/* the text of a small element that begins with a picture is its caption; a paragraph is text */
	CHECK_STR(text_of("<div class='post'><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p><table><tr><td><img src='v.jpg'>"
					  "<div class='info'>Pickers at dawn. Photo by the growers' union</div></td></tr></table>"
					  "<p><img src='w.jpg'>Most vineyards expect a smaller crop, but a good one.</p></div>"),
			  "The grape harvest began two weeks early this year, after the hottest summer on record, growers said."
			  "\n\nMost vineyards expect a smaller crop, but a good one.");
	/* so is that of an element whose first child holds only the picture */
	CHECK_STR(text_of("<div class='post'><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p><div align='center'><div class='img'>"
					  "<img src='v.jpg'></div><br><span class='small'>Pickers at dawn in the south</span></div>"
					  "<p>Most vineyards expect a smaller crop, but a good one.</p></div>"),
			  "The grape harvest began two weeks early this year, after the hottest summer on record, growers said."
			  "\n\nMost vineyards expect a smaller crop, but a good one.");
	/* but a paragraph beside a picture's wrapper is an item's text, not a caption */
	CHECK_STR(text_of("<div class='post'><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p><div class='item'><div class='img'>"
					  "<img src='v.jpg'></div><p>Pickers at dawn in the south of the valley.</p></div>"
					  "<p>Most vineyards expect a smaller crop, but a good one.</p></div>"),
			  "The grape harvest began two weeks early this year, after the hottest summer on record, growers said."
			  "\n\nPickers at dawn in the south of the valley."
			  "\n\nMost vineyards expect a smaller crop, but a good one.");
	/* a heading or lead-in left at the end heads a list that was left out */
	CHECK_STR(text_of("<div class='post'><h2>Early start</h2><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p><p>You may also like:</p>"
					  "<h3>More from the valley</h3><ul><li><a href='/a'>Wine prices rise again</a></li></ul></div>"),
			  "Early start\n\nThe grape harvest began two weeks early this year, after the hottest summer on record, "
			  "growers said.");
	/* a link whose text is its address is printed in the text (a source), not navigation */
	CHECK_STR(text_of("<div class='post'><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p>"
					  "<p><a href='https://wine.example/report'>https://wine.example/report</a></p>"
					  "<p><a href='/a'>Wine prices rise again</a></p></div>"),
			  "The grape harvest began two weeks early this year, after the hottest summer on record, growers said."
			  "\n\nhttps://wine.example/report");
	/* links side by side inside a paragraph are a card or list set in it, not its words */
	CHECK_STR(text_of("<div class='post'><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p><p>The mayor <span class='card'>"
					  "<img src='m.jpg'><a href='/m'>Jo Vine</a> <a href='/1'>Mayor opens the new market hall by the river</a> "
					  "<a href='/2'>Council votes on the bridge</a> <a href='/m'>MORE</a></span> opened the fair "
					  "on Saturday, with a band and a parade through the old town.</p></div>"),
			  "The grape harvest began two weeks early this year, after the hottest summer on record, growers said."
			  "\n\nThe mayor opened the fair on Saturday, with a band and a parade through the old town.");
	/* a paragraph printed twice in a row (a slide's caption and its copy) is printed once */
	CHECK_STR(text_of("<div class='post'><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p><div><div>Pickers at dawn in the "
					  "south of the valley, on Monday.</div><div>Pickers at dawn in the south of the valley, "
					  "on Monday.</div></div><p>Most vineyards expect a smaller crop, but a good one.</p></div>"),
			  "The grape harvest began two weeks early this year, after the hottest summer on record, growers said."
			  "\n\nPickers at dawn in the south of the valley, on Monday."
			  "\n\nMost vineyards expect a smaller crop, but a good one.");
	/* a line that sends the reader to an address is a prompt, even when the address is printed */
	CHECK_STR(text_of("<div class='post'><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p><p>Contact with two growers was "
					  "lost in the storm.</p><p>Follow our coverage of the harvest at "
					  "<a href='https://wine.example/harvest'>https://wine.example/harvest</a></p></div>"),
			  "The grape harvest began two weeks early this year, after the hottest summer on record, growers said."
			  "\n\nContact with two growers was lost in the storm.");
	/* a notice about the comments closing the text is left out; the same words further up stay */
	CHECK_STR(text_of("<div class='post'><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p><p>The debate moderator asked for "
					  "comments from both growers.</p><p>Most vineyards expect a smaller crop, but a good one.</p>"
					  "<p>Note: comments are moderated and appear once approved.</p></div>"),
			  "The grape harvest began two weeks early this year, after the hottest summer on record, growers said."
			  "\n\nThe debate moderator asked for comments from both growers."
			  "\n\nMost vineyards expect a smaller crop, but a good one.");
	/* further down, a short line with a date is text */
	CHECK_STR(text_of("<div class='post'><p>The grape harvest began two weeks early this year, "
					  "after the hottest summer on record, growers said.</p><p>Most vineyards expect a smaller "
					  "crop.</p><p>The hearing is set for 4 September 2019.</p></div>"),
			  "The grape harvest began two weeks early this year, after the hottest summer on record, growers said."
			  "\n\nMost vineyards expect a smaller crop.\n\nThe hearing is set for 4 September 2019.");
}

int
main(void)
{
	test_article();
	test_structure();
	test_metadata_sources();
	test_time();
	test_never_text();
	test_charsets();
	test_depth();
	test_cancel();
	UNIT_DONE("html");
}
