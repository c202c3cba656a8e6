import { findOrFail, loadForUpdate, ReferenceCheck, Service, toMinorUnits, type RequestContext } from '@lr/server-core';
import { busiestNight } from './nights';
import { Room } from './room.entity';
import type { CreateRoomInput, UpdateRoomInput } from './room.inputs';
import { Stay } from './stay.entity';
import { VenueRef } from './venue.entity';

@Service()
export class RoomService {
  get(ctx: RequestContext, id: string): Promise<Room> {
    return findOrFail(ctx, Room, id);
  }

  async create(ctx: RequestContext, input: CreateRoomInput): Promise<Room> {
    const check = new ReferenceCheck(ctx);
    const venue = await check.one(VenueRef, input.venueId, 'input.venueId');
    if (venue) await this.checkNameFree(ctx, check, venue.id, input.name);
    check.assertValid();
    const rate = input.nightlyRate ? toMinorUnits(input.nightlyRate, 'input.nightlyRate') : null;
    const repo = ctx.repo(Room);
    return repo.save(
      repo.create({
        venueId: input.venueId,
        name: input.name.trim(),
        capacity: input.capacity,
        nightlyRateMinor: rate,
        nightlyRateCurrency: rate === null ? null : (input.nightlyRate?.currency ?? null),
      }),
    );
  }

  /**
   * The room's row is locked as stays lock it, so a booking cannot slip in between the check of
   * the new capacity and the commit.
   */
  async update(ctx: RequestContext, input: UpdateRoomInput): Promise<Room> {
    const room = await loadForUpdate(ctx, Room, input.id, input.version);
    const check = new ReferenceCheck(ctx);
    if (input.name !== undefined && input.name.trim() !== room.name) await this.checkNameFree(ctx, check, room.venueId, input.name, room.id);
    if (input.capacity !== undefined && input.capacity < room.capacity) {
      const stays = await ctx.repo(Stay).find({ where: { roomId: room.id }, select: { id: true, checkIn: true, checkOut: true } });
      const busiest = busiestNight(stays);
      if (busiest && busiest.people > input.capacity) {
        check.add('input.capacity', `${busiest.people} people are booked in room ${room.name} on the night of ${busiest.night}: move some of them before lowering its capacity to ${input.capacity}`, 'capacityBelowBooked');
      }
    }
    check.assertValid();
    if (input.name !== undefined) room.name = input.name.trim();
    if (input.capacity !== undefined) room.capacity = input.capacity;
    if (input.nightlyRate !== undefined) {
      room.nightlyRateMinor = input.nightlyRate ? toMinorUnits(input.nightlyRate, 'input.nightlyRate') : null;
      room.nightlyRateCurrency = input.nightlyRate ? input.nightlyRate.currency : null;
    }
    return ctx.repo(Room).save(room);
  }

  /** Refused with CONFLICT, naming how many, while stays are booked in it. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const room = await loadForUpdate(ctx, Room, id, version);
    await ctx.repo(Room).remove(room);
    return id;
  }

  private async checkNameFree(ctx: RequestContext, check: ReferenceCheck, venueId: string, name: string, exceptId?: string) {
    const q = ctx.repo(Room).createQueryBuilder('r').where('r.venue_id = :venueId AND r.name = :name', { venueId, name: name.trim() });
    if (exceptId) q.andWhere('r.id <> :exceptId', { exceptId });
    if (await q.getExists()) check.add('input.name', `the venue already has a room called ${name.trim()}`, 'uniqueRoomName');
  }
}
