import { Client } from 'pg';

/** The PostgreSQL server the bench creates its throwaway database on. */
export const SERVER_URL = process.env['BENCH_DATABASE_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string, server = SERVER_URL): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(name: string): Promise<void> {
  await onServer((c) => c.query(`CREATE DATABASE "${name}"`));
}

export async function dropDatabase(name: string): Promise<void> {
  await onServer((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/**
 * Grows the demo data (already loaded by the gateway's first start) to the size partners pull:
 * 100 organisations, 1,000 people, 100 programmes of 10 routes each, 1,000 published practices
 * each assessed by 5 reviewers on the 7 default criteria (5,000 assessments, 35,000 scores),
 * 500 champions linked to 2 practices each, with 2 trainings each. Bulk statements, one per
 * table, in one transaction.
 */
const GROW = `
INSERT INTO organisation (version, name, type, country_code)
SELECT 1, 'Bench organisation ' || lpad(g::text, 3, '0'), 'NGO', (ARRAY['PE','SN','KE','BO','MW','NP','GH','GT','ZM','BD'])[1 + g % 10]
FROM generate_series(1, 100) g;

INSERT INTO person (version, given_name, family_name, organisation_id, country_code, email, contact_consent)
SELECT 1, 'Given' || g, 'Family' || lpad(g::text, 4, '0'), orgs.ids[1 + g % 100], (ARRAY['PE','SN','KE','BO','MW'])[1 + g % 5],
       'bench' || g || '@example.org', g % 3 = 0
FROM generate_series(1, 1000) g,
     (SELECT array_agg(id ORDER BY name) ids FROM organisation WHERE name LIKE 'Bench organisation %') orgs;

INSERT INTO programme (version, name, coordinator_id, start_date, thematic_area_ids)
SELECT 1, jsonb_build_object('en', 'Bench programme ' || lpad(g::text, 3, '0')), orgs.ids[1 + g % 100], date '2020-01-01' + g, '{}'
FROM generate_series(1, 100) g,
     (SELECT array_agg(id ORDER BY name) ids FROM organisation WHERE name LIKE 'Bench organisation %') orgs;
-- Programmes without a start date sort first descending in PostGraphile and last in the API.
UPDATE programme SET start_date = date '2000-01-01' WHERE start_date IS NULL;

INSERT INTO learning_route (version, programme_id, title, host_country_code, working_languages, start_date, end_date, phase)
SELECT 1, progs.ids[1 + g % 100], jsonb_build_object('en', 'Bench route ' || lpad(g::text, 4, '0'), 'fr', 'Route ' || g),
       (ARRAY['PE','SN','KE','BO','MW','NP','GH'])[1 + g % 7], '{en,es}', date '2021-01-01' + g, date '2021-01-07' + g, 'PLANNING'
FROM generate_series(1, 1000) g,
     (SELECT array_agg(id ORDER BY name->>'en') ids FROM programme WHERE name->>'en' LIKE 'Bench programme %') progs;

INSERT INTO practice (version, title, country_code, level, status, summary)
SELECT 1, jsonb_build_object('en', 'Bench practice ' || lpad(g::text, 4, '0')), (ARRAY['PE','SN','KE','BO','MW'])[1 + g % 5],
       'DISTRICT', 'PUBLISHED', jsonb_build_object('en', repeat('A summary of the practice. ', 10))
FROM generate_series(1, 1000) g;

INSERT INTO app_user (version, email, display_name, password_hash, role, modules, active)
SELECT 1, 'bench-reviewer' || g || '@example.org', 'Bench reviewer ' || g, 'not-a-password-hash', 'REVIEWER', '{}', true
FROM generate_series(1, 5) g;

INSERT INTO assessment (version, practice_id, assessor_id, status, submitted_at)
SELECT 1, p.id, u.id, 'SUBMITTED', now()
FROM practice p CROSS JOIN app_user u
WHERE p.title->>'en' LIKE 'Bench practice %' AND u.email LIKE 'bench-reviewer%';

INSERT INTO assessment_score (version, assessment_id, criterion_id, score, comment)
SELECT 1, a.id, c.id, (abs(hashtext(a.id::text || c.code)) % 6), 'Scored for the bench'
FROM assessment a
JOIN app_user u ON u.id = a.assessor_id AND u.email LIKE 'bench-reviewer%'
CROSS JOIN assessment_criterion c
WHERE c.programme_id IS NULL AND c.set_key = 'BEST_PRACTICE_7';

INSERT INTO champion (version, person_id, bio, languages)
SELECT 1, p.id, jsonb_build_object('en', 'Bench champion ' || p.family_name), '{es}'
FROM person p WHERE p.email LIKE 'bench%@example.org' AND substring(p.family_name from 7)::int <= 500;

INSERT INTO champion_practice (version, champion_id, practice_id, role)
SELECT 1, champs.ids[1 + ((n * 2 + k) % 500)], p.id, (ARRAY['LEADER','IMPLEMENTER'])[1 + k]
FROM (SELECT id, row_number() OVER (ORDER BY title->>'en') n FROM practice WHERE title->>'en' LIKE 'Bench practice %') p,
     (SELECT array_agg(c.id ORDER BY c.id) ids FROM champion c JOIN person pe ON pe.id = c.person_id WHERE pe.email LIKE 'bench%') champs,
     generate_series(0, 1) k;

INSERT INTO champion_training (version, champion_id, topic, date, trainer_name, completed)
SELECT 1, c.id, 'Training ' || k, date '2022-01-01' + k * 30, 'Bench trainer', k = 1
FROM champion c JOIN person pe ON pe.id = c.person_id AND pe.email LIKE 'bench%', generate_series(1, 2) k;

-- PostGraphile reads relations from foreign keys; modules keep none to sibling modules' tables.
COMMENT ON TABLE champion_practice IS E'@foreignKey (practice_id) references practice (id)';
ANALYZE;
`;

export async function growData(url: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(GROW);
    await client.query('COMMIT');
    const tables = ['learning_route', 'programme', 'practice', 'assessment', 'assessment_score', 'champion', 'champion_practice', 'champion_training', 'person'];
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = Number((await client.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
    return counts;
  } finally {
    await client.end();
  }
}
