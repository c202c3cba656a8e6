import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { canEdit, isAdmin, type Principal } from './principal';

function allows(rule: string, p: Principal): boolean {
  if (rule === 'PUBLIC') return true;
  if (p.kind === 'anonymous') return false;
  if (rule === 'READ') return true;
  if (rule === 'USER') return p.kind === 'user';
  if (rule === 'ADMIN') return isAdmin(p);
  if (rule.startsWith('EDIT:')) return canEdit(p, rule.slice(5));
  if (rule.startsWith('ROLE:')) return p.kind === 'user' && (isAdmin(p) || p.role === rule.slice(5));
  return false;
}

/**
 * Enforces `@Allow…` rules: nobody → UNAUTHENTICATED, somebody without the right → FORBIDDEN.
 * Throwing (rather than returning false) lets the error carry its code and message.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context, info }, rules) => {
  const principal = context.principal;
  if (rules.some((rule) => allows(rule, principal))) return true;
  if (principal.kind === 'anonymous') throw new UnauthenticatedError();
  throw new ForbiddenError(`You are not allowed to use ${info.parentType.name}.${info.fieldName}`);
};
