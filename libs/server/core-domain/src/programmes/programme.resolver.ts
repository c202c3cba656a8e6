import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Allow,
  ConnectionType,
  Cost,
  LookAhead,
  Money,
  Reads,
  ToOne,
  joinedOr,
  loadMany,
  localizedFieldsResolver,
  moneyFromMinor,
  type RequestContext,
  type Selection,
} from '@lr/server-core';
import { loadOrganisation, loadThematicAreas } from '../common/core-reads';
import { Organisation } from '../organisations/organisation.entity';
import { LearningRoute } from '../routes/learning-route.entity';
import { ThematicArea } from '../thematic-areas/thematic-area.entity';
import { Programme } from './programme.entity';
import { CreateProgrammeInput, ProgrammesArgs, UpdateProgrammeInput } from './programme.inputs';
import { ProgrammeService } from './programme.service';

@ObjectType()
export class ProgrammeConnection extends ConnectionType(Programme) {}

export const ProgrammeTextResolver = localizedFieldsResolver(Programme, [
  { name: 'name' },
  { name: 'objectives', nullable: true },
]);

@Resolver(() => Programme)
export class ProgrammeResolver {
  constructor(private readonly service: ProgrammeService) {}

  @Allow.read()
  @Query(() => ProgrammeConnection, { description: 'Programmes, most recent first' })
  programmes(@Ctx() ctx: RequestContext, @Args() args: ProgrammesArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => Programme)
  programme(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit('core')
  @Mutation(() => Programme)
  createProgramme(@Ctx() ctx: RequestContext, @Arg('input') input: CreateProgrammeInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit('core')
  @Mutation(() => Programme)
  updateProgramme(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateProgrammeInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit('core')
  @Mutation(() => ID, { description: 'Refused with CONFLICT while the programme has routes' })
  deleteProgramme(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Reads('budgetMinor', 'currency')
  @FieldResolver(() => Money, { nullable: true })
  budget(@Root() p: Programme) {
    return moneyFromMinor(p.budgetMinor, p.currency);
  }

  @ToOne('funder')
  @FieldResolver(() => Organisation, { nullable: true })
  funder(@Ctx() ctx: RequestContext, @Root() p: Programme) {
    return joinedOr(p.funder, () => (p.funderId ? loadOrganisation(ctx, p.funderId) : null));
  }

  @ToOne('coordinator')
  @FieldResolver(() => Organisation, { nullable: true })
  coordinator(@Ctx() ctx: RequestContext, @Root() p: Programme) {
    return joinedOr(p.coordinator, () => (p.coordinatorId ? loadOrganisation(ctx, p.coordinatorId) : null));
  }

  @ToOne('facilitator')
  @FieldResolver(() => Organisation, { nullable: true })
  facilitator(@Ctx() ctx: RequestContext, @Root() p: Programme) {
    return joinedOr(p.facilitator, () => (p.facilitatorId ? loadOrganisation(ctx, p.facilitatorId) : null));
  }

  @Cost({ assumedSize: 10 })
  @Reads('thematicAreaIds')
  @FieldResolver(() => [ThematicArea])
  async thematicAreas(@Ctx() ctx: RequestContext, @Root() p: Programme) {
    return loadThematicAreas(ctx, p.thematicAreaIds);
  }

  @Cost({ assumedSize: 20 })
  @Reads()
  @FieldResolver(() => [LearningRoute], { description: 'Its routes, by start date' })
  routes(@Ctx() ctx: RequestContext, @Root() p: Programme, @LookAhead() selection: Selection) {
    return loadMany(ctx, LearningRoute, p.id, 'programmeId', { order: { startDate: 'ASC' }, selection });
  }
}
