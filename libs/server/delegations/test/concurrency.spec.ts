import { Role } from '@lr/server-core';
import { assertRealPostgres, type TestGateway } from '@lr/server-core/testing';
import { addParticipant, createDelegation, createRoute, MOVE, ok, outcome, selectedTeam, startDelegationsGateway } from './helpers';

/** Selections that race each other, on the real PostgreSQL where transactions run side by side. */
describe('concurrent selections', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startDelegationsGateway();
    assertRealPostgres(gw.database);
    editor = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw.close());

  it('gives the last seat of a team to exactly one of several people selected at the same moment', async () => {
    for (let round = 0; round < 3; round += 1) {
      const route = await createRoute(gw, editor);
      const { delegation } = await selectedTeam(gw, editor, route.id, 2);
      const candidates = await Promise.all([0, 1, 2].map(() => addParticipant(gw, editor, delegation.id, 'UN')));
      const responses = await Promise.all(candidates.map((c) => gw.graphql(MOVE, { id: c.id, to: 'SELECTED', v: c.version }, { token: editor })));
      expect(responses.map(outcome).sort()).toEqual(['PHASE_RULE', 'PHASE_RULE', 'ok']);
      const [{ selected }] = await gw.dataSource.query(`SELECT count(*)::int AS selected FROM participant WHERE delegation_id = $1 AND status = 'SELECTED'`, [delegation.id]);
      expect(selected).toBe(3);
    }
  });

  it('never lets the route grow past its size when team members and participants are added together', async () => {
    const route = await createRoute(gw, editor);
    await ok(gw, `mutation($input: SetCompositionInput!) { setRouteComposition(input: $input) { isDefault } }`, { input: { routeId: route.id, version: 1, maxPeople: 2 } }, { token: editor });
    const delegation = await createDelegation(gw, editor, route.id);
    const people = await Promise.all([0, 1, 2].map(() => addParticipant(gw, editor, delegation.id)));
    const personForTeam = (await addParticipant(gw, editor, (await createDelegation(gw, editor, (await createRoute(gw, editor)).id)).id)).personId;
    const responses = await Promise.all([
      ...people.map((p) => gw.graphql(MOVE, { id: p.id, to: 'SELECTED', v: p.version }, { token: editor })),
      gw.graphql(`mutation($input: AddTeamMemberInput!) { addRouteTeamMember(input: $input) { id } }`, { input: { routeId: route.id, personId: personForTeam, role: 'TRANSLATOR' } }, { token: editor }),
    ]);
    expect(responses.filter((r) => outcome(r) === 'ok')).toHaveLength(2);
    const [{ people: onRoute }] = await gw.dataSource.query(
      `SELECT (SELECT count(*) FROM participant WHERE route_id = $1 AND status = 'SELECTED') + (SELECT count(*) FROM route_team_member WHERE route_id = $1) AS people`,
      [route.id],
    );
    expect(Number(onRoute)).toBe(2);
  });
});
