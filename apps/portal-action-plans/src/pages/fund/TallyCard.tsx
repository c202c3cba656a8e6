import { errorCode, errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { ErrorPanel, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { VoteChart } from '../../components/VoteChart';
import type { VoteTallyQuery } from '../../graphql/generated/graphql';

export type Tally = VoteTallyQuery['voteTally'];

/** The vote counted: turnout, and votes per plan as a chart with its table. Who voted for what is never shown. */
export function TallyCard({ tally, fetching, error, onRetry }: { tally: Tally | undefined; fetching: boolean; error?: CombinedError; onRetry(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  return (
    <section className="lr-card" aria-labelledby="tally-heading">
      <h2 id="tally-heading">{t('tallyTitle')}</h2>
      {fetching && !tally ? (
        <Skeleton width="40%" />
      ) : error ? (
        errorCode(error) === 'FORBIDDEN' ? (
          <p>{t('tallyAfterClose')}</p>
        ) : (
          <ErrorPanel title={t('tallyFailed')} onRetry={onRetry}>
            {errorMessage(error)}
          </ErrorPanel>
        )
      ) : tally ? (
        <TallyView tally={tally} />
      ) : null}
    </section>
  );
}

export function TallyView({ tally }: { tally: Tally }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const format = useFormat();
  const rows = tally.plans.map((p) => ({
    id: p.planId,
    label: p.plan.delegation ? t('planOfDelegation', { delegation: p.plan.delegation.name, title: p.plan.title }) : p.plan.title,
    votes: p.votes,
    share: p.share,
    rank: p.rank,
  }));
  return (
    <>
      <p>
        {t('turnout', { ballots: tally.totalBallots, voters: tally.eligibleVoters, percent: format.number(tally.turnout * 100, 0) })}
      </p>
      {rows.length === 0 ? <p className="lr-empty">{t('noVotablePlans')}</p> : <VoteChart rows={rows} title={t('votesPerPlan')} />}
    </>
  );
}
