-- Web pages: the article and its metadata out of HTML, on pages written for
-- this suite (one kind of page furniture or parser trouble each).

CREATE TABLE pages (id int PRIMARY KEY, html text);
INSERT INTO pages VALUES
-- a news page: furniture around the article, metadata in JSON-LD and <meta>
(1, $html$<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Harbour bridge reopens after repairs | The Coastal Courier</title>
<meta property="og:title" content="Harbour bridge reopens after repairs">
<meta property="og:site_name" content="The Coastal Courier">
<link rel="canonical" href="https://courier.example/2024/05/harbour-bridge">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbour bridge reopens after repairs", "datePublished": "2024-05-02T07:30:00+01:00",
 "author": [{"@type": "Person", "name": "Mara Quinn"}, {"@type": "Person", "name": "Tom Ellis"}],
 "publisher": {"@type": "Organization", "name": "The Coastal Courier"}}</script>
<style>p { color: red } .secret { content: "STYLE LEAK" }</style>
<script>var leak = "SCRIPT LEAK";</script>
</head><body class="article-page has-sidebar">
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<main><article>
<header><h1>Harbour bridge reopens after repairs</h1>
<p class="byline">By Mara Quinn and Tom Ellis</p><time datetime="2024-05-02T07:30:00+01:00">2 May 2024</time></header>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
<div class="article-body">
<p>The harbour bridge reopened to traffic on Thursday morning, three weeks after engineers closed it to replace corroded cables on its northern span.</p>
<figure><img src="bridge.jpg" alt=""><figcaption>The bridge at dawn. Photo: Courier staff</figcaption></figure>
<p>The council said the repairs cost &pound;4.2 million, about &#8364;4.9 million, and came in under budget. &ldquo;We are relieved,&rdquo; said the works director, Ana Ruiz.</p>
<h2>Traffic returns</h2>
<p>Commuters queued from six o&#8217;clock, and buses on routes 4 &amp; 9 returned to their usual timetable by noon.</p>
<template><p>TEMPLATE LEAK</p></template>
<p class="advert">Advertisement</p>
<blockquote><p>It felt like the town had been cut in half, and now it is whole again.</p></blockquote>
<ul><li>The northern span was last repaired in 1998.</li><li>About 30,000 vehicles cross the bridge every day.</li></ul>
</div>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Council approves budget</a></li><li><a href="/b">Ferry fares rise again</a></li></ul></aside>
<div class="newsletter-signup"><p>Sign up to our morning newsletter for the day's headlines in your inbox.</p></div>
<section class="comments"><h3>12 comments</h3><p>Finally! It took them long enough to fix this, in my humble opinion.</p></section>
</article></main>
<footer><p>Copyright 2024 The Coastal Courier. All rights reserved. Contact us, terms and privacy.</p></footer>
</body></html>$html$),
-- a blog post: metadata only in <meta> tags and <time>, text in a table cell
(2, $html$<html><head><title>Notes on sourdough - Crumb Journal</title>
<meta name="author" content="Priya Natarajan">
<meta property="article:published_time" content="2023-11-18T21:05:00Z">
<meta http-equiv="content-language" content="en_US">
</head><body><table><tr><td class="menu"><a href="/">Home</a><br><a href="/archive">Archive</a></td>
<td class="post">My starter, fed twice a day for a fortnight, finally doubled within four hours, which is the sign most bakers wait for.<br><br>
The first loaf spread too much, so the second went into the oven after a longer cold proof, and it held its shape well.</td></tr></table>
</body></html>$html$),
-- a page that states no metadata, with div-and-br paragraphs
(3, $html$<div id="page"><div class="text">A quiet street in the old town became a stage on Saturday, as twenty musicians played from their balconies for an hour.<br>Neighbours brought chairs into the road, and children danced between the parked cars until dusk.</div>
<div class="footer-links"><a href="/about">About</a> | <a href="/contact">Contact</a></div></div>$html$);

SELECT id, title, byline, published AT TIME ZONE 'UTC' AS published_utc, url, lang
FROM pages, corpus.html_article(html) ORDER BY id;

SELECT id, corpus.html_text(html) FROM pages ORDER BY id;

-- html_article's text starts with the headline: corpus.article() reads it as a title line.
SELECT a.title, (corpus.article(h.text)).title AS article_title
FROM pages p, corpus.html_article(p.html) h, corpus.html_article(p.html) a WHERE p.id = 1;

