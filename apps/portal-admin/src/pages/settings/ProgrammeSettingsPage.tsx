import { errorMessage } from '@lr/portal-graphql';
import { ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSection } from '../../components/section-context';
import { ProgrammeSettingsQuery } from '../../graphql/operations';
import { SettingForm } from './SettingForm';

/** A programme's own defaults for its new routes, each over the platform's, which it follows until it has one. */
export function ProgrammeSettingsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['admin', 'common']);
  const { basePath } = useSection();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ProgrammeSettingsQuery,
    variables: { programmeId: id },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton width="60%" />;
  if (error || !data?.programme)
    return <ErrorPanel title={errorMessage(error) ?? t('common:notFound')} onRetry={reload} />;

  return (
    <>
      <PageHeader
        title={t('programmeSettingsTitle', { name: data.programme.name })}
        breadcrumbs={[
          { label: t('programmesTitle'), to: basePath },
          { label: data.programme.name, to: `${basePath}/programmes/${id}` },
        ]}
      />
      <p>{t('programmeSettingsIntro')}</p>
      {data.programmeSettings.length === 0 ? (
        <p>{t('settingsEmpty')}</p>
      ) : (
        data.programmeSettings.map((setting) => (
          // A new form per saved version (and once the programme follows the platform again).
          <SettingForm
            key={`${setting.key}:${setting.version}:${setting.stored}`}
            setting={setting}
            programmeId={id}
            onSaved={reload}
            onReload={reload}
          />
        ))
      )}
    </>
  );
}
