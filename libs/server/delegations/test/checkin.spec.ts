import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { addParticipant, COMPOSITION, createRoute, errorOf, fieldsOf, ok, selectedTeam, startDelegationsGateway } from './helpers';

const CHECK_IN = `mutation($id: ID!, $v: Int!, $at: DateTimeISO) { checkInParticipant(participantId: $id, version: $v, at: $at) { checkedInAt checkedInBy version } }`;

describe('arrival check-in and who is present', () => {
  let gw: TestGateway;
  let editor: string;
  let admin: string;

  beforeAll(async () => {
    gw = await startDelegationsGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['delegations']);
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw?.close());

  async function implementedRoute() {
    const route = await createRoute(gw, admin, { startDate: '2026-11-25', endDate: '2026-12-02' });
    await ok(gw, `mutation($input: SetCompositionInput!) { setRouteComposition(input: $input) { isDefault } }`, { input: { routeId: route.id, version: 1, nationalTeams: 1 } }, { token: editor });
    const team = await selectedTeam(gw, editor, route.id, 3);
    let version = route.version;
    for (const phase of ['SYSTEMATIZATION', 'PREPARATION', 'IMPLEMENTATION']) {
      version = (await ok(gw, `mutation($id: ID!, $p: RoutePhase!, $v: Int!) { advanceRoutePhase(routeId: $id, toPhase: $p, version: $v) { version } }`, { id: route.id, p: phase, v: version }, { token: admin })).version;
    }
    expect((await ok(gw, COMPOSITION, { routeId: route.id }, { token: editor })).ready).toBe(true);
    return { route, ...team };
  }

  it('checks in selected participants and tells who is present on a day and who has not arrived', async () => {
    const { route, members } = await implementedRoute();
    const first = await ok(gw, CHECK_IN, { id: members[0].id, v: members[0].version, at: '2026-11-25T08:15:00.000Z' }, { token: editor });
    expect(first).toMatchObject({ checkedInAt: '2026-11-25T08:15:00.000Z', checkedInBy: expect.stringMatching(/EDITOR/) });
    await ok(gw, CHECK_IN, { id: members[1].id, v: members[1].version, at: '2026-11-26T20:00:00.000Z' }, { token: editor });
    const attendance = `query($r: ID!, $d: String) { routeAttendance(routeId: $r, date: $d) { date routeRunning expected present { id } notArrived { id } } }`;
    const day1 = await ok(gw, attendance, { r: route.id, d: '2026-11-25' }, { token: editor });
    expect(day1).toEqual({ date: '2026-11-25', routeRunning: true, expected: 3, present: [{ id: members[0].id }], notArrived: [{ id: members[1].id }, { id: members[2].id }] });
    const day2 = await ok(gw, attendance, { r: route.id, d: '2026-11-26' }, { token: editor });
    expect(day2.present.map((p: { id: string }) => p.id)).toEqual([members[0].id, members[1].id]);
    expect((await ok(gw, attendance, { r: route.id, d: '2026-12-05' }, { token: editor })).routeRunning).toBe(false);
    const filtered = await ok(gw, `query($r: ID!) { participants(first: 10, filter: { routeId: $r, checkedIn: false }) { edges { node { id } } } }`, { r: route.id }, { token: editor });
    expect(filtered.edges).toEqual([{ node: { id: members[2].id } }]);
  });

  it('refuses a second check-in, a future one, one for someone not selected, and one before the route is on', async () => {
    const { members, delegation } = await implementedRoute();
    const done = await ok(gw, CHECK_IN, { id: members[0].id, v: members[0].version }, { token: editor });
    expect(fieldsOf(await gw.graphql(CHECK_IN, { id: members[0].id, v: done.version }, { token: editor }))[0].message).toMatch(/^was already checked in at /);
    expect(fieldsOf(await gw.graphql(CHECK_IN, { id: members[1].id, v: members[1].version, at: '2999-01-01T00:00:00.000Z' }, { token: editor }))).toEqual([{ path: 'at', message: 'cannot be in the future' }]);
    const nominated = await addParticipant(gw, editor, delegation.id);
    expect(fieldsOf(await gw.graphql(CHECK_IN, { id: nominated.id, v: nominated.version }, { token: editor }))).toEqual([{ path: 'participantId', message: 'must be SELECTED to check in (is NOMINATED)' }]);
    const undone = await ok(gw, `mutation($id: ID!, $v: Int!) { undoCheckIn(participantId: $id, version: $v) { checkedInAt } }`, { id: members[0].id, v: done.version }, { token: editor });
    expect(undone.checkedInAt).toBeNull();
    const planning = await createRoute(gw, admin);
    const early = await selectedTeam(gw, editor, planning.id, 1);
    expect(errorOf(await gw.graphql(CHECK_IN, { id: early.members[0].id, v: early.members[0].version }, { token: editor }), 'PHASE_RULE').message).toMatch(/IMPLEMENTATION; it is PLANNING/);
  });
});
