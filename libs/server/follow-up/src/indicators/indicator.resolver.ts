import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, joinedOr, loadMany, localizedFieldsResolver, LookAhead, NotForPartners, Reads, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { LearningRoute, loadPerson, loadProgramme, loadRoute, Person, Programme } from '@lr/server-core-domain';
import { ActionPlan } from '@lr/server-action-plans';
import { FOLLOW_UP } from '../common/access';
import { mayReadIndicator } from './indicator-access';
import { indicatorStatus, isOnTrack, progressShare } from './indicator-progress';
import { IndicatorStatus } from './indicator-status';
import { CreateTrackedIndicatorInput, TrackedIndicatorsArgs, UpdateTrackedIndicatorInput } from './indicator.inputs';
import { IndicatorService } from './indicator.service';
import { lastVerifiedLoaded } from './last-verified';
import { IndicatorRollup, IndicatorRollupScope, RollupService } from './rollup';
import { TrackedIndicator } from './tracked-indicator.entity';

@ObjectType()
export class TrackedIndicatorConnection extends ConnectionType(TrackedIndicator) {}

@ObjectType({ description: 'A verified value and the date it describes' })
export class IndicatorValue {
  @Field({ description: 'Decimal string' }) value: string;
  @Field({ description: 'YYYY-MM-DD' }) reportedOn: string;
}

export const TrackedIndicatorTextResolver = localizedFieldsResolver(TrackedIndicator, [
  { name: 'name', description: "What is measured, in the caller's language" },
  { name: 'objective', nullable: true, description: "The objective it measures, in the caller's language" },
]);

const LINE = ['baselineValue', 'baselineDate', 'targetValue', 'targetDate'] as const;

@Resolver(() => TrackedIndicator)
export class IndicatorResolver {
  constructor(
    private readonly service: IndicatorService,
    private readonly rollups: RollupService,
  ) {}

  @Allow.read()
  @Cost({ assumedSize: 20 })
  @Query(() => TrackedIndicatorConnection, {
    description: 'By target date. Participants see their routes’ indicators and those they own; partners, those of FINAL action plans',
  })
  trackedIndicators(@Ctx() ctx: RequestContext, @Args() args: TrackedIndicatorsArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => TrackedIndicator)
  trackedIndicator(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.read()
  @Query(() => IndicatorRollup, { description: 'The indicators of a plan, route or programme the caller may read, by status, with the list behind each number' })
  indicatorRollup(@Ctx() ctx: RequestContext, @Arg('scope', () => IndicatorRollupScope) scope: IndicatorRollupScope) {
    return this.rollups.rollup(ctx, scope);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => TrackedIndicator, { description: 'Adds an indicator to a programme directly (indicators of action plans come by themselves when a plan is FINAL)' })
  createTrackedIndicator(@Ctx() ctx: RequestContext, @Arg('input') input: CreateTrackedIndicatorInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => TrackedIndicator, { description: 'Its baseline and target are refused with CONFLICT once it has progress reports' })
  updateTrackedIndicator(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateTrackedIndicatorInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => ID, { description: "Deletes a programme's indicator at the version you read; CONFLICT while it has progress reports or when it comes from an action plan" })
  deleteTrackedIndicator(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Reads()
  @FieldResolver(() => IndicatorValue, { nullable: true, description: 'The latest verified report’s value (by its date)' })
  lastVerified(@Ctx() ctx: RequestContext, @Root() indicator: TrackedIndicator) {
    return lastVerifiedLoaded(ctx, indicator.id);
  }

  @Reads(...LINE)
  @FieldResolver(() => String, { nullable: true, description: 'Percent of the way from baseline to target at the last verified value, one decimal (e.g. "40"); may be below 0 or above 100' })
  async progressShare(@Ctx() ctx: RequestContext, @Root() indicator: TrackedIndicator) {
    return progressShare(indicator, await lastVerifiedLoaded(ctx, indicator.id));
  }

  @Reads(...LINE)
  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the last verified value is on or beyond the straight line from baseline to target at its date; null without data' })
  async onTrack(@Ctx() ctx: RequestContext, @Root() indicator: TrackedIndicator) {
    return isOnTrack(indicator, await lastVerifiedLoaded(ctx, indicator.id));
  }

  @Reads(...LINE)
  @FieldResolver(() => IndicatorStatus)
  async status(@Ctx() ctx: RequestContext, @Root() indicator: TrackedIndicator) {
    return indicatorStatus(indicator, await lastVerifiedLoaded(ctx, indicator.id));
  }

  @ToOne('programme')
  @FieldResolver(() => Programme, { nullable: true })
  programme(@Ctx() ctx: RequestContext, @Root() indicator: TrackedIndicator) {
    return joinedOr(indicator.programme, () => loadProgramme(ctx, indicator.programmeId));
  }

  @ToOne('route')
  @FieldResolver(() => LearningRoute, { nullable: true })
  route(@Ctx() ctx: RequestContext, @Root() indicator: TrackedIndicator) {
    return joinedOr(indicator.route, () => (indicator.routeId ? loadRoute(ctx, indicator.routeId) : null));
  }

  @NotForPartners()
  @ToOne('owner')
  @FieldResolver(() => Person, { nullable: true, description: 'Who reports on it; null for partners' })
  owner(@Ctx() ctx: RequestContext, @Root() indicator: TrackedIndicator) {
    return joinedOr(indicator.owner, () => (indicator.ownerPersonId ? loadPerson(ctx, indicator.ownerPersonId) : null));
  }
}

/** An action plan's indicators (what the plan's reader reads, so no second check). */
@Resolver(() => ActionPlan)
export class PlanIndicatorsResolver {
  @Cost({ assumedSize: 5 })
  @Reads()
  @FieldResolver(() => [TrackedIndicator], { description: 'The tracked indicators born from its objectives once it was FINAL' })
  trackedIndicators(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan, @LookAhead() selection: Selection) {
    return loadMany(ctx, TrackedIndicator, plan.id, 'planId', { order: { targetDate: 'ASC' }, selection });
  }
}

/** A route's indicators the caller may read. */
@Resolver(() => LearningRoute)
export class RouteIndicatorsResolver {
  @Cost({ assumedSize: 10 })
  @Reads()
  @FieldResolver(() => [TrackedIndicator], { description: 'The tracked indicators of the route the caller may read, by target date' })
  async trackedIndicators(@Ctx() ctx: RequestContext, @Root() route: LearningRoute, @LookAhead() selection: Selection) {
    const all = await loadMany(ctx, TrackedIndicator, route.id, 'routeId', { order: { targetDate: 'ASC' }, selection, reads: ['planId', 'routeId', 'ownerPersonId'] });
    const visible = await Promise.all(all.map((i) => mayReadIndicator(ctx, i)));
    return all.filter((_, n) => visible[n]);
  }
}
