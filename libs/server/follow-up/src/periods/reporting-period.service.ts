import {
  ConflictError,
  findOrFail,
  hasSearch,
  loadForUpdate,
  paginate,
  ReferenceCheck,
  searchTerm,
  Service,
  textMatches,
  transition,
  ValidationError,
  type Connection,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import { ProgrammeRef } from '@lr/server-core-domain';
import { ProgressReport } from '../progress/progress-report.entity';
import { cancelPeriodJobs, schedulePeriodJobs } from './period-jobs';
import { PeriodLockedError } from './period-errors';
import { periodStatusMachine } from './period-machine';
import { dateProblems, type PeriodDates } from './period-schedule';
import { PeriodStatus } from './period-status';
import type { CreateReportingPeriodInput, ReportingPeriodFilter, ReportingPeriodsArgs, UpdateReportingPeriodInput } from './period.inputs';
import { ReportingPeriod } from './reporting-period.entity';

/** The periods list's order: earliest first. */
export const PERIOD_SORT: SortKey = { expression: 'p.starts_on', direction: 'ASC' };

/** A programme's periods the list shows under its filter (the list and its CSV run this one query). */
export function periodsQuery(ctx: RequestContext, programmeId: string, f: ReportingPeriodFilter | undefined) {
  const q = ctx.repo(ReportingPeriod).createQueryBuilder('p').where('p.programme_id = :programmeId', { programmeId });
  if (f?.status) q.andWhere('p.status = :status', { status: f.status });
  if (f?.covers) q.andWhere('p.starts_on <= :covers AND p.ends_on >= :covers', { covers: f.covers });
  if (hasSearch(f?.search)) q.andWhere(textMatches('p', { plain: ['label'] }), { term: searchTerm(f.search) });
  return q;
}

/**
 * Serialises changes to one programme's periods for the rest of the transaction: the overlap
 * and label checks read the other periods, so two periods created at once could both pass them.
 * An advisory lock, as the programme's row is the core domain's to lock.
 */
async function lockProgrammePeriods(ctx: RequestContext, programmeId: string): Promise<void> {
  await ctx.entityManager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`reporting_period:${programmeId}`]);
}

/** Refuses a period sharing a day with another of the programme, or its label (field errors). */
async function assertFits(ctx: RequestContext, programmeId: string, period: PeriodDates & { label: string }, selfId: string | null): Promise<void> {
  const others = ctx.repo(ReportingPeriod).createQueryBuilder('p').where('p.programme_id = :programmeId', { programmeId });
  if (selfId) others.andWhere('p.id <> :selfId', { selfId });
  const overlapping = await others
    .clone()
    .andWhere('p.starts_on <= :endsOn AND p.ends_on >= :startsOn', { startsOn: period.startsOn, endsOn: period.endsOn })
    .orderBy('p.starts_on', 'ASC')
    .getOne();
  if (overlapping) {
    const message = `overlaps the period "${overlapping.label}" (${overlapping.startsOn} to ${overlapping.endsOn}): periods of a programme do not share days`;
    throw new ValidationError([
      { path: 'input.startsOn', message, constraint: 'noOverlap' },
      { path: 'input.endsOn', message, constraint: 'noOverlap' },
    ]);
  }
  const sameLabel = await others.clone().andWhere('lower(p.label) = lower(:label)', { label: period.label }).getExists();
  if (sameLabel) throw ValidationError.field('input.label', `is already the label of another period of this programme`, 'uniqueLabel');
}

/** Reports of the programme's indicators dated in the period (or filed under it). */
function reportsIn(ctx: RequestContext, period: ReportingPeriod) {
  return ctx
    .repo(ProgressReport)
    .createQueryBuilder('r')
    .innerJoin('r.indicator', 'i')
    .where('(r.period_id = :id OR (i.programme_id = :programmeId AND r.reported_on BETWEEN :startsOn AND :endsOn))', {
      id: period.id,
      programmeId: period.programmeId,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
    });
}

/**
 * Files the programme's reports dated in the period under it, so "the period's reports" is one
 * column whichever came first, the report or the period.
 */
async function fileReports(ctx: RequestContext, period: ReportingPeriod): Promise<void> {
  await ctx.entityManager.query(
    `UPDATE progress_report r SET period_id = $1
       FROM tracked_indicator i
      WHERE r.indicator_id = i.id AND i.programme_id = $2 AND r.reported_on BETWEEN $3 AND $4 AND r.period_id IS DISTINCT FROM $1`,
    [period.id, period.programmeId, period.startsOn, period.endsOn],
  );
}

