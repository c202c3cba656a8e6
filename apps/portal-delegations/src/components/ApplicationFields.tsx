import { FormSelect, TextArea, TextField, type ApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import type { DecisionPower } from '../graphql/generated/graphql';
import { DECISION_POWERS } from './labels';

/** What a participant writes about themself for a route (and editors may write for them). */
export interface ApplicationValues {
  position: string;
  decisionPower: DecisionPower | '';
  motivation: string;
  applicationContext: string;
  commitmentBefore: string;
  commitmentDuring: string;
  commitmentAfter: string;
}

export const TEXTS = ['motivation', 'applicationContext', 'commitmentBefore', 'commitmentDuring', 'commitmentAfter'] as const;

type ApplicationRecord = { [K in keyof ApplicationValues]?: ApplicationValues[K] | null };

export function applicationValuesOf(p: ApplicationRecord): ApplicationValues {
  return {
    position: p.position ?? '',
    decisionPower: p.decisionPower ?? '',
    motivation: p.motivation ?? '',
    applicationContext: p.applicationContext ?? '',
    commitmentBefore: p.commitmentBefore ?? '',
    commitmentDuring: p.commitmentDuring ?? '',
    commitmentAfter: p.commitmentAfter ?? '',
  };
}

/** The values as the API takes them: blank texts cleared (null). */
export function applicationInput(v: ApplicationValues) {
  const text = (s: string) => s.trim() || null;
  return {
    position: text(v.position),
    decisionPower: v.decisionPower || null,
    motivation: text(v.motivation),
    applicationContext: text(v.applicationContext),
    commitmentBefore: text(v.commitmentBefore),
    commitmentDuring: text(v.commitmentDuring),
    commitmentAfter: text(v.commitmentAfter),
  };
}

/** The application's fields; `self` words the hints for the participant writing their own. */
export function ApplicationFields({ form, self }: { form: ApiForm<ApplicationValues>; self?: boolean }) {
  const { t } = useTranslation(['delegations', 'common']);
  return (
    <>
      <div className="lr-form-grid">
        <TextField label={t('positionForRoute')} hint={t('positionHint')} {...form.field('position')} />
        <FormSelect
          form={form}
          name="decisionPower"
          label={t('decisionPower')}
          placeholder={t('notSaid')}
          options={DECISION_POWERS.map((d) => ({ value: d, label: t(`decisionPowers.${d}`) }))}
        />
      </div>
      {TEXTS.map((key) => (
        <TextArea key={key} label={t(`application.${key}`)} hint={self ? t(`applicationHintsSelf.${key}`) : undefined} rows={3} {...form.field(key)} />
      ))}
    </>
  );
}
