import { errorMessage } from '@lr/portal-graphql';
import { ErrorPanel, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PracticeChampionsQuery } from '../graphql/operations';

/** The people who lived the practice and teach it, from the champions module. */
export function ChampionsTab({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation(['practices', 'common']);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PracticeChampionsQuery,
    variables: { id: practiceId },
  });
  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('common:loadFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  const champions = data.practice.champions;
  return (
    <section aria-labelledby="champions-heading">
      <h2 id="champions-heading">{t('champions')}</h2>
      {champions.length === 0 ? (
        <p>{t('noChampions')}</p>
      ) : (
        <ul className="lr-champion-list">
          {champions.map((c) => (
            <li key={c.id}>
              <Link to={`/champions/${c.championId}`}>{c.champion.person?.fullName ?? c.championId}</Link>
              {' — '}
              {t(`championRoles.${c.role}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
