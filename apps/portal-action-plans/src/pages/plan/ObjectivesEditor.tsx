import { TextArea, TextField, type ApiForm } from '@lr/portal-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { findingsOf, type SmartFinding } from '../../components/smart';
import { SmartSpot, useSmartHint } from '../../components/SmartSpot';
import { langKey, textIn, withText } from '../../components/texts';
import { AddPlanObjectiveMutation, RemovePlanObjectiveMutation, ReorderPlanObjectivesMutation, UpdatePlanObjectiveMutation } from '../../graphql/operations';
import type { PlanDetail } from '../PlanPage';
import { AddPlanItemForm, PlanItemForm, PlanItemsEditor } from './PlanItemsEditor';

type Objective = PlanDetail['objectives'][number];

export interface ObjectiveValues {
  statement: string;
  indicator: string;
  unit: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
}

const BLANK: ObjectiveValues = { statement: '', indicator: '', unit: '', baselineValue: '', baselineDate: '', targetValue: '', targetDate: '' };
/** A decimal as the API takes it: up to 16 digits, a point and up to 4 more. */
const DECIMAL = /^-?\d{1,16}(\.\d{1,4})?$/;

const orNull = (s: string) => s.trim() || null;
/** A number as typed ("12,5" in French or Spanish) as the API takes it ("12.5"). */
const decimalOf = (s: string) => s.trim().replace(',', '.');

/**
 * The plan's objectives, each a form of its own (saved at its own version), in order, with the
 * SMART findings next to the fields they concern; objectives move up and down, are removed after
 * a confirmation, and a new one is added at the end.
 */
export function ObjectivesEditor({ plan, onChanged }: { plan: PlanDetail; onChanged(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const [, reorder] = useMutation(ReorderPlanObjectivesMutation);
  const [, remove] = useMutation(RemovePlanObjectiveMutation);

  return (
    <PlanItemsEditor
      kind="objective"
      plan={plan}
      items={plan.objectives}
      reorder={async (objectiveIds) => (await reorder({ planId: plan.id, objectiveIds })).error}
      remove={async (o) => (await remove({ id: o.id, version: o.version })).error}
      removeText={(o) => t('confirmRemoveObjectiveText', { statement: o?.statement ?? '' })}
      renderItem={(o, number, actions) => (
        <ObjectiveForm key={`${o.id}:${o.version}`} plan={plan} objective={o} number={number} findings={plan.smartCheck.items} onSaved={onChanged} actions={actions} />
      )}
      addForm={<AddObjectiveForm plan={plan} onAdded={onChanged} />}
      onChanged={onChanged}
    />
  );
}

/** The fields of an objective; `findings` (an existing objective's) are shown next to their fields. */
function ObjectiveFields({ form, itemId, findings }: { form: ApiForm<ObjectiveValues>; itemId?: string; findings: readonly SmartFinding[] }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const smartHint = useSmartHint();
  const about = (field: string) => (itemId ? findingsOf(findings, itemId, field) : []);
  const spot = (field: keyof ObjectiveValues) => `ap-${itemId ?? 'new-objective'}-${field}`;
  const decimal = { validate: (v: string) => v.trim() === '' || DECIMAL.test(decimalOf(v)) || t('decimalFormat') };
  return (
    <>
      <TextArea
        label={t('statement')}
        hint={t('statementHint')}
        required
        rows={2}
        {...form.field('statement', { validate: (v) => v.trim() !== '' || t('statementRequired') })}
      />
      <div className="lr-form-grid">
        <SmartSpot anchor={spot('indicator')} findings={about('indicator')}>
          <TextField label={t('indicator')} hint={smartHint(about('indicator'), t('indicatorHint'))} {...form.field('indicator')} />
        </SmartSpot>
        <TextField label={t('unit')} hint={t('unitHint')} {...form.field('unit')} />
      </div>
      <div className="lr-form-grid">
        <SmartSpot anchor={spot('baselineValue')} findings={about('baselineValue')}>
          <TextField label={t('baselineValue')} hint={smartHint(about('baselineValue'))} inputMode="decimal" {...form.field('baselineValue', decimal)} />
        </SmartSpot>
        <SmartSpot anchor={spot('baselineDate')} findings={about('baselineDate')}>
          <TextField label={t('baselineDate')} hint={smartHint(about('baselineDate'))} type="date" {...form.field('baselineDate')} />
        </SmartSpot>
        <SmartSpot anchor={spot('targetValue')} findings={about('targetValue')}>
          <TextField label={t('targetValue')} hint={smartHint(about('targetValue'))} inputMode="decimal" {...form.field('targetValue', decimal)} />
        </SmartSpot>
        <SmartSpot anchor={spot('targetDate')} findings={about('targetDate')}>
          <TextField label={t('targetDate')} hint={smartHint(about('targetDate'))} type="date" {...form.field('targetDate')} />
        </SmartSpot>
      </div>
    </>
  );
}

/** The measure fields as the API takes them (blank ones emptied). */
function measureInput(v: ObjectiveValues) {
  return {
    unit: orNull(v.unit),
    baselineValue: orNull(decimalOf(v.baselineValue)),
    baselineDate: orNull(v.baselineDate),
    targetValue: orNull(decimalOf(v.targetValue)),
    targetDate: orNull(v.targetDate),
  };
}

function ObjectiveForm({
  plan,
  objective: o,
  number,
  findings,
  onSaved,
  actions,
}: {
  plan: PlanDetail;
  objective: Objective;
  number: number;
  findings: readonly SmartFinding[];
  onSaved(): void;
  actions: ReactNode;
}) {
  const [, update] = useMutation(UpdatePlanObjectiveMutation);
  const lang = plan.language;
  const indicatorHasOthers = Object.entries(o.indicatorTranslations).some(([k, text]) => k !== langKey(lang) && k !== '__typename' && !!text);

  return (
    <PlanItemForm<ObjectiveValues>
      kind="objective"
      itemId={o.id}
      number={number}
      failing={findings.some((f) => f.itemId === o.id)}
      defaultValues={{
        statement: textIn(o.statementTranslations, lang) || o.statement,
        indicator: textIn(o.indicatorTranslations, lang) || (o.indicator ?? ''),
        unit: o.unit ?? '',
        baselineValue: o.baselineValue ?? '',
        baselineDate: o.baselineDate ?? '',
        targetValue: o.targetValue ?? '',
        targetDate: o.targetDate ?? '',
      }}
      update={async (v) =>
        (
          await update({
            input: {
              id: o.id,
              version: o.version,
              statement: withText(o.statementTranslations, lang, v.statement),
              indicator: v.indicator.trim() || indicatorHasOthers ? withText(o.indicatorTranslations, lang, v.indicator) : null,
              ...measureInput(v),
            },
          })
        ).error
      }
      onSaved={onSaved}
      fields={(form) => <ObjectiveFields form={form} itemId={o.id} findings={findings} />}
      actions={actions}
    />
  );
}

function AddObjectiveForm({ plan, onAdded }: { plan: PlanDetail; onAdded(): void }) {
  const [, add] = useMutation(AddPlanObjectiveMutation);
  const key = langKey(plan.language);
  return (
    <AddPlanItemForm
      kind="objective"
      blank={BLANK}
      add={async (v) =>
        (
          await add({
            input: {
              planId: plan.id,
              statement: { [key]: v.statement.trim() },
              indicator: v.indicator.trim() ? { [key]: v.indicator.trim() } : null,
              ...measureInput(v),
            },
          })
        ).error
      }
      onAdded={onAdded}
      fields={(form) => <ObjectiveFields form={form} findings={[]} />}
    />
  );
}
