import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { addParticipant, COMPOSITION, createDelegation, createPerson, createRoute, errorOf, fieldsOf, MOVE, ok, select, selectedTeam, startDelegationsGateway } from './helpers';

interface Rule {
  code: string;
  severity: string;
  min: number | null;
  max: number | null;
  current: number;
  holds: boolean;
  delegationId: string | null;
}

describe('selection and the composition rules', () => {
  let gw: TestGateway;
  let editor: string;
  let admin: string;

  beforeAll(async () => {
    gw = await startDelegationsGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['delegations']);
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw?.close());

  const composition = async (routeId: string) => ok(gw, COMPOSITION, { routeId }, { token: editor });
  const rule = (rules: Rule[], code: string, delegationId?: string) => rules.find((r) => r.code === code && (!delegationId || r.delegationId === delegationId));

  it('refuses to select a fourth person into a national team of three (hard rule), naming the rule, and changes nothing', async () => {
    const route = await createRoute(gw, admin);
    const { delegation } = await selectedTeam(gw, editor, route.id, 3);
    const fourth = await addParticipant(gw, editor, delegation.id, 'ACADEMIA');
    const res = await gw.graphql(MOVE, { id: fourth.id, to: 'SELECTED', v: fourth.version }, { token: editor });
    const error = errorOf(res, 'PHASE_RULE');
    expect(error.extensions!['missing']).toEqual(['TEAM_SIZE']);
    expect(error.message).toMatch(/3 selected participants; now 4/);
    const after = await ok(gw, `query($id: ID!) { participant(id: $id) { status version selectionHistory { to } } }`, { id: fourth.id }, { token: editor });
    expect(after).toEqual({ status: 'NOMINATED', version: fourth.version, selectionHistory: [] });
    // Waitlisting them is still possible: the rule is about who travels.
    expect((await ok(gw, MOVE, { id: fourth.id, to: 'WAITLISTED', v: fourth.version }, { token: editor })).status).toBe('WAITLISTED');
  });

  it('reports a team without its government member as a soft warning, and still selects', async () => {
    const route = await createRoute(gw, admin);
    const { delegation } = await selectedTeam(gw, editor, route.id, 3, 0);
    const { rules } = await composition(route.id);
    expect(rule(rules, 'TEAM_GOVERNMENT', delegation.id)).toMatchObject({ severity: 'SOFT', holds: false, current: 0, min: 1 });
    expect(rule(rules, 'TEAM_SIZE', delegation.id)).toMatchObject({ severity: 'HARD', holds: true, current: 3 });
  });

  it('warns on gender balance above the share set for the route (soft)', async () => {
    const route = await createRoute(gw, admin);
    const delegation = await createDelegation(gw, editor, route.id);
    for (const gender of ['FEMALE', 'FEMALE', 'FEMALE']) await select(gw, editor, await addParticipant(gw, editor, delegation.id, 'GOVERNMENT', gender));
    const { rules } = await composition(route.id);
    expect(rule(rules, 'GENDER_BALANCE')).toMatchObject({ severity: 'SOFT', holds: false, current: 100, max: 60 });
  });

  it('counts the route team toward the route size, and refuses to select past it', async () => {
    const route = await createRoute(gw, admin);
    const set = await ok(gw, `mutation($input: SetCompositionInput!) { setRouteComposition(input: $input) { settings { maxPeople version } isDefault } }`, { input: { routeId: route.id, version: 1, maxPeople: 3 } }, { token: editor });
    expect(set).toEqual({ settings: { maxPeople: 3, version: 2 }, isDefault: false });
    for (const role of ['PROJECT_LEADER', 'TRANSLATOR']) {
      await ok(gw, `mutation($input: AddTeamMemberInput!) { addRouteTeamMember(input: $input) { id } }`, { input: { routeId: route.id, personId: await createPerson(gw, editor), role } }, { token: editor });
    }
    const delegation = await createDelegation(gw, editor, route.id);
    const first = await select(gw, editor, await addParticipant(gw, editor, delegation.id));
    expect(first.status).toBe('SELECTED');
    const second = await addParticipant(gw, editor, delegation.id);
    const refused = errorOf(await gw.graphql(MOVE, { id: second.id, to: 'SELECTED', v: second.version }, { token: editor }), 'PHASE_RULE');
    expect(refused.extensions!['missing']).toEqual(['ROUTE_SIZE']);
    // Adding to the team past the size is refused as well.
    const member = await gw.graphql(`mutation($input: AddTeamMemberInput!) { addRouteTeamMember(input: $input) { id } }`, { input: { routeId: route.id, personId: await createPerson(gw, editor), role: 'SECRETARIAT' } }, { token: editor });
    expect(errorOf(member, 'PHASE_RULE').extensions!['missing']).toEqual(['ROUTE_SIZE']);
    const { rules, teamMembers, selectedParticipants } = await composition(route.id);
    expect([teamMembers, selectedParticipants]).toEqual([2, 1]);
    expect(rule(rules, 'ROUTE_SIZE')).toMatchObject({ current: 3, max: 3, holds: true });
  });

  it('refuses a stale composition settings version with CONFLICT', async () => {
    const route = await createRoute(gw, admin);
    const input = { routeId: route.id, version: 1, teamSize: 4 };
    await ok(gw, `mutation($input: SetCompositionInput!) { setRouteComposition(input: $input) { isDefault } }`, { input }, { token: editor });
    const stale = await gw.graphql(`mutation($input: SetCompositionInput!) { setRouteComposition(input: $input) { isDefault } }`, { input: { ...input, teamSize: 2 } }, { token: editor });
    expect(errorOf(stale, 'CONFLICT').extensions!['currentVersion']).toBe(2);
  });

  it('keeps the route out of IMPLEMENTATION while a hard rule fails, and lets it in once they hold', async () => {
    const route = await createRoute(gw, admin, { startDate: '2027-03-01', endDate: '2027-03-08' });
    await ok(gw, `mutation($input: SetCompositionInput!) { setRouteComposition(input: $input) { isDefault } }`, { input: { routeId: route.id, version: 1, nationalTeams: 2 } }, { token: editor });
    await selectedTeam(gw, editor, route.id, 3, 1, 'GT');
    let version = route.version;
    for (const phase of ['SYSTEMATIZATION', 'PREPARATION']) {
      version = (await ok(gw, `mutation($id: ID!, $p: RoutePhase!, $v: Int!) { advanceRoutePhase(routeId: $id, toPhase: $p, version: $v) { version } }`, { id: route.id, p: phase, v: version }, { token: admin })).version;
    }
    const advance = () => gw.graphql(`mutation($id: ID!, $v: Int!) { advanceRoutePhase(routeId: $id, toPhase: IMPLEMENTATION, version: $v) { phase } }`, { id: route.id, v: version }, { token: admin });
    const refused = errorOf(await advance(), 'PHASE_RULE');
    expect(refused.extensions!['missing']).toEqual(['COMPOSITION_NATIONAL_TEAM_COUNT']);
    expect(refused.message).toMatch(/2 national teams; now 1/);
    await selectedTeam(gw, editor, route.id, 3, 1, 'BJ');
    expect((await composition(route.id)).ready).toBe(true);
    expect(dataOfPhase(await advance())).toBe('IMPLEMENTATION');
  });

  it('promotes the delegation’s longest-waitlisted person when a selected one withdraws', async () => {
    const route = await createRoute(gw, admin);
    const { delegation, members } = await selectedTeam(gw, editor, route.id, 3);
    const first = await ok(gw, MOVE, { id: (await addParticipant(gw, editor, delegation.id, 'UN')).id, to: 'WAITLISTED', v: 1 }, { token: editor });
    await ok(gw, MOVE, { id: (await addParticipant(gw, editor, delegation.id, 'UN')).id, to: 'WAITLISTED', v: 1 }, { token: editor });
    const withdraw = `mutation($id: ID!, $v: Int!, $reason: String!) { withdrawParticipant(participantId: $id, version: $v, reason: $reason, promoteNext: true) {
      withdrawn { status } promoted { id status selectionHistory { from to reason } } notPromotedBecause } }`;
    const missingReason = await gw.graphql(withdraw, { id: members[1].id, v: members[1].version, reason: ' ' }, { token: editor });
    expect(fieldsOf(missingReason)).toEqual([{ path: 'reason', message: 'is required to move a participant from SELECTED to WITHDRAWN' }]);
    const result = await ok(gw, withdraw, { id: members[1].id, v: members[1].version, reason: 'Visa refused' }, { token: editor });
    expect(result.withdrawn.status).toBe('WITHDRAWN');
    expect(result.promoted).toMatchObject({ id: first.id, status: 'SELECTED' });
    expect(result.promoted.selectionHistory.map((h: { to: string }) => h.to)).toEqual(['WAITLISTED', 'SELECTED']);
    expect(result.notPromotedBecause).toBeNull();
  });

  it('says why no one was promoted when no one is waitlisted', async () => {
    const route = await createRoute(gw, admin);
    const { members } = await selectedTeam(gw, editor, route.id, 1);
    const result = await ok(gw, `mutation($id: ID!, $v: Int!) { withdrawParticipant(participantId: $id, version: $v, reason: "Ill", promoteNext: true) { promoted { id } notPromotedBecause notPromoted } }`, { id: members[0].id, v: members[0].version }, { token: editor });
    expect(result).toEqual({ promoted: null, notPromotedBecause: 'no one in the delegation is WAITLISTED', notPromoted: 'NO_WAITLIST' });
  });

  it('decides many at once, all or nothing: one refusal and none is changed, every failure reported', async () => {
    const route = await createRoute(gw, admin);
    const delegation = await createDelegation(gw, editor, route.id);
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await addParticipant(gw, editor, delegation.id, i ? 'CIVIL_SOCIETY' : 'GOVERNMENT'));
    const bulk = `mutation($input: DecideParticipantsInput!) { decideParticipants(input: $input) { id status } }`;
    const refused = await gw.graphql(bulk, { input: { to: 'SELECTED', participants: people.map((p) => ({ id: p.id, version: p.version })) } }, { token: editor });
    const error = errorOf(refused, 'BAD_USER_INPUT');
    expect(error.extensions!['failures']).toEqual([
      { index: 3, id: people[3].id, code: 'PHASE_RULE', message: expect.stringMatching(/3 selected participants; now 4/), missing: ['TEAM_SIZE'], allowed: ['SELECTED', 'WAITLISTED', 'DECLINED', 'WITHDRAWN'] },
    ]);
    const statuses = await ok(gw, `query($d: ID!) { participants(first: 10, filter: { delegationId: $d }) { edges { node { status version } } } }`, { d: delegation.id }, { token: editor });
    expect(statuses.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(['NOMINATED', 'NOMINATED', 'NOMINATED', 'NOMINATED']);
    const done = await ok(gw, bulk, { input: { to: 'SELECTED', participants: people.slice(0, 3).map((p) => ({ id: p.id, version: p.version })) } }, { token: editor });
    expect(done.map((p: { status: string }) => p.status)).toEqual(['SELECTED', 'SELECTED', 'SELECTED']);
    const declined = await ok(gw, bulk, { input: { to: 'DECLINED', participants: [{ id: people[3].id, version: people[3].version }] } }, { token: editor });
    expect(declined[0].status).toBe('DECLINED');
  });

  it('refuses moves the machine does not have and stale versions', async () => {
    const route = await createRoute(gw, admin);
    const delegation = await createDelegation(gw, editor, route.id);
    const p = await addParticipant(gw, editor, delegation.id);
    const declined = await ok(gw, MOVE, { id: p.id, to: 'DECLINED', v: p.version }, { token: editor });
    const back = errorOf(await gw.graphql(MOVE, { id: p.id, to: 'SELECTED', v: declined.version }, { token: editor }), 'PHASE_RULE');
    expect(back.extensions!['allowed']).toEqual(['WITHDRAWN']);
    expect(errorOf(await gw.graphql(MOVE, { id: p.id, to: 'WITHDRAWN', v: p.version, reason: 'x' }, { token: editor }), 'CONFLICT').extensions!['currentVersion']).toBe(declined.version);
  });

  it('lets only the module’s editors decide (a core editor or viewer is FORBIDDEN)', async () => {
    const route = await createRoute(gw, admin);
    const delegation = await createDelegation(gw, editor, route.id);
    const p = await addParticipant(gw, editor, delegation.id);
    for (const token of [await gw.tokenFor(Role.EDITOR, ['core']), await gw.tokenFor(Role.VIEWER)]) {
      errorOf(await gw.graphql(MOVE, { id: p.id, to: 'SELECTED', v: p.version }, { token }), 'FORBIDDEN');
    }
  });
});

function dataOfPhase(res: { data?: Record<string, { phase: string }> | null; errors?: unknown[] }): string | undefined {
  expect(res.errors).toBeUndefined();
  return res.data?.['advanceRoutePhase']?.phase;
}

describe('selection decisions and webhooks', () => {
  it('are not offered as webhook events: partners see SELECTED participants only', async () => {
    const gw = await startDelegationsGateway();
    try {
      const admin = await gw.tokenFor(Role.ADMIN);
      const types = await ok(gw, `{ webhookEventTypes }`, {}, { token: admin });
      expect(types).toContain('route.phase_changed');
      expect(types).not.toContain('participant.selection_changed');
    } finally {
      await gw.close();
    }
  });
});
