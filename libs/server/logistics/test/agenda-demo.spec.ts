import { createLogger, platformModule, seedDemoData } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { championsModule } from '@lr/server-champions';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '@lr/server-practices';
import { seedAgendaDemo } from '../src/demo/agenda-demo';
import { checksOf } from './agenda-helpers';
import { adminToken, ok, startLogisticsGateway } from './helpers';

describe('agenda demo data', () => {
  let gw: TestGateway;
  let routeId: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    // The modules logistics builds on, then the agenda's own demo alone (the other areas' demos have their own specs).
    await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, delegationsModule, practicesModule, championsModule], createLogger('silent'));
    await gw.dataSource.transaction((manager) => seedAgendaDemo({ manager, logger: createLogger('silent') }));
    routeId = (await gw.dataSource.query(`SELECT id FROM learning_route WHERE host_country_code = 'PE'`))[0].id;
  });
  afterAll(() => gw?.close());

  it('gives the Peru route eight days in the seeds’ pattern, in en and es, with no finding at all', async () => {
    const token = await adminToken(gw);
    const route = await ok(
      gw,
      `query($id: ID!) { route(id: $id) { agenda { date titleTranslations { en es } sessions { type startTime outsideCapital latitude practice { status } champions { id } interpreters { id } interpretedLanguages titleTranslations { en es } } } } }`,
      { id: routeId },
      { token },
    );
    const days = route.agenda as { date: string; titleTranslations: { en: string; es: string }; sessions: { type: string; outsideCapital: boolean; latitude: number | null; practice: { status: string } | null; champions: unknown[]; interpreters: unknown[]; interpretedLanguages: string[]; titleTranslations: { en: string; es: string } }[] }[];
    expect(days.map((d) => d.date)).toEqual(['2014-06-09', '2014-06-10', '2014-06-11', '2014-06-12', '2014-06-13', '2014-06-14', '2014-06-15', '2014-06-16']);
    const sessions = days.flatMap((d) => d.sessions);
    expect(days.every((d) => d.titleTranslations.en && d.titleTranslations.es)).toBe(true);
    expect(sessions.every((s) => s.titleTranslations.en && s.titleTranslations.es)).toBe(true);
    expect(days[0].sessions.map((s) => s.type).slice(0, 2)).toEqual(['OPENING', 'DELEGATION_PRESENTATIONS']);
    expect(days[7].sessions.map((s) => s.type)).toContain('CLOSING');
    const types = sessions.map((s) => s.type);
    expect(types.filter((t) => t === 'CASE_VISIT')).toHaveLength(2);
    expect(types.filter((t) => t === 'CONTEXT_SETTING')).toHaveLength(2);
    expect(types.filter((t) => t === 'ANALYSIS')).toHaveLength(2);
    expect(types).toContain('ACTION_PLAN_WORKSHOP');
    const field = sessions.filter((s) => s.type === 'FIELD_VISIT');
    expect(field).toEqual([expect.objectContaining({ outsideCapital: true, latitude: expect.closeTo(-13.24, 1) })]);
    // Both cases of the Peru demo are PUBLISHED.
    expect(sessions.filter((s) => s.type === 'CASE_VISIT').map((s) => s.practice?.status)).toEqual(['PUBLISHED', 'PUBLISHED']);
    expect(sessions.filter((s) => s.champions.length).length).toBeGreaterThanOrEqual(4);
    expect(sessions.some((s) => s.interpreters.length && s.interpretedLanguages.includes('fr'))).toBe(true);
    expect(await checksOf(gw, routeId)).toEqual({ ready: true, blockingCount: 0, warningCount: 0, findings: [] });
  });
});
