import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Columns every editable record has. `version` is the optimistic-concurrency token: an update
 * names the version it read and is refused with CONFLICT when someone saved in between.
 */
@ObjectType('BaseRecord', { description: 'Not in the schema: subclasses inherit its fields' })
export abstract class BaseRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back with an update; a stale one is refused with CONFLICT.' })
  @VersionColumn()
  version: number;
}
