import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Something that happened (`route.phase_changed`, `practice.published`), written in the same
 * transaction as the change itself: an event exists exactly when its change was committed.
 */
@ObjectType()
@Entity('outbox_event')
@Index('ix_outbox_event_type', ['type', 'createdAt'])
export class OutboxEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  type: string;

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
