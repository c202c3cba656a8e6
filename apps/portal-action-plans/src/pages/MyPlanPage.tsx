import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ErrorPanel, FormBanner, FormSelect, PageHeader, SelectField, Skeleton, TextField, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PLAN_LANGUAGES, VotingBadge } from '../components/labels';
import { planRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import { langKey } from '../components/texts';
import type { Language, MyPlanParticipationsQuery as MineResult } from '../graphql/generated/graphql';
import { CreateActionPlanMutation, MyPlanParticipationsQuery, VoteQuery } from '../graphql/operations';
import { PlanView } from './PlanPage';

type Participation = MineResult['myParticipations'][number];

/**
 * A participant's home in the section: their delegation's plan (to draft, complete and submit,
 * or to read once it is with its reviewers) and where the vote stands; a selected participant
 * whose delegation has no plan yet starts it here.
 */
export function MyPlanPage() {
  const { t } = useTranslation(['action-plans', 'common']);
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyPlanParticipationsQuery, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const mine = (data?.myParticipations ?? []).filter((p) => p.route && p.delegation);
  const chosen = mine.find((p) => p.route?.id === params.get('route')) ?? mine[0];
  const plan = chosen?.delegation?.actionPlan;

  const picker = mine.length > 1 && chosen && (
    <div className="lr-filterbar lr-ap-routebar">
      <SelectField
        label={t('route')}
        value={chosen.route?.id ?? ''}
        onChange={(e) => setParams({ route: e.target.value })}
        options={mine.map((p) => ({ value: p.route?.id ?? '', label: p.route?.title ?? '' }))}
      />
    </div>
  );

  if (fetching && !data) return <Skeleton width="60%" />;
  if (error) {
    return (
      <>
        <PageHeader title={t('myPlanTitle')} />
        <ErrorPanel title={t('myPlanFailed')} onRetry={reload}>
          {errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  if (!chosen) {
    return (
      <>
        <PageHeader title={t('myPlanTitle')} />
        <div className="lr-empty">
          <p>{t('noParticipation')}</p>
          <p>{t('noParticipationHint')}</p>
        </div>
      </>
    );
  }
  if (plan) {
    return (
      <PlanView key={plan.id} id={plan.id} home onDeleted={reload}>
        {picker}
        <VoteSummary participation={chosen} />
      </PlanView>
    );
  }
  return (
    <>
      <PageHeader title={t('myPlanTitle')} />
      {picker}
      <VoteSummary participation={chosen} />
      {chosen.status === 'SELECTED' ? (
        <CreatePlanForm key={chosen.id} participation={chosen} onCreated={reload} />
      ) : (
        <div className="lr-empty">
          <p>{t('noPlanYet', { delegation: chosen.delegation?.name ?? '' })}</p>
          <p>{t('onlySelectedCreate')}</p>
        </div>
      )}
    </>
  );
}

/** Where the vote of the route stands for this participant, and the way to it. */
function VoteSummary({ participation }: { participation: Participation }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { basePath } = useSection();
  const format = useFormat();
  const routeId = participation.route?.id ?? '';
  const [{ data }] = useQuery({ query: VoteQuery, variables: { routeId }, pause: !routeId });
  if (!data) return null;
  const status = data.routeActionFund.votingStatus;
  return (
    <section className="lr-card lr-ap-vote-summary" aria-labelledby="vote-summary-heading">
      <h2 id="vote-summary-heading">{t('theVote')}</h2>
      <p>
        <VotingBadge status={status} />{' '}
        {data.myBallot
          ? t('youVoted', { title: data.myBallot.plan?.title ?? '', delegation: data.myBallot.plan?.delegation?.name ?? '', at: format.dateTime(data.myBallot.castAt) })
          : t(`votingMeaningParticipant.${status}`)}
      </p>
      <p>
        <Link className="lr-action-link" to={`${basePath}/vote?route=${routeId}`}>
          {status === 'OPEN' && !data.myBallot ? t('goVote') : t('seeVote')}
        </Link>
      </p>
    </section>
  );
}

interface NewPlanValues {
  title: string;
  language: Language;
}

/** Starts the delegation's plan: a title in the language it will be written in. */
function CreatePlanForm({ participation, onCreated }: { participation: Participation; onCreated(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify, language } = useSection();
  const [, create] = useMutation(CreateActionPlanMutation);
  const form = useApiForm<NewPlanValues>({
    defaultValues: { title: '', language: language.toUpperCase() as Language },
    fieldFor: (path) => (path.startsWith('title') ? 'title' : undefined),
  });

  const save = form.submit(async (v) => {
    const result = await create({ input: { delegationId: participation.delegation?.id ?? '', language: v.language, title: { [langKey(v.language)]: v.title.trim() } } });
    if (result.error) {
      if (result.error.graphQLErrors[0]?.extensions?.['code'] === 'BAD_USER_INPUT') return form.showApiError(result.error);
      return form.setError('root.server', { type: 'api', message: planRefusal(result.error) });
    }
    form.reset(v);
    notify(t('planCreated'), 'success');
    onCreated();
  });

  return (
    <form ref={form.formRef} className="lr-card" onSubmit={save} noValidate aria-labelledby="new-plan-heading">
      <h2 id="new-plan-heading">{t('startPlan', { delegation: participation.delegation?.name ?? '' })}</h2>
      <p>{t('startPlanIntro')}</p>
      <FormBanner form={form} onReload={onCreated} />
      <div className="lr-form-grid">
        <TextField label={t('planTitle')} hint={t('planTitleHint')} required {...form.field('title', { validate: (v) => v.trim() !== '' || t('titleRequired') })} />
        <FormSelect
          form={form}
          name="language"
          label={t('planLanguage')}
          hint={t('planLanguageHint')}
          options={PLAN_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        />
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('createPlan')}
        </Button>
      </div>
    </form>
  );
}