@Service()
export class ReportingPeriodService {
  /** The programme's periods, earliest first. */
  list(ctx: RequestContext, args: ReportingPeriodsArgs, selection?: Selection): Promise<Connection<ReportingPeriod>> {
    return paginate(periodsQuery(ctx, args.programmeId, args.filter), args, PERIOD_SORT, selection);
  }

  get(ctx: RequestContext, id: string): Promise<ReportingPeriod> {
    return findOrFail(ctx, ReportingPeriod, id);
  }

  /** Creates an OPEN period and schedules its owners' reminder and its automatic lock. */
  async create(ctx: RequestContext, input: CreateReportingPeriodInput): Promise<ReportingPeriod> {
    const check = new ReferenceCheck(ctx);
    await check.one(ProgrammeRef, input.programmeId, 'input.programmeId');
    for (const problem of dateProblems(input)) check.add(problem.path, problem.message, problem.constraint);
    check.assertValid();
    const label = input.label.trim();
    await lockProgrammePeriods(ctx, input.programmeId);
    await assertFits(ctx, input.programmeId, { ...input, label }, null);
    const repo = ctx.repo(ReportingPeriod);
    const period = await repo.save(
      repo.create({ programmeId: input.programmeId, label, startsOn: input.startsOn, endsOn: input.endsOn, closesOn: input.closesOn, status: PeriodStatus.OPEN }),
    );
    await fileReports(ctx, period);
    await schedulePeriodJobs(ctx, period);
    return period;
  }

  /**
   * Changes an OPEN period (a LOCKED one is reopened first). Its dates may not leave any of its
   * reports outside it; a new `closesOn` moves the reminder and the automatic lock.
   */
  async update(ctx: RequestContext, input: UpdateReportingPeriodInput): Promise<ReportingPeriod> {
    const period = await loadForUpdate(ctx, ReportingPeriod, input.id, input.version);
    if (period.status === PeriodStatus.LOCKED) throw new PeriodLockedError(period, 'reopen it before changing it');
    const next = {
      label: input.label?.trim() ?? period.label,
      startsOn: input.startsOn ?? period.startsOn,
      endsOn: input.endsOn ?? period.endsOn,
      closesOn: input.closesOn ?? period.closesOn,
    };
    const problems = dateProblems(next);
    if (problems.length) throw new ValidationError(problems);
    await lockProgrammePeriods(ctx, period.programmeId);
    await assertFits(ctx, period.programmeId, next, period.id);
    const datesMoved = next.startsOn !== period.startsOn || next.endsOn !== period.endsOn;
    if (datesMoved) {
      const outside = await ctx
        .repo(ProgressReport)
        .createQueryBuilder('r')
        .where('r.period_id = :id AND (r.reported_on < :startsOn OR r.reported_on > :endsOn)', { id: period.id, startsOn: next.startsOn, endsOn: next.endsOn })
        .getCount();
      if (outside) {
        const message = `would leave ${outside} report${outside === 1 ? '' : 's'} of the period outside it: move or delete them first`;
        throw new ValidationError([
          { path: 'input.startsOn', message, constraint: 'keepsReports' },
          { path: 'input.endsOn', message, constraint: 'keepsReports' },
        ]);
      }
    }
    const closesMoved = next.closesOn !== period.closesOn;
    Object.assign(period, next);
    const saved = await ctx.repo(ReportingPeriod).save(period);
    if (datesMoved) await fileReports(ctx, saved);
    if (closesMoved) await schedulePeriodJobs(ctx, saved);
    return saved;
  }

  /** Deletes a period with no report dated in it (CONFLICT naming how many otherwise). */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const period = await loadForUpdate(ctx, ReportingPeriod, id, version);
    const reports = await reportsIn(ctx, period).getCount();
    if (reports) {
      throw new ConflictError(`The period "${period.label}" has ${reports} report${reports === 1 ? '' : 's'} dated in it and cannot be deleted`, { reports, constraint: 'periodHasReports' });
    }
    await cancelPeriodJobs(ctx, period.id);
    await ctx.repo(ReportingPeriod).remove(period);
    return id;
  }

  /** Locks the period (admins; the system once `closesOn` is over): its reports can no longer change. */
  lock(ctx: RequestContext, id: string, version: number): Promise<ReportingPeriod> {
    return transition(ctx, periodStatusMachine, { id, to: PeriodStatus.LOCKED, version });
  }

  /** Reopens a locked period (admins, with a reason kept in its history). */
  reopen(ctx: RequestContext, id: string, version: number, reason: string): Promise<ReportingPeriod> {
    return transition(ctx, periodStatusMachine, { id, to: PeriodStatus.OPEN, version, reason });
  }
}
