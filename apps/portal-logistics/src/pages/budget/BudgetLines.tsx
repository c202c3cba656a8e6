import { errorCode } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog, ExportCsvButton, FormBanner, FormSelect, TextField, useApiForm } from '@lr/portal-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { BUDGET_CATEGORIES } from '../../components/labels';
import { amountOf } from '../../components/money';
import { actionRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import { currencyOptions } from '../../components/times';
import type { BudgetCategory } from '../../graphql/generated/graphql';
import { CreateBudgetLineMutation, DeleteBudgetLineMutation, UpdateBudgetLineMutation } from '../../graphql/operations';
import type { LineFigures as LineSummary } from './BudgetPage';
import { ActionName } from '../../components/ActionName';

/**
 * The route's budget lines: what is planned per category, in the line's own currency and in the
 * programme's, against what was spent. Editors add, change and delete lines (a line with
 * expenses is kept: the API refuses and the dialog says why).
 */
export function BudgetLines({
  routeId,
  programmeId,
  currency,
  lines,
  onChanged,
}: {
  routeId: string;
  programmeId: string;
  currency: string;
  lines: readonly LineSummary[];
  onChanged(): void;
}) {
  const { t } = useTranslation(['logistics', 'common']);
  const section = useSection();
  const { canEdit, notify } = section;
  const format = useFormat();
  const [, remove] = useMutation(DeleteBudgetLineMutation);
  const [editing, setEditing] = useState<LineSummary | null>(null);
  const [toDelete, setToDelete] = useState<LineSummary | null>(null);
  const [deleteError, setDeleteError] = useState<string>();

  async function deleteLine() {
    if (!toDelete) return;
    const result = await remove({ id: toDelete.line.id, version: toDelete.line.version });
    if (result.error) return setDeleteError(errorCode(result.error) === 'CONFLICT' && !result.error.graphQLErrors[0]?.extensions?.['currentVersion'] ? t('lineHasExpenses') : actionRefusal(result.error));
    notify(t('lineDeleted', { label: toDelete.line.label }), 'success');
    setToDelete(null);
    onChanged();
  }

  return (
    <section className="lr-card" aria-labelledby="lines-heading">
      <h2 id="lines-heading">{t('budgetLines')}</h2>
      {lines.length > 0 && <ExportCsvButton section={section} path="/logistics/budget-lines.csv" filters={{ routeId }} fileName="budget-lines.csv" label={t('exportBudgetLines')} />}
      {lines.length === 0 ? (
        <p className="lr-empty">{canEdit ? t('noLinesHint') : t('noLines')}</p>
      ) : (
        <div className="lr-table-wrap">
          <table className="lr-table lr-table--cards">
            <caption className="lr-visually-hidden">{t('budgetLines')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lineLabel')}</th>
                <th scope="col">{t('category')}</th>
                <th scope="col">{t('planned')}</th>
                <th scope="col">{t('plannedConverted', { currency })}</th>
                <th scope="col">{t('actual')}</th>
                {canEdit && (
                  <th scope="col">
                    <span className="lr-visually-hidden">{t('actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.line.id}>
                  <td data-label={t('lineLabel')}>{l.line.label}</td>
                  <td data-label={t('category')}>{t(`categories.${l.line.category}`)}</td>
                  <td data-label={t('planned')}>{format.money(l.line.planned)}</td>
                  <td data-label={t('plannedConverted', { currency })}>{l.planned ? format.money(l.planned) : t('noRate')}</td>
                  <td data-label={t('actual')}>{format.money(l.actual)}</td>
                  {canEdit && (
                    <td data-label={t('actions')}>
                      <div className="lr-logistics-actions">
                        <Button onClick={() => setEditing(l)}>
                          <ActionName action={t('common:edit')} target={l.line.label} />
                        </Button>
                        <Button variant="danger" onClick={() => (setDeleteError(undefined), setToDelete(l))}>
                          <ActionName action={t('common:delete')} target={l.line.label} />
                        </Button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <LineForm
          key={editing ? `${editing.line.id}-${editing.line.version}` : 'new'}
          routeId={routeId}
          programmeId={programmeId}
          currency={currency}
          line={editing}
          onDone={() => (setEditing(null), onChanged())}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      )}
      <ConfirmDialog open={!!toDelete} title={t('confirmDeleteLine')} confirmLabel={t('common:delete')} danger error={deleteError} onConfirm={deleteLine} onCancel={() => setToDelete(null)}>
        <p>{toDelete ? t('confirmDeleteLineText', { label: toDelete.line.label }) : ''}</p>
      </ConfirmDialog>
    </section>
  );
}

interface LineValues {
  category: BudgetCategory | '';
  label: string;
  amount: string;
  currency: string;
}

function LineForm({
  routeId,
  programmeId,
  currency,
  line,
  onDone,
  onCancel,
}: {
  routeId: string;
  programmeId: string;
  currency: string;
  line: LineSummary | null;
  onDone(): void;
  onCancel?(): void;
}) {
  const { t } = useTranslation(['logistics', 'common']);
  const { notify, language } = useSection();
  const [, create] = useMutation(CreateBudgetLineMutation);
  const [, update] = useMutation(UpdateBudgetLineMutation);
  const currencies = useMemo(() => currencyOptions(language, [currency, 'USD', 'GBP', 'EUR'].filter((c, i, all) => all.indexOf(c) === i)), [language, currency]);
  const form = useApiForm<LineValues>({
    defaultValues: line
      ? { category: line.line.category, label: line.line.label, amount: line.line.planned.amount, currency: line.line.planned.currency }
      : { category: '', label: '', amount: '', currency },
    fieldFor: (path) => (path.startsWith('planned') ? 'amount' : undefined),
  });
  const headingId = line ? `edit-line-${line.line.id}` : 'add-line-heading';

  const submit = form.submit(async (v) => {
    const planned = { amount: amountOf(v.amount) ?? v.amount, currency: v.currency };
    const result = line
      ? await update({ input: { id: line.line.id, version: line.line.version, category: v.category as BudgetCategory, label: v.label.trim(), planned } })
      : await create({ input: { programmeId, routeId, category: v.category as BudgetCategory, label: v.label.trim(), planned } });
    if (result.error) return form.showApiError(result.error);
    notify(line ? t('common:saved') : t('lineAdded'), 'success');
    if (!line) form.reset({ category: '', label: '', amount: '', currency: v.currency });
    onDone();
  });

  return (
    <form ref={form.formRef} className="lr-logistics-subform" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{line ? t('editLineNamed', { label: line.line.label }) : t('addLine')}</h3>
      <FormBanner form={form} onReload={onDone} />
      <div className="lr-form-grid">
        <FormSelect
          form={form}
          name="category"
          rules={{ required: t('categoryRequired') }}
          label={t('category')}
          required
          placeholder={t('common:choose')}
          options={BUDGET_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
        />
        <TextField label={t('lineLabel')} hint={t('lineLabelHint')} required {...form.field('label', { validate: (v) => v.trim() !== '' || t('lineLabelRequired') })} />
        <TextField label={t('plannedAmount')} inputMode="decimal" required {...form.field('amount', { validate: (a) => amountOf(a) !== null || t('amountInvalid') })} />
        <FormSelect form={form} name="currency" label={t('currency')} options={currencies} />
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {line ? t('common:save') : t('addLine')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common:cancel')}</Button>}
      </div>
    </form>
  );
}
