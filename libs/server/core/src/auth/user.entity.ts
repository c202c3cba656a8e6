import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../database/base-record';
import { Language } from '../i18n/language';
import { Reads } from '../reads/read-declarations';
import { Role } from './roles';

/**
 * Someone who signs in to the portal. Partners use API keys instead. An invited user has no
 * password until they accept their invitation (`acceptInvitation`), and cannot sign in before.
 */
@ObjectType()
@Entity('app_user')
@Index('ix_app_user_person', ['personId'])
export class User extends BaseRecord {
  @Field()
  @Index('uq_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  /** Null until the user sets one (an invitation not accepted yet): they cannot sign in. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  passwordHash: string | null;

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

  /**
   * Sessions signed before this instant no longer count: set when the password changes (a reset
   * link used, an admin setting one), so whoever held the old one is signed out everywhere.
   */
  @Column({ type: 'timestamptz', nullable: true })
  sessionsFrom: Date | null;

  /**
   * The person (core domain) this account belongs to, if any: the privacy policy shows a user
   * their own personal data. No foreign key: the person table belongs to another module (see
   * the core domain's reference rules, which refuse deleting a person an account points at).
   */
  @Field(() => ID, { nullable: true, description: 'The person this account belongs to' })
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @Field(() => Language, { description: 'The language of the e-mail the platform sends them' })
  @Column({ type: 'varchar', length: 2, default: Language.EN })
  language: Language;

  @Reads('passwordHash')
  @Field({ description: 'Invited and not yet signed up: no password has been set' })
  get invitationPending(): boolean {
    return this.passwordHash === null;
  }
}
