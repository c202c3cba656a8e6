import { ForbiddenError, Role, UnauthenticatedError, type RequestContext } from '@lr/server-core';

/**
 * Who reads reports: admins, editors, reviewers and viewers see every part; partners' API keys
 * read them too, each part as its module shows partners (SELECTED participants, FINAL and
 * AWARDED plans, plan-born indicators, published practices; no findings, no survey rates, no
 * money). PARTICIPANT users are refused: a report counts other delegations' people and plans
 * across the route, which is the programme's view, not a participant's.
 */
export function assertMayReadReports(ctx: RequestContext): void {
  const p = ctx.principal;
  if (p.kind === 'anonymous') throw new UnauthenticatedError();
  if (p.kind === 'user' && p.role === Role.PARTICIPANT)
    throw new ForbiddenError('Reports are for the programme’s team and partners, not participants');
}
