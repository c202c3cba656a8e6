import { Button, ConfirmDialog, FormBanner, useApiForm, type ApiForm } from '@lr/portal-ui';
import { useState, type ReactNode } from 'react';
import type { DefaultValues, FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { planRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import type { PlanDetail } from '../PlanPage';

/** The plan's lists of items: each its own form, in order. */
export type PlanItemKind = 'objective' | 'activity';

/** Each kind's words (the same for both, but for the noun). */
const WORDS = {
  objective: {
    list: 'objectives',
    listHint: 'objectivesHint',
    none: 'noObjectives',
    rule: 'smartRules.PLAN_HAS_OBJECTIVE',
    number: 'objectiveNumber',
    save: 'saveObjective',
    saved: 'objectiveSaved',
    add: 'addObjective',
    new: 'newObjective',
    added: 'objectiveAdded',
    remove: 'removeObjective',
    confirmRemove: 'confirmRemoveObjective',
    removed: 'objectiveRemoved',
    moved: 'objectiveMoved',
  },
  activity: {
    list: 'activities',
    listHint: 'activitiesHint',
    none: 'noActivities',
    rule: 'smartRules.PLAN_HAS_ACTIVITY',
    number: 'activityNumber',
    save: 'saveActivity',
    saved: 'activitySaved',
    add: 'addActivity',
    new: 'newActivity',
    added: 'activityAdded',
    remove: 'removeActivity',
    confirmRemove: 'confirmRemoveActivity',
    removed: 'activityRemoved',
    moved: 'activityMoved',
  },
} as const;

const LIST_PATH = { objective: 'objectives', activity: 'activities' } as const;

interface PlanItem {
  id: string;
  version: number;
  position: number;
}

/** Moving an item, removing one, each of these refused or not (the refusal, else undefined). */
type Outcome = Promise<CombinedError | undefined>;

export interface PlanItemsEditorProps<I extends PlanItem> {
  kind: PlanItemKind;
  plan: PlanDetail;
  items: readonly I[];
  /** Saves the items' new order (their ids in it). */
  reorder(ids: string[]): Outcome;
  /** Removes an item (at the version read). */
  remove(item: I): Outcome;
  /** What the removal confirmation says of the item, e.g. its statement. */
  removeText(item: I | null): string;
  /** An item's form, with the buttons that move and remove it (`actions`). */
  renderItem(item: I, number: number, actions: ReactNode): ReactNode;
  /** The form adding an item at the end. */
  addForm: ReactNode;
  onChanged(): void;
}

/**
 * A plan's items of one kind (objectives, activities), each a form of its own (saved at its own
 * version), in order, with the plan's SMART finding about the list; items move up and down, are
 * removed after a confirmation, and a new one is added at the end.
 */
export function PlanItemsEditor<I extends PlanItem>({ kind, plan, items, reorder, remove, removeText, renderItem, addForm, onChanged }: PlanItemsEditorProps<I>) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const [removing, setRemoving] = useState<I | null>(null);
  const [removeError, setRemoveError] = useState<string>();
  const words = WORDS[kind];
  const planFindings = plan.smartCheck.items.filter((i) => i.path === LIST_PATH[kind]);

  async function move(index: number, by: -1 | 1) {
    const ids = items.map((item) => item.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    const refusal = await reorder(ids);
    if (refusal) return notify(planRefusal(refusal), 'error');
    notify(t(words.moved, { number: index + 1 + by }), 'success');
    onChanged();
  }

  async function confirmRemove() {
    if (!removing) return;
    const refusal = await remove(removing);
    if (refusal) return setRemoveError(planRefusal(refusal));
    setRemoving(null);
    notify(t(words.removed, { number: removing.position }), 'success');
    onChanged();
  }

  return (
    <section id={`ap-${LIST_PATH[kind]}`} className="lr-card" aria-labelledby={`${LIST_PATH[kind]}-heading`} tabIndex={-1}>
      <h2 id={`${LIST_PATH[kind]}-heading`}>{t(words.list)}</h2>
      <p className="lr-field__hint">{t(words.listHint, { language: t(`languages.${plan.language}`) })}</p>
      {planFindings.length > 0 && <p className="lr-ap-smart-note">{t('smartHint', { problem: t(words.rule) })}</p>}
      {items.length === 0 && <p className="lr-empty">{t(words.none)}</p>}
      {items.map((item, i) =>
        renderItem(
          item,
          i + 1,
          <>
            <Button disabled={i === 0} onClick={() => move(i, -1)}>
              {t('moveUp')}
              <span className="lr-visually-hidden"> {t(words.number, { number: i + 1 })}</span>
            </Button>
            <Button disabled={i === items.length - 1} onClick={() => move(i, 1)}>
              {t('moveDown')}
              <span className="lr-visually-hidden"> {t(words.number, { number: i + 1 })}</span>
            </Button>
            <Button variant="danger" onClick={() => (setRemoveError(undefined), setRemoving(item))}>
              {t(words.remove, { number: i + 1 })}
            </Button>
          </>,
        ),
      )}
      {addForm}
      <ConfirmDialog
        open={!!removing}
        title={t(words.confirmRemove, { number: removing?.position ?? 0 })}
        confirmLabel={t('common:delete')}
        danger
        error={removeError}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      >
        <p>{removeText(removing)}</p>
      </ConfirmDialog>
    </section>
  );
}

export interface PlanItemFormProps<V extends FieldValues> {
  kind: PlanItemKind;
  itemId: string;
  number: number;
  /** The plan's SMART check finds something wrong with this item. */
  failing: boolean;
  defaultValues: DefaultValues<V>;
  fieldFor?(apiPath: string): FieldPath<V> | undefined;
  /** Saves the values; resolves to the refusal, if any. */
  update(values: V): Outcome;
  onSaved(): void;
  /** The item's fields. */
  fields(form: ApiForm<V>): ReactNode;
  /** Beside Save: moving and removing the item. */
  actions: ReactNode;
}

/** One item of the plan as a form of its own, saved at its own version. */
export function PlanItemForm<V extends FieldValues>({ kind, itemId, number, failing, defaultValues, fieldFor, update, onSaved, fields, actions }: PlanItemFormProps<V>) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const form = useApiForm<V>({ defaultValues, fieldFor });
  const words = WORDS[kind];
  const headingId = `${kind}-${itemId}-heading`;

  const save = form.submit(async (v) => {
    const refusal = await update(v);
    if (refusal) return form.showApiError(refusal);
    form.reset(v);
    notify(t(words.saved, { number }), 'success');
    onSaved();
  });

  return (
    <form ref={form.formRef} className={`lr-ap-item ${failing ? 'lr-ap-item--fails' : ''}`} onSubmit={save} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t(words.number, { number })}</h3>
      <FormBanner form={form} onReload={onSaved} />
      {fields(form)}
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t(words.save, { number })}
        </Button>
        {actions}
      </div>
    </form>
  );
}

