-- corpus.claims(): casualty and event counts as rows

SET search_path = corpus, public;
SET datestyle = ISO;

-- Each kind, with qualifiers and sources in several styles (text written for
-- these tests in the manner of wire copy).
CREATE TEMP TABLE reports (outlet text, doc text);
INSERT INTO reports VALUES
('wire', $$Flooding kills dozens in river valley
June 3, 2023
DHAKA — At least 42 people were killed and more than 300 injured when the river burst its banks on Friday, the disaster management ministry said.
About 12,000 families fled their homes, according to the Red Crescent. Rescue teams said 17 villagers were still missing.$$),
('daily', $$Militants seize aid workers
DHAKA — Gunmen abducted six aid workers on Sunday, police said. Officers arrested 25 suspects, and the group still holds nearly 40 hostages, officials said.
"We have counted 57 dead in the northern district alone," said Karim Ahmed, a local official.$$);

SELECT outlet, kind, value, subject, subject_key, source, source_entity, asof, mention, key
FROM reports, claims(doc)
ORDER BY outlet, start;

-- Positions are 1-based characters: substr() gives back the mention.
SELECT count(*) AS claims, count(*) FILTER (WHERE substr(doc, start, len) = mention) AS positioned
FROM reports, claims(doc);

-- A part of the counted, said to be a group: the group is the subject.
SELECT kind, value, subject, mention
FROM claims('About 100 of the dead were children, and some 20 of the wounded are women.', NULL);

-- An explicit reference date resolves "on Friday"; NULL leaves it unresolved
-- and undated figures get no as-of.
SELECT kind, value, asof FROM claims('Two soldiers died on Friday, the army said.', date '2023-06-07');
SELECT kind, value, asof FROM claims('Two soldiers died on Friday, the army said.', NULL);
SELECT count(*) FROM claims(NULL, date '2023-06-07');

-- Text without claims, and numbers that count nothing that happened to anyone.
SELECT count(*) FROM claims('');
SELECT count(*) FROM claims('The bridge is 300 metres long and cost $2 million.');

-- Errors.
SELECT * FROM claims('Three died.', 'infinity'::date);

-- claims_conflict: two figures that cannot both hold.
SELECT a::quantity, b::quantity, claims_conflict(a::quantity, b::quantity)
FROM (VALUES ('>700', '~600'), ('>500', '536'), ('536', '~540'), ('[200,300]', '>=300'), ('>=29514', '<100')) v(a, b);

-- The analyst's view: reported figure per outlet, measure and day, and the
-- pairs of outlets whose figures for the same measure and day disagree.
CREATE TABLE coverage (outlet text, published date, body text);
INSERT INTO coverage VALUES
('north', '2023-06-05', 'More than 70 people were killed in the quake, the interior ministry said on Monday.'),
('south', '2023-06-05', 'The quake killed 52 people, according to the civil defence agency.'),
('east',  '2023-06-05', 'About 75 people died in the quake, officials said.'),
('north', '2023-06-06', 'The death toll rose to 96 on Tuesday, the interior ministry said.');

CREATE MATERIALIZED VIEW toll AS
SELECT c.outlet, c.published, cl.key, cl.value, cl.source, lower(cl.asof) AS day, cl.start
FROM coverage c, claims(c.body, c.published) cl;
CREATE UNIQUE INDEX ON toll (outlet, published, start);
REFRESH MATERIALIZED VIEW CONCURRENTLY toll;

SELECT outlet, day, key, value, estimate(value), source FROM toll ORDER BY day, outlet;

SELECT a.day, a.key, a.outlet, a.value, b.outlet, b.value
FROM toll a JOIN toll b ON a.key = b.key AND a.day = b.day AND a.outlet < b.outlet
WHERE claims_conflict(a.value, b.value)
ORDER BY 1, 2, 3, 5;

DROP MATERIALIZED VIEW toll;
DROP TABLE coverage;
