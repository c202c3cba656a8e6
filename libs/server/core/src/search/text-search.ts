import { LANGUAGES, type Language } from '../i18n/language';

/**
 * The one text search of every list: anywhere in the text, ignoring case and accents
 * ("huamani" finds "Huamaní", "secretaria" finds "Secretaría"), in any language version of
 * localized (jsonb) columns and in plain text columns. Use with `searchTerm`.
 *
 * Accents are dropped with PostgreSQL's `unaccent` (the platform migration installs it). It is
 * not IMMUTABLE, so it belongs in WHERE clauses like this one, never in an index or a
 * generated column.
 *
 * @example q.andWhere(textMatches('p', { localized: ['title', 'summary'] }), { term: searchTerm(filter.search) });
 */
export function textMatches(alias: string, columns: { localized?: string[]; plain?: string[] }): string {
  const localized = (columns.localized ?? []).flatMap((c) => LANGUAGES.map((l) => `coalesce(${alias}.${c}->>'${l}', '')`));
  const plain = (columns.plain ?? []).map((c) => `coalesce(${alias}.${c}, '')`);
  return `lower(unaccent(concat_ws(' ', ${[...localized, ...plain].join(', ')}))) LIKE lower(unaccent(:term))`;
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
 * A text sort key ordered as people read (ICU's root collation, the same on the PostgreSQL
 * server and the embedded one): case and accents second to the letters, so "Partnership" comes
 * before "PROCASUR" and "Ávila" next to "Avila", whatever the database's own collation.
 *
 * @example paginate(q, args, { expression: textSortKey('o.name'), direction: 'ASC' })
 */
export function textSortKey(expression: string): string {
  return `(${expression}) COLLATE "und-x-icu"`;
}

/**
 * A localized (jsonb) column as the caller reads it, for sorting: their language, then English,
 * then any other (as `localize` picks it), ordered as `textSortKey` orders.
 */
export function localizedSortKey(alias: string, column: string, language: Language): string {
  const order = [...new Set([language, ...LANGUAGES])];
  return textSortKey(`coalesce(${order.map((l) => `${alias}.${column}->>'${l}'`).join(', ')})`);
}
