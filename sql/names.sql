-- Name variants: corpus.entity_key, corpus.same_entity, corpus.name_similarity

-- The spellings of issue 4: one key each
SELECT a, b, corpus.entity_key(a) = corpus.entity_key(b) AS same_key, corpus.same_entity(a, b)
FROM (VALUES
  ('Khaled Mashaal', 'Khaled Meshaal'),
  ('Binyamin Netanyahu', 'Benjamin Netanyahu'),
  ('Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi'),
  ('President Abdel Fattah el-Sisi', 'Abdul Fatah al-Sisi'),
  ('Mohamed Mursi', 'Mohammed Morsi'),
  ('Mahmud Abbas', 'Mahmoud Abbas'),
  ('Muammar Qadhafi', 'Muammar Gaddafi'),
  ('Muammar Gaddafi', 'Muammar Kadhafi'),
  ('Ban Ki-Moon', 'Ban Ki-moon'),
  ('Prime Minister Benjamin Netanyahu', 'NETANYAHU, Benjamin'),
  ('Sheikh Hassan Nasrallah', 'Hassan Nasrallah'),
  ('Владимир Путин', 'Vladimir Putin'),
  ('KB LINES LTD.', 'KB Lines Limited')
) AS t(a, b);

-- Further than the key: dropped names, initials, word order
SELECT a, b, corpus.same_entity(a, b)
FROM (VALUES
  ('Jorge Alberto Arreaza Montserrat', 'Jorge Arreaza'),
  ('Raed M. Hijazi', 'Raed Hijazi'),
  ('Kim Tong Chol', 'Tong Chol Kim'),
  ('Colonel Muammar el-Qaddafi', 'Moammar Gadhafi'),
  ('Nabil Yusuf Alharbi', 'Nabil Al-Harbi'),
  ('Yekaterina Ivanova', 'Ekaterina Ivanova'),
  ('Samir Kuntar', 'Abu Samir Kuntar'),
  ('Pablo Andres Ortega Ruiz', 'Pablo Andres Ortega Salgado'),
  ('LIMITED LIABILITY COMPANY NORDSTAL', 'NORDSTAL LLC'),
  ('VELORA', 'VELORA TEXTILES COMPANY'),
  ('Nasrullah Karimi', 'Nasarullah Karimi'),
  ('Paul Jonathan Reyes Toledo', 'Jonathan Paul Reyes Toledo'),
  ('Rustam Muhidinov', 'Rustam Muidinov'),
  ('Rashid Abu Zaid Karimi', 'Rashid Abuzaid Karimi'),
  ('Yakov Rabalsky', 'Jacob Rabalsky'),
  ('Chong Won Ri', 'Jong Won Ri'),
  ('Wa''il Haddad', 'Wael Haddad'),
  ('Konstantin Malofeyev', 'Konstantin Malofeev'),
  ('NORTHWIND RELIEF ASSOCIATION', 'Northwind Relief Agency'),
  ('KESTREL SHIP MGMT LTD', 'Kestrel Ship Management Ltd'),
  ('KORAL SHIPPING', 'MARLIN KORAL SHIPPING')
) AS t(a, b);

-- Pairs that must stay apart: a shared family name or given name
SELECT a, b, corpus.entity_key(a) = corpus.entity_key(b) AS same_key, corpus.same_entity(a, b)
FROM (VALUES
  ('Muammar Gaddafi', 'Khamis Gaddafi'),
  ('Muammar Qadhafi', 'Saif al-Islam Gaddafi'),
  ('Saif al-Islam Qaddafi', 'Saif al-Arab Qaddafi'),
  ('Muhammad Qaddafi', 'Muammar El-Qaddafi'),
  ('Mahmoud Abbas', 'Mohammed Abbas'),
  ('Ali Hassan', 'Ali Hussein'),
  ('Arturo Beltran Leyva', 'Hector Alfredo Beltran Leyva'),
  ('Muammar Qadhafi', 'Hannibal Muammar Qadhafi'),
  ('Saddam Hussein', 'Udai Saddam Hussein'),
  ('LEBANESE HEZBOLLAH', 'ANSAR HEZBOLLAH'),
  ('Omar Sabri Hasan Al-Jaburi', 'Yasin Sabri Hasan Al-Jaburi'),
  ('Pablo Ortega Ruiz', 'Pablo Ortega Salgado'),
  ('KORAL SEA BANK', 'KORAL SEA TRADING COMPANY'),
  ('Hassan Ali Karimi', 'Hussein Ali Karimi'),
  ('Mahmud Ali Karimi', 'Muhammad Ali Karimi'),
  ('Hamid Karimi', 'Amid Karimi'),
  ('Mina Karimi', 'Nina Karimi'),
  ('NORTHWIND RELIEF ASSOCIATION', 'Northwind Relief Bank')
) AS t(a, b);

