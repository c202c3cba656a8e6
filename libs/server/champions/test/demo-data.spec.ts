import { Role, createLogger, platformModule, seedDemoData } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { practicesModule } from '@lr/server-practices';
import { championsModule } from '../src';
import { startChampionsGateway } from './champions-gateway';
import { ok } from './helpers';

describe('demo data', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startChampionsGateway();
    await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, practicesModule, championsModule], createLogger('silent'));
  });
  afterAll(() => gw.close());

  const rows = (sql: string) => gw.dataSource.query(sql);

  it('loads champions for the Peru and Senegal routes, some trained, some with consent', async () => {
    const champions = await rows(`
      SELECT p.country_code AS country, p.contact_consent AS consent,
             EXISTS (SELECT 1 FROM champion_training t WHERE t.champion_id = c.id AND t.completed) AS trained
      FROM champion c JOIN person p ON p.id = c.person_id`);
    expect(champions.filter((c: { country: string }) => c.country === 'PE').length).toBeGreaterThanOrEqual(3);
    expect(champions.filter((c: { country: string }) => c.country === 'SN').length).toBeGreaterThanOrEqual(3);
    expect(new Set(champions.map((c: { trained: boolean }) => c.trained))).toEqual(new Set([true, false]));
    expect(new Set(champions.map((c: { consent: boolean }) => c.consent))).toEqual(new Set([true, false]));
    const emails = await rows(`SELECT p.email FROM champion c JOIN person p ON p.id = c.person_id`);
    expect(emails.every((r: { email: string }) => r.email.endsWith('@example.org'))).toBe(true);
  });

  it('links champions to the demo practices when there are some, and has a few ratings', async () => {
    const [{ practices }] = await rows(`SELECT count(*)::int AS practices FROM practice`);
    const [{ links }] = await rows(`SELECT count(*)::int AS links FROM champion_practice`);
    expect(links > 0).toBe(practices > 0);
    const [{ feedback }] = await rows(`SELECT count(*)::int AS feedback FROM champion_feedback`);
    expect(feedback).toBeGreaterThan(0);
  });

  it("shows the Peru route's readiness: trained and untrained champions of its cases", async () => {
    const [{ cases }] = await rows(`SELECT count(*)::int AS cases FROM route_case rc JOIN learning_route r ON r.id = rc.route_id WHERE r.host_country_code = 'PE'`);
    if (cases === 0) return; // practices demo data not loaded: nothing to be ready for
    const [{ id }] = await rows(`SELECT id FROM learning_route WHERE host_country_code = 'PE'`);
    const readiness = await ok(gw, `query($r: ID!) { championReadiness(routeId: $r) { championCount trainedCount needTrainingCount } }`, { r: id }, { token: await gw.tokenFor(Role.VIEWER) });
    expect(readiness.trainedCount).toBeGreaterThan(0);
    expect(readiness.needTrainingCount).toBeGreaterThan(0);
  });
});
