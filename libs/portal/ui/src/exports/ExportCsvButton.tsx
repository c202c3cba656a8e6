import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import type { SectionProps } from '@lr/portal-shell-contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../Button';
import { filterQuery, refusalOf, saveDownload } from './save-download';

/** Refusals the common words translate; anything else is "something went wrong". */
const TRANSLATED_CODES = ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'RATE_LIMITED'] as const;
type TranslatedCode = (typeof TRANSLATED_CODES)[number];
const isTranslated = (code: string | undefined): code is TranslatedCode => (TRANSLATED_CODES as readonly (string | undefined)[]).includes(code);

export type ExportFilters = Record<string, string | number | boolean | readonly string[] | null | undefined>;

export interface ExportCsvButtonProps {
  /** What the section was handed by the shell (its `useSection()`): where the API is, and how to call it. */
  section: Pick<SectionProps, 'apiOrigin' | 'authorizedFetch' | 'language'>;
  /** The endpoint under the API origin, e.g. `/core/routes.csv`. */
  path: string;
  /** The list's current filters, named as the endpoint reads them (the GraphQL filter's names). */
  filters?: ExportFilters;
  /** The name to save under when the answer names none. */
  fileName: string;
  /** Instead of "Export CSV", e.g. "Export participants (CSV)". */
  label?: string;
}

/**
 * Downloads what a list's filters show, as CSV, through the section's authorised fetch: the
 * same filters the list sends (so the file matches the screen), the user's language for
 * translated names. Busy while the file comes; a refusal is shown translated by its code.
 */
export function ExportCsvButton({ section, path, filters = {}, fileName, label }: ExportCsvButtonProps) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setProblem(null);
    try {
      const query = filterQuery(filters).toString();
      const res = await section.authorizedFetch(`${section.apiOrigin}${path}${query ? `?${query}` : ''}`, { headers: { 'accept-language': section.language } });
      if (!res.ok) {
        const { code, extensions } = await refusalOf(res);
        const reason = isTranslated(code) ? t(`errors.${code}`, { seconds: Number(extensions['retryAfter'] ?? 60) }) : t('errors.INTERNAL_SERVER_ERROR_PLAIN');
        setProblem(t('exportFailed', { message: reason }));
        return;
      }
      await saveDownload(res, fileName);
    } catch {
      setProblem(t('exportFailed', { message: t('serverUnreachable') }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="lr-export">
      <Button onClick={download} busy={busy} data-export={path}>
        {busy ? t('exporting') : (label ?? t('exportCsv'))}
      </Button>
      {problem && (
        <span role="alert" className="lr-export__problem">
          {problem}
        </span>
      )}
    </span>
  );
}
