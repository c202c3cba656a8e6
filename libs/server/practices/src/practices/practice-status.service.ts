import { isUUID } from 'class-validator';
import { NotFoundError, publicName, type RequestContext } from '@lr/server-core';
import { scoreSummaries } from '../assessments/practice-scores';
import { PracticeMaterialService } from '../materials/practice-material.service';
import { SystematizationStepService } from '../systematization/systematization-step.service';
import { Practice } from './practice.entity';
import { PracticeStatus } from './practice-status';
import { PracticeStatusChange } from './practice-status-change.entity';
import { checkStatusGraph, checkStatusMove, type StatusFacts } from './status-machine';

export class PracticeStatusService {
  private readonly steps = new SystematizationStepService();
  private readonly materials = new PracticeMaterialService();

  /** Only what the target status depends on is looked up. */
  private async factsFor(ctx: RequestContext, practiceId: string, to: PracticeStatus): Promise<StatusFacts> {
    const facts: StatusFacts = { completeAssessments: 0, steps: {}, caseDocuments: 0 };
    if (to === PracticeStatus.SELECTED) {
      facts.completeAssessments = (await scoreSummaries(ctx, [practiceId])).get(practiceId)?.completeAssessments ?? 0;
    }
    if (to === PracticeStatus.SYSTEMATIZED) {
      facts.steps = await this.steps.statusOfSteps(ctx, practiceId);
      facts.caseDocuments = await this.materials.countCaseDocuments(ctx, practiceId);
    }
    return facts;
  }

  /**
   * Moves a practice through the status machine and records who did it and why. The row is
   * locked first, so two callers cannot both make the same move. SELECTED opens the
   * systematization steps.
   */
  async change(ctx: RequestContext, practiceId: string, to: PracticeStatus, reason?: string | null): Promise<Practice> {
    const practice = isUUID(practiceId) ? await ctx.repo(Practice).findOne({ where: { id: practiceId }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!practice) throw new NotFoundError('Practice', practiceId);
    const from = practice.status;
    checkStatusGraph(from, to);
    checkStatusMove(from, to, await this.factsFor(ctx, practiceId, to));
    practice.status = to;
    const saved = await ctx.repo(Practice).save(practice);
    const history = ctx.repo(PracticeStatusChange);
    await history.save(history.create({ practiceId, fromStatus: from, toStatus: to, reason: reason?.trim() || null, changedBy: publicName(ctx.principal) }));
    if (to === PracticeStatus.SELECTED) await this.steps.ensureSteps(ctx, practiceId);
    return saved;
  }
}
