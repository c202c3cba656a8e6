import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Cost, isPartner, loadMany, LookAhead, Reads, type RequestContext, type Selection } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';
import { isParticipantUser, participantPersonId } from '../common/access';
import { Participant } from '../participants/participant.entity';
import { RouteTeamMember } from '../team/route-team-member.entity';
import { Delegation } from './delegation.entity';

/** The delegations module owns who travels on a route, so these fields of LearningRoute live here. */
@Resolver(() => LearningRoute)
export class RouteDelegationsResolver {
  @Cost({ assumedSize: 8 })
  @Reads()
  @FieldResolver(() => [Delegation], { description: 'Visiting delegations, by name. A participant sees them only on their own routes' })
  async delegations(@Ctx() ctx: RequestContext, @Root() route: LearningRoute, @LookAhead() selection: Selection) {
    if (isParticipantUser(ctx)) {
      const me = participantPersonId(ctx);
      const own = me ? await loadMany(ctx, Participant, me, 'personId', { reads: ['routeId'] }) : [];
      if (!own.some((p) => p.routeId === route.id)) return [];
    }
    return loadMany(ctx, Delegation, route.id, 'routeId', { order: { name: 'ASC' }, selection });
  }

  @Cost({ assumedSize: 6 })
  @Reads()
  @FieldResolver(() => [RouteTeamMember], { nullable: true, description: 'People who travel without being learners; null for partners' })
  routeTeam(@Ctx() ctx: RequestContext, @Root() route: LearningRoute, @LookAhead() selection: Selection) {
    if (isPartner(ctx.principal)) return null;
    return loadMany(ctx, RouteTeamMember, route.id, 'routeId', { order: { role: 'ASC', createdAt: 'ASC' }, selection });
  }
}
