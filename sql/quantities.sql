-- corpus.quantities(): quantities in seed-style news text
SET search_path = corpus, public;

SELECT kind, mention, value, unit, start, len, sentence,
       substr(doc, start, len) = mention AS span_ok
FROM (VALUES (
'Gaza truce holds as talks resume

CAIRO — More than 700 Palestinians and 35 Israelis have been killed in 21 days of fighting, officials said on Sunday.
About 600 people sheltered in a school, and almost 100 children were among the dead. At least 29,514 Palestinians have died since the war began, the ministry said.
The United Nations says two million people live in the enclave, several hundred of them in tents, and dozens of hostages remain.
Between 500 and 600 trucks would enter daily under a seven-day truce that follows a 12-hour ceasefire and an eight-year blockade.
A poll found 76% backed the deal; donors pledged $1.13bn, up to 700 workers will rebuild 1,000-1,500 homes, and roughly 1,000 tonnes of aid arrived.
Hundreds of people marched; tens of thousands of Gazans were displaced; three senior officials and one Egyptian mediator met for the second time.
The talks on July 26, 2014 began at 8:03PM; Fox 5 and Resolution 242 were cited; call +44 20 7946 0958 for details.')) t(doc),
LATERAL quantities(doc) q;

-- positions count characters, not bytes
SELECT mention, start, len FROM quantities('Über 5 Häuser — €3m für 12 Familien');

-- "over" a period after an amount is "during" it
SELECT kind, mention, value FROM quantities('They pledged $120m over eight years; she taught for over 48 years.');

-- decimal commas and lists
SELECT kind, mention, value FROM quantities('The rate is 1,3 and 1.111,11 euros; see pages 1,3 and 1,2,3.');

-- nothing to find; bad input
SELECT count(*) FROM quantities('');
SELECT count(*) FROM quantities(E'\n\n   \t');
SELECT count(*) FROM quantities(repeat('more than ', 10000));
SELECT count(*) > 0 FROM quantities(repeat('9,', 10000));
SELECT count(*) FROM quantities(repeat('9', 100000));
SELECT count(*) FROM quantities(NULL);

-- Latin-1 signs are not letters: the thousands separator after "£" stays one
SELECT kind, mention, value, unit FROM corpus.quantities('It cost £2,500, or about ¥400,000.');

-- A scale carries to the first number of a range only in the second's own units
SELECT mention, value FROM corpus.quantities('Prices went from $300 to $2 million; between 2 and 3 million people.');

-- The unit on both ends of a range
SELECT mention, value, unit FROM corpus.quantities('Rates rose between 3% and 4%, or from 5 percent to 7 percent.');

-- Units of power, energy and data, glued or not
SELECT mention, value, unit FROM corpus.quantities('A 3kW heater, a 500 MW plant, 40 kWh a day and a 512GB drive.');

-- Speeds, engine power and litres, percent as "pc", a currency code glued before the amount;
-- "732L" (a low in a price table) and "MH17" stay no quantity
SELECT kind, mention, value, unit FROM corpus.quantities('A 30Mbps plan for RM79 a month, a 640bhp 2.0L engine, 40 horsepower, a 24pc discount, EUR5m, 732L and flight MH17.');

-- A conversion in brackets keeps the qualifier of what it converts
SELECT mention, value, unit FROM corpus.quantities('Moths fly more than 100 kilometers (60 miles); it makes just under 296 hp (224 kW / 300 PS), about $86m (£46m).');

-- A signed change is an amount ("Dow +0.2%"); a "+" before a whole number is a telephone code
SELECT mention, value FROM corpus.quantities('Dow +0.2%, Nasdaq +0.8%, Current Account +13.5 billion. Call +44 20 7946 0958.');

-- A number word in a compound adjective is no amount; durations and ages stay
SELECT mention, value, unit FROM corpus.quantities('A four-door coupe with a six-speed box, a one-off charge, a three-year plan and a five-year-old boy.');

-- Hyphenated words of four or five parts; the tail of a word led by no number; "and up", "from X up to Y"
SELECT mention, value, unit FROM corpus.quantities('A two-and-a-half-year lease, a week-and-a-half wait at fly-half, ages 16 and up. Fees rose from 40 up to 65 dollars.');

-- "one in five" before its noun is a proportion; numbers in a list share the unit of the last;
-- hanging hyphens wait for it; a vague plural takes the unit after "of"
SELECT kind, mention, value, unit FROM corpus.quantities('One in five adults smoke. It took 5 or 6 days; the 10- and 20-year bonds and four-, five- and six-cylinder engines cost tens of millions of dollars.');

-- A measure in parts is one value in its first unit when the phrase is read alone;
-- in running text each part stays its own amount
SELECT corpus.parse_quantity('6 feet 2 inches'), corpus.parse_quantity('2 hours, 30 minutes'),
       corpus.parse_quantity('more than 3 pounds 4 ounces'), corpus.parse_quantity('one in five adults');
SELECT mention, value, unit FROM corpus.quantities('He is 6ft 2in tall.');

-- A measure is named by what its unit measures: a temperature, an age or a dimension
SELECT kind, mention, value, unit FROM corpus.quantities('At 104 degrees F a child 18 months old and a 70-year-old ran 5 km; it fell to minus 5 degrees Celsius.');
