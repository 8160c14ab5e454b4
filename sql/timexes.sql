-- corpus.timexes: TimeML TIMEX3 types, values and extents
SET datestyle = ISO;

-- every type, against a reference (Friday 2013-03-22)
SELECT type, timex, value, mention, start, len, sentence
FROM corpus.timexes(E'Officials met on Tuesday and will meet again next week. '
                    'Talks have lasted three years; the last round took two hours. '
                    'Prices are now higher than in the third quarter of 2012. '
                    'Envoys meet every Monday, and met at 2 p.m. yesterday and this morning. '
                    'Exports fell in the 1990s and recently rose.', '2013-03-22');

-- substr() agrees with start and len, also after multi-byte characters
SELECT mention, substr(d, start, len) = mention AS same
FROM (SELECT E'Gaza’s “truce” began on 12 März… and in July 2014, a week ago' AS d) t,
     corpus.timexes(d, '2014-07-30');

-- each end of a range is an expression of its own
SELECT timex, mention FROM corpus.timexes('The blockade lasted from 2007 to 2014.', '2015-01-01');

-- without a reference: relative values are X's, with no range
SELECT type, timex, value IS NULL AS no_value, mention
FROM corpus.timexes('They met yesterday, last week and in 2011, for two days.', NULL);

-- the one-argument form takes the date the document states
SELECT type, timex, mention
FROM corpus.timexes(E'Truce Talks Resume\n\nJuly 21, 2014\n\nCAIRO — Envoys met on Sunday and will meet again tomorrow.');

-- corpus.dates is the daterange view of the DATE rows
SELECT d.mention, d.value = x.value AS same_value
FROM corpus.dates('Officials met on Saturday. Israel said last month that talks would resume next week.', '2014-07-21') d
JOIN corpus.timexes('Officials met on Saturday. Israel said last month that talks would resume next week.', '2014-07-21') x
  ON x.start = d.start AND x.type = 'DATE';

-- and reads the year of a month or day without one by the same tense
SELECT d.mention, d.value, x.timex, d.value = x.value AS same_value
FROM corpus.dates('In November, a fire closed the mill. Its owner paid the workers on Dec. 3. '
                  'The mill will reopen in July.', '2014-08-20') d
JOIN corpus.timexes('In November, a fire closed the mill. Its owner paid the workers on Dec. 3. '
                    'The mill will reopen in July.', '2014-08-20') x
  ON x.start = d.start AND x.type = 'DATE';

-- the time a relative expression counts from: the story's last absolute
-- date for "the following year", the tense for a day without a year
SELECT type, timex, value, mention
FROM corpus.timexes('The mill opened on June 3, 2004, and the following year it closed. '
                    'Its year ended Dec. 31. On Monday, its owner will sell it.', '2014-07-23');

-- a month without a year in a clause in the past is the last such month; the
-- same month payable ahead, or in a sentence about the future, is the next one
SELECT type, timex, mention
FROM corpus.timexes('In November, a fire closed the mill. Its owner paid the workers in December. '
                    'A bonus is payable Dec. 15, and the mill will reopen in November.', '2014-10-20');

-- a frequency word as a noun names a newspaper, not a set; "as planned" keeps the past
SELECT type, timex, mention
FROM corpus.timexes('The Communist Party daily Granma, published daily, said the march went ahead '
                    'as planned on Saturday.', '2014-07-23');

-- "more" between a count and its unit keeps the duration
SELECT type, timex, mention
FROM corpus.timexes('The envoy stays for two more days; the lease runs a few more years.', '2014-07-23');

-- bad input: no rows, or clear errors
SELECT count(*) FROM corpus.timexes(NULL, '2014-07-21');
SELECT count(*) FROM corpus.timexes(NULL);
SELECT count(*) FROM corpus.timexes(E'\x01\x02 99999999 years 25:99 p.m.', '2014-07-21');
SELECT count(*) FROM corpus.timexes('It happened 3 days ago.', 'infinity');
