import { errorCode, errorMessage } from '@lr/portal-graphql';
import { Button, ConfirmDialog, ErrorPanel, PageHeader, Skeleton, TabLinks } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
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
  const { basePath, canEdit, notify } = useSection();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PracticeDetailQuery, variables: { id } });
  const [, remove] = useMutation(DeletePracticeMutation);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.practice) {
    return (
      <>
        <PageHeader title={t('common:loadFailed')} breadcrumbs={[]} />
        <ErrorPanel title={errorCode(error) === 'NOT_FOUND' ? t('common:notFound') : t('common:loadFailed')} onRetry={reload}>
          {errorCode(error) !== 'NOT_FOUND' && errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  const practice = data.practice;
  const here = `${basePath}/${practice.id}`;

  async function deletePractice() {
    const result = await remove({ id: practice.id, version: practice.version });
    if (result.error) return setDeleteError(errorMessage(result.error));
    setConfirmDelete(false);
    notify(t('common:deleted'), 'success');
    navigate(basePath);
  }

  return (
    <>
      <PageHeader title={practice.title} breadcrumbs={[]} badge={<StatusBadge status={practice.status} />}>
        {canEdit && (
          <>
            <Link className="lr-button" to={`${here}/edit`}>
              {t('common:edit')}
            </Link>
            <Button variant="danger" onClick={() => (setDeleteError(undefined), setConfirmDelete(true))}>
              {t('common:delete')}
            </Button>
          </>
        )}
      </PageHeader>
      <TabLinks
        label={t('tabsLabel')}
        tabs={[
          { to: here, label: t('tabOverview') },
          { to: `${here}/assessments`, label: t('tabAssessments') },
          { to: `${here}/systematization`, label: t('tabSystematization') },
          { to: `${here}/materials`, label: t('tabMaterials') },
          { to: `${here}/champions`, label: t('tabChampions') },
        ]}
      />
      <Routes>
        <Route index element={<OverviewTab practice={practice} onChanged={reload} />} />
        <Route path="assessments" element={<AssessmentsTab practiceId={practice.id} />} />
        <Route path="systematization" element={<SystematizationTab practiceId={practice.id} />} />
        <Route path="materials" element={<MaterialsTab practiceId={practice.id} />} />
        <Route path="champions" element={<ChampionsTab practiceId={practice.id} />} />
      </Routes>
      <ConfirmDialog
        open={confirmDelete}
        title={t('confirmDeletePractice')}
        confirmLabel={t('common:delete')}
        danger
        error={deleteError}
        onConfirm={deletePractice}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('confirmDeletePracticeText', { title: practice.title })}</p>
      </ConfirmDialog>
    </>
  );
}
