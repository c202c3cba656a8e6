import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../database/base-record';
import { Role } from './roles';

/** Someone who signs in to the portal. Partners use API keys instead. */
@ObjectType()
@Entity('app_user')
export class User extends BaseRecord {
  @Field()
  @Index('uq_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 300 })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Field(() => [String], { description: 'Modules an EDITOR writes in' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  modules: string[];

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
