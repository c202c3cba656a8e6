import { cleanLocalized, Language, type LocalizedValue } from '@lr/server-core';
import type { SmartActivity, SmartObjective } from '../smart/smart-check';

/** An objective as it was submitted. */
export interface ObjectiveSnapshot extends SmartObjective {
  statement: LocalizedValue;
  indicator: LocalizedValue;
  unit: string | null;
}

/** An activity as it was submitted (the budget in minor units of its currency). */
export interface ActivitySnapshot extends SmartActivity {
  objectiveId: string | null;
  description: LocalizedValue;
  budgetCurrency: string | null;
}

/**
 * A plan's content frozen at a submission (`PlanVersion.snapshot`): its texts, the practices it
 * adapts, its objectives and activities in order, each with the id it had in the plan (the
 * diff matches items across versions by these ids). Who is responsible is kept as ids: a
 * version shows the person's or organisation's name as it is now, under today's privacy rules.
 */
export interface PlanSnapshot {
  /** The shape's revision, for reading old snapshots should it ever change. */
  schema: 1;
  language: Language;
  title: LocalizedValue;
  innovations: LocalizedValue;
  context: LocalizedValue;
  expectedResults: LocalizedValue;
  practiceIds: string[];
  objectives: ObjectiveSnapshot[];
  activities: ActivitySnapshot[];
}

/** What `snapshotOf` reads of a plan (an `ActionPlan` row). */
export interface PlanContent {
  language: Language;
  title: LocalizedValue;
  innovations: LocalizedValue | null;
  context: LocalizedValue | null;
  expectedResults: LocalizedValue | null;
  practiceIds: string[];
}

const texts = (value: LocalizedValue | null | undefined) => cleanLocalized(value ?? {});
const byPosition = <T extends { position: number }>(items: readonly T[]) => [...items].sort((a, b) => a.position - b.position);

/**
 * Freezes a plan's content (pure: its rows in, a JSON-safe value out). Items are put in their
 * order and renumbered from 1, so a version reads as the plan did.
 */
export function snapshotOf(plan: PlanContent, objectives: readonly ObjectiveSnapshot[], activities: readonly ActivitySnapshot[]): PlanSnapshot {
  return {
    schema: 1,
    language: plan.language,
    title: texts(plan.title),
    innovations: texts(plan.innovations),
    context: texts(plan.context),
    expectedResults: texts(plan.expectedResults),
    practiceIds: [...plan.practiceIds],
    objectives: byPosition(objectives).map((o, i) => ({
      id: o.id,
      position: i + 1,
      statement: texts(o.statement),
      indicator: texts(o.indicator),
      unit: o.unit,
      baselineValue: o.baselineValue,
      baselineDate: o.baselineDate,
      targetValue: o.targetValue,
      targetDate: o.targetDate,
    })),
    activities: byPosition(activities).map((a, i) => ({
      id: a.id,
      position: i + 1,
      objectiveId: a.objectiveId,
      description: texts(a.description),
      responsiblePersonId: a.responsiblePersonId,
      responsibleOrganisationId: a.responsibleOrganisationId,
      startDate: a.startDate,
      dueDate: a.dueDate,
      resources: a.resources,
      budgetMinor: a.budgetMinor,
      budgetCurrency: a.budgetCurrency,
    })),
  };
}

/** A stored snapshot as the typed value, tolerating fields a later shape added (they read empty). */
export function readSnapshot(stored: Record<string, unknown>): PlanSnapshot {
  const s = stored as Partial<PlanSnapshot>;
  return {
    schema: 1,
    language: s.language ?? Language.EN,
    title: s.title ?? {},
    innovations: s.innovations ?? {},
    context: s.context ?? {},
    expectedResults: s.expectedResults ?? {},
    practiceIds: s.practiceIds ?? [],
    objectives: s.objectives ?? [],
    activities: s.activities ?? [],
  };
}
