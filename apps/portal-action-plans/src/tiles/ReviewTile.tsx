import type { TileProps } from '@lr/portal-shell-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ReviewTileQuery } from './tile-queries';
import { TileFrame } from './TileFrame';

/** The route's plans waiting for a reviewer, and how many are final. */
export function ReviewTile({ routeId, basePath }: TileProps) {
  const { t } = useTranslation('action-plans');
  const [{ data, error }] = useQuery({ query: ReviewTileQuery, requestPolicy: 'cache-and-network', variables: { routeId: routeId ?? '' }, pause: !routeId });
  if (!routeId || error) return null;
  if (!data) return <TileFrame title={t('tiles.reviewTitle')} loading />;
  const awaiting = data.awaiting.totalCount;
  return (
    <TileFrame title={t('tiles.reviewTitle')} alert={awaiting > 0}>
      <p className="lr-tile__figure">{t('tiles.awaiting', { count: awaiting })}</p>
      <p className="lr-tile__detail">{t('tiles.finalOf', { final: data.final.totalCount, count: data.all.totalCount })}</p>
      <Link className="lr-tile__link" to={`${basePath}?route=${routeId}`}>
        {t('tiles.openPlans')}
      </Link>
    </TileFrame>
  );
}
