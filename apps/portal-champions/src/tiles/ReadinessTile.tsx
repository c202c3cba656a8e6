import type { TileProps } from '@lr/portal-shell-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ReadinessTileQuery } from './tile-queries';
import { TileFrame } from './TileFrame';

/** Whether the champions of the route's cases are trained to host the visitors. */
export function ReadinessTile({ routeId, basePath }: TileProps) {
  const { t } = useTranslation('champions');
  const [{ data, error }] = useQuery({ query: ReadinessTileQuery, requestPolicy: 'cache-and-network', variables: { routeId: routeId ?? '' }, pause: !routeId });
  if (!routeId || error) return null;
  if (!data) return <TileFrame title={t('tiles.readinessTitle')} loading />;
  const { championCount, trainedCount, needTrainingCount, practices } = data.championReadiness;
  return (
    <TileFrame title={t('tiles.readinessTitle')} alert={needTrainingCount > 0}>
      <p className="lr-tile__figure">{championCount === 0 ? t('tiles.noChampions') : t('tiles.trainedOf', { trained: trainedCount, count: championCount })}</p>
      <p className="lr-tile__detail">{t('tiles.cases', { count: practices.length })}</p>
      <Link className="lr-tile__link" to={`${basePath}/readiness?route=${routeId}`}>
        {t('tiles.openReadiness')}
      </Link>
    </TileFrame>
  );
}
