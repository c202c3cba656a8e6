import { parse } from 'csv-parse/sync';
import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { addParticipant, adminToken, createApiKey, createDelegation, createRoute, ok, participantToken, select, startDelegationsGateway } from './helpers';

const HEADER = ['participant_id', 'given_name', 'family_name', 'route', 'delegation', 'delegation_country_code', 'sector', 'position', 'roles', 'status', 'checked_in_at', 'email', 'phone'];

describe('GET /delegations/participants.csv', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;
  let routeId: string;
  let nominated: { id: string; personId: string };
  let selected: { id: string; personId: string };
  let other: { id: string; personId: string };

  beforeAll(async () => {
    gw = await startDelegationsGateway();
    admin = await adminToken(gw);
    editor = await gw.tokenFor(Role.EDITOR, ['delegations']);
    routeId = (await createRoute(gw, admin)).id;
    const own = (await createDelegation(gw, editor, routeId, 'NATIONAL_TEAM', 'GT')).id;
    const otherDelegation = (await createDelegation(gw, editor, routeId, 'NATIONAL_TEAM', 'BJ')).id;
    nominated = await addParticipant(gw, editor, own);
    selected = await select(gw, editor, await addParticipant(gw, editor, own, 'CIVIL_SOCIETY'));
    other = await select(gw, editor, await addParticipant(gw, editor, otherDelegation));
  });
  afterAll(() => gw?.close());

  const download = async (query: string, headers: Record<string, string>) => {
    const res = await fetch(`${gw.url}/delegations/participants.csv${query}`, { headers });
    const text = await res.text();
    return { status: res.status, text, rows: res.ok ? (parse(text, { bom: true }) as string[][]) : [] };
  };
  const ids = (rows: string[][]) => rows.slice(1).map((r) => r[0]).sort();

  it('applies the list’s filters: header, then the rows the same filter lists', async () => {
    const all = await download(`?routeId=${routeId}`, { authorization: `Bearer ${editor}` });
    expect(all.status).toBe(200);
    expect(all.rows[0]).toEqual(HEADER);
    expect(ids(all.rows)).toEqual([nominated.id, selected.id, other.id].sort());
    const chosen = await download(`?routeId=${routeId}&statuses=SELECTED&sector=CIVIL_SOCIETY`, { authorization: `Bearer ${editor}` });
    expect(ids(chosen.rows)).toEqual([selected.id]);
    expect(chosen.rows[1][9]).toBe('SELECTED');
    const listed = await ok(gw, `query($r: ID!) { participants(first: 100, filter: { routeId: $r, statuses: [SELECTED] }) { edges { node { id } } } }`, { r: routeId }, { token: editor });
    expect(ids((await download(`?routeId=${routeId}&statuses=SELECTED`, { authorization: `Bearer ${editor}` })).rows)).toEqual(listed.edges.map((e: { node: { id: string } }) => e.node.id).sort());
  });

  it('keeps each caller to the rows and fields the API gives them', async () => {
    // Partners: SELECTED participants only, no e-mail, no check-in.
    const { key } = await createApiKey(gw, admin, ['READ']);
    const partner = await download(`?routeId=${routeId}`, { 'x-api-key': key });
    expect(ids(partner.rows)).toEqual([selected.id, other.id].sort());
    expect(partner.rows.slice(1).every((r) => r[10] === '' && r[11] === '')).toBe(true);
    // A participant: their own delegation; their own e-mail, not their colleague's (no consent).
    const mine = await download(`?routeId=${routeId}`, { authorization: `Bearer ${await participantToken(gw, nominated.personId)}` });
    expect(ids(mine.rows)).toEqual([nominated.id, selected.id].sort());
    const byId = new Map(mine.rows.slice(1).map((r) => [r[0], r]));
    expect(byId.get(nominated.id)?.[11]).toMatch(/@test\.example$/);
    expect(byId.get(selected.id)?.[11]).toBe('');
    // Admins see every e-mail.
    const adminRows = (await download(`?routeId=${routeId}`, { authorization: `Bearer ${admin}` })).rows;
    expect(adminRows.slice(1).every((r) => r[11].endsWith('@test.example'))).toBe(true);
  });

  it('exports the delegations the list shows, members counted as the caller may see them', async () => {
    const fetchCsv = async (query: string, headers: Record<string, string>) => {
      const res = await fetch(`${gw.url}/delegations/delegations.csv${query}`, { headers });
      return parse(await res.text(), { bom: true }) as string[][];
    };
    const rows = await fetchCsv(`?routeId=${routeId}`, { authorization: `Bearer ${editor}` });
    expect(rows[0]).toEqual(['delegation_id', 'name', 'kind', 'route', 'country_code', 'country', 'head', 'members', 'selected']);
    const byCountry = new Map(rows.slice(1).map((r) => [r[4], r]));
    expect([byCountry.get('GT')?.[7], byCountry.get('GT')?.[8]]).toEqual(['2', '1']);
    expect([byCountry.get('BJ')?.[7], byCountry.get('BJ')?.[8]]).toEqual(['1', '1']);
    expect((await fetchCsv(`?routeId=${routeId}&countryCode=BJ`, { authorization: `Bearer ${editor}` })).slice(1).map((r) => r[4])).toEqual(['BJ']);
    // Partners count the SELECTED members only, as their `participants` shows.
    const { key } = await createApiKey(gw, admin, ['READ']);
    const partner = new Map((await fetchCsv(`?routeId=${routeId}`, { 'x-api-key': key })).slice(1).map((r) => [r[4], r]));
    expect(partner.get('GT')?.[7]).toBe('1');
  });

  it('refuses a filter the list would refuse, naming it', async () => {
    const bad = await download('?statuses=MAYBE', { authorization: `Bearer ${editor}` });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'statuses' }] });
  });
});
