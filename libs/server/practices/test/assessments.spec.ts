import { Role } from '@lr/server-core';
import {
  ASSIGN,
  SAVE_ASSESSMENT,
  assignReviewer,
  changeStatus,
  completeAssessment,
  createPractice,
  createProgramme,
  createRoute,
  dataOf,
  defaultCriteria,
  errorOf,
  fieldsOf,
  ok,
  practiceIn,
  startPracticesGateway,
  whoIs,
  type PracticesGateway,
} from './practices-gateway';

const ASSESSMENTS = `query($id: ID!) {
  practice(id: $id) { score completeAssessmentCount assessments { id assessorId assessorName status complete score scores { score comment criterion { code } } } }
}`;
const RANKING = `query($routeId: ID, $programmeId: ID, $first: Int!, $after: String) {
  practiceRanking(routeId: $routeId, programmeId: $programmeId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { rank score completeAssessments practice { id title } } }
  }
}`;

interface RankedNode {
  rank: number;
  score: number | null;
  completeAssessments: number | null;
  practice: { id: string; title: string };
}
interface RankingPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: RankedNode }[];
}

describe('assessment criteria, assessments, scores and ranking', () => {
  let gw: PracticesGateway;
  let editor: string;
  let admin: string;

  beforeAll(async () => {
    gw = await startPracticesGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['practices', 'core']);
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw.close());

  const save = (token: string, input: Record<string, unknown>) => gw.graphql(SAVE_ASSESSMENT, { input: { submit: false, ...input } }, { token });

  describe('criteria', () => {
    it('seeds the seven characteristics of a best practice and the suitability box', async () => {
      const best = await ok(gw, `{ assessmentCriteria(setKey: "BEST_PRACTICE_7") { code name weight setKey programmeId } }`, {}, { token: editor });
      expect(best.map((c: { code: string }) => c.code)).toEqual([
        'EVIDENCE_OF_SUCCESS',
        'REPLICABLE_APPROACH',
        'MEETS_NEEDS',
        'INNOVATION',
        'COLLABORATION',
        'SUSTAINABILITY',
        'RELEVANCE_TO_LEARNING_AREAS',
      ]);
      expect(best[0]).toEqual({ code: 'EVIDENCE_OF_SUCCESS', name: 'Evidence of success', weight: 1, setKey: 'BEST_PRACTICE_7', programmeId: null });
      const box = await ok(gw, `{ assessmentCriteria(setKey: "SUITABILITY_BOX") { code name(lang: FR) weight } }`, {}, { token: editor });
      expect(box.map((c: { code: string; weight: number }) => [c.code, c.weight])).toEqual([
        ['IMPACT', 3],
        ['SUSTAINABILITY_INSTITUTIONAL', 2],
        ['INNOVATION', 2],
        ['REPLICABILITY', 2],
        ['SUN_CONTEXT', 2],
        ['LOGISTICS', 1],
      ]);
      expect(box[1].name).toBe('Durabilité et renforcement institutionnel');
      expect(await ok(gw, `{ assessmentCriteriaSets }`, {}, { token: editor })).toEqual(['BEST_PRACTICE_7', 'SUITABILITY_BOX']);
    });

    it('lets a programme choose a set, or define its own criteria which then apply', async () => {
      const programmeId = await createProgramme(gw, editor, 'Criteria programme');
      const codes = async () => (await ok(gw, `query($p: ID) { assessmentCriteria(programmeId: $p) { code } }`, { p: programmeId }, { token: editor })).map((c: { code: string }) => c.code);
      expect((await codes())[0]).toBe('EVIDENCE_OF_SUCCESS');
      const chosen = await ok(gw, `mutation($p: ID!) { chooseProgrammeCriteriaSet(programmeId: $p, setKey: "SUITABILITY_BOX") { code } }`, { p: programmeId }, { token: editor });
      expect(chosen[0].code).toBe('IMPACT');
      expect(await codes()).toHaveLength(6);
      expect(fieldsOf(await gw.graphql(`mutation($p: ID!) { chooseProgrammeCriteriaSet(programmeId: $p, setKey: "MINE") { code } }`, { p: programmeId }, { token: editor }))).toEqual([
        { path: 'setKey', message: 'must be one of BEST_PRACTICE_7, SUITABILITY_BOX' },
      ]);
      const created = await ok(
        gw,
        `mutation($input: CreateAssessmentCriterionInput!) { createAssessmentCriterion(input: $input) { id code setKey weight version } }`,
        { input: { programmeId, code: 'COMMUNITY_OWNERSHIP', name: { en: 'Community ownership' }, weight: 4 } },
        { token: editor },
      );
      expect(created).toMatchObject({ setKey: 'PROGRAMME', weight: 4 });
      expect(await codes()).toEqual(['COMMUNITY_OWNERSHIP']);
      const dup = await gw.graphql(
        `mutation($input: CreateAssessmentCriterionInput!) { createAssessmentCriterion(input: $input) { id } }`,
        { input: { programmeId, code: 'COMMUNITY_OWNERSHIP', name: { en: 'Again' }, weight: 101 } },
        { token: editor },
      );
      expect(fieldsOf(dup)).toEqual([{ path: 'input.weight', message: 'weight must not be greater than 100' }]);
      const updated = await ok(gw, `mutation($input: UpdateAssessmentCriterionInput!) { updateAssessmentCriterion(input: $input) { weight version } }`, { input: { id: created.id, version: 1, weight: 2 } }, { token: editor });
      expect(updated).toEqual({ weight: 2, version: 2 });
      errorOf(await gw.graphql(`mutation($id: ID!) { deleteAssessmentCriterion(id: $id, version: 1) }`, { id: created.id }, { token: editor }), 'CONFLICT');
      expect(await ok(gw, `mutation($id: ID!) { deleteAssessmentCriterion(id: $id, version: 2) }`, { id: created.id }, { token: editor })).toBe(created.id);
      expect(await codes()).toHaveLength(6);
    });
  });

  describe('assigning and writing', () => {
    it('assigns only active reviewers (or admins), once per practice', async () => {
      const { id } = await createPractice(gw, editor);
      const viewer = await whoIs(gw, await gw.tokenFor(Role.VIEWER));
      expect(fieldsOf(await gw.graphql(ASSIGN, { input: { practiceId: id, assessorId: viewer.id } }, { token: editor }))).toEqual([
        { path: 'input.assessorId', message: 'must be an active REVIEWER or ADMIN user (this one is VIEWER)' },
      ]);
      const reviewer = await whoIs(gw, await gw.tokenFor(Role.REVIEWER));
      const assessment = await ok(gw, ASSIGN, { input: { practiceId: id, assessorId: reviewer.id } }, { token: editor });
      expect(assessment).toMatchObject({ status: 'DRAFT', version: 1 });
      errorOf(await gw.graphql(ASSIGN, { input: { practiceId: id, assessorId: reviewer.id } }, { token: editor }), 'CONFLICT');
    });

    it('lets only the assigned reviewer write, and refuses bad scores with their paths', async () => {
      const { id } = await createPractice(gw, editor);
      const { token, assessment } = await assignReviewer(gw, editor, id);
      const other = await gw.tokenFor(Role.REVIEWER);
      const criteria = await defaultCriteria(gw, token);
      const one = [{ criterionId: criteria[0].id, score: 4, comment: 'ok' }];
      expect(errorOf(await save(other, { id: assessment.id, version: 1, scores: one }), 'FORBIDDEN').message).toMatch(/Only the assessor/);
      errorOf(await save(admin, { id: assessment.id, version: 1, scores: one }), 'FORBIDDEN');
      errorOf(await save(editor, { id: assessment.id, version: 1, scores: one }), 'FORBIDDEN');
      expect(fieldsOf(await save(token, { id: assessment.id, version: 1, scores: [{ criterionId: criteria[0].id, score: 6 }] }))).toEqual([
        { path: 'input.scores.0.score', message: 'score must not be greater than 5' },
      ]);
      const box = await defaultCriteria(gw, token, 'SUITABILITY_BOX');
      expect(fieldsOf(await save(token, { id: assessment.id, version: 1, scores: [...one, { criterionId: box[0].id, score: 1 }, { criterionId: criteria[0].id, score: 2 }] }))).toEqual([
        { path: 'input.scores.1.criterionId', message: 'is not a criterion of this assessment’s set' },
        { path: 'input.scores.2.criterionId', message: 'is scored twice' },
      ]);
      const draft = dataOf(await save(token, { id: assessment.id, version: 1, scores: one }))['saveAssessment'];
      expect(draft).toMatchObject({ status: 'DRAFT', version: 2, score: 4, complete: false });
      errorOf(await save(token, { id: assessment.id, version: 1, scores: one }), 'CONFLICT');
      const refused = fieldsOf(await save(token, { id: assessment.id, version: 2, scores: [], submit: true }));
      expect(refused[0].path).toBe('input.scores');
      expect(refused[0].message).toMatch(/missing: REPLICABLE_APPROACH, MEETS_NEEDS, INNOVATION, COLLABORATION, SUSTAINABILITY, RELEVANCE_TO_LEARNING_AREAS/);
      const rest = criteria.slice(1).map((c) => ({ criterionId: c.id, score: 2 }));
      const submitted = dataOf(await save(token, { id: assessment.id, version: 2, scores: rest, submit: true }))['saveAssessment'];
      expect(submitted).toMatchObject({ status: 'SUBMITTED', complete: true, version: 3 });
      expect(submitted.score).toBeCloseTo((4 + 2 * 6) / 7);
      expect(errorOf(await save(token, { id: assessment.id, version: 3, scores: one }), 'PHASE_RULE').message).toMatch(/already SUBMITTED/);
    });

    it('refuses assessment writes to viewers and editors by role, and lists a reviewer’s own assignments', async () => {
      const { id } = await createPractice(gw, editor, { title: { en: 'Mine to assess' } });
      const { token, assessment } = await assignReviewer(gw, editor, id);
      errorOf(await save(await gw.tokenFor(Role.VIEWER), { id: assessment.id, version: 1, scores: [] }), 'FORBIDDEN');
      const MINE = `query($after: String) { myAssessments(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status practice { title } } } } }`;
      const mine = await ok(gw, MINE, {}, { token });
      expect(mine).toEqual({ totalCount: 1, pageInfo: { hasNextPage: false, endCursor: expect.any(String) }, edges: [{ node: { id: assessment.id, status: 'DRAFT', practice: { title: 'Mine to assess' } } }] });
      // Newest first, page by page.
      const { id: later } = await createPractice(gw, editor, { title: { en: 'Also mine' } });
      const second = await ok(gw, ASSIGN, { input: { practiceId: later, assessorId: (await whoIs(gw, token)).id } }, { token: editor });
      const newest = await ok(gw, MINE, {}, { token });
      expect(newest).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { id: second.id, practice: { title: 'Also mine' } } }] });
      const older = await ok(gw, MINE, { after: newest.pageInfo.endCursor }, { token });
      expect(older).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false }, edges: [{ node: { id: assessment.id } }] });
      expect(fieldsOf(await gw.graphql(MINE, { after: 'bm90IGEgY3Vyc29y' }, { token })).map((f) => f.path)).toEqual(['after']);
    });

    it('withdraws a draft assignment but never a submitted one', async () => {
      const { id } = await createPractice(gw, editor);
      const { assessment } = await assignReviewer(gw, editor, id);
      expect(await ok(gw, `mutation($id: ID!) { unassignAssessor(id: $id, version: 1) }`, { id: assessment.id }, { token: editor })).toBe(assessment.id);
      const done = await completeAssessment(gw, editor, id, 3);
      errorOf(await gw.graphql(`mutation($id: ID!) { unassignAssessor(id: $id, version: 2) }`, { id: done.id }, { token: editor }), 'CONFLICT');
    });
  });

  describe('scores', () => {
    it('scores a practice as the mean of its complete assessments’ weighted means', async () => {
      const programmeId = await createProgramme(gw, editor, 'Weighted programme');
      await ok(gw, `mutation($p: ID!) { chooseProgrammeCriteriaSet(programmeId: $p, setKey: "SUITABILITY_BOX") { code } }`, { p: programmeId }, { token: editor });
      const { id } = await createPractice(gw, editor);
      // Suitability box weights 3,2,2,2,2,1: (5·3 + 4·2·4 + 1·1) / 12 = 4.
      const a = await assignReviewer(gw, editor, id, programmeId);
      const box = await defaultCriteria(gw, a.token, 'SUITABILITY_BOX');
      const scores = [5, 4, 4, 4, 4, 1].map((score, i) => ({ criterionId: box[i].id, score, comment: `c${i}` }));
      dataOf(await save(a.token, { id: a.assessment.id, version: 1, scores, submit: true }));
      // Default set, all 2 → 2. A draft does not count.
      await completeAssessment(gw, editor, id, 2);
      const draft = await assignReviewer(gw, editor, id);
      const criteria = await defaultCriteria(gw, draft.token);
      dataOf(await save(draft.token, { id: draft.assessment.id, version: 1, scores: [{ criterionId: criteria[0].id, score: 0 }] }));

      const practice = await ok(gw, ASSESSMENTS, { id }, { token: editor });
      expect(practice.score).toBeCloseTo(3);
      expect(practice.completeAssessmentCount).toBe(2);
      expect(practice.assessments.map((x: { status: string; complete: boolean }) => [x.status, x.complete])).toEqual([
        ['SUBMITTED', true],
        ['SUBMITTED', true],
        ['DRAFT', false],
      ]);
      expect(practice.assessments[0].score).toBeCloseTo(4);
      expect(practice.assessments[0].scores[0]).toEqual({ score: 5, comment: 'c0', criterion: { code: 'IMPACT' } });
    });

    describe('ranking', () => {
      let programmeId: string;
      let routeId: string;
      let reviewer: string;
      const titles = (page: RankingPage) => page.edges.map((e) => e.node.practice.title);

      beforeAll(async () => {
        programmeId = await createProgramme(gw, editor, 'Ranking programme');
        routeId = await createRoute(gw, editor, programmeId, { hostCountryCode: 'BO' });
        await createRoute(gw, editor, programmeId, { hostCountryCode: 'SN' });
        const make = (title: string, country = 'BO') => createPractice(gw, editor, { title: { en: title }, countryCode: country });
        const high = (await make('High')).id;
        const low = (await make('Low')).id;
        await make('Unscored');
        const rejected = await practiceIn(gw, editor, 'REJECTED', { title: { en: 'Rejected' }, countryCode: 'BO' });
        const senegal = (await make('Senegal case', 'SN')).id;
        reviewer = (await completeAssessment(gw, editor, high, 5)).token;
        await completeAssessment(gw, editor, high, 4);
        await completeAssessment(gw, editor, low, 1);
        await completeAssessment(gw, editor, senegal, 3);
        await completeAssessment(gw, editor, rejected, 5);
      });

      it('ranks a route’s candidates and a programme’s by score, unscored last, rejected left out', async () => {
        const byRoute = await ok<RankingPage>(gw, RANKING, { routeId, first: 10 }, { token: editor });
        expect(byRoute).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false, hasPreviousPage: false } });
        expect(byRoute.edges.map((e) => ({ ...e.node, practice: { title: e.node.practice.title } }))).toEqual([
          { rank: 1, score: 4.5, completeAssessments: 2, practice: { title: 'High' } },
          { rank: 2, score: 1, completeAssessments: 1, practice: { title: 'Low' } },
          { rank: 3, score: null, completeAssessments: 0, practice: { title: 'Unscored' } },
        ]);
        const byProgramme = await ok<RankingPage>(gw, RANKING, { programmeId, first: 10 }, { token: editor });
        expect(titles(byProgramme)).toEqual(['High', 'Senegal case', 'Low', 'Unscored']);
        expect(fieldsOf(await gw.graphql(RANKING, { first: 10 }, { token: editor }))).toEqual([{ path: 'routeId', message: 'give either a routeId or a programmeId' }]);
        expect(fieldsOf(await gw.graphql(RANKING, { routeId, programmeId, first: 10 }, { token: editor }))[0].message).toMatch(/either/);
      });

      it('pages through the ranking with after, giving every candidate exactly once, in rank order', async () => {
        const all = await ok<RankingPage>(gw, RANKING, { programmeId, first: 100 }, { token: editor });
        expect(all.totalCount).toBe(4);
        const seen: RankedNode[] = [];
        let after: string | null = null;
        for (let pages = 1; ; pages += 1) {
          const page: RankingPage = await ok<RankingPage>(gw, RANKING, { programmeId, first: 1, after }, { token: editor });
          expect(page.totalCount).toBe(4);
          expect(page.edges).toHaveLength(1);
          expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
          expect(page.pageInfo.endCursor).toBe(page.edges[0].cursor);
          seen.push(...page.edges.map((e) => e.node));
          if (!page.pageInfo.hasNextPage) break;
          expect(pages).toBeLessThan(4);
          after = page.pageInfo.endCursor;
        }
        expect(seen.map((n) => n.rank)).toEqual([1, 2, 3, 4]);
        expect(new Set(seen.map((n) => n.practice.id)).size).toBe(4);
        expect(seen).toEqual(all.edges.map((e) => e.node));
        // A page of two, then the rest, gives the same list.
        const firstTwo = await ok<RankingPage>(gw, RANKING, { programmeId, first: 2 }, { token: editor });
        const rest = await ok<RankingPage>(gw, RANKING, { programmeId, first: 2, after: firstTwo.pageInfo.endCursor }, { token: editor });
        expect(rest.pageInfo.hasNextPage).toBe(false);
        expect([...titles(firstTwo), ...titles(rest)]).toEqual(titles(all));
      });

      it('refuses a cursor it did not give out for this list, and page sizes outside 1-100', async () => {
        const invalid = [{ path: 'after', message: 'is not a cursor this API gave out for this list and order' }];
        expect(fieldsOf(await gw.graphql(RANKING, { programmeId, first: 2, after: 'not-a-cursor' }, { token: editor }))).toEqual(invalid);
        const practices = await ok(gw, `{ practices(first: 1) { pageInfo { endCursor } } }`, {}, { token: editor });
        expect(fieldsOf(await gw.graphql(RANKING, { programmeId, first: 2, after: practices.pageInfo.endCursor }, { token: editor }))).toEqual(invalid);
        const assignments = await ok(gw, `{ myAssessments(first: 1) { pageInfo { endCursor } } }`, {}, { token: reviewer });
        expect(assignments.pageInfo.endCursor).not.toBeNull();
        expect(fieldsOf(await gw.graphql(RANKING, { programmeId, first: 2, after: assignments.pageInfo.endCursor }, { token: editor }))).toEqual(invalid);
        // And the ranking's cursor is refused by another list.
        const own = await ok<RankingPage>(gw, RANKING, { programmeId, first: 1 }, { token: editor });
        expect(fieldsOf(await gw.graphql(`query($a: String) { practices(first: 1, after: $a) { totalCount } }`, { a: own.pageInfo.endCursor }, { token: editor }))).toEqual(invalid);
        for (const first of [0, 101]) expect(fieldsOf(await gw.graphql(RANKING, { programmeId, first }, { token: editor })).map((f) => f.path)).toEqual(['first']);
      });
    });
  });

  describe('independence', () => {
    it('hides other assessors’ scores from an assessor until they have submitted', async () => {
      const { id } = await createPractice(gw, editor);
      const first = await completeAssessment(gw, editor, id, 5, 'first view');
      const second = await assignReviewer(gw, editor, id);
      const secondUser = await whoIs(gw, second.token);

      const before = await ok(gw, ASSESSMENTS, { id }, { token: second.token });
      expect(before.score).toBeNull();
      expect(before.completeAssessmentCount).toBeNull();
      expect(before.assessments).toEqual([expect.objectContaining({ id: second.assessment.id, assessorId: secondUser.id, status: 'DRAFT' })]);
      errorOf(await gw.graphql(`query($id: ID!) { assessment(id: $id) { id } }`, { id: first.id }, { token: second.token }), 'NOT_FOUND');
      const ranking = await ok(gw, `query($id: ID!) { practice(id: $id) { score } }`, { id }, { token: second.token });
      expect(ranking.score).toBeNull();

      const criteria = await defaultCriteria(gw, second.token);
      dataOf(await save(second.token, { id: second.assessment.id, version: 1, scores: criteria.map((c) => ({ criterionId: c.id, score: 3 })), submit: true }));
      const after = await ok(gw, ASSESSMENTS, { id }, { token: second.token });
      expect(after.score).toBeCloseTo(4);
      expect(after.assessments.map((a: { scores: { comment: string | null }[] }) => a.scores[0].comment)).toEqual(['first view', null]);
    });

    it('shows a reviewer nothing of practices they are not assigned to, and viewers only submitted assessments', async () => {
      const { id } = await createPractice(gw, editor);
      await completeAssessment(gw, editor, id, 4);
      await assignReviewer(gw, editor, id);
      const stranger = await gw.tokenFor(Role.REVIEWER);
      const seen = await ok(gw, ASSESSMENTS, { id }, { token: stranger });
      expect(seen).toMatchObject({ score: null, assessments: [] });
      const viewer = await ok(gw, ASSESSMENTS, { id }, { token: await gw.tokenFor(Role.VIEWER) });
      expect(viewer.score).toBe(4);
      expect(viewer.assessments.map((a: { status: string }) => a.status)).toEqual(['SUBMITTED']);
      expect(viewer.assessments[0].assessorName).toMatch(/REVIEWER/);
      const asEditor = await ok(gw, ASSESSMENTS, { id }, { token: editor });
      expect(asEditor.assessments.map((a: { status: string }) => a.status)).toEqual(['SUBMITTED', 'DRAFT']);
    });

    it('lets SELECTED through once an assessment is complete', async () => {
      const id = await practiceIn(gw, editor, 'UNDER_ASSESSMENT');
      await assignReviewer(gw, editor, id);
      errorOf(await changeStatus(gw, editor, id, 'SELECTED'), 'PHASE_RULE');
      await completeAssessment(gw, editor, id, 2);
      expect(dataOf(await changeStatus(gw, editor, id, 'SELECTED'))['changePracticeStatus'].status).toBe('SELECTED');
    });
  });
});
