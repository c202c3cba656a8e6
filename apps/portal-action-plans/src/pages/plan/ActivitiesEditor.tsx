import { FormSelect, TextArea, TextField, type ApiForm } from '@lr/portal-ui';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { amountProblem, currencyOptions, normalizeAmount } from '../../components/money';
import { findingsOf, type SmartFinding } from '../../components/smart';
import { SmartSpot, useSmartHint } from '../../components/SmartSpot';
import { useSection } from '../../components/section-context';
import { langKey, textIn, withText } from '../../components/texts';
import { AddPlanActivityMutation, RemovePlanActivityMutation, ReorderPlanActivitiesMutation, UpdatePlanActivityMutation } from '../../graphql/operations';
import type { PlanDetail } from '../PlanPage';
import type { PlanEditOptions } from './edit-options';
import { OrganisationPicker } from './OrganisationPicker';
import { AddPlanItemForm, PlanItemForm, PlanItemsEditor } from './PlanItemsEditor';

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
  const [, reorder] = useMutation(ReorderPlanActivitiesMutation);
  const [, remove] = useMutation(RemovePlanActivityMutation);

  return (
    <PlanItemsEditor
      kind="activity"
      plan={plan}
      items={plan.activities}
      reorder={async (activityIds) => (await reorder({ planId: plan.id, activityIds })).error}
      remove={async (a) => (await remove({ id: a.id, version: a.version })).error}
      removeText={(a) => t('confirmRemoveActivityText', { description: a?.description ?? '' })}
      renderItem={(a, number, actions) => (
        <ActivityForm key={`${a.id}:${a.version}`} plan={plan} options={options} activity={a} number={number} onSaved={onChanged} actions={actions} />
      )}
      addForm={<AddActivityForm plan={plan} options={options} onAdded={onChanged} />}
      onChanged={onChanged}
    />
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
  const [, update] = useMutation(UpdatePlanActivityMutation);
  const lang = plan.language;
  return (
    <PlanItemForm<ActivityValues>
      kind="activity"
      itemId={a.id}
      number={number}
      failing={plan.smartCheck.items.some((f) => f.itemId === a.id)}
      fieldFor={fieldFor}
      defaultValues={{
        description: textIn(a.descriptionTranslations, lang) || a.description,
        objectiveId: a.objectiveId ?? '',
        responsiblePersonId: a.responsiblePersonId ?? '',
        responsibleOrganisationId: a.responsibleOrganisationId ?? '',
        startDate: a.startDate ?? '',
        dueDate: a.dueDate ?? '',
        resources: a.resources ?? '',
        budgetAmount: a.budget?.amount ?? '',
        budgetCurrency: a.budget?.currency ?? 'USD',
      }}
      update={async (v) => (await update({ input: { id: a.id, version: a.version, description: withText(a.descriptionTranslations, lang, v.description), ...detailsInput(v) } })).error}
      onSaved={onSaved}
      fields={(form) => <ActivityFields form={form} plan={plan} options={options} activity={a} />}
      actions={actions}
    />
  );
}

function AddActivityForm({ plan, options, onAdded }: { plan: PlanDetail; options: PlanEditOptions; onAdded(): void }) {
  const [, add] = useMutation(AddPlanActivityMutation);
  return (
    <AddPlanItemForm
      kind="activity"
      blank={BLANK}
      fieldFor={fieldFor}
      add={async (v) => (await add({ input: { planId: plan.id, description: { [langKey(plan.language)]: v.description.trim() }, ...detailsInput(v) } })).error}
      onAdded={onAdded}
      fields={(form) => <ActivityFields form={form} plan={plan} options={options} />}
    />
  );
}
