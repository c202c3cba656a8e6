import { registerEnumType } from 'type-graphql';

/** Where a practice stands on its way from first spotted to published for others to learn from. */
export enum PracticeStatus {
  IDENTIFIED = 'IDENTIFIED',
  UNDER_ASSESSMENT = 'UNDER_ASSESSMENT',
  SELECTED = 'SELECTED',
  REJECTED = 'REJECTED',
  SYSTEMATIZED = 'SYSTEMATIZED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(PracticeStatus, {
  name: 'PracticeStatus',
  description: 'IDENTIFIED → UNDER_ASSESSMENT → SELECTED | REJECTED; SELECTED → SYSTEMATIZED → PUBLISHED',
});

/** Every status in the order of the workflow, for sorting and listing. */
export const STATUS_ORDER: readonly PracticeStatus[] = [
  PracticeStatus.IDENTIFIED,
  PracticeStatus.UNDER_ASSESSMENT,
  PracticeStatus.SELECTED,
  PracticeStatus.REJECTED,
  PracticeStatus.SYSTEMATIZED,
  PracticeStatus.PUBLISHED,
];

/** Statuses of practices worth taking visitors to: matching recommends only these. */
export const CANDIDATE_STATUSES: readonly PracticeStatus[] = [PracticeStatus.SELECTED, PracticeStatus.SYSTEMATIZED, PracticeStatus.PUBLISHED];

/** The administrative level at which a practice works. */
export enum PracticeLevel {
  COMMUNITY = 'COMMUNITY',
  DISTRICT = 'DISTRICT',
  PROVINCIAL = 'PROVINCIAL',
  NATIONAL = 'NATIONAL',
}
registerEnumType(PracticeLevel, { name: 'PracticeLevel' });
