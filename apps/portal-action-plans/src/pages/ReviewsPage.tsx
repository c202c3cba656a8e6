import { errorCode, errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog, ErrorPanel, ExportCsvButton, FormBanner, PageHeader, Skeleton, TextArea, useApiForm } from '@lr/portal-ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PlanStatusBadge, RecommendationBadge } from '../components/labels';
import { PlanTabs, usePlanCrumbs } from '../components/plan-nav';
import { planRefusal } from '../components/refusals';
import { ReviewList, sectionName } from '../components/ReviewList';
import { useSection } from '../components/section-context';
import type { PlanReviewsQuery as ReviewsResult, Recommendation } from '../graphql/generated/graphql';
import { DecideReviewMutation, PlanReviewsQuery, ReviewPlanVersionMutation } from '../graphql/operations';
import { PlanContentView, type SectionKey } from './plan/PlanContentView';
import { SmartPanel } from './plan/SmartPanel';

type Plan = NonNullable<ReviewsResult['actionPlan']>;
type Latest = NonNullable<Plan['latestVersion']>;
type Review = NonNullable<Plan['reviews']>[number];

/** Who reviews plans: REVIEWER users, action-plans editors and admins (the API's rule). */
const REVIEWABLE = ['SUBMITTED', 'IN_REVIEW'];

/**
 * A plan's reviews: for reviewers, the latest version section by section with a comment field
 * after each, a recommendation and a summary; once reviewed, the recommendation applied (after a
 * confirmation: a final plan stays final, a revision goes back to the delegation). Every review
 * of every version is listed, newest first, for all who read the plan.
 */
export function ReviewsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['action-plans', 'common']);
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlanReviewsQuery, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.actionPlan) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        <PageHeader title={t('reviewsTitle')} breadcrumbs={[]} />
        <ErrorPanel title={notFound ? t('common:notFound') : t('planFailed')} onRetry={reload}>
          {!notFound && errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  return <Reviews plan={data.actionPlan} onChanged={reload} />;
}

