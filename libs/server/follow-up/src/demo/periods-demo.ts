import { DEMO_ADMIN, today, User, type DemoSeedContext } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';
import { ReportingPeriodService } from '../periods/reporting-period.service';
import { asUser } from './demo-actor';
import { findCsnProgramme } from './csn-indicator';

/** Half-years of the Peru route's follow-up (the demo's reports are dated 2014-2015), locked once reported on. */
const PAST_HALVES = [
  { label: '2014 H2', startsOn: '2014-07-01', endsOn: '2014-12-31', closesOn: '2015-01-31', locked: true },
  { label: '2015 H1', startsOn: '2015-01-01', endsOn: '2015-06-30', closesOn: '2015-07-31', locked: true },
  { label: '2015 H2', startsOn: '2015-07-01', endsOn: '2015-12-31', closesOn: '2016-01-31', locked: false },
];

/** The half-year running today, OPEN, closing a month after it ends: owners are reminded a week before that. */
function currentHalf(now = new Date()) {
  const year = now.getUTCFullYear();
  const first = now.getUTCMonth() < 6;
  const endsOn = first ? `${year}-06-30` : `${year}-12-31`;
  const closesOn = first ? `${year}-07-31` : `${year + 1}-01-31`;
  return { label: `${year} ${first ? 'H1' : 'H2'}`, startsOn: first ? `${year}-01-01` : `${year}-07-01`, endsOn, closesOn, locked: false };
}

/**
 * Demo reporting periods, through the periods service as the demo admin: for the programme of
 * the Peru route (its teams' plan indicators are reported on in 2014-2015) the half-years of
 * the story, the first two LOCKED by the admin, the third left OPEN for the scheduled job to
 * lock once the gateway runs (its closing day is long past); and for the route's programme and
 * the CSN programme, the half-year running today, OPEN, with its owners' reminder scheduled.
 */
export async function seedDemoPeriods({ manager, logger }: DemoSeedContext): Promise<void> {
  const route = await manager.getRepository(LearningRoute).findOneBy({ hostCountryCode: 'PE' });
  const admin = await manager.getRepository(User).findOneBy({ email: DEMO_ADMIN.email });
  if (!route || !admin) {
    logger.warn('no Peru demo route or no demo admin: reporting periods demo data skipped');
    return;
  }
  const periods = new ReportingPeriodService();
  const csn = await asUser(manager, logger, admin, (ctx) => findCsnProgramme(ctx));
  const plans = [{ programmeId: route.programmeId, halves: [...PAST_HALVES, currentHalf()] }];
  if (csn && csn.id !== route.programmeId) plans.push({ programmeId: csn.id, halves: [currentHalf()] });
  for (const { programmeId, halves } of plans) {
    const existing = await asUser(manager, logger, admin, (ctx) => periods.list(ctx, { programmeId, first: 1 }));
    if (existing.edges.length > 0) continue;
    for (const half of halves) {
      const period = await asUser(manager, logger, admin, (ctx) => periods.create(ctx, { programmeId, label: half.label, startsOn: half.startsOn, endsOn: half.endsOn, closesOn: half.closesOn }));
      if (half.locked) await asUser(manager, logger, admin, (ctx) => periods.lock(ctx, period.id, period.version));
    }
  }
  logger.info('follow-up demo: reporting periods seeded', { today: today() });
}
