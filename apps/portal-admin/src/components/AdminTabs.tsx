import { TabLinks } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useSection } from './section-context';

/** The section's pages as tabs, so a phone (where the drawer is closed) can move between them. */
export function AdminTabs() {
  const { t } = useTranslation('admin');
  const { basePath } = useSection();
  return (
    <TabLinks
      label={t('adminTabs')}
      tabs={[
        { to: basePath, label: t('programmesTitle') },
        { to: `${basePath}/api-keys`, label: t('apiKeysTitle') },
        { to: `${basePath}/users`, label: t('usersTitle') },
        { to: `${basePath}/audit`, label: t('auditTitle') },
        { to: `${basePath}/webhooks`, label: t('webhooksTitle') },
        { to: `${basePath}/learning-needs`, label: t('needsTitle') },
        { to: `${basePath}/thematic-areas`, label: t('areasTitle') },
        { to: `${basePath}/criteria`, label: t('criteriaTitle') },
        { to: `${basePath}/settings`, label: t('settingsTitle') },
      ]}
    />
  );
}
