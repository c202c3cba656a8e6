import { Button, ConfirmDialog, FormBanner, FormSelect, TextArea, TextField, useApiForm, type ApiForm } from '@lr/portal-ui';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { amountProblem, currencyOptions, normalizeAmount } from '../../components/money';
import { planRefusal } from '../../components/refusals';
import { findingsOf, type SmartFinding } from '../../components/smart';
import { SmartSpot, useSmartHint } from '../../components/SmartSpot';
import { useSection } from '../../components/section-context';
import { langKey, textIn, withText } from '../../components/texts';
import { AddPlanActivityMutation, RemovePlanActivityMutation, ReorderPlanActivitiesMutation, UpdatePlanActivityMutation } from '../../graphql/operations';
import type { PlanDetail } from '../PlanPage';
import type { PlanEditOptions } from './edit-options';
import { OrganisationPicker } from './OrganisationPicker';

type Activity = PlanDetail['activities'][number];

interface ActivityValues {
  description: string;
  objectiveId: string;
  responsiblePersonId: string;
  responsibleOrganisationId: string;
  startDate: string;
  dueDate: string;
  resources: string;
  budgetAmount: string;
  budgetCurrency: string;
}

const BLANK: ActivityValues = {
  description: '',
  objectiveId: '',
  responsiblePersonId: '',
  responsibleOrganisationId: '',
  startDate: '',
  dueDate: '',
  resources: '',
  budgetAmount: '',
  budgetCurrency: 'USD',
};

const orNull = (s: string) => s.trim() || null;

/** The API names the budget as one input (`budget.amount`); the form has a field for each part. */
const fieldFor = (path: string): keyof ActivityValues | undefined =>
  path === 'budget' || path === 'budget.amount' ? 'budgetAmount' : path === 'budget.currency' ? 'budgetCurrency' : path.startsWith('description') ? 'description' : undefined;

/** What the API takes for the activity's who, when and with what (blank ones emptied). */
function detailsInput(v: ActivityValues) {
  const amount = normalizeAmount(v.budgetAmount);
  return {
    objectiveId: orNull(v.objectiveId),
    responsiblePersonId: orNull(v.responsiblePersonId),
    responsibleOrganisationId: orNull(v.responsibleOrganisationId),
    startDate: orNull(v.startDate),
    dueDate: orNull(v.dueDate),
    resources: orNull(v.resources),
    budget: amount ? { amount, currency: v.budgetCurrency } : null,
  };
}

/**
 * The plan's activities, each a form of its own: what is done, for which objective, who is
 * responsible (a member of the delegation, or an organisation), when, and with what resources or
 * budget; the SMART findings next to the fields they concern. Activities move up and down, are
 * removed after a confirmation, and a new one is added at the end.
 */
