import { Role } from '@lr/server-core';
import { assertRealPostgres, type GraphqlResponse, type TestGateway } from '@lr/server-core/testing';
import { createProgramme, createRoute, startCoreGateway } from './core-gateway';
import { createThematicArea, ok } from './helpers';

/** The outcome of each response: 'ok' or its error code. */
const outcomes = (responses: GraphqlResponse[]) => responses.map((r) => (r.errors?.length ? r.errors[0].extensions?.['code'] : 'ok'));
const tally = (responses: GraphqlResponse[]) =>
  outcomes(responses).reduce<Record<string, number>>((acc, o) => ({ ...acc, [o]: (acc[o] ?? 0) + 1 }), {});

describe('concurrent writes to the core', () => {
  let gw: TestGateway;
  let editor: string;
  let programmeId: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    assertRealPostgres(gw.database);
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
    programmeId = await createProgramme(gw, editor);
  });
  afterAll(() => gw.close());

  /** Sends every request at once and waits for all of them. */
  const together = (requests: (() => Promise<GraphqlResponse>)[]) => Promise.all(requests.map((r) => r()));
  const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

  it('lets exactly one of several edits of the same version through; the others get CONFLICT', async () => {
    const route = await createRoute(gw, editor, { programmeId, title: { en: 'Contended' } });
    const responses = await together(
      times(5, (i) => () =>
        gw.graphql(`mutation($input: UpdateRouteInput!) { updateRoute(input: $input) { title version } }`, { input: { id: route.id, version: route.version, title: { en: `Edit ${i}` } } }, { token: editor }),
      ),
    );
    expect(tally(responses)).toEqual({ ok: 1, CONFLICT: 4 });
    const winner = responses.find((r) => !r.errors)!.data!['updateRoute'];
    const [row] = await gw.dataSource.query(`SELECT title, version FROM learning_route WHERE id = $1`, [route.id]);
    expect(row).toEqual({ title: { en: winner.title }, version: route.version + 1 });
  });

  it('moves a route only once when several callers advance the version they read at the same moment', async () => {
    const route = await createRoute(gw, editor, { programmeId });
    const responses = await together(
      times(5, () => () =>
        gw.graphql(`mutation($id: ID!, $version: Int!) { advanceRoutePhase(routeId: $id, toPhase: SYSTEMATIZATION, version: $version) { phase } }`, { id: route.id, version: route.version }, { token: editor }),
      ),
    );
    expect(tally(responses)).toEqual({ ok: 1, CONFLICT: 4 });
    const history = await gw.dataSource.query(`SELECT from_state, to_state FROM state_change WHERE machine = 'route.phase' AND record_id = $1`, [route.id]);
    expect(history).toEqual([{ from_state: 'PLANNING', to_state: 'SYSTEMATIZATION' }]);
  });

  it('creates one person when several are sent with the same e-mail at once', async () => {
    const responses = await together(
      times(4, (i) => () =>
        gw.graphql(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, { input: { givenName: `Twin ${i}`, familyName: 'Same', email: 'twin@example.org' } }, { token: editor }),
      ),
    );
    expect(tally(responses)).toEqual({ ok: 1, CONFLICT: 3 });
    const rows = await gw.dataSource.query(`SELECT count(*)::int AS n FROM person WHERE email = 'twin@example.org'`);
    expect(rows[0].n).toBe(1);
  });

  it('creates one thematic area when several are sent with the same code at once', async () => {
    const responses = await together(
      times(4, () => () => gw.graphql(`mutation { createThematicArea(input: { code: "raced-code", name: { en: "Raced" } }) { id } }`, {}, { token: editor })),
    );
    expect(tally(responses)).toEqual({ ok: 1, CONFLICT: 3 });
  });

  it('keeps one whole ranking when a country’s learning needs are replaced concurrently', async () => {
    const areas = await Promise.all(['rank-a', 'rank-b', 'rank-c', 'rank-d'].map(async (code) => (await createThematicArea(gw, editor, code)).id));
    const rankings = [areas, [...areas].reverse(), [areas[1], areas[3]], [areas[2]]];
    const responses = await together(
      rankings.map((ids) => () =>
        gw.graphql(`mutation($ids: [ID!]!) { setCountryLearningNeeds(input: { countryCode: "UG", thematicAreaIds: $ids }) { rank } }`, { ids }, { token: editor }),
      ),
    );
    expect(outcomes(responses)).toEqual(['ok', 'ok', 'ok', 'ok']);
    const rows: { rank: number; thematic_area_id: string }[] = await gw.dataSource.query(
      `SELECT rank, thematic_area_id FROM learning_need WHERE country_code = 'UG' ORDER BY rank`,
    );
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
    expect(rankings).toContainEqual(rows.map((r) => r.thematic_area_id));
  });

  it('never leaves a route tagged with a thematic area deleted at the same moment', async () => {
    for (let round = 0; round < 15; round += 1) {
      const area = await createThematicArea(gw, editor, `race-area-${round}`);
      const [deleted, created] = await together([
        () => gw.graphql(`mutation($id: ID!) { deleteThematicArea(id: $id, version: 1) }`, { id: area.id }, { token: editor }),
        () =>
          gw.graphql(
            `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`,
            { input: { programmeId, title: { en: `Race ${round}` }, hostCountryCode: 'PE', workingLanguages: ['EN'], thematicAreaIds: [area.id] } },
            { token: editor },
          ),
      ]);
      const [areaLeft] = await gw.dataSource.query(`SELECT count(*)::int AS n FROM thematic_area WHERE id = $1`, [area.id]);
      const [tagged] = await gw.dataSource.query(`SELECT count(*)::int AS n FROM learning_route WHERE $1 = ANY(thematic_area_ids)`, [area.id]);
      // Either the delete won (and the route was refused) or the route won (and the delete was refused).
      expect({ round, areaLeft: areaLeft.n, tagged: tagged.n, outcomes: outcomes([deleted, created]) }).toEqual(
        areaLeft.n === 0 ? { round, areaLeft: 0, tagged: 0, outcomes: ['ok', 'BAD_USER_INPUT'] } : { round, areaLeft: 1, tagged: 1, outcomes: ['CONFLICT', 'ok'] },
      );
    }
  });

  it('never deletes a programme while a route is being added to it', async () => {
    for (let round = 0; round < 10; round += 1) {
      const id = await createProgramme(gw, editor, { name: { en: `Race programme ${round}` } });
      const [deleted, created] = await together([
        () => gw.graphql(`mutation($id: ID!) { deleteProgramme(id: $id, version: 1) }`, { id }, { token: editor }),
        () =>
          gw.graphql(
            `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`,
            { input: { programmeId: id, title: { en: 'Late route' }, hostCountryCode: 'PE', workingLanguages: ['EN'] } },
            { token: editor },
          ),
      ]);
      const [left] = await gw.dataSource.query(`SELECT count(*)::int AS n FROM programme WHERE id = $1`, [id]);
      const [orphans] = await gw.dataSource.query(`SELECT count(*)::int AS n FROM learning_route WHERE programme_id = $1`, [id]);
      const [d, c] = outcomes([deleted, created]);
      expect([d, c]).not.toEqual(['ok', 'ok']);
      expect(['ok', 'CONFLICT', 'BAD_USER_INPUT']).toEqual(expect.arrayContaining([d, c]));
      expect(orphans.n).toBe(left.n === 0 ? 0 : c === 'ok' ? 1 : 0);
    }
  });

  it('keeps every concurrent read consistent while routes are written', async () => {
    const before = await ok(gw, `{ routes(first: 1) { totalCount } }`, {}, { token: editor });
    const writes = times(6, (i) => () => gw.graphql(`mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`, {
      input: { programmeId, title: { en: `Parallel ${i}` }, hostCountryCode: 'PE', workingLanguages: ['EN'] },
    }, { token: editor }));
    const responses = await together(writes);
    expect(outcomes(responses)).toEqual(times(6, () => 'ok'));
    const after = await ok(gw, `{ routes(first: 1) { totalCount } }`, {}, { token: editor });
    expect(after.totalCount).toBe(before.totalCount + 6);
  });
});
