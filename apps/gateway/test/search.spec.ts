import { Role } from '@lr/server-core';
import { createApiKey, dataOf, errorOf, startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { adminToken, createPerson, createRoute, delegationWithParticipants, participantToken, selectedParticipant, unique } from '@lr/server-delegations/testing';
import { gatewayModules } from '../src/modules';

/**
 * The search across modules (docs/decisions/0015-search.md) over the composed gateway: every
 * module's source, its ranking, pagination, and that each caller finds only what the modules'
 * own lists show them.
 */

const SEARCH = `query($query: String!, $first: Int, $after: String, $kinds: [SearchKind!]) {
  search(query: $query, first: $first, after: $after, kinds: $kinds) {
    totalCount
    edges { cursor node { kind id title detail rank section path } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  detail: string | null;
  rank: number;
  section: string;
  path: string;
}

interface SearchPage {
  search: { totalCount: number; edges: { cursor: string; node: Hit }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('search across modules', () => {
  let gw: TestGateway;
  let admin: string;
  let partner: string;
  let participant: string;
  const ids: Record<string, string> = {};

  /** A row written straight into a module's table: the test sets up states no mutation reaches in one step. */
  async function insert(table: string, values: Record<string, unknown>): Promise<string> {
    const columns = Object.keys(values);
    const params = columns.map((c) => (values[c] !== null && typeof values[c] === 'object' && !Array.isArray(values[c]) ? JSON.stringify(values[c]) : values[c]));
    const rows: { id: string }[] = await gw.dataSource.query(
      `INSERT INTO ${table} (${columns.join(', ')}, version) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, 1) RETURNING id`,
      params,
    );
    return rows[0].id;
  }

  async function search(query: string, options: { token?: string; apiKey?: string; first?: number; after?: string; kinds?: string[]; language?: string }) {
    const res = await gw.graphql<SearchPage>(SEARCH, { query, first: options.first ?? 100, after: options.after, kinds: options.kinds }, options);
    return dataOf<SearchPage>(res).search;
  }

  const foundIds = async (query: string, options: Parameters<typeof search>[1]) => new Set((await search(query, options)).edges.map((e) => e.node.id));

  beforeAll(async () => {
    gw = await startTestGateway(gatewayModules);
    admin = await adminToken(gw);
    partner = (await createApiKey(gw, admin, ['PERSONAL_DATA'])).key;

    // The participant's route, and another route they do not take part in.
    const ownRoute = await createRoute(gw);
    const otherRoute = await createRoute(gw);
    ids.route = ownRoute.id;
    await gw.dataSource.query(`UPDATE learning_route SET title = $2 WHERE id = $1`, [ownRoute.id, JSON.stringify({ en: 'Learning route on school meals', es: 'Ruta de nutrición escolar' })]);
    participant = await participantToken(gw, await selectedParticipant(gw, ownRoute.id));

    const otherDelegation = await delegationWithParticipants(gw, otherRoute.id);
    ids.delegation = otherDelegation.id;
    await gw.dataSource.query(`UPDATE delegation SET name = $2 WHERE id = $1`, [otherDelegation.id, 'Equipo de nutrición del Sur']);
    // A draft plan of the other route: neither partners nor the participant read it.
    ids.draftPlan = await insert('action_plan', { route_id: otherRoute.id, delegation_id: otherDelegation.id, status: 'DRAFT', title: { es: 'Plan de nutrición comunitaria' } });

    // Only English says "nutrition" (in the title); only Spanish says "nutrición" (in the text).
    ids.publishedPractice = await insert('practice', { title: { en: 'Child nutrition in rural schools' }, country_code: 'PE', level: 'COMMUNITY', status: 'PUBLISHED' });
    ids.unpublishedPractice = await insert('practice', {
      title: { es: 'Huertos escolares' },
      summary: { es: 'Mejora la nutrición de los niños con lo que cultivan' },
      country_code: 'PE',
      level: 'DISTRICT',
      status: 'IDENTIFIED',
    });
    ids.championPerson = await createPerson(gw);
    ids.champion = await insert('champion', { person_id: ids.championPerson, bio: { es: 'Experta en nutrición infantil' } });
    await insert('champion_practice', { champion_id: ids.champion, practice_id: ids.unpublishedPractice, role: 'LEADER' });

    // A programme's own indicator (no plan): partners do not read it.
    ids.indicator = await insert('tracked_indicator', { programme_id: otherRoute.programmeId, route_id: otherRoute.id, name: { fr: 'Enfants mieux nourris', en: 'Children with better nutrition' } });
    ids.story = await insert('scaling_story', { route_id: ownRoute.id, practice_id: ids.publishedPractice, country_code: 'PE', title: { es: 'Comedores escolares en Cusco' }, result: { es: 'La nutrición mejoró en tres distritos' } });

    // A person whose e-mail only the privacy policy's readers may search (no contact consent).
    ids.emailPerson = await createPerson(gw, { email: `${unique('quispe')}@nutricion-andina.example`, contactConsent: false });
  }, 120_000);

  afterAll(() => gw?.close());

  it('finds "nutricion" in the English and Spanish records of every module, for an admin', async () => {
    const page = await search('nutricion', { token: admin });
    const kinds = new Set(page.edges.map((e) => e.node.kind));
    expect([...kinds].sort()).toEqual(['ACTION_PLAN', 'CHAMPION', 'DELEGATION', 'INDICATOR', 'PERSON', 'PRACTICE', 'ROUTE', 'SCALING_STORY']);
    const found = new Set(page.edges.map((e) => e.node.id));
    for (const key of ['route', 'delegation', 'draftPlan', 'publishedPractice', 'unpublishedPractice', 'champion', 'indicator', 'story', 'emailPerson']) {
      expect({ key, found: found.has(ids[key]) }).toEqual({ key, found: true });
    }
    expect(page.totalCount).toBe(page.edges.length);
  });

  it('names each hit in the caller’s language and says where the portal opens it', async () => {
    const spanish = await search('nutrición', { token: admin, language: 'es' });
    const route = spanish.edges.find((e) => e.node.id === ids.route)?.node;
    expect(route).toMatchObject({ kind: 'ROUTE', title: 'Ruta de nutrición escolar', section: 'routes', path: `/routes/${ids.route}`, detail: 'Perú' });
    const english = await search('NUTRICIÓN', { token: admin, language: 'en' });
    expect(english.edges.find((e) => e.node.id === ids.route)?.node.title).toBe('Learning route on school meals');
    const plan = english.edges.find((e) => e.node.id === ids.draftPlan)?.node;
    expect(plan).toMatchObject({ section: 'action-plans', path: `/action-plans/plans/${ids.draftPlan}`, title: 'Plan de nutrición comunitaria' });
    const indicator = english.edges.find((e) => e.node.id === ids.indicator)?.node;
    expect(indicator).toMatchObject({ section: 'follow-up', path: `/follow-up/indicators/${ids.indicator}` });
  });

  it('ranks a match in the title above a match in the text', async () => {
    const page = await search('nutricion', { token: admin, kinds: ['PRACTICE'] });
    const order = page.edges.map((e) => e.node.id);
    expect(order).toEqual([ids.publishedPractice, ids.unpublishedPractice]);
    expect(page.edges[0].node.rank).toBeGreaterThan(page.edges[1].node.rank);
  });

  it('finds only the kinds asked for', async () => {
    const page = await search('nutricion', { token: admin, kinds: ['SCALING_STORY', 'DELEGATION'] });
    expect(new Set(page.edges.map((e) => e.node.kind))).toEqual(new Set(['SCALING_STORY', 'DELEGATION']));
    expect(new Set(page.edges.map((e) => e.node.id))).toEqual(new Set([ids.story, ids.delegation]));
  });

  it('pages through the ranked hits with cursors, each hit once, in the order of one whole page', async () => {
    const whole = (await search('nutricion', { token: admin })).edges.map((e) => e.node.id);
    const paged: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await search('nutricion', { token: admin, first: 3, after });
      paged.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
    }
    expect(whole.length).toBeGreaterThan(3);
    expect(paged).toEqual(whole);
  });

  it('refuses a cursor of another search, and an empty query, naming the argument', async () => {
    const first = await search('nutricion', { token: admin, first: 1 });
    const res = await gw.graphql(SEARCH, { query: 'huertos', first: 1, after: first.pageInfo.endCursor }, { token: admin });
    expect(errorOf(res, 'BAD_USER_INPUT').extensions?.['fields']).toEqual([expect.objectContaining({ path: 'after' })]);
    const empty = await gw.graphql(SEARCH, { query: '   ', first: 5 }, { token: admin });
    expect(errorOf(empty, 'BAD_USER_INPUT').extensions?.['fields']).toEqual([expect.objectContaining({ path: 'query' })]);
  });

  it('shows a partner’s key only what the modules’ lists show it', async () => {
    const found = await foundIds('nutricion', { apiKey: partner });
    // Published practice, routes, delegations and stories: partners read them.
    expect(found.has(ids.publishedPractice)).toBe(true);
    expect(found.has(ids.route)).toBe(true);
    expect(found.has(ids.story)).toBe(true);
    // Not an unpublished practice, its champion, a draft plan, a programme's own indicator.
    expect(found.has(ids.unpublishedPractice)).toBe(false);
    expect(found.has(ids.champion)).toBe(false);
    expect(found.has(ids.draftPlan)).toBe(false);
    expect(found.has(ids.indicator)).toBe(false);
    // Nor a person by an e-mail they did not consent to show, even with the personal-data scope.
    expect(found.has(ids.emailPerson)).toBe(false);
  });

  it('shows a PARTICIPANT only their own routes’ delegations, plans and indicators, and nobody’s e-mail', async () => {
    const found = await foundIds('nutricion', { token: participant });
    expect(found.has(ids.route)).toBe(true);
    expect(found.has(ids.story)).toBe(true);
    expect(found.has(ids.unpublishedPractice)).toBe(true);
    expect(found.has(ids.delegation)).toBe(false);
    expect(found.has(ids.draftPlan)).toBe(false);
    expect(found.has(ids.indicator)).toBe(false);
    expect(found.has(ids.emailPerson)).toBe(false);
  });

  it('finds a person by e-mail for an admin, as the privacy policy shows it to them', async () => {
    const found = await foundIds('nutricion-andina', { token: admin, kinds: ['PERSON'] });
    expect(found).toEqual(new Set([ids.emailPerson]));
    const viewer = await gw.tokenFor(Role.VIEWER);
    expect(await foundIds('nutricion-andina', { token: viewer, kinds: ['PERSON'] })).toEqual(new Set());
  });
});
