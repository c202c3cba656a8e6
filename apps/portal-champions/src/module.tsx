import { labelsOf, registerSectionMessages } from '@lr/portal-i18n';
import type { SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import './champions-section.css';
import { SectionContextProvider } from './components/section-context';
import { CHAMPIONS_NAMESPACE, championsMessages } from './i18n';
import { ChampionFormPage } from './pages/ChampionFormPage';
import { ChampionPage } from './pages/ChampionPage';
import { ChampionsListPage } from './pages/ChampionsListPage';
import { ReadinessPage } from './pages/ReadinessPage';
import { championsSearch } from './search';
import { championsTiles } from './tiles';

function ChampionsSection(props: SectionProps) {
  return (
    <Provider value={props.client}>
      <SectionContextProvider props={props}>
        <Routes>
          <Route index element={<ChampionsListPage />} />
          <Route path="new" element={<ChampionFormPage />} />
          <Route path="readiness" element={<ReadinessPage />} />
          <Route path=":id" element={<ChampionPage />} />
          <Route path=":id/edit" element={<ChampionFormPage />} />
        </Routes>
      </SectionContextProvider>
    </Provider>
  );
}

// The section's words join the shell's i18next as soon as the remote loads.
registerSectionMessages(CHAMPIONS_NAMESPACE, championsMessages);

/** The champions section: champions, their practices, trainings and feedback, and route readiness. */
const section: SectionModule = {
  id: 'champions',
  title: labelsOf(championsMessages, 'sectionTitle'),
  requiredRoles: [],
  nav: [
    { path: '', label: labelsOf(championsMessages, 'navChampions') },
    { path: 'readiness', label: labelsOf(championsMessages, 'navReadiness') },
  ],
  Component: ChampionsSection,
  search: championsSearch,
  tiles: championsTiles,
};

export default section;
