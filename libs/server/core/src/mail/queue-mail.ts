import { isEmail } from 'class-validator';
import type { RequestContext } from '../context/request-context';
import { ValidationError, type FieldProblem } from '../errors';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/language';
import { MailMessage, MailStatus } from './mail-message.entity';

/** One e-mail to one recipient, as a module hands it to `queueMail`. */
export interface MailInput {
  /** The recipient's address. */
  to: string;
  /** The recipient's name, shown next to the address. */
  toName?: string | null;
  /** One line, at most 300 characters. */
  subject: string;
  /** The plain-text body (every message has one). */
  text: string;
  /** An HTML alternative of the same text. */
  html?: string | null;
  /** What the message is for, e.g. 'invitation': admins filter the outbox by it. */
  kind: string;
  /** The language it is written in (default English). */
  language?: Language;
}

const ONE_LINE = /[\r\n]/;

function problemsOf(mail: MailInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isEmail(mail.to.trim())) problems.push({ path: 'mail.to', message: 'must be an e-mail address' });
  if (mail.toName && (ONE_LINE.test(mail.toName) || mail.toName.length > 200)) problems.push({ path: 'mail.toName', message: 'must be one line of at most 200 characters' });
  if (!mail.subject.trim() || ONE_LINE.test(mail.subject) || mail.subject.length > 300) problems.push({ path: 'mail.subject', message: 'must be one line of 1-300 characters' });
  if (!mail.text.trim()) problems.push({ path: 'mail.text', message: 'must not be empty' });
  if (!/^[a-z0-9][a-z0-9._-]{0,49}$/.test(mail.kind)) problems.push({ path: 'mail.kind', message: 'must be 1-50 lower-case letters, digits, dots, dashes or underscores' });
  return problems;
}

/**
 * Puts an e-mail in the outbox, in the request's transaction: the message exists exactly when
 * the change that sends it commits, and a change that rolls back sends nothing. The mail
 * dispatcher sends it once the transaction has committed (and retries with back-off when the
 * SMTP server refuses); with no SMTP_URL it stays QUEUED, for admins to read (`mailMessages`).
 * Callers check their own input first: a malformed message is BAD_USER_INPUT on `mail.*`.
 *
 * @example await queueMail(ctx, { to: user.email, toName: user.displayName, subject, text, kind: 'invitation', language: user.language });
 */
export async function queueMail(ctx: RequestContext, mail: MailInput): Promise<MailMessage> {
  const problems = problemsOf(mail);
  if (problems.length) throw new ValidationError(problems);
  const repo = ctx.repo(MailMessage);
  const message = await repo.save(
    repo.create({
      kind: mail.kind,
      to: mail.to.trim(),
      toName: mail.toName?.trim() || null,
      subject: mail.subject.trim(),
      text: mail.text,
      html: mail.html ?? null,
      language: mail.language ?? DEFAULT_LANGUAGE,
      status: MailStatus.QUEUED,
      attempts: 0,
      nextAttemptAt: new Date(),
      lastError: null,
      sentAt: null,
      messageId: null,
    }),
  );
  ctx.afterCommit(() => ctx.runtime.mail?.kick());
  return message;
}
