import { createServer } from 'node:http';
import { Pool } from 'pg';

/**
 * The floor the gateway is measured against: Node's http module and one pool of pg
 * connections, answering each bench read with one hand-written statement that builds the whole
 * JSON answer in PostgreSQL (json_agg), sent on as it comes. No GraphQL, no auth, no ORM.
 *
 *   DATABASE_URL=… PORT=… node -r ts-node/register/transpile-only tools/bench/bare-server.ts
 */
const STATEMENTS: Record<string, string> = {
  '/routes': `
    SELECT json_build_object('routes', coalesce(json_agg(json_build_object(
      'id', r.id, 'title', r.title->>'en', 'phase', r.phase, 'startDate', r.start_date, 'endDate', r.end_date,
      'workingLanguages', r.working_languages) ORDER BY r.start_date NULLS LAST, r.id), '[]'))::text AS body
    FROM (SELECT * FROM learning_route ORDER BY start_date NULLS LAST, id LIMIT $1) r`,
  '/programmes': `
    SELECT json_build_object('programmes', coalesce(json_agg(json_build_object(
      'id', p.id, 'name', p.name->>'en',
      'routes', (SELECT coalesce(json_agg(json_build_object('id', r.id, 'title', r.title->>'en',
                   'hostCountry', json_build_object('code', c.code, 'name', c.name->>'en')) ORDER BY r.start_date, r.id), '[]')
                 FROM learning_route r JOIN country c ON c.code = r.host_country_code WHERE r.programme_id = p.id)
      ) ORDER BY p.start_date DESC NULLS LAST, p.id), '[]'))::text AS body
    FROM (SELECT * FROM programme ORDER BY start_date DESC NULLS LAST, id LIMIT $1) p`,
  '/practices': `
    SELECT json_build_object('practices', coalesce(json_agg(json_build_object(
      'id', p.id, 'title', p.title->>'en',
      'assessments', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'status', a.status,
                        'scores', (SELECT coalesce(json_agg(json_build_object('score', s.score, 'code', ac.code) ORDER BY ac.position), '[]')
                                   FROM assessment_score s JOIN assessment_criterion ac ON ac.id = s.criterion_id WHERE s.assessment_id = a.id)
                      ) ORDER BY a.created_at, a.id), '[]') FROM assessment a WHERE a.practice_id = p.id),
      'champions', (SELECT coalesce(json_agg(json_build_object('role', cp.role, 'givenName', pe.given_name, 'familyName', pe.family_name,
                      'organisation', o.name,
                      'trainings', (SELECT coalesce(json_agg(json_build_object('topic', t.topic, 'date', t.date) ORDER BY t.date, t.id), '[]')
                                    FROM champion_training t WHERE t.champion_id = ch.id)
                    ) ORDER BY cp.created_at, cp.id), '[]')
                    FROM champion_practice cp JOIN champion ch ON ch.id = cp.champion_id JOIN person pe ON pe.id = ch.person_id
                    LEFT JOIN organisation o ON o.id = pe.organisation_id WHERE cp.practice_id = p.id)
      ) ORDER BY p.created_at, p.id), '[]'))::text AS body
    FROM (SELECT * FROM practice ORDER BY created_at, id LIMIT $1) p`,
};

const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: Number(process.env['POOL_SIZE'] ?? 10) });

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://bench');
  const statement = STATEMENTS[url.pathname];
  if (!statement) {
    res.writeHead(url.pathname === '/healthz' ? 200 : 404).end();
    return;
  }
  pool.query<{ body: string }>(statement, [Number(url.searchParams.get('first') ?? 20)]).then(
    ({ rows }) => res.writeHead(200, { 'content-type': 'application/json' }).end(`{"data":${rows[0].body}}`),
    (error: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
  );
});
server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening on ${(server.address() as { port: number }).port}\n`);
});
process.once('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
