/**
 * Demo data for follow-up (seeds 000 §45-§48, 003), seeded after every other area's (it builds
 * on what they may have made):
 * - seed 003's CSN commitment indicator on the CSN programme: baseline 0 (2021), target 5
 *   (December 2025), progress 2 (December 2023) VERIFIED — 40 % of the way to target;
 * - the Peru route's FINAL and AWARDED plans' indicators (what the indicators area's reaction
 *   makes when a plan becomes FINAL: reactions do not run while seeding), with progress reports:
 *   some VERIFIED, some waiting, one RETURNED with its reason;
 * - the route's anonymous six-month survey, with its questions, roster and ten answers;
 * - its final virtual meeting and Tanzania's technical-assistance visit, two scaling-up stories
 *   (a Peru practice adapted in Guatemala and in Tanzania) and a community of practice.
 *
 * Written as the demo admin (the audit trail names them), through the module's services where
 * the records have them. What another module's demo did not make (no Peru route, no plans, no
 * participants) is logged and skipped; what is already there is left as it is.
 */
import { DEMO_ADMIN, User, type DemoSeedContext } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';
import { asUser } from './demo-actor';
import { findCsnProgramme, seedCsnIndicator } from './csn-indicator';
import { seedCommunity, seedRouteEvents, seedScalingStories } from './events-and-stories';
import { seedPlanIndicators } from './plan-indicators';
import { seedSixMonthSurvey } from './six-month-survey';

export async function seedFollowUpDemo({ manager, logger }: DemoSeedContext): Promise<void> {
  const admin = await manager.getRepository(User).findOneBy({ email: DEMO_ADMIN.email });
  if (!admin) {
    logger.warn('no demo admin: follow-up demo data skipped');
    return;
  }
  const as = <T>(work: Parameters<typeof asUser<T>>[3]) => asUser(manager, logger, admin, work);

  const csn = await as((ctx) => findCsnProgramme(ctx));
  if (csn) await seedCsnIndicator(manager, logger, admin, csn);
  else logger.warn('no CSN programme (core demo not loaded?): seed 003’s indicator skipped');

  const route = await manager.getRepository(LearningRoute).findOneBy({ hostCountryCode: 'PE' });
  if (!route) {
    logger.warn('no Peru demo route: the route’s follow-up demo data skipped');
    return;
  }
  const peru = { id: route.id, programmeId: route.programmeId };
  await seedPlanIndicators(manager, logger, admin, peru);
  const survey = await as((ctx) => seedSixMonthSurvey(ctx, peru));
  if (survey === 'exists') logger.info('the Peru route already has its six-month survey: left as it is');
  if (survey === 'no-roster') logger.warn('the Peru route has no selected participants (delegations demo not loaded?): six-month survey skipped');
  await as((ctx) => seedRouteEvents(ctx, manager, route.id));
  if ((await as((ctx) => seedScalingStories(ctx, manager, route.id))) === null) logger.warn('the Peru route has no case practices (practices demo not loaded?): scaling-up stories skipped');
  await as((ctx) => seedCommunity(ctx, manager, route.id));
}
