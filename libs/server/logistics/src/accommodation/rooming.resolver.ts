import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow, Cost, type RequestContext } from '@lr/server-core';
import { RoomingList, RoomingNight } from './rooming.types';
import { RoomingService } from './rooming.service';

@Resolver()
export class RoomingResolver {
  constructor(private readonly service: RoomingService) {}

  @Allow.user()
  @Cost({ base: 5 })
  @Query(() => RoomingList, { description: "Who sleeps in which room on one night of the route. Participants see their own room only; API keys are refused" })
  roomingList(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string, @Arg('night', { description: 'YYYY-MM-DD, within the route’s dates' }) night: string) {
    return this.service.roomingList(ctx, routeId, night);
  }

  @Allow.user()
  @Cost({ assumedSize: 10 })
  @Query(() => [RoomingNight], { description: 'Each night of the route with how many of its people have a room' })
  roomingNights(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string) {
    return this.service.roomingNights(ctx, routeId);
  }
}
