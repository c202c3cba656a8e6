import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DomainError, ErrorCode, PhaseRuleError, Service, ValidationError, type RequestContext } from '@lr/server-core';
import { ActionPlan } from './action-plan.entity';
import { PlanStatus } from './plan-status';
import { PlanWorkflowService } from './plan-workflow.service';

/** What became of one plan of a bulk move. */
export enum PlanMoveResult {
  DONE = 'DONE',
  REFUSED = 'REFUSED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(PlanMoveResult, {
  name: 'PlanMoveResult',
  description: 'DONE: moved; REFUSED: this plan could not move (code, message, constraint say why); UNCHANGED: already there, or left as it was because another plan of the same all-or-nothing move was refused',
});

@InputType({ description: 'A plan to move, with the version the caller read (a stale one is refused with CONFLICT)' })
export class PlanMoveItem {
  @Field(() => ID) @IsUUID() planId: string;
  @Field(() => Int) @IsInt() version: number;
}

@InputType()
export class ChangeActionPlanStatusesInput {
  @Field(() => [PlanMoveItem]) @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) moves: PlanMoveItem[];
  @Field(() => PlanStatus) @IsEnum(PlanStatus) toStatus: PlanStatus;
  @Field(() => String, { nullable: true, description: 'Why, for every plan (needed to ask for a revision)' }) @IsOptional() @IsString() @MaxLength(2000) reason?: string | null;
}

@ObjectType({ description: 'What became of one plan of changeActionPlanStatuses, in the order asked' })
export class PlanMoveOutcome {
  @Field(() => ID) planId: string;
  @Field(() => PlanMoveResult) result: PlanMoveResult;
  @Field(() => String, { nullable: true, description: 'The error code of a refusal (CONFLICT, PHASE_RULE, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT)' }) code: string | null;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => String, { nullable: true, description: 'The rule a refusal broke, for clients that word it themselves: planChanged, moveNotAllowed, notYours, planExists, listedOnce, or the rule’s own' })
  constraint: string | null;
  @Field(() => ActionPlan, { nullable: true, description: 'The plan as it is after the move (DONE, or UNCHANGED because it was already there)' }) plan: ActionPlan | null;
}

/** A bulk move refused as a whole: `extensions.outcomes` says what became of each plan (none moved). */
export class BulkPlanMoveError extends DomainError {
  readonly code: ErrorCode;
  constructor(outcomes: PlanMoveOutcome[]) {
    const refused = outcomes.filter((o) => o.result === PlanMoveResult.REFUSED);
    // One code for the whole: the refusals' own when they agree (e.g. all CONFLICT), else BAD_USER_INPUT.
    const codes = new Set(refused.map((o) => o.code));
    super(`${refused.length} of ${outcomes.length} plans could not move, so none did: ${refused.map((o) => `${o.planId}: ${o.message}`).join('; ')}`, {
      outcomes: outcomes.map(({ plan: _plan, ...row }) => row),
      fields: outcomes.flatMap((o, index) => (o.result === PlanMoveResult.REFUSED ? [{ path: `input.moves.${index}`, message: o.message ?? '', constraint: o.constraint }] : [])),
    });
    const [only] = codes;
    this.code = codes.size === 1 && only ? (only as ErrorCode) : ErrorCode.BAD_USER_INPUT;
  }
}

/** The rule a refused move broke, for the portal's words: the error's own, else one named after its code. */
function constraintOf(error: DomainError): string {
  const own = error.details['constraint'];
  if (typeof own === 'string') return own;
  if (error instanceof ValidationError && error.fields[0]?.constraint) return error.fields[0].constraint;
  if (error instanceof ValidationError && error.fields[0]?.path === 'reason') return 'reasonRequired';
  const missing = error.details['missing'];
  if (Array.isArray(missing) && typeof missing[0] === 'string' && missing[0].startsWith('SMART:')) return 'smartCheckFails';
  if (error.code === ErrorCode.CONFLICT) return 'planChanged';
  if (error.code === ErrorCode.PHASE_RULE) return 'moveNotAllowed';
  if (error.code === ErrorCode.FORBIDDEN) return 'notYours';
  if (error.code === ErrorCode.NOT_FOUND) return 'planExists';
  return 'moveRefused';
}

const refusedRow = (planId: string, error: DomainError): PlanMoveOutcome => ({
  planId,
  result: PlanMoveResult.REFUSED,
  code: error.code,
  message: error.message,
  constraint: constraintOf(error),
  plan: null,
});

/**
 * Moves many plans at once (e.g. a reviewer takes every SUBMITTED plan of a route into review),
 * each through `PlanWorkflowService.changeStatus`, so each plan meets the same machine, guards
 * and `by` rules as a single move. All or nothing, as `decideParticipants` (0011) and
 * `verifyProgressReports`: people act on what they chose as one decision, and a half-done
 * move would leave them to find which plans moved; on a refusal nothing is kept and every row
 * says why it was refused or that it was left unchanged, so they can retry the others.
 * A plan already in the target status is UNCHANGED, not refused: someone else got there first.
 */
@Service()
export class PlanBulkMoveService {
  constructor(private readonly workflow: PlanWorkflowService) {}

  async changeStatuses(ctx: RequestContext, input: ChangeActionPlanStatusesInput): Promise<PlanMoveOutcome[]> {
    const outcomes: PlanMoveOutcome[] = new Array(input.moves.length);
    const seen = new Set<string>();
    // Locks are taken in id order whatever the order asked, so two bulk moves over the same plans cannot deadlock.
    const order = input.moves.map((move, index) => ({ move, index })).sort((a, b) => a.move.planId.localeCompare(b.move.planId) || a.index - b.index);
    for (const { move, index } of order) {
      if (seen.has(move.planId)) {
        outcomes[index] = refusedRow(move.planId, ValidationError.field(`input.moves.${index}.planId`, 'is listed twice', 'listedOnce'));
        continue;
      }
      seen.add(move.planId);
      outcomes[index] = await this.moveOne(ctx, move, input.toStatus, input.reason);
    }
    if (outcomes.some((o) => o.result === PlanMoveResult.REFUSED)) {
      // Throwing rolls the whole transaction back, the moves that succeeded included: say so on their rows.
      throw new BulkPlanMoveError(outcomes.map((o) => (o.result === PlanMoveResult.REFUSED ? o : { ...o, result: PlanMoveResult.UNCHANGED, plan: null })));
    }
    return outcomes;
  }

  private async moveOne(ctx: RequestContext, move: PlanMoveItem, to: PlanStatus, reason?: string | null): Promise<PlanMoveOutcome> {
    try {
      const plan = await this.workflow.changeStatus(ctx, move.planId, to, move.version, reason);
      return { planId: move.planId, result: PlanMoveResult.DONE, code: null, message: null, constraint: null, plan };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // Already there (a stale version included: someone else made the same move first). Both
      // errors come after the read check, so this says nothing about a plan the caller may not read.
      const sameMove = error instanceof PhaseRuleError && error.details['from'] === to;
      if (sameMove || error.code === ErrorCode.CONFLICT) {
        const plan = await ctx.repo(ActionPlan).findOneBy({ id: move.planId });
        if (plan?.status === to) return { planId: move.planId, result: PlanMoveResult.UNCHANGED, code: null, message: `is already ${to}`, constraint: 'alreadyThere', plan };
      }
      return refusedRow(move.planId, error);
    }
  }
}
