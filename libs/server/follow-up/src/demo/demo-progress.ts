import type { EntityManager } from 'typeorm';
import { LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { DomainError, StateChange, type Logger, type RequestContext, type User } from '@lr/server-core';
import type { TrackedIndicator } from '../indicators/tracked-indicator.entity';
import { ReportingPeriod } from '../periods/reporting-period.entity';
import { ProgressReport } from '../progress/progress-report.entity';
import { ProgressService } from '../progress/progress.service';
import { Verification } from '../progress/verification';
import { verificationMachine } from '../progress/verification-machine';
import { asUser, recordMove } from './demo-actor';

export interface ReportSeed {
  value: string;
  reportedOn: string;
  note: string;
  evidenceUrl?: string;
  verification: Verification;
  /** When the verifier decided (VERIFIED or RETURNED). */
  decidedOn?: string;
  /** Why it was returned for revision. */
  reason?: string;
}

/** Whether the indicator already has reports (another area's demo, or an earlier run, made them). */
export function hasReports(ctx: RequestContext, indicatorId: string): Promise<boolean> {
  return ctx.repo(ProgressReport).existsBy({ indicatorId });
}

/** The decision's history entry, dated when the verifier made it in the story rather than at seeding time. */
async function dateDecision(ctx: RequestContext, reportId: string, on: string): Promise<void> {
  await ctx.repo(StateChange).update({ machine: verificationMachine.name, recordId: reportId }, { at: new Date(`${on}T12:00:00Z`) });
}

/** The reporting period of the indicator's programme that holds `date`, if the periods demo made one. */
function periodOf(ctx: RequestContext, programmeId: string, date: string): Promise<ReportingPeriod | null> {
  return ctx.repo(ReportingPeriod).findOne({ where: { programmeId, startsOn: LessThanOrEqual(date), endsOn: MoreThanOrEqual(date) }, order: { startsOn: 'DESC' } });
}

/** The verifier's decision written as it was made before the period was locked: the report's state and its history entry. */
async function decideDirectly(ctx: RequestContext, report: ProgressReport, seed: ReportSeed): Promise<ProgressReport> {
  report.verification = seed.verification;
  const saved = await ctx.repo(ProgressReport).save(report);
  await recordMove(ctx, { machine: verificationMachine.name, recordId: report.id, from: Verification.UNVERIFIED, to: seed.verification, on: seed.decidedOn ?? seed.reportedOn, reason: seed.reason });
  return saved;
}

const refusal = (error: unknown): DomainError => {
  if (error instanceof DomainError) return error;
  throw error;
};

/**
 * A report as its reporter made it and its verifier decided it, through the progress service
 * (checks, period, the verification machine and its history, audit), each step as its user. When
 * the service refuses (the periods demo locked the period of a past date, say), the step is
 * written as it was made before the lock, in the period for its date.
 */
export async function reportAndDecide(manager: EntityManager, logger: Logger, people: { reporter: User; verifier: User }, indicator: TrackedIndicator, seed: ReportSeed): Promise<ProgressReport> {
  const progress = new ProgressService();
  const report = await asUser(manager, logger, people.reporter, (ctx) =>
    progress.report(ctx, { indicatorId: indicator.id, value: seed.value, reportedOn: seed.reportedOn, note: seed.note, evidenceUrl: seed.evidenceUrl }).catch(async (error) => {
      logger.info('demo progress report written directly', { indicatorId: indicator.id, reportedOn: seed.reportedOn, refusal: refusal(error).message });
      const period = await periodOf(ctx, indicator.programmeId, seed.reportedOn);
      const repo = ctx.repo(ProgressReport);
      return repo.save(
        repo.create({
          indicatorId: indicator.id,
          periodId: period?.id ?? null,
          value: seed.value,
          reportedOn: seed.reportedOn,
          note: seed.note,
          evidenceUrl: seed.evidenceUrl ?? null,
          verification: Verification.UNVERIFIED,
          reportedBy: ctx.principal.kind === 'user' ? ctx.principal.userId : null,
        }),
      );
    }),
  );
  if (seed.verification === Verification.UNVERIFIED) return report;
  return asUser(manager, logger, people.verifier, async (ctx) => {
    try {
      const decided =
        seed.verification === Verification.VERIFIED
          ? await progress.verify(ctx, report.id, report.version)
          : await progress.returnForRevision(ctx, report.id, report.version, seed.reason ?? 'Returned for revision');
      await dateDecision(ctx, report.id, seed.decidedOn ?? seed.reportedOn);
      return decided;
    } catch (error) {
      logger.info('demo verification written directly', { reportId: report.id, refusal: refusal(error).message });
      return decideDirectly(ctx, report, seed);
    }
  });
}
