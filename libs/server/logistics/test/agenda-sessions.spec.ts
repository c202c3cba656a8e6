import { Role } from '@lr/server-core';
import { constraintsOf, type TestGateway } from '@lr/server-core/testing';
import { addDay, addSession, CREATE_SESSION, editorOf, MOVE_SESSION } from './agenda-helpers';
import { adminToken, attachCase, createApiKey, createChampion, createPerson, createRoute, errorOf, fieldsOf, ok, selectedParticipant, startLogisticsGateway, UNKNOWN_ID } from './helpers';

const SESSION = `query($id: ID!) { agendaSession(id: $id) {
  id version type startTime endTime startsAt endsAt title titleTranslations { en es } notes notesTranslations { en es }
  placeName placeAddress outsideCapital latitude longitude interpretedLanguages
  day { date } route { id } practice { id } champions { id } interpreters { id }
} }`;
const UPDATE = `mutation($input: UpdateAgendaSessionInput!) { updateAgendaSession(input: $input) { id version type startTime endTime practice { id } latitude longitude notesTranslations { en } } }`;

describe('sessions of the agenda', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    editor = await editorOf(gw);
  });
  afterAll(() => gw?.close());

  it('are written with everything a session has and read back, with instants in the route’s zone (Lima, UTC-5)', async () => {
    const route = await createRoute(gw);
    const day = await addDay(gw, route.id, '2025-05-13');
    const practiceId = await attachCase(gw, route.id);
    const championId = await createChampion(gw);
    const interpreterId = await createPerson(gw);
    const created = await addSession(gw, day.id, '21:00', '22:30', {
      type: 'CASE_VISIT',
      title: { en: ' The district committee ', es: 'El comité distrital' },
      notes: { en: 'Bus at 20:30', es: 'Bus a las 20:30' },
      placeName: 'Vinchos',
      placeAddress: 'Plaza de Armas, Vinchos',
      outsideCapital: true,
      latitude: -13.2411,
      longitude: -74.3536,
      practiceId,
      championIds: [championId, championId],
      interpreterIds: [interpreterId],
      interpretedLanguages: ['en', 'qu'],
    });
    const read = await ok(gw, SESSION, { id: created.id }, { token: editor, language: 'es' });
    expect(read).toEqual({
      id: created.id,
      version: 1,
      type: 'CASE_VISIT',
      startTime: '21:00',
      endTime: '22:30',
      // 21:00 in Lima is 02:00 UTC the next day.
      startsAt: '2025-05-14T02:00:00.000Z',
      endsAt: '2025-05-14T03:30:00.000Z',
      title: 'El comité distrital',
      titleTranslations: { en: 'The district committee', es: 'El comité distrital' },
      notes: 'Bus a las 20:30',
      notesTranslations: { en: 'Bus at 20:30', es: 'Bus a las 20:30' },
      placeName: 'Vinchos',
      placeAddress: 'Plaza de Armas, Vinchos',
      outsideCapital: true,
      latitude: -13.2411,
      longitude: -74.3536,
      interpretedLanguages: ['en', 'qu'],
      day: { date: '2025-05-13' },
      route: { id: route.id },
      practice: { id: practiceId },
      champions: [{ id: championId }],
      interpreters: [{ id: interpreterId }],
    });
  });

  it('follow the zone set for the route', async () => {
    const route = await createRoute(gw, { hostCountryCode: 'SN' });
    const day = await addDay(gw, route.id, '2025-05-13');
    const session = await addSession(gw, day.id, '09:00', '10:00');
    expect((await ok(gw, SESSION, { id: session.id }, { token: editor })).startsAt).toBe('2025-05-13T09:00:00.000Z');
    const settings = await ok(gw, `query($r: ID!) { routeLogistics(routeId: $r) { version } }`, { r: route.id }, { token: editor });
    await ok(gw, `mutation($input: UpdateRouteLogisticsInput!) { updateRouteLogistics(input: $input) { timeZone } }`, { input: { routeId: route.id, version: settings.version, timeZone: 'America/Lima' } }, { token: editor });
    expect((await ok(gw, SESSION, { id: session.id }, { token: editor })).startsAt).toBe('2025-05-13T14:00:00.000Z');
  });

  it('refuse bad times, an end before the start, lone or out-of-range coordinates and bad language codes, on their fields', async () => {
    const route = await createRoute(gw);
    const day = await addDay(gw, route.id, '2025-05-13');
    const create = (fields: Record<string, unknown>) => gw.graphql(CREATE_SESSION, { input: { dayId: day.id, type: 'INFORMAL', startTime: '09:00', endTime: '10:00', title: { en: 'A session' }, ...fields } }, { token: editor });
    expect(fieldsOf(await create({ startTime: '9:00', endTime: '24:00' }))).toEqual([
      { path: 'input.startTime', message: 'must be a time written HH:MM (24-hour clock), e.g. 09:30' },
      { path: 'input.endTime', message: 'must be a time written HH:MM (24-hour clock), e.g. 09:30' },
    ]);
    expect(fieldsOf(await create({ startTime: '10:00', endTime: '10:00' }))).toEqual([{ path: 'input.endTime', message: 'must be after the start (10:00)' }]);
    expect(fieldsOf(await create({ latitude: 91, longitude: -181 }))).toEqual([
      { path: 'input.latitude', message: 'must be between -90 and 90 degrees' },
      { path: 'input.longitude', message: 'must be between -180 and 180 degrees' },
    ]);
    expect(fieldsOf(await create({ latitude: -13.2 }))).toEqual([{ path: 'input.longitude', message: 'must be given with the latitude' }]);
    expect(constraintsOf(await create({ longitude: -74.2 }))).toEqual([{ path: 'input.latitude', constraint: 'coordinatesPaired' }]);
    expect(constraintsOf(await create({ startTime: '10:00', endTime: '09:30' }))).toEqual([{ path: 'input.endTime', constraint: 'afterStart' }]);
    expect(fieldsOf(await create({ interpretedLanguages: ['en', 'French'] }))).toEqual([{ path: 'input.interpretedLanguages', message: 'must hold ISO 639 language codes in lower case, e.g. "en" or "qu"' }]);
    expect(fieldsOf(await create({ title: { en: '  ' } }))).toEqual([{ path: 'input.title', message: 'needs a text in at least one language (en, fr or es)' }]);
    expect(fieldsOf(await create({ dayId: UNKNOWN_ID }))).toEqual([{ path: 'input.dayId', message: `no agenda day has the id ${UNKNOWN_ID}` }]);
  });

  it('name a case of the route (required for a case visit), and champions and people that exist', async () => {
    const route = await createRoute(gw);
    const day = await addDay(gw, route.id, '2025-05-13');
    const other = await createRoute(gw);
    const elsewhere = await attachCase(gw, other.id);
    const create = (fields: Record<string, unknown>) => gw.graphql(CREATE_SESSION, { input: { dayId: day.id, type: 'CASE_VISIT', startTime: '09:00', endTime: '10:00', title: { en: 'Visit' }, ...fields } }, { token: editor });
    expect(fieldsOf(await create({}))).toEqual([{ path: 'input.practiceId', message: 'is required for a CASE_VISIT: name the practice visited' }]);
    expect(fieldsOf(await create({ practiceId: elsewhere }))).toEqual([{ path: 'input.practiceId', message: 'is not a case of this route: attach the practice to the route first' }]);
    const championId = await createChampion(gw);
    expect(fieldsOf(await create({ practiceId: UNKNOWN_ID, championIds: [championId, UNKNOWN_ID], interpreterIds: [UNKNOWN_ID] }))).toEqual([
      { path: 'input.practiceId', message: `no practice has the id ${UNKNOWN_ID}` },
      { path: 'input.championIds.1', message: `no champion has the id ${UNKNOWN_ID}` },
      { path: 'input.interpreterIds.0', message: `no person has the id ${UNKNOWN_ID}` },
    ]);
  });

  it('change at the version read; what is left out stays, null clears; a stale version is CONFLICT', async () => {
    const route = await createRoute(gw);
    const day = await addDay(gw, route.id, '2025-05-13');
    const practiceId = await attachCase(gw, route.id);
    const session = await addSession(gw, day.id, '09:00', '10:00', { type: 'CONTEXT_SETTING', practiceId, latitude: -12, longitude: -77, notes: { en: 'Bring the case document' } });
    const changed = await ok(gw, UPDATE, { input: { id: session.id, version: session.version, type: 'CASE_VISIT', endTime: '12:00', latitude: null, longitude: null } }, { token: editor });
    expect(changed).toEqual({ id: session.id, version: 2, type: 'CASE_VISIT', startTime: '09:00', endTime: '12:00', practice: { id: practiceId }, latitude: null, longitude: null, notesTranslations: { en: 'Bring the case document' } });
    expect(fieldsOf(await gw.graphql(UPDATE, { input: { id: session.id, version: 2, practiceId: null } }, { token: editor }))).toEqual([
      { path: 'input.practiceId', message: 'is required for a CASE_VISIT: name the practice visited' },
    ]);
    expect(fieldsOf(await gw.graphql(UPDATE, { input: { id: session.id, version: 2, startTime: '12:30' } }, { token: editor }))).toEqual([{ path: 'input.endTime', message: 'must be after the start (12:30)' }]);
    errorOf(await gw.graphql(UPDATE, { input: { id: session.id, version: 1, endTime: '11:00' } }, { token: editor }), 'CONFLICT');
  });

  it('move to another day and other times in one mutation, within their route', async () => {
    const route = await createRoute(gw);
    const [monday, tuesday] = [await addDay(gw, route.id, '2025-05-12'), await addDay(gw, route.id, '2025-05-13')];
    const session = await addSession(gw, monday.id, '09:00', '10:00');
    const moved = await ok(gw, MOVE_SESSION, { input: { id: session.id, version: session.version, dayId: tuesday.id, startTime: '14:00', endTime: '15:30' } }, { token: editor });
    expect(moved).toEqual({ id: session.id, version: 2, dayId: tuesday.id, startTime: '14:00', endTime: '15:30' });
    const days = await ok(gw, `query($id: ID!) { route(id: $id) { agenda { date sessions { id startsAt } } } }`, { id: route.id }, { token: editor });
    expect(days.agenda).toEqual([
      { date: '2025-05-12', sessions: [] },
      { date: '2025-05-13', sessions: [{ id: session.id, startsAt: '2025-05-13T19:00:00.000Z' }] },
    ]);
    const stale = await gw.graphql(MOVE_SESSION, { input: { id: session.id, version: 1, dayId: monday.id, startTime: '09:00', endTime: '10:00' } }, { token: editor });
    errorOf(stale, 'CONFLICT');
    const other = await createRoute(gw);
    const foreignDay = await addDay(gw, other.id, '2025-05-12');
    const foreign = await gw.graphql(MOVE_SESSION, { input: { id: session.id, version: 2, dayId: foreignDay.id, startTime: '09:00', endTime: '10:00' } }, { token: editor });
    expect(fieldsOf(foreign)).toEqual([{ path: 'input.dayId', message: 'is a day of another route: a session moves within its own route' }]);
    // Not `sameRoute`: that name is the delegations' rule in the portal's shared words.
    expect(constraintsOf(foreign)).toEqual([{ path: 'input.dayId', constraint: 'dayOfRoute' }]);
    expect(fieldsOf(await gw.graphql(MOVE_SESSION, { input: { id: session.id, version: 2, dayId: monday.id, startTime: '11:00', endTime: '10:00' } }, { token: editor }))).toEqual([
      { path: 'input.endTime', message: 'must be after the start (11:00)' },
    ]);
  });

  it('list each day’s sessions by start time', async () => {
    const route = await createRoute(gw);
    const day = await addDay(gw, route.id, '2025-05-12');
    const late = await addSession(gw, day.id, '15:00', '16:00');
    const early = await addSession(gw, day.id, '08:00', '09:00');
    const noon = await addSession(gw, day.id, '12:00', '13:00');
    const read = await ok(gw, `query($id: ID!) { agendaDay(id: $id) { sessions { id } } }`, { id: day.id }, { token: editor });
    expect(read.sessions.map((s: { id: string }) => s.id)).toEqual([early.id, noon.id, late.id]);
  });

  it('keep the practice, champions and people they name from being deleted', async () => {
    const admin = await adminToken(gw);
    const route = await createRoute(gw);
    const day = await addDay(gw, route.id, '2025-05-12');
    const interpreterId = await createPerson(gw);
    await addSession(gw, day.id, '09:00', '10:00', { interpreterIds: [interpreterId] });
    const person = await ok(gw, `query($id: ID!) { person(id: $id) { version } }`, { id: interpreterId }, { token: admin });
    const refused = errorOf(await gw.graphql(`mutation($id: ID!, $v: Int!) { deletePerson(id: $id, version: $v) }`, { id: interpreterId, v: person.version }, { token: admin }), 'CONFLICT');
    expect(refused.message).toMatch(/1 agenda session \(as interpreter\)/);
  });

  it('are read by participants on the routes they travel on only; elsewhere they do not exist', async () => {
    const route = await createRoute(gw);
    const day = await addDay(gw, route.id, '2025-05-12');
    const interpreterId = await createPerson(gw);
    const session = await addSession(gw, day.id, '09:00', '10:00', { interpreterIds: [interpreterId], notes: { en: 'Lobby at 08:30' } });
    const traveller = await gw.tokenFor(Role.PARTICIPANT, [], { personId: await selectedParticipant(gw, route.id) });
    const other = await createRoute(gw);
    const stranger = await gw.tokenFor(Role.PARTICIPANT, [], { personId: await selectedParticipant(gw, other.id) });
    const mine = await ok(gw, `query($id: ID!) { agendaSession(id: $id) { notes interpreters { id } } }`, { id: session.id }, { token: traveller });
    expect(mine).toEqual({ notes: 'Lobby at 08:30', interpreters: [{ id: interpreterId }] });
    errorOf(await gw.graphql(`query($id: ID!) { agendaSession(id: $id) { id } }`, { id: session.id }, { token: stranger }), 'NOT_FOUND');
    errorOf(await gw.graphql(`query($id: ID!) { agendaDay(id: $id) { id } }`, { id: day.id }, { token: stranger }), 'NOT_FOUND');
    const seen = await ok(gw, `query($id: ID!) { route(id: $id) { agenda { id } } }`, { id: route.id }, { token: stranger });
    expect(seen.agenda).toEqual([]);
    expect((await ok(gw, `query($id: ID!) { route(id: $id) { agenda { id } } }`, { id: route.id }, { token: traveller })).agenda).toEqual([{ id: day.id }]);
    errorOf(await gw.graphql(`query($r: ID!) { agendaChecks(routeId: $r) { ready } }`, { r: route.id }, { token: stranger }), 'NOT_FOUND');
  });

  it('are read by partners as the public agenda: no interpreters, notes or findings; cases when published; champions they may see', async () => {
    const admin = await adminToken(gw);
    const { key } = await createApiKey(gw, admin, ['READ']);
    const route = await createRoute(gw);
    const day = await addDay(gw, route.id, '2025-05-12');
    const published = await attachCase(gw, route.id, 'PUBLISHED');
    const systematized = await attachCase(gw, route.id, 'SYSTEMATIZED');
    const visible = await createChampion(gw);
    await ok(gw, `mutation($input: LinkChampionPracticeInput!) { linkChampionPractice(input: $input) { id } }`, { input: { championId: visible, practiceId: published, role: 'LEADER' } }, { token: admin });
    const hidden = await createChampion(gw);
    const common = { interpreterIds: [await createPerson(gw)], notes: { en: 'Driver: +51 999 000 000' }, championIds: [visible, hidden] };
    await addSession(gw, day.id, '09:00', '10:00', { type: 'CONTEXT_SETTING', practiceId: published, ...common });
    await addSession(gw, day.id, '10:00', '11:00', { type: 'CONTEXT_SETTING', practiceId: systematized, ...common });
    const read = await ok(gw, `query($id: ID!) { route(id: $id) { agenda { sessions { type title notes notesTranslations { en } interpreters { id } findings { code } practiceId practice { id } champions { id } startsAt } } } }`, { id: route.id }, { apiKey: key });
    expect(read.agenda[0].sessions).toEqual([
      { type: 'CONTEXT_SETTING', title: 'Session', notes: null, notesTranslations: null, interpreters: null, findings: null, practiceId: null, practice: { id: published }, champions: [{ id: visible }], startsAt: '2025-05-12T14:00:00.000Z' },
      { type: 'CONTEXT_SETTING', title: 'Session', notes: null, notesTranslations: null, interpreters: null, findings: null, practiceId: null, practice: null, champions: [{ id: visible }], startsAt: '2025-05-12T15:00:00.000Z' },
    ]);
    errorOf(await gw.graphql(`query($r: ID!) { agendaChecks(routeId: $r) { ready } }`, { r: route.id }, { apiKey: key }), 'FORBIDDEN');
  });
});
