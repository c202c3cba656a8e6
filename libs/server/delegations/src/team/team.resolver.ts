import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, joinedOr, ToOne, type RequestContext } from '@lr/server-core';
import { loadPerson, Person } from '@lr/server-core-domain';
import { DELEGATIONS } from '../common/access';
import { RouteTeamMember } from './route-team-member.entity';
import { AddTeamMemberInput, UpdateTeamMemberInput } from './team.inputs';
import { TeamService } from './team.service';

@Resolver(() => RouteTeamMember)
export class TeamResolver {
  constructor(private readonly team: TeamService) {}

  @Allow.edit(DELEGATIONS)
  @Mutation(() => RouteTeamMember, { description: 'Adds someone to the route team; refused with PHASE_RULE if the route would be over its size' })
  addRouteTeamMember(@Ctx() ctx: RequestContext, @Arg('input') input: AddTeamMemberInput) {
    return this.team.add(ctx, input);
  }

  @Allow.edit(DELEGATIONS)
  @Mutation(() => RouteTeamMember)
  updateRouteTeamMember(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateTeamMemberInput) {
    return this.team.update(ctx, input);
  }

  @Allow.edit(DELEGATIONS)
  @Mutation(() => ID, { description: 'Removes them from the route team; returns the id' })
  removeRouteTeamMember(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.team.remove(ctx, id, version);
  }

  @ToOne('person')
  @FieldResolver(() => Person, { nullable: true })
  person(@Ctx() ctx: RequestContext, @Root() member: RouteTeamMember) {
    return joinedOr(member.person, () => loadPerson(ctx, member.personId));
  }
}
