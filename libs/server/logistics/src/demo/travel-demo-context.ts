import type { EntityManager } from 'typeorm';
import { DemoRequestContext, Role, type Logger, type UserPrincipal } from '@lr/server-core';

/** Who the travel demo's moves are recorded as (the demo admin, as in the other modules' demo history). */
const DEMO_ADMIN_PRINCIPAL: UserPrincipal = {
  kind: 'user',
  userId: '00000000-0000-4000-8000-000000000000',
  email: 'admin@learningroutes.org',
  displayName: 'Ada Admin',
  role: Role.ADMIN,
  modules: [],
  personId: null,
};

/**
 * A request context over the demo loader's transaction, so the travel demo goes through the
 * area's services — their checks (times across zones, passport rules, the machines' guards)
 * hold for the demo data too — and through the delegations module's public reads.
 */
export function travelDemoContext(manager: EntityManager, logger: Logger): DemoRequestContext {
  return new DemoRequestContext(manager, DEMO_ADMIN_PRINCIPAL, logger);
}
