import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { startCoreGateway } from './core-gateway';
import { dataOf } from './helpers';

const CREATE = `mutation($code: String!) { createThematicArea(input: { code: $code, name: { en: "Retried" } }) { id code } }`;

/** A retried mutation with the same Idempotency-Key changes nothing and answers as the first time. */
describe('Idempotency-Key', () => {
  let gw: TestGateway;
  let editor: string;
  beforeAll(async () => {
    gw = await startCoreGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
  });
  afterAll(() => gw.close());

  const send = (code: string, key: string, token = editor) =>
    fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
      body: JSON.stringify({ query: CREATE, variables: { code } }),
    });
  const count = async (code: string) => (await gw.dataSource.query(`SELECT count(*)::int AS n FROM thematic_area WHERE code = $1`, [code]))[0].n;

  it('replays the first answer to a retry and creates the record once', async () => {
    const first = await send('idem-once', 'key-1');
    const retry = await send('idem-once', 'key-1');
    const firstBody = await first.json();
    expect(await retry.json()).toEqual(firstBody);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(dataOf(firstBody as never)['createThematicArea'].code).toBe('idem-once');
    expect(await count('idem-once')).toBe(1);
  });

  it('refuses the same key with another request as a CONFLICT, changing nothing', async () => {
    await send('idem-a', 'key-2');
    const reused = await send('idem-b', 'key-2');
    expect(reused.status).toBe(409);
    expect(((await reused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('CONFLICT');
    expect(await count('idem-b')).toBe(0);
  });

  it('keeps keys apart per caller, and forgets them after 24 hours', async () => {
    const other = await gw.tokenFor(Role.EDITOR, ['core']);
    await send('idem-mine', 'shared-key');
    // Another caller's same key is another key: its request runs (and is refused on the duplicate code).
    const theirs = (await (await send('idem-mine', 'shared-key', other)).json()) as { errors?: { extensions: { code: string } }[] };
    expect(theirs.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(theirs.errors?.[0]).not.toHaveProperty('extensions.idempotent');
    await gw.dataSource.query(`UPDATE idempotency_key SET created_at = now() - interval '25 hours'`);
    const again = (await (await send('idem-later', 'shared-key')).json()) as { data?: { createThematicArea: { code: string } } };
    expect(again.data?.createThematicArea.code).toBe('idem-later');
  });

  it('runs only one of two copies sent at the same moment', async () => {
    const responses = await Promise.all([send('idem-race', 'key-race'), send('idem-race', 'key-race')]);
    expect(await count('idem-race')).toBe(1);
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
  });
});
