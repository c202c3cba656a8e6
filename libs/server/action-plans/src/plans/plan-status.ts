import { registerEnumType } from 'type-graphql';

/** Where a take-home action plan stands in its review (the kit's machine `action_plan.status`). */
export enum PlanStatus {
  DRAFT = 'DRAFT',
  /** Frozen as a version, waiting for a reviewer. */
  SUBMITTED = 'SUBMITTED',
  IN_REVIEW = 'IN_REVIEW',
  REVISION_REQUESTED = 'REVISION_REQUESTED',
  /** Accepted: its indicators become tracked (follow-up); it may win an award. */
  FINAL = 'FINAL',
  /** A FINAL plan that received an award from the route's action fund. */
  AWARDED = 'AWARDED',
}
registerEnumType(PlanStatus, { name: 'PlanStatus', description: 'Where a take-home action plan stands' });
