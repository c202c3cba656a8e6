import { get, type FieldPath, type FieldValues } from 'react-hook-form';
import { TextArea, TextField } from './fields';
import type { ApiForm } from './forms/use-api-form';

export type TextLanguage = 'en' | 'fr' | 'es';
export const TEXT_LANGUAGES: readonly TextLanguage[] = ['en', 'fr', 'es'];

/** A text as a form edits it: one string per working language, '' where there is none. */
export type Texts = Record<TextLanguage, string>;
export const EMPTY_TEXTS: Texts = { en: '', fr: '', es: '' };

/** The API's `…Translations { en fr es }` as form values. */
export function textsFrom(value: Partial<Record<TextLanguage, string | null>> | null | undefined): Texts {
  return { en: value?.en ?? '', fr: value?.fr ?? '', es: value?.es ?? '' };
}

export interface LocalizedTextFieldsProps<Values extends FieldValues> {
  form: ApiForm<Values>;
  /** Where the text sits in the form's values (and in the API's input), e.g. `title`. */
  path: FieldPath<Values>;
  /** The label of one language's field, e.g. (l) => t('titleIn', { language: languageName(l, language) }). */
  label(language: TextLanguage): string;
  multiline?: boolean;
  /**
   * The text must be written in at least one language: checked before sending (with this
   * message, shown on the English field, the fallback language, where the API's message on the
   * whole text shows too).
   */
  required?: string;
  rows?: number;
}

/** One field per working language for a text written for others (title, summary, bio…). */
export function LocalizedTextFields<Values extends FieldValues>({ form, path, label, multiline, required, rows }: LocalizedTextFieldsProps<Values>) {
  return (
    <>
      {TEXT_LANGUAGES.map((lang) => {
        const rules =
          required && lang === 'en'
            ? { validate: (_: unknown, values: Values) => TEXT_LANGUAGES.some((l) => String(get(values, `${path}.${l}`) ?? '').trim() !== '') || required }
            : undefined;
        const { error, ...bound } = form.field(`${path}.${lang}` as FieldPath<Values>, rules);
        const props = {
          ...bound,
          label: label(lang),
          required: !!required && lang === 'en',
          error: error ?? (lang === 'en' ? form.errorOf(path) : undefined),
        };
        return multiline ? <TextArea key={lang} {...props} rows={rows} /> : <TextField key={lang} {...props} />;
      })}
    </>
  );
}
