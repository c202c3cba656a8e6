import { RecordPage } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { StatusBadge } from '../components/StatusBadge';
import { DeletePracticeMutation, PracticeDetailQuery } from '../graphql/operations';
import { AssessmentsTab } from './AssessmentsTab';
import { ChampionsTab } from './ChampionsTab';
import { MaterialsTab } from './MaterialsTab';
import { OverviewTab } from './OverviewTab';
import { SystematizationTab } from './SystematizationTab';

/** One practice: its header and a tab per part (each tab a link, so it has its own address). */
export function PracticePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['practices', 'common']);
  const { notify } = useSection();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PracticeDetailQuery, variables: { id } });
  const [, remove] = useMutation(DeletePracticeMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <RecordPage
      record={data && data.practice}
      fetching={fetching}
      error={error}
      reload={reload}
      badge={(practice) => <StatusBadge status={practice.status} />}
      tabsLabel={t('tabsLabel')}
      tabs={[
        { path: '', label: t('tabOverview') },
        { path: 'assessments', label: t('tabAssessments') },
        { path: 'systematization', label: t('tabSystematization') },
        { path: 'materials', label: t('tabMaterials') },
        { path: 'champions', label: t('tabChampions') },
      ]}
      deleteTitle={t('confirmDeletePractice')}
      deleteText={(practice) => t('confirmDeletePracticeText', { title: practice.title })}
      onDelete={async (practice) => (await remove({ id: practice.id, version: practice.version })).error}
      notify={notify}
    >
      {(practice) => (
        <Routes>
          <Route index element={<OverviewTab practice={practice} onChanged={reload} />} />
          <Route path="assessments" element={<AssessmentsTab practiceId={practice.id} />} />
          <Route path="systematization" element={<SystematizationTab practiceId={practice.id} />} />
          <Route path="materials" element={<MaterialsTab practiceId={practice.id} />} />
          <Route path="champions" element={<ChampionsTab practiceId={practice.id} />} />
        </Routes>
      )}
    </RecordPage>
  );
}
