import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Redacted } from '../audit/redacted';
import { User } from '../auth/user.entity';
import { MailMessage } from '../mail/mail-message.entity';

/** What a one-time link is for: the same machinery serves both, only the wording differs. */
export enum LinkPurpose {
  /** Sent by `inviteUser`: the account has no password yet; choosing one activates it. */
  INVITATION = 'INVITATION',
  /** Sent by `sendPasswordReset`: the account has a password; the link replaces it. */
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/**
 * A one-time link that lets a user set their password (and so activate their account). Only
 * the SHA-256 hash of the link's token is kept; the token itself is in the e-mail alone. A link
 * is spent once used, replaced when a newer invitation is sent to the same user, and refused
 * after its expiry.
 */
@Entity('user_invitation')
@Index('ix_user_invitation_user', ['userId', 'createdAt'])
export class UserInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_invitation_user' })
  user?: User;

  /** Hex SHA-256 of the token (32 random bytes, base64url) sent in the link. */
  @Redacted()
  @Index('uq_user_invitation_token', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** An invitation or a password reset; rows made before resets existed are invitations. */
  @Column({ type: 'varchar', length: 20, default: LinkPurpose.INVITATION })
  purpose: LinkPurpose;

  /** When the link was used to set the password; a used link is refused. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** When a newer invitation (or a deactivation) made this one void. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** The user (or API key) who sent it; null when the system did. */
  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  /** The e-mail that carries the link. */
  @Column({ type: 'uuid', nullable: true })
  mailMessageId: string | null;

  @ManyToOne(() => MailMessage, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mail_message_id', foreignKeyConstraintName: 'fk_user_invitation_mail_message' })
  mailMessage?: MailMessage;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
