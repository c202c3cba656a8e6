import { errorCode, errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ErrorPanel, PageHeader, Skeleton, useAuthorizedDownload } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { PlanStatusBadge } from '../components/labels';
import { PlanTabs, usePlanCrumbs, usePlanPaths } from '../components/plan-nav';
import { ReviewList } from '../components/ReviewList';
import { useSection } from '../components/section-context';
import type { PlanVersionQuery as VersionResult } from '../graphql/generated/graphql';
import { PlanVersionQuery } from '../graphql/operations';
import { PlanContentView } from './plan/PlanContentView';
import { SmartPanel } from './plan/SmartPanel';

type Version = VersionResult['planVersion'];

/** One version of a plan exactly as it was submitted, its SMART check then, its reviews and its PDF. */
export function VersionPage() {
  const { versionId = '' } = useParams();
  const { t } = useTranslation(['action-plans', 'common']);
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlanVersionQuery, variables: { id: versionId } });
  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.planVersion.plan) {
    const notFound = errorCode(error) === 'NOT_FOUND' || (data && !data.planVersion.plan);
    return (
      <>
        <PageHeader title={t('versionFailed')} breadcrumbs={[]} />
        <ErrorPanel title={notFound ? t('common:notFound') : t('versionFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
          {!notFound && errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  return <VersionView version={data.planVersion} />;
}

function VersionView({ version: v }: { version: Version }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { language } = useSection();
  const format = useFormat();
  const plan = v.plan as NonNullable<Version['plan']>;
  const crumbs = [...usePlanCrumbs(plan, true), { label: t('versionsTitle'), to: usePlanPaths().versions(plan.id) }];
  const { busy, download } = useAuthorizedDownload(useSection(), (message) => t('downloadFailed', { message }));
  return (
    <>
      <PageHeader title={t('versionOf', { number: v.number, title: v.title })} breadcrumbs={crumbs} badge={<PlanStatusBadge status={plan.status} />}>
        <Button busy={busy === 'pdf'} onClick={() => download('pdf', `/action-plans/plans/${plan.id}.pdf?version=${v.number}&lang=${language}`, `action-plan-v${v.number}.pdf`)}>
          {t('downloadVersionPdf', { number: v.number })}
        </Button>
      </PageHeader>
      <p className="lr-ap-muted">
        {t('submittedOn', { at: format.dateTime(v.submittedAt) })} · {t('writtenIn', { language: t(`languages.${v.language}`) })}
      </p>
      <PlanTabs planId={plan.id} versionCount={plan.versionCount} />
      <p className="lr-notice">{t('versionFrozen')}</p>
      <SmartPanel check={v.smartCheck} editing={false} heading={t('smartAtSubmission')} />
      <PlanContentView content={v} findings={v.smartCheck.items} />
      <section className="lr-card" aria-labelledby="version-reviews-heading">
        <h2 id="version-reviews-heading">{t('reviewsOfVersion', { number: v.number })}</h2>
        <ReviewList reviews={v.reviews ?? []} empty={t('noReviewsOfVersion')} />
      </section>
    </>
  );
}
