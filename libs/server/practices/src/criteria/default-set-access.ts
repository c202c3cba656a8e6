import { ForbiddenError, isAdmin, type RequestContext } from '@lr/server-core';

/**
 * The default sets score the practices of every programme that has no criteria of its own, so
 * only admins change them; practices editors keep their programmes' own sets and choices.
 */
export function assertMayChangeDefaultSet(ctx: RequestContext): void {
  if (!isAdmin(ctx.principal)) {
    throw new ForbiddenError('Only admins may change a default criteria set: it scores the practices of every programme that assesses with it');
  }
}
