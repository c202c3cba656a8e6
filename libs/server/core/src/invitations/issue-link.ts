import type { User } from '../auth/user.entity';
import type { RequestContext } from '../context/request-context';
import { queueMail } from '../mail/queue-mail';
import type { InvitationMailValues } from './invitation-texts';
import { newInvitationToken } from './invitation-token';
import { revokeOpenInvitations } from './revoke-open-invitations';
import { LinkPurpose, UserInvitation } from './user-invitation.entity';

/** How to word and time a one-time link. */
export interface LinkOptions {
  purpose: LinkPurpose;
  /** How long the link works, in milliseconds. */
  validForMs: number;
  /** The e-mail's kind in the outbox (`invitation`, `password-reset`). */
  mailKind: string;
  /** The e-mail's texts for the link, in the user's language. */
  texts(values: InvitationMailValues): { subject: string; text: string; html: string };
  /** Where the link points; PORTAL_URL by default. */
  portalUrl?: string;
}

/** What `issueLink` stored and queued. */
export interface IssuedLink {
  invitationId: string;
  expiresAt: Date;
  /** The queued e-mail (sent after the commit, or held without SMTP_URL); its body holds the link. */
  mailMessageId: string;
}

/**
 * Gives `user` a new one-time link to set their password and queues the e-mail that carries it,
 * in the request's transaction (the caller's): their open links are voided first, so only the
 * latest works; only the SHA-256 of the token is stored. The link opens `/welcome` in the
 * user's language; a reset says so (`purpose=reset`), so the page words it as one — the
 * stored purpose, not the URL, is what the API goes by.
 */
export async function issueLink(ctx: RequestContext, user: User, options: LinkOptions): Promise<IssuedLink> {
  await revokeOpenInvitations(ctx, user.id);
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + options.validForMs);
  const portalUrl = (options.portalUrl ?? ctx.runtime.config.portalUrl).replace(/\/+$/, '');
  // The language rides along so the page opens in the e-mail's language, before any sign-in.
  const reset = options.purpose === LinkPurpose.PASSWORD_RESET ? '&purpose=reset' : '';
  const texts = options.texts({
    name: user.displayName,
    link: `${portalUrl}/welcome?token=${token}&lang=${user.language}${reset}`,
    expiresAt,
    invitedBy: ctx.principal.kind === 'user' ? ctx.principal.displayName : null,
  });
  const mailMessage = await queueMail(ctx, { to: user.email, toName: user.displayName, ...texts, kind: options.mailKind, language: user.language });
  const invitations = ctx.repo(UserInvitation);
  const invitation = await invitations.save(
    invitations.create({
      userId: user.id,
      tokenHash,
      expiresAt,
      purpose: options.purpose,
      usedAt: null,
      revokedAt: null,
      invitedById: ctx.principal.kind === 'user' ? ctx.principal.userId : ctx.principal.kind === 'apiKey' ? ctx.principal.keyId : null,
      mailMessageId: mailMessage.id,
    }),
  );
  const userId = user.id;
  ctx.afterCommit(() => ctx.runtime.principals.forgetUser(userId));
  return { invitationId: invitation.id, expiresAt, mailMessageId: mailMessage.id };
}
