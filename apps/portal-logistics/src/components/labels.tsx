import { useTranslation } from 'react-i18next';
import type { BudgetCategory, LegDirection, SessionType, TravelStatus, VisaStatus } from '../graphql/generated/graphql';

/** Session types in the order a route's days run through them. */
export const SESSION_TYPES: readonly SessionType[] = [
  'OPENING',
  'DELEGATION_PRESENTATIONS',
  'CONTEXT_SETTING',
  'CASE_VISIT',
  'FIELD_VISIT',
  'ANALYSIS',
  'ACTION_PLAN_WORKSHOP',
  'CLOSING',
  'INFORMAL',
];
export const TRAVEL_STATUSES: readonly TravelStatus[] = ['REQUESTED', 'BOOKED', 'TICKETED'];
export const VISA_STATUSES: readonly VisaStatus[] = ['NOT_NEEDED', 'TO_APPLY', 'APPLIED', 'GRANTED', 'REFUSED'];
export const LEG_DIRECTIONS: readonly LegDirection[] = ['INBOUND', 'DOMESTIC', 'OUTBOUND'];
export const BUDGET_CATEGORIES: readonly BudgetCategory[] = [
  'TRAVEL',
  'ACCOMMODATION',
  'PER_DIEM',
  'INTERPRETATION',
  'COMMUNICATIONS',
  'MATERIALS',
  'STAFF',
  'ACTION_FUND',
  'OTHER',
];

/** A traveller's ticket status as a chip with its name (the colour is never the only cue). */
export function TravelBadge({ status }: { status: TravelStatus }) {
  const { t } = useTranslation('logistics');
  return <span className={`lr-badge lr-logistics-travel--${status.toLowerCase()}`}>{t(`travelStatuses.${status}`)}</span>;
}

export function VisaBadge({ status }: { status: VisaStatus }) {
  const { t } = useTranslation('logistics');
  return <span className={`lr-badge lr-logistics-visa--${status.toLowerCase()}`}>{t(`visaStatuses.${status}`)}</span>;
}
