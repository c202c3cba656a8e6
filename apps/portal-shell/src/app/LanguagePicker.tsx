import { PORTAL_LANGUAGES, type PortalLanguage } from '@lr/portal-shell-contract';
import { SelectField } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useShell } from './shell-state';

/** Each language by its own name, whatever the portal's language. */
const NAMES: Record<PortalLanguage, string> = { en: 'English', fr: 'Français', es: 'Español' };

export function LanguagePicker() {
  const { language, setLanguage } = useShell();
  const { t } = useTranslation('common');
  return (
    <SelectField
      label={t('language')}
      value={language}
      onChange={(e) => setLanguage(e.target.value as PortalLanguage)}
      options={PORTAL_LANGUAGES.map((l) => ({ value: l, label: NAMES[l] }))}
    />
  );
}
