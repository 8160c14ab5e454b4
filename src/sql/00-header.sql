-- corpus: facts from news articles.  Generated into corpus--<version>.sql
-- from src/sql/*.sql in name order; edit the fragments, not the output.

\echo Use "CREATE EXTENSION corpus" to load this file. \quit
