import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, joinedOr, localizedFieldsResolver, LookAhead, NotForPartners, Reads, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { Country, LearningRoute, loadCountry, loadPerson, loadRoute, Person } from '@lr/server-core-domain';
import { FOLLOW_UP } from '../common/access';
import { FollowUpEvent } from './follow-up-event.entity';
import { CreateFollowUpEventInput, FollowUpEventsArgs, UpdateFollowUpEventInput } from './follow-up-event.inputs';
import { FollowUpEventService } from './follow-up-event.service';

@ObjectType()
export class FollowUpEventConnection extends ConnectionType(FollowUpEvent) {}

export const FollowUpEventTextResolver = localizedFieldsResolver(FollowUpEvent, [{ name: 'title' }, { name: 'notes', nullable: true }]);

@Resolver(() => FollowUpEvent)
export class FollowUpEventResolver {
  constructor(private readonly service: FollowUpEventService) {}

  @Allow.read()
  @Cost({ assumedSize: 20 })
  @Query(() => FollowUpEventConnection, { description: 'Final virtual meetings, technical-assistance visits and other follow-up events, oldest first. Participants see those of their own routes' })
  followUpEvents(@Ctx() ctx: RequestContext, @Args() args: FollowUpEventsArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => FollowUpEvent)
  followUpEvent(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => FollowUpEvent)
  createFollowUpEvent(@Ctx() ctx: RequestContext, @Arg('input') input: CreateFollowUpEventInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => FollowUpEvent)
  updateFollowUpEvent(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateFollowUpEventInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => ID, { description: 'Deletes the event at the version you read' })
  deleteFollowUpEvent(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @ToOne('route')
  @FieldResolver(() => LearningRoute, { nullable: true })
  route(@Ctx() ctx: RequestContext, @Root() event: FollowUpEvent) {
    return joinedOr(event.route, () => loadRoute(ctx, event.routeId));
  }

  @Reads('countryCode')
  @FieldResolver(() => Country, { nullable: true, description: 'For a technical-assistance visit: the country visited' })
  country(@Ctx() ctx: RequestContext, @Root() event: FollowUpEvent) {
    return event.countryCode ? loadCountry(ctx, event.countryCode) : null;
  }

  @NotForPartners()
  @Cost({ assumedSize: 15 })
  @Reads('participantIds')
  @FieldResolver(() => [Person], { nullable: true, description: 'The people who took part, in the order recorded; not for partners' })
  async participants(@Ctx() ctx: RequestContext, @Root() event: FollowUpEvent) {
    const people = await Promise.all(event.participantIds.map((id) => loadPerson(ctx, id)));
    return people.filter((p): p is Person => p !== null);
  }
}
