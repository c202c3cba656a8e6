import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../database/base-record';
import { ApiKeyScope } from './roles';

/** A partner organisation's read key. Only a hash of the secret is kept. */
@ObjectType()
@Entity('api_key')
export class ApiKey extends BaseRecord {
  @Field({ description: 'Who the key is for, e.g. the partner organisation' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({ description: 'The visible start of the key, to tell keys apart' })
  @Index('uq_api_key_prefix', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  prefix: string;

  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Field(() => [ApiKeyScope])
  @Column({ type: 'text', array: true })
  scopes: ApiKeyScope[];

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field()
  @Column({ type: 'uuid' })
  createdById: string;

  @Field(() => Date, { nullable: true, description: 'When the key last called the API (to the minute); null when never' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
