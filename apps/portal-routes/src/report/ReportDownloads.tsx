import { languageName } from '@lr/portal-i18n';
import { PORTAL_LANGUAGES, type PortalLanguage } from '@lr/portal-shell-contract';
import { Button, refusalOf, saveDownload, SelectField } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSection } from '../components/section-context';

/**
 * The report to take away: a PDF in a chosen language and a workbook, fetched with the session's
 * token (`authorizedFetch`) from `/reports/{routes|programmes}/:id/report.{pdf,xlsx}`.
 */
export function ReportDownloads({ kind, id }: { kind: 'routes' | 'programmes'; id: string }) {
  const { t } = useTranslation(['routes', 'common']);
  const { language, apiOrigin, authorizedFetch, notify } = useSection();
  const [pdfLanguage, setPdfLanguage] = useState<PortalLanguage>(language);
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null);

  async function fetchFile(format: 'pdf' | 'xlsx') {
    setBusy(format);
    try {
      const lang = format === 'pdf' ? pdfLanguage : language;
      const res = await authorizedFetch(
        `${apiOrigin}/reports/${kind}/${id}/report.${format}?lang=${lang}`,
      );
      if (!res.ok)
        notify(t('report.downloadFailed', { message: (await refusalOf(res)).message }), 'error');
      else await saveDownload(res, `report.${format}`);
    } catch (err) {
      notify(
        t('report.downloadFailed', { message: err instanceof Error ? err.message : String(err) }),
        'error',
      );
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="lr-card lr-report__downloads" aria-labelledby="report-downloads">
      <h2 id="report-downloads">{t('report.downloads')}</h2>
      <div className="lr-report__download-row">
        <SelectField
          label={t('report.pdfLanguage')}
          value={pdfLanguage}
          onChange={(e) => setPdfLanguage(e.target.value as PortalLanguage)}
          options={PORTAL_LANGUAGES.map((l) => ({ value: l, label: languageName(l, language) }))}
        />
        <Button busy={busy === 'pdf'} onClick={() => fetchFile('pdf')}>
          {t('report.downloadPdf')}
        </Button>
        <Button busy={busy === 'xlsx'} onClick={() => fetchFile('xlsx')}>
          {t('report.downloadWorkbook')}
        </Button>
      </div>
    </section>
  );
}
