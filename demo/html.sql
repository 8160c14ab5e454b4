-- The demo's saved web page (demo/pages): the article and its metadata out
-- of the HTML, then the usual extractors over the text html_article() gives.
-- psql variables: page (the HTML), file (its name).

\echo '== A saved web page: corpus.html_article(html)'
CREATE TABLE web_pages (
  id serial PRIMARY KEY,
  file text NOT NULL,
  html text NOT NULL,
  body text GENERATED ALWAYS AS ((corpus.html_article(html)).text) STORED
);
INSERT INTO web_pages (file, html) VALUES (:'file', :'page');

\x on
SELECT file, title, byline, published, url, lang
FROM web_pages, corpus.html_article(html);
\x off

\echo '== Its main text (headline first, furniture left out)'
SELECT body FROM web_pages;

\echo '== The text reads like any article: title, dateline, entities, quotes'
SELECT a.title, a.dateline FROM web_pages p, corpus.article(p.body) a;
SELECT e.kind, e.name FROM web_pages p, corpus.entities(p.body) e ORDER BY e.start;
SELECT q.speaker, left(q.mention, 60) AS quote FROM web_pages p, corpus.quotes(p.body) q;
