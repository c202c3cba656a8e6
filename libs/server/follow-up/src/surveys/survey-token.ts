import { createHmac, randomUUID } from 'node:crypto';
import { hashInvitationToken, type RequestContext } from '@lr/server-core';

/** A personal link's token: 43 base64url characters. */
export const SURVEY_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The token of an invitation's personal link: an HMAC of the invitation's random id under the
 * gateway's TOKEN_SECRET. Only its SHA-256 is stored (as for the kit's invitations), so the
 * database alone never gives a working link; but unlike a random token it can be computed again
 * when a reminder goes out, so the first e-mail's link keeps working after a reminder (a random
 * token would have to be replaced, voiding the link people already have).
 */
export function surveyToken(ctx: RequestContext, invitationId: string): string {
  return createHmac('sha256', ctx.runtime.config.tokenSecret).update(`survey-invitation:${invitationId}`).digest('base64url');
}

/** A new invitation's id and the hash of its link's token. */
export function newInvitationKey(ctx: RequestContext): { id: string; tokenHash: string } {
  const id = randomUUID();
  return { id, tokenHash: hashInvitationToken(surveyToken(ctx, id)) };
}

/** `${PORTAL_URL}/survey?token=…&lang=xx`: what the participant opens, no password needed. */
export function surveyLink(ctx: RequestContext, invitationId: string, language: string): string {
  return `${ctx.runtime.config.portalUrl}/survey?token=${surveyToken(ctx, invitationId)}&lang=${language}`;
}
