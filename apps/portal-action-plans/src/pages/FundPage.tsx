import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { ChangeHistory, ErrorPanel, ExportCsvButton, PageHeader, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { VotingBadge } from '../components/labels';
import { useChosenRoute } from '../components/route-choice';
import { RoutePicker } from '../components/RoutePicker';
import { useSection } from '../components/section-context';
import type { RouteFundQuery as FundResult, VotingStatus } from '../graphql/generated/graphql';
import { RouteFundQuery, VoteTallyQuery } from '../graphql/operations';
import { AwardsCard } from './fund/AwardsCard';
import { FundAmountForm } from './fund/FundAmountForm';
import { TallyCard } from './fund/TallyCard';
import { VotingCard } from './fund/VotingCard';

export type Fund = FundResult['routeActionFund'];

/**
 * A route's action fund: how much it holds, has awarded and has left; its vote (opened and closed
 * by admins) and the votes each plan received, as a chart and a table; the awards, recorded and
 * removed by admins, never beyond what the fund holds.
 */
export function FundPage() {
  const { t } = useTranslation(['action-plans', 'common']);
  const section = useSection();
  const { routeId, choose } = useChosenRoute();
  return (
    <>
      <PageHeader title={t('fundTitle')} breadcrumbs={[]}>
        {routeId && <ExportCsvButton section={section} path="/action-plans/awards.csv" filters={{ routeId }} fileName="action-fund-awards.csv" label={t('exportAwards')} />}
      </PageHeader>
      <div className="lr-filterbar lr-ap-routebar">
        <RoutePicker routeId={routeId} onChange={choose} />
      </div>
      {routeId ? <RouteFund key={routeId} routeId={routeId} /> : <p className="lr-empty">{t('noRouteChosen')}</p>}
    </>
  );
}

function RouteFund({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { user } = useSection();
  const format = useFormat();
  const [{ data, fetching, error }, refetchFund] = useQuery({ query: RouteFundQuery, variables: { routeId } });
  const [tally, refetchTally] = useQuery({ query: VoteTallyQuery, variables: { routeId } });
  const reload = () => {
    refetchFund({ requestPolicy: 'network-only' });
    refetchTally({ requestPolicy: 'network-only' });
  };
  const admin = user.role === 'ADMIN';
  const votingName = (s: VotingStatus) => t(`votingStatuses.${s}`);

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('fundFailed')} onRetry={reload}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  const fund = data.routeActionFund;
  return (
    <>
      <section className="lr-card" aria-labelledby="fund-heading">
        <h2 id="fund-heading">{t('fundOfRoute')}</h2>
        <ul className="lr-ap-summary">
          <li>
            {t('fundAmount')}
            <strong>{format.money(fund.amount)}</strong>
          </li>
          <li>
            {t('fundAwarded')}
            <strong>{format.money(fund.awarded)}</strong>
          </li>
          <li>
            {t('fundRemaining')}
            <strong>{format.money(fund.remaining)}</strong>
          </li>
          <li>
            {t('voting')}
            <strong>
              <VotingBadge status={fund.votingStatus} />
            </strong>
          </li>
        </ul>
        {admin && <FundAmountForm key={fund.version} routeId={routeId} fund={fund} onSaved={reload} />}
      </section>

      <VotingCard routeId={routeId} fund={fund} admin={admin} onChanged={reload} />
      <TallyCard tally={tally.data?.voteTally} fetching={tally.fetching} error={tally.error} onRetry={() => refetchTally({ requestPolicy: 'network-only' })} />
      <AwardsCard fund={fund} tally={tally.data?.voteTally} admin={admin} onChanged={reload} />
      <ChangeHistory title={t('votingHistory')} empty={t('noVotingHistory')} changes={fund.votingHistory} stateName={votingName} />
    </>
  );
}
