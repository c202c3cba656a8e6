import { useFormat } from '@lr/portal-i18n';
import { Button, FormBanner, TextField, useApiForm } from '@lr/portal-ui';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { ConsentInput, ConsentKind } from '../graphql/generated/graphql';
import { CONSENT_KINDS } from './labels';

export interface ConsentRecord {
  kind: ConsentKind;
  given?: boolean | null;
  date?: string | null;
  recordedBy?: string | null;
}

/** The consent checklist: each consent given, refused or not asked yet, with its day and who recorded it. */
export function ConsentChecklist({ consents }: { consents: readonly ConsentRecord[] | null | undefined }) {
  const { t } = useTranslation(['delegations', 'common']);
  const format = useFormat();
  if (!consents) return <p>{t('consentsHidden')}</p>;
  return (
    <ul className="lr-delegations-list" aria-label={t('consentChecklist')}>
      {CONSENT_KINDS.map((kind) => {
        const c = consents.find((x) => x.kind === kind);
        const answer = c?.given === true ? t('consentGiven') : c?.given === false ? t('consentRefused') : t('consentNotAsked');
        return (
          <li key={kind}>
            <strong>{t(`consentKinds.${kind}`)}</strong>: {answer}
            {c?.date && (c.recordedBy ? <> — {t('consentRecordedBy', { date: format.date(c.date), name: c.recordedBy })}</> : <> — {t('consentRecordedOn', { date: format.date(c.date) })}</>)}
          </li>
        );
      })}
    </ul>
  );
}

type Answer = '' | 'yes' | 'no';
type ConsentValues = Record<ConsentKind, { answer: Answer; date: string }>;

const answerOf = (c: ConsentRecord | undefined): Answer => (c?.given === true ? 'yes' : c?.given === false ? 'no' : '');

/**
 * Records consents: for each one, given or refused and (optionally) the day; only the answers
 * changed, or dated again, are sent. `record` sends them and returns the API's refusal, if any.
 */
export function ConsentsForm({
  consents,
  record,
  onRecorded,
  onReload,
  self,
}: {
  consents: readonly ConsentRecord[];
  record(answers: ConsentInput[]): Promise<CombinedError | undefined>;
  onRecorded(): void;
  onReload(): void;
  /** The participant records their own answers (the words address them). */
  self?: boolean;
}) {
  const { t } = useTranslation(['delegations', 'common']);
  const headingId = useId();
  const loaded = Object.fromEntries(CONSENT_KINDS.map((k) => [k, { answer: answerOf(consents.find((c) => c.kind === k)), date: '' }])) as ConsentValues;
  // The API numbers the answers it was sent (`consents.1.date`): this maps them back to their consent.
  const sent = useRef<ConsentKind[]>([]);
  const form = useApiForm<ConsentValues>({
    defaultValues: loaded,
    fieldFor: (path) => {
      const [, index, field] = /^consents\.(\d+)\.(\w+)$/.exec(path) ?? [];
      const kind = index === undefined ? undefined : sent.current[Number(index)];
      if (!kind) return undefined;
      return field === 'date' ? `${kind}.date` : `${kind}.answer`;
    },
  });

  const submit = form.submit(async (values) => {
    const changed = CONSENT_KINDS.filter((k) => values[k].answer !== loaded[k].answer || values[k].date !== '');
    const unanswered = changed.filter((k) => values[k].answer === '');
    if (unanswered.length) return form.showProblems(Object.fromEntries(unanswered.map((k) => [`${k}.answer`, t('consentAnswerRequired')])));
    if (!changed.length) return form.showProblems(Object.fromEntries(CONSENT_KINDS.map((k) => [`${k}.answer`, t('consentNothingChanged')])));
    sent.current = changed;
    const error = await record(changed.map((kind) => ({ kind, given: values[kind].answer === 'yes', date: values[kind].date || undefined })));
    if (error) return form.showApiError(error);
    // Recorded: nothing is left unsaved (the parent shows the new answers in a new form).
    form.reset(values);
    onRecorded();
  });

  return (
    <form ref={form.formRef} className="lr-delegations-subform" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{self ? t('recordMyConsents') : t('recordConsents')}</h3>
      <p className="lr-field__hint">{self ? t('recordMyConsentsHint') : t('recordConsentsHint')}</p>
      <FormBanner form={form} onReload={onReload} />
      {CONSENT_KINDS.map((kind) => {
        const error = form.errorOf(`${kind}.answer`);
        const errorId = `${headingId}-${kind}-error`;
        return (
          <fieldset key={kind} className={`lr-delegations-consent ${error ? 'lr-field--invalid' : ''}`} aria-describedby={error ? errorId : undefined}>
            <legend>{t(`consentKinds.${kind}`)}</legend>
            <div className="lr-delegations-radios">
              <label>
                <input type="radio" value="yes" aria-invalid={!!error} {...form.register(`${kind}.answer`)} />
                {self ? t('iConsent') : t('consentGiven')}
              </label>
              <label>
                <input type="radio" value="no" aria-invalid={!!error} {...form.register(`${kind}.answer`)} />
                {self ? t('iRefuse') : t('consentRefused')}
              </label>
            </div>
            {error && (
              <p id={errorId} className="lr-field__error" role="alert">
                {error}
              </p>
            )}
            <TextField label={t('consentDate')} hint={t('consentDateHint')} type="date" {...form.field(`${kind}.date`)} />
          </fieldset>
        );
      })}
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('saveConsents')}
        </Button>
      </div>
    </form>
  );
}
