import { PageHeader } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';

/** The section's first page. */
export function HomePage() {
  const { t } = useTranslation(['action-plans', 'common']);
  return <PageHeader title={t('sectionTitle')} />;
}
