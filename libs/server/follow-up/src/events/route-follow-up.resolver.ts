import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Cost, loadMany, LookAhead, Reads, type RequestContext, type Selection } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';
import { mayReadRoute } from './events-access';
import { FollowUpEvent } from './follow-up-event.entity';
import { ScalingStory } from './scaling-story.entity';

/** The follow-up module owns events and stories, so these fields of LearningRoute live here. */
@Resolver(() => LearningRoute)
export class RouteFollowUpResolver {
  @Cost({ assumedSize: 5 })
  @Reads()
  @FieldResolver(() => [FollowUpEvent], { description: 'Its final virtual meeting, technical-assistance visits and other follow-up events, oldest first' })
  async followUpEvents(@Ctx() ctx: RequestContext, @Root() route: LearningRoute, @LookAhead() selection: Selection) {
    if (!(await mayReadRoute(ctx, route.id))) return [];
    return loadMany(ctx, FollowUpEvent, route.id, 'routeId', { order: { date: 'ASC' }, selection });
  }

  @Cost({ assumedSize: 5 })
  @Reads()
  @FieldResolver(() => [ScalingStory], { description: 'Scaling-up stories of practices its participants adapted, most recently documented first' })
  async scalingStories(@Ctx() ctx: RequestContext, @Root() route: LearningRoute, @LookAhead() selection: Selection) {
    if (!(await mayReadRoute(ctx, route.id))) return [];
    return loadMany(ctx, ScalingStory, route.id, 'routeId', { order: { documentedOn: 'DESC' }, selection });
  }
}