-- A family name alone joins each full name with that family name (so the
-- decision is not transitive: group by the key, attach short mentions)
SELECT a, b, corpus.same_entity(a, b)
FROM (VALUES
  ('Mashaal', 'Khaled Meshaal'),
  ('Gaddafi', 'Muammar Gaddafi'),
  ('Gaddafi', 'Khamis Gaddafi'),
  ('Khamis Gaddafi', 'Muammar Gaddafi')
) AS t(a, b);

-- Similarity ranks variants first
SELECT b, round(corpus.name_similarity('Muammar Gaddafi', b)::numeric, 2) AS sim
FROM (VALUES ('Moammar Qadhafi'), ('Muammar el-Gaddafi Abu Minyar'), ('Khamis Gaddafi'), ('Ban Ki-moon')) AS t(b)
ORDER BY sim DESC, b;

-- Keys
SELECT n, corpus.entity_key(n)
FROM (VALUES ('Khaled Mashaal'), ('Abd al-Rahman'), ('Abdurrahman'), ('Nur al-Din'), ('Nuruddin'),
             ('Al'), (''), (' , '), (E'\t'), ('Dr.')) AS t(n);

-- STRICT: NULL in, NULL out
SELECT corpus.entity_key(NULL) IS NULL AS k, corpus.same_entity(NULL, 'a') IS NULL AS s,
       corpus.name_similarity('a', NULL) IS NULL AS sim;

-- Grouping a week of coverage by person: one row per entity, the most frequent spelling shown
CREATE TEMP TABLE mentions(article int, name text);
INSERT INTO mentions VALUES
  (1, 'Muammar Gaddafi'), (2, 'Muammar Qadhafi'), (3, 'Muammar Gaddafi'), (4, 'Moammar Kadhafi'),
  (5, 'Khamis Gaddafi'), (6, 'Ban Ki-moon'), (7, 'Ban Ki-Moon'), (8, 'Mohammed Morsi'), (9, 'Mohamed Mursi'),
  (10, 'Mohammed Morsi');
SELECT mode() WITHIN GROUP (ORDER BY name) AS display_name, count(*) AS mentions,
       count(DISTINCT name) AS spellings
FROM mentions GROUP BY corpus.entity_key(name) ORDER BY mentions DESC, display_name;

-- Long and odd input stays bounded and total
SELECT length(corpus.entity_key(repeat('Abd al-Rahman bin ', 10000))) < 3000 AS bounded,
       corpus.same_entity(repeat('x', 100000), repeat('x', 100000)) AS long_same,
       corpus.entity_key(E'\x01\x02') AS control;

-- identities(): one identity per person and organization across articles
CREATE TEMP TABLE article_entities(article int, entity corpus.entity);
INSERT INTO article_entities VALUES
  (1, 'PER:Benjamin Netanyahu'), (1, 'PER:Mahmoud Abbas'), (1, 'ORG:United Nations Relief and Works Agency'),
  (2, 'PER:Netanyahu'), (2, 'ORG:UNRWA'), (2, 'PER:Abbas Araghchi'),
  (3, 'PER:Prime Minister Binyamin Netanyahu'), (3, 'PER:Abbas'), (3, 'LOC:Kerry'),
  (4, 'PER:Mr. Kerry'), (4, 'PER:John Kerry'), (4, 'ORG:London Stock Exchange'), (4, 'ORG:London Metal Exchange'),
  (5, 'PER:President Sisi'), (5, 'PER:Abdel Fattah el-Sisi'), (5, 'PER:H. Gibb'), (5, 'PER:Barry Gibb');
SELECT i.identity, count(DISTINCT a.article) AS articles, string_agg(DISTINCT i.entity::text, ', ') AS names
FROM corpus.identities((SELECT array_agg(entity ORDER BY article, entity) FROM article_entities)) i
JOIN article_entities a ON a.entity OPERATOR(corpus.=) i.entity
GROUP BY i.identity ORDER BY articles DESC, i.identity;

-- one row per distinct entity; NULL elements skipped, NULL array NULL, empty array no rows
SELECT count(*) AS rows FROM corpus.identities('{PER:John Kerry, PER:JOHN KERRY, NULL, PER:Kerry}'::corpus.entity[]);
SELECT count(*) AS rows FROM corpus.identities(NULL);
SELECT count(*) AS rows FROM corpus.identities('{}');
SELECT * FROM corpus.identities('{{PER:a},{PER:b}}'::corpus.entity[]);
SELECT count(*) AS rows, count(DISTINCT identity) AS identities
FROM corpus.identities(array_fill('PER:Khaled Mashaal'::corpus.entity, ARRAY[100000])
                       || ('PER:' || repeat('Abd al-Rahman ', 700))::corpus.entity);
