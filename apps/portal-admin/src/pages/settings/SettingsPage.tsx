import { errorMessage } from '@lr/portal-graphql';
import { ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AdminTabs } from '../../components/AdminTabs';
import { PlatformSettingsQuery } from '../../graphql/operations';
import { SettingForm } from './SettingForm';

/** The values admins may change at run time (defaults of new routes), one form per setting, checked as the API checks them. */
export function SettingsPage() {
  const { t } = useTranslation(['admin', 'common']);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PlatformSettingsQuery,
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <>
      <PageHeader title={t('settingsTitle')} breadcrumbs={[]} />
      <AdminTabs />
      <p>{t('settingsIntro')}</p>
      {fetching && !data ? (
        <Skeleton width="60%" />
      ) : error || !data ? (
        <ErrorPanel title={errorMessage(error) ?? t('common:notFound')} onRetry={reload} />
      ) : data.platformSettings.length === 0 ? (
        <p>{t('settingsEmpty')}</p>
      ) : (
        data.platformSettings.map((setting) => (
          // A new form per saved version, so its fields start from what is stored.
          <SettingForm
            key={`${setting.key}:${setting.version}`}
            setting={setting}
            onSaved={reload}
            onReload={reload}
          />
        ))
      )}
    </>
  );
}
