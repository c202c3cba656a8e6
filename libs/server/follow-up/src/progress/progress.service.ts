import { randomUUID } from 'node:crypto';
import { isUUID } from 'class-validator';
import {
  ConflictError,
  createFileStorage,
  DomainError,
  ErrorCode,
  ForbiddenError,
  hasSearch,
  isPartner,
  loadForUpdate,
  lockRow,
  NotFoundError,
  paginate,
  searchTerm,
  Service,
  textMatches,
  today,
  transition,
  ValidationError,
  type Connection,
  type FileStorage,
  type RequestContext,
  type Selection,
} from '@lr/server-core';
import { normalizeDecimal } from '../indicators/decimal';
import { assertMayReadIndicator, mayReportOn, scopeIndicators } from '../indicators/indicator-access';
import { TrackedIndicator } from '../indicators/tracked-indicator.entity';
import { evidenceFileName } from './evidence-rules';
import { assertPeriodOpen } from '../periods';
import { ProgressReport } from './progress-report.entity';
import type { ProgressReportsArgs, ReportProgressInput, UpdateProgressReportInput, VerifyProgressReportsInput } from './progress.inputs';
import { reportDateProblem } from './report-rules';
import { Verification } from './verification';
import { verificationMachine } from './verification-machine';

const storageOf = (ctx: RequestContext): FileStorage => createFileStorage(ctx.runtime.config);

/** Deletes a stored file once the transaction that stopped referring to it commits (never before: it may roll back). */
function deleteAfterCommit(ctx: RequestContext, key: string | null): void {
  if (!key) return;
  const storage = storageOf(ctx);
  ctx.afterCommit(() => storage.delete(key));
}

/** One report of a bulk verification that could not be made; `constraint` names the rule for clients that word it themselves. */
export interface BulkVerificationFailure {
  index: number;
  id: string;
  code: string;
  constraint: string;
  message: string;
}

/**
 * The rule a refused verification broke, for the portal's words: the error's own constraint
 * (a locked period), else one named after its code (someone changed or verified it first).
 */
function constraintOf(error: DomainError): string {
  const own = error.details['constraint'];
  if (typeof own === 'string') return own;
  if (error instanceof ValidationError && error.fields[0]?.constraint) return error.fields[0].constraint;
  if (error.code === ErrorCode.CONFLICT) return 'reportChanged';
  if (error.code === ErrorCode.PHASE_RULE) return 'reportNotUnverified';
  if (error.code === ErrorCode.NOT_FOUND) return 'reportExists';
  return 'verificationRefused';
}

/** A bulk verification refused as a whole: every failing report with its reason; nothing changed. */
export class BulkVerificationError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(readonly failures: BulkVerificationFailure[], total: number) {
    super(`${failures.length} of ${total} reports could not be verified, so none was: ${failures.map((f) => `#${f.index + 1}: ${f.message}`).join('; ')}`, {
      failures,
      fields: failures.map((f) => ({ path: `input.reports.${f.index}`, message: f.message, constraint: f.constraint })),
    });
  }
}

const NOT_YOURS = "Only the indicator's owner, follow-up editors and admins report on it";

@Service()
export class ProgressService {
  /** A page of reports, latest date first, limited to what the caller may read (partners: VERIFIED ones). */
  async list(ctx: RequestContext, args: ProgressReportsArgs, selection?: Selection): Promise<Connection<ProgressReport>> {
    const q = ctx.repo(ProgressReport).createQueryBuilder('r').innerJoin('r.indicator', 'ind');
    const f = args.filter;
    if (f?.indicatorId) q.andWhere('r.indicator_id = :indicatorId', { indicatorId: f.indicatorId });
    if (f?.programmeId) q.andWhere('ind.programme_id = :programmeId', { programmeId: f.programmeId });
    if (f?.routeId) q.andWhere('ind.route_id = :routeId', { routeId: f.routeId });
    if (f?.verification) q.andWhere('r.verification = :verification', { verification: f.verification });
    if (f?.from) q.andWhere('r.reported_on >= :from', { from: f.from });
    if (f?.to) q.andWhere('r.reported_on <= :to', { to: f.to });
    if (hasSearch(f?.search)) q.andWhere(textMatches('r', { plain: ['note'] }), { term: searchTerm(f.search) });
    if (isPartner(ctx.principal)) q.andWhere('r.verification = :partnerVerification', { partnerVerification: Verification.VERIFIED });
    await scopeIndicators(ctx, q, 'ind');
    return paginate(q, args, { expression: 'r.reported_on', direction: 'DESC' }, selection);
  }

