-- Places: corpus.places() resolves place mentions to gazetteer places, corpus.place() a bare name.

-- Countries, demonyms and cities; a country's point is GeoNames'.
SELECT mention, name, geonameid, country, admin1, round(lat::numeric, 2) AS lat,
       round(lon::numeric, 2) AS lon, feature_class, feature_code, population > 0 AS populated,
       start, len, sentence
FROM corpus.places('Turkish troops crossed into Syria on Monday. The talks in Ankara were led by Canada.');

-- Positions count characters, as substr() does.
SELECT mention, substr(d, start, len) = mention AS same
FROM (SELECT 'Délégués à Genève: talks moved from Geneva to Zurich.' AS d) v, corpus.places(d);

-- One resolution per name: the article's other places choose the namesake.
SELECT mention, name, country, admin1
FROM corpus.places('The storm flooded roads in Paris, Texas, on Monday. Paris schools closed, '
                   'and officials in Dallas said Texas would send help.');
SELECT mention, name, country, admin1
FROM corpus.places('Firefighters from Tottenham and Walthamstow were sent to Edmonton, '
                   'where a block of flats burned. Edmonton residents were evacuated.');
SELECT mention, name, country, admin1
FROM corpus.places('Police in Edmonton said the highway to Calgary was closed across Alberta.');

-- Abbreviated regions after a town, and a dateline.
SELECT mention, name, country, admin1, feature_code
FROM corpus.places('GLASGOW, Ky. (AP) — A woman died after a crash in Glasgow, police in Barren County said.');

-- An organization's place ("Kentucky State Police") needs the article's country.
SELECT mention, name, country
FROM corpus.places('Kentucky State Police said the crash closed a road in Louisville, U.S. officials said.');
-- A company's name names no place, and its legal form is none ("AG" is no Antigua);
-- a word cut from a name is an abbreviation only with its own full stop ("Pan Am." is no Alabama).
SELECT mention, name, country
FROM corpus.places('First Boston Corp and Volkswagen AG opened offices in Chicago. '
                   'Later First Boston hired staff in Illinois. Delta bought the routes of Pan Am.');

-- A small town without context is left out (precision); with its country named it stays.
SELECT mention, name, country, population
FROM corpus.places('He moved to Hinton last year.');
SELECT mention, name, country, population
FROM corpus.places('He moved to Hinton, which is two hours from Edmonton, last year.');
-- A continent is a place, its adjective too.
SELECT mention, name, feature_class, feature_code
FROM corpus.places('Europe and Asia signed the accord, European officials said.');

-- Nothing to resolve.
SELECT count(*) FROM corpus.places('');
SELECT count(*) FROM corpus.places('no capitals here at all.');

-- Large and hostile documents: linear, no crash.
SELECT count(*) FROM corpus.places(repeat('Talks resumed in Cairo on Monday, Egyptian officials said. ', 20000));
SELECT count(*) FROM corpus.places(repeat('A', 100000));
SELECT count(*) FROM corpus.places(repeat('Paris, ', 30000));
SELECT count(*) FROM corpus.places('In ' || repeat('Xy', 5000) || ' and Cairo.');

-- corpus.place(): the likeliest place of a bare name.
SELECT name, geonameid, country, admin1, feature_class, feature_code
FROM (VALUES ('Paris'), ('U.S.'), ('the Netherlands'), ('Texas'), ('Israeli'), ('Khan Younis'),
             ('Gaza'), ('nowhere at all'), ('')) v(q), LATERAL corpus.place(q) p;
SELECT corpus.place(repeat('a', 10000)) IS NULL AS unknown;
SELECT corpus.place(NULL) IS NULL AS strict;
-- Rows map directly: latitude and longitude columns (with PostGIS: ST_MakePoint(lon, lat)).
SELECT (corpus.place('Cairo')).lat BETWEEN 29 AND 31 AS lat, (corpus.place('Cairo')).lon BETWEEN 31 AND 32 AS lon;

-- Volatility and parallel safety, like every extractor.
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'corpus'
WHERE p.proname IN ('places', 'place') ORDER BY 1;

-- The README's recipes: a map of places per outlet, geocoding a column.
CREATE TABLE articles (id int PRIMARY KEY, outlet text NOT NULL, body text NOT NULL);
INSERT INTO articles VALUES
(1, 'wire', $$GAZA CITY — Israeli air strikes hit Rafah and Khan Yunis on Sunday, Gaza health officials said, as envoys met in Cairo.$$),
(2, 'daily', $$CAIRO — Egyptian mediators met Israeli envoys on Sunday. Talks in Cairo will go on, Egypt said.$$);
CREATE MATERIALIZED VIEW outlet_places AS
  SELECT a.outlet, p.name, p.country, p.admin1, p.lat, p.lon, count(*) AS mentions,
         count(DISTINCT a.id) AS articles
  FROM articles a, corpus.places(a.body) p
  GROUP BY a.outlet, p.name, p.country, p.admin1, p.lat, p.lon;
SELECT outlet, name, country, admin1, round(lat::numeric, 2) AS lat, round(lon::numeric, 2) AS lon, mentions
FROM outlet_places ORDER BY outlet, mentions DESC, name;
CREATE TABLE subscribers (city text);
INSERT INTO subscribers VALUES ('Cairo'), ('Nowhereville'), ('Rafah'), ('MONTREAL');
SELECT s.city, g.name, g.country, round(g.lat::numeric, 2) AS lat, round(g.lon::numeric, 2) AS lon
FROM subscribers s LEFT JOIN LATERAL corpus.place(s.city) g ON true ORDER BY s.city;
DROP MATERIALIZED VIEW outlet_places;
DROP TABLE articles, subscribers;
