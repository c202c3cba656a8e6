import { Arg, Args, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow, ConnectionType, Cost, LookAhead, type RequestContext, type Selection } from '@lr/server-core';
import { LOGISTICS } from '../common/access';
import { TravelStatusService } from './travel-status.service';
import { TravelStatus, VisaStatus } from './travel-enums';
import { CreateTravellerInput, TravellersArgs, UpdateTravellerInput } from './traveller.inputs';
import { Traveller } from './traveller.entity';
import { TravellerService } from './traveller.service';

@ObjectType()
export class TravellerConnection extends ConnectionType(Traveller) {}

@Resolver(() => Traveller)
export class TravellerResolver {
  constructor(
    private readonly service: TravellerService,
    private readonly statuses: TravelStatusService,
  ) {}

  @Allow.read()
  @Query(() => TravellerConnection, {
    description: 'By family name. A participant reads their own record(s) only; partners none (travel is internal)',
  })
  travellers(@Ctx() ctx: RequestContext, @Args() args: TravellersArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => Traveller, { description: 'NOT_FOUND for records the caller may not read (partners, other participants)' })
  traveller(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Traveller, {
    description:
      "A traveller record for a SELECTED participant or route team member, passport details prefilled from their latest trip; visa NOT_NEEDED when the passport is the host country's, else TO_APPLY",
  })
  addTraveller(@Ctx() ctx: RequestContext, @Arg('input') input: CreateTravellerInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Cost({ assumedSize: 30 })
  @Mutation(() => [Traveller], { description: 'A record for everyone who travels on the route and has none yet; returns the records made' })
  addRouteTravellers(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string) {
    return this.service.createForRoute(ctx, routeId);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Traveller)
  updateTraveller(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateTravellerInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => ID, { description: 'Removes the record with its legs and status history; returns the id' })
  removeTraveller(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.remove(ctx, id, version);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Traveller, {
    description:
      'REQUESTED → BOOKED → TICKETED; back to REQUESTED with a reason (a change of plans). BOOKED and TICKETED need an INBOUND and an OUTBOUND leg, ' +
      'TICKETED a booking reference on every leg (PHASE_RULE with `extensions.missing`)',
  })
  changeTravelStatus(
    @Ctx() ctx: RequestContext,
    @Arg('travellerId', () => ID) travellerId: string,
    @Arg('toStatus', () => TravelStatus) toStatus: TravelStatus,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ) {
    return this.statuses.moveTravel(ctx, { id: travellerId, to: toStatus, version, reason });
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Traveller, {
    description:
      'NOT_NEEDED ↔ TO_APPLY → APPLIED → GRANTED | REFUSED (with a reason); REFUSED → APPLIED (applying again); APPLIED → TO_APPLY with a reason; ' +
      'GRANTED → TO_APPLY with a reason, admins only. APPLIED needs the passport number, nationality and date of birth',
  })
  changeVisaStatus(
    @Ctx() ctx: RequestContext,
    @Arg('travellerId', () => ID) travellerId: string,
    @Arg('toStatus', () => VisaStatus) toStatus: VisaStatus,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ) {
    return this.statuses.moveVisa(ctx, { id: travellerId, to: toStatus, version, reason });
  }
}
