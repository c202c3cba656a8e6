import { registerEnumType } from 'type-graphql';

/** The documentation work that turns a selected practice into a case (000 §33). */
export enum SystematizationStepKind {
  DESK_REVIEW = 'DESK_REVIEW',
  IN_COUNTRY_INTERVIEWS = 'IN_COUNTRY_INTERVIEWS',
  GLOBAL_EXPERT_INTERVIEWS = 'GLOBAL_EXPERT_INTERVIEWS',
  /** 5-7 days on the ground. */
  IN_COUNTRY_VISIT = 'IN_COUNTRY_VISIT',
  VALIDATION = 'VALIDATION',
  PEDAGOGICAL_MATERIALS = 'PEDAGOGICAL_MATERIALS',
}
registerEnumType(SystematizationStepKind, { name: 'SystematizationStepKind' });

export const STEP_ORDER: readonly SystematizationStepKind[] = [
  SystematizationStepKind.DESK_REVIEW,
  SystematizationStepKind.IN_COUNTRY_INTERVIEWS,
  SystematizationStepKind.GLOBAL_EXPERT_INTERVIEWS,
  SystematizationStepKind.IN_COUNTRY_VISIT,
  SystematizationStepKind.VALIDATION,
  SystematizationStepKind.PEDAGOGICAL_MATERIALS,
];

export enum StepStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(StepStatus, { name: 'SystematizationStepStatus' });