export function ActivitiesEditor({ plan, options, onChanged }: { plan: PlanDetail; options: PlanEditOptions; onChanged(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const [, reorder] = useMutation(ReorderPlanActivitiesMutation);
  const [, remove] = useMutation(RemovePlanActivityMutation);
  const [removing, setRemoving] = useState<Activity | null>(null);
  const [removeError, setRemoveError] = useState<string>();
  const planFindings = plan.smartCheck.items.filter((i) => i.path === 'activities');

  async function move(index: number, by: -1 | 1) {
    const ids = plan.activities.map((a) => a.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    const result = await reorder({ planId: plan.id, activityIds: ids });
    if (result.error) return notify(planRefusal(result.error), 'error');
    notify(t('activityMoved', { number: index + 1 + by }), 'success');
    onChanged();
  }

  async function confirmRemove() {
    if (!removing) return;
    const result = await remove({ id: removing.id, version: removing.version });
    if (result.error) return setRemoveError(planRefusal(result.error));
    setRemoving(null);
    notify(t('activityRemoved', { number: removing.position }), 'success');
    onChanged();
  }

  return (
    <section id="ap-activities" className="lr-card" aria-labelledby="activities-heading" tabIndex={-1}>
      <h2 id="activities-heading">{t('activities')}</h2>
      <p className="lr-field__hint">{t('activitiesHint', { language: t(`languages.${plan.language}`) })}</p>
      {planFindings.length > 0 && <p className="lr-ap-smart-note">{t('smartHint', { problem: t('smartRules.PLAN_HAS_ACTIVITY') })}</p>}
      {plan.activities.length === 0 && <p className="lr-empty">{t('noActivities')}</p>}
      {plan.activities.map((a, i) => (
        <ActivityForm
          key={`${a.id}:${a.version}`}
          plan={plan}
          options={options}
          activity={a}
          number={i + 1}
          onSaved={onChanged}
          actions={
            <>
              <Button disabled={i === 0} onClick={() => move(i, -1)}>
                {t('moveUp')}
                <span className="lr-visually-hidden"> {t('activityNumber', { number: i + 1 })}</span>
              </Button>
              <Button disabled={i === plan.activities.length - 1} onClick={() => move(i, 1)}>
                {t('moveDown')}
                <span className="lr-visually-hidden"> {t('activityNumber', { number: i + 1 })}</span>
              </Button>
              <Button variant="danger" onClick={() => (setRemoveError(undefined), setRemoving(a))}>
                {t('removeActivity', { number: i + 1 })}
              </Button>
            </>
          }
        />
      ))}
      <AddActivityForm plan={plan} options={options} onAdded={onChanged} />
      <ConfirmDialog
        open={!!removing}
        title={t('confirmRemoveActivity', { number: removing?.position ?? 0 })}
        confirmLabel={t('common:delete')}
        danger
        error={removeError}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('confirmRemoveActivityText', { description: removing?.description ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

function ActivityFields({
  form,
  plan,
  options,
  activity,
}: {
  form: ApiForm<ActivityValues>;
  plan: PlanDetail;
  options: PlanEditOptions;
  activity?: Activity;
}) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { language } = useSection();
  const smartHint = useSmartHint();
  const currencies = useMemo(() => currencyOptions(language), [language]);
  const findings: readonly SmartFinding[] = activity ? plan.smartCheck.items : [];
  const about = (field: string) => (activity ? findingsOf(findings, activity.id, field) : []);
  const spot = (field: string) => `ap-${activity?.id ?? 'new-activity'}-${field}`;
  const person = activity?.responsiblePerson;
  const members = person && !options.members.some((m) => m.id === person.id) ? [{ id: person.id, name: person.fullName }, ...options.members] : options.members;
  const responsible = about('responsible');
  const budgetCheck = {
    validate: (v: string, values: ActivityValues) => {
      if (!v.trim()) return true;
      const problem = amountProblem(v, values.budgetCurrency);
      if (!problem) return true;
      return problem.kind === 'format' ? t('amountFormat') : t('amountDecimals', { currency: values.budgetCurrency, digits: problem.digits });
    },
  };

  return (
    <>
      <TextArea
        label={t('activityDescription')}
        hint={t('activityDescriptionHint')}
        required
        rows={2}
        {...form.field('description', { validate: (v) => v.trim() !== '' || t('activityDescriptionRequired') })}
      />
      <div className="lr-form-grid">
        <FormSelect
          form={form}
          name="objectiveId"
          label={t('servesObjective')}
          placeholder={t('noObjective')}
          options={plan.objectives.map((o, i) => ({ value: o.id, label: `${i + 1}. ${o.statement}` }))}
        />
      </div>
      <SmartSpot anchor={spot('responsible')} findings={responsible}>
        <fieldset className="lr-ap-fieldset" aria-describedby={responsible.length ? `${spot('responsible')}-smart` : undefined}>
          <legend>{t('responsible')}</legend>
          {responsible.length > 0 && (
            <p id={`${spot('responsible')}-smart`} className="lr-ap-smart-note">
              {smartHint(responsible)}
            </p>
          )}
          <div className="lr-form-grid">
            <FormSelect
              form={form}
              name="responsiblePersonId"
              label={t('responsiblePerson')}
              hint={t('responsiblePersonHint')}
              placeholder={t('nobody')}
              options={members.map((m) => ({ value: m.id, label: m.name }))}
            />
            <div>
              <OrganisationPicker
                form={form}
                name="responsibleOrganisationId"
                label={t('responsibleOrganisation')}
                chosenLabel={activity?.responsibleOrganisation?.name}
              />
            </div>
          </div>
        </fieldset>
      </SmartSpot>
      <div className="lr-form-grid">
        <SmartSpot anchor={spot('startDate')} findings={about('startDate')}>
          <TextField label={t('startDate')} hint={smartHint(about('startDate'))} type="date" {...form.field('startDate')} />
        </SmartSpot>
        <SmartSpot anchor={spot('dueDate')} findings={about('dueDate')}>
          <TextField label={t('dueDate')} hint={smartHint(about('dueDate'))} type="date" {...form.field('dueDate')} />
        </SmartSpot>
      </div>
      <SmartSpot anchor={spot('resources')} findings={about('resources')}>
        <TextArea label={t('resources')} hint={smartHint(about('resources'), t('resourcesHint'))} rows={2} {...form.field('resources')} />
      </SmartSpot>
      <div className="lr-form-grid">
        <TextField label={t('budgetAmount')} hint={t('budgetAmountHint')} inputMode="decimal" {...form.field('budgetAmount', budgetCheck)} />
        <FormSelect form={form} name="budgetCurrency" label={t('budgetCurrency')} options={currencies} />
      </div>
    </>
  );
}

function ActivityForm({
  plan,
  options,
  activity: a,
  number,
  onSaved,
  actions,
}: {
  plan: PlanDetail;
  options: PlanEditOptions;
  activity: Activity;
  number: number;
  onSaved(): void;
  actions: ReactNode;
}) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const [, update] = useMutation(UpdatePlanActivityMutation);
  const lang = plan.language;
  const form = useApiForm<ActivityValues>({
    fieldFor,
    defaultValues: {
      description: textIn(a.descriptionTranslations, lang) || a.description,
      objectiveId: a.objectiveId ?? '',
      responsiblePersonId: a.responsiblePersonId ?? '',
      responsibleOrganisationId: a.responsibleOrganisationId ?? '',
      startDate: a.startDate ?? '',
      dueDate: a.dueDate ?? '',
      resources: a.resources ?? '',
      budgetAmount: a.budget?.amount ?? '',
      budgetCurrency: a.budget?.currency ?? 'USD',
    },
  });
  const headingId = `activity-${a.id}-heading`;
  const failing = plan.smartCheck.items.some((f) => f.itemId === a.id);

  const save = form.submit(async (v) => {
    const result = await update({ input: { id: a.id, version: a.version, description: withText(a.descriptionTranslations, lang, v.description), ...detailsInput(v) } });
    if (result.error) return form.showApiError(result.error);
    form.reset(v);
    notify(t('activitySaved', { number }), 'success');
    onSaved();
  });

  return (
    <form ref={form.formRef} className={`lr-ap-item ${failing ? 'lr-ap-item--fails' : ''}`} onSubmit={save} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t('activityNumber', { number })}</h3>
      <FormBanner form={form} onReload={onSaved} />
      <ActivityFields form={form} plan={plan} options={options} activity={a} />
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('saveActivity', { number })}
        </Button>
        {actions}
      </div>
    </form>
  );
}

function AddActivityForm({ plan, options, onAdded }: { plan: PlanDetail; options: PlanEditOptions; onAdded(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const [, add] = useMutation(AddPlanActivityMutation);
  const [open, setOpen] = useState(false);
  const form = useApiForm<ActivityValues>({ defaultValues: BLANK, fieldFor });

  const save = form.submit(async (v) => {
    const result = await add({ input: { planId: plan.id, description: { [langKey(plan.language)]: v.description.trim() }, ...detailsInput(v) } });
    if (result.error) return form.showApiError(result.error);
    form.reset(BLANK);
    setOpen(false);
    notify(t('activityAdded'), 'success');
    onAdded();
  });

  if (!open) {
    return (
      <div className="lr-form-actions">
        <Button onClick={() => setOpen(true)}>{t('addActivity')}</Button>
      </div>
    );
  }
  return (
    <form ref={form.formRef} className="lr-ap-item lr-ap-item--new" onSubmit={save} noValidate aria-labelledby="new-activity-heading">
      <h3 id="new-activity-heading">{t('newActivity')}</h3>
      <FormBanner form={form} onReload={onAdded} />
      <ActivityFields form={form} plan={plan} options={options} />
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('addActivity')}
        </Button>
        <Button onClick={() => (form.reset(BLANK), setOpen(false))}>{t('common:cancel')}</Button>
      </div>
    </form>
  );
}
