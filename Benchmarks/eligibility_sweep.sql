-- Benchmark of issue 4: the eligibility sweep as ONE SQL query on PostgreSQL, against the Swift engine.
--
-- Run by Benchmarks/eligibility_sweep.sh from the directory of the CSV files (psql's \copy reads paths
-- relative to its working directory and takes no variables), in two parts:
--     psql -v load=1 -v query=0 -f eligibility_sweep.sql                     loads the CSVs into schema bench_eligibility
--     psql -v load=0 -v query=1 -v settings='SET …;' -f eligibility_sweep.sql  runs the sweep twice, \timing on
--
-- The query evaluates every subject against every code of the catalogue for 2024 with the engine's semantics
-- (Sources/ThiDuaCore/Eligibility: regime law2022, default settings: reference day 2024-12-31, CO_BO without
-- TTLDXS), three-valued: a truth is 2 (holds), 1 (unknown: a person's judgement) or 0 (fails); Kleene "and"
-- is least(), "or" is greatest(). Every truth below is a CASE with an ELSE, never NULL (least/greatest skip
-- NULLs). A code that does not apply to the subject's kind gives NULL and the subject is skipped, as in
-- EligibilitySweep.counts. The rules of each code, then the two principles of every code (Catalogue.principles):
--   P(w)  no discipline overlapping the code's window of w years (2024-w+1 … 2024) and none still running,
--         and no pending matter open on the reference day.
-- A title or award "counts" (CompactHistory.holds, heldBefore, awardChainEnd) when it is regular and not revoked.
-- Cycles (issue 12: one achievement earns one reward): a code whose window is more than a year (CSTD_BO, CSTD_TQ,
-- BK_BO, BK_TTG, HCLD3, HCLD2, HCLD1) reads its own rules, not the principles, from the year after its latest
-- award that counts before 2024 (EvaluationContext.within): a run of years or a chain that
-- reaches back before that year fails, counts and initiatives count from it (HCLD2, HCLD1 and every code of a
-- collective with a cycle are a judgement only, which a cycle does not change). A person's BK_TTG and HCLD3 also have
-- a judgement route (another point of Art. 73(1); long service, Art. 44(1)(g)), so their point (b) / (e) only
-- decides between eligible and manualCheck.
--
-- Shape: the rows of the windows from every table in one stream (UNION ALL), one aggregate per subject
-- (FILTER clauses; PostgreSQL runs it as a parallel partial aggregate), one join to the subjects, one truth per
-- code and subject, then the subjects counted by their combination of truths. Other forms tried at full size
-- on the same machine: one aggregate per table joined on the subject, about as fast serially (12.7–13.5 s) but
-- slower in parallel (each worker rebuilt every aggregate: 21 s); un-pivoting every subject × code pair with a
-- LATERAL VALUES before counting, 49–75 s.

\set ON_ERROR_STOP on
SET client_min_messages = warning;

\if :load
DROP SCHEMA IF EXISTS bench_eligibility CASCADE;
CREATE SCHEMA bench_eligibility;
SET search_path = bench_eligibility;

-- The files as they are.
CREATE UNLOGGED TABLE raw_subjects (id text, kind text, gender text, total int, completed int, disciplined int, women int, ldtt int, cstdcs int);
CREATE UNLOGGED TABLE raw_ratings (subject text, year int, rating text);
CREATE UNLOGGED TABLE raw_achievements (subject text, code text, year int, type text, revoked boolean);
CREATE UNLOGGED TABLE raw_initiatives (subject text, year int, scope text);
CREATE UNLOGGED TABLE raw_discipline (subject text, "from" date, "to" date);
CREATE UNLOGGED TABLE raw_pending (subject text, kind text, "from" date, "to" date);
\echo '  copying subjects.csv'
\copy raw_subjects FROM 'subjects.csv' WITH (FORMAT csv, HEADER true)
\echo '  copying ratings.csv'
\copy raw_ratings FROM 'ratings.csv' WITH (FORMAT csv, HEADER true)
\echo '  copying achievements.csv'
\copy raw_achievements FROM 'achievements.csv' WITH (FORMAT csv, HEADER true)
\echo '  copying initiatives.csv'
\copy raw_initiatives FROM 'initiatives.csv' WITH (FORMAT csv, HEADER true)
\echo '  copying discipline.csv'
\copy raw_discipline FROM 'discipline.csv' WITH (FORMAT csv, HEADER true)
\echo '  copying pending.csv'
\copy raw_pending FROM 'pending.csv' WITH (FORMAT csv, HEADER true)

-- The tables the query reads (unlogged: a benchmark needs no crash safety): integer subject keys, ratings and scopes as ordered small integers (as the Swift
-- side turns them into enums), the same rows otherwise. Building them is part of the load, not of the query.
\echo '  building the tables and indexes'
CREATE UNLOGGED TABLE subjects (
    sid int PRIMARY KEY, id text NOT NULL UNIQUE, is_person boolean NOT NULL, gender text,
    total int, completed int, disciplined int, women int, ldtt int, cstdcs int);
INSERT INTO subjects
SELECT row_number() OVER (ORDER BY id), id, kind = 'person', gender, total, completed, disciplined, women, ldtt, cstdcs
FROM raw_subjects;

-- rating: failed 0 < completed 1 < good 2 < excellent 3
CREATE UNLOGGED TABLE ratings (sid int NOT NULL, year smallint NOT NULL, rating smallint NOT NULL, PRIMARY KEY (sid, year));
INSERT INTO ratings
SELECT s.sid, r.year, CASE r.rating WHEN 'failed' THEN 0 WHEN 'completed' THEN 1 WHEN 'good' THEN 2 WHEN 'excellent' THEN 3 END
FROM raw_ratings r JOIN subjects s ON s.id = r.subject;

CREATE UNLOGGED TABLE achievements (sid int NOT NULL, code text NOT NULL, year smallint NOT NULL, type text NOT NULL, revoked boolean NOT NULL);
INSERT INTO achievements SELECT s.sid, a.code, a.year, a.type, a.revoked FROM raw_achievements a JOIN subjects s ON s.id = a.subject;
CREATE INDEX achievements_sid ON achievements (sid);
CREATE INDEX achievements_code_year ON achievements (code, year);

-- scope: grassroots 0 < ministry 1 < national 2
CREATE UNLOGGED TABLE initiatives (sid int NOT NULL, year smallint NOT NULL, scope smallint NOT NULL);
INSERT INTO initiatives
SELECT s.sid, i.year, CASE i.scope WHEN 'grassroots' THEN 0 WHEN 'ministry' THEN 1 WHEN 'national' THEN 2 END
FROM raw_initiatives i JOIN subjects s ON s.id = i.subject;
CREATE INDEX initiatives_sid_year ON initiatives (sid, year);

CREATE UNLOGGED TABLE discipline (sid int NOT NULL, "from" date NOT NULL, "to" date);
INSERT INTO discipline SELECT s.sid, d."from", d."to" FROM raw_discipline d JOIN subjects s ON s.id = d.subject;
CREATE INDEX discipline_sid ON discipline (sid);

CREATE UNLOGGED TABLE pending (sid int NOT NULL, kind text NOT NULL, "from" date NOT NULL, "to" date);
INSERT INTO pending SELECT s.sid, p.kind, p."from", p."to" FROM raw_pending p JOIN subjects s ON s.id = p.subject;
CREATE INDEX pending_sid ON pending (sid);

-- Every row of the files must have landed (an unknown subject or rating would have been dropped by the joins).
DO $$
BEGIN
    IF (SELECT count(*) FROM ratings) <> (SELECT count(*) FROM raw_ratings)
       OR (SELECT count(*) FROM ratings WHERE rating IS NULL) > 0
       OR (SELECT count(*) FROM achievements) <> (SELECT count(*) FROM raw_achievements)
       OR (SELECT count(*) FROM initiatives) <> (SELECT count(*) FROM raw_initiatives)
       OR (SELECT count(*) FROM initiatives WHERE scope IS NULL) > 0
       OR (SELECT count(*) FROM discipline) <> (SELECT count(*) FROM raw_discipline)
       OR (SELECT count(*) FROM pending) <> (SELECT count(*) FROM raw_pending) THEN
        RAISE EXCEPTION 'rows were lost between the files and the tables';
    END IF;
END $$;

DROP TABLE raw_subjects, raw_ratings, raw_achievements, raw_initiatives, raw_discipline, raw_pending;
\echo '  VACUUM ANALYZE'
VACUUM ANALYZE subjects, ratings, achievements, initiatives, discipline, pending;
\endif

\if :query
SET search_path = bench_eligibility;
-- Room for the hash aggregates of a million groups in memory (the server default is 4MB), and the planner
-- settings given by eligibility_sweep.sh (BENCH_PG_SETTINGS; by default the server's own).
SET work_mem = '256MB';
:settings
\pset format unaligned
\pset fieldsep ' '
\pset tuples_only on
\pset footer off
\echo 'QUERY_START'
\timing on
WITH
-- Every row that matters, from every table, in one stream: one aggregate per subject, no join but the last.
u AS (
    -- src 1: ratings (v: failed 0 … excellent 3); 2: titles and awards that count (every year: an award before
    -- 2015 can be a prerequisite or end a cycle); 3: initiatives (v: scope);
    -- 4: discipline, b<w>: overlaps the window of w years or still running; 5: a matter open on the reference day
    SELECT sid, 1 AS src, year, rating AS v, NULL::text AS code,
           NULL::boolean AS b1, NULL::boolean AS b2, NULL::boolean AS b3, NULL::boolean AS b5, NULL::boolean AS b6
    FROM ratings WHERE year BETWEEN 2020 AND 2024
    UNION ALL
    SELECT sid, 2, year, NULL, code, NULL, NULL, NULL, NULL, NULL
    FROM achievements
    WHERE type = 'regular' AND NOT revoked AND code IN ('CSTDCS', 'CSTD_BO', 'CSTD_TQ', 'BK_BO', 'BK_TTG', 'HCLD3')
    UNION ALL
    SELECT sid, 3, year, scope, NULL, NULL, NULL, NULL, NULL, NULL
    FROM initiatives WHERE year BETWEEN 2019 AND 2024
    UNION ALL
    SELECT sid, 4, NULL, NULL, NULL,
           "to" IS NULL OR ("from" <= DATE '2024-12-31' AND "to" >= DATE '2024-01-01'),
           "to" IS NULL OR ("from" <= DATE '2024-12-31' AND "to" >= DATE '2023-01-01'),
           "to" IS NULL OR ("from" <= DATE '2024-12-31' AND "to" >= DATE '2022-01-01'),
           "to" IS NULL OR ("from" <= DATE '2024-12-31' AND "to" >= DATE '2020-01-01'),
           "to" IS NULL OR ("from" <= DATE '2024-12-31' AND "to" >= DATE '2019-01-01')
    FROM discipline
    UNION ALL
    SELECT sid, 5, NULL, NULL, NULL, true, true, true, true, true
    FROM pending WHERE "from" <= DATE '2024-12-31' AND ("to" IS NULL OR "to" >= DATE '2024-12-31')),
x AS (
    SELECT sid,
           max(v) FILTER (WHERE src = 1 AND year = 2024) AS r24,
           max(v) FILTER (WHERE src = 1 AND year = 2023) AS r23,
           count(*) FILTER (WHERE src = 1 AND v >= 2) AS good5,             -- rated ≥ good, 2020–2024 (one per year: the key)
           count(*) FILTER (WHERE src = 1 AND year >= 2023 AND v = 3) AS exc2,   -- rated excellent, 2023–2024
           max(year) FILTER (WHERE src = 1 AND v = 3) AS exc_last,         -- latest year rated excellent, 2020–2024
           -- titles and awards that count: the years held as bits (bit k = 2015 + k), the latest held by 2019
           bit_or(1 << (year - 2015)) FILTER (WHERE src = 2 AND code = 'CSTDCS' AND year BETWEEN 2015 AND 2024) AS cs,
           bit_or(1 << (year - 2015)) FILTER (WHERE src = 2 AND code = 'CSTD_BO' AND year BETWEEN 2015 AND 2024) AS bo,
           max(year) FILTER (WHERE src = 2 AND code = 'BK_BO' AND year <= 2019) AS bkbo_by2019,
           max(year) FILTER (WHERE src = 2 AND code = 'BK_TTG' AND year <= 2019) AS bkttg_by2019,
           -- cycles (EvaluationContext.within): the first year after the latest award of the
           -- code itself before 2024; NULL when there is none
           max(year) FILTER (WHERE src = 2 AND code = 'CSTD_BO' AND year < 2024) + 1 AS bo_from,
           max(year) FILTER (WHERE src = 2 AND code = 'CSTD_TQ' AND year < 2024) + 1 AS tq_from,
           max(year) FILTER (WHERE src = 2 AND code = 'BK_BO' AND year < 2024) + 1 AS bkbo_from,
           max(year) FILTER (WHERE src = 2 AND code = 'BK_TTG' AND year < 2024) + 1 AS bkttg_from,
           max(year) FILTER (WHERE src = 2 AND code = 'HCLD3' AND year < 2024) + 1 AS hcld3_from,
           -- initiatives (every scope is ≥ grassroots); the latest year of one of a scope, for the windows that
           -- a cycle can shorten
           count(*) FILTER (WHERE src = 3 AND year = 2024) AS n24,
           count(*) FILTER (WHERE src = 3 AND year = 2023) AS n23,
           max(year) FILTER (WHERE src = 3 AND year >= 2022 AND v >= 1) AS ministry_last,   -- ≥ ministry, 2022–2024
           max(year) FILTER (WHERE src = 3 AND v = 2) AS national_last,                     -- national, 2019–2024
           -- discipline overlapping a window of 1, 2, 3, 5, 6 years, or still running; or a matter pending
           bool_or(b1) AS d1, bool_or(b2) AS d2, bool_or(b3) AS d3, bool_or(b5) AS d5, bool_or(b6) AS d6
    FROM u
    GROUP BY sid),
-- One row per subject: the facts the rules read. A cycle's first year is 0 when the code was never awarded
-- (EvaluationContext.from).
f AS (
    SELECT s.sid, s.is_person, s.total, s.completed, s.disciplined, s.ldtt, s.cstdcs,
           x.r24, x.r23, coalesce(x.good5, 0) AS good5, coalesce(x.exc2, 0) AS exc2, x.exc_last,
           coalesce(x.cs, 0) AS cs, coalesce(x.bo, 0) AS bo, x.bkbo_by2019, x.bkttg_by2019,
           coalesce(x.bo_from, 0) AS bo_from, coalesce(x.tq_from, 0) AS tq_from, coalesce(x.bkbo_from, 0) AS bkbo_from,
           coalesce(x.bkttg_from, 0) AS bkttg_from, coalesce(x.hcld3_from, 0) AS hcld3_from,
           coalesce(x.n24, 0) AS n24, coalesce(x.n23, 0) AS n23, x.ministry_last, x.national_last,
           CASE WHEN x.d1 THEN 0 ELSE 2 END AS p1,
           CASE WHEN x.d2 THEN 0 ELSE 2 END AS p2,
           CASE WHEN x.d3 THEN 0 ELSE 2 END AS p3,
           CASE WHEN x.d5 THEN 0 ELSE 2 END AS p5,
           CASE WHEN x.d6 THEN 0 ELSE 2 END AS p6
    FROM subjects s
    LEFT JOIN x ON x.sid = s.sid),
-- The truths the codes share. CSTDCS held in 2022, 2023, 2024 are bits 7, 8, 9 (mask 896); 2020–2024 bits 5–9.
-- Within a cycle (a code's own rules, never the principles) the years before its first year do not count:
-- a run of years or a chain reaching back before it fails, a count or an initiative counts from it.
g AS (
    SELECT f.*,
           (cs & 512) <> 0 AS cs24, (cs & 256) <> 0 AS cs23, (cs & 896) = 896 AS cs22_24,
           -- CSTDCS held in the years from max(2020, first year of the cycle) to 2024, for BK_TTG and HCLD3: the
           -- five bits from that year's (none is set after 2024's)
           ((cs >> greatest(5, bkttg_from - 2015)) & 1) + ((cs >> greatest(6, bkttg_from - 2014)) & 1)
         + ((cs >> greatest(7, bkttg_from - 2013)) & 1) + ((cs >> greatest(8, bkttg_from - 2012)) & 1)
         + ((cs >> greatest(9, bkttg_from - 2011)) & 1) AS cs5_bkttg,
           ((cs >> greatest(5, hcld3_from - 2015)) & 1) + ((cs >> greatest(6, hcld3_from - 2014)) & 1)
         + ((cs >> greatest(7, hcld3_from - 2013)) & 1) + ((cs >> greatest(8, hcld3_from - 2012)) & 1)
         + ((cs >> greatest(9, hcld3_from - 2011)) & 1) AS cs5_hcld3,
           -- awardChainEnd: a CSTD_BO of 2024 or 2023 with one three years before it, that one within the cycle
           ((bo & 512) <> 0 AND (bo & 64) <> 0 AND 2021 >= tq_from)
           OR ((bo & 256) <> 0 AND (bo & 32) <> 0 AND 2020 >= tq_from) AS bo_chain,
           -- initiatives of 2023–2024 (of 2024 only when BK_BO's cycle starts then) less one for each year a
           -- CSTDCS without an excellent rating rested on one
           CASE WHEN 2023 >= bkbo_from
                THEN n23 - CASE WHEN n23 > 0 AND (cs & 256) <> 0 AND r23 IS DISTINCT FROM 3 THEN 1 ELSE 0 END
                ELSE 0 END
         + n24 - CASE WHEN n24 > 0 AND (cs & 512) <> 0 AND r24 IS DISTINCT FROM 3 THEN 1 ELSE 0 END AS unused2,
           -- memberShare / memberCount / noMemberDisciplined: unknown without the counts
           CASE WHEN total IS NULL OR total <= 0 OR ldtt IS NULL THEN 1 WHEN ldtt * 100 >= 70 * total THEN 2 ELSE 0 END AS ldtt70,
           CASE WHEN total IS NULL OR total <= 0 OR completed IS NULL THEN 1 WHEN completed * 100 >= 100 * total THEN 2 ELSE 0 END AS completed100,
           CASE WHEN total IS NULL OR cstdcs IS NULL THEN 1 WHEN cstdcs >= 1 THEN 2 ELSE 0 END AS cstdcs1,
           CASE WHEN total IS NULL OR disciplined IS NULL THEN 1 WHEN disciplined = 0 THEN 2 ELSE 0 END AS nodisc_strict,
           CASE WHEN total IS NULL OR disciplined IS NULL THEN 1 WHEN disciplined = 0 THEN 2 ELSE 1 END AS nodisc_manual
    FROM f),
-- Each subject against each code: one truth per code (NULL: the code does not apply to the subject's kind).
t AS (
    SELECT CASE WHEN is_person THEN least(CASE WHEN r24 >= 2 THEN 2 ELSE 0 END, p1) END AS ldtt,
           CASE WHEN is_person THEN least(CASE WHEN r24 >= 2 THEN 2 ELSE 0 END,
                                          greatest(CASE WHEN r24 = 3 THEN 2 ELSE 0 END, CASE WHEN n24 >= 1 THEN 2 ELSE 0 END),
                                          p1) END AS cstdcs,
           -- CSTD_BO within its cycle: CSTDCS 2022–2024 all in it, an initiative ≥ ministry from max(2022, its first year)
           CASE WHEN is_person THEN least(CASE WHEN cs22_24 AND 2022 >= bo_from THEN 2 ELSE 0 END,
                                          CASE WHEN ministry_last >= greatest(2022, bo_from) THEN 2 ELSE 0 END, p3) END AS cstd_bo,
           CASE WHEN is_person THEN least(CASE WHEN bo_chain THEN 2 ELSE 0 END,
                                          CASE WHEN national_last >= greatest(2019, tq_from) THEN 2 ELSE 0 END, p6) END AS cstd_tq,
           CASE WHEN NOT is_person THEN least(CASE WHEN r24 >= 2 THEN 2 ELSE 0 END, ldtt70, nodisc_strict, p1) END AS ttldtt,
           CASE WHEN NOT is_person THEN least(CASE WHEN r24 = 3 THEN 2 ELSE 0 END, completed100, ldtt70, cstdcs1, nodisc_manual, p1) END AS ttldxs,
           CASE WHEN NOT is_person THEN least(1, p1) END AS co_bo,
           CASE WHEN NOT is_person THEN least(1, p1) END AS co_cp,
           least(1, p1) AS gk,
           -- routes (a)–(c) are a council's judgement (1); route (d) within BK_BO's cycle: two years in a row
           -- (2023 in the cycle) and two unused initiatives
           CASE WHEN is_person
                THEN least(greatest(1, least(greatest(CASE WHEN cs23 AND cs24 AND 2023 >= bkbo_from THEN 2 ELSE 0 END,
                                                      CASE WHEN exc2 = 2 AND 2023 >= bkbo_from THEN 2 ELSE 0 END),
                                             CASE WHEN unused2 >= 2 THEN 2 ELSE 0 END)), p2)
                ELSE least(1, p2) END AS bk_bo,
           -- point (b) within BK_TTG's cycle (a BK_BO from its first year to 2019, five good years in it, three
           -- CSTDCS), or another point of clause 1, a council's judgement (1)
           CASE WHEN is_person
                THEN least(greatest(1, least(CASE WHEN bkbo_by2019 >= bkttg_from THEN 2 ELSE 0 END,
                                             CASE WHEN good5 = 5 AND 2020 >= bkttg_from THEN 2 ELSE 0 END,
                                             CASE WHEN cs5_bkttg >= 3 THEN 2 ELSE 0 END)), p5)
                ELSE least(1, p5) END AS bk_ttg,
           -- point (e) within HCLD3's cycle (a BK_TTG from its first year to 2019, five good years in it, one
           -- excellent, three CSTDCS), or point (g), long service, a council's judgement (1)
           CASE WHEN is_person
                THEN least(greatest(1, least(CASE WHEN bkttg_by2019 >= hcld3_from THEN 2 ELSE 0 END,
                                             CASE WHEN good5 = 5 AND 2020 >= hcld3_from THEN 2 ELSE 0 END,
                                             CASE WHEN exc_last >= greatest(2020, hcld3_from) THEN 2 ELSE 0 END,
                                             CASE WHEN cs5_hcld3 >= 3 THEN 2 ELSE 0 END)), p5)
                ELSE least(1, p5) END AS hcld3,
           least(1, p5) AS hcld2,
           least(1, p5) AS hcld1
    FROM g),
-- Subjects with the same truths, counted together (a few dozen combinations), then one line per code and outcome.
c AS (
    SELECT ldtt, cstdcs, cstd_bo, cstd_tq, ttldtt, ttldxs, co_bo, co_cp, gk, bk_bo, bk_ttg, hcld3, hcld2, hcld1, count(*) AS n
    FROM t
    GROUP BY ldtt, cstdcs, cstd_bo, cstd_tq, ttldtt, ttldxs, co_bo, co_cp, gk, bk_bo, bk_ttg, hcld3, hcld2, hcld1)
SELECT 'COUNT', v.code, CASE v.truth WHEN 2 THEN 'eligible' WHEN 1 THEN 'manualCheck' ELSE 'notEligible' END, sum(c.n)
FROM c
CROSS JOIN LATERAL (VALUES ('LDTT', c.ldtt), ('CSTDCS', c.cstdcs), ('CSTD_BO', c.cstd_bo), ('CSTD_TQ', c.cstd_tq),
                           ('TTLDTT', c.ttldtt), ('TTLDXS', c.ttldxs), ('CO_BO', c.co_bo), ('CO_CP', c.co_cp), ('GK', c.gk),
                           ('BK_BO', c.bk_bo), ('BK_TTG', c.bk_ttg), ('HCLD3', c.hcld3), ('HCLD2', c.hcld2), ('HCLD1', c.hcld1)) AS v(code, truth)
WHERE v.truth IS NOT NULL
GROUP BY v.code, v.truth
ORDER BY v.code, v.truth;
\g
\timing off
\echo 'QUERY_END'
\endif
