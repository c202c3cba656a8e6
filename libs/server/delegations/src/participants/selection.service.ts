import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import {
  DomainError,
  ErrorCode,
  NotFoundError,
  PhaseRuleError,
  Service,
  StaleVersionError,
  StateChange,
  transition,
  type RequestContext,
} from '@lr/server-core';
import { loadPerson } from '@lr/server-core-domain';
import { CompositionService } from '../composition/composition.service';
import { withSelection } from '../composition/composition-rules';
import { Participant } from './participant.entity';
import { SelectionStatus } from './participant-enums';
import { selectionMachine } from './selection-machine';

@InputType()
export class ParticipantVersion {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read' }) @IsInt() version: number;
}

@InputType()
export class DecideParticipantsInput {
  @Field(() => [ParticipantVersion]) @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) participants: ParticipantVersion[];
  @Field(() => SelectionStatus, { description: 'SELECTED, WAITLISTED or DECLINED' }) @IsEnum(SelectionStatus) to: SelectionStatus;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

export enum NotPromoted {
  /** The participant was not SELECTED: no place was freed. */
  NOT_SELECTED = 'NOT_SELECTED',
  /** No one in the delegation is WAITLISTED. */
  NO_WAITLIST = 'NO_WAITLIST',
  /** Selecting the first waitlisted person would break a hard composition rule (see notPromotedRules). */
  COMPOSITION = 'COMPOSITION',
}
registerEnumType(NotPromoted, { name: 'NotPromoted', description: 'Why no one was promoted after a withdrawal' });

@ObjectType({ description: 'A withdrawal, and who took the place when the first waitlisted person of the delegation was promoted' })
export class Withdrawal {
  @Field(() => Participant) withdrawn: Participant;
  @Field(() => Participant, { nullable: true }) promoted: Participant | null;
  @Field(() => String, { nullable: true, description: 'Why no one was promoted though it was asked (no one waitlisted, or the composition rules)' })
  notPromotedBecause: string | null;
  @Field(() => NotPromoted, { nullable: true, description: 'notPromotedBecause as a code' }) notPromoted: NotPromoted | null;
  @Field(() => [String], { nullable: true, description: 'For COMPOSITION: the rules the promotion would break' }) notPromotedRules: string[] | null;
}

/** One participant of a bulk decision that could not be made. */
export interface BulkFailure {
  index: number;
  id: string;
  code: string;
  message: string;
  /** For PHASE_RULE: the composition rules the decision would break, and the moves open from the participant's status. */
  missing?: string[];
  allowed?: string[];
}

/** A bulk decision refused as a whole: every failing participant with its reason; nothing changed. */
export class BulkDecisionError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(readonly failures: BulkFailure[], total: number) {
    super(`${failures.length} of ${total} decisions could not be made, so none was: ${failures.map((f) => `#${f.index + 1}: ${f.message}`).join('; ')}`, {
      failures,
      fields: failures.map((f) => ({ path: `input.participants.${f.index}`, message: f.message })),
    });
  }
}

@Service()
export class SelectionService {
  constructor(private readonly composition: CompositionService) {}

