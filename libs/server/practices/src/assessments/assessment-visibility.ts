import { Role, type Principal } from '@lr/server-core';
import { canEditPractices } from '../practices/practice-access';
import { AssessmentStatus } from './assessment-status';

/** Who is looking, as far as assessments are concerned. */
export type AssessmentViewer =
  | { kind: 'editor' }
  | { kind: 'partner' }
  | { kind: 'user'; userId: string; reviewer: boolean };

export function assessmentViewer(principal: Principal): AssessmentViewer {
  if (canEditPractices(principal)) return { kind: 'editor' };
  if (principal.kind !== 'user') return { kind: 'partner' };
  return { kind: 'user', userId: principal.userId, reviewer: principal.role === Role.REVIEWER };
}

interface Visible {
  assessorId: string;
  status: AssessmentStatus;
}

/**
 * The assessments of one practice a viewer may see.
 * - Editors of practices and admins: all, drafts included.
 * - Partners: submitted ones (without identities or comments, see `seesAssessorDetails`).
 * - An assessor who has not submitted: only their own (independence).
 * - Other reviewers: only their own assignments; once theirs is submitted, the others' submitted too.
 * - Everyone else signed in: the submitted ones.
 */
export function visibleAssessments<T extends Visible>(viewer: AssessmentViewer, assessments: readonly T[]): T[] {
  if (viewer.kind === 'editor') return [...assessments];
  const submitted = assessments.filter((a) => a.status === AssessmentStatus.SUBMITTED);
  if (viewer.kind === 'partner') return submitted;
  const mine = assessments.find((a) => a.assessorId === viewer.userId);
  if (mine && mine.status !== AssessmentStatus.SUBMITTED) return [mine];
  if (viewer.reviewer && !mine) return [];
  return submitted;
}

/** The practice's score, which gives others' scores away, follows the same independence rule. */
export function seesPracticeScore(viewer: AssessmentViewer, assessments: readonly Visible[]): boolean {
  if (viewer.kind !== 'user') return true;
  const mine = assessments.find((a) => a.assessorId === viewer.userId);
  if (mine) return mine.status === AssessmentStatus.SUBMITTED;
  return !viewer.reviewer;
}

/** Partners never learn who assessed a practice, nor what they wrote. */
export function seesAssessorDetails(viewer: AssessmentViewer): boolean {
  return viewer.kind !== 'partner';
}
