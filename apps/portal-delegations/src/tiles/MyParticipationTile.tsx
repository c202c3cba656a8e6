import type { TileProps } from '@lr/portal-shell-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MyParticipationTileQuery } from './tile-queries';
import { TileFrame } from './TileFrame';

/** A participant's own standing: selected or not, in which delegation, linking to their participation. */
export function MyParticipationTile({ basePath }: TileProps) {
  const { t } = useTranslation('delegations');
  const [{ data, error }] = useQuery({ query: MyParticipationTileQuery, requestPolicy: 'cache-and-network' });
  if (error) return null;
  if (!data) return <TileFrame title={t('tiles.myParticipationTitle')} loading />;
  const mine = data.myParticipations;
  return (
    <TileFrame title={t('tiles.myParticipationTitle')}>
      {mine.length === 0 ? (
        <p className="lr-tile__detail">{t('tiles.noParticipation')}</p>
      ) : (
        mine.map((p) => (
          <div key={p.id}>
            <p className="lr-tile__figure">{t(`statuses.${p.status}`)}</p>
            <p className="lr-tile__detail">{[p.route?.title, p.delegation?.name].filter(Boolean).join(' · ')}</p>
          </div>
        ))
      )}
      <Link className="lr-tile__link" to={`${basePath}/mine`}>
        {t('tiles.openMine')}
      </Link>
    </TileFrame>
  );
}
