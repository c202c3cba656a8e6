import { IsNull } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { UserInvitation } from './user-invitation.entity';

/**
 * Voids the user's links (invitations and password resets) that were neither used nor replaced
 * yet: a newer link, a deactivation.
 */
export async function revokeOpenInvitations(ctx: RequestContext, userId: string): Promise<number> {
  const open = await ctx.repo(UserInvitation).find({ where: { userId, usedAt: IsNull(), revokedAt: IsNull() } });
  const now = new Date();
  for (const invitation of open) invitation.revokedAt = now;
  if (open.length) await ctx.repo(UserInvitation).save(open);
  return open.length;
}
