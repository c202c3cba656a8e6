import type { DashboardTile, PortalRole } from '@lr/portal-shell-contract';
import { IndicatorsTile } from './IndicatorsTile';
import { MySurveysTile } from './MySurveysTile';
import { SurveyRateTile } from './SurveyRateTile';

/** Surveys and their results are the follow-up editors' (the API's rule); admins see everything. */
const SURVEY_EDITORS: PortalRole[] = ['EDITOR'];

/**
 * What the follow-up section shows on the portal's home: each route's indicators off track (for
 * everyone who reads them, participants included) and its latest survey's response rate; a
 * participant's open surveys.
 */
export const followUpTiles: DashboardTile[] = [
  { id: 'indicators', scope: 'route', Component: IndicatorsTile },
  { id: 'survey-rate', scope: 'route', roles: SURVEY_EDITORS, Component: SurveyRateTile },
  { id: 'my-surveys', scope: 'me', Component: MySurveysTile },
];
