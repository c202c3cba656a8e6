import { useTranslation } from 'react-i18next';
import type { FollowUpEventKind, IndicatorStatus, QuestionType, SurveyStatus, Verification } from '../graphql/generated/graphql';

export const INDICATOR_STATUSES: readonly IndicatorStatus[] = ['ON_TRACK', 'OFF_TRACK', 'NO_DATA'];
export const VERIFICATIONS: readonly Verification[] = ['UNVERIFIED', 'VERIFIED', 'RETURNED'];
export const QUESTION_TYPES: readonly QuestionType[] = ['LIKERT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'FREE_TEXT'];
export const SURVEY_STATUSES: readonly SurveyStatus[] = ['DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED'];
export const EVENT_KINDS: readonly FollowUpEventKind[] = ['FINAL_VIRTUAL_MEETING', 'TECHNICAL_ASSISTANCE_VISIT', 'OTHER'];

/** On track, off track or no data: the word says it for those who do not see the colour. */
export function IndicatorStatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation('follow-up');
  return <span className={`lr-badge lr-follow-up-status lr-follow-up-status--${status.toLowerCase()}`}>{t(`indicatorStatuses.${status}`)}</span>;
}

export function VerificationBadge({ verification }: { verification: Verification }) {
  const { t } = useTranslation('follow-up');
  return <span className={`lr-badge lr-follow-up-verification lr-follow-up-verification--${verification.toLowerCase()}`}>{t(`verifications.${verification}`)}</span>;
}

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation('follow-up');
  return <span className={`lr-badge lr-follow-up-survey lr-follow-up-survey--${status.toLowerCase()}`}>{t(`surveyStatuses.${status}`)}</span>;
}
