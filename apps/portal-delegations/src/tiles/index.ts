import type { DashboardTile, PortalRole } from '@lr/portal-shell-contract';
import { CompositionTile } from './CompositionTile';
import { MyParticipationTile } from './MyParticipationTile';

const STAFF: PortalRole[] = ['EDITOR', 'REVIEWER', 'VIEWER'];

/** What the delegations section shows on the portal's home: each route's composition; a participant's own standing. */
export const delegationsTiles: DashboardTile[] = [
  { id: 'composition', scope: 'route', roles: STAFF, Component: CompositionTile },
  { id: 'my-participation', scope: 'me', Component: MyParticipationTile },
];
