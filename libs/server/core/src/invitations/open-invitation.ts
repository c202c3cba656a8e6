import { User } from '../auth/user.entity';
import type { RequestContext } from '../context/request-context';
import { lockRow } from '../database/row-lock';
import { InvitationTokenError } from './invitation-error';
import { hashInvitationToken } from './invitation-token';
import { UserInvitation } from './user-invitation.entity';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The invitation a link's token opens, and its user, both locked for the rest of the
 * transaction (two uses of one link at the same moment: the second waits, then finds it used).
 * Refused with InvitationTokenError when no invitation has that token, or it was used, replaced
 * or has expired.
 */
export async function openInvitation(ctx: RequestContext, token: string): Promise<{ invitation: UserInvitation; user: User }> {
  if (!TOKEN.test(token)) throw new InvitationTokenError('unknown');
  const found = await ctx.repo(UserInvitation).findOne({ where: { tokenHash: hashInvitationToken(token) }, select: { id: true } });
  if (!found) throw new InvitationTokenError('unknown');
  const invitation = await lockRow(ctx, UserInvitation, found.id);
  if (invitation.usedAt) throw new InvitationTokenError('used');
  if (invitation.revokedAt) throw new InvitationTokenError('replaced');
  if (invitation.expiresAt <= new Date()) throw new InvitationTokenError('expired');
  return { invitation, user: await lockRow(ctx, User, invitation.userId) };
}
