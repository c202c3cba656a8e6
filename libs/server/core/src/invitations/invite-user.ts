import { isEmail, isUUID } from 'class-validator';
import { isAdmin } from '../auth/principal';
import { Role } from '../auth/roles';
import { User } from '../auth/user.entity';
import type { RequestContext } from '../context/request-context';
import { lockRow } from '../database/row-lock';
import { ConflictError, ValidationError, type FieldProblem } from '../errors';
import { LANGUAGES, type Language } from '../i18n/language';
import { checkModules } from '../platform/users/check-modules';
import { invitationMail } from './invitation-texts';
import { INVITATION_DAYS } from './invitation-token';
import { issueLink } from './issue-link';
import { LinkPurpose } from './user-invitation.entity';

/** Who to invite, and as what. */
export interface InviteUserOptions {
  email: string;
  displayName: string;
  role: Role;
  /** For an EDITOR: the modules they write in. */
  modules?: string[];
  /** The person (core domain) the account belongs to; the caller checks it exists (`PersonRef`). */
  personId?: string | null;
  /** The language of the e-mail, and of later ones. */
  language: Language;
  /** Where the link points (`<portalUrl>/welcome?token=…`); PORTAL_URL by default. */
  portalUrl?: string;
}

/** What `inviteUser` did. */
export interface InvitationSent {
  user: User;
  /** True when the account was made by this invitation; false when an existing one was reused. */
  created: boolean;
  invitationId: string;
  expiresAt: Date;
  /** The queued invitation e-mail (sent after the commit, or held without SMTP_URL); its body holds the link. */
  mailMessageId: string;
}

function problemsOf(ctx: RequestContext, options: InviteUserOptions, modules: string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isEmail(options.email.trim()) || options.email.length > 320) problems.push({ path: 'input.email', message: 'must be an e-mail address', constraint: 'isEmail' });
  if (!options.displayName.trim() || options.displayName.length > 200 || /[\r\n]/.test(options.displayName)) {
    problems.push({ path: 'input.displayName', message: 'must be one line of 1-200 characters', constraint: 'oneLineName' });
  }
  if (!Object.values(Role).includes(options.role)) problems.push({ path: 'input.role', message: `must be one of ${Object.values(Role).join(', ')}`, constraint: 'isEnum' });
  else problems.push(...checkModules(ctx, options.role, modules, 'input.modules'));
  if (options.personId && !isUUID(options.personId)) problems.push({ path: 'input.personId', message: 'must be a UUID', constraint: 'isUuid' });
  if (!LANGUAGES.includes(options.language)) problems.push({ path: 'input.language', message: `must be one of ${LANGUAGES.join(', ')}`, constraint: 'isEnum' });
  if (options.portalUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(options.portalUrl)) problems.push({ path: 'input.portalUrl', message: 'must be an http(s) URL', constraint: 'isUrl' });
  return problems;
}

// Kept importable from here, where it was first written.
export { revokeOpenInvitations } from './revoke-open-invitations';

/**
 * Invites someone to the portal: makes their account (no password, inactive), stores a
 * one-time link valid for 7 days (only the SHA-256 of its token is kept) and queues the
 * invitation e-mail in their language, all in the request's transaction — the e-mail goes out
 * only once the change commits. They activate the account by choosing a password through the
 * link (`acceptInvitation`), and cannot sign in before.
 *
 * An account with that e-mail is reused when it has no password yet (the new invitation sets its
 * name, role, modules, person and language) or when it belongs to the same person (the e-mail
 * is then a one-time link to set a new password; what the account may do is kept). Any other
 * account with that e-mail is CONFLICT. A new invitation replaces the user's unused ones.
 * Only admins may invite an ADMIN.
 *
 * @example const { user } = await inviteUser(ctx, { email, displayName, role: Role.PARTICIPANT, personId: person.id, language: Language.FR });
 */
export function inviteUser(ctx: RequestContext, options: InviteUserOptions): Promise<InvitationSent> {
  return ctx.transaction(async () => {
    const email = options.email.trim().toLowerCase();
    const modules = [...new Set(options.modules ?? [])];
    const problems = problemsOf(ctx, options, modules);
    if (options.role === Role.ADMIN && !isAdmin(ctx.principal)) problems.push({ path: 'input.role', message: 'only an admin may invite an ADMIN', constraint: 'adminInvitesAdmin' });
    if (problems.length) throw new ValidationError(problems);
    const personId = options.personId ?? null;

    const repo = ctx.repo(User);
    const existingId = (await repo.findOne({ where: { email }, select: { id: true } }))?.id;
    let user: User;
    if (existingId) {
      user = await lockRow(ctx, User, existingId);
      const samePerson = personId !== null && user.personId === personId;
      if (user.passwordHash !== null && !samePerson) {
        throw new ConflictError(`${email} already belongs to an account${user.active ? ' that can sign in' : ''}; invite another address, or link the account to this person`, {
          email,
          userId: user.id,
          constraint: 'emailTaken',
        });
      }
      if (user.passwordHash === null) {
        // Never signed up: the latest invitation says who they are and what they may do.
        Object.assign(user, { displayName: options.displayName.trim(), role: options.role, modules, personId, language: options.language });
        user = await repo.save(user);
      }
    } else {
      user = await repo.save(
        repo.create({ email, displayName: options.displayName.trim(), passwordHash: null, role: options.role, modules, personId, language: options.language, active: false, lastLoginAt: null }),
      );
    }

    const link = await issueLink(ctx, user, {
      purpose: LinkPurpose.INVITATION,
      validForMs: INVITATION_DAYS * 86_400_000,
      mailKind: 'invitation',
      texts: (values) => invitationMail(user.language, values),
      portalUrl: options.portalUrl,
    });
    return { user, created: !existingId, ...link };
  });
}