  /** The report, or NOT_FOUND (also when the caller may not read its indicator; partners read VERIFIED ones only). */
  async get(ctx: RequestContext, id: string): Promise<ProgressReport> {
    const report = isUUID(id) ? await ctx.repo(ProgressReport).findOneBy({ id }) : null;
    if (!report || (isPartner(ctx.principal) && report.verification !== Verification.VERIFIED)) throw new NotFoundError('ProgressReport', id);
    await this.readableIndicator(ctx, report);
    return report;
  }

  /** Reports a value: the indicator's owner, follow-up editors and admins; refused in a LOCKED period. */
  async report(ctx: RequestContext, input: ReportProgressInput): Promise<ProgressReport> {
    // FOR SHARE: a change of the indicator's line (its own edit, or its plan's corrected objective)
    // locks the row, then checks no report exists; it waits for this one to commit, and sees it.
    const indicator = isUUID(input.indicatorId) ? await ctx.repo(TrackedIndicator).findOne({ where: { id: input.indicatorId }, lock: { mode: 'pessimistic_read' } }) : null;
    if (!indicator) throw ValidationError.field('input.indicatorId', `no indicator has the id ${input.indicatorId}`, 'indicatorExists');
    await assertMayReadIndicator(ctx, indicator).catch(() => {
      throw ValidationError.field('input.indicatorId', `no indicator has the id ${input.indicatorId}`, 'indicatorExists');
    });
    if (!mayReportOn(ctx, indicator)) throw new ForbiddenError(NOT_YOURS);
    const dateProblem = reportDateProblem(input.reportedOn, today());
    if (dateProblem) throw ValidationError.field('input.reportedOn', dateProblem, 'reportNotInFuture');
    const period = await assertPeriodOpen(ctx, indicator.programmeId, input.reportedOn);
    const repo = ctx.repo(ProgressReport);
    return repo.save(
      repo.create({
        indicatorId: indicator.id,
        periodId: period?.id ?? null,
        value: normalizeDecimal(input.value),
        reportedOn: input.reportedOn,
        note: input.note?.trim() || null,
        evidenceUrl: input.evidenceUrl?.trim() || null,
        verification: Verification.UNVERIFIED,
        reportedBy: ctx.principal.kind === 'user' ? ctx.principal.userId : null,
      }),
    );
  }

  /** Changes a report that is not VERIFIED; a RETURNED one goes back to UNVERIFIED (in its history). */
  async update(ctx: RequestContext, input: UpdateProgressReportInput): Promise<ProgressReport> {
    const report = await loadForUpdate(ctx, ProgressReport, input.id, input.version);
    const indicator = await this.changeable(ctx, report);
    if (input.reportedOn) {
      const dateProblem = reportDateProblem(input.reportedOn, today());
      if (dateProblem) throw ValidationError.field('input.reportedOn', dateProblem, 'reportNotInFuture');
    }
    const reportedOn = input.reportedOn ?? report.reportedOn;
    // Moving a report out of a period changes that period too: both must be open.
    const period = await assertPeriodOpen(ctx, indicator.programmeId, reportedOn);
    const revised = await this.reopenIfReturned(ctx, report);
    if (input.value !== undefined && input.value !== null) revised.value = normalizeDecimal(input.value);
    revised.reportedOn = reportedOn;
    revised.periodId = period?.id ?? null;
    if (input.note !== undefined) revised.note = input.note?.trim() || null;
    if (input.evidenceUrl !== undefined) revised.evidenceUrl = input.evidenceUrl?.trim() || null;
    return ctx.repo(ProgressReport).save(revised);
  }

  /** Deletes a report that is UNVERIFIED or RETURNED, and its evidence file once committed. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const report = await loadForUpdate(ctx, ProgressReport, id, version);
    await this.changeable(ctx, report);
    deleteAfterCommit(ctx, report.evidenceKey);
    await ctx.repo(ProgressReport).remove(report);
    return id;
  }

  /** UNVERIFIED → VERIFIED: follow-up editors and admins (the machine says who). */
  async verify(ctx: RequestContext, id: string, version: number): Promise<ProgressReport> {
    await this.beforeVerification(ctx, id);
    return transition(ctx, verificationMachine, { id, to: Verification.VERIFIED, version });
  }

