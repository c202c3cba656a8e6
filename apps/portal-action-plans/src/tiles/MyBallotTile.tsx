import type { TileProps } from '@lr/portal-shell-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MyBallotTileQuery, MyPlansTileQuery } from './tile-queries';
import { TileFrame } from './TileFrame';

/** One route's vote for a participant: open or not, and the plan they chose if they voted. */
function RouteBallot({ routeId, title, basePath, several }: { routeId: string; title: string; basePath: string; several: boolean }) {
  const { t } = useTranslation('action-plans');
  const [{ data, error }] = useQuery({ query: MyBallotTileQuery, requestPolicy: 'cache-and-network', variables: { routeId } });
  if (error || !data) return null;
  const ballot = data.myBallot;
  const status = data.routeActionFund.votingStatus;
  let figure: string = t('tiles.voteNotOpen');
  if (ballot) figure = t('tiles.voted');
  else if (status === 'OPEN') figure = t('tiles.voteOpen');
  else if (status === 'CLOSED') figure = t('tiles.voteClosed');
  return (
    <div>
      <p className="lr-tile__figure">{figure}</p>
      {several && <p className="lr-tile__detail">{title}</p>}
      {ballot?.plan && <p className="lr-tile__detail">{t('tiles.votedFor', { plan: ballot.plan.title })}</p>}
      {(ballot || status !== 'NOT_OPEN') && (
        <Link className="lr-tile__link" to={`${basePath}/vote?route=${routeId}`}>
          {status === 'OPEN' && !ballot ? t('tiles.castBallot') : t('tiles.openVote')}
        </Link>
      )}
    </div>
  );
}

/** A participant's ballots in their routes' action-fund votes. */
export function MyBallotTile({ basePath }: TileProps) {
  const { t } = useTranslation('action-plans');
  const [{ data, error }] = useQuery({ query: MyPlansTileQuery, requestPolicy: 'cache-and-network' });
  if (error) return null;
  if (!data) return <TileFrame title={t('tiles.myBallotTitle')} loading />;
  const routes = data.myParticipations.flatMap((p) => (p.route ? [p.route] : []));
  if (routes.length === 0) return null;
  return (
    <TileFrame title={t('tiles.myBallotTitle')}>
      {routes.map((route) => (
        <RouteBallot key={route.id} routeId={route.id} title={route.title} basePath={basePath} several={routes.length > 1} />
      ))}
    </TileFrame>
  );
}
