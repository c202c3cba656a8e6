import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog, ErrorPanel, FormBanner, FormSelect, TextField, useApiForm } from '@lr/portal-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { rateOf } from '../../components/money';
import { actionRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import { currencyOptions } from '../../components/times';
import { ExchangeRatesQuery, RemoveExchangeRateMutation, SetExchangeRateMutation } from '../../graphql/operations';

/**
 * The programme's planning rates: how planned lines, travel legs and stays in other currencies
 * count in the programme's currency. Setting a currency's rate replaces the one before;
 * removing one asks first (totals that need it then name it as missing).
 */
export function ExchangeRates({ programmeId, currency, onChanged }: { programmeId: string; currency: string; onChanged(): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit, notify, language } = useSection();
  const format = useFormat();
  const [{ data, error }, refetch] = useQuery({ query: ExchangeRatesQuery, variables: { programmeId } });
  const [, setRate] = useMutation(SetExchangeRateMutation);
  const [, removeRate] = useMutation(RemoveExchangeRateMutation);
  const [toRemove, setToRemove] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string>();
  const currencies = useMemo(() => currencyOptions(language, ['USD', 'EUR', 'GBP']).filter((c) => c.value !== currency), [language, currency]);
  const form = useApiForm<{ currency: string; rate: string }>({ defaultValues: { currency: '', rate: '' } });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const submit = form.submit(async (v) => {
    const result = await setRate({ programmeId, currency: v.currency, rate: rateOf(v.rate) ?? v.rate });
    if (result.error) return form.showApiError(result.error);
    notify(t('rateSet', { currency: v.currency }), 'success');
    form.reset({ currency: '', rate: '' });
    reload();
    onChanged();
  });

  async function remove() {
    if (!toRemove) return;
    const result = await removeRate({ programmeId, currency: toRemove });
    if (result.error) return setRemoveError(actionRefusal(result.error));
    notify(t('rateRemoved', { currency: toRemove }), 'success');
    setToRemove(null);
    reload();
    onChanged();
  }

  return (
    <section className="lr-card" aria-labelledby="rates-heading">
      <h2 id="rates-heading">{t('exchangeRates')}</h2>
      <p>{t('exchangeRatesIntro', { currency })}</p>
      {error ? (
        <ErrorPanel title={t('common:loadFailed')} onRetry={reload}>
          {errorMessage(error)}
        </ErrorPanel>
      ) : data && data.exchangeRates.length === 0 ? (
        <p className="lr-logistics-muted">{t('noRates')}</p>
      ) : (
        <ul className="lr-logistics-plain-list">
          {(data?.exchangeRates ?? []).map((r) => (
            <li key={r.id}>
              {t('rateLine', { currency: r.currency, rate: r.rate, programme: currency })}{' '}
              <span className="lr-logistics-muted">({t('rateSetOn', { date: format.date(r.updatedAt) })})</span>
              {canEdit && (
                <>
                  {' '}
                  <Button variant="link" onClick={() => (setRemoveError(undefined), setToRemove(r.currency))} aria-label={t('removeRateOf', { currency: r.currency })}>
                    {t('removeRate')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form ref={form.formRef} className="lr-logistics-subform" onSubmit={submit} noValidate aria-labelledby="set-rate-heading">
          <h3 id="set-rate-heading">{t('setRate')}</h3>
          <FormBanner form={form} />
          <div className="lr-form-grid">
            <FormSelect form={form} name="currency" rules={{ required: t('currencyRequired') }} label={t('currency')} required placeholder={t('common:choose')} options={currencies} />
            <TextField
              label={t('rateValue', { currency })}
              inputMode="decimal"
              hint={t('rateValueHint', { currency })}
              required
              {...form.field('rate', { validate: (r) => rateOf(r) !== null || t('rateInvalid') })}
            />
          </div>
          <div className="lr-form-actions">
            <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
              {t('setRate')}
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog open={!!toRemove} title={t('confirmRemoveRate')} confirmLabel={t('removeRate')} danger error={removeError} onConfirm={remove} onCancel={() => setToRemove(null)}>
        <p>{toRemove ? t('confirmRemoveRateText', { currency: toRemove }) : ''}</p>
      </ConfirmDialog>
    </section>
  );
}
