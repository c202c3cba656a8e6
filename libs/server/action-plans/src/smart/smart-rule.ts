import { registerEnumType } from 'type-graphql';

/** The SMART check's rules (004 §1, §5e), one finding code each. */
export enum SmartRule {
  /** The plan has at least one objective. */
  PLAN_HAS_OBJECTIVE = 'PLAN_HAS_OBJECTIVE',
  /** The plan has at least one activity. */
  PLAN_HAS_ACTIVITY = 'PLAN_HAS_ACTIVITY',
  OBJECTIVE_INDICATOR = 'OBJECTIVE_INDICATOR',
  OBJECTIVE_BASELINE_VALUE = 'OBJECTIVE_BASELINE_VALUE',
  OBJECTIVE_BASELINE_DATE = 'OBJECTIVE_BASELINE_DATE',
  OBJECTIVE_TARGET_VALUE = 'OBJECTIVE_TARGET_VALUE',
  OBJECTIVE_TARGET_DATE = 'OBJECTIVE_TARGET_DATE',
  /** A target equal to the baseline measures no change. */
  OBJECTIVE_TARGET_DIFFERS = 'OBJECTIVE_TARGET_DIFFERS',
  /** The target is dated after the baseline. */
  OBJECTIVE_TARGET_AFTER_BASELINE = 'OBJECTIVE_TARGET_AFTER_BASELINE',
  /** A responsible person or organisation (004 §5e). */
  ACTIVITY_RESPONSIBLE = 'ACTIVITY_RESPONSIBLE',
  ACTIVITY_START_DATE = 'ACTIVITY_START_DATE',
  ACTIVITY_DUE_DATE = 'ACTIVITY_DUE_DATE',
  /** It starts on or before its due date. */
  ACTIVITY_START_BEFORE_DUE = 'ACTIVITY_START_BEFORE_DUE',
  /** Resources (in words) or a budget above zero. */
  ACTIVITY_RESOURCES = 'ACTIVITY_RESOURCES',
}
registerEnumType(SmartRule, { name: 'SmartRule', description: 'A rule of the SMART check of action plans' });
