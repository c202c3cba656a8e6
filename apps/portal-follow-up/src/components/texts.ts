import { languageName } from '@lr/portal-i18n';
import type { TextLanguage } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';

/** The label of one language's field of a text: "Title (French)". */
export function useInLanguage() {
  const { t, i18n } = useTranslation('follow-up');
  return (label: string) => (language: TextLanguage) => t('inLanguage', { label, language: languageName(language, i18n.language) });
}
