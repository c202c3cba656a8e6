import { languageParam, type Language, type RequestContext } from '@lr/server-core';

/** The document's language: `?lang=en|fr|es` if given, else the caller's (Accept-Language, then English). */
export function exportLanguage(query: Record<string, unknown>, ctx: RequestContext): Language {
  return languageParam(query) ?? ctx.language;
}
