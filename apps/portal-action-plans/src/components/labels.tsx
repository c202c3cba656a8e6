import { useTranslation } from 'react-i18next';
import type { AwardKind, Language, PlanStatus, Recommendation, VotingStatus } from '../graphql/generated/graphql';

/** A plan's statuses in the order of its review cycle. */
export const PLAN_STATUSES: readonly PlanStatus[] = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'REVISION_REQUESTED', 'FINAL', 'AWARDED'];
export const AWARD_KINDS: readonly AwardKind[] = ['CASH', 'IN_KIND', 'TECHNICAL_ASSISTANCE_VISIT'];
export const PLAN_LANGUAGES: readonly Language[] = ['EN', 'FR', 'ES'];
export const VOTING_STATUSES: readonly VotingStatus[] = ['NOT_OPEN', 'OPEN', 'CLOSED'];

/** A plan's status as a chip with its name (the colour is never the only cue). */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation('action-plans');
  return <span className={`lr-badge lr-ap-status lr-ap-status--${status.toLowerCase()}`}>{t(`statuses.${status}`)}</span>;
}

/** The SMART check's result: passes, or how many findings, in words and with a shape for those who do not see colour. */
export function SmartBadge({ passes, count }: { passes: boolean; count: number }) {
  const { t } = useTranslation('action-plans');
  return (
    <span className={`lr-badge lr-ap-smart ${passes ? 'lr-ap-smart--passes' : 'lr-ap-smart--fails'}`}>
      <span aria-hidden="true">{passes ? '✓ ' : '! '}</span>
      {passes ? t('smartPasses') : t('smartFails', { count })}
    </span>
  );
}

export function RecommendationBadge({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useTranslation('action-plans');
  return <span className={`lr-badge lr-ap-recommendation lr-ap-recommendation--${recommendation.toLowerCase()}`}>{t(`recommendations.${recommendation}`)}</span>;
}

export function VotingBadge({ status }: { status: VotingStatus }) {
  const { t } = useTranslation('action-plans');
  return <span className={`lr-badge lr-ap-voting lr-ap-voting--${status.toLowerCase()}`}>{t(`votingStatuses.${status}`)}</span>;
}
