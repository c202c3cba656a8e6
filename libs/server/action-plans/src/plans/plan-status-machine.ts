import { ObjectType } from 'type-graphql';
import { defineStateMachine, StateChangeType, type MoveRule, type Principal } from '@lr/server-core';
import { ACTION_PLANS } from '../common/access';
import { isParticipantUser, isPlansEditor, mayReview } from '../common/plan-access';
import { smartCheck } from '../smart/smart-check';
import { freezeVersion } from '../versions/freeze-version';
import { ActionPlan } from './action-plan.entity';
import { readPlanItems } from './plan-items';
import { PlanStatus } from './plan-status';

const { DRAFT, SUBMITTED, IN_REVIEW, REVISION_REQUESTED, FINAL, AWARDED } = PlanStatus;

/**
 * Participants submit their delegation's plan: the machine lets PARTICIPANT users make the move,
 * and `PlanWorkflowService` checks that the plan is their own delegation's before it moves.
 */
const submitters = (p: Principal) => isPlansEditor(p) || isParticipantUser(p);

const moves: MoveRule<PlanStatus>[] = [
  { from: [DRAFT, REVISION_REQUESTED], to: SUBMITTED, by: submitters },
  { from: SUBMITTED, to: IN_REVIEW, by: mayReview },
  { from: IN_REVIEW, to: REVISION_REQUESTED, by: mayReview, needsReason: true },
  { from: IN_REVIEW, to: FINAL, by: mayReview },
  // The fund's: recording a plan's first award makes it AWARDED; withdrawing its last takes it back.
  { from: FINAL, to: AWARDED, by: 'admins' },
  { from: AWARDED, to: FINAL, by: 'admins', needsReason: true },
];

/** The moves into and out of AWARDED, which only the fund makes (with an award, not a button). */
export const isFundMove = (from: PlanStatus, to: PlanStatus) => to === AWARDED || from === AWARDED;

/**
 * The review cycle of a take-home action plan (000 §42-§44): DRAFT → SUBMITTED → IN_REVIEW →
 * REVISION_REQUESTED → SUBMITTED … → FINAL, then AWARDED or not. Entering SUBMITTED freezes the
 * plan as its next version; accepting it (FINAL) is refused while the SMART check fails, the
 * guard naming every failing item. Moves are not webhook events: partners see only FINAL and
 * AWARDED plans, and a revision's reason is the reviewers' word to the delegation.
 */
export const planStatusMachine = defineStateMachine<ActionPlan, PlanStatus>({
  name: 'action_plan.status',
  module: ACTION_PLANS,
  entity: ActionPlan,
  property: 'status',
  label: 'plan',
  moves,
  guards: [
    {
      from: IN_REVIEW,
      to: FINAL,
      async check(ctx, plan) {
        const { objectives, activities } = await readPlanItems(ctx, plan.id);
        // "A plan needs its SMART check to pass: objective 2 … has no target date; activity 1 … before it is FINAL".
        return smartCheck(plan, objectives, activities).items.map((item, i) => ({
          code: `SMART:${item.path}:${item.rule}`,
          message: `${i === 0 ? 'its SMART check to pass: ' : ''}${item.message.charAt(0).toLowerCase()}${item.message.slice(1)}`,
        }));
      },
    },
  ],
  onEnter: {
    [SUBMITTED]: async (ctx, plan) => void (await freezeVersion(ctx, plan)),
  },
  publishesMoves: false,
});

/** One move of a plan through its review, with who made it and why. */
@ObjectType({ description: 'A move of an action plan through its review: from, to, why, who, when' })
export class PlanStatusChange extends StateChangeType(PlanStatus, 'PlanStatusChange') {}
