import { languageName } from '@lr/portal-i18n';
import { PORTAL_LANGUAGES, type PortalLanguage } from '@lr/portal-shell-contract';
import { Button, SelectField } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../../components/rest';
import { useSection } from '../../components/section-context';

/** The agenda to take away: an iCalendar file for calendars, and a printable PDF in a chosen language. */
export function AgendaExports({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { language, apiOrigin, authorizedFetch, notify } = useSection();
  const [pdfLanguage, setPdfLanguage] = useState<PortalLanguage>(language);
  const [busy, setBusy] = useState<'ics' | 'pdf' | null>(null);

  async function fetchFile(kind: 'ics' | 'pdf') {
    setBusy(kind);
    const url = kind === 'ics' ? `${apiOrigin}/logistics/routes/${routeId}/agenda.ics?lang=${language}` : `${apiOrigin}/logistics/routes/${routeId}/agenda.pdf?lang=${pdfLanguage}`;
    const refused = await download(authorizedFetch, url, kind === 'ics' ? 'agenda.ics' : `agenda-${pdfLanguage}.pdf`);
    setBusy(null);
    if (refused) notify(t('downloadFailed', { message: refused }), 'error');
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
