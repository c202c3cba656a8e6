import { TabLinks, type Crumb } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useSection } from './section-context';

/** Where the section's pages live for this user: a participant's home is their own plan, staff's the list of plans. */
export function usePlanPaths() {
  const { basePath, user } = useSection();
  const participant = user.role === 'PARTICIPANT';
  return {
    /** The plans of a route. */
    list: (routeId?: string | null) => `${participant ? `${basePath}/plans` : basePath}${routeId ? `?route=${routeId}` : ''}`,
    plan: (id: string) => `${basePath}/plans/${id}`,
    versions: (id: string) => `${basePath}/plans/${id}/versions`,
    version: (id: string, versionId: string) => `${basePath}/plans/${id}/versions/${versionId}`,
    reviews: (id: string) => `${basePath}/plans/${id}/reviews`,
  };
}

interface PlanRef {
  id: string;
  title: string;
  route?: { id: string; title: string } | null;
}

/** The trail above a plan's pages: the route's plans, then (below the plan's own page) the plan. */
export function usePlanCrumbs(plan: PlanRef, below: boolean): Crumb[] {
  const paths = usePlanPaths();
  const { t } = useTranslation('action-plans');
  const crumbs: Crumb[] = [{ label: plan.route ? t('plansOfNamedRoute', { route: plan.route.title }) : t('plansTitle'), to: paths.list(plan.route?.id) }];
  if (below) crumbs.push({ label: plan.title, to: paths.plan(plan.id) });
  return crumbs;
}

/** A plan's parts, each at its own address: the plan, its versions, its reviews. */
export function PlanTabs({ planId, versionCount }: { planId: string; versionCount: number }) {
  const { t } = useTranslation('action-plans');
  const paths = usePlanPaths();
  return (
    <TabLinks
      label={t('planSections')}
      tabs={[
        { to: paths.plan(planId), label: t('tabPlan') },
        { to: paths.versions(planId), label: t('tabVersions', { count: versionCount }) },
        { to: paths.reviews(planId), label: t('tabReviews') },
      ]}
    />
  );
}
