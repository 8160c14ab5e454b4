-- The corpus tour: run by `make demo` over demo/articles.
\pset footer off
\echo
\echo '== Article anatomy: title, dateline, stated date, and what was stripped'
SELECT a.id, a.outlet, x.title, x.dateline, x.published,
       replace(x.boilerplate, E'\n', ' / ') AS boilerplate
FROM articles a, corpus.article(a.doc) x ORDER BY a.id;

\echo '== Sentences with 1-based positions: substr(doc, start, len) is the sentence'
SELECT a.id, s.n, s.start, s.len, left(s.sentence, 70) AS sentence
FROM articles a, corpus.sentences(a.doc) s WHERE a.id = 2 ORDER BY s.n;
