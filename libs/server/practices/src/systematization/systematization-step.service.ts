import { ReferenceCheck, Service, loadForUpdate, today, type RequestContext } from '@lr/server-core';
import { PersonRef } from '@lr/server-core-domain';
import { STEP_ORDER, StepStatus, type SystematizationStepKind } from './systematization-step-kind';
import { SystematizationStep } from './systematization-step.entity';
import type { UpdateSystematizationStepInput } from './systematization-step.inputs';

/** Opens the six steps of a practice that has none yet (when it is SELECTED). */
export async function ensureSteps(ctx: RequestContext, practiceId: string): Promise<SystematizationStep[]> {
  const repo = ctx.repo(SystematizationStep);
  const existing = await repo.findBy({ practiceId });
  const missing = STEP_ORDER.filter((step) => !existing.some((s) => s.step === step));
  const created = missing.length ? await repo.save(missing.map((step) => repo.create({ practiceId, step, status: StepStatus.NOT_STARTED, ownerId: null, startDate: null, dueDate: null, doneDate: null }))) : [];
  return [...existing, ...created];
}

/** The status of each step that exists. */
export async function statusOfSteps(ctx: RequestContext, practiceId: string): Promise<Partial<Record<SystematizationStepKind, StepStatus>>> {
  const steps = await ctx.repo(SystematizationStep).findBy({ practiceId });
  return Object.fromEntries(steps.map((s) => [s.step, s.status]));
}

@Service()
export class SystematizationStepService {
  /** Creates the steps a practice does not have yet, all NOT_STARTED (when it is SELECTED). */

  async update(ctx: RequestContext, input: UpdateSystematizationStepInput): Promise<SystematizationStep> {
    const step = await loadForUpdate(ctx, SystematizationStep, input.id, input.version);
    const check = new ReferenceCheck(ctx);
    await check.one(PersonRef, input.ownerId, 'input.ownerId');
    if (input.status) step.status = input.status;
    if (input.ownerId !== undefined) step.ownerId = input.ownerId;
    if (input.startDate !== undefined) step.startDate = input.startDate;
    if (input.dueDate !== undefined) step.dueDate = input.dueDate;
    if (input.doneDate !== undefined) step.doneDate = input.doneDate;
    if (step.status === StepStatus.DONE) step.doneDate ??= today();
    else if (input.doneDate) check.add('input.doneDate', 'can only be set on a DONE step');
    else step.doneDate = null;
    if (step.startDate && step.dueDate && step.dueDate < step.startDate) check.add('input.dueDate', 'must be on or after the start date');
    if (step.startDate && step.doneDate && step.doneDate < step.startDate) check.add('input.doneDate', 'must be on or after the start date');
    check.assertValid();
    return ctx.repo(SystematizationStep).save(step);
  }
}
