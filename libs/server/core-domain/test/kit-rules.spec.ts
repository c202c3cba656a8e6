import { Role, guardOn, platformModule, reactOn, type DomainModule } from '@lr/server-core';
import { startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { RoutePhase, coreDomainModule, routePhaseMachine } from '../src';
import { createProgramme, createRoute } from './core-gateway';
import { createOrganisation, createPerson, dataOf, errorOf, ok } from './helpers';

const ADVANCE = `mutation($id: ID!, $to: RoutePhase!, $version: Int!) { advanceRoutePhase(routeId: $id, toPhase: $to, version: $version) { phase version } }`;

/**
 * A module that adds a condition to the core's route phase machine, as delegations will
 * ("no IMPLEMENTATION while a delegation is short of its government member").
 */
const summaryGuardModule: DomainModule = {
  name: 'summary-guard',
  description: 'Test-only: routes need a summary before IMPLEMENTATION',
  entities: [],
  resolvers: [],
  migrations: [],
  guards: [
    guardOn(routePhaseMachine, {
      to: RoutePhase.IMPLEMENTATION,
      check: (_ctx, route) => (route.summary?.['en'] ? [] : [{ code: 'SUMMARY', message: 'a summary in English' }]),
    }),
  ],
};

async function routeInPreparation(gw: TestGateway, token: string, extra: Record<string, unknown> = {}) {
  const programmeId = await createProgramme(gw, token);
  const route = await createRoute(gw, token, { programmeId, startDate: '2014-06-09', endDate: '2014-06-12', ...extra });
  let version = route.version;
  for (const to of ['SYSTEMATIZATION', 'PREPARATION']) version = (await ok(gw, ADVANCE, { id: route.id, to, version }, { token })).version;
  return { id: route.id, version };
}

describe('guards other modules add to a state machine', () => {
  let gw: TestGateway;
  let editor: string;
  beforeAll(async () => {
    gw = await startTestGateway([platformModule, coreDomainModule, summaryGuardModule]);
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
  });
  afterAll(() => gw.close());

  it('refuses the move with what is missing, naming the added condition, and changes nothing', async () => {
    const { id, version } = await routeInPreparation(gw, editor);
    const error = errorOf(await gw.graphql(ADVANCE, { id, to: 'IMPLEMENTATION', version }, { token: editor }), 'PHASE_RULE');
    expect(error.message).toBe('A route needs a summary in English before it is IMPLEMENTATION');
    expect(error.extensions).toMatchObject({ from: 'PREPARATION', to: 'IMPLEMENTATION', missing: ['SUMMARY'] });
    const [row] = await gw.dataSource.query(`SELECT phase, version FROM learning_route WHERE id = $1`, [id]);
    expect(row).toEqual({ phase: 'PREPARATION', version });
  });

  it('lets the move through once the condition holds', async () => {
    const { id, version } = await routeInPreparation(gw, editor, { summary: { en: 'Visits to community kitchens' } });
    expect((await ok(gw, ADVANCE, { id, to: 'IMPLEMENTATION', version }, { token: editor })).phase).toBe('IMPLEMENTATION');
  });

  it('counts only when the module declaring it is composed', async () => {
    const plain = await startTestGateway([platformModule, coreDomainModule]);
    try {
      const token = await plain.tokenFor(Role.EDITOR, ['core']);
      const { id, version } = await routeInPreparation(plain, token);
      expect((await ok(plain, ADVANCE, { id, to: 'IMPLEMENTATION', version }, { token })).phase).toBe('IMPLEMENTATION');
    } finally {
      await plain.close();
    }
  });

  it('refuses to start a gateway with a guard on a machine no module declares', async () => {
    const orphan: DomainModule = { ...summaryGuardModule, name: 'orphan-guard' };
    await expect(startTestGateway([platformModule, orphan])).rejects.toThrow(/guards the state machine route\.phase, which no composed module declares/);
  });
});

/**
 * A module that acts when a route enters IMPLEMENTATION, as follow-up does when a plan becomes
 * FINAL: it writes in the move's transaction, and a failure undoes the move.
 */
const reactingModule: DomainModule = {
  name: 'phase-reaction',
  description: 'Test-only: notes the summary of routes entering IMPLEMENTATION, and fails on one',
  entities: [],
  resolvers: [],
  migrations: [],
  reactions: [
    reactOn(routePhaseMachine, {
      to: RoutePhase.IMPLEMENTATION,
      async run(ctx, route) {
        if (route.summary?.['en'] === 'fail') throw new Error('the reaction failed');
        await ctx.entityManager.query(`UPDATE learning_route SET summary = jsonb_build_object('en', 'implementing') WHERE id = $1`, [route.id]);
      },
    }),
  ],
};

describe('reactions other modules add to a state machine', () => {
  let gw: TestGateway;
  let editor: string;
  beforeAll(async () => {
    gw = await startTestGateway([platformModule, coreDomainModule, reactingModule]);
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
  });
  afterAll(() => gw.close());

  it('run in the move’s transaction when the record enters the state', async () => {
    const { id, version } = await routeInPreparation(gw, editor);
    expect((await ok(gw, ADVANCE, { id, to: 'IMPLEMENTATION', version }, { token: editor })).phase).toBe('IMPLEMENTATION');
    expect(await gw.dataSource.query(`SELECT summary FROM learning_route WHERE id = $1`, [id])).toEqual([{ summary: { en: 'implementing' } }]);
  });

  it('undo the move when they fail', async () => {
    const { id, version } = await routeInPreparation(gw, editor, { summary: { en: 'fail' } });
    expect((await gw.graphql(ADVANCE, { id, to: 'IMPLEMENTATION', version }, { token: editor })).errors).toBeDefined();
    expect(await gw.dataSource.query(`SELECT phase FROM learning_route WHERE id = $1`, [id])).toEqual([{ phase: 'PREPARATION' }]);
  });

  it('refuse to start a gateway reacting to a machine no module declares', async () => {
    await expect(startTestGateway([platformModule, { ...reactingModule, name: 'orphan-reaction' }])).rejects.toThrow(/reacts to the state machine route\.phase, which no composed module declares/);
  });
});

describe('reference rules of the core', () => {
  let gw: TestGateway;
  let editor: string;
  let admin: string;
  beforeAll(async () => {
    gw = await startTestGateway([platformModule, coreDomainModule]);
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw.close());

  it('refuses to delete an organisation people work for, naming how many, and changes nothing', async () => {
    const org = await createOrganisation(gw, editor, { name: 'Busy NGO' });
    await createPerson(gw, editor, { givenName: 'A', familyName: 'Worker', organisationId: org.id });
    await createPerson(gw, editor, { givenName: 'B', familyName: 'Worker', organisationId: org.id });
    const error = errorOf(await gw.graphql(`mutation($id: ID!) { deleteOrganisation(id: $id, version: 1) }`, { id: org.id }, { token: editor }), 'CONFLICT');
    expect(error.message).toBe('This organisation (Busy NGO) is still referred to by 2 people; remove or move those first');
    expect(error.extensions!['references']).toEqual([{ entity: 'Person', count: 2 }]);
    expect(await gw.dataSource.query(`SELECT name FROM organisation WHERE id = $1`, [org.id])).toEqual([{ name: 'Busy NGO' }]);
  });

  it('removes a deleted route’s phase history with it, each entry audited', async () => {
    const { id, version } = await routeInPreparation(gw, editor);
    const history = await gw.dataSource.query(`SELECT id FROM state_change WHERE machine = 'route.phase' AND record_id = $1`, [id]);
    expect(history).toHaveLength(2);
    dataOf(await gw.graphql(`mutation($id: ID!, $v: Int!) { deleteRoute(id: $id, version: $v) }`, { id, v: version }, { token: admin }));
    expect(await gw.dataSource.query(`SELECT id FROM state_change WHERE record_id = $1`, [id])).toEqual([]);
    const audited = await gw.dataSource.query(`SELECT entity_id FROM audit_entry WHERE entity_type = 'StateChange' AND action = 'DELETE' AND entity_id = ANY($1)`, [
      history.map((h: { id: string }) => h.id),
    ]);
    expect(audited).toHaveLength(2);
  });
});
