import { parse } from 'csv-parse/sync';
import { platformModule, Role } from '../src';
import { createApiKey, startTestGateway, type TestGateway } from '../src/testing';
import { createUser, dataOf, libraryModule, PASSWORD, UPDATE_USER } from './support';

describe('GET /platform/audit.csv', () => {
  let gw: TestGateway;
  let admin: string;
  let userId: string;

  async function download(path: string, headers: Record<string, string>) {
    const res = await fetch(`${gw.url}${path}`, { headers });
    const text = await res.text();
    return res.ok ? { status: res.status, headers: res.headers, text, rows: parse(text, { bom: true }) as string[][] } : { status: res.status, headers: res.headers, text, code: JSON.parse(text).errors[0].extensions.code as string, rows: [] };
  }

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule]);
    admin = await gw.tokenFor(Role.ADMIN);
    const user = await createUser(gw, admin, { displayName: 'Audit Before' });
    userId = user.id;
    dataOf(await gw.graphql(UPDATE_USER, { input: { id: user.id, version: user.version, displayName: 'Audit After', password: `${PASSWORD} new` } }, { token: admin }));
  });
  afterAll(() => gw?.close());

  it('writes one row per changed field of the entries the filters select, secrets redacted', async () => {
    const csv = await download(`/platform/audit.csv?entityType=User&entityId=${userId}&action=UPDATE`, { authorization: `Bearer ${admin}` });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('filename="audit.csv"');
    expect(csv.rows[0]).toEqual(['at', 'actor_kind', 'actor_id', 'actor', 'action', 'entity_type', 'entity_id', 'field', 'before', 'after', 'request_id']);
    const byField = Object.fromEntries(csv.rows.slice(1).map((r) => [r[7], r]));
    expect(byField['displayName'].slice(4, 10)).toEqual(['UPDATE', 'User', userId, 'displayName', 'Audit Before', 'Audit After']);
    expect(byField['displayName'][1]).toBe('user');
    expect(byField['passwordHash'].slice(8, 10)).toEqual(['[redacted]', '[redacted]']);
    expect(csv.text).not.toMatch(/\$argon2|\$2[aby]\$/);
    // The creation is another action: not in this file.
    expect(csv.rows.slice(1).every((r) => r[4] === 'UPDATE')).toBe(true);
  });

  it('keeps to the dates asked for', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const csv = await download(`/platform/audit.csv?entityId=${userId}&from=${encodeURIComponent(future)}`, { authorization: `Bearer ${admin}` });
    expect(csv.rows).toHaveLength(1);
  });

  it('refuses a bad date naming the parameter, and everyone but admins', async () => {
    const bad = await download(`/platform/audit.csv?from=yesterday`, { authorization: `Bearer ${admin}` });
    expect([bad.status, bad.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(bad.text).toContain('from');
    const editor = await gw.tokenFor(Role.EDITOR, ['library']);
    expect((await download('/platform/audit.csv', { authorization: `Bearer ${editor}` })).code).toBe('FORBIDDEN');
    const { key } = await createApiKey(gw, admin, ['READ']);
    expect((await download('/platform/audit.csv', { 'x-api-key': key })).code).toBe('FORBIDDEN');
    expect((await download('/platform/audit.csv', {})).status).toBe(401);
  });
});
