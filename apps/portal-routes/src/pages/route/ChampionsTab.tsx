import { errorMessage } from '@lr/portal-graphql';
import { ErrorPanel, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { RouteReadinessQuery } from '../../graphql/operations';

/** The champions of the route's cases and who still needs training (the champions module's readiness). */
export function ChampionsTab({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['routes', 'common']);
  const [{ data, fetching, error }, refetch] = useQuery({ query: RouteReadinessQuery, variables: { routeId } });
  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('common:loadFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  const readiness = data.championReadiness;
  const champion = (c: { id: string; person?: { fullName: string } | null }) => <Link to={`/champions/${c.id}`}>{c.person?.fullName ?? c.id}</Link>;
  return (
    <section aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">{t('readinessTitle')}</h2>
      <p>{t('readinessTally', { trained: readiness.trainedCount, total: readiness.championCount, need: readiness.needTrainingCount })}</p>
      {readiness.practices.length === 0 ? (
        <p>{t('noCases')}</p>
      ) : (
        <>
          <section className="lr-card" aria-labelledby="need-training-heading">
            <h3 id="need-training-heading">{t('needTraining')}</h3>
            {readiness.needTraining.length === 0 ? (
              <p>{t('allTrained')}</p>
            ) : (
              <ul className="lr-link-list">
                {readiness.needTraining.map((c) => (
                  <li key={c.id}>{champion(c)}</li>
                ))}
              </ul>
            )}
          </section>
          {readiness.practices.map((p) => (
            <section key={p.practice.id} className="lr-card" aria-labelledby={`case-${p.practice.id}`}>
              <h3 id={`case-${p.practice.id}`}>
                <Link to={`/practices/${p.practice.id}/champions`}>{p.practice.title}</Link>
              </h3>
              {p.champions.length === 0 ? (
                <p>{t('noChampionsForCase')}</p>
              ) : (
                <ul className="lr-link-list">
                  {p.champions.map((c) => (
                    <li key={c.id}>
                      {champion(c)} <span className="lr-badge">{c.trained ? t('trained') : t('notTrained')}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </>
      )}
      <p>
        <Link className="lr-action-link" to={`/champions/readiness?route=${routeId}`}>{t('openReadiness')}</Link>
      </p>
    </section>
  );
}
