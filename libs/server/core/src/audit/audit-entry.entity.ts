import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

/** `{ field: { from, to } }` for updates; the full record for creates and deletes. */
export type AuditChanges = Record<string, { from?: unknown; to?: unknown }>;

/** One write to one record: who, when, which record, what changed. Never edited. */
@ObjectType()
@Entity('audit_entry')
@Index('ix_audit_entry_entity', ['entityType', 'entityId'])
@Index('ix_audit_entry_at', ['at'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field({ description: 'user, apiKey or system' })
  @Column({ type: 'varchar', length: 20 })
  actorKind: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 400 })
  actorLabel: string;

  @Field(() => AuditAction)
  @Column({ type: 'varchar', length: 10 })
  action: AuditAction;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  entityType: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  entityId: string;

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb' })
  changes: AuditChanges;

  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  requestId: string | null;
}
