import { useCallback } from 'react';

export type Messages<K extends string = string> = Record<K, string>;

/**
 * Looks up `key` in the language's messages (falling back to English) and fills `{name}`
 * placeholders.
 * @example translate(messages, 'fr', 'range', { from: 1, to: 20, total: 45 })
 */
export function translate<K extends string>(
  catalog: Record<'en' | 'fr' | 'es', Messages<K>>,
  language: 'en' | 'fr' | 'es',
  key: K,
  values: Record<string, string | number> = {},
): string {
  const template = catalog[language]?.[key] ?? catalog.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** `t(key, values)` bound to a catalog and the current language. */
export function useTranslator<K extends string>(catalog: Record<'en' | 'fr' | 'es', Messages<K>>, language: 'en' | 'fr' | 'es') {
  return useCallback((key: K, values?: Record<string, string | number>) => translate(catalog, language, key, values), [catalog, language]);
}
