import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, referenceTarget } from '@lr/server-core';
import { Country } from '@lr/server-core-domain';

/** A hotel or guest house; its rooms are used by the routes that stay there. */
@ObjectType({ description: 'A hotel or guest house' })
@Entity('venue')
@Index('uq_venue_name_city', ['countryCode', 'city', 'name'], { unique: true })
export class Venue extends BaseRecord {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  city: string;

  @Field()
  @Column({ type: 'char', length: 2 })
  countryCode: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code', foreignKeyConstraintName: 'fk_venue_country' })
  country?: Country;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 60, nullable: true })
  phone: string | null;
}

export const VenueRef = referenceTarget(Venue, 'venue');
