import { languageName } from '@lr/portal-i18n';
import { PORTAL_LANGUAGES, type PortalLanguage } from '@lr/portal-shell-contract';
import { Button, SelectField, useAuthorizedDownload } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSection } from '../../components/section-context';

/** The agenda to take away: an iCalendar file for calendars, and a printable PDF in a chosen language. */
export function AgendaExports({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['logistics', 'common']);
  const section = useSection();
  const { language } = section;
  const [pdfLanguage, setPdfLanguage] = useState<PortalLanguage>(language);
  const { busy, download } = useAuthorizedDownload(section, (message) => t('downloadFailed', { message }));

  async function fetchFile(kind: 'ics' | 'pdf') {
    const path = kind === 'ics' ? `/logistics/routes/${routeId}/agenda.ics?lang=${language}` : `/logistics/routes/${routeId}/agenda.pdf?lang=${pdfLanguage}`;
    await download(kind, path, kind === 'ics' ? 'agenda.ics' : `agenda-${pdfLanguage}.pdf`);
  }

  return (
    <section className="lr-card lr-logistics-exports" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t('exportsTitle')}</h2>
      <div className="lr-logistics-exports__row">
        <Button busy={busy === 'ics'} onClick={() => fetchFile('ics')}>
          {t('downloadIcal')}
        </Button>
        <SelectField
          label={t('pdfLanguage')}
          value={pdfLanguage}
          onChange={(e) => setPdfLanguage(e.target.value as PortalLanguage)}
          options={PORTAL_LANGUAGES.map((l) => ({ value: l, label: languageName(l, language) }))}
        />
        <Button busy={busy === 'pdf'} onClick={() => fetchFile('pdf')}>
          {t('downloadPdf')}
        </Button>
      </div>
      <p className="lr-field__hint">{t('exportsHint')}</p>
    </section>
  );
}
