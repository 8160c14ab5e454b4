-- Entities: the corpus.entity type, corpus.entities(), corpus.entity_array() with GIN.

-- Text form KIND:Name; the kind is case-insensitive on input, spaces around the name trimmed.
SELECT 'PER:John Kerry'::corpus.entity, 'org: Hamas '::corpus.entity, 'LOC:Khan Younis'::corpus.entity;
SELECT corpus.kind('MISC:Israeli'), corpus.name('MISC:Israeli');
SELECT 'PER:Name: with a colon'::corpus.entity;

-- Malformed input gives clear errors.
SELECT 'John Kerry'::corpus.entity;
SELECT 'PERSON:John Kerry'::corpus.entity;
SELECT 'PER:'::corpus.entity;
SELECT 'PER:   '::corpus.entity;
SELECT ':Hamas'::corpus.entity;
-- a name must have a key: punctuation alone identifies nothing
SELECT 'PER:.'::corpus.entity;
SELECT 'ORG: -- '::corpus.entity;
SELECT 'PER:III'::corpus.entity, 'PER:7'::corpus.entity, 'LOC:日本'::corpus.entity;

-- Equality is kind plus name key: case, accents, punctuation and spacing folded.
SET search_path = public, corpus;
SELECT 'PER:John Kerry'::entity = 'PER:JOHN  KERRY'::entity AS same_case,
       'PER:José Ramos'::entity = 'PER:Jose Ramos'::entity AS same_accent,
       'ORG:Al-Qaeda'::entity = 'ORG:al Qaeda'::entity AS same_punct,
       'PER:Hamas'::entity = 'ORG:Hamas'::entity AS other_kind,
       'PER:John Kerry'::entity <> 'PER:John Kerr'::entity AS differs;
SELECT 'PER:Zed'::entity < 'ORG:Abe'::entity AS kind_first, 'LOC:Abe'::entity > 'ORG:Zed'::entity AS kind_order,
       entity_cmp('ORG:Hamas', 'ORG:hamas'), entity_hash('PER:John Kerry') = entity_hash('PER:john kerry');
RESET search_path;

-- Binary send is the text form; a binary COPY round trip keeps values.
SELECT corpus.entity_send('PER:John Kerry');
CREATE TABLE ent_io (e corpus.entity);
INSERT INTO ent_io VALUES ('PER:John Kerry'), ('ORG:Hamas'), ('LOC:Khān Yūnis');
SELECT '/tmp/corpus_entity_' || pg_backend_pid() || '.bin' AS f,
       'cat /tmp/corpus_entity_' || pg_backend_pid() || '.bin && rm /tmp/corpus_entity_' || pg_backend_pid() || '.bin' AS readback \gset
COPY ent_io TO :'f' WITH (FORMAT binary);
CREATE TABLE ent_io2 (e corpus.entity);
COPY ent_io2 FROM PROGRAM :'readback' WITH (FORMAT binary);
SELECT e::text FROM ent_io2 ORDER BY e;
DROP TABLE ent_io, ent_io2;

