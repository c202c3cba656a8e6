import { createLogger, platformModule, Role, seedDemoData, User } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '../src';
import { DEMO_PARTICIPANT_EMAIL } from '../src/demo/delegations-demo';
import { adminToken, COMPOSITION, ok, startDelegationsGateway } from './helpers';

describe('delegations demo data', () => {
  let gw: TestGateway;
  let admin: string;
  const routeOf = async (host: string): Promise<string> => (await gw.dataSource.query(`SELECT id FROM learning_route WHERE host_country_code = $1`, [host]))[0].id;

  beforeAll(async () => {
    gw = await startDelegationsGateway();
    await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, delegationsModule], createLogger('silent'));
    admin = await adminToken(gw);
  });
  afterAll(() => gw.close());

  it('gives the Peru route five national teams of three from the best-fitting countries, each with a government member, and a composition that holds', async () => {
    const routeId = await routeOf('PE');
    const composition = await ok(gw, COMPOSITION, { routeId }, { token: admin });
    expect(composition.ready).toBe(true);
    expect(composition.rules.every((r: { holds: boolean }) => r.holds)).toBe(true);
    expect([composition.selectedParticipants, composition.teamMembers]).toEqual([15, 4]);
    const route = await ok(gw, `query($id: ID!) { route(id: $id) { delegations { countryCode kind participants { sector status isBlogger } } routeTeam { role } } }`, { id: routeId }, { token: admin });
    // Tanzania ranks the route's three areas highest; Benin, Guatemala, Laos and Sierra Leone tie next (seed 000's table).
    expect(route.delegations.map((d: { countryCode: string }) => d.countryCode).sort()).toEqual(['BJ', 'GT', 'LA', 'SL', 'TZ']);
    for (const d of route.delegations) {
      expect(d.kind).toBe('NATIONAL_TEAM');
      expect(d.participants).toHaveLength(3);
      expect(d.participants.some((p: { sector: string }) => p.sector === 'GOVERNMENT')).toBe(true);
    }
    expect(route.delegations.flatMap((d: { participants: { isBlogger: boolean }[] }) => d.participants).filter((p: { isBlogger: boolean }) => p.isBlogger)).toHaveLength(1);
    expect(route.routeTeam.map((m: { role: string }) => m.role).sort()).toEqual(['METHODOLOGICAL_COORDINATOR', 'PROJECT_LEADER', 'TECHNICAL_COORDINATOR', 'TRANSLATOR']);
  });

  it('gives Senegal its own five teams and Zambia seven alliances on civil-society targets', async () => {
    const senegal = await ok(gw, COMPOSITION, { routeId: await routeOf('SN') }, { token: admin });
    expect([senegal.ready, senegal.selectedParticipants]).toEqual([true, 15]);
    const zambia = await ok(gw, COMPOSITION, { routeId: await routeOf('ZM') }, { token: admin });
    expect(zambia.settings.routeKind).toBe('CIVIL_SOCIETY');
    const [{ alliances, nominated }] = await gw.dataSource.query(
      `SELECT count(DISTINCT d.id)::int AS alliances, count(p.id)::int AS nominated FROM delegation d JOIN participant p ON p.delegation_id = d.id WHERE d.route_id = $1 AND d.kind = 'CIVIL_SOCIETY_ALLIANCE' AND p.status = 'NOMINATED'`,
      [await routeOf('ZM')],
    );
    expect([alliances, nominated]).toEqual([7, 21]);
    // Nobody selected yet: the route is planning, and says what is missing.
    expect(zambia.rules.find((r: { code: string }) => r.code === 'PARTICIPANT_COUNT')).toMatchObject({ holds: false, min: 21, max: 24, current: 0 });
  });

  it('has a participant who can sign in and sees their own delegation', async () => {
    const user = await gw.dataSource.getRepository(User).findOneByOrFail({ email: DEMO_PARTICIPANT_EMAIL });
    expect(user.role).toBe(Role.PARTICIPANT);
    const token = gw.gateway.runtime.tokens.sign(user.id).token;
    const mine = await ok(gw, `{ myParticipations { isBlogger status route { hostCountryCode } delegation { participants { id } } } }`, {}, { token });
    expect(mine).toEqual([{ isBlogger: true, status: 'SELECTED', route: { hostCountryCode: 'PE' }, delegation: { participants: [expect.anything(), expect.anything(), expect.anything()] } }]);
  });
});
