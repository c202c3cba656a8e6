import { Role } from '@lr/server-core';
import { countStatements, queryDepth, type TestGateway } from '@lr/server-core/testing';
import { createProgramme, createRoute, startCoreGateway } from './core-gateway';
import { createOrganisation, createPerson, createThematicArea, dataOf, ok } from './helpers';

const ROUTES = `query($first: Int!) {
  routes(first: $first) {
    totalCount
    edges { node { id title programme { name } hostCountry { name } thematicAreas { name } phaseHistory { to } } }
  }
}`;
const PROGRAMMES = `query($first: Int!) {
  programmes(first: $first) {
    edges { node { name funder { name } coordinator { name country { name } } thematicAreas { name } routes { title hostCountry { name } } } }
  }
}`;
const PEOPLE = `query($first: Int!) { people(first: $first) { edges { node { fullName email organisation { name country { name } } country { name } } } } }`;
const NEEDS = `query($first: Int!) { learningNeeds(first: $first) { edges { node { rank country { name learningNeeds { rank } } thematicArea { name } } } } }`;

// The deepest read: programmes, their routes, each route's host country and programme.
const DEEPEST = `query($first: Int!) {
  programmes(first: $first) {
    totalCount
    edges { node { name coordinator { name country { name } } routes { title durationDays hostCountry { name } programme { name } } } }
  }
}`;

const HOSTS = ['PE', 'SN', 'KE', 'BO', 'MW', 'NP', 'GH'];

