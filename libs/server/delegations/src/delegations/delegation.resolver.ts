import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, isPartner, joinedOr, loadMany, LookAhead, Reads, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { Country, LearningRoute, loadCountry, loadOrganisations, loadPerson, loadRoute, Organisation, Person } from '@lr/server-core-domain';
import { DELEGATIONS, isParticipantUser, participantPersonId } from '../common/access';
import { Participant } from '../participants/participant.entity';
import { SelectionStatus } from '../participants/participant-enums';
import { Delegation } from './delegation.entity';
import { CreateDelegationInput, DelegationsArgs, UpdateDelegationInput } from './delegation.inputs';
import { DelegationService } from './delegation.service';

@ObjectType()
export class DelegationConnection extends ConnectionType(Delegation) {}

/** The members a caller may see of one delegation (the module's row-level rules, for a nested list). */
async function visibleMembers(ctx: RequestContext, delegation: Delegation, selection?: Selection): Promise<Participant[]> {
  const members = await loadMany(ctx, Participant, delegation.id, 'delegationId', { order: { createdAt: 'ASC' }, selection, reads: ['status', 'personId'] });
  if (isPartner(ctx.principal)) return members.filter((m) => m.status === SelectionStatus.SELECTED);
  if (!isParticipantUser(ctx)) return members;
  const me = participantPersonId(ctx);
  return me && members.some((m) => m.personId === me) ? members : [];
}

@Resolver(() => Delegation)
export class DelegationResolver {
  constructor(private readonly service: DelegationService) {}

  @Allow.read()
  @Query(() => DelegationConnection, { description: 'Ordered by name. Participants see the delegations of their own routes' })
  delegations(@Ctx() ctx: RequestContext, @Args() args: DelegationsArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => Delegation)
  delegation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(DELEGATIONS)
  @Mutation(() => Delegation)
  createDelegation(@Ctx() ctx: RequestContext, @Arg('input') input: CreateDelegationInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(DELEGATIONS)
  @Mutation(() => Delegation)
  updateDelegation(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateDelegationInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(DELEGATIONS)
  @Mutation(() => ID, { description: 'Deletes the delegation at the version you read; refused with CONFLICT while it has participants' })
  deleteDelegation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @ToOne('route')
  @FieldResolver(() => LearningRoute, { nullable: true })
  route(@Ctx() ctx: RequestContext, @Root() delegation: Delegation) {
    return joinedOr(delegation.route, () => loadRoute(ctx, delegation.routeId));
  }

  @ToOne('country')
  @FieldResolver(() => Country, { nullable: true })
  country(@Ctx() ctx: RequestContext, @Root() delegation: Delegation) {
    return joinedOr(delegation.country, () => (delegation.countryCode ? loadCountry(ctx, delegation.countryCode) : null));
  }

  @ToOne('headPerson')
  @FieldResolver(() => Person, { nullable: true, description: 'The head of delegation' })
  headPerson(@Ctx() ctx: RequestContext, @Root() delegation: Delegation) {
    return joinedOr(delegation.headPerson, () => (delegation.headPersonId ? loadPerson(ctx, delegation.headPersonId) : null));
  }

  @Cost({ assumedSize: 3 })
  @Reads('organisationIds')
  @FieldResolver(() => [Organisation])
  organisations(@Ctx() ctx: RequestContext, @Root() delegation: Delegation) {
    return loadOrganisations(ctx, delegation.organisationIds);
  }

  @Cost({ assumedSize: 5 })
  @Reads()
  @FieldResolver(() => [Participant], { description: 'In the order they were added. Partners see SELECTED participants only; participants, their own delegation only' })
  participants(@Ctx() ctx: RequestContext, @Root() delegation: Delegation, @LookAhead() selection: Selection) {
    return visibleMembers(ctx, delegation, selection);
  }

  @Reads()
  @FieldResolver(() => Int, { description: 'Participants SELECTED' })
  async selectedCount(@Ctx() ctx: RequestContext, @Root() delegation: Delegation) {
    // Same loader as `participants` without a selection: asking for both costs one more statement at most.
    const members = await loadMany(ctx, Participant, delegation.id, 'delegationId', { order: { createdAt: 'ASC' }, reads: ['status'] });
    return members.filter((m) => m.status === SelectionStatus.SELECTED).length;
  }
}
