import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, joinedOr, LookAhead, Reads, stateHistory, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { loadProgramme, Programme } from '@lr/server-core-domain';
import { FOLLOW_UP } from '../common/access';
import { PeriodChange, periodStatusMachine } from './period-machine';
import { autoLockAt, reminderAt } from './period-schedule';
import { PeriodStatus } from './period-status';
import { CreateReportingPeriodInput, ReportingPeriodsArgs, UpdateReportingPeriodInput } from './period.inputs';
import { ReportingPeriod } from './reporting-period.entity';
import { ReportingPeriodService } from './reporting-period.service';

@ObjectType()
export class ReportingPeriodConnection extends ConnectionType(ReportingPeriod) {}

const day = (at: Date) => at.toISOString().slice(0, 10);

@Resolver(() => ReportingPeriod)
export class ReportingPeriodResolver {
  constructor(private readonly service: ReportingPeriodService) {}

  @Allow.read()
  @Query(() => ReportingPeriodConnection, { description: "A programme's reporting periods, earliest first" })
  reportingPeriods(@Ctx() ctx: RequestContext, @Args() args: ReportingPeriodsArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => ReportingPeriod)
  reportingPeriod(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => ReportingPeriod, { description: 'An OPEN period; owners are reminded 7 days before closesOn, and it locks itself the day after closesOn' })
  createReportingPeriod(@Ctx() ctx: RequestContext, @Arg('input') input: CreateReportingPeriodInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => ReportingPeriod, { description: 'Changes an OPEN period; its dates may not leave any of its reports outside it' })
  updateReportingPeriod(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateReportingPeriodInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => ID, { description: 'Deletes the period at the version you read; refused with CONFLICT while reports are dated in it' })
  deleteReportingPeriod(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Allow.admin()
  @Mutation(() => ReportingPeriod, { description: 'Locks the period: reports dated in it can no longer be added or changed' })
  lockReportingPeriod(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.lock(ctx, id, version);
  }

  @Allow.admin()
  @Mutation(() => ReportingPeriod, { description: 'Reopens a locked period; the reason is kept in its history' })
  reopenReportingPeriod(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string) {
    return this.service.reopen(ctx, id, version, reason);
  }

  @ToOne('programme')
  @FieldResolver(() => Programme, { nullable: true })
  programme(@Ctx() ctx: RequestContext, @Root() period: ReportingPeriod) {
    return joinedOr(period.programme, () => loadProgramme(ctx, period.programmeId));
  }

  @Reads('closesOn')
  @FieldResolver(() => String, { description: 'YYYY-MM-DD: the day owners with no report in the period are reminded' })
  reminderOn(@Root() period: ReportingPeriod) {
    return day(reminderAt(period.closesOn));
  }

  @Reads('closesOn')
  @FieldResolver(() => String, { description: 'YYYY-MM-DD: the day the period locks itself if it is still OPEN' })
  locksOn(@Root() period: ReportingPeriod) {
    return day(autoLockAt(period.closesOn));
  }

  @Cost({ assumedSize: 2 })
  @Reads('status')
  @FieldResolver(() => [PeriodStatus], { description: 'The moves open to the caller (admins)' })
  allowedMoves(@Ctx() ctx: RequestContext, @Root() period: ReportingPeriod) {
    return periodStatusMachine.allowedMoves(ctx.principal, period.status);
  }

  @Cost({ assumedSize: 4 })
  @Reads()
  @FieldResolver(() => [PeriodChange], { description: 'When it was locked and reopened, by whom and why; oldest first' })
  history(@Ctx() ctx: RequestContext, @Root() period: ReportingPeriod) {
    return stateHistory(ctx, periodStatusMachine, period.id);
  }
}
