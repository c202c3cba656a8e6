import type { DashboardTile } from '@lr/portal-shell-contract';
import { PhaseTile } from './PhaseTile';

/** What the routes section shows on the portal's home: each route's phase, for everyone who reads the route. */
export const routesTiles: DashboardTile[] = [{ id: 'phase', scope: 'route', Component: PhaseTile }];
