import { Button, useAuthorizedDownload } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
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
  const { busy, download } = useAuthorizedDownload(useSection(), (message) => t('downloadFailed', { message }));
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
    if (traveller.visaLetterUrl) await download('letter', traveller.visaLetterUrl, 'visa-letter.pdf');
  }
  return (
    <Button busy={busy !== null} onClick={fetchLetter}>
      {compact ? <ActionName action={t('downloadLetter')} target={name} /> : t('downloadLetter')}
    </Button>
  );
}
