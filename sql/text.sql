-- Text pipeline: sentences and article anatomy.
SET datestyle = ISO;

-- Sentences: positions are 1-based characters, substr() gives the sentence.
SELECT * FROM corpus.sentences('Kerry met Ban in Cairo. He left on Monday.');

SELECT sentence, mention, substr(d, start, len) = mention AS substr_ok
FROM (VALUES ($$"There was no formal proposal," the minister said. "Let's be clear."
The U.S. envoy met Dr. Amal Haddad in the U.S. The talks ended at 8 p.m. on Monday.
It grew 1.25 percent, to 29,514. Was it over? “Not yet,” she said. “We continue.”
A headline without a full stop
Égypte’s envoy — Ban Ki-moon — wrote: “Stop!” and left…$$)) AS v(d),
     corpus.sentences(d);

-- multi-byte characters before a sentence shift byte offsets but not positions
SELECT mention, start, len FROM corpus.sentences('Ünïcödé fïrst. Ωmega sëcond.');

-- Article anatomy on articles written for this suite, one boilerplate kind each.
CREATE TABLE articles (id int PRIMARY KEY, doc text);
INSERT INTO articles VALUES
(1, $$All Sections
Welcome guest, you have 2 views left.  Register| Sign In

Home | World

Envoy Seeks Pause in Fighting as Aid Convoys Wait

March 3. 2019 6:15PM
Aid workers unload boxes at a crossing point on Sunday. The convoy waited for hours before it was allowed through. (REUTERS/Omar Haddad)

AMMAN — The U.N. envoy began talks on Monday to pause the fighting, officials said.

More than 40 trucks were waiting at the border, a spokesman said.

World Politics

More Headlines$$),
(2, $$Talks Resume in Geneva as Deadline Nears

(Photo: Reuters/Anna Weber/Pool)Delegates arrive at the Palais des Nations in Geneva, March 4, 2019.

Geneva: Negotiators returned to the table on Tuesday, hoping to close the remaining gaps before the deadline set for the end of the week.

"We are close," one diplomat said.

By continuing to use the site, you agree to the use of cookies. You can find out more by clicking this link$$),
(3, $$Storm Leaves Thousands Without Power

Thousands of homes were without power on Friday after the storm.

Crews worked through the night.

[Image by Jan Novak]$$),
(4, $$Mediators Meet in Doha
Friday, June 6, 2025 | 10:15 AM

Mediators met in Doha this Friday to discuss the proposal.

Source: Agencia Sul

You may also like$$),
(5, 'Kerry met Ban in Cairo. He left on Monday.'),
(6, $$NEW YORK, Oct 19 - The exchange said it would list new options.

It said trading would begin on Monday.$$);

SELECT id, title, dateline, published FROM articles, corpus.article(doc) ORDER BY id;
SELECT id, body FROM articles, corpus.article(doc) ORDER BY id;
SELECT id, boilerplate FROM articles, corpus.article(doc) ORDER BY id;

-- A state between the town and the date, as Reuters writes its datelines.
SELECT dateline, published, body
FROM corpus.article($$PORTLAND, Ore., Feb 26 - The utility said it would raise rates.$$);

-- Nothing is lost silently: every non-blank line is in title, body or boilerplate
-- (a dateline prefix goes to boilerplate, the rest of its line to the body).
SELECT id, count(*) FILTER (WHERE NOT found) AS lost_lines
FROM (SELECT id, line,
             strpos(coalesce(a.title, '') || E'\n' || coalesce(a.body, '') || E'\n' || a.boilerplate,
                    regexp_replace(line, '^([A-Z ]+(, [A-Z][a-z]+ [0-9]+)? (—|-) |[A-Z][a-z]+: )', '')) > 0 AS found
      FROM articles, corpus.article(doc) a,
           regexp_split_to_table(doc, E'\n') AS line
      WHERE btrim(line) <> '') s
GROUP BY id ORDER BY id;

-- Volatility and strictness of the public functions.
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'corpus' AND p.proname IN ('sentences', 'article')
ORDER BY 1;

-- Bad input: NULL, empty, white space, control characters, no punctuation.
SELECT count(*) FROM corpus.sentences(NULL);
SELECT * FROM corpus.article(NULL);
SELECT count(*) FROM corpus.sentences('');
SELECT * FROM corpus.article('');
SELECT count(*) FROM corpus.sentences(E' \t\n\n  \r\n ');
SELECT * FROM corpus.article(E' \t\n\n  \r\n ');
SELECT sentence, start, len FROM corpus.sentences(E'a\x01b\x02 c\x7f. d\x1b[0m e.');
SELECT count(*), max(len) FROM corpus.sentences(repeat('word ', 10000));
-- a very long token and a very long line
SELECT count(*), max(len) FROM corpus.sentences(repeat('x', 1000000));
SELECT length(body), title IS NULL AS no_title FROM corpus.article(repeat('y', 1000000));
-- 100 MB: handled, bounded
SELECT count(*) FROM corpus.sentences(repeat('Ok. ', 25000000));
-- cancellable within a short statement_timeout
SET statement_timeout = '300ms';
SELECT count(*) FROM corpus.sentences(repeat('a b c d e f g h ', 20000000));
SELECT length(body) FROM corpus.article(repeat(E'line\n', 40000000));
RESET statement_timeout;

-- Random bytes in a SQL_ASCII database: positions count bytes, as substr does there.
CREATE DATABASE corpus_sqlascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c corpus_sqlascii
CREATE EXTENSION corpus;
SELECT sentence, start, len, length(mention) = len AS len_ok
FROM corpus.sentences(convert_from('\xc3283fff2e20fe41bc2e0a4142c02e2e2ee2809c'::bytea, 'SQL_ASCII'));
SELECT length(body) FROM corpus.article(convert_from(decode(repeat('ff01fe80c0', 1), 'hex'), 'SQL_ASCII'));
-- a byte that is not UTF-8 is an error in a phrase, as a letter is (the
-- message quotes the byte, which the client encoding cannot show: only its code)
DO $$
BEGIN
  PERFORM corpus.parse_quantity(convert_from('\x61626f75742035ff'::bytea, 'SQL_ASCII'));
EXCEPTION WHEN invalid_text_representation THEN
  RAISE NOTICE 'SQLSTATE %', SQLSTATE;
END $$;
SELECT corpus.parse_quantity('about 5x');
\c contrib_regression
DROP DATABASE corpus_sqlascii;
