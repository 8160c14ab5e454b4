-- corpus.dates: absolute and relative dates in seed-style news text
SET datestyle = ISO;

-- absolute forms resolve without a reference
SELECT mention, value, granularity, start, len, sentence
FROM corpus.dates(E'Ministers met in Geneva July 26, 2014.\nThe talks were held on 6 June 2025 and again on 2014-07-21.\nAn earlier round, in 2012, failed.', NULL);

-- substr() agrees with start and len, also after multi-byte characters
SELECT mention, substr(d, start, len) = mention AS same
FROM (SELECT E'Gaza’s “truce” began on 12 März… and July 21. 2014 8:03PM — by then' AS d) t,
     corpus.dates(d, NULL);

-- relative expressions against a reference (Monday 2014-07-21)
SELECT mention, value, granularity
FROM corpus.dates(E'Officials met in Cairo on Saturday. Israel said last month that talks would resume next week. '
                  'The army withdrew earlier this year. Rockets have been fired since October 7. '
                  'He arrived two days ago and will meet the minister on Wednesday. '
                  'Exports fell last year, yesterday and in the past three months.', '2014-07-21');

-- the same text without a reference: relative values are NULL, absolute stay
SELECT mention, value IS NULL AS unresolved
FROM corpus.dates('Officials met on Saturday, three days after the July 4, 2014 vote, and since October 7.', NULL);

-- ranges and open ranges
SELECT mention, value, granularity
FROM corpus.dates('The blockade lasted from 2007 to 2014. Fighting between July 8 and August 26, 2014 killed many. '
                  'Prices will rise after 2016. The truce held until mid-August. Strikes continued in the summer of 2014.',
                  '2014-09-01');

-- months, seasons, decades, quarters, numeric dates
SELECT mention, value, granularity
FROM corpus.dates('Growth slowed in the first quarter of 2015 and in Q3 2016. In the 1990s and in late 2013 it was '
                  'faster. The report of 7/21/2014 and of 21.07.2014 says so. In July, talks stalled.', '2014-09-01');

-- words that look like dates but are not
SELECT count(*) AS none
FROM corpus.dates('This may take longer. She will march on. The Sun reported 2000 pieces. Call 138-2010-2015 now. '
                  'Fox 5 said the F-16 flew 1,200 miles. Summer Smith and June Carter spoke.', '2014-07-21');

-- future tense turns a weekday forward; reporting verbs keep it past
SELECT mention, value
FROM corpus.dates('Kerry will meet Abbas on Friday. Israel will respond, the minister said Tuesday.', '2014-07-23');

-- open ends: "prior to", "onwards", a range from now; a spelled-out century
SELECT mention, value, granularity
FROM corpus.dates('Prior to 2012 the mill lost money; from 2016 onwards it will profit from now until 2030, '
                  'as mills of the twenty-first century do, as in 1987-89 and the 2003/04 season.', '2014-07-21');

-- a bare holiday after a preposition of time; not one that qualifies a noun after "for"
SELECT mention, value
FROM corpus.dates('Over Christmas prices fell. Shops shut during Easter and reopen ahead of Halloween; '
                  'gifts for Christmas shoppers sold out before Thanksgiving.', '2014-07-21');

-- the story's own time: "the following year" after a year the text named, not the reference's next
SELECT mention, value
FROM corpus.dates('Nissan lost money in 2000 and made a profit the following year. Sales rose 5% '
                  'from the previous year. On March 6 it paid; the same day it sold bonds.', '2005-03-15');

-- publication date from the document itself
SELECT mention, value
FROM corpus.dates(E'Ceasefire talks resume\nJuly 21. 2014 8:03PM\nNegotiators met on Saturday and will return next week.');

-- NULL document, empty and odd input
SELECT count(*) FROM corpus.dates(NULL, '2014-07-21');
SELECT count(*) FROM corpus.dates('', '2014-07-21');
SELECT count(*) FROM corpus.dates(repeat('since since since ', 2000), '2014-07-21');
SELECT count(*) FROM corpus.dates(repeat('7/', 5000), NULL);
SELECT corpus.dates('x', 'infinity');
