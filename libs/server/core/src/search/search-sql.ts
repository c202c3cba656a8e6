import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { LANGUAGES, Language } from '../i18n/language';
import type { SearchKind, SearchTerms, SourceHits } from './search-source';

/** Text columns a search looks in, as `alias.column`. */
export interface SearchFields {
  /** Localized (jsonb `{ en, fr, es }`) columns: every language version is searched. */
  localized?: string[];
  /** Plain text columns: names, localities. */
  plain?: string[];
}

/** PostgreSQL's stemming configuration for each working language. */
const CONFIGURATIONS: Record<Language, string> = { [Language.EN]: 'english', [Language.FR]: 'french', [Language.ES]: 'spanish' };

/**
 * Below this trigram word similarity a word is not taken for the one searched. Cognates
 * across the languages score just above it ("nutricion" / "nutrition" 0.54), unrelated words
 * sharing a stem at most at it ("nutricion" / "nutrients" 0.50).
 */
export const SIMILARITY_THRESHOLD = 0.52;

/** A title match weighs this much more than a match in the text, so it always ranks above. */
const TITLE_WEIGHT = 2;

const QUERY = 'lower(unaccent(:lrSearchText))';

function textOf(fields: SearchFields, languages: readonly Language[]): string {
  const parts = [...(fields.localized ?? []).flatMap((c) => languages.map((l) => `${c}->>'${l}'`)), ...(fields.plain ?? [])];
  return `lower(unaccent(concat_ws(' ', ${parts.join(', ')})))`;
}

/**
 * How well `fields` match, from 0 (not at all) to 1: full-text search with each language's
 * stemming ("nutrición" finds "nutricional"), the words anywhere, or the closest word by
 * trigram similarity (names misspelt, cognates in another language). Accents never matter
 * (`unaccent`, evaluated at query time: see the trigram migration).
 */
function matchScore(fields: SearchFields): string {
  if (!fields.localized?.length && !fields.plain?.length) return '0';
  const all = textOf(fields, LANGUAGES);
  const stemmed = LANGUAGES.map((l) => `to_tsvector('${CONFIGURATIONS[l]}', ${textOf(fields, [l])}) @@ websearch_to_tsquery('${CONFIGURATIONS[l]}', ${QUERY})`);
  const similarity = `word_similarity(${QUERY}, ${all})`;
  return `greatest(
    CASE WHEN ${stemmed.join(' OR ')} THEN 1 ELSE 0 END,
    CASE WHEN ${all} LIKE lower(unaccent(:lrSearchLike)) THEN 1 ELSE 0 END,
    CASE WHEN ${similarity} >= ${SIMILARITY_THRESHOLD} THEN ${similarity} ELSE 0 END
  )::float8`;
}

/** The rank of a row: its title's match weighs more than its text's; 0 when nothing matches. */
export function searchRank(title: SearchFields, text: SearchFields = {}): string {
  return `(${TITLE_WEIGHT} * ${matchScore(title)} + ${matchScore(text)})`;
}

/** A row the search found: the columns asked for, and its rank. */
export type SearchRow = Record<string, unknown> & { search_rank: number };

/** The rows of one page, with how many rows match in all. */
export type SearchRows = SearchRow[] & { total: number };

/** Ids compared byte by byte, as JavaScript compares strings: the merge and every source agree on ties. */
const ID_ORDER = `m."id"::text COLLATE "C"`;

/**
 * Runs a module's search over its own (already visibility-filtered) query: the rows whose
 * `title` or `text` match the terms, best first (equal ranks by id), at most `terms.limit`
 * after `terms.after`, each with the `columns` asked for (name → SQL expression; `id` is
 * required) and `search_rank`; `total` is how many match in all.
 *
 * One statement: the matches are ranked once, in a subquery that also counts them; the page is
 * read from it with the keyset condition as the first sort key rather than a filter, so rows
 * before the cursor fill the page's spare places and still bring the count on a last, empty
 * page. Costs every match's rank, as the first page already did.
 *
 * @example findMatches(q, { localized: ['p.title'] }, { localized: ['p.summary'] }, terms, { id: 'p.id', title: localizedText('p.title', terms.language) })
 */
export async function findMatches<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  title: SearchFields,
  text: SearchFields,
  terms: SearchTerms,
  columns: Record<string, string>,
): Promise<SearchRows> {
  if (!columns['id']) throw new Error('findMatches needs an `id` column: pages are keyed by rank and id');
  const rank = searchRank(title, text);
  const matches = query.clone().select(rank, 'search_rank');
  for (const [name, expression] of Object.entries(columns)) matches.addSelect(expression, name);
  matches.addSelect('count(*) OVER ()', 'search_total').andWhere(`${rank} > 0`).orderBy();
  const after = terms.after;
  const onPage = !after
    ? 'true'
    : after.tiesAfter === null
      ? `m."search_rank" < :lrAfterRank`
      : `(m."search_rank" < :lrAfterRank OR (m."search_rank" = :lrAfterRank AND ${ID_ORDER} > :lrTiesAfter))`;
  const raw = await matches
    .createQueryBuilder()
    .select('m.*')
    .addSelect(onPage, 'search_on_page')
    .from(`(${matches.getQuery()})`, 'm')
    .setParameters({ ...matches.getParameters(), lrSearchText: terms.text, lrSearchLike: likePattern(terms.text), lrAfterRank: after?.rank ?? null, lrTiesAfter: after?.tiesAfter ?? null })
    .orderBy('search_on_page', 'DESC')
    .addOrderBy('m."search_rank"', 'DESC')
    .addOrderBy(ID_ORDER, 'ASC')
    .limit(terms.limit)
    .getRawMany<SearchRow & { search_total: string | number; search_on_page: boolean }>();
  const total = raw.length ? Number(raw[0].search_total) : 0;
  const rows = raw.filter((row) => row.search_on_page).map(({ search_total: _total, search_on_page: _onPage, ...row }) => ({ ...row, search_rank: Number(row.search_rank) }) as SearchRow);
  return Object.assign(rows, { total });
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/** A localized (jsonb) column in the caller's language, else English, else any other. */
export function localizedText(column: string, language: Language): string {
  const order = [...new Set([language, ...LANGUAGES])];
  return `coalesce(${order.map((l) => `${column}->>'${l}'`).join(', ')}, '')`;
}

/**
 * Hits of `kind` from rows read with `findMatches` and the columns `id`, `title` and `detail`,
 * each opening at the section's `path`.
 *
 * @example hitsOf(rows, SearchKind.PRACTICE, 'practices', (id) => `/practices/${id}`)
 */
export function hitsOf(rows: SearchRow[] | SearchRows, kind: SearchKind, section: string, path: (id: string, row: SearchRow) => string): SourceHits {
  const hits: SourceHits = rows.map((row) => {
    const id = String(row['id']);
    const detail = row['detail'];
    return { kind, id, title: String(row['title'] ?? ''), detail: typeof detail === 'string' && detail ? detail : null, rank: Number(row.search_rank), section, path: path(id, row) };
  });
  // The count of every match (from `findMatches`) goes on with the page, for `totalCount`.
  if ('total' in rows) hits.total = rows.total;
  return hits;
}
