import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, { name: 'WebhookDeliveryStatus' });

/** One event sent (or to be sent) to one endpoint, with what the endpoint answered. */
@ObjectType()
@Entity('webhook_delivery')
@Index('ix_webhook_delivery_due', ['status', 'nextAttemptAt'])
@Index('ix_webhook_delivery_endpoint', ['endpointId', 'createdAt'])
export class WebhookDelivery {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => OutboxEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_webhook_delivery_event' })
  event?: OutboxEvent;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  endpointId: string;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'endpoint_id', foreignKeyConstraintName: 'fk_webhook_delivery_endpoint' })
  endpoint?: WebhookEndpoint;

  @Field(() => DeliveryStatus)
  @Column({ type: 'varchar', length: 20 })
  status: DeliveryStatus;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer' })
  @Column({ type: 'int', nullable: true })
  lastResponseStatus: number | null;

  @Field(() => String, { nullable: true, description: 'The first 2 kB of the last answer' })
  @Column({ type: 'text', nullable: true })
  lastResponseBody: string | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, when no answer came' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
