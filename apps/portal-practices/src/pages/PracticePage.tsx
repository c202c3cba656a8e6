import { errorCode, errorMessage } from '@lr/portal-graphql';
import { ErrorPanel, Skeleton } from '@lr/portal-ui';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { StatusBadge } from '../components/StatusBadge';
import { PracticeDetailQuery } from '../graphql/operations';
import { AssessmentsTab } from './AssessmentsTab';
import { ChampionsTab } from './ChampionsTab';
import { MaterialsTab } from './MaterialsTab';
import { OverviewTab } from './OverviewTab';
import { SystematizationTab } from './SystematizationTab';

const TABS = [
  { path: '', key: 'tabOverview' },
  { path: 'assessments', key: 'tabAssessments' },
  { path: 'systematization', key: 'tabSystematization' },
  { path: 'materials', key: 'tabMaterials' },
  { path: 'champions', key: 'tabChampions' },
] as const;

/** One practice: its header and a tab per part (each tab a link, so it has its own address). */
export function PracticePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['practices', 'common']);
  const { basePath } = useSection();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PracticeDetailQuery,
    variables: { id },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.practice) {
    return (
      <ErrorPanel
        title={errorCode(error) === 'NOT_FOUND' ? t('common:notFound') : t('common:loadFailed')}
        onRetry={reload}
      >
        {errorCode(error) !== 'NOT_FOUND' && errorMessage(error)}
      </ErrorPanel>
    );
  }
  const practice = data.practice;

  // Arrow keys move between tabs, as in a tab list; Enter follows the focused link.
  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    const next = links[(index + (e.key === 'ArrowRight' ? 1 : links.length - 1)) % links.length];
    next.focus();
    e.preventDefault();
  }

  return (
    <>
      <p>
        <Link to={basePath}>{t('backToPractices')}</Link>
      </p>
      <div className="lr-toolbar">
        <h1>{practice.title}</h1>
        <StatusBadge status={practice.status} />
      </div>
      <nav className="lr-tabs" aria-label={t('tabsLabel')} onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <NavLink key={tab.path} to={`${basePath}/${practice.id}${tab.path ? `/${tab.path}` : ''}`} end>
            {t(tab.key)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<OverviewTab practice={practice} onChanged={reload} />} />
        <Route path="assessments" element={<AssessmentsTab practiceId={practice.id} />} />
        <Route
          path="systematization"
          element={<SystematizationTab practiceId={practice.id} />}
        />
        <Route path="materials" element={<MaterialsTab practiceId={practice.id} />} />
        <Route path="champions" element={<ChampionsTab practiceId={practice.id} />} />
      </Routes>
    </>
  );
}
