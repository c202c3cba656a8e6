import type { DashboardTile, PortalRole } from '@lr/portal-shell-contract';
import { AgendaTile } from './AgendaTile';
import { BudgetTile, ProgrammeBudgetTile } from './BudgetTile';

/** Budgets and the agenda's checks are the team's (the API refuses budgets to participants and partners). */
const STAFF: PortalRole[] = ['EDITOR', 'REVIEWER', 'VIEWER'];

/** What the logistics section shows on the portal's home: each route's agenda findings and budget burn, each programme's. */
export const logisticsTiles: DashboardTile[] = [
  { id: 'agenda-checks', scope: 'route', roles: STAFF, Component: AgendaTile },
  { id: 'budget-burn', scope: 'route', roles: STAFF, Component: BudgetTile },
  { id: 'programme-budget', scope: 'programme', roles: STAFF, Component: ProgrammeBudgetTile },
];
