import { Role } from '@lr/server-core';
import { assertRealPostgres, tally } from '@lr/server-core/testing';
import { CHANGE_STATUS, createPractice, createProgramme, createRoute, statusHistoryRows, startPracticesGateway, type PracticesGateway } from './practices-gateway';

const ATTACH = `mutation($r: ID!, $p: ID!) { attachPracticeToRoute(routeId: $r, practiceId: $p) { id } }`;
const DELETE_ROUTE = `mutation($id: ID!) { deleteRoute(id: $id, version: 1) }`;

/** Writes that race each other, on the real PostgreSQL where transactions run side by side. */
describe('concurrent writes to practices', () => {
  let gw: PracticesGateway;
  let editor: string;
  let programmeId: string;

  beforeAll(async () => {
    gw = await startPracticesGateway();
    assertRealPostgres(gw.database);
    editor = await gw.tokenFor(Role.EDITOR, ['practices', 'core']);
    programmeId = await createProgramme(gw, editor);
  });
  afterAll(() => gw.close());

  it('moves a practice only once when several callers change it at the same moment', async () => {
    const { id, version } = await createPractice(gw, editor);
    // All read the same version; the row lock lets one through, the others find it changed.
    const responses = await Promise.all(Array.from({ length: 5 }, () => gw.graphql(CHANGE_STATUS, { id, to: 'UNDER_ASSESSMENT', version }, { token: editor })));
    expect(tally(responses)).toEqual({ ok: 1, CONFLICT: 4 });
    expect((await statusHistoryRows(gw, id)).map((h) => h.to_state)).toEqual(['UNDER_ASSESSMENT']);
    const [row] = await gw.dataSource.query(`SELECT status, version FROM practice WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'UNDER_ASSESSMENT', version: version + 1 });
  });

  it('never leaves a case of a route deleted at the same moment', async () => {
    for (let round = 0; round < 5; round += 1) {
      const routeId = await createRoute(gw, editor, programmeId);
      const { id } = await createPractice(gw, editor);
      const [attached, deleted] = await Promise.all([gw.graphql(ATTACH, { r: routeId, p: id }, { token: editor }), gw.graphql(DELETE_ROUTE, { id: routeId }, { token: editor })]);
      // One of them wins; the other is refused (the route is gone, or still has the case), never both through.
      const outcomes = tally([attached, deleted]);
      expect(outcomes['ok']).toBe(1);
      expect(['CONFLICT', 'NOT_FOUND']).toContain(Object.keys(outcomes).find((o) => o !== 'ok'));
      const [{ orphans }] = await gw.dataSource.query(
        `SELECT count(*)::int AS orphans FROM route_case rc WHERE rc.practice_id = $1 AND NOT EXISTS (SELECT 1 FROM learning_route r WHERE r.id = rc.route_id)`,
        [id],
      );
      expect(orphans).toBe(0);
    }
  });
});
