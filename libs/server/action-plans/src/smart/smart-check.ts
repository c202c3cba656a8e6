import { hasAnyLanguage, localize, type Language, type LocalizedValue } from '@lr/server-core';
import { sameDecimal } from '../common/decimal';
import { SmartRule } from './smart-rule';

/** What the check reads of an objective: a plan's row, or one frozen in a version. */
export interface SmartObjective {
  id: string;
  position: number;
  statement?: LocalizedValue | null;
  indicator: LocalizedValue | null;
  baselineValue: string | null;
  baselineDate: string | null;
  targetValue: string | null;
  targetDate: string | null;
}

/** What the check reads of an activity. */
export interface SmartActivity {
  id: string;
  position: number;
  description?: LocalizedValue | null;
  responsiblePersonId: string | null;
  responsibleOrganisationId: string | null;
  startDate: string | null;
  dueDate: string | null;
  resources: string | null;
  budgetMinor: string | null;
}

/** One thing the plan lacks. */
export interface SmartFinding {
  /** Where, as people number them (from 1): `objectives.2.targetDate`, `activities.1.responsible`, `objectives`. */
  path: string;
  rule: SmartRule;
  /** A sentence, e.g. 'Objective 2 (“Adopt the CSN commitments”) has no target date'. */
  message: string;
  /** The objective's or activity's id; null for the plan's own findings. */
  itemId: string | null;
}

export interface SmartResult {
  passes: boolean;
  items: SmartFinding[];
}

const byPosition = <T extends { position: number }>(items: readonly T[]) => [...items].sort((a, b) => a.position - b.position);

/** "Objective 2 (“Adopt the CSN …”)": its number as shown, and its words so the reader finds it. */
function named(kind: 'Objective' | 'Activity', number: number, text: LocalizedValue | null | undefined, language: Language): string {
  const words = localize(text, language);
  if (!words) return `${kind} ${number}`;
  // Long texts are cut at a word, so the reader still recognises them.
  const cut = words.lastIndexOf(' ', 57);
  const short = words.length > 60 ? `${words.slice(0, cut > 20 ? cut : 57).trimEnd()}…` : words;
  return `${kind} ${number} (“${short}”)`;
}

/**
 * The SMART check (004 §1, §5e): every objective is measurable (an indicator, a baseline value
 * and date, a target value and date), the target is a change (≠ baseline) and comes after the
 * baseline; every activity has a responsible person or organisation, a start on or before its
 * due date, and resources or a budget; the plan has at least one objective and one activity.
 * Items come in reading order (the plan's, then objectives, then activities, each by position)
 * and are numbered as people number them, from 1. Pure: the plan's field, the FINAL guard, a
 * version's field and the exports all read the same answer.
 */
export function smartCheck(plan: { language: Language }, objectives: readonly SmartObjective[], activities: readonly SmartActivity[]): SmartResult {
  const items: SmartFinding[] = [];
  const add = (path: string, rule: SmartRule, message: string, itemId: string | null) => items.push({ path, rule, message, itemId });

  if (!objectives.length) add('objectives', SmartRule.PLAN_HAS_OBJECTIVE, 'The plan has no objective', null);
  if (!activities.length) add('activities', SmartRule.PLAN_HAS_ACTIVITY, 'The plan has no activity', null);

  byPosition(objectives).forEach((o, i) => {
    const n = i + 1;
    const at = (field: string) => `objectives.${n}.${field}`;
    const name = named('Objective', n, o.statement, plan.language);
    const lacks = (field: string, rule: SmartRule, what: string) => add(at(field), rule, `${name} has no ${what}`, o.id);
    if (!hasAnyLanguage(o.indicator)) lacks('indicator', SmartRule.OBJECTIVE_INDICATOR, 'indicator (what is measured)');
    if (o.baselineValue === null) lacks('baselineValue', SmartRule.OBJECTIVE_BASELINE_VALUE, 'baseline value');
    if (o.baselineDate === null) lacks('baselineDate', SmartRule.OBJECTIVE_BASELINE_DATE, 'baseline date');
    if (o.targetValue === null) lacks('targetValue', SmartRule.OBJECTIVE_TARGET_VALUE, 'target value');
    if (o.targetDate === null) lacks('targetDate', SmartRule.OBJECTIVE_TARGET_DATE, 'target date');
    if (o.baselineValue !== null && o.targetValue !== null && sameDecimal(o.baselineValue, o.targetValue)) {
      add(at('targetValue'), SmartRule.OBJECTIVE_TARGET_DIFFERS, `${name} has a target equal to its baseline (${o.targetValue}): it measures no change`, o.id);
    }
    // Dates are YYYY-MM-DD, which compare as strings.
    if (o.baselineDate !== null && o.targetDate !== null && o.targetDate <= o.baselineDate) {
      add(at('targetDate'), SmartRule.OBJECTIVE_TARGET_AFTER_BASELINE, `${name} has a target date (${o.targetDate}) that is not after its baseline date (${o.baselineDate})`, o.id);
    }
  });

  byPosition(activities).forEach((a, i) => {
    const n = i + 1;
    const at = (field: string) => `activities.${n}.${field}`;
    const name = named('Activity', n, a.description, plan.language);
    if (!a.responsiblePersonId && !a.responsibleOrganisationId) add(at('responsible'), SmartRule.ACTIVITY_RESPONSIBLE, `${name} has no responsible person or organisation`, a.id);
    if (a.startDate === null) add(at('startDate'), SmartRule.ACTIVITY_START_DATE, `${name} has no start date`, a.id);
    if (a.dueDate === null) add(at('dueDate'), SmartRule.ACTIVITY_DUE_DATE, `${name} has no due date`, a.id);
    if (a.startDate !== null && a.dueDate !== null && a.startDate > a.dueDate) {
      add(at('dueDate'), SmartRule.ACTIVITY_START_BEFORE_DUE, `${name} is due (${a.dueDate}) before it starts (${a.startDate})`, a.id);
    }
    const hasBudget = a.budgetMinor !== null && BigInt(a.budgetMinor) > 0n;
    if (!a.resources?.trim() && !hasBudget) add(at('resources'), SmartRule.ACTIVITY_RESOURCES, `${name} has neither resources nor a budget`, a.id);
  });

  return { passes: items.length === 0, items };
}
