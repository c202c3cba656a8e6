import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog, FormBanner, FormSelect, TextField, useApiForm } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { AWARD_KINDS } from '../../components/labels';
import { amountProblem, normalizeAmount } from '../../components/money';
import { usePlanPaths } from '../../components/plan-nav';
import { planRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import type { AwardKind } from '../../graphql/generated/graphql';
import { RecordAwardMutation, RemoveAwardMutation } from '../../graphql/operations';
import type { Fund } from '../FundPage';
import type { Tally } from './TallyCard';

type Award = Fund['awards'][number];

/**
 * What the fund gave, plan by plan; admins record an award (cash, in kind, or a technical
 * assistance visit, valued in the fund's currency, never beyond what remains) and remove one
 * after a confirmation — a plan's last award taken back returns it to FINAL, with a reason.
 */
export function AwardsCard({ fund, tally, admin, onChanged }: { fund: Fund; tally: Tally | undefined; admin: boolean; onChanged(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const format = useFormat();
  const paths = usePlanPaths();
  const [, remove] = useMutation(RemoveAwardMutation);
  const [removing, setRemoving] = useState<Award | null>(null);
  const [removeError, setRemoveError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const lastOfPlan = !!removing && fund.awards.filter((a) => a.plan?.id === removing.plan?.id).length === 1;

  async function confirmRemove(reason: string) {
    if (!removing) return;
    setBusy(true);
    const result = await remove({ id: removing.id, version: removing.version, reason: reason || null });
    setBusy(false);
    if (result.error) return setRemoveError(planRefusal(result.error));
    setRemoving(null);
    notify(t('awardRemoved'), 'success');
    onChanged();
  }

  return (
    <section className="lr-card" aria-labelledby="awards-heading">
      <h2 id="awards-heading">{t('awards')}</h2>
      {fund.awards.length === 0 ? (
        <p className="lr-empty">{t('noAwards')}</p>
      ) : (
        <div className="lr-table-wrap">
          <table className="lr-table lr-table--cards">
            <caption className="lr-visually-hidden">{t('awards')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan')}</th>
                <th scope="col">{t('awardKind')}</th>
                <th scope="col">{t('awardAmount')}</th>
                <th scope="col">{t('awardDescription')}</th>
                {admin && <th scope="col">{t('actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {fund.awards.map((a) => (
                <tr key={a.id}>
                  <td data-label={t('plan')}>
                    {a.plan ? <Link to={paths.plan(a.plan.id)}>{a.plan.delegation ? t('planOfDelegation', { delegation: a.plan.delegation.name, title: a.plan.title }) : a.plan.title}</Link> : '—'}
                  </td>
                  <td data-label={t('awardKind')}>{t(`awardKinds.${a.kind}`)}</td>
                  <td data-label={t('awardAmount')}>{format.money(a.amount)}</td>
                  <td data-label={t('awardDescription')}>{a.description}</td>
                  {admin && (
                    <td data-label={t('actions')}>
                      <Button variant="danger" onClick={() => (setRemoveError(undefined), setRemoving(a))}>
                        {t('removeAward')}
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {admin && <AwardForm fund={fund} tally={tally} onRecorded={onChanged} />}
      <ConfirmDialog
        open={!!removing}
        title={t('confirmRemoveAward')}
        confirmLabel={t('removeAward')}
        danger
        reason={{ required: lastOfPlan, hint: lastOfPlan ? t('removeLastAwardHint') : undefined }}
        error={removeError}
        busy={busy}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      >
        <p>{removing ? t('confirmRemoveAwardText', { amount: format.money(removing.amount), title: removing.plan?.title ?? '' }) : ''}</p>
        {lastOfPlan && <p>{t('removeLastAwardText')}</p>}
      </ConfirmDialog>
    </section>
  );
}

interface AwardValues {
  planId: string;
  kind: AwardKind | '';
  amount: string;
  description: string;
}

const BLANK: AwardValues = { planId: '', kind: '', amount: '', description: '' };

function AwardForm({ fund, tally, onRecorded }: { fund: Fund; tally: Tally | undefined; onRecorded(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const format = useFormat();
  const [, record] = useMutation(RecordAwardMutation);
  const currency = fund.amount.currency;
  const form = useApiForm<AwardValues>({
    defaultValues: BLANK,
    fieldFor: (path) => (path.startsWith('amount') ? 'amount' : undefined),
  });
  const awardable = (tally?.plans ?? []).filter((p) => p.plan.status === 'FINAL' || p.plan.status === 'AWARDED');

  const save = form.submit(async (v) => {
    const result = await record({ input: { planId: v.planId, kind: v.kind as AwardKind, amount: { amount: normalizeAmount(v.amount), currency }, description: v.description.trim() } });
    if (result.error) return form.showApiError(result.error);
    form.reset(BLANK);
    notify(t('awardRecorded'), 'success');
    onRecorded();
  });

  return (
    <form ref={form.formRef} className="lr-ap-subform" onSubmit={save} noValidate aria-labelledby="award-form-heading">
      <h3 id="award-form-heading">{t('recordAward')}</h3>
      <p className="lr-field__hint">{t('recordAwardHint', { remaining: format.money(fund.remaining) })}</p>
      <FormBanner form={form} onReload={onRecorded} />
      {awardable.length === 0 ? (
        <p className="lr-ap-muted">{t('noAwardablePlans')}</p>
      ) : (
        <>
          <div className="lr-form-grid">
            <FormSelect
              form={form}
              name="planId"
              rules={{ required: t('awardPlanRequired') }}
              label={t('plan')}
              required
              placeholder={t('common:choose')}
              options={awardable.map((p) => ({
                value: p.planId,
                label: t('awardOption', { rank: p.rank, label: p.plan.delegation ? t('planOfDelegation', { delegation: p.plan.delegation.name, title: p.plan.title }) : p.plan.title, votes: p.votes }),
              }))}
            />
            <FormSelect
              form={form}
              name="kind"
              rules={{ required: t('awardKindRequired') }}
              label={t('awardKind')}
              required
              placeholder={t('common:choose')}
              options={AWARD_KINDS.map((k) => ({ value: k, label: t(`awardKinds.${k}`) }))}
            />
            <TextField
              label={t('awardAmountIn', { currency })}
              hint={t('awardAmountHint')}
              required
              inputMode="decimal"
              {...form.field('amount', {
                validate: (v) => {
                  if (!v.trim()) return t('awardAmountRequired');
                  const problem = amountProblem(v, currency);
                  if (!problem) return true;
                  return problem.kind === 'format' ? t('amountFormat') : t('amountDecimals', { currency, digits: problem.digits });
                },
              })}
            />
          </div>
          <TextField
            label={t('awardDescription')}
            hint={t('awardDescriptionHint')}
            required
            maxLength={300}
            {...form.field('description', { validate: (v) => v.trim() !== '' || t('awardDescriptionRequired') })}
          />
          <div className="lr-form-actions">
            <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
              {t('recordAward')}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
