import { Button } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../../components/rest';
import { useSection } from '../../components/section-context';
import { ActionName } from '../../components/ActionName';

interface LetterTraveller {
  id: string;
  visaLetterUrl?: string | null;
  hasPassportDetails: boolean;
  missingPassportDetails: readonly string[];
  person?: { fullName: string } | null;
}

/**
 * Downloads a traveller's visa invitation letter (a PDF in their letter language). Shown to those
 * the API gives the letter's address to; while passport details are missing it says which,
 * rather than offering a download the API would refuse.
 */
export function VisaLetterButton({ traveller, compact }: { traveller: LetterTraveller; compact?: boolean }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { apiOrigin, authorizedFetch, notify } = useSection();
  const [busy, setBusy] = useState(false);
  const name = traveller.person?.fullName ?? '';
  if (!traveller.visaLetterUrl) return null;
  if (!traveller.hasPassportDetails) {
    return (
      <p className="lr-logistics-hint-missing">
        {t('letterNeeds', { fields: traveller.missingPassportDetails.map((f) => t(`passportFields.${f as 'passportNumber'}`)).join(', ') })}
      </p>
    );
  }
  async function fetchLetter() {
    setBusy(true);
    const refused = await download(authorizedFetch, `${apiOrigin}${traveller.visaLetterUrl}`, 'visa-letter.pdf');
    setBusy(false);
    if (refused) notify(t('downloadFailed', { message: refused }), 'error');
  }
  return (
    <Button busy={busy} onClick={fetchLetter}>
      {compact ? <ActionName action={t('downloadLetter')} target={name} /> : t('downloadLetter')}
    </Button>
  );
}
