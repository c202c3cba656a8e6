import { errorMessage } from '@lr/portal-graphql';
import { ErrorPanel, ExportCsvButton, PageHeader, SelectField, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { TrainedBadge } from '../components/labels';
import { useSection } from '../components/section-context';
import { ChampionReadinessViewQuery, ChampionsRouteOptionsQuery } from '../graphql/operations';

/** Pick a route; see which champions of its cases still need training. The route stays in the address. */
export function ReadinessPage() {
  const { t } = useTranslation(['champions', 'common']);
  const section = useSection();
  const [params, setParams] = useSearchParams();
  const routeId = params.get('route') ?? '';
  const [{ data: routes }] = useQuery({ query: ChampionsRouteOptionsQuery });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ChampionReadinessViewQuery,
    variables: { routeId },
    pause: !routeId,
  });
  const readiness = routeId ? data?.championReadiness : undefined;

  return (
    <>
      <PageHeader title={t('readinessTitle')} breadcrumbs={[]}>
        {routeId && <ExportCsvButton section={section} path="/champions/readiness.csv" filters={{ routeId }} fileName="champion-readiness.csv" />}
      </PageHeader>
      <p>{t('readinessIntro')}</p>
      <div className="lr-filterbar">
        <SelectField
          label={t('chooseRoute')}
          value={routeId}
          onChange={(e) => setParams(e.target.value ? { route: e.target.value } : {})}
          placeholder={t('common:choose')}
          options={routes?.routes.edges.map((r) => ({ value: r.node.id, label: r.node.title })) ?? []}
        />
      </div>
      {!routeId ? (
        <p className="lr-empty">{t('noRouteChosen')}</p>
      ) : error ? (
        <ErrorPanel title={t('readinessFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
          {errorMessage(error)}
        </ErrorPanel>
      ) : fetching && !readiness ? (
        <Skeleton width="60%" />
      ) : readiness ? (
        <div aria-live="polite">
          <ul className="lr-champions-tally" aria-label={t('readinessTitle')}>
            <li>
              <strong>{readiness.championCount}</strong> {t('championsCount', { count: readiness.championCount })}
            </li>
            <li>
              <strong>{readiness.trainedCount}</strong> {t('trainedCount', { count: readiness.trainedCount })}
            </li>
            <li>
              <strong>{readiness.needTrainingCount}</strong> {t('needTrainingCount', { count: readiness.needTrainingCount })}
            </li>
          </ul>
          {readiness.practices.length === 0 ? (
            <p className="lr-empty">{t('noCases')}</p>
          ) : (
            <>
              <section className="lr-card" aria-labelledby="need-training-heading">
                <h2 id="need-training-heading">{t('needTraining')}</h2>
                {readiness.needTraining.length === 0 ? (
                  <p>{t('allTrained')}</p>
                ) : (
                  <ul>
                    {readiness.needTraining.map((c) => (
                      <li key={c.id}>
                        <Link to={`../${c.id}`}>{c.person?.fullName ?? c.id}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              {readiness.practices.map((p) => (
                <section key={p.practice.id} className="lr-card" aria-labelledby={`practice-${p.practice.id}`}>
                  <h2 id={`practice-${p.practice.id}`}>
                    <Link to={`/practices/${p.practice.id}`}>{p.practice.title}</Link>
                  </h2>
                  <p>{t('practiceTally', { trained: p.trainedCount, total: p.championCount })}</p>
                  {p.champions.length === 0 ? (
                    <p>{t('noChampionsForPractice')}</p>
                  ) : (
                    <ul>
                      {p.champions.map((c) => (
                        <li key={c.id}>
                          <Link to={`../${c.id}`}>{c.person?.fullName ?? c.id}</Link> <TrainedBadge trained={c.trained} />
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              ))}
            </>
          )}
        </div>
      ) : null}
    </>
  );
}
