import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog, ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, SelectField, useAuthorizedDownload, useUrlListState } from '@lr/portal-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { BUDGET_CATEGORIES } from '../../components/labels';
import { actionRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import type { BudgetCategory, RouteExpensesQuery as ExpensesResult } from '../../graphql/generated/graphql';
import { DeleteExpenseMutation, RouteExpensesQuery } from '../../graphql/operations';
import type { LineFigures } from './BudgetPage';
import { ExpenseForm } from './ExpenseForm';
import { ActionName } from '../../components/ActionName';

type Expense = ExpensesResult['expenses']['edges'][number]['node'];

/**
 * What was spent on the route's lines, most recent first, with filters and pages in the address
 * (`exp.` keys); each with its receipt to download. Editors record an expense (and its receipt)
 * and delete one after confirming.
 */
export function Expenses({ routeId, currency, lines, onChanged }: { routeId: string; currency: string; lines: readonly LineFigures['line'][]; onChanged(): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const section = useSection();
  const { canEdit, notify } = section;
  const receipts = useAuthorizedDownload(section, (message) => t('downloadFailed', { message }));
  const format = useFormat();
  const list = useUrlListState(['q', 'category', 'receipt'], undefined, { prefix: 'exp' });
  const filter = useMemo(() => {
    const receipt = list.get('receipt');
    return {
      routeId,
      search: list.get('q') || undefined,
      category: (list.get('category') as BudgetCategory) || undefined,
      hasReceipt: receipt === 'yes' ? true : receipt === 'no' ? false : undefined,
    };
  }, [routeId, list]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: RouteExpensesQuery, variables: { first: PAGE_SIZE, after: list.pages.after, filter } });
  const [, remove] = useMutation(DeleteExpenseMutation);
  const [toDelete, setToDelete] = useState<Expense | null>(null);
  const [deleteError, setDeleteError] = useState<string>();
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function deleteExpense() {
    if (!toDelete) return;
    const result = await remove({ id: toDelete.id, version: toDelete.version });
    if (result.error) return setDeleteError(actionRefusal(result.error));
    notify(t('expenseDeleted', { description: toDelete.description }), 'success');
    setToDelete(null);
    reload();
    onChanged();
  }

  async function receipt(e: Expense) {
    if (!e.receiptUrl) return;
    await receipts.download(e.id, e.receiptUrl, e.receiptName ?? 'receipt');
  }

  return (
    <section aria-labelledby="expenses-heading">
      <h2 id="expenses-heading">{t('expenses')}</h2>
      <ExportCsvButton section={section} path="/logistics/expenses.csv" filters={filter} fileName="expenses.csv" label={t('exportExpenses')} />
      <FilterBar search={list.get('q')} onSearch={(v) => list.set('q', v)} searchLabel={t('searchExpenses')} onClear={list.filtered ? list.clear : undefined}>
        <SelectField
          label={t('category')}
          value={list.get('category')}
          onChange={(e) => list.set('category', e.target.value)}
          placeholder={t('common:any')}
          options={BUDGET_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
        />
        <SelectField
          label={t('receipt')}
          value={list.get('receipt')}
          onChange={(e) => list.set('receipt', e.target.value)}
          placeholder={t('common:any')}
          options={[
            { value: 'yes', label: t('withReceipt') },
            { value: 'no', label: t('withoutReceipt') },
          ]}
        />
      </FilterBar>
      <ConnectionView
        connection={data?.expenses}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={reload}
        pages={list.pages}
        pageSize={PAGE_SIZE}
        caption={t('expenses')}
        rowKey={(e) => e.id}
        empty={list.filtered ? <p>{t('common:noMatches')}</p> : <p>{canEdit ? t('noExpensesHint') : t('noExpenses')}</p>}
        columns={[
          { key: 'date', header: t('spentOn'), render: (e: Expense) => format.date(e.spentOn) },
          { key: 'description', header: t('description'), render: (e: Expense) => e.description },
          { key: 'line', header: t('budgetLine'), render: (e: Expense) => (e.budgetLine ? `${e.budgetLine.label} (${t(`categories.${e.budgetLine.category}`)})` : '—') },
          { key: 'amount', header: t('amount'), render: (e: Expense) => format.money(e.amount) },
          {
            key: 'converted',
            header: t('convertedAmount', { currency }),
            render: (e: Expense) => (e.converted ? `${format.money(e.converted)} (${t('atRate', { rate: e.exchangeRate })})` : '—'),
          },
          {
            key: 'receipt',
            header: t('receipt'),
            render: (e: Expense) =>
              e.hasReceipt ? (
                <Button variant="link" onClick={() => receipt(e)}>
                  <ActionName action={e.receiptName ?? t('downloadReceipt')} target={t('receiptOf', { description: e.description })} />
                </Button>
              ) : (
                t('noReceipt')
              ),
          },
          ...(canEdit
            ? [
                {
                  key: 'delete',
                  header: t('actions'),
                  render: (e: Expense) => (
                    <Button variant="danger" onClick={() => (setDeleteError(undefined), setToDelete(e))} aria-label={t('deleteExpenseNamed', { description: e.description })}>
                      {t('common:delete')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canEdit && <ExpenseForm lines={lines} currency={currency} onAdded={() => (reload(), onChanged())} />}
      <ConfirmDialog open={!!toDelete} title={t('confirmDeleteExpense')} confirmLabel={t('common:delete')} danger error={deleteError} onConfirm={deleteExpense} onCancel={() => setToDelete(null)}>
        <p>{toDelete ? t('confirmDeleteExpenseText', { description: toDelete.description, amount: format.money(toDelete.amount) }) : ''}</p>
      </ConfirmDialog>
    </section>
  );
}
