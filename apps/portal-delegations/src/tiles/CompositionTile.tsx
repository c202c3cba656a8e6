import type { TileProps } from '@lr/portal-shell-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CompositionTileQuery } from './tile-queries';
import { TileFrame } from './TileFrame';

/** Who goes: selected participants and delegations, and whether the composition rules hold. */
export function CompositionTile({ routeId, basePath }: TileProps) {
  const { t } = useTranslation('delegations');
  const [{ data, error }] = useQuery({ query: CompositionTileQuery, requestPolicy: 'cache-and-network', variables: { routeId: routeId ?? '' }, pause: !routeId });
  if (!routeId || error) return null;
  if (!data) return <TileFrame title={t('tiles.compositionTitle')} loading />;
  const { ready, selectedParticipants, rules } = data.routeComposition;
  const broken = rules.filter((r) => !r.holds);
  return (
    <TileFrame title={t('tiles.compositionTitle')} alert={!ready}>
      <p className="lr-tile__figure">{t('tiles.selected', { count: selectedParticipants })}</p>
      <p className="lr-tile__detail">{t('tiles.delegationCount', { count: data.delegations.totalCount })}</p>
      <p className="lr-tile__detail">{broken.length === 0 ? t('tiles.rulesHold') : t('tiles.rulesBroken', { count: broken.length })}</p>
      <Link className="lr-tile__link" to={`${basePath}?route=${routeId}`}>
        {t('tiles.openDelegations')}
      </Link>
    </TileFrame>
  );
}
