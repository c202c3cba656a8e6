import type { Response } from 'express';
import { ValidationError } from '../errors';
import { LANGUAGES, type Language } from '../i18n/language';

/**
 * `?lang=en|fr|es` of a document download when given (any case), undefined when not. Anything
 * else is BAD_USER_INPUT on `lang`, rather than a document in a language nobody asked for.
 */
export function languageParam(query: Record<string, unknown>): Language | undefined {
  const value = query['lang'];
  if (value === undefined) return undefined;
  const lang = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (lang && (LANGUAGES as readonly string[]).includes(lang)) return lang as Language;
  throw ValidationError.field('lang', `must be one of ${LANGUAGES.join(', ')}`);
}

/**
 * A file name's words: letters (any script) and digits, the rest turned into single hyphens,
 * e.g. "Ruta Perú: nutrición" → "ruta-perú-nutrición".
 */
export function fileNameWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/**
 * `attachment` with an ASCII `filename` for old clients (accents dropped, anything else
 * replaced) and the exact name as RFC 5987 `filename*` for the rest.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export interface DownloadFile {
  contentType: string;
  fileName: string;
  language?: Language;
}

/**
 * The headers of a generated document: agendas say where people will be and plans under review
 * are not public, so nothing is kept by shared caches or the browser, and the type is never sniffed.
 */
export function downloadHeaders(res: { setHeader(name: string, value: string): unknown }, file: DownloadFile): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
  if (file.language) res.setHeader('Content-Language', file.language);
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

/** Sends a generated document as a download (see `downloadHeaders`). */
export function sendDownload(res: Response, file: DownloadFile & { body: string | Buffer }): void {
  downloadHeaders(res, file);
  res.send(file.body);
}
