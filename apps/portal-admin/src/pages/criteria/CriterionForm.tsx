import { languageName } from '@lr/portal-i18n';
import {
  Button,
  EMPTY_TEXTS,
  FormBanner,
  LocalizedTextFields,
  TextField,
  textsFrom,
  useApiForm,
  type Texts,
} from '@lr/portal-ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useSection } from '../../components/section-context';
import {
  CreateAssessmentCriterionMutation,
  UpdateAssessmentCriterionMutation,
} from '../../graphql/operations';
import { parseWeight } from './criteria-weights';

/** The API's `…Translations { en fr es }`. */
type Translations = Partial<Record<keyof Texts, string | null>>;

/** A criterion of the programme's own set as the form edits it. */
export interface EditedCriterion {
  id: string;
  version: number;
  code: string;
  name: string;
  nameTranslations: Translations;
  descriptionTranslations: Translations;
}

interface CriterionValues {
  code: string;
  name: Texts;
  description: Texts;
  weight: string;
}

/** The API's rule on a code (CreateAssessmentCriterionInput.code), checked first in the browser. */
const CODE = /^[A-Z][A-Z0-9_]{1,59}$/;

/** A text per language as the API takes it: the languages left empty are not sent. */
function textsInput(texts: Texts): Partial<Texts> {
  return Object.fromEntries(Object.entries(texts).filter(([, v]) => v.trim() !== ''));
}

interface Props {
  programmeId: string;
  /** The criterion edited; none to add one. Its weight is set with the others, in the weights form. */
  editing: EditedCriterion | null;
  /** The programme has no criteria of its own yet: the first one replaces the default set. */
  first: boolean;
  onDone(): void;
  onCancel(): void;
  onReload(): void;
}

/** Adds a criterion to a programme's own set, or edits one's name and description (en/fr/es). */
export function CriterionForm({ programmeId, editing, first, onDone, onCancel, onReload }: Props) {
  const { t } = useTranslation(['admin', 'common']);
  const { language, notify } = useSection();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useApiForm<CriterionValues>({
    defaultValues: editing
      ? {
          code: editing.code,
          name: textsFrom(editing.nameTranslations),
          description: textsFrom(editing.descriptionTranslations),
          weight: '',
        }
      : { code: '', name: EMPTY_TEXTS, description: EMPTY_TEXTS, weight: '1' },
    // The API's words for its own rules, in the reader's language.
    messages: {
      code: { matches: t('criterionCodeFormat'), codeTaken: t('criterionCodeTaken') },
      weight: { min: t('weightRange'), max: t('weightRange'), isInt: t('weightRange') },
    },
  });
  const [, create] = useMutation(CreateAssessmentCriterionMutation);
  const [, update] = useMutation(UpdateAssessmentCriterionMutation);

  // Opening a criterion to edit moves the reader to its form, which may be far down the page.
  useEffect(() => {
    if (editing) headingRef.current?.focus();
  }, [editing]);

  const save = form.submit(async (values) => {
    const name = textsInput(values.name);
    const description = textsInput(values.description);
    const result = editing
      ? await update({ input: { id: editing.id, version: editing.version, name, description } })
      : await create({
          input: {
            programmeId,
            code: values.code.trim(),
            name,
            ...(Object.keys(description).length ? { description } : {}),
            weight: parseWeight(values.weight) as number,
          },
        });
    if (result.error) return form.showApiError(result.error);
    notify(t(editing ? 'criterionSaved' : 'criterionAdded'), 'success');
    form.reset();
    onDone();
  });

  const inLanguage = (key: 'nameIn' | 'descriptionIn') => (l: string) =>
    t(key, { language: languageName(l, language) });
  return (
    <form
      ref={form.formRef}
      className="lr-form lr-card"
      onSubmit={save}
      noValidate
      aria-labelledby="admin-criterion-title"
    >
      <h2 id="admin-criterion-title" ref={headingRef} tabIndex={-1}>
        {editing ? t('editCriterionTitle', { name: editing.name }) : t('addCriterionTitle')}
      </h2>
      {!editing && first && <p>{t('addCriterionFirstHint')}</p>}
      <FormBanner form={form} onReload={editing ? onReload : undefined} />
      <div className="lr-form-grid">
        {editing ? (
          <p>
            {t('criterionCode')}: <code>{editing.code}</code>
          </p>
        ) : (
          <TextField
            label={t('criterionCode')}
            hint={t('criterionCodeHint')}
            required
            autoCapitalize="characters"
            {...form.field('code', {
              required: t('common:required'),
              validate: (v) => CODE.test(v.trim()) || t('criterionCodeFormat'),
            })}
          />
        )}
        {!editing && (
          <TextField
            label={t('criterionWeight')}
            hint={t('criterionWeightHint')}
            inputMode="numeric"
            required
            {...form.field('weight', {
              validate: (v) => parseWeight(v) !== null || t('weightRange'),
            })}
          />
        )}
        <LocalizedTextFields
          form={form}
          path="name"
          label={inLanguage('nameIn')}
          required={t('criterionNameRequired')}
        />
        <LocalizedTextFields
          form={form}
          path="description"
          label={inLanguage('descriptionIn')}
          multiline
          rows={2}
        />
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {editing ? t('common:save') : t('addCriterion')}
        </Button>
        {editing && <Button onClick={onCancel}>{t('common:cancel')}</Button>}
      </div>
    </form>
  );
}
