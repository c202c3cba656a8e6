import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, joinedOr, loadOne, LookAhead, Money, moneyFromMinor, Reads, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { LearningRoute, loadPerson, loadRoute, Person } from '@lr/server-core-domain';
import { InternalOnly } from '../budget/budget-access';
import { LOGISTICS } from '../common/access';
import { nightsOf, stayCostMinor } from './nights';
import { Room } from './room.entity';
import { Stay } from './stay.entity';
import { AddStayInput, StaysArgs, UpdateStayInput } from './stay.inputs';
import { StayService } from './stay.service';

@ObjectType()
export class StayConnection extends ConnectionType(Stay) {}

@Resolver(() => Stay)
export class StayResolver {
  constructor(private readonly service: StayService) {}

  @Allow.user()
  @Query(() => StayConnection, { description: 'By check-in. Participants see their own stays only; API keys are refused' })
  stays(@Ctx() ctx: RequestContext, @Args() args: StaysArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.user()
  @Query(() => Stay, { description: 'NOT_FOUND for a participant asking for someone else’s stay' })
  stay(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Stay, {
    description:
      "Refused on the field concerned when a night falls outside the route's dates, the person is not travelling on the route, the room is full on a night, or the person already has a room that night",
  })
  addStay(@Ctx() ctx: RequestContext, @Arg('input') input: AddStayInput) {
    return this.service.add(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Stay, { description: 'Moves a stay to other dates or another room, under the same rules as addStay' })
  updateStay(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateStayInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => ID, { description: 'Removes the stay at the version you read' })
  removeStay(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.remove(ctx, id, version);
  }

  @ToOne('person')
  @FieldResolver(() => Person, { nullable: true, description: "The core person; contact details follow the core's privacy policy" })
  person(@Ctx() ctx: RequestContext, @Root() stay: Stay) {
    return joinedOr(stay.person, () => loadPerson(ctx, stay.personId));
  }

  @ToOne('room')
  @FieldResolver(() => Room, { nullable: true })
  room(@Ctx() ctx: RequestContext, @Root() stay: Stay) {
    return joinedOr(stay.room, () => loadOne(ctx, Room, stay.roomId));
  }

  @ToOne('route')
  @FieldResolver(() => LearningRoute, { nullable: true })
  route(@Ctx() ctx: RequestContext, @Root() stay: Stay) {
    return joinedOr(stay.route, () => loadRoute(ctx, stay.routeId));
  }

  @Reads('checkIn', 'checkOut')
  @FieldResolver(() => Int, { description: 'Nights from check-in to the night before check-out' })
  nights(@Root() stay: Stay) {
    return nightsOf(stay.checkIn, stay.checkOut).length;
  }

  @InternalOnly()
  @Reads('nightlyRateMinor', 'nightlyRateCurrency')
  @FieldResolver(() => Money, { nullable: true, description: "Per night; null when neither the stay nor its room had a rate, and for partners and participants" })
  nightlyRate(@Root() stay: Stay) {
    return moneyFromMinor(stay.nightlyRateMinor, stay.nightlyRateCurrency);
  }

  @InternalOnly()
  @Reads('checkIn', 'checkOut', 'nightlyRateMinor', 'nightlyRateCurrency')
  @FieldResolver(() => Money, { nullable: true, description: "Nights × nightly rate, in the rate's currency; rolls into the route's ACCOMMODATION actuals" })
  cost(@Root() stay: Stay) {
    if (stay.nightlyRateMinor === null || stay.nightlyRateCurrency === null) return null;
    return moneyFromMinor(stayCostMinor(stay.checkIn, stay.checkOut, stay.nightlyRateMinor), stay.nightlyRateCurrency);
  }
}
