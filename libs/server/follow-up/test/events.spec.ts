import { Role } from '@lr/server-core';
import { countStatements, createApiKey, type TestGateway } from '@lr/server-core/testing';
import {
  adminToken,
  createPerson,
  createRoute,
  delegationWithParticipants,
  errorOf,
  fieldsOf,
  followUpEditor,
  ok,
  participantToken,
  reviewerToken,
  startFollowUpGateway,
  UNKNOWN_ID,
} from './helpers';

const EVENT_FIELDS = 'id version kind date title notes countryCode country { code } route { id } participants { id }';
const CREATE = `mutation($input: CreateFollowUpEventInput!) { createFollowUpEvent(input: $input) { ${EVENT_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateFollowUpEventInput!) { updateFollowUpEvent(input: $input) { ${EVENT_FIELDS} } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteFollowUpEvent(id: $id, version: $v) }`;
const LIST = `query($filter: FollowUpEventFilter) { followUpEvents(first: 20, filter: $filter) { totalCount edges { node { date kind titleTranslations { en es } } } } }`;
const ONE = `query($id: ID!) { followUpEvent(id: $id) { id title participants { id } } }`;

describe('follow-up events', () => {
  let gw: TestGateway;
  let editor: string;
  let routeId: string;
  let people: string[];

  const meeting = (overrides: Record<string, unknown> = {}) => ({
    routeId,
    kind: 'FINAL_VIRTUAL_MEETING',
    date: '2025-11-20',
    title: { en: 'Final virtual meeting', es: 'Reunión virtual final' },
    notes: { en: 'Teams presented their first six months.' },
    participantIds: people,
    ...overrides,
  });

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    editor = await followUpEditor(gw);
    routeId = (await createRoute(gw)).id;
    people = (await delegationWithParticipants(gw, routeId, 'GT', 2)).personIds;
  });
  afterAll(() => gw?.close());

  it('records a final virtual meeting with its participants as people, and reads it back', async () => {
    const event = await ok(gw, CREATE, { input: meeting() }, { token: editor });
    expect(event).toMatchObject({ kind: 'FINAL_VIRTUAL_MEETING', date: '2025-11-20', title: 'Final virtual meeting', notes: 'Teams presented their first six months.', version: 1, route: { id: routeId } });
    expect(event.participants.map((p: { id: string }) => p.id)).toEqual(people);
    const read = await ok(gw, ONE, { id: event.id }, { token: await reviewerToken(gw) });
    expect(read.participants).toHaveLength(2);
  });

  it('refuses participants who are not people, unknown routes and a visit without its country, naming each field', async () => {
    expect(fieldsOf(await gw.graphql(CREATE, { input: meeting({ routeId: UNKNOWN_ID, participantIds: [people[0], UNKNOWN_ID] }) }, { token: editor }))).toEqual([
      { path: 'input.routeId', message: `no learning route has the id ${UNKNOWN_ID}` },
      { path: 'input.participantIds.1', message: `no person has the id ${UNKNOWN_ID}` },
    ]);
    expect(fieldsOf(await gw.graphql(CREATE, { input: meeting({ kind: 'TECHNICAL_ASSISTANCE_VISIT' }) }, { token: editor }))).toEqual([
      { path: 'input.countryCode', message: 'is required for a technical-assistance visit: the country visited' },
    ]);
    expect(fieldsOf(await gw.graphql(CREATE, { input: meeting({ kind: 'TECHNICAL_ASSISTANCE_VISIT', countryCode: 'XX' }) }, { token: editor }))).toEqual([
      { path: 'input.countryCode', message: 'no country has the code XX' },
    ]);
    expect(fieldsOf(await gw.graphql(CREATE, { input: meeting({ date: '2025-02-30' }) }, { token: editor })).map((f) => f.path)).toEqual(['input.date']);
  });

  it('updates at the version read, refuses a stale version with CONFLICT, and deletes', async () => {
    const event = await ok(gw, CREATE, { input: meeting({ kind: 'OTHER', date: '2025-12-01' }) }, { token: editor });
    const visit = await ok(gw, UPDATE, { input: { id: event.id, version: event.version, kind: 'TECHNICAL_ASSISTANCE_VISIT', countryCode: 'GT', participantIds: [people[1]] } }, { token: editor });
    expect(visit).toMatchObject({ kind: 'TECHNICAL_ASSISTANCE_VISIT', countryCode: 'GT', country: { code: 'GT' }, version: 2 });
    expect(visit.participants.map((p: { id: string }) => p.id)).toEqual([people[1]]);
    // Taking the country away from a visit is refused like a missing one.
    expect(fieldsOf(await gw.graphql(UPDATE, { input: { id: event.id, version: 2, countryCode: null } }, { token: editor }))).toEqual([
      { path: 'input.countryCode', message: 'is required for a technical-assistance visit: the country visited' },
    ]);
    expect(errorOf(await gw.graphql(UPDATE, { input: { id: event.id, version: 1, date: '2025-12-02' } }, { token: editor }), 'CONFLICT').message).toMatch(/version 1/);
    expect(errorOf(await gw.graphql(DELETE, { id: event.id, v: 1 }, { token: editor }), 'CONFLICT')).toBeDefined();
    expect(await ok(gw, DELETE, { id: event.id, v: 2 }, { token: editor })).toBe(event.id);
    errorOf(await gw.graphql(ONE, { id: event.id }, { token: editor }), 'NOT_FOUND');
  });

  it('lets one of two editors saving the same version at once win, the other told CONFLICT', async () => {
    const event = await ok(gw, CREATE, { input: meeting({ date: '2026-04-01' }) }, { token: editor });
    const other = await followUpEditor(gw);
    const results = await Promise.all(
      [editor, other].map((token, i) => gw.graphql(UPDATE, { input: { id: event.id, version: event.version, notes: { en: `Notes by editor ${i}` } } }, { token })),
    );
    expect(results.map((r) => (r.errors?.length ? r.errors[0].extensions?.['code'] : 'ok')).sort()).toEqual(['CONFLICT', 'ok']);
    expect((await ok(gw, `query($id: ID!) { followUpEvent(id: $id) { version } }`, { id: event.id }, { token: editor })).version).toBe(2);
  });

  it('lets only admins and follow-up editors write', async () => {
    errorOf(await gw.graphql(CREATE, { input: meeting() }, { token: await reviewerToken(gw) }), 'FORBIDDEN');
    errorOf(await gw.graphql(CREATE, { input: meeting() }, { token: await gw.tokenFor(Role.EDITOR, ['delegations']) }), 'FORBIDDEN');
    await ok(gw, CREATE, { input: meeting({ date: '2026-01-10' }) }, { token: await adminToken(gw) });
  });

  it('filters by route, kind and a date range, oldest first, and the route lists its events', async () => {
    const other = (await createRoute(gw)).id;
    await ok(gw, CREATE, { input: meeting({ routeId: other, kind: 'TECHNICAL_ASSISTANCE_VISIT', countryCode: 'TZ', date: '2026-03-05', title: { en: 'Visit to Dodoma' }, participantIds: [] }) }, { token: editor });
    await ok(gw, CREATE, { input: meeting({ routeId: other, date: '2025-12-15', title: { en: 'Closing call' }, participantIds: [] }) }, { token: editor });
    await ok(gw, CREATE, { input: meeting({ routeId: other, kind: 'OTHER', date: '2026-06-01', title: { en: 'Webinar' }, participantIds: [] }) }, { token: editor });
    const titles = async (filter: object) => (await ok(gw, LIST, { filter }, { token: editor })).edges.map((e: { node: { titleTranslations: { en: string } } }) => e.node.titleTranslations.en);
    expect(await titles({ routeId: other })).toEqual(['Closing call', 'Visit to Dodoma', 'Webinar']);
    expect(await titles({ routeId: other, kind: 'TECHNICAL_ASSISTANCE_VISIT' })).toEqual(['Visit to Dodoma']);
    expect(await titles({ routeId: other, from: '2026-01-01', to: '2026-03-05' })).toEqual(['Visit to Dodoma']);
    expect(await titles({ routeId: other, from: '2026-03-06' })).toEqual(['Webinar']);
    expect(fieldsOf(await gw.graphql(LIST, { filter: { from: '2026-02-01', to: '2026-01-01' } }, { token: editor }))).toEqual([{ path: 'filter.to', message: 'must be on or after filter.from (2026-02-01)' }]);
    const route = await ok(gw, `query($id: ID!) { route(id: $id) { followUpEvents { title kind } } }`, { id: other }, { token: editor });
    expect(route.followUpEvents.map((e: { title: string }) => e.title)).toEqual(['Closing call', 'Visit to Dodoma', 'Webinar']);
  });

  it('shows participants the events of their own routes only, and partners events without their participants', async () => {
    const mine = await ok(gw, CREATE, { input: meeting({ date: '2026-02-02' }) }, { token: editor });
    const elsewhere = (await createRoute(gw)).id;
    const foreign = await ok(gw, CREATE, { input: meeting({ routeId: elsewhere, participantIds: [await createPerson(gw)] }) }, { token: editor });
    const participant = await participantToken(gw, people[0]);
    const listed = await ok(gw, `{ followUpEvents(first: 100) { edges { node { route { id } } } } }`, {}, { token: participant });
    expect(new Set(listed.edges.map((e: { node: { route: { id: string } } }) => e.node.route.id))).toEqual(new Set([routeId]));
    expect((await ok(gw, ONE, { id: mine.id }, { token: participant })).participants).toHaveLength(2);
    errorOf(await gw.graphql(ONE, { id: foreign.id }, { token: participant }), 'NOT_FOUND');
    expect((await ok(gw, `query($id: ID!) { route(id: $id) { followUpEvents { id } } }`, { id: elsewhere }, { token: participant })).followUpEvents).toEqual([]);

    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    const seen = await ok(gw, ONE, { id: foreign.id }, { apiKey: key });
    expect(seen).toMatchObject({ id: foreign.id, title: 'Final virtual meeting', participants: null });
  });

  it('reads a page of events with their route, country and participants in as many statements for one event as for many', async () => {
    const route = (await createRoute(gw)).id;
    const team = (await delegationWithParticipants(gw, route, 'TZ', 3)).personIds;
    for (const date of ['2026-01-05', '2026-02-05', '2026-03-05', '2026-04-05']) {
      await ok(gw, CREATE, { input: meeting({ routeId: route, date, kind: 'TECHNICAL_ASSISTANCE_VISIT', countryCode: 'TZ', participantIds: team }) }, { token: editor });
    }
    const PAGE = `query($first: Int!, $r: ID!) { followUpEvents(first: $first, filter: { routeId: $r }) { edges { node { title route { title } country { name } participants { givenName } } } } }`;
    const one = await countStatements(gw, PAGE, { first: 1, r: route }, { token: editor });
    const all = await countStatements(gw, PAGE, { first: 4, r: route }, { token: editor });
    expect(all.data['followUpEvents'].edges).toHaveLength(4);
    expect(all.data['followUpEvents'].edges[3].node.participants).toHaveLength(3);
    expect(all.count).toBe(one.count);
  });
});
