import { registerEnumType } from 'type-graphql';

export enum AssessmentStatus {
  /** Assigned, and possibly partly scored; only its assessor and editors see it. */
  DRAFT = 'DRAFT',
  /** Sent in with every criterion scored; no longer editable. */
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });
