import { LANGUAGES, type Language } from '../i18n/language';

/**
 * The one text search of every list: case-insensitive, anywhere in the text, in any language
 * version of localized (jsonb) columns and in plain text columns. Use with `searchTerm`.
 *
 * @example q.andWhere(textMatches('p', { localized: ['title', 'summary'] }), { term: searchTerm(filter.search) });
 */
export function textMatches(alias: string, columns: { localized?: string[]; plain?: string[] }): string {
  const localized = (columns.localized ?? []).flatMap((c) => LANGUAGES.map((l) => `coalesce(${alias}.${c}->>'${l}', '')`));
  const plain = (columns.plain ?? []).map((c) => `coalesce(${alias}.${c}, '')`);
  return `concat_ws(' ', ${[...localized, ...plain].join(', ')}) ILIKE :term`;
}

/** The LIKE pattern finding `search` anywhere, with its own wildcards taken literally. */
export function searchTerm(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/** True when the filter has something to search for. */
export function hasSearch(search: string | null | undefined): search is string {
  return !!search?.trim();
}

/**
 * A localized (jsonb) column as the caller reads it, for sorting: their language, then English,
 * then any other (as `localize` picks it), lower-cased.
 */
export function localizedSortKey(alias: string, column: string, language: Language): string {
  const order = [...new Set([language, ...LANGUAGES])];
  return `lower(coalesce(${order.map((l) => `${alias}.${column}->>'${l}'`).join(', ')}))`;
}
