import type { GraphQLResolveInfo } from 'graphql';
import type { AuthCheckerFn } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import type { RequestContext } from '../context/request-context';

/**
 * Applies an `@Allow…` rule (`READ`, `USER`, `ADMIN`, `EDIT:<module>`, `ROLE:<role>`) to a REST
 * endpoint, through the same checker GraphQL uses, so an export is refused (FORBIDDEN) exactly
 * when its list would be. `endpoint` names it in the refusal.
 */
export function assertAllowed(ctx: RequestContext, rules: readonly string[], endpoint: string): void {
  const info = { parentType: { name: 'GET' }, fieldName: endpoint } as unknown as GraphQLResolveInfo;
  (authChecker as AuthCheckerFn<RequestContext>)({ context: ctx, info, root: undefined, args: {} }, [...rules]);
}
