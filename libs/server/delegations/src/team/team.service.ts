import { loadForUpdate, ReferenceCheck, Service, type RequestContext } from '@lr/server-core';
import { PersonRef, RouteRef } from '@lr/server-core-domain';
import { assertRouteOpen } from '../common/route-state';
import { withTeamMember } from '../composition/composition-rules';
import { CompositionService } from '../composition/composition.service';
import { ParticipantService } from '../participants/participant.service';
import { RouteTeamMember } from './route-team-member.entity';
import type { AddTeamMemberInput, UpdateTeamMemberInput } from './team.inputs';

@Service()
export class TeamService {
  constructor(
    private readonly composition: CompositionService,
    private readonly participants: ParticipantService,
  ) {}

  /** The route team, by role then when they joined. */
  ofRoute(ctx: RequestContext, routeId: string): Promise<RouteTeamMember[]> {
    return ctx.repo(RouteTeamMember).find({ where: { routeId }, order: { role: 'ASC', createdAt: 'ASC' } });
  }

  /** The team counts toward the route's size: adding someone who would take it over is refused. */
  async add(ctx: RequestContext, input: AddTeamMemberInput): Promise<RouteTeamMember> {
    const check = new ReferenceCheck(ctx);
    await check.one(RouteRef, input.routeId, 'input.routeId');
    await check.one(PersonRef, input.personId, 'input.personId');
    check.assertValid();
    await assertRouteOpen(ctx, input.routeId);
    const locked = await this.composition.lockRoute(ctx, input.routeId);
    await this.participants.assertNotOnRoute(ctx, input.routeId, input.personId);
    await this.composition.assertAllowed(ctx, locked, withTeamMember, 'Adding a route team member', { from: 'TEAM', to: 'TEAM', allowed: [] });
    const repo = ctx.repo(RouteTeamMember);
    return repo.save(repo.create({ routeId: input.routeId, personId: input.personId, role: input.role }));
  }

  async update(ctx: RequestContext, input: UpdateTeamMemberInput): Promise<RouteTeamMember> {
    const member = await loadForUpdate(ctx, RouteTeamMember, input.id, input.version);
    await assertRouteOpen(ctx, member.routeId);
    member.role = input.role;
    return ctx.repo(RouteTeamMember).save(member);
  }

  async remove(ctx: RequestContext, id: string, version: number): Promise<string> {
    const member = await loadForUpdate(ctx, RouteTeamMember, id, version);
    await assertRouteOpen(ctx, member.routeId);
    await ctx.repo(RouteTeamMember).remove(member);
    return id;
  }
}
