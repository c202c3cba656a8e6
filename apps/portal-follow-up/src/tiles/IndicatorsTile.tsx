import type { TileProps } from '@lr/portal-shell-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { IndicatorsTileQuery } from './tile-queries';
import { TileFrame } from './TileFrame';

/** The route's indicators off track (of those the user may read), from the same roll-up as the section. */
export function IndicatorsTile({ routeId, basePath }: TileProps) {
  const { t } = useTranslation('follow-up');
  const [{ data, error }] = useQuery({ query: IndicatorsTileQuery, requestPolicy: 'cache-and-network', variables: { routeId: routeId ?? '' }, pause: !routeId });
  if (!routeId || error) return null;
  if (!data) return <TileFrame title={t('tiles.indicatorsTitle')} loading />;
  const { total, offTrack, onTrack, noData } = data.indicatorRollup;
  return (
    <TileFrame title={t('tiles.indicatorsTitle')} alert={offTrack.count > 0}>
      {total === 0 ? (
        <p className="lr-tile__figure">{t('tiles.noIndicators')}</p>
      ) : (
        <>
          <p className="lr-tile__figure">{t('tiles.offTrack', { count: offTrack.count })}</p>
          <p className="lr-tile__detail">{t('tiles.onTrackNoData', { onTrack: onTrack.count, noData: noData.count })}</p>
        </>
      )}
      <Link className="lr-tile__link" to={`${basePath}?route=${routeId}`}>
        {t('tiles.openIndicators')}
      </Link>
    </TileFrame>
  );
}
