import { Button, FormBanner, FormSelect, TextField, useApiForm } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { amountProblem, currencyOptions, normalizeAmount } from '../../components/money';
import { useSection } from '../../components/section-context';
import { UpdateActionFundMutation } from '../../graphql/operations';
import type { Fund } from '../FundPage';

interface FundValues {
  amount: string;
  currency: string;
}

/** Changes how much the fund holds (admins): never below what it has awarded, nor to another currency once it has awards. */
export function FundAmountForm({ routeId, fund, onSaved }: { routeId: string; fund: Fund; onSaved(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify, language } = useSection();
  const [, update] = useMutation(UpdateActionFundMutation);
  const currencies = useMemo(() => currencyOptions(language), [language]);
  const form = useApiForm<FundValues>({
    defaultValues: { amount: fund.amount.amount, currency: fund.amount.currency },
    fieldFor: (path) => (path === 'amount.currency' ? 'currency' : path.startsWith('amount') ? 'amount' : undefined),
  });

  const save = form.submit(async (v) => {
    const result = await update({ input: { routeId, version: fund.version, amount: { amount: normalizeAmount(v.amount), currency: v.currency } } });
    if (result.error) return form.showApiError(result.error);
    form.reset(v);
    notify(t('fundSaved'), 'success');
    onSaved();
  });

  return (
    <form ref={form.formRef} className="lr-ap-subform" onSubmit={save} noValidate aria-labelledby="fund-amount-heading">
      <h3 id="fund-amount-heading">{t('changeFund')}</h3>
      <FormBanner form={form} onReload={onSaved} />
      <div className="lr-form-grid">
        <TextField
          label={t('fundAmount')}
          hint={t('fundAmountHint')}
          required
          inputMode="decimal"
          {...form.field('amount', {
            validate: (v, values) => {
              const problem = amountProblem(v, values.currency);
              if (!problem) return true;
              return problem.kind === 'format' ? t('amountFormat') : t('amountDecimals', { currency: values.currency, digits: problem.digits });
            },
          })}
        />
        <FormSelect form={form} name="currency" label={t('currency')} options={currencies} />
      </div>
      <div className="lr-form-actions">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t('saveFund')}
        </Button>
      </div>
    </form>
  );
}
