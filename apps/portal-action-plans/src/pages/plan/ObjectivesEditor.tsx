import { Button, ConfirmDialog, FormBanner, TextArea, TextField, useApiForm, type ApiForm } from '@lr/portal-ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { planRefusal } from '../../components/refusals';
import { findingsOf, type SmartFinding } from '../../components/smart';
import { SmartSpot, useSmartHint } from '../../components/SmartSpot';
import { useSection } from '../../components/section-context';
import { langKey, textIn, withText } from '../../components/texts';
import { AddPlanObjectiveMutation, RemovePlanObjectiveMutation, ReorderPlanObjectivesMutation, UpdatePlanObjectiveMutation } from '../../graphql/operations';
import type { PlanDetail } from '../PlanPage';

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
  const { notify } = useSection();
  const [, reorder] = useMutation(ReorderPlanObjectivesMutation);
  const [, remove] = useMutation(RemovePlanObjectiveMutation);
  const [removing, setRemoving] = useState<Objective | null>(null);
  const [removeError, setRemoveError] = useState<string>();
  const planFindings = plan.smartCheck.items.filter((i) => i.path === 'objectives');

  async function move(index: number, by: -1 | 1) {
    const ids = plan.objectives.map((o) => o.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    const result = await reorder({ planId: plan.id, objectiveIds: ids });
    if (result.error) return notify(planRefusal(result.error), 'error');
    notify(t('objectiveMoved', { number: index + 1 + by }), 'success');
    onChanged();
  }

  async function confirmRemove() {
    if (!removing) return;
    const result = await remove({ id: removing.id, version: removing.version });
    if (result.error) return setRemoveError(planRefusal(result.error));
    setRemoving(null);
    notify(t('objectiveRemoved', { number: removing.position }), 'success');
    onChanged();
  }

  return (
    <section id="ap-objectives" className="lr-card" aria-labelledby="objectives-heading" tabIndex={-1}>
      <h2 id="objectives-heading">{t('objectives')}</h2>
      <p className="lr-field__hint">{t('objectivesHint', { language: t(`languages.${plan.language}`) })}</p>
      {planFindings.length > 0 && <p className="lr-ap-smart-note">{t('smartHint', { problem: t('smartRules.PLAN_HAS_OBJECTIVE') })}</p>}
      {plan.objectives.length === 0 && <p className="lr-empty">{t('noObjectives')}</p>}
      {plan.objectives.map((o, i) => (
        <ObjectiveForm
          key={`${o.id}:${o.version}`}
          plan={plan}
          objective={o}
          number={i + 1}
          findings={plan.smartCheck.items}
          onSaved={onChanged}
          actions={
            <>
              <Button disabled={i === 0} onClick={() => move(i, -1)}>
                {t('moveUp')}
                <span className="lr-visually-hidden"> {t('objectiveNumber', { number: i + 1 })}</span>
              </Button>
              <Button disabled={i === plan.objectives.length - 1} onClick={() => move(i, 1)}>
                {t('moveDown')}
                <span className="lr-visually-hidden"> {t('objectiveNumber', { number: i + 1 })}</span>
              </Button>
              <Button variant="danger" onClick={() => (setRemoveError(undefined), setRemoving(o))}>
                {t('removeObjective', { number: i + 1 })}
              </Button>
            </>
          }
        />
      ))}
      <AddObjectiveForm plan={plan} onAdded={onChanged} />
      <ConfirmDialog
        open={!!removing}
        title={t('confirmRemoveObjective', { number: removing?.position ?? 0 })}
        confirmLabel={t('common:delete')}
        danger
        error={removeError}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('confirmRemoveObjectiveText', { statement: removing?.statement ?? '' })}</p>
      </ConfirmDialog>
    </section>
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
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const [, update] = useMutation(UpdatePlanObjectiveMutation);
  const lang = plan.language;
  const form = useApiForm<ObjectiveValues>({
    defaultValues: {
      statement: textIn(o.statementTranslations, lang) || o.statement,
      indicator: textIn(o.indicatorTranslations, lang) || (o.indicator ?? ''),
      unit: o.unit ?? '',
      baselineValue: o.baselineValue ?? '',
      baselineDate: o.baselineDate ?? '',
      targetValue: o.targetValue ?? '',
      targetDate: o.targetDate ?? '',
    },
  });
  const headingId = `objective-${o.id}-heading`;
  const failing = findings.some((f) => f.itemId === o.id);

  const save = form.submit(async (v) => {
    const indicatorHasOthers = Object.entries(o.indicatorTranslations).some(([k, text]) => k !== langKey(lang) && k !== '__typename' && !!text);
    const result = await update({
      input: {
        id: o.id,
        version: o.version,
        statement: withText(o.statementTranslations, lang, v.statement),
        indicator: v.indicator.trim() || indicatorHasOthers ? withText(o.indicatorTranslations, lang, v.indicator) : null,
        ...measureInput(v),
      },
    });
    if (result.error) return form.showApiError(result.error);
    form.reset(v);
    notify(t('objectiveSaved', { number }), 'success');
    onSaved();
  });

  return (
    <form ref={form.formRef} className={`lr-ap-item ${failing ? 'lr-ap-item--fails' : ''}`} onSubmit={save} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t('objectiveNumber', { number })}</h3>
      <FormBanner form={form} onReload={onSaved} />
      <ObjectiveFields form={form} itemId={o.id} findings={findings} />
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('saveObjective', { number })}
        </Button>
        {actions}
      </div>
    </form>
  );
}

function AddObjectiveForm({ plan, onAdded }: { plan: PlanDetail; onAdded(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const [, add] = useMutation(AddPlanObjectiveMutation);
  const [open, setOpen] = useState(false);
  const form = useApiForm<ObjectiveValues>({ defaultValues: BLANK });
  const key = langKey(plan.language);

  const save = form.submit(async (v) => {
    const result = await add({
      input: {
        planId: plan.id,
        statement: { [key]: v.statement.trim() },
        indicator: v.indicator.trim() ? { [key]: v.indicator.trim() } : null,
        ...measureInput(v),
      },
    });
    if (result.error) return form.showApiError(result.error);
    form.reset(BLANK);
    setOpen(false);
    notify(t('objectiveAdded'), 'success');
    onAdded();
  });

  if (!open) {
    return (
      <div className="lr-form-actions">
        <Button onClick={() => setOpen(true)}>{t('addObjective')}</Button>
      </div>
    );
  }
  return (
    <form ref={form.formRef} className="lr-ap-item lr-ap-item--new" onSubmit={save} noValidate aria-labelledby="new-objective-heading">
      <h3 id="new-objective-heading">{t('newObjective')}</h3>
      <FormBanner form={form} onReload={onAdded} />
      <ObjectiveFields form={form} findings={[]} />
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('addObjective')}
        </Button>
        <Button onClick={() => (form.reset(BLANK), setOpen(false))}>{t('common:cancel')}</Button>
      </div>
    </form>
  );
}
