import type { DashboardTile, PortalRole } from '@lr/portal-shell-contract';
import { ReadinessTile } from './ReadinessTile';

const STAFF: PortalRole[] = ['EDITOR', 'REVIEWER', 'VIEWER'];

/** What the champions section shows on the portal's home: whether each route's hosts are trained. */
export const championsTiles: DashboardTile[] = [{ id: 'readiness', scope: 'route', roles: STAFF, Component: ReadinessTile }];
