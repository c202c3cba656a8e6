import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { Allow, Role, type Principal, type RequestContext } from '@lr/server-core';

/**
 * The money of a route (budgets, expenses, rates, room rates, costs) is internal working data:
 * admins, editors, reviewers and viewers read it; partners' API keys and PARTICIPANT users do
 * not. Root fields refuse them with FORBIDDEN (`@AllowInternal()`); money fields on records
 * they may otherwise read (a room's rate, a stay's cost) are null for them (`@InternalOnly()`).
 */
export function isInternal(principal: Principal): boolean {
  return principal.kind === 'user' && principal.role !== Role.PARTICIPANT;
}

/** Admins, editors, reviewers and viewers; FORBIDDEN for partners and participants. */
export const AllowInternal = () => Allow.roles(Role.EDITOR, Role.REVIEWER, Role.VIEWER);

const hideFromOutsiders: MiddlewareFn<RequestContext> = async ({ context }, next) => (isInternal(context.principal) ? next() : null);

/** A nullable money field: null for partners and PARTICIPANT users. */
export function InternalOnly(): PropertyDecorator & MethodDecorator {
  return UseMiddleware(hideFromOutsiders);
}
