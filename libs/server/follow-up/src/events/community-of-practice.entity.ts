import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord, LocalizedColumn, type LocalizedValue } from '@lr/server-core';

/** A community of practice that grew from one or more routes (003). */
@ObjectType({ description: 'A community of practice that grew from routes' })
@Entity('community_of_practice')
@Index('uq_community_of_practice_name', ['name'], { unique: true })
export class CommunityOfPractice extends BaseRecord {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @LocalizedColumn({ optional: true })
  description: LocalizedValue;

  /** The routes it grew from. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  routeIds: string[];

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  memberCount: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  startedOn: string | null;
}