  /** UNVERIFIED → RETURNED for revision, with a reason the reporter reads in its history. */
  async returnForRevision(ctx: RequestContext, id: string, version: number, reason: string): Promise<ProgressReport> {
    await this.beforeVerification(ctx, id);
    return transition(ctx, verificationMachine, { id, to: Verification.RETURNED, version, reason });
  }

  /** Verifies many reports in order, all or nothing: a refusal lists every failing report (`extensions.failures`). */
  async verifyMany(ctx: RequestContext, input: VerifyProgressReportsInput): Promise<ProgressReport[]> {
    const done: ProgressReport[] = [];
    const failures: BulkVerificationFailure[] = [];
    const seen = new Set<string>();
    for (const [index, item] of input.reports.entries()) {
      if (seen.has(item.id)) {
        failures.push({ index, id: item.id, code: ErrorCode.BAD_USER_INPUT, constraint: 'listedOnce', message: 'is listed twice' });
        continue;
      }
      seen.add(item.id);
      try {
        done.push(await this.verify(ctx, item.id, item.version));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        failures.push({ index, id: item.id, code: error.code, constraint: constraintOf(error), message: error.message });
      }
    }
    // Throwing rolls the whole transaction back, the verifications that succeeded included.
    if (failures.length) throw new BulkVerificationError(failures, input.reports.length);
    return done;
  }

  /** Stores an uploaded evidence file (replacing the previous one, deleted once committed). */
  async attachEvidence(ctx: RequestContext, id: string, file: { data: Buffer; contentType: string; fileName?: string }): Promise<ProgressReport> {
    const report = await lockRow(ctx, ProgressReport, id);
    await this.changeable(ctx, report);
    const revised = await this.reopenIfReturned(ctx, report);
    deleteAfterCommit(ctx, revised.evidenceKey);
    const key = `follow-up/evidence/${revised.id}/${randomUUID()}`;
    await storageOf(ctx).put(key, file.data);
    Object.assign(revised, { evidenceKey: key, evidenceName: evidenceFileName(file.fileName, revised.id, file.contentType), evidenceType: file.contentType });
    return ctx.repo(ProgressReport).save(revised);
  }

  /** The stored evidence file: FORBIDDEN for partners, NOT_FOUND when the report has none or the caller may not read it. */
  async readEvidence(ctx: RequestContext, id: string): Promise<{ report: ProgressReport; data: Buffer }> {
    if (isPartner(ctx.principal)) throw new ForbiddenError('Evidence files are for signed-in users');
    const report = await this.get(ctx, id);
    const data = report.evidenceKey ? await storageOf(ctx).get(report.evidenceKey) : null;
    if (!data) throw new NotFoundError('ProgressReport evidence', id);
    return { report, data };
  }

  /** The report's indicator, NOT_FOUND for the report when the caller may not read it. */
  private async readableIndicator(ctx: RequestContext, report: ProgressReport): Promise<TrackedIndicator> {
    const indicator = await ctx.repo(TrackedIndicator).findOneByOrFail({ id: report.indicatorId });
    await assertMayReadIndicator(ctx, indicator).catch(() => {
      throw new NotFoundError('ProgressReport', report.id);
    });
    return indicator;
  }

  /** May the caller change this report now: theirs to report on, not VERIFIED, its period open. */
  private async changeable(ctx: RequestContext, report: ProgressReport): Promise<TrackedIndicator> {
    const indicator = await this.readableIndicator(ctx, report);
    if (!mayReportOn(ctx, indicator)) throw new ForbiddenError(NOT_YOURS);
    if (report.verification === Verification.VERIFIED) throw new ConflictError('A VERIFIED report cannot be changed or deleted: report a new value instead', { constraint: 'reportVerified' });
    await assertPeriodOpen(ctx, indicator.programmeId, report.reportedOn);
    return indicator;
  }

  /** The reporter's change of a RETURNED report sends it back to UNVERIFIED, through the machine (history kept). */
  private async reopenIfReturned(ctx: RequestContext, report: ProgressReport): Promise<ProgressReport> {
    if (report.verification !== Verification.RETURNED) return report;
    return transition(ctx, verificationMachine, { id: report.id, to: Verification.UNVERIFIED, version: report.version, reason: 'Revised by the reporter' });
  }

  /** Verification reads the report like anyone (NOT_FOUND if hidden) and needs its period open. */
  private async beforeVerification(ctx: RequestContext, id: string): Promise<void> {
    const report = await this.get(ctx, id);
    const indicator = await this.readableIndicator(ctx, report);
    await assertPeriodOpen(ctx, indicator.programmeId, report.reportedOn);
  }
}
