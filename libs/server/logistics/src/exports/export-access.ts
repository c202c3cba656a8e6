import { ForbiddenError, Role, isAdmin, type RequestContext } from '@lr/server-core';

/**
 * A person's own calendar: the person themselves (a signed-in user whose account is that
 * person), admins and editors. Partners and other users are refused: which sessions someone
 * attends says where they will be. (A route's calendar and PDF follow the agenda's own rule,
 * applied by `routeAgenda`.)
 */
export function assertMayReadPersonAgenda(ctx: RequestContext, personId: string): void {
  const p = ctx.principal;
  if (p.kind === 'user' && (isAdmin(p) || p.role === Role.EDITOR || (p.personId !== null && p.personId === personId))) return;
  throw new ForbiddenError('Only the person themselves, editors and admins may read a person’s agenda');
}
