import { Role, createLogger, platformModule, seedDemoData } from '@lr/server-core';
import { coreDomainModule } from '@lr/server-core-domain';
import { practicesModule } from '../src';
import { ok, startPracticesGateway, type PracticesGateway } from './practices-gateway';

const PRACTICES = `query($filter: PracticeFilter) {
  practices(first: 100, filter: $filter) {
    edges { node {
      title status countryCode leadingOrganisations { acronym } thematicAreas { code }
      score completeAssessmentCount assessments { status complete }
      systematizationSteps { step status owner { familyName } } materials { kind url hasFile } routes { hostCountryCode }
    } }
  }
}`;

describe('demo data', () => {
  let gw: PracticesGateway;
  let token: string;

  beforeAll(async () => {
    gw = await startPracticesGateway();
    expect(await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, practicesModule], createLogger('silent'))).toBe(true);
    token = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw.close());

  const practicesOf = async (countryCode: string) => (await ok(gw, PRACTICES, { filter: { countryCode } }, { token })).edges.map((e: { node: unknown }) => e.node);

  it.each(['PE', 'SN'])('gives the %s route published, assessed, systematized cases', async (country) => {
    const practices = await practicesOf(country);
    expect(practices.length).toBeGreaterThanOrEqual(3);
    const published = practices.filter((p: { status: string }) => p.status === 'PUBLISHED');
    expect(published.length).toBeGreaterThanOrEqual(1);
    for (const p of published) {
      expect(p.score).toBeGreaterThan(0);
      expect(p.completeAssessmentCount).toBeGreaterThanOrEqual(1);
      expect(p.systematizationSteps).toHaveLength(6);
      expect(p.systematizationSteps.every((s: { status: string }) => s.status === 'DONE')).toBe(true);
      expect(p.materials.some((m: { kind: string; url: string | null }) => m.kind === 'CASE_DOCUMENT' && m.url?.startsWith('https://example.org/'))).toBe(true);
      expect(p.materials.every((m: { hasFile: boolean }) => !m.hasFile)).toBe(true);
      expect(p.routes).toEqual([{ hostCountryCode: country }]);
      expect(p.leadingOrganisations.length).toBeGreaterThan(0);
      expect(p.thematicAreas.length).toBeGreaterThan(0);
    }
  });

  it('covers the statuses of the workflow, each consistent with its rules', async () => {
    const all = [...(await practicesOf('PE')), ...(await practicesOf('SN'))];
    expect(new Set(all.map((p: { status: string }) => p.status))).toEqual(new Set(['UNDER_ASSESSMENT', 'SELECTED', 'SYSTEMATIZED', 'PUBLISHED', 'REJECTED']));
    for (const p of all) {
      if (['SELECTED', 'SYSTEMATIZED', 'PUBLISHED'].includes(p.status)) expect(p.completeAssessmentCount).toBeGreaterThanOrEqual(1);
      if (['SYSTEMATIZED', 'PUBLISHED'].includes(p.status)) expect(p.materials.some((m: { kind: string }) => m.kind === 'CASE_DOCUMENT')).toBe(true);
    }
    const peru = await practicesOf('PE');
    expect(peru.map((p: { title: string }) => p.title)).toEqual(expect.arrayContaining(['Results-based budgeting for nutrition']));
    const senegal = await practicesOf('SN');
    expect(senegal.some((p: { leadingOrganisations: { acronym: string }[] }) => p.leadingOrganisations.some((o) => o.acronym === 'CLM'))).toBe(true);
  });

  it('assesses the pilot with the suitability box', async () => {
    const programmes = await ok(gw, `{ programmes(first: 10) { edges { node { id name } } } }`, {}, { token });
    const pilot = programmes.edges.find((e: { node: { name: string } }) => e.node.name.includes('pilot')).node;
    const criteria = await ok(gw, `query($p: ID) { assessmentCriteria(programmeId: $p) { code } }`, { p: pilot.id }, { token });
    expect(criteria[0].code).toBe('IMPACT');
  });

  it('recommends Senegal’s cases to visitors by their learning needs', async () => {
    const routes = await ok(gw, `{ routes(first: 10, filter: { hostCountryCode: "SN" }) { edges { node { id } } } }`, {}, { token });
    const page = await ok(
      gw,
      `query($r: ID!) { recommendPractices(routeId: $r, visitingCountryCodes: ["BJ", "GH", "MG", "NE", "TZ"], first: 100) { totalCount edges { node { fit practice { status } reasons { countryCode rank } } } } }`,
      { r: routes.edges[0].node.id },
      { token },
    );
    const recommended = page.edges.map((e: { node: unknown }) => e.node);
    expect(page.totalCount).toBe(recommended.length);
    expect(recommended.length).toBeGreaterThanOrEqual(2);
    expect(recommended[0].fit).toBeGreaterThan(0);
    expect(recommended.every((r: { practice: { status: string } }) => ['SELECTED', 'SYSTEMATIZED', 'PUBLISHED'].includes(r.practice.status))).toBe(true);
  });
});
