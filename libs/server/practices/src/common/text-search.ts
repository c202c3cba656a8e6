/** SQL matching `:term` in any language version of the given jsonb columns. */
export function localizedSearch(alias: string, columns: string[]): string {
  const parts = columns.flatMap((c) => ['en', 'fr', 'es'].map((l) => `coalesce(${alias}.${c}->>'${l}', '')`));
  return `concat_ws(' ', ${parts.join(', ')}) ILIKE :term`;
}

/** A LIKE pattern finding `search` anywhere, with its own wildcards taken literally. */
export function likeTerm(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}
