import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, joinedOr, Money, moneyFromMinor, NotForPartners, Reads, ToOne, type RequestContext } from '@lr/server-core';
import { loadPerson, Person } from '@lr/server-core-domain';
import { LOGISTICS } from '../common/access';
import { arrivesAt, departsAt } from './leg-order';
import { CreateTravelLegInput, UpdateTravelLegInput } from './travel-leg.inputs';
import { TravelLeg } from './travel-leg.entity';
import { TravelLegService } from './travel-leg.service';

@Resolver(() => TravelLeg)
export class TravelLegResolver {
  constructor(private readonly legs: TravelLegService) {}

  @Allow.edit(LOGISTICS)
  @Mutation(() => TravelLeg, {
    description: 'Adds a leg: local times in their IANA zones, the arrival after the departure as instants (BAD_USER_INPUT on input.arriveLocal otherwise)',
  })
  addTravelLeg(@Ctx() ctx: RequestContext, @Arg('input') input: CreateTravelLegInput) {
    return this.legs.add(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => TravelLeg, { description: 'A BOOKED or TICKETED journey keeps an INBOUND and an OUTBOUND leg (PHASE_RULE otherwise)' })
  updateTravelLeg(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateTravelLegInput) {
    return this.legs.update(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => ID, { description: 'Removes a leg; a BOOKED or TICKETED journey keeps an INBOUND and an OUTBOUND leg (PHASE_RULE otherwise). Returns the id' })
  removeTravelLeg(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.legs.remove(ctx, id, version);
  }

  @NotForPartners()
  @Reads('costMinor', 'costCurrency')
  @FieldResolver(() => Money, { nullable: true, description: 'What the leg cost, in the currency paid; rolls into the route’s TRAVEL actuals' })
  cost(@Root() leg: TravelLeg) {
    return moneyFromMinor(leg.costMinor, leg.costCurrency);
  }

  @Reads('departLocal', 'departTimeZone')
  @FieldResolver(() => Date, { description: 'The departure as an instant' })
  departsAt(@Root() leg: TravelLeg) {
    return departsAt(leg);
  }

  @Reads('arriveLocal', 'arriveTimeZone')
  @FieldResolver(() => Date, { description: 'The arrival as an instant' })
  arrivesAt(@Root() leg: TravelLeg) {
    return arrivesAt(leg);
  }

  @ToOne('meetPerson')
  @FieldResolver(() => Person, { nullable: true, description: 'Who meets them on arrival' })
  meetPerson(@Ctx() ctx: RequestContext, @Root() leg: TravelLeg) {
    return leg.meetPersonId ? joinedOr(leg.meetPerson, () => loadPerson(ctx, leg.meetPersonId as string)) : null;
  }
}