-- Two short articles written for this suite, in the style of the seeds.
CREATE TABLE news (id int PRIMARY KEY, body text);
INSERT INTO news VALUES
(1, $$Kerry Heads to Cairo as Gaza Truce Talks Stall

U.S. Secretary of State John Kerry arrived in Cairo on Monday to press for a ceasefire between Israel and Hamas, as fighting in the Gaza Strip entered its third week.

Kerry met Egyptian President Abdel Fattah el-Sisi and U.N. Secretary-General Ban Ki-moon, who flew in from Doha after talks with Hamas political leader Khaled Mashaal.

"We need a pause now," Ban told reporters. Sisi, who ousted the Muslim Brotherhood government last year, has offered to host both sides.

Israeli Prime Minister Benjamin Netanyahu said the army would keep destroying tunnels near Rafah. Palestinian President Mahmud Abbas, whose Palestinian Authority governs parts of the West Bank, urged the United Nations to act.

Netanyahu's office declined to comment on reports that the head of Mossad had joined the talks.$$),
(2, $$Ceasefire holds in Gaza as envoys gather in Doha

DOHA, Qatar (AP) - Hamas leader Khaled Mashaal met Qatari officials on Sunday while United Nations envoys pressed for a longer truce in the Gaza Strip.

In Ramallah, Mahmud Abbas called on the U.N. Security Council to meet. Abbas said the Palestinian Authority was ready to send officials to Gaza.

Egypt, led by Abdel Fattah el-Sisi, has banned the Muslim Brotherhood, which it accuses of backing Hamas. Netanyahu spoke with John Kerry by phone.$$),
(3, $$The United Nations Relief and Works Agency (UNRWA) said on Tuesday that three schools were hit. UNRWA spokesman Chris Gunness said the agency had given the coordinates to the army.$$);

SELECT kind, mention, name, entity, start, len, sentence FROM news, corpus.entities(body) WHERE id = 1;

-- substr(doc, start, len) = mention for every row; kinds are the four CoNLL kinds.
SELECT count(*) AS mentions, bool_and(substr(body, start, len) = mention) AS substr_ok,
       bool_and(kind IN ('PER', 'ORG', 'LOC', 'MISC')) AS kinds_ok,
       bool_and(corpus.kind(entity) = kind AND corpus.name(entity) = name) AS entity_ok
FROM news, corpus.entities(body);

-- The names the seeds are about, with kind and fullest name.
SELECT DISTINCT entity::text FROM news, corpus.entities(body)
WHERE entity::text IN ('PER:John Kerry', 'PER:Ban Ki-moon', 'PER:Benjamin Netanyahu', 'PER:Khaled Mashaal',
  'PER:Abdel Fattah el-Sisi', 'PER:Mahmud Abbas', 'ORG:Hamas', 'ORG:Palestinian Authority',
  'ORG:Muslim Brotherhood', 'ORG:Mossad', 'ORG:United Nations', 'LOC:Gaza Strip', 'LOC:Rafah',
  'LOC:West Bank', 'LOC:Cairo', 'LOC:Doha')
ORDER BY 1;

-- In-article names: short forms and acronyms get the fullest name.
SELECT id, mention, name FROM news, corpus.entities(body)
WHERE mention IN ('Kerry', 'Ban', 'Sisi', 'Abbas', 'Netanyahu', 'U.N.', 'UNRWA') ORDER BY id, start;

-- An initialism defined in brackets after a body's name is the body wherever it recurs in
-- capitals, even one the tagger reads as the pronoun; not "Who" nor a headline in capitals.
SELECT kind, mention, name FROM corpus.entities($$The World Health Organization (WHO) said on Monday that cases rose. A WHO spokesman said the outbreak was serious.

WHO WILL PAY FOR THE VACCINE

Who knows?$$);

-- GROUP BY, DISTINCT and joins use the type's btree and hash operator classes.
-- (Operators live in schema corpus: a join on entities needs it on the search path.)
SET search_path = public, corpus;
SELECT entity, count(*) FROM news, corpus.entities(body) GROUP BY entity HAVING count(*) > 2 ORDER BY 2 DESC, 1;
SELECT count(DISTINCT entity) AS distinct_entities FROM news, corpus.entities(body);
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM (SELECT DISTINCT entity FROM news, corpus.entities(body) WHERE id = 1) a
JOIN (SELECT DISTINCT entity FROM news, corpus.entities(body) WHERE id = 2) b USING (entity);
SELECT count(*) AS shared_entities FROM (SELECT DISTINCT entity FROM news, corpus.entities(body) WHERE id = 1) a
JOIN (SELECT DISTINCT entity FROM news, corpus.entities(body) WHERE id = 2) b USING (entity);
RESET enable_mergejoin;
RESET enable_nestloop;
RESET search_path;

-- entity_array: distinct entities in btree order, and a GIN index that serves @>.
SELECT corpus.entity_array(body) FROM news WHERE id = 3;
SELECT corpus.entity_array('');
CREATE INDEX news_entities ON news USING gin (corpus.entity_array(body));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM news WHERE corpus.entity_array(body) @> ARRAY['PER:John Kerry', 'ORG:Hamas']::corpus.entity[];
SELECT id FROM news WHERE corpus.entity_array(body) @> ARRAY['PER:John Kerry', 'ORG:Hamas']::corpus.entity[] ORDER BY id;
SELECT id FROM news WHERE corpus.entity_array(body) @> ARRAY['ORG:unrwa']::corpus.entity[];
SELECT id FROM news WHERE corpus.entity_array(body) && ARRAY['LOC:Ramallah', 'LOC:Rafah']::corpus.entity[] ORDER BY id;
RESET enable_seqscan;
DROP TABLE news;

-- Bad input: empty, white space, control characters, repetition, a long document.
SELECT count(*) FROM corpus.entities('');
SELECT count(*) FROM corpus.entities(E' \n\t\n ');
SELECT kind, mention FROM corpus.entities(E'John\x01Kerry met \x1b[31mHamas\x7f leaders in Doha.');
SELECT count(*) > 0 AS found, bool_and(substr(d, start, len) = mention) AS substr_ok
FROM (SELECT repeat('John Kerry ', 5000) AS d) v, corpus.entities(d);
SELECT count(*) > 0 AS found FROM corpus.entities(repeat('Talks resumed in Cairo on Monday, officials said. ', 20000));
SELECT count(*) FROM corpus.entities(repeat('(', 100000));
SELECT count(*) FROM corpus.entities(repeat('A', 100000));

-- A 24 MB article: cancellable within a short statement_timeout.
CREATE TEMP TABLE big AS SELECT repeat('Kerry met Ban Ki-moon in Cairo on Monday, officials said. ', 400000) AS d;
SET statement_timeout = '300ms';
SELECT count(*) FROM big, corpus.entities(d);
SELECT cardinality(corpus.entity_array(d)) FROM big;
RESET statement_timeout;
DROP TABLE big;

-- A name where a place stands is a place, however the tagger read it alone:
-- "near", "outside", a place noun and "of", "in" with a place after "and";
-- after "in" or "around" alone a person is common
SELECT s, e.kind, e.name FROM (VALUES
  ('Tanks clashed with fighters near Khan Younis on Monday.'),
  ('Families fled the eastern districts of Khan Younis.'),
  ('Thousands fled their homes in Khan Younis and Rafah overnight.'),
  ('Fans still have faith in Jose Mourinho.')) v(s), corpus.entities(s) e
ORDER BY s, e.start;

-- Streets, roads and rivers are places; two joined by "and" are two names;
-- a numbered road takes its number; a name does not end with a lower-case word
SELECT e.kind, e.mention FROM corpus.entities(
  'The flood barrier along Mill Street held on Thursday as the Cedar River crested. '
  'Two bridges, on Oak Avenue and Route 9, remained closed.') e
ORDER BY e.start;

-- A noun next to a name states its kind in the whole article: a band, a
-- river, an album before it (after an article too), a company in apposition
SELECT e.kind, e.mention FROM corpus.entities(
  'Last night the band Franz Ferdinand played a long set. Franz Ferdinand will tour. '
  'Shares rose after Vantrell, a Texas company, reported higher profits. '
  'The boat sank in the river Thames. She first heard the album Abbey Road as a teenager.') e
ORDER BY e.start;

-- Events, prizes and agreements are MISC by their last word, or their first
-- and "of"; an initialism defined for an agreement is the agreement
SELECT e.kind, e.mention, e.name FROM corpus.entities(
  'Delegates met to extend the International Wool Agreement (IWA) on Monday. The IWA '
  'expires in June. She won the Halvard Prize for poetry. The Treaty of Marnsby ended the war.') e
ORDER BY e.start;
