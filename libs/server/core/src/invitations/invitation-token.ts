import { createHash, randomBytes } from 'node:crypto';

/** How long an invitation's link works. */
export const INVITATION_DAYS = 7;

/** The hex SHA-256 of a link's token: what the database keeps and looks the link up by. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new link token (32 random bytes, base64url: 43 characters) and its hash. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}
