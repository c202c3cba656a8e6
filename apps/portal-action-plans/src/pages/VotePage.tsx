import { errorCode, errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import {
  Button,
  ConfirmDialog,
  ErrorPanel,
  PageHeader,
  SelectField,
  Skeleton,
} from '@lr/portal-ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { VotingBadge } from '../components/labels';
import { usePlanPaths } from '../components/plan-nav';
import { planRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import type {
  MyPlanParticipationsQuery as MineResult,
  VoteQuery as VoteResult,
} from '../graphql/generated/graphql';
import {
  CastBallotMutation,
  MyPlanParticipationsQuery,
  VoteQuery,
  VoteTallyQuery,
} from '../graphql/operations';
import { TallyView } from './fund/TallyCard';

type Participation = MineResult['myParticipations'][number];

/**
 * A participant's vote for the action fund: while the vote is open, one ballot for a plan of
 * another delegation of their route (their own delegation's plan is shown, but not to choose),
 * cast after a confirmation since it cannot be changed; afterwards what they chose, and once
 * the vote is closed its result.
 */
export function VotePage() {
  const { t } = useTranslation(['action-plans', 'common']);
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyPlanParticipationsQuery,
    requestPolicy: 'cache-and-network',
  });
  const mine = (data?.myParticipations ?? []).filter((p) => p.route);
  const chosen = mine.find((p) => p.route?.id === params.get('route')) ?? mine[0];

  return (
    <>
      <PageHeader title={t('voteTitle')} breadcrumbs={[]} />
      {fetching && !data ? (
        <Skeleton width="60%" />
      ) : error ? (
        <ErrorPanel
          title={t('voteFailed')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        >
          {errorMessage(error)}
        </ErrorPanel>
      ) : !chosen?.route ? (
        <div className="lr-empty">
          <p>{t('noParticipation')}</p>
          <p>{t('noParticipationVoteHint')}</p>
        </div>
      ) : (
        <>
          {mine.length > 1 && (
            <div className="lr-filterbar lr-ap-routebar">
              <SelectField
                label={t('route')}
                value={chosen.route.id}
                onChange={(e) => setParams({ route: e.target.value })}
                options={mine.map((p) => ({
                  value: p.route?.id ?? '',
                  label: p.route?.title ?? '',
                }))}
              />
            </div>
          )}
          <Ballot key={chosen.route.id} participation={chosen} />
        </>
      )}
    </>
  );
}

function Ballot({ participation }: { participation: Participation }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const format = useFormat();
  const routeId = participation.route?.id ?? '';
  const [{ data, fetching, error }, refetch] = useQuery({
    query: VoteQuery,
    variables: { routeId },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('voteFailed')} onRetry={reload}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  const status = data.routeActionFund.votingStatus;
  return (
    <>
      <section className="lr-card" aria-labelledby="vote-state-heading">
        <h2 id="vote-state-heading">
          {t('voteOnRoute', { route: participation.route?.title ?? '' })}
        </h2>
        <p>
          <VotingBadge status={status} /> {t(`votingMeaningParticipant.${status}`)}
        </p>
        {data.myBallot && (
          <p className="lr-notice" role="status">
            {t('youVoted', {
              title: data.myBallot.plan?.title ?? '',
              delegation: data.myBallot.plan?.delegation?.name ?? '',
              at: format.dateTime(data.myBallot.castAt),
            })}
          </p>
        )}
        {participation.status !== 'SELECTED' && (
          <p className="lr-notice">{t('onlySelectedVote')}</p>
        )}
      </section>
      {status === 'OPEN' && !data.myBallot && participation.status === 'SELECTED' && (
        <BallotForm routeId={routeId} participation={participation} vote={data} onCast={reload} />
      )}
      {status === 'CLOSED' && <ClosedTally routeId={routeId} />}
    </>
  );
}

function BallotForm({
  routeId,
  participation,
  vote,
  onCast,
}: {
  routeId: string;
  participation: Participation;
  vote: VoteResult;
  onCast(): void;
}) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const paths = usePlanPaths();
  const headingId = useId();
  const [, cast] = useMutation(CastBallotMutation);
  const [choice, setChoice] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [castError, setCastError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const own = participation.delegation?.actionPlan;
  const ownVotable = own && (own.status === 'FINAL' || own.status === 'AWARDED');
  const chosen = vote.votablePlans.find((p) => p.id === choice);

  async function confirmCast() {
    setBusy(true);
    const result = await cast({ routeId, planId: choice });
    setBusy(false);
    if (result.error)
      return setCastError(
        errorCode(result.error) === 'FORBIDDEN' ? t('notAVoter') : planRefusal(result.error),
      );
    setConfirming(false);
    notify(t('ballotCast'), 'success');
    onCast();
  }

  // The confirmation is outside the ballot's form: a form inside a form would hand its submit to both.
  return (
    <>
      <form
        className="lr-card"
        aria-labelledby={headingId}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!chosen) return setMissing(true);
          setCastError(undefined);
          setConfirming(true);
        }}
      >
        <h2 id={headingId}>{t('castYourBallot')}</h2>
        <p>{t('ballotIntro')}</p>
        {vote.votablePlans.length === 0 && !ownVotable ? (
          <p className="lr-empty">{t('noVotablePlans')}</p>
        ) : (
          <fieldset
            className={`lr-ap-ballot ${missing ? 'lr-field--invalid' : ''}`}
            aria-describedby={missing ? `${headingId}-missing` : undefined}
          >
            <legend className="lr-field__label">{t('choosePlan')}</legend>
            {vote.votablePlans.map((p) => (
              <div key={p.id} className="lr-ap-ballot__option">
                <label>
                  <input
                    type="radio"
                    name="plan"
                    value={p.id}
                    checked={choice === p.id}
                    onChange={() => (setChoice(p.id), setMissing(false))}
                  />
                  <span>
                    <strong>{p.delegation?.name}</strong> — {p.title}
                  </span>
                </label>
                <Link className="lr-action-link" to={paths.plan(p.id)}>
                  {t('readPlan')}
                  <span className="lr-visually-hidden"> {p.title}</span>
                </Link>
              </div>
            ))}
            {ownVotable && own && (
              <div className="lr-ap-ballot__option lr-ap-ballot__option--own">
                <label>
                  <input
                    type="radio"
                    name="plan"
                    value={own.id}
                    disabled
                    aria-describedby={`${headingId}-own`}
                  />
                  <span>
                    <strong>{participation.delegation?.name}</strong> — {own.title}
                  </span>
                </label>
                <span id={`${headingId}-own`} className="lr-ap-muted">
                  {t('ownPlanNotVotable')}
                </span>
              </div>
            )}
            {missing && (
              <p id={`${headingId}-missing`} className="lr-field__error" role="alert">
                {t('choosePlanFirst')}
              </p>
            )}
          </fieldset>
        )}
        <div className="lr-form-actions">
          <Button type="submit" variant="primary" disabled={!vote.votablePlans.length}>
            {t('castBallot')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('confirmBallot')}
        confirmLabel={t('castBallot')}
        error={castError}
        busy={busy}
        onConfirm={confirmCast}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {chosen
            ? t('confirmBallotText', {
                title: chosen.title,
                delegation: chosen.delegation?.name ?? '',
              })
            : ''}
        </p>
      </ConfirmDialog>
    </>
  );
}

/** The result, which participants see once the vote is closed. */
function ClosedTally({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const [{ data, error }] = useQuery({ query: VoteTallyQuery, variables: { routeId } });
  return (
    <section className="lr-card" aria-labelledby="vote-result-heading">
      <h2 id="vote-result-heading">{t('voteResult')}</h2>
      {error ? (
        <p>{planRefusal(error)}</p>
      ) : data ? (
        <TallyView tally={data.voteTally} />
      ) : (
        <Skeleton width="40%" />
      )}
    </section>
  );
}
