import { TextArea, TextField } from './fields';

export type TextLanguage = 'en' | 'fr' | 'es';
export const TEXT_LANGUAGES: readonly TextLanguage[] = ['en', 'fr', 'es'];

/** A text as a form edits it: one string per working language, '' where there is none. */
export type Texts = Record<TextLanguage, string>;
export const EMPTY_TEXTS: Texts = { en: '', fr: '', es: '' };

/** The API's `…Translations { en fr es }` as form values. */
export function textsFrom(value: Partial<Record<TextLanguage, string | null>> | null | undefined): Texts {
  return { en: value?.en ?? '', fr: value?.fr ?? '', es: value?.es ?? '' };
}

export interface LocalizedTextFieldsProps {
  /** The label of one language's field, e.g. (l) => `Title (${names[l]})`. */
  label(language: TextLanguage): string;
  value: Texts;
  onChange(next: Texts): void;
  /** Field errors by path without `input.` (`title.en`, or `title` for the text as a whole). */
  errors: Record<string, string>;
  /** The path of the text in the input, e.g. `title`. */
  path: string;
  multiline?: boolean;
  /** English is asked for (the fallback language); an error on the whole text shows there. */
  required?: boolean;
  rows?: number;
}

/** One field per working language for a text written for others (title, summary, bio…). */
export function LocalizedTextFields({ label, value, onChange, errors, path, multiline, required, rows }: LocalizedTextFieldsProps) {
  return (
    <>
      {TEXT_LANGUAGES.map((lang) => {
        const props = {
          label: label(lang),
          value: value[lang],
          required: required && lang === 'en',
          error: errors[`${path}.${lang}`] ?? (lang === 'en' ? errors[path] : undefined),
        };
        return multiline ? (
          <TextArea key={lang} {...props} rows={rows} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
        ) : (
          <TextField key={lang} {...props} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
        );
      })}
    </>
  );
}
