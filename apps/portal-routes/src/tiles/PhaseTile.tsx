import type { TileProps } from '@lr/portal-shell-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PHASES } from '../components/phases';
import { RoutePhaseTileQuery } from './tile-queries';
import { TileFrame } from './TileFrame';

const DAY = 86_400_000;

/** Whole days from today (the browser's) to a calendar day; negative once it is past. */
function daysUntil(day: string): number {
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.parse(`${day}T00:00:00Z`) - today) / DAY);
}

/** Where the route is in its life (its phase, step n of 7, how soon it starts), linking to the route. */
export function PhaseTile({ routeId, basePath }: TileProps) {
  const { t } = useTranslation('routes');
  const [{ data, error }] = useQuery({ query: RoutePhaseTileQuery, requestPolicy: 'cache-and-network', variables: { id: routeId ?? '' }, pause: !routeId });
  if (!routeId || error) return null;
  if (!data) return <TileFrame title={t('tiles.phaseTitle')} loading />;
  const { phase, startDate, endDate } = data.route;
  const toStart = startDate ? daysUntil(startDate) : null;
  const toEnd = endDate ? daysUntil(endDate) : null;
  let when: string | null = null;
  if (phase !== 'CLOSED' && toStart !== null && toStart > 0) when = t('tiles.startsIn', { days: toStart });
  else if (toStart !== null && toStart <= 0 && toEnd !== null && toEnd >= 0) when = t('tiles.onTheGround');
  return (
    <TileFrame title={t('tiles.phaseTitle')}>
      <p className="lr-tile__figure">{t(`phases.${phase}`)}</p>
      <p className="lr-tile__detail">{t('tiles.phaseStep', { step: PHASES.indexOf(phase) + 1, total: PHASES.length })}</p>
      {when && <p className="lr-tile__detail">{when}</p>}
      <Link className="lr-tile__link" to={`${basePath}/${routeId}`}>
        {t('tiles.openRoute')}
      </Link>
    </TileFrame>
  );
}
