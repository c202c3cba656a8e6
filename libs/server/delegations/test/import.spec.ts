import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, createDelegation, createPerson, createRoute, errorOf, ok, startDelegationsGateway } from './helpers';

const IMPORT = `mutation($r: ID!, $csv: String!, $dry: Boolean) { importParticipants(routeId: $r, csv: $csv, dryRun: $dry) {
  dryRun rows delegationsCreated peopleCreated peopleMatched participantsCreated } }`;
const HEADER = 'delegation,delegation_kind,delegation_country,email,given_name,family_name,gender,country,language,sector,position,decision_power,blogger';

describe('importing participants from CSV', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startDelegationsGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['delegations']);
  });
  afterAll(() => gw?.close());

  const counts = async (routeId: string) =>
    ok(gw, `query($r: ID!) { delegations(first: 50, filter: { routeId: $r }) { totalCount } }`, { r: routeId }, { token: editor }).then(async (d) => ({
      delegations: d.totalCount,
      participants: (await ok(gw, `query($r: ID!) { participants(first: 50, filter: { routeId: $r }) { totalCount } }`, { r: routeId }, { token: editor })).totalCount,
    }));

  it('offers a template whose example row imports as it is', async () => {
    const template = await ok(gw, `{ participantImportTemplate }`, {}, { token: editor });
    expect(template.split('\n')[0]).toBe(HEADER);
    const route = await createRoute(gw, await adminToken(gw));
    expect(await ok(gw, IMPORT, { r: route.id, csv: template }, { token: editor })).toMatchObject({ rows: 1, delegationsCreated: 1, peopleCreated: 1, participantsCreated: 1 });
    const file = await fetch(`${gw.url.replace(/\/graphql$/, '')}/delegations/participants-template.csv`, { headers: { authorization: `Bearer ${editor}` } });
    expect(file.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await file.text()).toBe(template);
  });

  it('creates delegations, people and participants, matching people on record by e-mail', async () => {
    const route = await createRoute(gw, await adminToken(gw));
    const known = await createPerson(gw, editor, 'MALE', { email: 'Known.Person@Test.Example' });
    const existing = await createDelegation(gw, editor, route.id, 'STAKEHOLDER_GROUP', null);
    const existingName = (await ok(gw, `query($id: ID!) { delegation(id: $id) { name } }`, { id: existing.id }, { token: editor })).name;
    const csv = [
      HEADER,
      'Guatemala,NATIONAL_TEAM,GT,ana@test.example,Ana,López,FEMALE,GT,es,GOVERNMENT,Nutrition officer,HIGH,no',
      'guatemala,,,known.person@test.example,,,,,,CIVIL_SOCIETY,,,yes',
      `${existingName},,,don@test.example,Don,Or,MALE,,en,DONOR,,,`,
    ].join('\n');
    const dry = await ok(gw, IMPORT, { r: route.id, csv, dry: true }, { token: editor });
    expect(dry).toEqual({ dryRun: true, rows: 3, delegationsCreated: 1, peopleCreated: 2, peopleMatched: 1, participantsCreated: 3 });
    expect(await counts(route.id)).toEqual({ delegations: 1, participants: 0 });
    expect((await ok(gw, IMPORT, { r: route.id, csv }, { token: editor })).dryRun).toBe(false);
    expect(await counts(route.id)).toEqual({ delegations: 2, participants: 3 });
    const matched = await ok(gw, `query($r: ID!) { participants(first: 10, filter: { routeId: $r, role: BLOGGER }) { edges { node { personId status sector delegation { name } } } } }`, { r: route.id }, { token: editor });
    expect(matched.edges).toEqual([{ node: { personId: known, status: 'NOMINATED', sector: 'CIVIL_SOCIETY', delegation: { name: 'Guatemala' } } }]);
  });

  it('changes nothing when any row is bad, and reports every bad row with its column and reason', async () => {
    const route = await createRoute(gw, await adminToken(gw));
    const csv = [
      HEADER,
      'Kenya,NATIONAL_TEAM,KE,good@test.example,Good,Row,FEMALE,KE,en,GOVERNMENT,,,no',
      'Benin,NATIONAL_TEAM,,not-an-email,Bad,Row,FEMALE,BJ,fr,GOVERNOR,,,maybe',
      'Kenya,,,good@test.example,Again,Row,,,,UN,,,',
      'Nowhere,,,new@test.example,,Row,,ZZ,,UN,,,',
    ].join('\n');
    const error = errorOf(await gw.graphql(IMPORT, { r: route.id, csv }, { token: editor }), 'BAD_USER_INPUT');
    expect(error.extensions!['rows']).toEqual([
      { row: 3, column: 'email', code: 'NOT_AN_EMAIL', params: { value: 'not-an-email' }, message: '"not-an-email" is not an e-mail address' },
      { row: 3, column: 'sector', code: 'NOT_ONE_OF', params: { allowed: 'GOVERNMENT, CIVIL_SOCIETY, UN, DONOR, BUSINESS, ACADEMIA' }, message: 'must be one of GOVERNMENT, CIVIL_SOCIETY, UN, DONOR, BUSINESS, ACADEMIA' },
      { row: 3, column: 'blogger', code: 'NOT_YES_OR_NO', message: 'must be yes or no' },
      { row: 3, column: 'delegation_country', code: 'NATIONAL_TEAM_NEEDS_COUNTRY', message: 'is required for a new national team' },
      { row: 4, column: 'email', code: 'DUPLICATE_EMAIL', params: { firstRow: 2 }, message: 'appears again (first on row 2)' },
      { row: 5, column: 'country', code: 'UNKNOWN_COUNTRY', params: { value: 'ZZ' }, message: 'no country has the code ZZ' },
      { row: 5, column: 'delegation_kind', code: 'NEW_DELEGATION_NEEDS_KIND', params: { delegation: 'Nowhere' }, message: 'is required: no delegation named Nowhere is on the route yet' },
      { row: 5, column: 'given_name', code: 'NEW_PERSON_NEEDS_NAME', message: 'is required for a person not on record' },
    ]);
    expect(await counts(route.id)).toEqual({ delegations: 0, participants: 0 });
    const people = await ok(gw, `{ people(first: 5, filter: { search: "Good" }) { totalCount } }`, {}, { token: await adminToken(gw) });
    expect(people.totalCount).toBe(0);
  });

  it('refuses people already on the route and files without the required columns', async () => {
    const route = await createRoute(gw, await adminToken(gw));
    const csv = [HEADER, 'Peru team,NATIONAL_TEAM,PE,twice@test.example,Twi,Ce,,,,GOVERNMENT,,,'].join('\n');
    await ok(gw, IMPORT, { r: route.id, csv }, { token: editor });
    const again = errorOf(await gw.graphql(IMPORT, { r: route.id, csv }, { token: editor }), 'BAD_USER_INPUT');
    expect(again.extensions!['rows']).toEqual([{ row: 2, column: 'email', code: 'ALREADY_ON_ROUTE', params: { name: 'Twi Ce' }, message: 'Twi Ce is already on this route' }]);
    const header = errorOf(await gw.graphql(IMPORT, { r: route.id, csv: 'name,email\nA,a@test.example' }, { token: editor }), 'BAD_USER_INPUT');
    expect(header.extensions!['rows']).toEqual([
      { row: 1, column: null, code: 'MISSING_COLUMNS', params: { columns: 'delegation, sector' }, message: 'Missing column(s): delegation, sector' },
      { row: 1, column: null, code: 'UNKNOWN_COLUMNS', params: { columns: 'name' }, message: 'Unknown column(s): name; the template lists the columns' },
    ]);
  });
});
