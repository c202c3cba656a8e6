import { errorMessage } from '@lr/portal-graphql';
import { ErrorPanel, Skeleton } from '@lr/portal-ui';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { PracticeChampionsQuery } from '../graphql/operations';
import { CHAMPION_ROLE_LABELS, labelOf } from '../messages';

/** The people who lived the practice and teach it, from the champions module. */
export function ChampionsTab({ practiceId }: { practiceId: string }) {
  const { t, language } = useSection();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PracticeChampionsQuery,
    variables: { id: practiceId },
  });
  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('loadFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })} retryLabel={t('retry')}>
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
              {labelOf(CHAMPION_ROLE_LABELS, language, c.role)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