export interface AddPlanItemFormProps<V extends FieldValues> {
  kind: PlanItemKind;
  blank: V;
  fieldFor?(apiPath: string): FieldPath<V> | undefined;
  /** Adds the item; resolves to the refusal, if any. */
  add(values: V): Outcome;
  onAdded(): void;
  fields(form: ApiForm<V>): ReactNode;
}

/** "Add an …", which opens the form of a new item at the end of the list. */
export function AddPlanItemForm<V extends FieldValues>({ kind, blank, fieldFor, add, onAdded, fields }: AddPlanItemFormProps<V>) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const [open, setOpen] = useState(false);
  const form = useApiForm<V>({ defaultValues: blank as DefaultValues<V>, fieldFor });
  const words = WORDS[kind];
  const headingId = `new-${kind}-heading`;

  const save = form.submit(async (v) => {
    const refusal = await add(v);
    if (refusal) return form.showApiError(refusal);
    form.reset(blank);
    setOpen(false);
    notify(t(words.added), 'success');
    onAdded();
  });

  if (!open) {
    return (
      <div className="lr-form-actions">
        <Button onClick={() => setOpen(true)}>{t(words.add)}</Button>
      </div>
    );
  }
  return (
    <form ref={form.formRef} className="lr-ap-item lr-ap-item--new" onSubmit={save} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t(words.new)}</h3>
      <FormBanner form={form} onReload={onAdded} />
      {fields(form)}
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t(words.add)}
        </Button>
        <Button onClick={() => (form.reset(blank), setOpen(false))}>{t('common:cancel')}</Button>
      </div>
    </form>
  );
}
