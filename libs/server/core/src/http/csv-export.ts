import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { paginate, type SortKey } from '../pagination/connection';
import { downloadHeaders } from './downloads';

/** What a CSV cell may hold: dates are written as ISO instants, booleans as yes/no. */
export type CsvValue = string | number | bigint | boolean | Date | null | undefined;

/** One column of an export: its header (snake_case, as the practices and plans exports name them) and its value. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

/**
 * Text a spreadsheet would run as a formula (= + - @, a tab or a carriage return first) gets an
 * apostrophe in front (OWASP "CSV injection"): names and titles are typed by people outside the
 * team. Numbers are left alone, so a negative amount stays a number.
 */
export function defuseCsvText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A value as the cell's text: empty for nothing, ISO for instants, yes/no for booleans. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return defuseCsvText(value);
}

/** Where a CSV goes: an Express response, or any writable that takes headers (tests use a stream). */
export type CsvSink = Writable & { setHeader(name: string, value: string | number | readonly string[]): unknown };

export interface CsvExport<T> {
  /** The download's name, e.g. `routes.csv`. */
  fileName: string;
  columns: readonly CsvColumn<T>[];
  /** Read as the client reads: the next row is asked for only when the last one could be written. */
  rows: AsyncIterable<T> | Iterable<T>;
}

/**
 * Streams rows out as a CSV download: the download headers, a UTF-8 BOM (Excel otherwise reads
 * accents as Latin-1; other tools skip it), the header row, CRLF line ends (RFC 4180), quoting
 * where needed, formula-like text defused. Each row is written when the previous ones have
 * left (backpressure), so a large export never sits in memory; if the client goes away, rows
 * stop being read. Refusals must be thrown before calling this (they then answer as JSON);
 * once the first byte is out, a failure can only cut the download short, which it does, so
 * the client sees a broken download rather than a file that looks complete.
 */
export async function streamCsv<T>(sink: CsvSink, file: CsvExport<T>): Promise<void> {
  downloadHeaders(sink, { contentType: 'text/csv; charset=utf-8', fileName: file.fileName });
  const csv = stringify({ bom: true, header: true, columns: file.columns.map((c) => c.header), record_delimiter: 'windows' });
  csv.pipe(sink);
  const gone = new AbortController();
  sink.once('close', () => gone.abort());
  try {
    for await (const row of file.rows) {
      if (gone.signal.aborted) break;
      if (!csv.write(file.columns.map((c) => csvCell(c.value(row))))) await once(csv, 'drain', { signal: gone.signal });
    }
    csv.end();
    if (!gone.signal.aborted) await finished(sink);
  } catch (error) {
    csv.destroy();
    // The client left: nobody to tell.
    if (gone.signal.aborted) return;
    sink.destroy(error as Error);
    throw error;
  }
}

/** Rows read per statement by `rowsInPages`: a few hundred keeps statements short and memory flat. */
export const CSV_PAGE_SIZE = 250;

/**
 * A list's rows page by page, in the list's own order, with the same keyset cursors as its
 * connection (`paginate`): the filters and visibility rules already on `query` apply, and no
 * page costs more than its own rows. Yields each page, so the caller can look up what the
 * rows refer to once per page rather than once per row.
 */
export async function* rowsInPages<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, sort: SortKey, pageSize = CSV_PAGE_SIZE): AsyncGenerator<E[]> {
  let after: string | undefined;
  for (;;) {
    const page = await paginate(query, { first: pageSize, after }, sort);
    if (page.edges.length) yield page.edges.map((e) => e.node);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

/** Each page turned into rows (`toRows` may load what a page refers to in one go), one row at a time. */
export async function* eachRow<E, R>(pages: AsyncIterable<E[]>, toRows: (page: E[]) => Promise<readonly R[]> | readonly R[]): AsyncGenerator<R> {
  for await (const page of pages) yield* await toRows(page);
}
