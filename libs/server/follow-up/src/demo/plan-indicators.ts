import type { EntityManager } from 'typeorm';
import { User, type Logger } from '@lr/server-core';
import { ActionPlan, PlanStatus } from '@lr/server-action-plans';
import { Delegation } from '@lr/server-delegations';
import { trackPlanIndicators } from '../indicators/plan-indicators';
import { Verification } from '../progress/verification';
import { asUser } from './demo-actor';
import { hasReports, reportAndDecide, type ReportSeed } from './demo-progress';

/**
 * The progress the Peru route's accepted plans report, by team country and objective position:
 * Tanzania's districts well on the way (two reports verified, the latest waiting), its budget
 * analysis returned for better evidence; Guatemala's commitments and earmarked budgets moving.
 */
const PROGRESS: Record<string, Record<number, ReportSeed[]>> = {
  TZ: {
    1: [
      { value: '4', reportedOn: '2014-12-31', note: 'Dodoma, Iringa, Mbeya and Njombe district councils adopted their multi-sectoral nutrition plans.', evidenceUrl: 'https://example.org/tanzania/district-plans-2014.pdf', verification: Verification.VERIFIED, decidedOn: '2015-01-20' },
      { value: '7', reportedOn: '2015-06-30', note: 'Three more councils adopted plans after the district workshops funded by the route’s grant.', evidenceUrl: 'https://example.org/tanzania/district-plans-2015-h1.pdf', verification: Verification.VERIFIED, decidedOn: '2015-07-15' },
      { value: '11', reportedOn: '2015-12-31', note: 'Eleven councils; the twelfth votes its plan in January.', verification: Verification.UNVERIFIED },
    ],
    2: [
      {
        value: '1',
        reportedOn: '2015-06-30',
        note: 'Iringa region published its budget.',
        evidenceUrl: 'https://example.org/tanzania/iringa-budget-2015.pdf',
        verification: Verification.RETURNED,
        decidedOn: '2015-07-15',
        reason: 'The link is to the regional budget itself, not to an analysis of its nutrition spending: add the analysis, or say where it is published.',
      },
    ],
  },
  GT: {
    1: [
      { value: '1', reportedOn: '2014-12-31', note: 'La COMUSAN de Huehuetenango adoptó el primer compromiso de la red.', evidenceUrl: 'https://example.org/guatemala/acta-comusan-2014.pdf', verification: Verification.VERIFIED, decidedOn: '2015-01-22' },
      { value: '3', reportedOn: '2015-06-30', note: 'Tres compromisos adoptados; actas en revisión por SESAN.', verification: Verification.UNVERIFIED },
    ],
    2: [{ value: '4', reportedOn: '2015-06-30', note: 'Cuatro municipios etiquetaron presupuesto para nutrición en 2015.', evidenceUrl: 'https://example.org/guatemala/presupuestos-municipales-2015.pdf', verification: Verification.VERIFIED, decidedOn: '2015-07-20' }],
  },
};

/** The Peru route's FINAL and AWARDED plans' indicators, with some progress (verified, waiting, returned). */
export async function seedPlanIndicators(manager: EntityManager, logger: Logger, admin: User, route: { id: string; programmeId: string }): Promise<number> {
  const plans = await manager.getRepository(ActionPlan).find({ where: [{ routeId: route.id, status: PlanStatus.FINAL }, { routeId: route.id, status: PlanStatus.AWARDED }], order: { createdAt: 'ASC' } });
  if (!plans.length) {
    logger.warn('the Peru route has no FINAL plan (action plans demo not loaded?): plan indicators skipped');
    return 0;
  }
  let count = 0;
  for (const plan of plans) {
    const delegation = await manager.getRepository(Delegation).findOneBy({ id: plan.delegationId });
    // What the indicators area's reaction does when a plan becomes FINAL: reactions do not run while
    // seeding (the seed's context carries no other module's rules), so the demo asks for it.
    const indicators = await asUser(manager, logger, admin, (ctx) => trackPlanIndicators(ctx, plan.id));
    count += indicators.length;
    const progress = PROGRESS[delegation?.countryCode ?? ''] ?? {};
    for (const [i, indicator] of indicators.entries()) {
      const seeds = progress[i + 1];
      if (!seeds) continue;
      // The indicator's owner reports (with their account, when they have one), the admin verifies.
      const owner = indicator.ownerPersonId ? await manager.getRepository(User).findOneBy({ personId: indicator.ownerPersonId }) : null;
      if (await asUser(manager, logger, admin, (ctx) => hasReports(ctx, indicator.id))) continue;
      for (const seed of seeds) await reportAndDecide(manager, logger, { reporter: owner ?? admin, verifier: admin }, indicator, seed);
    }
  }
  return count;
}