-- Nothing from scripts, styles, templates, comments or furniture leaks.
SELECT id FROM pages WHERE corpus.html_text(html) ~ 'LEAK|cookies|Share on|Related stories|newsletter|opinion|Copyright|Photo:';

-- Character references, named and numeric, in text and attributes.
SELECT corpus.html_text('<p>Fish &amp; chips, caf&eacute; au lait, 5 &lt; 7, &#x201C;quoted&#x201D;, &#233;t&#xE9;, &nbsp;spaced&nbsp;&nbsp;out</p>');
SELECT title FROM corpus.html_article('<meta property="og:title" content="Caf&eacute; &amp; bar &#8212; opening night">');

-- A page stored as text is already decoded: its declared charset is ignored.
SELECT corpus.html_text('<meta charset="iso-8859-1"><p>Caf' || chr(233) || ' cr' || chr(232) || 'me br' || chr(251) || 'l' || chr(233) || 'e</p>');
-- A page as fetched bytes is decoded by its declared charset.
SELECT corpus.html_text('\x3c6d65746120636861727365743d2277696e646f77732d31323532223e3c703e436166e9209371756f746564942085208020353c2f703e'::bytea);
SELECT corpus.html_text('\x3c68746d6c3e3c686561643e3c6d65746120687474702d65717569763d22436f6e74656e742d547970652220636f6e74656e743d22746578742f68746d6c3b20636861727365743d4b4f49382d52223e3c2f686561643e3c703ef7c5d3cec13c2f703e'::bytea);
SELECT corpus.html_text('\x3c6d65746120636861727365743d2273686966745f6a6973223e3c703e938c8b9e82cc93568b433c2f703e'::bytea);
-- No declaration: UTF-8 when the bytes are UTF-8, else Latin-1.
SELECT corpus.html_text(convert_to('<p>Zürich und Genève</p>', 'UTF8'));
SELECT corpus.html_text('\x3c703e5afc7269636820756e642047656ee876653c2f703e'::bytea);
-- A wrong or unknown declaration gives text, never an error.
SELECT corpus.html_text('\x3c6d65746120636861727365743d227574662d38223e3c703e4361666520e92066696e653c2f703e'::bytea) AS wrong_utf8;
SELECT corpus.html_text('\x3c6d65746120636861727365743d22782d6e6f2d737563682d636861727365742d3132223e3c703e706c61696e20746578743c2f703e'::bytea) IS NOT NULL AS unknown_charset;

-- Broken pages: truncated, unclosed, empty, not HTML at all.
SELECT corpus.html_text('<html><body><div class="story"><p>The meeting ran late into the night, and the vote was postponed until next wee');
SELECT corpus.html_text('<p>one<p>two<li>three<div>four');
SELECT corpus.html_text('') = '' AS empty, corpus.html_text('<p></p><script>x</script>') = '' AS no_text;
SELECT corpus.html_text('just plain words, no markup at all');
SELECT length(corpus.html_text(decode(repeat('00ff3c3e26233b8081', 2000), 'hex'))) >= 0 AS junk_ok;
SELECT (corpus.html_article(decode(repeat('fe', 100), 'hex'))).text IS NOT NULL AS junk_article;

-- Deep nesting: 9,000 levels are read, 100,000 are refused with SQLSTATE 54000.
SELECT corpus.html_text(repeat('<div>', 9000) || '<p>At the bottom of nine thousand divs.</p>');
DO $$
BEGIN
  PERFORM corpus.html_text(repeat('<div>', 100000) || 'deep');
EXCEPTION WHEN program_limit_exceeded THEN
  RAISE NOTICE 'refused: % (SQLSTATE %)', SQLERRM, SQLSTATE;
END $$;

-- NULL in, NULL out; a recipe: the page stored, its text generated, entities indexed.
SELECT corpus.html_text(NULL::text) IS NULL AS strict;
CREATE TABLE saved_pages (
  id int PRIMARY KEY,
  html text NOT NULL,
  body text GENERATED ALWAYS AS ((corpus.html_article(html)).text) STORED
);
INSERT INTO saved_pages SELECT id, html FROM pages;
CREATE INDEX saved_pages_entities ON saved_pages USING gin (corpus.entity_array(body));
SELECT id, split_part(body, E'\n', 1) AS first_line FROM saved_pages ORDER BY id;

DROP TABLE saved_pages, pages;
