import type { TileProps } from '@lr/portal-shell-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MyPlansTileQuery } from './tile-queries';
import { TileFrame } from './TileFrame';

/** A participant's delegation's action plan on each of their routes, and where it is in its review. */
export function MyPlanTile({ basePath }: TileProps) {
  const { t } = useTranslation('action-plans');
  const [{ data, error }] = useQuery({ query: MyPlansTileQuery, requestPolicy: 'cache-and-network' });
  if (error) return null;
  if (!data) return <TileFrame title={t('tiles.myPlanTitle')} loading />;
  const mine = data.myParticipations.filter((p) => p.route && p.delegation);
  return (
    <TileFrame title={t('tiles.myPlanTitle')}>
      {mine.length === 0 && <p className="lr-tile__detail">{t('tiles.noPlanYet')}</p>}
      {mine.map((p) => {
        const plan = p.delegation?.actionPlan;
        return (
          <div key={p.id}>
            <p className="lr-tile__figure">{plan ? t(`statuses.${plan.status}`) : t('tiles.noPlan')}</p>
            <p className="lr-tile__detail">{plan ? plan.title : p.delegation?.name}</p>
            <Link className="lr-tile__link" to={plan ? `${basePath}/plans/${plan.id}` : `${basePath}/mine?route=${p.route?.id}`}>
              {plan ? t('tiles.openMyPlan') : t('tiles.startMyPlan')}
            </Link>
          </div>
        );
      })}
    </TileFrame>
  );
}
