import { Role, type RequestContext } from '@lr/server-core';

/** The module name editors are granted (`modules: ['delegations']`). */
export const DELEGATIONS = 'delegations';

/**
 * The person a PARTICIPANT user is, or null for everyone else. Participants see only their own
 * delegations' people (row-level rule); admins, editors, reviewers and viewers see every row.
 */
export function participantPersonId(ctx: RequestContext): string | null {
  const p = ctx.principal;
  return p.kind === 'user' && p.role === Role.PARTICIPANT ? (p.personId ?? null) : null;
}

/** Is the caller a PARTICIPANT user (with or without a person on record)? */
export function isParticipantUser(ctx: RequestContext): boolean {
  const p = ctx.principal;
  return p.kind === 'user' && p.role === Role.PARTICIPANT;
}
