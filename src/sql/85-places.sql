-- Places: place mentions resolved to GeoNames places with coordinates, and a bare-name lookup

CREATE FUNCTION places(doc text, OUT mention text, OUT name text, OUT geonameid int,
                       OUT country text, OUT admin1 text, OUT lat double precision,
                       OUT lon double precision, OUT feature_class text, OUT feature_code text,
                       OUT population bigint, OUT start int, OUT len int, OUT sentence int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'corpus_places'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 3000 ROWS 10;

COMMENT ON FUNCTION places(text) IS
'Place mentions of a document in text order, each resolved to one place (one per name per article): mention as written, place name, GeoNames id (null for countries and regions), ISO 3166-1 alpha-2 country, first-level region, WGS 84 lat and lon, GeoNames feature class (A, P) and code, population, 1-based character start and length, sentence number';

CREATE FUNCTION place(place_name text, OUT name text, OUT geonameid int, OUT country text,
                      OUT admin1 text, OUT lat double precision, OUT lon double precision,
                      OUT feature_class text, OUT feature_code text, OUT population bigint)
RETURNS record
AS 'MODULE_PATHNAME', 'corpus_place'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 10;

COMMENT ON FUNCTION place(text) IS
'The likeliest place of a bare name (a country before a region before all but the largest cities, then by population), or null when the gazetteer does not know it';
