import type { DashboardTile, PortalRole } from '@lr/portal-shell-contract';
import { MyBallotTile } from './MyBallotTile';
import { MyPlanTile } from './MyPlanTile';
import { ReviewTile } from './ReviewTile';

const STAFF: PortalRole[] = ['EDITOR', 'REVIEWER', 'VIEWER'];

/** What the action-plans section shows on the portal's home: plans awaiting review per route; a participant's plan and ballot. */
export const actionPlansTiles: DashboardTile[] = [
  { id: 'review', scope: 'route', roles: STAFF, Component: ReviewTile },
  { id: 'my-plan', scope: 'me', Component: MyPlanTile },
  { id: 'my-ballot', scope: 'me', Component: MyBallotTile },
];
