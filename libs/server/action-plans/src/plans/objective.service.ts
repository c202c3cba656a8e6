import { cleanLocalized, loadForUpdate, recordChanged, Service, ValidationError, type RequestContext } from '@lr/server-core';
import { normalizeDecimal } from '../common/decimal';
import { ActionPlan } from './action-plan.entity';
import { lockItemPlanForEdit, lockPlanForEdit } from './plan-edit-lock';
import { PlanActivity } from './plan-activity.entity';
import { PlanObjective } from './plan-objective.entity';
import type { AddPlanObjectiveInput, ObjectiveFields, UpdatePlanObjectiveInput } from './plan-items.inputs';
import { assertAcceptedPlanStaysSmart } from './accepted-plan-rule';
import { planStatusMachine } from './plan-status-machine';

/** What an objective states, compared before and after an update to tell others what changed. */
const STATED = ['statement', 'indicator', 'unit', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate'] as const;
// Texts' languages in one order, whatever order the input or the jsonb column gave them.
const comparable = (value: unknown) => JSON.stringify(value && typeof value === 'object' ? Object.entries(value).sort(([a], [b]) => a.localeCompare(b)) : (value ?? null));
const statedValues = (o: PlanObjective) => STATED.map((field) => comparable(o[field]));

/** Copies the measure fields sent (undefined leaves one as it is, null empties it). */
function applyFields(objective: PlanObjective, input: ObjectiveFields): void {
  if (input.indicator !== undefined) objective.indicator = cleanLocalized(input.indicator);
  if (input.unit !== undefined) objective.unit = input.unit?.trim() || null;
  // Written the shortest way, as the column reads back ("05.50" → "5.5").
  if (input.baselineValue !== undefined) objective.baselineValue = input.baselineValue === null ? null : normalizeDecimal(input.baselineValue);
  if (input.baselineDate !== undefined) objective.baselineDate = input.baselineDate;
  if (input.targetValue !== undefined) objective.targetValue = input.targetValue === null ? null : normalizeDecimal(input.targetValue);
  if (input.targetDate !== undefined) objective.targetDate = input.targetDate;
}

/** Positions 1, 2, … in the given order; saves only the rows whose position changed. */
export async function renumber<T extends { position: number }>(ctx: RequestContext, entity: { new (): T }, items: T[]): Promise<T[]> {
  const moved = items.filter((item, i) => item.position !== i + 1);
  items.forEach((item, i) => (item.position = i + 1));
  if (moved.length) await ctx.repo(entity).save(moved as never[]);
  return items;
}

/** Checks `ids` lists each of the plan's items once, and returns the items in that order. */
export function inOrder<T extends { id: string }>(items: T[], ids: readonly string[], path: string, what: string): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const unique = new Set(ids);
  if (unique.size !== ids.length || ids.length !== items.length || ids.some((id) => !byId.has(id))) {
    throw ValidationError.field(path, `must list each of the plan’s ${items.length} ${what} once (it lists ${ids.length}, ${ids.filter((id) => !byId.has(id)).length} of them not the plan’s)`);
  }
  return ids.map((id) => byId.get(id) as T);
}

/** A plan's objectives: added at the end, edited, removed and reordered; positions stay 1, 2, … */
@Service()
export class PlanObjectiveService {
  async add(ctx: RequestContext, input: AddPlanObjectiveInput): Promise<PlanObjective> {
    const plan = await lockPlanForEdit(ctx, input.planId);
    const repo = ctx.repo(PlanObjective);
    const count = await repo.countBy({ planId: plan.id });
    const objective = repo.create({ planId: plan.id, position: count + 1, statement: cleanLocalized(input.statement), indicator: {}, unit: null, baselineValue: null, baselineDate: null, targetValue: null, targetDate: null });
    applyFields(objective, input);
    const saved = await repo.save(objective);
    await assertAcceptedPlanStaysSmart(ctx, plan);
    // An objective added to an accepted plan is tracked at once by follow-up (0014).
    await recordChanged(ctx, planStatusMachine, plan, { kind: 'added', part: 'objective', id: saved.id, fields: STATED });
    return saved;
  }

  async update(ctx: RequestContext, input: UpdatePlanObjectiveInput): Promise<PlanObjective> {
    const plan = await lockItemPlanForEdit(ctx, PlanObjective, input.id);
    const objective = await loadForUpdate(ctx, PlanObjective, input.id, input.version);
    const before = statedValues(objective);
    if (input.statement) objective.statement = cleanLocalized(input.statement);
    applyFields(objective, input);
    const saved = await ctx.repo(PlanObjective).save(objective);
    await assertAcceptedPlanStaysSmart(ctx, plan);
    // Modules that derived something from the objective (follow-up's tracked indicator) follow
    // the correction, or refuse it; the plan does not know who they are.
    const after = statedValues(saved);
    const fields = STATED.filter((_, i) => before[i] !== after[i]);
    if (fields.length) await recordChanged(ctx, planStatusMachine, plan, { part: 'objective', id: saved.id, fields });
    return saved;
  }

  /** Its activities stay, serving no objective; the others move up. */
  async remove(ctx: RequestContext, id: string, version: number): Promise<string> {
    const plan = await lockItemPlanForEdit(ctx, PlanObjective, id);
    const objective = await loadForUpdate(ctx, PlanObjective, id, version);
    const serving = await ctx.repo(PlanActivity).findBy({ objectiveId: id });
    // Cleared here rather than by the foreign key, so each change is audited.
    if (serving.length) await ctx.repo(PlanActivity).save(serving.map((a) => Object.assign(a, { objectiveId: null })));
    await ctx.repo(PlanObjective).remove(objective);
    await renumber(ctx, PlanObjective, await ctx.repo(PlanObjective).find({ where: { planId: plan.id }, order: { position: 'ASC', createdAt: 'ASC' } }));
    await assertAcceptedPlanStaysSmart(ctx, plan);
    // Follow-up drops the indicator tracked from it, or refuses the removal once it has reports (0014).
    await recordChanged(ctx, planStatusMachine, plan, { kind: 'removed', part: 'objective', id, fields: [] });
    return id;
  }

  /** `objectiveIds`: each of the plan's objectives once, in their new order. */
  async reorder(ctx: RequestContext, planId: string, objectiveIds: readonly string[]): Promise<ActionPlan> {
    const plan = await lockPlanForEdit(ctx, planId);
    const objectives = await ctx.repo(PlanObjective).find({ where: { planId }, order: { position: 'ASC' } });
    await renumber(ctx, PlanObjective, inOrder(objectives, objectiveIds, 'objectiveIds', 'objectives'));
    return plan;
  }
}