  /**
   * One move through the selection machine. Every move first locks the route's composition
   * (the same lock for all moves, taken first, so concurrent moves cannot deadlock); a move to
   * SELECTED is refused with PHASE_RULE naming the hard rules it would break.
   */
  async move(ctx: RequestContext, input: { id: string; to: SelectionStatus; version: number; reason?: string | null }): Promise<Participant> {
    const found = await ctx.repo(Participant).findOne({ where: { id: input.id }, select: { id: true, routeId: true } });
    if (!found) throw new NotFoundError('Participant', input.id);
    const locked = await this.composition.lockRoute(ctx, found.routeId);
    const participant = await ctx.repo(Participant).findOneOrFail({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
    if (participant.version !== input.version) throw new StaleVersionError('Participant', input.id, input.version, participant.version);
    const from = participant.status;
    if (input.to === SelectionStatus.SELECTED && selectionMachine.moveBetween(from, input.to)) {
      const person = await loadPerson(ctx, participant.personId);
      const name = person ? `${person.givenName} ${person.familyName}` : 'this participant';
      await this.composition.assertAllowed(
        ctx,
        locked,
        (facts) => withSelection(facts, participant.delegationId, { sector: participant.sector, gender: person?.gender ?? 'UNDISCLOSED' }),
        `Selecting ${name}`,
        { from, to: input.to, allowed: selectionMachine.allowedMoves(ctx.principal, from) },
      );
    }
    return transition(ctx, selectionMachine, input);
  }

  /** Selects, waitlists or declines many at once: all or nothing, every failure reported. */
  async decideMany(ctx: RequestContext, input: DecideParticipantsInput): Promise<Participant[]> {
    if (![SelectionStatus.SELECTED, SelectionStatus.WAITLISTED, SelectionStatus.DECLINED].includes(input.to)) {
      throw new BulkDecisionError([{ index: 0, id: input.participants[0].id, code: ErrorCode.BAD_USER_INPUT, message: 'a bulk decision selects, waitlists or declines; withdraw people one by one' }], 1);
    }
    const done: Participant[] = [];
    const failures: BulkFailure[] = [];
    const seen = new Set<string>();
    for (const [index, item] of input.participants.entries()) {
      if (seen.has(item.id)) {
        failures.push({ index, id: item.id, code: ErrorCode.BAD_USER_INPUT, message: 'is listed twice' });
        continue;
      }
      seen.add(item.id);
      try {
        // In order, in one transaction: each decision sees the ones before it (a fourth person
        // selected into a team of three is refused even when all four are in the same batch).
        done.push(await this.move(ctx, { ...item, to: input.to, reason: input.reason }));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const { missing, allowed } = error.details as { missing?: string[]; allowed?: string[] };
        failures.push({ index, id: item.id, code: error.code, message: error.message, ...(missing ? { missing } : {}), ...(allowed ? { allowed } : {}) });
      }
    }
    // Throwing rolls the whole transaction back, the decisions that succeeded included.
    if (failures.length) throw new BulkDecisionError(failures, input.participants.length);
    return done;
  }

  /**
   * Withdraws a participant (a reason is required) and, if they were SELECTED and `promoteNext`
   * is set, selects the delegation's first waitlisted person (waitlisted longest ago), unless
   * the composition rules refuse it; then says why no one was promoted.
   */
  async withdraw(ctx: RequestContext, input: { id: string; version: number; reason: string; promoteNext: boolean }): Promise<Withdrawal> {
    const before = await ctx.repo(Participant).findOne({ where: { id: input.id }, select: { id: true, status: true } });
    const withdrawn = await this.move(ctx, { id: input.id, version: input.version, reason: input.reason, to: SelectionStatus.WITHDRAWN });
    const none = (notPromoted: NotPromoted | null, because: string | null, rules: string[] | null = null): Withdrawal => ({
      withdrawn,
      promoted: null,
      notPromotedBecause: because,
      notPromoted,
      notPromotedRules: rules,
    });
    if (!input.promoteNext) return none(null, null);
    if (before?.status !== SelectionStatus.SELECTED) return none(NotPromoted.NOT_SELECTED, 'the participant was not SELECTED, so no place was freed');
    const next = await this.firstWaitlisted(ctx, withdrawn.delegationId);
    if (!next) return none(NotPromoted.NO_WAITLIST, 'no one in the delegation is WAITLISTED');
    try {
      const promoted = await this.move(ctx, { id: next.id, version: next.version, to: SelectionStatus.SELECTED, reason: `Place freed by a withdrawal` });
      return { withdrawn, promoted, notPromotedBecause: null, notPromoted: null, notPromotedRules: null };
    } catch (error) {
      if (error instanceof PhaseRuleError) return none(NotPromoted.COMPOSITION, error.message, (error.details['missing'] as string[] | undefined) ?? []);
      throw error;
    }
  }

  /** The delegation's waitlisted participant who was waitlisted longest ago. */
  firstWaitlisted(ctx: RequestContext, delegationId: string): Promise<Participant | null> {
    return ctx
      .repo(Participant)
      .createQueryBuilder('pt')
      .leftJoin(StateChange, 'h', 'h.record_id = pt.id AND h.machine = :machine AND h.to_state = :waitlisted', {
        machine: selectionMachine.name,
        waitlisted: SelectionStatus.WAITLISTED,
      })
      .where('pt.delegation_id = :delegationId AND pt.status = :waitlisted', { delegationId })
      .groupBy('pt.id')
      .orderBy('MAX(h.at)', 'ASC', 'NULLS LAST')
      .addOrderBy('pt.id')
      .limit(1)
      .getOne();
  }
}
