import { ApiKeyScope, RequestContext, Role, type Principal } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { routeAgenda } from '../src/agenda/agenda-reads';
import { addDay, addSession } from './agenda-helpers';
import { attachCase, createChampion, createPerson, createRoute, startLogisticsGateway } from './helpers';

/** `routeAgenda`, what the exports (calendars, PDF) read: the whole agenda with instants, as the caller may read it. */
describe('a route’s whole agenda for documents', () => {
  let gw: TestGateway;
  const contextAs = (principal: Principal) => new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime, principal });
  const admin: Principal = { kind: 'user', userId: 'u', email: 'a@test.example', displayName: 'Admin', role: Role.ADMIN, modules: [], personId: null };
  const partner: Principal = { kind: 'apiKey', keyId: 'k', name: 'Partner', scopes: [ApiKeyScope.READ] };

  beforeAll(async () => {
    gw = await startLogisticsGateway();
  });
  afterAll(() => gw?.close());

  it('gives days by date, sessions by start with instants in the route’s zone, and the people leading and interpreting', async () => {
    const route = await createRoute(gw);
    const tuesday = await addDay(gw, route.id, '2025-05-13');
    const monday = await addDay(gw, route.id, '2025-05-12');
    const practiceId = await attachCase(gw, route.id, 'SYSTEMATIZED');
    const championId = await createChampion(gw);
    const interpreterId = await createPerson(gw);
    const late = await addSession(gw, monday.id, '19:30', '21:00', { type: 'INFORMAL' });
    const early = await addSession(gw, monday.id, '09:00', '10:00', { type: 'CONTEXT_SETTING', practiceId, championIds: [championId], interpreterIds: [interpreterId], notes: { en: 'Lobby 08:30' } });
    const next = await addSession(gw, tuesday.id, '09:00', '10:00');
    const [championPerson] = await gw.dataSource.query(`SELECT person_id AS id FROM champion WHERE id = $1`, [championId]);

    const agenda = await routeAgenda(contextAs(admin), route.id);
    expect(agenda.timeZone).toBe('America/Lima');
    expect(agenda.route.id).toBe(route.id);
    expect(agenda.days.map((d) => [d.day.date, d.sessions.map((s) => [s.session.id, s.startsAt.toISOString(), s.endsAt.toISOString()])])).toEqual([
      ['2025-05-12', [[early.id, '2025-05-12T14:00:00.000Z', '2025-05-12T15:00:00.000Z'], [late.id, '2025-05-13T00:30:00.000Z', '2025-05-13T02:00:00.000Z']]],
      ['2025-05-13', [[next.id, '2025-05-13T14:00:00.000Z', '2025-05-13T15:00:00.000Z']]],
    ]);
    const first = agenda.days[0].sessions[0];
    expect([first.championPersonIds, first.interpreterIds, first.session.practiceId, first.session.notes]).toEqual([[championPerson.id], [interpreterId], practiceId, { en: 'Lobby 08:30' }]);

    // Partners: no notes, no interpreters, no unpublished case, no champion they may not see.
    const publicAgenda = await routeAgenda(contextAs(partner), route.id);
    const seen = publicAgenda.days[0].sessions[0];
    expect([seen.championPersonIds, seen.interpreterIds, seen.session.practiceId, seen.session.notes, seen.startsAt.toISOString()]).toEqual([[], [], null, {}, '2025-05-12T14:00:00.000Z']);
  });
});
