import type { TileProps } from '@lr/portal-shell-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { AgendaTileQuery } from './tile-queries';
import { TileFrame } from './TileFrame';

/** What the agenda's checks found: blocking findings keep the route out of implementation. */
export function AgendaTile({ routeId, basePath }: TileProps) {
  const { t } = useTranslation('logistics');
  const [{ data, error }] = useQuery({ query: AgendaTileQuery, requestPolicy: 'cache-and-network', variables: { routeId: routeId ?? '' }, pause: !routeId });
  if (!routeId || error) return null;
  if (!data) return <TileFrame title={t('tiles.agendaTitle')} loading />;
  const { blockingCount, warningCount } = data.agendaChecks;
  return (
    <TileFrame title={t('tiles.agendaTitle')} alert={blockingCount > 0}>
      <p className="lr-tile__figure">{t('tiles.blocking', { count: blockingCount })}</p>
      <p className="lr-tile__detail">{t('tiles.warnings', { count: warningCount })}</p>
      <Link className="lr-tile__link" to={`${basePath}?route=${routeId}`}>
        {t('tiles.openAgenda')}
      </Link>
    </TileFrame>
  );
}
