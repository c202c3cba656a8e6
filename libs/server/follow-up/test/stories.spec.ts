import { Role } from '@lr/server-core';
import { countStatements, createApiKey, type TestGateway } from '@lr/server-core/testing';
import { adminToken, attachCase, createRoute, delegationWithParticipants, errorOf, fieldsOf, followUpEditor, ok, participantToken, reviewerToken, startFollowUpGateway, unique, UNKNOWN_ID } from './helpers';

const STORY_FIELDS = 'id version title result locality evidenceUrl documentedOn countryCode country { code } route { id } practice { id } adaptedByOrganisation { id name }';
const CREATE_STORY = `mutation($input: CreateScalingStoryInput!) { createScalingStory(input: $input) { ${STORY_FIELDS} } }`;
const UPDATE_STORY = `mutation($input: UpdateScalingStoryInput!) { updateScalingStory(input: $input) { ${STORY_FIELDS} } }`;
const STORIES = `query($filter: ScalingStoryFilter) { scalingStories(first: 20, filter: $filter) { totalCount edges { node { titleTranslations { en } } } } }`;
const COMMUNITY_FIELDS = 'id version name description memberCount url startedOn routes { id }';
const CREATE_COMMUNITY = `mutation($input: CreateCommunityOfPracticeInput!) { createCommunityOfPractice(input: $input) { ${COMMUNITY_FIELDS} } }`;
const UPDATE_COMMUNITY = `mutation($input: UpdateCommunityOfPracticeInput!) { updateCommunityOfPractice(input: $input) { ${COMMUNITY_FIELDS} } }`;
const COMMUNITIES = `query($filter: CommunityOfPracticeFilter) { communitiesOfPractice(first: 20, filter: $filter) { totalCount edges { node { name } } } }`;

