import { User } from '../auth/user.entity';
import type { RequestContext } from '../context/request-context';
import { lockRow } from '../database/row-lock';
import { ConflictError } from '../errors';
import { passwordResetMail } from './invitation-texts';
import { issueLink, type IssuedLink } from './issue-link';
import { LinkPurpose } from './user-invitation.entity';

/**
 * How long a reset link works: a day. Shorter than an invitation's week because it opens an
 * account that already holds data and rights, so a link forgotten in a mailbox should die soon;
 * a day still reaches someone in another time zone who reads their mail the next morning.
 */
export const PASSWORD_RESET_HOURS = 24;

/**
 * Sends `userId` a one-time link to choose a new password, in their language, in the request's
 * transaction: their open links (invitations, earlier resets) are voided first, so only this one
 * works, and the e-mail leaves once the change commits. The link is used like an invitation's
 * (`acceptInvitation`): it sets the password, and works once.
 *
 * The current password keeps working until the link is used. Clearing it at once would make the
 * account look like an invitation nobody accepted (a null password means exactly that to
 * sign-in, `invitationPending` and `inviteUser`, which would then rewrite the account's role),
 * and a click on the wrong row, or an e-mail lost to a spam filter, would lock a working user
 * out. For an account thought to be compromised, deactivate it first: that refuses its sessions
 * and voids its links at once (see docs/decisions/0018-admin-section.md).
 *
 * Refused with CONFLICT for an account that is deactivated (`constraint: 'userDeactivated'`:
 * the link would not let them in) or never signed up (`invitationPending`: send the invitation
 * again instead); NOT_FOUND for an unknown id.
 */
export function sendPasswordReset(ctx: RequestContext, userId: string): Promise<IssuedLink & { user: User }> {
  return ctx.transaction(async () => {
    // Locked so a deactivation at the same moment cannot slip between the check and the link.
    const user = await lockRow(ctx, User, userId);
    if (user.passwordHash === null) {
      throw new ConflictError(`${user.email} has not accepted their invitation yet; send the invitation again instead`, { userId, constraint: 'invitationPending' });
    }
    if (!user.active) {
      throw new ConflictError(`${user.email} is deactivated; reactivate the account before sending a reset link`, { userId, constraint: 'userDeactivated' });
    }
    const link = await issueLink(ctx, user, {
      purpose: LinkPurpose.PASSWORD_RESET,
      validForMs: PASSWORD_RESET_HOURS * 3_600_000,
      mailKind: 'password-reset',
      texts: (values) => passwordResetMail(user.language, values),
    });
    return { ...link, user };
  });
}
