import { languageName } from '@lr/portal-i18n';
import type { Formatter } from '@lr/portal-i18n';
import i18next from 'i18next';

const t = (key: string, options?: Record<string, unknown>) => i18next.t(key as never, { ns: 'action-plans', ...options }) as string;
const LANGS = new Set(['en', 'fr', 'es']);

/** The names the diff's ids stand for (practices, people, organisations), read from the two versions. */
export interface DiffNames {
  practices: Map<string, string>;
  people: Map<string, string>;
  organisations: Map<string, string>;
}

/** A field's name with its language, when the path ends with one: "Context (Spanish)". */
function named(field: string, lang: string | undefined, uiLanguage: string): string {
  const name = i18next.exists(`diffFields.${field}`, { ns: 'action-plans' }) ? t(`diffFields.${field}`) : field;
  return lang && LANGS.has(lang) ? t('inLanguage', { field: name, language: languageName(lang, uiLanguage) }) : name;
}

/**
 * What a change is about, in words: "Title (Spanish)", "Objective 2", "Objective 2 · Target date",
 * "Activity 1 · Description (English)", "Practices adapted".
 */
export function diffPlace(path: string, uiLanguage: string): string {
  const [head, second, third, fourth] = path.split('.');
  if ((head === 'objectives' || head === 'activities') && second && /^\d+$/.test(second)) {
    const item = head === 'objectives' ? t('objectiveNumber', { number: Number(second) }) : t('activityNumber', { number: Number(second) });
    return third ? t('diffItemField', { item, field: named(third, fourth, uiLanguage) }) : item;
  }
  return named(head, second, uiLanguage);
}

/** A value of the diff as people read it: a date in their language, a language, a practice or person by name. */
export function diffValue(path: string, value: string | null, names: DiffNames, format: Formatter): string {
  if (value === null) return '—';
  const parts = path.split('.');
  const field = (parts[0] === 'objectives' || parts[0] === 'activities') && parts.length > 2 ? parts[2] : parts[0];
  if (path === 'language') return i18next.exists(`languages.${value}`, { ns: 'action-plans' }) ? t(`languages.${value}`) : value;
  if (path === 'practiceIds') return names.practices.get(value) ?? t('unknownPractice');
  if (field === 'responsiblePersonId') return names.people.get(value) ?? t('someoneOnRecord');
  if (field === 'responsibleOrganisationId') return names.organisations.get(value) ?? t('anOrganisationOnRecord');
  if (/Date$/.test(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return format.date(value);
  return value;
}
