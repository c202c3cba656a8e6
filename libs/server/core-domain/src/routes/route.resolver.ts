import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, joinedOr, localizedFieldsResolver, LookAhead, Reads, stateHistory, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { loadCountry, loadProgramme, loadThematicAreas } from '../common/core-reads';
import { Country } from '../countries/country.entity';
import { Programme } from '../programmes/programme.entity';
import { ThematicArea } from '../thematic-areas/thematic-area.entity';
import { LearningRoute } from './learning-route.entity';
import { routePhaseMachine } from './phase-machine';
import { RoutePhase } from './route-phase';
import { RoutePhaseChange } from './route-phase-change.type';
import { CreateRouteInput, RoutesArgs, UpdateRouteInput } from './route.inputs';
import { RouteService } from './route.service';

@ObjectType()
export class LearningRouteConnection extends ConnectionType(LearningRoute) {}

export const RouteTextResolver = localizedFieldsResolver(LearningRoute, [
  { name: 'title' },
  { name: 'summary', nullable: true },
  { name: 'learningObjectives', nullable: true },
]);

@Resolver(() => LearningRoute)
export class RouteResolver {
  constructor(private readonly service: RouteService) {}

  @Allow.read()
  @Query(() => LearningRouteConnection)
  routes(@Ctx() ctx: RequestContext, @Args() args: RoutesArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => LearningRoute)
  route(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit('core')
  @Mutation(() => LearningRoute)
  createRoute(@Ctx() ctx: RequestContext, @Arg('input') input: CreateRouteInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit('core')
  @Mutation(() => LearningRoute)
  updateRoute(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateRouteInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit('core')
  @Mutation(() => ID)
  deleteRoute(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Allow.edit('core')
  @Mutation(() => LearningRoute, {
    description:
      'Moves a route one phase forward (or, for an admin with a reason, one back). Refused with PHASE_RULE naming the allowed phases and what is missing, or CONFLICT when `version` is stale.',
  })
  advanceRoutePhase(
    @Ctx() ctx: RequestContext,
    @Arg('routeId', () => ID) routeId: string,
    @Arg('toPhase', () => RoutePhase) toPhase: RoutePhase,
    @Arg('version', () => Int, { description: 'The version of the route you read' }) version: number,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ) {
    return this.service.advancePhase(ctx, routeId, toPhase, version, reason);
  }

  @ToOne('programme')
  @FieldResolver(() => Programme)
  programme(@Ctx() ctx: RequestContext, @Root() route: LearningRoute) {
    return joinedOr(route.programme, () => loadProgramme(ctx, route.programmeId));
  }

  @ToOne('hostCountry')
  @FieldResolver(() => Country)
  hostCountry(@Ctx() ctx: RequestContext, @Root() route: LearningRoute) {
    return joinedOr(route.hostCountry, () => loadCountry(ctx, route.hostCountryCode));
  }

  @Cost({ assumedSize: 10 })
  @Reads('thematicAreaIds')
  @FieldResolver(() => [ThematicArea])
  async thematicAreas(@Ctx() ctx: RequestContext, @Root() route: LearningRoute) {
    return loadThematicAreas(ctx, route.thematicAreaIds);
  }

  @Cost({ assumedSize: 10 })
  @Reads()
  @FieldResolver(() => [RoutePhaseChange], { description: 'Every phase move, oldest first' })
  phaseHistory(@Ctx() ctx: RequestContext, @Root() route: LearningRoute) {
    return stateHistory(ctx, routePhaseMachine, route.id);
  }

  @Reads('phase')
  @FieldResolver(() => [RoutePhase], { description: 'Phases the caller may move the route to now' })
  allowedNextPhases(@Ctx() ctx: RequestContext, @Root() route: LearningRoute) {
    return routePhaseMachine.allowedMoves(ctx.principal, route.phase);
  }
}
