-- corpus.quotes() and corpus.quote_key(): every quotation style in seed-style articles

CREATE TABLE quote_articles (id int, outlet text, doc text);
INSERT INTO quote_articles VALUES
(1, 'wire', E'Truce Talks Resume in Cairo\n\n'
 'U.S. Secretary of State Mark Ellison met Egyptian officials on Tuesday.\n\n'
 '"Both sides have to stop firing before anything else can happen," Hamas leader Omar Haddad said Wednesday, according to Fox News. "We will not accept less."\n\n'
 'Ellison stated, "We have made steps forward. There is still work to be done."\n\n'
 '"We tried," he said, "but the proposal was never formally submitted."\n\n'
 '"In support of the initiative, our objective is a ceasefire as soon as possible," a French diplomatic source told Reuters.\n\n'
 'The minister called it a "framework" and mentioned the book "Days of Rage" and the so-called "peace dividend".'),
(2, 'network', E'Haddad Rejects Ceasefire Terms\n\n'
 'Hamas political chief Omar Haddad spoke to reporters in Doha.\n\n'
 'Haddad added, \u201cBoth sides have to stop firing before anything else can happen. We will not accept less.\u201d\n\n'
 '\u201cOur goal is to achieve a cessation of hostilities,\u201d one senior State Department official said. \u201cWe don\u2019t expect it will be easy.\u201d\n\n'
 'Hamas spokesman Sami Nasser warned, \u201cThe occupation will pay for every crime.\n\n'
 '\u201cNo one should doubt our resolve.\u201d');

-- every quote with its speaker and verb
SELECT a.id, q.sentence, q.mention, q.speaker, q.speaker_entity, q.speaker_mention, q.verb,
       substr(a.doc, q.start, q.len) = q.mention AS span_ok,
       q.speaker_start IS NULL OR substr(a.doc, q.speaker_start, q.speaker_len) = q.speaker_mention AS mention_ok
FROM quote_articles a, corpus.quotes(a.doc) q
ORDER BY a.id, q.start;

-- speaker_entity: people and organizations join the entities of corpus.entities()
SELECT q.speaker_entity, count(*) AS quotes
FROM quote_articles a, corpus.quotes(a.doc) q
WHERE q.speaker_entity IS NOT NULL
GROUP BY 1 ORDER BY 1;

-- a surname alone finds the full name the article gave, even one places have
-- ("Park"), when a title only people carry stood before it
SELECT speaker, speaker_entity, speaker_mention
FROM corpus.quotes('Mayor Elena Park met residents. "The wall did its job," Park said.');

-- the same quote in two outlets, split by one and whole in the other, joined by key
SELECT a.outlet AS first_outlet, b.outlet AS second_outlet, qa.speaker, qa.key
FROM quote_articles a CROSS JOIN LATERAL corpus.quotes(a.doc) qa
JOIN LATERAL (SELECT b.outlet, qb.key FROM quote_articles b, corpus.quotes(b.doc) qb WHERE b.id > a.id) b
  USING (key);

-- quote_key folds case, punctuation, marks and spacing
SELECT corpus.quote_key(E'\u201cThey are the Executioners,\u201d') = corpus.quote_key('"they are   the executioners."') AS same_key,
       corpus.quote_key('Don''t  STOP!') AS key;

-- no speech: scare quotes, titles, unattributed marks, empty and odd input
SELECT count(*) FROM corpus.quotes('The so-called "deal" and the film "Days of Rage".');
SELECT count(*) FROM corpus.quotes('');
SELECT count(*) FROM corpus.quotes(repeat('"', 10000));
SELECT count(*), count(speaker) FROM corpus.quotes(repeat('"Yes," he said "', 2000));
SELECT count(*), count(speaker) FROM corpus.quotes(repeat('"Yes," he said. ', 2000));
SELECT count(*) FROM corpus.quotes(NULL);
SELECT corpus.quote_key(NULL) IS NULL AS null_key;

DROP TABLE quote_articles;
