import { Button, CheckboxField, EMPTY_TEXTS, FormBanner, FormSelect, LocalizedTextFields, TextField, useApiForm, type Texts } from '@lr/portal-ui';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QUESTION_TYPES } from '../components/labels';
import { useSection } from '../components/section-context';
import { useInLanguage } from '../components/texts';
import type { QuestionType } from '../graphql/generated/graphql';
import { AddSurveyQuestionMutation } from '../graphql/operations';

interface QuestionValues {
  type: QuestionType;
  text: Texts;
  required: boolean;
  options: { value: string; label: Texts }[];
}

const OPTION_VALUE = /^[A-Za-z0-9_-]{1,50}$/;
const blank = (): QuestionValues => ({ type: 'LIKERT', text: { ...EMPTY_TEXTS }, required: true, options: [] });
const isChoice = (type: QuestionType) => type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';

/**
 * Adds a question to a draft survey: one of the four types, its text per language, and for
 * choice questions at least two options, each with a stable value and a label per language.
 */
export function QuestionForm({ surveyId, onAdded }: { surveyId: string; onAdded(): void }) {
  const { t } = useTranslation(['follow-up', 'common']);
  const { notify } = useSection();
  const inLanguage = useInLanguage();
  const form = useApiForm<QuestionValues>({ defaultValues: blank() });
  const options = useFieldArray({ control: form.control, name: 'options' });
  const [, add] = useMutation(AddSurveyQuestionMutation);
  const type = form.watch('type');

  const save = form.submit(async (values) => {
    const choice = isChoice(values.type);
    if (choice && values.options.length < 2) return form.showProblems({ options: t('twoOptionsAtLeast') });
    const values_ = values.options.map((o) => o.value.trim());
    const duplicate = values_.findIndex((v, i) => values_.indexOf(v) !== i);
    if (choice && duplicate >= 0) return form.showProblems({ [`options.${duplicate}.value`]: t('optionValueDuplicate') } as never);
    const result = await add({
      input: {
        surveyId,
        type: values.type,
        text: values.text,
        required: values.required,
        options: choice ? values.options.map((o) => ({ value: o.value.trim(), label: o.label })) : undefined,
      },
    });
    if (result.error) return form.showApiError(result.error);
    notify(t('questionAdded'), 'success');
    form.reset(blank());
    onAdded();
  });

  return (
    <form ref={form.formRef} className="lr-form lr-card" onSubmit={save} noValidate aria-labelledby="question-heading">
      <h3 id="question-heading">{t('addQuestion')}</h3>
      <FormBanner form={form} />
      <FormSelect form={form} name="type" label={t('questionType')} required options={QUESTION_TYPES.map((q) => ({ value: q, label: t(`questionTypes.${q}`) }))} />
      <LocalizedTextFields form={form} path="text" label={inLanguage(t('questionText'))} required={t('questionTextRequired')} />
      <CheckboxField label={t('questionRequired')} {...form.field('required')} />
      {isChoice(type) && (
        <fieldset className="lr-follow-up-options">
          <legend>{t('options')}</legend>
          {form.errorOf('options') && (
            <p className="lr-field__error" role="alert">
              {form.errorOf('options')}
            </p>
          )}
          {options.fields.map((field, i) => (
            <div key={field.id} className="lr-follow-up-option">
              <TextField
                label={t('optionValue', { n: i + 1 })}
                hint={t('optionValueHint')}
                required
                {...form.field(`options.${i}.value`, {
                  required: t('common:required'),
                  pattern: { value: OPTION_VALUE, message: t('optionValueInvalid') },
                })}
              />
              <LocalizedTextFields form={form} path={`options.${i}.label`} label={inLanguage(t('optionLabel', { n: i + 1 }))} required={t('optionLabelRequired')} />
              <Button onClick={() => options.remove(i)}>{t('removeOption', { n: i + 1 })}</Button>
            </div>
          ))}
          <Button onClick={() => options.append({ value: `option-${options.fields.length + 1}`, label: { ...EMPTY_TEXTS } })}>{t('addOption')}</Button>
        </fieldset>
      )}
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('addQuestion')}
        </Button>
      </div>
    </form>
  );
}
