import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, joinedOr, loadOne, Money, moneyFromMinor, Reads, ToOne, type RequestContext } from '@lr/server-core';
import { InternalOnly } from '../budget/budget-access';
import { LOGISTICS } from '../common/access';
import { Room } from './room.entity';
import { CreateRoomInput, UpdateRoomInput } from './room.inputs';
import { RoomService } from './room.service';
import { Venue } from './venue.entity';

@Resolver(() => Room)
export class RoomResolver {
  constructor(private readonly service: RoomService) {}

  @Allow.read()
  @Query(() => Room)
  room(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Room)
  createRoom(@Ctx() ctx: RequestContext, @Arg('input') input: CreateRoomInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Room, { description: 'Refused on capacity while more people than the new capacity are booked in it on one night' })
  updateRoom(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateRoomInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => ID, { description: 'Deletes the room at the version you read; refused with CONFLICT while stays are booked in it' })
  deleteRoom(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @ToOne('venue')
  @FieldResolver(() => Venue, { nullable: true })
  venue(@Ctx() ctx: RequestContext, @Root() room: Room) {
    return joinedOr(room.venue, () => loadOne(ctx, Venue, room.venueId));
  }

  @InternalOnly()
  @Reads('nightlyRateMinor', 'nightlyRateCurrency')
  @FieldResolver(() => Money, { nullable: true, description: 'Per person and night; null when not set, and for partners and participants' })
  nightlyRate(@Root() room: Room) {
    return moneyFromMinor(room.nightlyRateMinor, room.nightlyRateCurrency);
  }
}
