import { AssessmentStatus } from './assessment-status';
import { seesAssessorDetails, seesPracticeScore, visibleAssessments, type AssessmentViewer } from './assessment-visibility';

const a = (assessorId: string, status: AssessmentStatus) => ({ assessorId, status });
const all = [a('ana', AssessmentStatus.SUBMITTED), a('ben', AssessmentStatus.DRAFT), a('cai', AssessmentStatus.SUBMITTED)];
const ids = (viewer: AssessmentViewer, list = all) => visibleAssessments(viewer, list).map((x) => x.assessorId);
const reviewer = (userId: string): AssessmentViewer => ({ kind: 'user', userId, reviewer: true });

describe('who sees which assessments', () => {
  it('shows editors everything, drafts included', () => {
    expect(ids({ kind: 'editor' })).toEqual(['ana', 'ben', 'cai']);
    expect(seesPracticeScore({ kind: 'editor' }, all)).toBe(true);
  });

  it('shows partners the submitted ones, never who wrote them', () => {
    expect(ids({ kind: 'partner' })).toEqual(['ana', 'cai']);
    expect(seesAssessorDetails({ kind: 'partner' })).toBe(false);
    expect(seesAssessorDetails({ kind: 'editor' })).toBe(true);
  });

  it('hides the others from an assessor until they have submitted', () => {
    expect(ids(reviewer('ben'))).toEqual(['ben']);
    expect(seesPracticeScore(reviewer('ben'), all)).toBe(false);
  });

  it('shows a reviewer who submitted the other submitted assessments', () => {
    expect(ids(reviewer('ana'))).toEqual(['ana', 'cai']);
    expect(seesPracticeScore(reviewer('ana'), all)).toBe(true);
  });

  it('shows a reviewer nothing of practices they are not assigned to', () => {
    expect(ids(reviewer('dan'))).toEqual([]);
    expect(seesPracticeScore(reviewer('dan'), all)).toBe(false);
  });

  it('shows other signed-in users the submitted ones', () => {
    const viewer: AssessmentViewer = { kind: 'user', userId: 'val', reviewer: false };
    expect(ids(viewer)).toEqual(['ana', 'cai']);
    expect(seesPracticeScore(viewer, all)).toBe(true);
  });
});
