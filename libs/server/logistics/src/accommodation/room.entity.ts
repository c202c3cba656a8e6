import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, referenceTarget } from '@lr/server-core';
import { Venue } from './venue.entity';

/**
 * A room of a venue: how many sleep in it, and what a night costs per person (a stay's rate
 * unless the stay sets its own). Stays lock their rooms' rows to check capacity night by night.
 */
@ObjectType({ description: 'A room of a venue, with its capacity' })
@Entity('room')
@Index('uq_room_venue_name', ['venueId', 'name'], { unique: true })
@Check('ck_room_capacity', 'capacity BETWEEN 1 AND 50')
@Check('ck_room_rate', '(nightly_rate_minor IS NULL) = (nightly_rate_currency IS NULL) AND (nightly_rate_minor IS NULL OR nightly_rate_minor >= 0)')
export class Room extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  venueId: string;

  @ManyToOne(() => Venue, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'venue_id', foreignKeyConstraintName: 'fk_room_venue' })
  venue?: Venue;

  @Field({ description: 'e.g. "204" or "Garden suite"' })
  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Field(() => Int, { description: 'How many people sleep in it' })
  @Column({ type: 'int' })
  capacity: number;

  /** Exposed as `nightlyRate: Money`, per person and night. */
  @Column({ type: 'bigint', nullable: true })
  nightlyRateMinor: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  nightlyRateCurrency: string | null;
}

export const RoomRef = referenceTarget(Room, 'room');
