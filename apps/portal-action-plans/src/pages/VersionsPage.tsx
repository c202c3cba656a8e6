import { errorCode, errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ErrorPanel, PageHeader, SelectField, Skeleton, useAuthorizedDownload } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { diffPlace, diffValue, type DiffNames } from '../components/diff-labels';
import { PlanStatusBadge, RecommendationBadge, SmartBadge } from '../components/labels';
import { PlanTabs, usePlanCrumbs, usePlanPaths } from '../components/plan-nav';
import { useSection } from '../components/section-context';
import type { PlanVersionDiffQuery as DiffResult, PlanVersionsQuery as VersionsResult } from '../graphql/generated/graphql';
import { PlanVersionDiffQuery, PlanVersionsQuery } from '../graphql/operations';

type Plan = NonNullable<VersionsResult['actionPlan']>;
type Version = NonNullable<Plan['versions']>[number];

/**
 * A plan's versions — one per submission, frozen as submitted — each with its SMART check, its
 * reviews and its PDF, and what changed between any two of them (the last two unless chosen).
 */
export function VersionsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['action-plans', 'common']);
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlanVersionsQuery, variables: { id } });
  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.actionPlan) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        <PageHeader title={t('versionsTitle')} breadcrumbs={[]} />
        <ErrorPanel title={notFound ? t('common:notFound') : t('planFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
          {!notFound && errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  return <Versions plan={data.actionPlan} />;
}

function Versions({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { language } = useSection();
  const format = useFormat();
  const paths = usePlanPaths();
  const crumbs = usePlanCrumbs(plan, true);
  const { busy, download } = useAuthorizedDownload(useSection(), (message) => t('downloadFailed', { message }));
  const [params, setParams] = useSearchParams();
  const versions = plan.versions ?? [];
  const last = versions[versions.length - 1];
  const before = versions[versions.length - 2];
  const fromId = params.get('from') ?? before?.id ?? '';
  const toId = params.get('to') ?? last?.id ?? '';
  const choose = (key: 'from' | 'to', value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const options = versions.map((v) => ({ value: v.id, label: t('versionLabel', { number: v.number, at: format.date(v.submittedAt) }) }));

  return (
    <>
      <PageHeader title={t('versionsTitle')} breadcrumbs={crumbs} badge={<PlanStatusBadge status={plan.status} />} />
      <p className="lr-ap-muted">{[plan.title, plan.delegation?.name].filter(Boolean).join(' · ')}</p>
      <PlanTabs planId={plan.id} versionCount={plan.versionCount} />
      <section className="lr-card" aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('versionHistory')}</h2>
        {versions.length === 0 ? (
          <p className="lr-empty">{t('noVersions')}</p>
        ) : (
          <div className="lr-table-wrap">
            <table className="lr-table lr-table--cards">
              <caption className="lr-visually-hidden">{t('versionHistory')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('version')}</th>
                  <th scope="col">{t('submittedAt')}</th>
                  <th scope="col">{t('smartCheck')}</th>
                  <th scope="col">{t('reviewsColumn')}</th>
                  <th scope="col">{t('pdf')}</th>
                </tr>
              </thead>
              <tbody>
                {[...versions].reverse().map((v: Version) => (
                  <tr key={v.id}>
                    <td data-label={t('version')}>
                      <Link to={paths.version(plan.id, v.id)}>{t('versionNumber', { number: v.number })}</Link>
                    </td>
                    <td data-label={t('submittedAt')}>{format.dateTime(v.submittedAt)}</td>
                    <td data-label={t('smartCheck')}>
                      <SmartBadge passes={v.smartCheck.passes} count={v.smartCheck.items.length} />
                    </td>
                    <td data-label={t('reviewsColumn')}>
                      {v.reviews?.length ? (
                        <span className="lr-ap-inline-list">
                          {v.reviews.map((r) => (
                            <RecommendationBadge key={r.id} recommendation={r.recommendation} />
                          ))}
                        </span>
                      ) : (
                        t('notReviewed')
                      )}
                    </td>
                    <td data-label={t('pdf')}>
                      <Button
                        busy={busy === v.id}
                        onClick={() => download(v.id, `/action-plans/plans/${plan.id}.pdf?version=${v.number}&lang=${language}`, `action-plan-v${v.number}.pdf`)}
                      >
                        {t('downloadVersionPdf', { number: v.number })}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="lr-card" aria-labelledby="diff-heading">
        <h2 id="diff-heading">{t('compareVersions')}</h2>
        {versions.length < 2 ? (
          <p className="lr-empty">{t('compareNeedsTwo')}</p>
        ) : (
          <>
            <div className="lr-form-grid">
              <SelectField label={t('compareFrom')} value={fromId} onChange={(e) => choose('from', e.target.value)} options={options} />
              <SelectField label={t('compareTo')} value={toId} onChange={(e) => choose('to', e.target.value)} options={options} />
            </div>
            {fromId === toId ? <p className="lr-empty">{t('compareSame')}</p> : <VersionDiff fromId={fromId} toId={toId} />}
          </>
        )}
      </section>
    </>
  );
}

type Names = NonNullable<DiffResult['from']>;

function namesOf(...versions: (Names | null | undefined)[]): DiffNames {
  const names: DiffNames = { practices: new Map(), people: new Map(), organisations: new Map() };
  for (const v of versions) {
    v?.practices.forEach((p) => names.practices.set(p.id, p.title));
    v?.activities.forEach((a) => {
      if (a.responsiblePersonId && a.responsiblePerson) names.people.set(a.responsiblePersonId, a.responsiblePerson.fullName);
      if (a.responsibleOrganisationId && a.responsibleOrganisation) names.organisations.set(a.responsibleOrganisationId, a.responsibleOrganisation.name);
    });
  }
  return names;
}

/** The changes between two versions, each named in words with its values before and after. */
function VersionDiff({ fromId, toId }: { fromId: string; toId: string }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { language } = useSection();
  const format = useFormat();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlanVersionDiffQuery, variables: { fromVersionId: fromId, toVersionId: toId } });
  const names = useMemo(() => namesOf(data?.from, data?.to), [data]);
  if (fetching && !data) return <Skeleton width="40%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('diffFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  const changes = data.planVersionDiff;
  const caption = t('diffCaption', { from: data.from.number, to: data.to.number });
  if (!changes.length) return <p className="lr-empty">{t('noChanges', { from: data.from.number, to: data.to.number })}</p>;
  return (
    <div className="lr-table-wrap">
      <p aria-live="polite">{t('changeCount', { count: changes.length })}</p>
      <table className="lr-table lr-table--cards lr-ap-diff">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diffWhat')}</th>
            <th scope="col">{t('diffKind')}</th>
            <th scope="col">{t('diffBefore', { number: data.from.number })}</th>
            <th scope="col">{t('diffAfter', { number: data.to.number })}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c, i) => (
            <tr key={`${c.path}-${i}`} className={`lr-ap-diff--${c.kind.toLowerCase()}`}>
              <th scope="row" data-label={t('diffWhat')}>
                {diffPlace(c.path, language)}
              </th>
              <td data-label={t('diffKind')}>{t(`changeKinds.${c.kind}`)}</td>
              <td data-label={t('diffBefore', { number: data.from.number })}>
                {c.before === null ? '—' : <del className="lr-ap-before">{diffValue(c.path, c.before, names, format)}</del>}
              </td>
              <td data-label={t('diffAfter', { number: data.to.number })}>
                {c.after === null ? '—' : <ins className="lr-ap-after">{diffValue(c.path, c.after, names, format)}</ins>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
