import type { Texts } from '@lr/portal-ui';
import type { Language } from '../graphql/generated/graphql';

type Translations = { en?: string | null; fr?: string | null; es?: string | null } | null | undefined;

/** The API's language (`EN`) as the key of a text's translations (`en`). */
export const langKey = (language: Language) => language.toLowerCase() as keyof Texts;

/** A text's version in one language, '' when it has none. */
export function textIn(translations: Translations, language: Language): string {
  return translations?.[langKey(language)] ?? '';
}

/**
 * The text to send when one language version was edited: the others kept as they are, blank
 * ones left out (the API keeps a text's languages as sent).
 */
export function withText(translations: Translations, language: Language, value: string) {
  const out: Record<keyof Texts, string | null> = { en: translations?.en ?? null, fr: translations?.fr ?? null, es: translations?.es ?? null };
  out[langKey(language)] = value.trim() || null;
  return out;
}

/** Form texts (one per language) as the API takes them: blank languages as null. */
export function textsInput(texts: Texts) {
  return { en: texts.en.trim() || null, fr: texts.fr.trim() || null, es: texts.es.trim() || null };
}

/** True when some language has words. */
export const hasWords = (texts: Texts) => Object.values(texts).some((v) => v.trim() !== '');