function Reviews({ plan, onChanged }: { plan: Plan; onChanged(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const section = useSection();
  const { user, canEdit } = section;
  const crumbs = usePlanCrumbs(plan, true);
  const reviewer = canEdit || user.role === 'REVIEWER';
  const latest = plan.latestVersion;
  const reviews = plan.reviews ?? [];
  const ofLatest = latest ? reviews.filter((r) => r.versionId === latest.id) : [];
  const mine = ofLatest.find((r) => r.reviewerUserId === user.id);
  const open = REVIEWABLE.includes(plan.status);

  return (
    <>
      <PageHeader title={t('reviewsTitle')} breadcrumbs={crumbs} badge={<PlanStatusBadge status={plan.status} />}>
        {reviews.length > 0 && <ExportCsvButton section={section} path={`/action-plans/plans/${plan.id}/reviews.csv`} fileName="plan-reviews.csv" label={t('exportReviews')} />}
      </PageHeader>
      <p className="lr-ap-muted">{[plan.title, plan.delegation?.name].filter(Boolean).join(' · ')}</p>
      <PlanTabs planId={plan.id} versionCount={plan.versionCount} />

      {reviewer && open && latest && ofLatest.length > 0 && plan.status === 'IN_REVIEW' && <DecidePanel plan={plan} reviews={ofLatest} onDecided={onChanged} />}

      {reviewer && open && latest && !mine && <ReviewForm key={latest.id} plan={plan} latest={latest} onReviewed={onChanged} />}
      {reviewer && open && mine && <p className="lr-notice">{t('youReviewed', { number: latest?.number ?? 0 })}</p>}
      {reviewer && !open && <p className="lr-notice">{latest ? t('notUnderReview', { status: t(`statuses.${plan.status}`) }) : t('notSubmittedYet')}</p>}

      <section className="lr-card" aria-labelledby="all-reviews-heading">
        <h2 id="all-reviews-heading">{t('allReviews')}</h2>
        <ReviewList reviews={reviews} empty={t('noReviews')} />
      </section>
    </>
  );
}

/** The recommendations of the latest version's reviews, each one applied with a confirmation. */
function DecidePanel({ plan, reviews, onDecided }: { plan: Plan; reviews: Review[]; onDecided(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const [, decide] = useMutation(DecideReviewMutation);
  const [deciding, setDeciding] = useState<Review | null>(null);
  const [decideError, setDecideError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function apply() {
    if (!deciding) return;
    setBusy(true);
    const result = await decide({ reviewId: deciding.id, version: plan.version });
    setBusy(false);
    if (result.error || !result.data) return setDecideError(result.error && planRefusal(result.error));
    setDeciding(null);
    notify(t('statusMoved', { status: t(`statuses.${result.data.decideReview.status}`) }), 'success');
    onDecided();
  }

  return (
    <section className="lr-card" aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t('decideTitle')}</h2>
      <p>{t('decideText')}</p>
      <ul className="lr-ap-list">
        {reviews.map((r) => (
          <li key={r.id} className="lr-ap-decide">
            <span>
              {r.reviewerName}: <RecommendationBadge recommendation={r.recommendation} />
            </span>
            <Button variant={r.recommendation === 'ACCEPT' ? 'primary' : 'secondary'} onClick={() => (setDecideError(undefined), setDeciding(r))}>
              {t(`applyRecommendation.${r.recommendation}`)}
            </Button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={!!deciding}
        title={deciding ? t(`confirmApply.${deciding.recommendation}`) : ''}
        confirmLabel={deciding ? t(`applyRecommendation.${deciding.recommendation}`) : ''}
        error={decideError}
        busy={busy}
        onConfirm={apply}
        onCancel={() => setDeciding(null)}
      >
        <p>{deciding ? t(`confirmApplyText.${deciding.recommendation}`) : ''}</p>
      </ConfirmDialog>
    </section>
  );
}

interface ReviewValues {
  recommendation: Recommendation | '';
  summary: string;
  /** A comment per section, keyed by the section with `_` for `.` (objectives_2). */
  comments: Record<string, string>;
}

const fieldKey = (section: string) => section.replace('.', '_');

/** Every section of the version reviewed, in reading order, as the API names them. */
function sectionsOf(latest: Latest): SectionKey[] {
  return [
    'title',
    'context',
    'innovations',
    'practices',
    'expectedResults',
    'objectives',
    ...latest.objectives.map((_, i) => `objectives.${i + 1}` as const),
    'activities',
    ...latest.activities.map((_, i) => `activities.${i + 1}` as const),
  ];
}

function ReviewForm({ plan, latest, onReviewed }: { plan: Plan; latest: Latest; onReviewed(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const format = useFormat();
  const headingId = useId();
  const [, review] = useMutation(ReviewPlanVersionMutation);
  const sections = sectionsOf(latest);
  // The sections of the comments sent, in the order sent: the API numbers its problems by it.
  const sent = useRef<string[]>([]);
  const form = useApiForm<ReviewValues>({
    defaultValues: { recommendation: '', summary: '', comments: Object.fromEntries(sections.map((s) => [fieldKey(s), ''])) },
    fieldFor: (path) => {
      if (path === 'comments') return 'summary';
      const index = /^comments\.(\d+)\./.exec(path)?.[1];
      const section = index === undefined ? undefined : sent.current[Number(index)];
      return section ? (`comments.${fieldKey(section)}` as const) : undefined;
    },
  });
  const recommendationError = form.errorOf('recommendation');

  const submit = form.submit(async (v) => {
    const comments = sections.filter((s) => v.comments[fieldKey(s)]?.trim()).map((section) => ({ section, comment: v.comments[fieldKey(section)].trim() }));
    if (v.recommendation === 'REVISE' && !comments.length && !v.summary.trim()) return form.showProblems({ summary: t('reviseNeedsWhat') });
    sent.current = comments.map((c) => c.section);
    const result = await review({ input: { versionId: latest.id, recommendation: v.recommendation as Recommendation, summary: v.summary.trim() || null, comments } });
    if (result.error) {
      if (errorCode(result.error) === 'BAD_USER_INPUT') return form.showApiError(result.error);
      return form.setError('root.server', { type: 'api', message: planRefusal(result.error) });
    }
    form.reset(v);
    notify(t('reviewSaved', { number: latest.number }), 'success');
    onReviewed();
  });

  const commentField = (section: SectionKey) => (
    <TextArea key={section} label={t('commentOn', { section: sectionName(section) })} rows={2} {...form.field(`comments.${fieldKey(section)}`)} />
  );

  return (
    <form ref={form.formRef} className="lr-ap-review-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reviewVersion', { number: latest.number })}</h2>
      <p>{t('reviewIntro', { at: format.dateTime(latest.submittedAt) })}</p>
      <FormBanner form={form} onReload={onReviewed} />
      <SmartPanel check={latest.smartCheck} editing={false} heading={t('smartOfVersion', { number: latest.number })} />
      <PlanContentView
        content={latest}
        findings={latest.smartCheck.items}
        aside={(section) =>
          section === 'title' ? (
            <div className="lr-ap-section">
              <h3>{t('sections.title')}</h3>
              <p>{latest.title}</p>
              {commentField('title')}
            </div>
          ) : (
            commentField(section)
          )
        }
      />
      <section className="lr-card" aria-labelledby={`${headingId}-verdict`}>
        <h2 id={`${headingId}-verdict`}>{t('recommendation')}</h2>
        <fieldset className={`lr-ap-radios ${recommendationError ? 'lr-field--invalid' : ''}`} aria-describedby={recommendationError ? `${headingId}-rec-error` : undefined}>
          <legend className="lr-field__label">{t('recommendationQuestion', { title: plan.title })}</legend>
          {(['ACCEPT', 'REVISE'] as const).map((r) => (
            <label key={r}>
              <input type="radio" value={r} aria-invalid={!!recommendationError} {...form.register('recommendation', { required: t('recommendationRequired') })} />
              {t(`recommendationChoices.${r}`)}
            </label>
          ))}
          {recommendationError && (
            <p id={`${headingId}-rec-error`} className="lr-field__error" role="alert">
              {recommendationError}
            </p>
          )}
        </fieldset>
        <TextArea label={t('summary')} hint={t('summaryHint')} rows={4} {...form.field('summary')} />
        <div className="lr-form-actions">
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('sendReview')}
          </Button>
        </div>
      </section>
    </form>
  );
}
