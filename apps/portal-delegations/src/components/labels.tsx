import { useTranslation } from 'react-i18next';
import type {
  AccountStatus,
  ConsentKind,
  DecisionPower,
  DelegationKind,
  MailStatus,
  RouteKind,
  Sector,
  SelectionStatus,
  TeamRole,
} from '../graphql/generated/graphql';

/** Selection statuses in the order a participant goes through them. */
export const STATUSES: readonly SelectionStatus[] = ['NOMINATED', 'WAITLISTED', 'SELECTED', 'DECLINED', 'WITHDRAWN'];
/** What a bulk decision may do (withdrawals go one by one, with a reason). */
export const BULK_MOVES = ['SELECTED', 'WAITLISTED', 'DECLINED'] as const satisfies readonly SelectionStatus[];
export const SECTORS: readonly Sector[] = ['GOVERNMENT', 'CIVIL_SOCIETY', 'UN', 'DONOR', 'BUSINESS', 'ACADEMIA'];
export const KINDS: readonly DelegationKind[] = ['NATIONAL_TEAM', 'CIVIL_SOCIETY_ALLIANCE', 'STAKEHOLDER_GROUP'];
export const DECISION_POWERS: readonly DecisionPower[] = ['HIGH', 'MEDIUM', 'LOW'];
export const CONSENT_KINDS: readonly ConsentKind[] = ['PERSONAL_DATA', 'PHOTOS_AND_MEDIA', 'SHARE_PLAN'];
export const TEAM_ROLES: readonly TeamRole[] = [
  'PROJECT_LEADER',
  'TECHNICAL_COORDINATOR',
  'METHODOLOGICAL_COORDINATOR',
  'LOGISTICS_COORDINATOR',
  'COMMUNICATIONS',
  'TRANSLATOR',
  'SECRETARIAT',
  'SCALING_UP_SPECIALIST',
];
export const ROUTE_KINDS: readonly RouteKind[] = ['NATIONAL_TEAMS', 'CIVIL_SOCIETY'];
export const MAIL_STATUSES: readonly MailStatus[] = ['QUEUED', 'SENDING', 'SENT', 'FAILED'];

/** A participant's selection status as a coloured chip with its name (the colour is never the only cue). */
export function StatusBadge({ status }: { status: SelectionStatus }) {
  const { t } = useTranslation('delegations');
  return <span className={`lr-badge lr-delegations-status lr-delegations-status--${status.toLowerCase()}`}>{t(`statuses.${status}`)}</span>;
}

/** A participant's portal account (not invited, invited, active) as a chip with its name. */
export function AccountBadge({ status }: { status: AccountStatus }) {
  const { t } = useTranslation('delegations');
  return <span className={`lr-badge lr-delegations-account lr-delegations-account--${status.toLowerCase()}`}>{t(`accountStatuses.${status}`)}</span>;
}

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const { t } = useTranslation('delegations');
  return <span className={`lr-badge lr-delegations-mail lr-delegations-mail--${status.toLowerCase()}`}>{t(`mailStatuses.${status}`)}</span>;
}
