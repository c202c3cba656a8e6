import { parse } from 'csv-parse/sync';
import { Role } from '@lr/server-core';
import { createApiKey, type TestGateway } from '@lr/server-core/testing';
import { createProgramme, createRoute, startCoreGateway } from './core-gateway';
import { createOrganisation, createPerson } from './helpers';

/** GETs an export; its rows parsed when it is a CSV, its error code when refused. */
async function download(gw: TestGateway, path: string, headers: Record<string, string>) {
  const res = await fetch(`${gw.url}${path}`, { headers });
  const text = await res.text();
  return res.ok ? { status: res.status, headers: res.headers, text, rows: parse(text, { bom: true }) as string[][] } : { status: res.status, headers: res.headers, text, code: JSON.parse(text).errors[0].extensions.code as string, rows: [] };
}

describe('GET /core/routes.csv', () => {
  let gw: TestGateway;
  let admin: string;
  let programmeId: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    const editor = await gw.tokenFor(Role.EDITOR, ['core']);
    programmeId = await createProgramme(gw, admin);
    await createRoute(gw, editor, { programmeId, title: { en: 'Export nutrition route', es: 'Ruta de nutrición' }, hostCountryCode: 'PE', startDate: '2014-06-02', endDate: '2014-06-06' });
    await createRoute(gw, editor, { programmeId, title: { en: '=Export water route' }, hostCountryCode: 'KE', startDate: '2014-06-01', endDate: '2014-06-05' });
    await createRoute(gw, editor, { title: { en: 'Export route of another programme' }, programmeId: await createProgramme(gw, admin), hostCountryCode: 'PE' });
  });
  afterAll(() => gw.close());

  it('writes the header and the routes the same filters list, in the list’s order, names in the caller’s language', async () => {
    const csv = await download(gw, `/core/routes.csv?programmeId=${programmeId}&search=export`, { authorization: `Bearer ${admin}`, 'accept-language': 'es' });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('filename="routes.csv"');
    expect(csv.rows[0]).toEqual(['route_id', 'title', 'programme', 'host_country_code', 'host_country', 'phase', 'start_date', 'end_date', 'working_languages', 'thematic_areas']);
    // Start date first (the list's default order); a title a spreadsheet would run is defused.
    expect(csv.rows.slice(1).map((r) => [r[1], r[3], r[5], r[6]])).toEqual([
      [`'=Export water route`, 'KE', 'PLANNING', '2014-06-01'],
      ['Ruta de nutrición', 'PE', 'PLANNING', '2014-06-02'],
    ]);
    expect(csv.rows[2][4]).toBe('Perú');
  });

  it('agrees with the GraphQL list for the same filters', async () => {
    const listed = await gw.graphql(`query($filter: RouteFilter) { routes(first: 100, filter: $filter) { edges { node { id } } } }`, { filter: { hostCountryCode: 'PE', search: 'export' } }, { token: admin });
    const ids = (listed.data!['routes'] as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
    const csv = await download(gw, '/core/routes.csv?hostCountryCode=PE&search=export', { authorization: `Bearer ${admin}` });
    expect(csv.rows.slice(1).map((r) => r[0])).toEqual(ids);
    expect(ids).toHaveLength(2);
  });

  it('answers partners’ keys as the list does, and refuses bad filters and anonymous callers', async () => {
    const key = (await createApiKey(gw, admin, ['READ'])).key;
    expect((await download(gw, `/core/routes.csv?programmeId=${programmeId}`, { 'x-api-key': key })).rows).toHaveLength(3);
    const bad = await download(gw, '/core/routes.csv?phases=NOPE', { authorization: `Bearer ${admin}` });
    expect([bad.status, bad.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(JSON.parse(bad.text).errors[0].extensions.fields[0].path).toBe('phases');
    expect((await download(gw, '/core/routes.csv', {})).code).toBe('UNAUTHENTICATED');
  });
});

describe('GET /core/people.csv, organisations.csv and programmes.csv', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;
  let organisationId: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
    organisationId = (await createOrganisation(gw, admin, { name: 'Exportadora de Saberes', type: 'NGO', countryCode: 'PE' })).id;
    await createOrganisation(gw, admin, { name: 'Other Exporters', type: 'GOVERNMENT', countryCode: 'KE' });
    await createPerson(gw, admin, { givenName: 'Rosa', familyName: 'Exportada', organisationId, contactConsent: true, email: 'rosa@example.org' });
    await createPerson(gw, admin, { givenName: 'Hugo', familyName: 'Exportado', organisationId, contactConsent: false, email: 'hugo@example.org' });
    await createPerson(gw, admin, { givenName: 'Ana', familyName: 'Elsewhere' });
    await createProgramme(gw, admin, { name: { en: 'Exported programme' }, funderId: organisationId });
  });
  afterAll(() => gw.close());

  const rowsOf = async (path: string, headers: Record<string, string>) => (await download(gw, path, headers)).rows;

  it('exports the people the filter shows, e-mails only as the privacy policy allows', async () => {
    const rows = await rowsOf(`/core/people.csv?organisationId=${organisationId}`, { authorization: `Bearer ${editor}` });
    expect(rows[0]).toEqual(['person_id', 'given_name', 'family_name', 'organisation', 'position', 'country_code', 'country', 'languages', 'contact_consent', 'email', 'phone']);
    // By family name; an editor sees the e-mail of the person who consented only.
    expect(rows.slice(1).map((r) => [r[2], r[3], r[8], r[9]])).toEqual([
      ['Exportada', 'Exportadora de Saberes', 'yes', 'rosa@example.org'],
      ['Exportado', 'Exportadora de Saberes', 'no', ''],
    ]);
    const asAdmin = await rowsOf(`/core/people.csv?organisationId=${organisationId}`, { authorization: `Bearer ${admin}` });
    expect(asAdmin.slice(1).map((r) => r[9])).toEqual(['rosa@example.org', 'hugo@example.org']);
    const key = (await createApiKey(gw, admin, ['READ'])).key;
    expect((await rowsOf(`/core/people.csv?organisationId=${organisationId}`, { 'x-api-key': key })).slice(1).map((r) => r[9])).toEqual(['', '']);
  });

  it('exports the organisations and programmes the filters show', async () => {
    const organisations = await rowsOf('/core/organisations.csv?search=export&types=NGO', { authorization: `Bearer ${editor}` });
    expect(organisations[0]).toEqual(['organisation_id', 'name', 'acronym', 'type', 'country_code', 'country', 'website']);
    expect(organisations.slice(1).map((r) => r[1])).toEqual(['Exportadora de Saberes']);
    const programmes = await rowsOf(`/core/programmes.csv?organisationId=${organisationId}`, { authorization: `Bearer ${editor}` });
    expect(programmes[0].slice(0, 3)).toEqual(['programme_id', 'name', 'funder']);
    expect(programmes.slice(1).map((r) => [r[1], r[2]])).toEqual([['Exported programme', 'Exportadora de Saberes']]);
  });
});