describe('SQL statements per request stay bounded', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
    const areas = await Promise.all(['qc-a', 'qc-b', 'qc-c'].map(async (c) => (await createThematicArea(gw, editor, c)).id));
    const orgs = await Promise.all(HOSTS.map(async (code, i) => (await createOrganisation(gw, editor, { name: `Org ${i}`, countryCode: code })).id));
    const programmes: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      programmes.push(await createProgramme(gw, editor, { name: { en: `Programme ${i}` }, funderId: orgs[i], coordinatorId: orgs[i + 1], thematicAreaIds: areas.slice(0, 1 + (i % 3)) }));
    }
    for (let i = 0; i < 50; i += 1) {
      const route = await createRoute(gw, editor, {
        programmeId: programmes[i % programmes.length],
        title: { en: `Route ${String(i).padStart(2, '0')}` },
        hostCountryCode: HOSTS[i % HOSTS.length],
        thematicAreaIds: areas.slice(i % 3),
      });
      if (i % 2 === 0) await ok(gw, `mutation($id: ID!) { advanceRoutePhase(routeId: $id, toPhase: SYSTEMATIZATION, version: 1) { id } }`, { id: route.id }, { token: editor });
    }
    for (let i = 0; i < 40; i += 1) {
      await createPerson(gw, editor, { givenName: `Person`, familyName: `${i}`, organisationId: orgs[i % orgs.length], countryCode: HOSTS[(i + 3) % HOSTS.length], email: `p${i}@example.org` });
    }
    for (const code of HOSTS) {
      await ok(gw, `mutation($c: String!, $ids: [ID!]!) { setCountryLearningNeeds(input: { countryCode: $c, thematicAreaIds: $ids }) { id } }`, { c: code, ids: areas }, { token: editor });
    }
  });
  afterAll(() => gw.close());

  /**
   * How many statements one request ran, after checking it returned `rows` rows. A bigger page
   * may need fewer: rows loaded at one depth (a person's country) are cached for the next (their
   * organisation's country), so only growth with the page size would be an N+1.
   */
  async function statements(query: string, first: number, rows: number): Promise<number> {
    const { count, data } = await countStatements(gw, query, { first }, { token: editor });
    expect((Object.values(data)[0] as { edges: unknown[] }).edges).toHaveLength(rows);
    return count;
  }

  it('lists 50 routes with programme, host country, areas and history in as many statements as 5', async () => {
    const five = await statements(ROUTES, 5, 5);
    const fifty = await statements(ROUTES, 50, 50);
    expect(fifty).toBe(five);
    // The page, its count, areas, phase histories (programmes and host countries are joined in).
    expect(fifty).toBeLessThanOrEqual(4);
  });

  it('actually resolves the nested fields it counts', async () => {
    const routes = dataOf(await gw.graphql(ROUTES, { first: 50 }, { token: editor }))['routes'];
    const first = routes.edges.find((e: { node: { title: string } }) => e.node.title === 'Route 00').node;
    expect(first).toMatchObject({
      programme: { name: 'Programme 0' },
      hostCountry: { name: 'Peru' },
      thematicAreas: [{ name: 'qc-a' }, { name: 'qc-b' }, { name: 'qc-c' }],
      phaseHistory: [{ to: 'SYSTEMATIZATION' }],
    });
    expect(routes.edges.filter((e: { node: { phaseHistory: unknown[] } }) => e.node.phaseHistory.length === 0)).toHaveLength(25);
  });

  it('lists programmes with organisations, areas and routes in a bounded number of statements', async () => {
    // The page (funders and coordinators with their countries joined in), areas, and the routes
    // with their host countries joined in.
    const two = await statements(PROGRAMMES, 2, 2);
    const six = await statements(PROGRAMMES, 6, 6);
    expect(two).toBeLessThanOrEqual(3);
    expect(six).toBeLessThanOrEqual(3);
  });

  it('lists people with organisation and country in a bounded number of statements', async () => {
    const few = await statements(PEOPLE, 3, 3);
    const many = await statements(PEOPLE, 40, 40);
    expect(many).toBeLessThanOrEqual(few);
    // One: organisations and countries are joined into the page.
    expect(many).toBeLessThanOrEqual(1);
  });

  it('lists learning needs with country rankings and areas in a bounded number of statements', async () => {
    const few = await statements(NEEDS, 2, 2);
    const many = await statements(NEEDS, 21, 21);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(2);
  });

  it('reads the deepest query in no more statements than it is deep, whatever the page size', async () => {
    const two = await statements(DEEPEST, 2, 2);
    const six = await statements(DEEPEST, 6, 6);
    expect(six).toBe(two);
    expect(six).toBeLessThanOrEqual(queryDepth(DEEPEST));
    // The page, its count, and the routes with their host countries and programmes joined in.
    expect(six).toBe(3);
    const { programmes } = dataOf(await gw.graphql(DEEPEST, { first: 6 }, { token: editor }));
    const first = programmes.edges.find((e: { node: { name: string } }) => e.node.name === 'Programme 0').node;
    expect(first.coordinator).toEqual({ name: 'Org 1', country: { name: 'Senegal' } });
    expect(first.routes.find((r: { title: string }) => r.title === 'Route 00')).toEqual({ title: 'Route 00', durationDays: null, hostCountry: { name: 'Peru' }, programme: { name: 'Programme 0' } });
    expect(first.routes.every((r: { programme: { name: string } }) => r.programme.name === 'Programme 0')).toBe(true);
    expect(programmes.totalCount).toBe(6);
  });

  describe('look-ahead', () => {
    async function logOf(query: string): Promise<string[]> {
      await gw.graphql('{ __typename }', {}, { token: editor });
      gw.resetQueryLog();
      dataOf(await gw.graphql(query, {}, { token: editor }));
      return [...gw.queryLog];
    }

    it('reads only the columns asked for, and counts only when totalCount is asked', async () => {
      const [page, ...rest] = await logOf(`{ routes(first: 5) { edges { node { id phase } } } }`);
      expect(rest).toEqual([]);
      expect(page).toMatch(/"r"\."phase"/);
      expect(page).not.toMatch(/summary|learning_objectives|working_languages/);
      const counted = await logOf(`{ routes(first: 5) { totalCount edges { node { id } } } }`);
      expect(counted.filter((sql) => /COUNT\(/i.test(sql))).toHaveLength(1);
    });

    it('joins the to-one rows asked for into the page statement, reading what their fields need', async () => {
      const log = await logOf(`{ people(first: 5) { edges { node { fullName organisation { name country { name } } } } } }`);
      expect(log).toHaveLength(1);
      expect(log[0]).toMatch(/LEFT JOIN "organisation"/);
      expect(log[0]).toMatch(/LEFT JOIN "country"/);
      expect(log[0]).toMatch(/"given_name"/);
    });

    it('reads the consent with a personal field, so the privacy policy can decide', async () => {
      const [page] = await logOf(`{ people(first: 5) { edges { node { email } } } }`);
      expect(page).toMatch(/"contact_consent"/);
    });
  });
});
