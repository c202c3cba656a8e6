import { defineStateMachine, publishEvent, type Missing, type MoveRule } from '@lr/server-core';
import { scoreSummaries } from '../assessments/practice-scores';
import { countCaseDocuments } from '../materials/practice-material.service';
import { STEP_ORDER, StepStatus } from '../systematization/systematization-step-kind';
import { ensureSteps, statusOfSteps } from '../systematization/systematization-step.service';
import { PRACTICES } from './practice-access';
import { PracticeStatus } from './practice-status';
import { Practice } from './practice.entity';

/** The event partners subscribe to for newly published practices. */
export const PRACTICE_PUBLISHED = 'practice.published';

const { IDENTIFIED, UNDER_ASSESSMENT, SELECTED, REJECTED, SYSTEMATIZED, PUBLISHED } = PracticeStatus;

/** The only moves there are; nothing goes back (a rejected practice stays rejected). */
const moves: MoveRule<PracticeStatus>[] = [
  { from: IDENTIFIED, to: UNDER_ASSESSMENT },
  { from: UNDER_ASSESSMENT, to: SELECTED },
  // Final, so the reason is kept for the practice's champions and for later assessors.
  { from: UNDER_ASSESSMENT, to: REJECTED, needsReason: true },
  { from: SELECTED, to: SYSTEMATIZED },
  { from: SYSTEMATIZED, to: PUBLISHED },
];

/** SELECTED needs a complete assessment (submitted, every criterion scored). */
async function completeAssessment(ctx: Parameters<typeof scoreSummaries>[0], practice: Practice): Promise<Missing[]> {
  const complete = (await scoreSummaries(ctx, [practice.id])).get(practice.id)?.completeAssessments ?? 0;
  return complete > 0 ? [] : [{ code: 'COMPLETE_ASSESSMENT', message: 'at least one complete assessment (submitted, every criterion scored)' }];
}

/** SYSTEMATIZED needs every step done and a case document with a link or a file. */
async function systematizationDone(ctx: Parameters<typeof scoreSummaries>[0], practice: Practice): Promise<Missing[]> {
  const steps = await statusOfSteps(ctx, practice.id);
  const missing: Missing[] = STEP_ORDER.filter((step) => (steps[step] ?? StepStatus.NOT_STARTED) !== StepStatus.DONE).map((step) => ({
    code: `STEP:${step}`,
    message: `the ${step} step done (it is ${steps[step] ?? StepStatus.NOT_STARTED})`,
  }));
  if ((await countCaseDocuments(ctx, practice.id)) < 1) missing.push({ code: 'CASE_DOCUMENT', message: 'at least one CASE_DOCUMENT material with a link or a file' });
  return missing;
}

/**
 * IDENTIFIED → UNDER_ASSESSMENT → SELECTED | REJECTED; SELECTED → SYSTEMATIZED → PUBLISHED.
 * Entering SELECTED opens the six systematization steps.
 */
export const practiceStatusMachine = defineStateMachine<Practice, PracticeStatus>({
  name: 'practice.status',
  module: PRACTICES,
  entity: Practice,
  property: 'status',
  label: 'practice',
  moves,
  guards: [
    { to: SELECTED, check: completeAssessment },
    { to: SYSTEMATIZED, check: systematizationDone },
  ],
  onEnter: {
    [SELECTED]: async (ctx, practice) => {
      await ensureSteps(ctx, practice.id);
    },
    // Partners follow new practices they may now read (webhooks).
    [PUBLISHED]: async (ctx, practice) => {
      await publishEvent(ctx, PRACTICE_PUBLISHED, { id: practice.id, title: practice.title, countryCode: practice.countryCode });
    },
  },
});
