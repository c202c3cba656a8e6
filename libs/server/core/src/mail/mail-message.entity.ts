import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Redacted } from '../audit/redacted';
import { Language } from '../i18n/language';

export enum MailStatus {
  /** Waiting to be sent (or held: no SMTP_URL is configured). */
  QUEUED = 'QUEUED',
  /** Claimed by a gateway that is talking to the SMTP server right now. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Given up after the last attempt; `retryMailMessage` queues it again. */
  FAILED = 'FAILED',
}
registerEnumType(MailStatus, {
  name: 'MailStatus',
  valuesConfig: {
    QUEUED: { description: 'Waiting to be sent, or held when no SMTP server is configured' },
    SENDING: { description: 'A gateway is sending it right now' },
    SENT: { description: 'The SMTP server accepted it' },
    FAILED: { description: 'Given up after the last attempt; retryMailMessage queues it again' },
  },
});

/**
 * One e-mail in the outbox, written in the transaction of the change that sends it (see
 * `queueMail`): it exists exactly when that change committed, and the mail dispatcher sends it
 * afterwards. The row is the record of what was sent: the dispatcher's attempts write no audit
 * entries, and the bodies (which may carry a one-time link) never reach the audit trail.
 */
@ObjectType({ description: 'An e-mail the platform sent, or will send' })
@Entity('mail_message')
@Index('ix_mail_message_due', ['status', 'nextAttemptAt'])
@Index('ix_mail_message_created', ['createdAt'])
export class MailMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: "What the message is for, e.g. 'invitation'" })
  @Column({ type: 'varchar', length: 50 })
  kind: string;

  @Field({ description: 'The recipient’s address' })
  @Column({ name: 'to_address', type: 'varchar', length: 320 })
  to: string;

  @Field(() => String, { nullable: true, description: 'The recipient’s name' })
  @Column({ name: 'to_name', type: 'varchar', length: 200, nullable: true })
  toName: string | null;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Field({ description: 'The plain-text body' })
  @Redacted()
  @Column({ name: 'text_body', type: 'text' })
  text: string;

  @Field(() => String, { nullable: true, description: 'The HTML body, when there is one' })
  @Redacted()
  @Column({ name: 'html_body', type: 'text', nullable: true })
  html: string | null;

  @Field(() => Language, { description: 'The language it is written in' })
  @Column({ type: 'varchar', length: 2, default: Language.EN })
  language: Language;

  @Field(() => MailStatus)
  @Column({ type: 'varchar', length: 20 })
  status: MailStatus;

  @Field(() => Int, { description: 'Attempts to send it so far' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (the SMTP server’s answer)' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When it is sent next (QUEUED), or when its claim ends (SENDING)' })
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The Message-ID header it was sent with' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
