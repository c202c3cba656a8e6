import { Role, StateChange } from '@lr/server-core';
import { countStatements, queryDepth } from '@lr/server-core/testing';
import { Assessment } from '../src/assessments/assessment.entity';
import { AssessmentScore } from '../src/assessments/assessment-score.entity';
import { AssessmentStatus } from '../src/assessments/assessment-status';
import { RouteCase } from '../src/cases/route-case.entity';
import { PracticeMaterial } from '../src/materials/practice-material.entity';
import { MaterialKind } from '../src/materials/material-kind';
import { Practice } from '../src/practices/practice.entity';
import { PracticeLevel, PracticeStatus } from '../src/practices/practice-status';
import { createProgramme, createRoute, createThematicArea, dataOf, defaultCriteria, ok, startPracticesGateway, whoIs, type PracticesGateway } from './practices-gateway';

const PRACTICES = `query($first: Int!) {
  practices(first: $first) {
    edges { node {
      title country { name } leadingOrganisations { name } thematicAreas { name } status allowedNextStatuses statusHistory { to }
      score completeAssessmentCount
      assessments { assessorName status score complete practice { title } scores { score comment criterion { code name } } }
      materials { title kind hasFile } routes { title } systematizationSteps { step owner { givenName } }
    } }
  }
}`;
// The deepest read: practices, their assessments, each assessment's scores and their criteria.
const DEEPEST = `query($first: Int!) {
  practices(first: $first) {
    edges { node { title country { name } assessments { status scores { score criterion { code name } } } } }
  }
}`;
const ROUTES = `query($first: Int!) { routes(first: $first) { edges { node { title cases { title score assessments { score } } } } } }`;

describe('SQL statements per request stay bounded', () => {
  let gw: PracticesGateway;
  let editor: string;

  beforeAll(async () => {
    // Whole pages of 100 with every nested list: far over a partner's budget, counted here on purpose.
    gw = await startPracticesGateway({ MAX_QUERY_COST: '1000000' });
    editor = await gw.tokenFor(Role.EDITOR, ['practices', 'core']);
    const areas = [await createThematicArea(gw, editor, 'qc-a'), await createThematicArea(gw, editor, 'qc-b')];
    const org = (await ok(gw, `mutation { createOrganisation(input: { name: "Org", type: NGO }) { id } }`, {}, { token: editor })).id;
    const programmeId = await createProgramme(gw, editor);
    const routes: string[] = [];
    for (let i = 0; i < 10; i += 1) routes.push(await createRoute(gw, editor, programmeId, { title: { en: `Route ${i}` } }));
    const assessors = [(await whoIs(gw, await gw.tokenFor(Role.REVIEWER))).id, (await whoIs(gw, await gw.tokenFor(Role.REVIEWER))).id];
    const criteria = await defaultCriteria(gw, editor);

    // Bulk set-up straight through the entities: 100 practices, each with two submitted assessments, materials and cases.
    const practices = await gw.dataSource.getRepository(Practice).save(
      Array.from({ length: 100 }, (_, i) =>
        gw.dataSource.getRepository(Practice).create({
          title: { en: `Practice ${String(i).padStart(3, '0')}` },
          countryCode: 'PE',
          locality: null,
          level: PracticeLevel.DISTRICT,
          leadingOrganisationIds: [org],
          thematicAreaIds: areas.slice(i % 2),
          status: PracticeStatus.UNDER_ASSESSMENT,
        }),
      ),
    );
    const assessments = await gw.dataSource.getRepository(Assessment).save(
      practices.flatMap((p) => assessors.map((assessorId) => gw.dataSource.getRepository(Assessment).create({ practiceId: p.id, assessorId, programmeId: null, status: AssessmentStatus.SUBMITTED, submittedAt: new Date() }))),
    );
    await gw.dataSource.getRepository(AssessmentScore).save(
      assessments.flatMap((a, i) => criteria.map((c) => gw.dataSource.getRepository(AssessmentScore).create({ assessmentId: a.id, criterionId: c.id, score: i % 6, comment: 'ok' }))),
    );
    await gw.dataSource.getRepository(PracticeMaterial).save(
      practices.flatMap((p) => [MaterialKind.CASE_DOCUMENT, MaterialKind.VIDEO].map((kind) => gw.dataSource.getRepository(PracticeMaterial).create({ practiceId: p.id, kind, language: 'en' as never, title: kind, url: 'https://example.org/m' }))),
    );
    await gw.dataSource.getRepository(RouteCase).save(practices.map((p, i) => gw.dataSource.getRepository(RouteCase).create({ practiceId: p.id, routeId: routes[i % routes.length], attachedBy: 'test' })));
    await gw.dataSource.getRepository(StateChange).save(
      practices.map((p) => gw.dataSource.getRepository(StateChange).create({ machine: 'practice.status', recordId: p.id, fromState: PracticeStatus.IDENTIFIED, toState: PracticeStatus.UNDER_ASSESSMENT, reason: null, changedBy: 'test' })),
    );
  });
  afterAll(() => gw.close());

  async function statements(query: string, first: number, rows: number): Promise<number> {
    const { count, data } = await countStatements(gw, query, { first }, { token: editor });
    expect((Object.values(data)[0] as { edges: unknown[] }).edges).toHaveLength(rows);
    return count;
  }

  it('lists 100 practices with assessments, scores, materials, routes and steps in as many statements as 5', async () => {
    const five = await statements(PRACTICES, 5, 5);
    const hundred = await statements(PRACTICES, 100, 100);
    expect(hundred).toBe(five);
    // One statement per relation asked for, not per row: the page (country joined), organisations,
    // areas, histories, assessments, scores, criteria, assessors, the assessments' practice,
    // materials, route links, routes, steps (owners joined).
    expect(hundred).toBeLessThanOrEqual(13);
  });

  it('actually resolves the nested fields it counts', async () => {
    const { practices } = dataOf(await gw.graphql(PRACTICES, { first: 100 }, { token: editor }));
    const node = practices.edges[0].node;
    expect(node.assessments).toHaveLength(2);
    expect(node.assessments[0].scores).toHaveLength(7);
    expect(node.assessments[0].scores[0].criterion.code).toBe('EVIDENCE_OF_SUCCESS');
    expect(node.materials).toHaveLength(2);
    expect(node.routes).toHaveLength(1);
    expect(node.statusHistory).toEqual([{ to: 'UNDER_ASSESSMENT' }]);
    expect(node.completeAssessmentCount).toBe(2);
    expect(node.score).toBeCloseTo(0.5);
  });

  it('lists routes with their cases and their scores in a bounded number of statements', async () => {
    const two = await statements(ROUTES, 2, 2);
    const ten = await statements(ROUTES, 10, 10);
    expect(ten).toBe(two);
    expect(ten).toBeLessThanOrEqual(6);
  });

  it('reads the deepest query in no more statements than it is deep, whatever the page size', async () => {
    const five = await statements(DEEPEST, 5, 5);
    const hundred = await statements(DEEPEST, 100, 100);
    expect(hundred).toBe(five);
    expect(hundred).toBeLessThanOrEqual(queryDepth(DEEPEST));
    // The page with its country, the assessments and their scores side by side, the criteria
    // (read once: a score's criterion comes from the criteria read for scoring).
    expect(hundred).toBe(4);
    const node = dataOf(await gw.graphql(DEEPEST, { first: 1 }, { token: editor }))['practices'].edges[0].node;
    expect(node.country).toEqual({ name: 'Peru' });
    expect(node.assessments[0].scores.map((s: { criterion: { code: string } }) => s.criterion.code)).toContain('EVIDENCE_OF_SUCCESS');
  });
});
