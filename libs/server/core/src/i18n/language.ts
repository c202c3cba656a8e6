import { registerEnumType } from 'type-graphql';

/** The working languages of the routes in the source documents. */
export enum Language {
  EN = 'en',
  FR = 'fr',
  ES = 'es',
}
registerEnumType(Language, { name: 'Language', description: 'A working language of the programme' });

export const LANGUAGES: readonly Language[] = [Language.EN, Language.FR, Language.ES];
export const DEFAULT_LANGUAGE = Language.EN;

/**
 * Picks the caller's language from an Accept-Language header, honouring q-values.
 * @example preferredLanguage('fr-CA,fr;q=0.9,en;q=0.8') // Language.FR
 */
export function preferredLanguage(header: string | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((l) => !Number.isNaN(l.q) && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const match = ranked.find((l) => (LANGUAGES as string[]).includes(l.base));
  return (match?.base as Language | undefined) ?? DEFAULT_LANGUAGE;
}
