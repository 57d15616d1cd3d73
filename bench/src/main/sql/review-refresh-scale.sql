-- Scale data for ReviewRefreshBenchmark, for measurement only: 100,000 active patients, each with one active
-- programme of 7 to 12 exercises (a quarter of them in a second version that moved one exercise up a level),
-- and 9 session logs per programme (three days of the first three exercises) -- 900,000 logs in all.
--
-- Run it once against a database that holds the application's schema and shipped library (start the
-- application against it once), for example:
--   psql -h 127.0.0.1 -U postgres -d rehabrx_refresh_scale -v ON_ERROR_STOP=1 -f bench/src/main/sql/review-refresh-scale.sql
-- It prescribes and logs as the first account (admin) and adds a second copy of each shipped exercise, so that
-- a programme can hold twelve different exercises.
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE scale_account ON COMMIT DROP AS
SELECT id FROM account ORDER BY created_at, id LIMIT 1;

INSERT INTO exercise (id, key, name, body_region, purposes, equipment, steps, cues, precautions, caution_flags,
                      origin, author_id, based_on_id, version)
SELECT gen_random_uuid(), key || '-scale-copy', left(name || ' (copy)', 120), body_region, purposes, equipment,
       steps, cues, precautions, caution_flags, origin, author_id, based_on_id, 1
  FROM exercise WHERE origin = 'SHIPPED' AND key NOT LIKE '%-scale-copy';

INSERT INTO exercise_level
SELECT c.id, l.number, l.name, l.instructions, l.default_sets, l.default_reps, l.default_hold_seconds,
       l.default_duration_minutes, l.default_rest_seconds, l.default_load_amount, l.default_load_unit,
       l.default_times_per_day, l.default_days_per_week, l.default_side, l.default_pain_limit
  FROM exercise c
  JOIN exercise o ON c.key = o.key || '-scale-copy'
  JOIN exercise_level l ON l.exercise_id = o.id;

-- the 14 exercises, numbered from 0, with the number of levels each has
CREATE TEMP TABLE scale_exercise ON COMMIT DROP AS
SELECT (row_number() OVER (ORDER BY e.key) - 1)::int AS n, e.id,
       (SELECT count(*) FROM exercise_level l WHERE l.exercise_id = e.id)::int AS levels
  FROM exercise e WHERE e.origin = 'SHIPPED';

CREATE TEMP TABLE scale_programme ON COMMIT DROP AS
SELECT i, gen_random_uuid() AS patient_id, gen_random_uuid() AS programme_id,
       7 + i % 6 AS exercises, CASE WHEN i % 4 = 0 THEN 2 ELSE 1 END AS versions
  FROM generate_series(1, 100000) AS i;

INSERT INTO patient (id, reference, name, date_of_birth, preferred_language, phone, email, condition_description,
                     condition_side, health_flags, status, version)
SELECT patient_id, 'SCALE-' || i, 'Scale patient ' || i, date '1960-01-01' + i % 15000, 'en', '', '',
       'forefoot plantar pain', 'BOTH', '{}', 'ACTIVE', 1
  FROM scale_programme;

INSERT INTO programme (id, patient_id, prescriber_id, current_number, version, created_at)
SELECT programme_id, patient_id, (SELECT id FROM scale_account), versions, versions, now() - interval '30 days'
  FROM scale_programme;

INSERT INTO programme_version (programme_id, number, status, title, goal, start_date, review_date, sessions_required,
                               advance_max_pain, hold_max_pain, reps_step, hold_step_seconds, duration_step_minutes,
                               reps_cap, hold_cap_seconds, duration_cap_minutes, baseline_pain, created_by, created_at)
SELECT p.programme_id, v, CASE WHEN v = p.versions THEN 'ACTIVE' ELSE 'SUPERSEDED' END,
       'Forefoot plantar pain (metatarsalgia 2-4)', 'Walk without forefoot pain',
       current_date - 30, current_date + 28, 3, 3, 5, 2, 5, 2, 30, 60, 30, 2, (SELECT id FROM scale_account),
       now() - interval '30 days' + (v - 1) * interval '7 days'
  FROM scale_programme p CROSS JOIN LATERAL generate_series(1, p.versions) AS v;

-- exercise j of programme i is exercise (i + j) % 14 at level 1 + (i + j) % its levels; version 2 has the
-- second exercise one level up where it can go
INSERT INTO prescribed_exercise (programme_id, number, position, exercise_id, level, sets, reps, hold_seconds,
                                 duration_minutes, rest_seconds, load_amount, load_unit, times_per_day,
                                 days_per_week, side, pain_limit, clinician_note)
SELECT p.programme_id, v, j + 1, e.id, x.level, l.default_sets, l.default_reps, l.default_hold_seconds,
       l.default_duration_minutes, l.default_rest_seconds, l.default_load_amount, l.default_load_unit,
       l.default_times_per_day, l.default_days_per_week, l.default_side, l.default_pain_limit, ''
  FROM scale_programme p
 CROSS JOIN LATERAL generate_series(1, p.versions) AS v
 CROSS JOIN LATERAL generate_series(0, p.exercises - 1) AS j
  JOIN scale_exercise e ON e.n = (p.i + j) % 14
 CROSS JOIN LATERAL (SELECT least(e.levels, 1 + (p.i + j) % e.levels + CASE WHEN v = 2 AND j = 1 THEN 1 ELSE 0 END)
                            AS level) AS x
  JOIN exercise_level l ON l.exercise_id = e.id AND l.number = x.level;

-- three days of the first three exercises under the version in force; mostly comfortable sessions, some
-- too painful, some with a worse morning, some not completed
INSERT INTO session_log (id, programme_id, programme_number, exercise_id, level, log_date, completed, sets_done,
                         pain_during, pain_next_morning, comment, entered_by, entered_at, version)
SELECT gen_random_uuid(), pe.programme_id, pe.number, pe.exercise_id, pe.level, current_date - 1 - 2 * d,
       (p.i + d) % 11 <> 0, pe.sets, ((p.i * 7 + pe.position * 3 + d) % 9)::smallint,
       CASE WHEN (p.i + pe.position + d) % 13 = 0 THEN 4 ELSE 2 END::smallint, '',
       (SELECT id FROM scale_account), now() - (2 * d + 1) * interval '1 day', 1
  FROM scale_programme p
  JOIN prescribed_exercise pe ON pe.programme_id = p.programme_id AND pe.number = p.versions AND pe.position <= 3
 CROSS JOIN generate_series(0, 2) AS d;

COMMIT;
ANALYZE;