describe('scaling-up stories and communities of practice', () => {
  let gw: TestGateway;
  let editor: string;
  let routeId: string;
  let practiceId: string;
  let organisationId: string;

  const story = (overrides: Record<string, unknown> = {}) => ({
    practiceId,
    routeId,
    adaptedByOrganisationId: organisationId,
    countryCode: 'GT',
    locality: 'Alta Verapaz',
    title: { en: 'Municipal nutrition tables in Alta Verapaz', es: 'Mesas municipales de nutrición en Alta Verapaz' },
    result: { en: 'Eight municipalities budget nutrition jointly.' },
    evidenceUrl: 'https://example.org/evidence/alta-verapaz',
    documentedOn: '2026-02-10',
    ...overrides,
  });

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    editor = await followUpEditor(gw);
    routeId = (await createRoute(gw)).id;
    practiceId = await attachCase(gw, routeId);
    organisationId = (
      await ok(gw, `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, { input: { name: unique('SESAN'), type: 'GOVERNMENT', countryCode: 'GT' } }, { token: await adminToken(gw) })
    ).id;
  });
  afterAll(() => gw?.close());

  describe('stories', () => {
    it('documents which practice was adapted, by whom, where, with what result and evidence', async () => {
      const created = await ok(gw, CREATE_STORY, { input: story() }, { token: editor });
      expect(created).toMatchObject({
        version: 1,
        title: 'Municipal nutrition tables in Alta Verapaz',
        result: 'Eight municipalities budget nutrition jointly.',
        locality: 'Alta Verapaz',
        evidenceUrl: 'https://example.org/evidence/alta-verapaz',
        documentedOn: '2026-02-10',
        country: { code: 'GT' },
        route: { id: routeId },
        practice: { id: practiceId },
        adaptedByOrganisation: { id: organisationId },
      });
    });

    it('refuses an unknown practice, route, organisation or country and evidence that is not an http(s) link, naming each field', async () => {
      const res = await gw.graphql(CREATE_STORY, { input: story({ practiceId: UNKNOWN_ID, routeId: UNKNOWN_ID, adaptedByOrganisationId: UNKNOWN_ID, countryCode: 'XX', evidenceUrl: 'ftp://example.org/x' }) }, { token: editor });
      expect(fieldsOf(res)).toEqual([
        { path: 'input.practiceId', message: `no practice has the id ${UNKNOWN_ID}` },
        { path: 'input.routeId', message: `no learning route has the id ${UNKNOWN_ID}` },
        { path: 'input.adaptedByOrganisationId', message: `no organisation has the id ${UNKNOWN_ID}` },
        { path: 'input.countryCode', message: 'no country has the code XX' },
        { path: 'input.evidenceUrl', message: 'must be a web address starting with http:// or https://' },
      ]);
      expect(fieldsOf(await gw.graphql(CREATE_STORY, { input: story({ evidenceUrl: 'javascript:alert(1)' }) }, { token: editor }))).toEqual([
        { path: 'input.evidenceUrl', message: 'must be a web address starting with http:// or https://' },
      ]);
      expect(fieldsOf(await gw.graphql(CREATE_STORY, { input: story({ result: { en: '  ' } }) }, { token: editor })).map((f) => f.path)).toEqual(['input.result']);
    });

    it('updates at the version read (a stale one is CONFLICT), clears optional fields, and deletes', async () => {
      const created = await ok(gw, CREATE_STORY, { input: story({ title: { en: 'To be changed' } }) }, { token: editor });
      const updated = await ok(gw, UPDATE_STORY, { input: { id: created.id, version: 1, countryCode: 'TZ', locality: null, evidenceUrl: null, adaptedByOrganisationId: null } }, { token: editor });
      expect(updated).toMatchObject({ version: 2, countryCode: 'TZ', locality: null, evidenceUrl: null, adaptedByOrganisation: null });
      expect(fieldsOf(await gw.graphql(UPDATE_STORY, { input: { id: created.id, version: 2, evidenceUrl: 'example.org' } }, { token: editor }))).toEqual([
        { path: 'input.evidenceUrl', message: 'must be a web address starting with http:// or https://' },
      ]);
      errorOf(await gw.graphql(UPDATE_STORY, { input: { id: created.id, version: 1, locality: 'x' } }, { token: editor }), 'CONFLICT');
      expect(await ok(gw, `mutation($id: ID!, $v: Int!) { deleteScalingStory(id: $id, version: $v) }`, { id: created.id, v: 2 }, { token: editor })).toBe(created.id);
      errorOf(await gw.graphql(`query($id: ID!) { scalingStory(id: $id) { id } }`, { id: created.id }, { token: editor }), 'NOT_FOUND');
      errorOf(await gw.graphql(CREATE_STORY, { input: story() }, { token: await reviewerToken(gw) }), 'FORBIDDEN');
    });

    it('filters by route, practice, country and a search ignoring accents; the route lists its stories', async () => {
      const other = (await createRoute(gw)).id;
      const otherPractice = await attachCase(gw, other);
      await ok(gw, CREATE_STORY, { input: story({ routeId: other, practiceId: otherPractice, title: { en: 'Nutrición en Kasama' }, countryCode: 'ZM', locality: 'Northern Province', documentedOn: '2026-01-01' }) }, { token: editor });
      await ok(gw, CREATE_STORY, { input: story({ routeId: other, title: { en: 'Budget tracking in Iringa' }, countryCode: 'TZ', locality: 'Iringa', documentedOn: '2026-03-01' }) }, { token: editor });
      const titles = async (filter: object) => (await ok(gw, STORIES, { filter }, { token: editor })).edges.map((e: { node: { titleTranslations: { en: string } } }) => e.node.titleTranslations.en);
      expect(await titles({ routeId: other })).toEqual(['Budget tracking in Iringa', 'Nutrición en Kasama']);
      expect(await titles({ routeId: other, practiceId: otherPractice })).toEqual(['Nutrición en Kasama']);
      expect(await titles({ routeId: other, countryCode: 'TZ' })).toEqual(['Budget tracking in Iringa']);
      expect(await titles({ routeId: other, search: 'NUTRICION' })).toEqual(['Nutrición en Kasama']);
      expect(await titles({ routeId: other, search: 'northern prov' })).toEqual(['Nutrición en Kasama']);
      const route = await ok(gw, `query($id: ID!) { route(id: $id) { scalingStories { title } } }`, { id: other }, { token: editor });
      expect(route.scalingStories.map((s: { title: string }) => s.title)).toEqual(['Budget tracking in Iringa', 'Nutrición en Kasama']);
    });
  });

  describe('communities of practice', () => {
    it('records a community grown from routes, with a unique name, and finds it by route and search', async () => {
      const name = unique('Comunidad de práctica');
      const created = await ok(gw, CREATE_COMMUNITY, { input: { name: `  ${name} `, description: { en: 'Municipal officers sharing budget tools' }, routeIds: [routeId], memberCount: 40, url: 'https://example.org/cop', startedOn: '2025-09-01' } }, { token: editor });
      expect(created).toMatchObject({ name, version: 1, description: 'Municipal officers sharing budget tools', memberCount: 40, routes: [{ id: routeId }] });
      errorOf(await gw.graphql(CREATE_COMMUNITY, { input: { name } }, { token: editor }), 'CONFLICT');
      const names = async (filter: object) => (await ok(gw, COMMUNITIES, { filter }, { token: editor })).edges.map((e: { node: { name: string } }) => e.node.name);
      expect(await names({ routeId })).toEqual([name]);
      expect(await names({ search: 'budget TOOLS' })).toContain(name);
      expect(await names({ search: 'comunidad de practica' })).toContain(name);
      expect(await names({ routeId: UNKNOWN_ID })).toEqual([]);
    });

    it('lets one of two editors creating the same name at once have it, the other told CONFLICT', async () => {
      const name = unique('Simultaneous CoP');
      const results = await Promise.all([editor, editor].map((token) => gw.graphql(CREATE_COMMUNITY, { input: { name, routeIds: [routeId] } }, { token })));
      expect(results.map((r) => (r.errors?.length ? r.errors[0].extensions?.['code'] : 'ok')).sort()).toEqual(['CONFLICT', 'ok']);
      expect((await ok(gw, COMMUNITIES, { filter: { search: name } }, { token: editor })).totalCount).toBe(1);
    });

    it('refuses unknown routes, a negative member count and a link that is not http(s), naming each field', async () => {
      expect(fieldsOf(await gw.graphql(CREATE_COMMUNITY, { input: { name: unique('CoP'), routeIds: [routeId, UNKNOWN_ID], url: 'mailto:x@example.org' } }, { token: editor }))).toEqual([
        { path: 'input.routeIds.1', message: `no learning route has the id ${UNKNOWN_ID}` },
        { path: 'input.url', message: 'must be a web address starting with http:// or https://' },
      ]);
      expect(fieldsOf(await gw.graphql(CREATE_COMMUNITY, { input: { name: unique('CoP'), memberCount: -1 } }, { token: editor })).map((f) => f.path)).toEqual(['input.memberCount']);
    });

    it('updates at the version read (a stale one is CONFLICT) and deletes', async () => {
      const created = await ok(gw, CREATE_COMMUNITY, { input: { name: unique('CoP') } }, { token: editor });
      const updated = await ok(gw, UPDATE_COMMUNITY, { input: { id: created.id, version: 1, memberCount: 12, routeIds: [routeId] } }, { token: editor });
      expect(updated).toMatchObject({ version: 2, memberCount: 12, routes: [{ id: routeId }] });
      errorOf(await gw.graphql(UPDATE_COMMUNITY, { input: { id: created.id, version: 1, memberCount: 13 } }, { token: editor }), 'CONFLICT');
      expect(await ok(gw, `mutation($id: ID!, $v: Int!) { deleteCommunityOfPractice(id: $id, version: $v) }`, { id: created.id, v: 2 }, { token: editor })).toBe(created.id);
    });
  });

  describe('who reads them', () => {
    it('shows a participant the stories and communities of their own routes only', async () => {
      const other = (await createRoute(gw)).id;
      const { personIds } = await delegationWithParticipants(gw, other, 'BJ', 1);
      const ownStory = await ok(gw, CREATE_STORY, { input: story({ routeId: other }) }, { token: editor });
      const foreignStory = await ok(gw, CREATE_STORY, { input: story() }, { token: editor });
      const ownCop = await ok(gw, CREATE_COMMUNITY, { input: { name: unique('Own CoP'), routeIds: [other, routeId] } }, { token: editor });
      const foreignCop = await ok(gw, CREATE_COMMUNITY, { input: { name: unique('Foreign CoP'), routeIds: [routeId] } }, { token: editor });
      const token = await participantToken(gw, personIds[0]);
      const stories = await ok(gw, `{ scalingStories(first: 100) { edges { node { id } } } }`, {}, { token });
      expect(stories.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ownStory.id]);
      errorOf(await gw.graphql(`query($id: ID!) { scalingStory(id: $id) { id } }`, { id: foreignStory.id }, { token }), 'NOT_FOUND');
      const cops = await ok(gw, `{ communitiesOfPractice(first: 100) { edges { node { id } } } }`, {}, { token });
      expect(cops.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ownCop.id]);
      errorOf(await gw.graphql(`query($id: ID!) { communityOfPractice(id: $id) { id } }`, { id: foreignCop.id }, { token }), 'NOT_FOUND');
    });

    it('lets partners read stories and communities, with the practice only once it is published', async () => {
      const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
      const created = await ok(gw, CREATE_STORY, { input: story({ title: { en: unique('Partner story') } }) }, { token: editor });
      const read = await ok(gw, `query($id: ID!) { scalingStory(id: $id) { title practice { id } country { code } } }`, { id: created.id }, { apiKey: key });
      // The case practice is IDENTIFIED, not published: partners do not see it.
      expect(read).toMatchObject({ title: created.title, practice: null, country: { code: 'GT' } });
      expect((await ok(gw, `query($id: ID!) { scalingStory(id: $id) { practice { id } } }`, { id: created.id }, { token: editor })).practice).toEqual({ id: practiceId });
      const cops = await ok(gw, `{ communitiesOfPractice(first: 5) { totalCount } }`, {}, { apiKey: key });
      expect(cops.totalCount).toBeGreaterThan(0);
      errorOf(await gw.graphql(CREATE_COMMUNITY, { input: { name: unique('CoP') } }, { apiKey: key }), 'FORBIDDEN');
    });

    it('refuses writes to a core editor of another module', async () => {
      errorOf(await gw.graphql(CREATE_COMMUNITY, { input: { name: unique('CoP') } }, { token: await gw.tokenFor(Role.EDITOR, ['practices']) }), 'FORBIDDEN');
    });
  });

  it('reads a page of stories with their practice, organisation, country and route in as many statements for one story as for many', async () => {
    const route = (await createRoute(gw)).id;
    for (const country of ['GT', 'TZ', 'BJ', 'LA']) await ok(gw, CREATE_STORY, { input: story({ routeId: route, practiceId: await attachCase(gw, route), countryCode: country }) }, { token: editor });
    const PAGE = `query($first: Int!, $r: ID!) { scalingStories(first: $first, filter: { routeId: $r }) { edges { node { title practice { title } adaptedByOrganisation { name } country { name } route { title } } } } }`;
    const one = await countStatements(gw, PAGE, { first: 1, r: route }, { token: editor });
    const all = await countStatements(gw, PAGE, { first: 4, r: route }, { token: editor });
    expect(all.data['scalingStories'].edges).toHaveLength(4);
    expect(all.count).toBe(one.count);
  });
});
