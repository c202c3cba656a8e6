import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { createProgramme, createRoute, startCoreGateway } from './core-gateway';
import { UNKNOWN_ID, dataOf, errorOf, fieldsOf, ok, routeVersion, whoIs } from './helpers';

const PHASES = ['PLANNING', 'SYSTEMATIZATION', 'PREPARATION', 'IMPLEMENTATION', 'ACTION_PLANNING', 'FOLLOW_UP', 'CLOSED'];
const ADVANCE = `mutation($id: ID!, $to: RoutePhase!, $version: Int!, $reason: String) {
  advanceRoutePhase(routeId: $id, toPhase: $to, version: $version, reason: $reason) { id phase version }
}`;
const ROUTE_PHASE = `query($id: ID!) {
  route(id: $id) { phase allowedNextPhases phaseHistory { from to reason changedBy } }
}`;

describe('route phase machine over the API', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;
  let viewer: string;
  let programmeId: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
    viewer = await gw.tokenFor(Role.VIEWER);
    programmeId = await createProgramme(gw, admin);
  });
  afterAll(() => gw.close());

  const advance = async (id: string, to: string, token: string, reason?: string) =>
    gw.graphql(ADVANCE, { id, to, reason, version: await routeVersion(gw, id, { token: admin }) }, { token });
  const read = (id: string, token = editor) => ok(gw, ROUTE_PHASE, { id }, { token });

  /** A dated route moved forward, as an admin, until it reaches `phase`. */
  async function routeIn(phase: string, dated = true): Promise<string> {
    const dates = dated ? { startDate: '2014-06-09', endDate: '2014-06-16' } : {};
    const { id } = await createRoute(gw, editor, { programmeId, ...dates });
    for (const next of PHASES.slice(1, PHASES.indexOf(phase) + 1)) dataOf(await advance(id, next, admin));
    return id;
  }

  describe('moving forward', () => {
    it('lets a core editor take a route through every phase, one step at a time', async () => {
      const id = await routeIn('PLANNING');
      const me = await whoIs(gw, editor);
      for (const [i, to] of PHASES.slice(1).entries()) {
        const moved = dataOf(await advance(id, to, editor))['advanceRoutePhase'];
        expect(moved).toMatchObject({ id, phase: to, version: i + 2 });
      }
      const route = await read(id);
      expect(route.phase).toBe('CLOSED');
      expect(route.phaseHistory).toEqual(
        PHASES.slice(1).map((to, i) => ({ from: PHASES[i], to, reason: null, changedBy: me.displayName })),
      );
    });

    it.each(PHASES.slice(0, -1).map((from, i) => [from, PHASES[i + 1]]))('allows an editor %s → %s', async (from, to) => {
      const id = await routeIn(from);
      expect(dataOf(await advance(id, to, editor))['advanceRoutePhase'].phase).toBe(to);
      const [row] = await gw.dataSource.query(`SELECT phase FROM learning_route WHERE id = $1`, [id]);
      expect(row.phase).toBe(to);
    });

    it('keeps a reason given with a forward move', async () => {
      const id = await routeIn('PLANNING');
      dataOf(await advance(id, 'SYSTEMATIZATION', editor, '  host agreed  '));
      expect((await read(id)).phaseHistory[0].reason).toBe('host agreed');
    });
  });

  describe('refused moves', () => {
    it('refuses a jump over a phase with PHASE_RULE naming the allowed phases', async () => {
      const id = await routeIn('PLANNING');
      const error = errorOf(await advance(id, 'PREPARATION', editor), 'PHASE_RULE');
      expect(error.extensions).toMatchObject({ from: 'PLANNING', to: 'PREPARATION', allowed: ['SYSTEMATIZATION'] });
      expect(error.message).toContain('SYSTEMATIZATION');
    });

    it('refuses a jump straight to CLOSED, even for an admin', async () => {
      const id = await routeIn('PREPARATION');
      const error = errorOf(await advance(id, 'CLOSED', admin), 'PHASE_RULE');
      expect(error.extensions!['allowed']).toEqual(['IMPLEMENTATION', 'SYSTEMATIZATION']);
    });

    it('refuses a move to the phase the route is already in', async () => {
      const id = await routeIn('SYSTEMATIZATION');
      expect(errorOf(await advance(id, 'SYSTEMATIZATION', editor), 'PHASE_RULE').extensions).toMatchObject({ allowed: ['PREPARATION'] });
    });

    it('refuses an editor stepping back', async () => {
      const id = await routeIn('PREPARATION');
      const error = errorOf(await advance(id, 'SYSTEMATIZATION', editor, 'we need more cases'), 'PHASE_RULE');
      expect(error.extensions).toMatchObject({ from: 'PREPARATION', to: 'SYSTEMATIZATION', allowed: ['IMPLEMENTATION'] });
    });

    it('refuses an admin stepping back two phases', async () => {
      const id = await routeIn('PREPARATION');
      errorOf(await advance(id, 'PLANNING', admin, 'start again'), 'PHASE_RULE');
    });

    it('refuses any move out of CLOSED for an editor, naming no allowed phase', async () => {
      const id = await routeIn('CLOSED');
      expect(errorOf(await advance(id, 'FOLLOW_UP', editor, 'reopen'), 'PHASE_RULE').extensions!['allowed']).toEqual([]);
    });

    it('refuses IMPLEMENTATION while the route has no dates, and allows it once it has them', async () => {
      const id = await routeIn('PREPARATION', false);
      const error = errorOf(await advance(id, 'IMPLEMENTATION', editor), 'PHASE_RULE');
      expect(error.message).toMatch(/start and end dates/);
      expect((await read(id)).phase).toBe('PREPARATION');

      const { version } = await ok(gw, `query($id: ID!) { route(id: $id) { version } }`, { id }, { token: editor });
      dataOf(await gw.graphql(`mutation($input: UpdateRouteInput!) { updateRoute(input: $input) { id } }`, { input: { id, version, startDate: '2014-07-01' } }, { token: editor }));
      errorOf(await advance(id, 'IMPLEMENTATION', editor), 'PHASE_RULE');
      const { version: v2 } = await ok(gw, `query($id: ID!) { route(id: $id) { version } }`, { id }, { token: editor });
      dataOf(await gw.graphql(`mutation($input: UpdateRouteInput!) { updateRoute(input: $input) { id } }`, { input: { id, version: v2, endDate: '2014-07-05' } }, { token: editor }));
      expect(dataOf(await advance(id, 'IMPLEMENTATION', editor))['advanceRoutePhase'].phase).toBe('IMPLEMENTATION');
    });

    it('refuses a move made on a stale version with CONFLICT, and changes nothing', async () => {
      const id = await routeIn('PLANNING');
      const stale = await routeVersion(gw, id, { token: editor });
      dataOf(await gw.graphql(`mutation($input: UpdateRouteInput!) { updateRoute(input: $input) { id } }`, { input: { id, version: stale, startDate: '2014-06-10' } }, { token: editor }));
      const error = errorOf(await gw.graphql(ADVANCE, { id, to: 'SYSTEMATIZATION', version: stale }, { token: editor }), 'CONFLICT');
      expect(error.extensions).toMatchObject({ expectedVersion: stale, currentVersion: stale + 1 });
      const route = await read(id);
      expect(route.phase).toBe('PLANNING');
      expect(route.phaseHistory).toEqual([]);
    });

    it('records nothing when a move is refused', async () => {
      const id = await routeIn('SYSTEMATIZATION');
      await advance(id, 'IMPLEMENTATION', editor);
      await advance(id, 'PLANNING', editor, 'no');
      await advance(id, 'PLANNING', admin);
      const route = await read(id);
      expect(route.phase).toBe('SYSTEMATIZATION');
      expect(route.phaseHistory.map((h: { to: string }) => h.to)).toEqual(['SYSTEMATIZATION']);
    });

    it('answers NOT_FOUND for an unknown or malformed route id', async () => {
      errorOf(await advance(UNKNOWN_ID, 'SYSTEMATIZATION', editor), 'NOT_FOUND');
      errorOf(await advance('route-42', 'SYSTEMATIZATION', editor), 'NOT_FOUND');
    });

    it('is FORBIDDEN to a viewer and to an editor of another module', async () => {
      const id = await routeIn('PLANNING');
      errorOf(await advance(id, 'SYSTEMATIZATION', viewer), 'FORBIDDEN');
      errorOf(await advance(id, 'SYSTEMATIZATION', await gw.tokenFor(Role.EDITOR, ['practices'])), 'FORBIDDEN');
      expect((await read(id)).phase).toBe('PLANNING');
    });
  });

  describe('an admin stepping back', () => {
    it('steps back one phase with a reason, and the history keeps it', async () => {
      const id = await routeIn('PREPARATION');
      const me = await whoIs(gw, admin);
      expect(dataOf(await advance(id, 'SYSTEMATIZATION', admin, 'Two practices were withdrawn'))['advanceRoutePhase'].phase).toBe('SYSTEMATIZATION');
      const route = await read(id, admin);
      expect(route.phase).toBe('SYSTEMATIZATION');
      expect(route.phaseHistory[route.phaseHistory.length - 1]).toEqual({
        from: 'PREPARATION',
        to: 'SYSTEMATIZATION',
        reason: 'Two practices were withdrawn',
        changedBy: me.displayName,
      });
      expect(route.phaseHistory).toHaveLength(3);
    });

    it('is refused without a reason, on the reason argument', async () => {
      const id = await routeIn('PREPARATION');
      expect(fieldsOf(await advance(id, 'SYSTEMATIZATION', admin))).toEqual([{ path: 'reason', message: 'is required to move a route from PREPARATION to SYSTEMATIZATION' }]);
      expect(fieldsOf(await advance(id, 'SYSTEMATIZATION', admin, '   ')).map((f) => f.path)).toEqual(['reason']);
      expect((await read(id)).phase).toBe('PREPARATION');
    });

    it('can reopen a closed route by one phase', async () => {
      const id = await routeIn('CLOSED');
      expect(dataOf(await advance(id, 'FOLLOW_UP', admin, 'Six-month survey was missed'))['advanceRoutePhase'].phase).toBe('FOLLOW_UP');
    });
  });

  describe('allowedNextPhases', () => {
    it('lists the next phase for an editor', async () => {
      expect((await read(await routeIn('PLANNING'), editor)).allowedNextPhases).toEqual(['SYSTEMATIZATION']);
      expect((await read(await routeIn('PREPARATION'), editor)).allowedNextPhases).toEqual(['IMPLEMENTATION']);
    });

    it('adds the previous phase for an admin', async () => {
      expect((await read(await routeIn('PLANNING'), admin)).allowedNextPhases).toEqual(['SYSTEMATIZATION']);
      expect((await read(await routeIn('PREPARATION'), admin)).allowedNextPhases).toEqual(['IMPLEMENTATION', 'SYSTEMATIZATION']);
      expect((await read(await routeIn('CLOSED'), admin)).allowedNextPhases).toEqual(['FOLLOW_UP']);
    });

    it('is empty for a closed route read by an editor', async () => {
      expect((await read(await routeIn('CLOSED'), editor)).allowedNextPhases).toEqual([]);
    });

    it('is empty for callers who may not move routes', async () => {
      const id = await routeIn('SYSTEMATIZATION');
      expect((await read(id, viewer)).allowedNextPhases).toEqual([]);
      expect((await read(id, await gw.tokenFor(Role.REVIEWER))).allowedNextPhases).toEqual([]);
      expect((await read(id, await gw.tokenFor(Role.EDITOR, ['practices']))).allowedNextPhases).toEqual([]);
    });

    it('agrees with what advanceRoutePhase accepts', async () => {
      const id = await routeIn('IMPLEMENTATION');
      for (const to of PHASES) {
        const allowed: string[] = (await read(id, editor)).allowedNextPhases;
        const res = await advance(id, to, editor);
        if (allowed.includes(to)) dataOf(res);
        else errorOf(res, 'PHASE_RULE');
      }
    });
  });
});

describe('who moved a route, as partners see it', () => {
  it('names the person without their e-mail address', async () => {
    const gw = await startCoreGateway();
    try {
      const admin = await gw.tokenFor(Role.ADMIN);
      const programmeId = await createProgramme(gw, admin);
      const { id } = await createRoute(gw, admin, { programmeId });
      await gw.graphql(`mutation($id: ID!) { advanceRoutePhase(routeId: $id, toPhase: SYSTEMATIZATION, version: 1) { id } }`, { id }, { token: admin });
      const key = await gw.graphql(
        `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
        { input: { name: 'Partner', scopes: ['READ', 'PERSONAL_DATA'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
        { token: admin },
      );
      const res = await gw.graphql(`query($id: ID!) { route(id: $id) { phaseHistory { changedBy } } }`, { id }, { apiKey: key.data!['createApiKey'].key });
      expect(res.data!['route'].phaseHistory[0].changedBy).not.toContain('@');
    } finally {
      await gw.close();
    }
  });
});
