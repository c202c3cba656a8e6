import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { BaseRecord } from '../database/base-record';

/** A partner's URL that receives the events it subscribed to, signed with its own secret. */
@ObjectType()
@Entity('webhook_endpoint')
export class WebhookEndpoint extends BaseRecord {
  @Field()
  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Field(() => [String], { description: 'Event types it receives, e.g. route.phase_changed' })
  @Column({ type: 'text', array: true })
  events: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  description: string | null;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** HMAC key for the signature header; shown once when created or rotated, never in the audit trail. */
  @Column({ type: 'varchar', length: 100 })
  signingSecret: string;
}
