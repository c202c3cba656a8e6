import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, joinedOr, loadMany, LookAhead, Reads, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { Country, loadCountry } from '@lr/server-core-domain';
import { LOGISTICS } from '../common/access';
import { Room } from './room.entity';
import { Venue } from './venue.entity';
import { CreateVenueInput, UpdateVenueInput, VenuesArgs } from './venue.inputs';
import { VenueService } from './venue.service';

@ObjectType()
export class VenueConnection extends ConnectionType(Venue) {}

@Resolver(() => Venue)
export class VenueResolver {
  constructor(private readonly service: VenueService) {}

  @Allow.read()
  @Query(() => VenueConnection, { description: 'Hotels and guest houses, by country, city and name' })
  venues(@Ctx() ctx: RequestContext, @Args() args: VenuesArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => Venue)
  venue(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Venue)
  createVenue(@Ctx() ctx: RequestContext, @Arg('input') input: CreateVenueInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Venue)
  updateVenue(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateVenueInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => ID, { description: 'Deletes the venue and its rooms at the version you read; refused with CONFLICT while a room has stays' })
  deleteVenue(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @ToOne('country')
  @FieldResolver(() => Country, { nullable: true })
  country(@Ctx() ctx: RequestContext, @Root() venue: Venue) {
    return joinedOr(venue.country, () => loadCountry(ctx, venue.countryCode));
  }

  @Cost({ assumedSize: 20 })
  @Reads()
  @FieldResolver(() => [Room], { description: 'By name' })
  rooms(@Ctx() ctx: RequestContext, @Root() venue: Venue, @LookAhead() selection: Selection) {
    return loadMany(ctx, Room, venue.id, 'venueId', { order: { name: 'ASC' }, selection });
  }
}
