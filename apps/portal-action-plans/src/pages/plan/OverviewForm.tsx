import { languageName } from '@lr/portal-i18n';
import { Button, FormBanner, FormCheckboxGroup, FormSelect, LocalizedTextFields, textsFrom, useApiForm, type Texts } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PLAN_LANGUAGES } from '../../components/labels';
import { useSection } from '../../components/section-context';
import { textsInput } from '../../components/texts';
import type { Language } from '../../graphql/generated/graphql';
import { UpdateActionPlanMutation } from '../../graphql/operations';
import type { PlanDetail } from '../PlanPage';
import type { PlanEditOptions } from './edit-options';

interface OverviewValues {
  title: Texts;
  language: Language;
  practiceIds: string[];
  innovations: Texts;
  context: Texts;
  expectedResults: Texts;
}

const TEXTS = ['innovations', 'context', 'expectedResults'] as const;

/**
 * The plan's overview: its title and texts in each working language, the language it is written
 * in (its PDF is printed in it), and the route's practices it adapts. Saved on its own, at the
 * plan's version as read.
 */
export function OverviewForm({ plan, options, onSaved }: { plan: PlanDetail; options: PlanEditOptions; onSaved(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify, language } = useSection();
  const [, update] = useMutation(UpdateActionPlanMutation);
  const form = useApiForm<OverviewValues>({
    defaultValues: {
      title: textsFrom(plan.titleTranslations),
      language: plan.language,
      practiceIds: plan.practices.map((p) => p.id),
      innovations: textsFrom(plan.innovationsTranslations),
      context: textsFrom(plan.contextTranslations),
      expectedResults: textsFrom(plan.expectedResultsTranslations),
    },
  });
  // The practices already chosen stay offered even when they are not among the route's cases.
  const practices = [...options.cases, ...plan.practices.filter((p) => !options.cases.some((c) => c.id === p.id))];
  const inLanguage = (key: 'titleIn' | 'innovationsIn' | 'contextIn' | 'expectedResultsIn') => (l: string) => t(key, { language: languageName(l, language) });

  const save = form.submit(async (values) => {
    const result = await update({
      input: {
        id: plan.id,
        version: plan.version,
        title: textsInput(values.title),
        language: values.language,
        practiceIds: values.practiceIds,
        innovations: textsInput(values.innovations),
        context: textsInput(values.context),
        expectedResults: textsInput(values.expectedResults),
      },
    });
    if (result.error) return form.showApiError(result.error);
    form.reset(values);
    notify(t('overviewSaved'), 'success');
    onSaved();
  });

  return (
    <form ref={form.formRef} id="ap-overview" className="lr-card" onSubmit={save} noValidate aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('overview')}</h2>
      <FormBanner form={form} onReload={onSaved} />
      <LocalizedTextFields form={form} path="title" label={inLanguage('titleIn')} required={t('titleRequired')} />
      <div className="lr-form-grid">
        <FormSelect
          form={form}
          name="language"
          label={t('planLanguage')}
          hint={t('planLanguageHint')}
          options={PLAN_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        />
      </div>
      {practices.length > 0 ? (
        <FormCheckboxGroup form={form} name="practiceIds" legend={t('practicesAdapted')} options={practices.map((p) => ({ value: p.id, label: p.title }))} />
      ) : (
        <p className="lr-ap-muted">{t('noCases')}</p>
      )}
      {TEXTS.map((key) => (
        <fieldset key={key} className="lr-ap-texts">
          <legend>{t(key)}</legend>
          <p className="lr-field__hint">{t(`${key}Hint`)}</p>
          <LocalizedTextFields form={form} path={key} label={inLanguage(`${key}In`)} multiline rows={3} />
        </fieldset>
      ))}
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('saveOverview')}
        </Button>
      </div>
    </form>
  );
}
