import type { EntityManager } from 'typeorm';
import type { Logger, RequestContext, User } from '@lr/server-core';
import { Programme } from '@lr/server-core-domain';
import { IndicatorService } from '../indicators/indicator.service';
import { TrackedIndicator } from '../indicators/tracked-indicator.entity';
import { Verification } from '../progress/verification';
import { asUser } from './demo-actor';
import { hasReports, reportAndDecide } from './demo-progress';

/**
 * Seed 003: the SUN Civil Society Network's commitment "Increase # of member-led communities of
 * practice within the CSN Network", its key indicator with baseline 0 (2021), target 5
 * (December 2025) and the progress report of December 2023 (2, verified): 40 % of the way.
 */
export const CSN_INDICATOR = {
  name: { en: 'Number of member-led communities of practice within the Civil Society Network' },
  objective: { en: 'Increase # of member-led communities of practice within the CSN Network' },
  unit: 'member-led communities of practice',
  baselineValue: '0',
  baselineDate: '2021-01-01',
  targetValue: '5',
  targetDate: '2025-12-31',
} as const;

const CSN_PROGRESS = {
  value: '2',
  reportedOn: '2023-12-31',
  note: '2 member-led communities of practice (SUN Civil Society Commitment #4, progress report of December 2023).',
  verification: Verification.VERIFIED,
  decidedOn: '2024-01-15',
};

/** The core demo's CSN programme (GBP 1,009,038), or null. */
export function findCsnProgramme(ctx: RequestContext): Promise<Programme | null> {
  return ctx
    .repo(Programme)
    .createQueryBuilder('p')
    .where(`p.name->>'en' ILIKE :csn`, { csn: '%CSN%' })
    .orderBy(`CASE WHEN p.currency = 'GBP' AND p.budget_minor = 100903800 THEN 0 ELSE 1 END`)
    .addOrderBy('p.created_at')
    .getOne();
}

/**
 * Adds the indicator to the programme directly (it comes from no action plan) through the
 * indicators service, unless it is there; its report through the progress service, unless it has reports.
 */
export async function seedCsnIndicator(manager: EntityManager, logger: Logger, admin: User, programme: Programme): Promise<TrackedIndicator> {
  const indicator = await asUser(manager, logger, admin, async (ctx) => {
    const existing = await ctx
      .repo(TrackedIndicator)
      .createQueryBuilder('i')
      .where('i.programme_id = :p', { p: programme.id })
      .andWhere(`i.name->>'en' = :name`, { name: CSN_INDICATOR.name.en })
      .getOne();
    return existing ?? new IndicatorService().create(ctx, { ...CSN_INDICATOR, name: { ...CSN_INDICATOR.name }, objective: { ...CSN_INDICATOR.objective }, programmeId: programme.id });
  });
  if (!(await asUser(manager, logger, admin, (ctx) => hasReports(ctx, indicator.id)))) await reportAndDecide(manager, logger, { reporter: admin, verifier: admin }, indicator, CSN_PROGRESS);
  return indicator;
}
