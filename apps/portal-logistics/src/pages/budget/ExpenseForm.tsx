import { Button, FormBanner, FormSelect, TextField, restProblem, useApiForm } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { amountOf, rateOf } from '../../components/money';
import { useSection } from '../../components/section-context';
import { currencyOptions } from '../../components/times';
import type { BudgetCategory } from '../../graphql/generated/graphql';
import { CreateExpenseMutation, DeleteExpenseMutation } from '../../graphql/operations';

/** What a receipt may be, as the API accepts it. */
export const RECEIPT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/heic'];
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;

interface ExpenseValues {
  budgetLineId: string;
  spentOn: string;
  description: string;
  amount: string;
  currency: string;
  exchangeRate: string;
  receipt?: FileList;
}

interface LineOption {
  id: string;
  label: string;
  category: BudgetCategory;
  planned: { currency: string };
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Records an expense against a line of the route, with its receipt (a PDF or a picture, checked
 * here for type and size first). The rate is the day's, programme currency per unit; left empty
 * the programme's planning rate is used. If the receipt is refused, the expense is not kept
 * half-made: it is deleted again and the problem shown on the file.
 */
export function ExpenseForm({ lines, currency, onAdded }: { lines: readonly LineOption[]; currency: string; onAdded(): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { notify, language, apiOrigin, authorizedFetch } = useSection();
  const [, create] = useMutation(CreateExpenseMutation);
  const [, remove] = useMutation(DeleteExpenseMutation);
  const currencies = useMemo(() => currencyOptions(language, [currency, 'USD', 'GBP', 'EUR'].filter((c, i, all) => all.indexOf(c) === i)), [language, currency]);
  const form = useApiForm<ExpenseValues>({
    defaultValues: { budgetLineId: '', spentOn: today(), description: '', amount: '', currency, exchangeRate: '' },
    fieldFor: (path) => (path.startsWith('amount') ? 'amount' : undefined),
  });
  const paidIn = form.watch('currency');

  function receiptProblem(file: File | undefined): string | undefined {
    if (!file) return undefined;
    if (file.size > MAX_RECEIPT_BYTES) return t('receiptTooLarge');
    if (!RECEIPT_TYPES.includes(file.type)) return t('receiptWrongType', { type: file.type || '?' });
    return undefined;
  }

  const submit = form.submit(async (v) => {
    const result = await create({
      input: {
        budgetLineId: v.budgetLineId,
        spentOn: v.spentOn,
        description: v.description.trim(),
        amount: { amount: amountOf(v.amount) ?? v.amount, currency: v.currency },
        exchangeRate: v.exchangeRate.trim() ? (rateOf(v.exchangeRate) ?? v.exchangeRate.trim()) : undefined,
      },
    });
    if (result.error || !result.data) return result.error && form.showApiError(result.error);
    const expense = result.data.createExpense;
    const file = v.receipt?.[0];
    if (file) {
      const res = await authorizedFetch(`${apiOrigin}/logistics/expenses/${expense.id}/receipt?fileName=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'content-type': file.type },
        body: file,
      });
      if (!res.ok) {
        const message = await restProblem(res);
        await remove({ id: expense.id, version: expense.version });
        return form.showProblems({ receipt: message });
      }
    }
    notify(t('expenseRecorded'), 'success');
    form.reset({ ...v, description: '', amount: '', exchangeRate: '', receipt: undefined });
    onAdded();
  });

  return (
    <section className="lr-card" aria-labelledby="add-expense-heading">
      <h3 id="add-expense-heading">{t('recordExpense')}</h3>
      {lines.length === 0 ? (
        <p>{t('expenseNeedsLine')}</p>
      ) : (
        <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby="add-expense-heading">
          <FormBanner form={form} />
          <div className="lr-form-grid">
            <FormSelect
              form={form}
              name="budgetLineId"
              rules={{ required: t('lineRequired') }}
              label={t('budgetLine')}
              required
              placeholder={t('common:choose')}
              options={lines.map((l) => ({ value: l.id, label: `${l.label} (${t(`categories.${l.category}`)})` }))}
            />
            <TextField label={t('spentOn')} type="date" required {...form.field('spentOn', { required: t('spentOnRequired') })} />
            <TextField label={t('description')} hint={t('expenseDescriptionHint')} required {...form.field('description', { validate: (d) => d.trim() !== '' || t('descriptionRequired') })} />
            <TextField label={t('amount')} inputMode="decimal" required {...form.field('amount', { validate: (a) => amountOf(a) !== null || t('amountInvalid') })} />
            <FormSelect form={form} name="currency" label={t('currency')} options={currencies} />
            <TextField
              label={t('exchangeRate')}
              inputMode="decimal"
              hint={paidIn === currency ? t('sameCurrency') : t('exchangeRateHint', { from: paidIn, to: currency })}
              disabled={paidIn === currency}
              {...form.field('exchangeRate', { validate: (r) => r.trim() === '' || rateOf(r) !== null || t('rateInvalid') })}
            />
            <TextField
              label={t('receiptFile')}
              type="file"
              hint={t('receiptHint')}
              accept={RECEIPT_TYPES.join(',')}
              {...form.field('receipt', { validate: (files) => receiptProblem(files?.[0]) ?? true })}
            />
          </div>
          <div className="lr-form-actions">
            <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
              {t('recordExpense')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
