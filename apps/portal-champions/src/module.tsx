import type { SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import './champions-section.css';
import { SectionContextProvider } from './components/section-context';
import { messages } from './messages';
import { ChampionFormPage } from './pages/ChampionFormPage';
import { ChampionPage } from './pages/ChampionPage';
import { ChampionsListPage } from './pages/ChampionsListPage';
import { ReadinessPage } from './pages/ReadinessPage';

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

const label = (key: keyof typeof messages.en) => ({ en: messages.en[key], fr: messages.fr[key], es: messages.es[key] });

/** The champions section: champions, their practices, trainings and feedback, and route readiness. */
const section: SectionModule = {
  id: 'champions',
  title: label('sectionTitle'),
  requiredRoles: [],
  nav: [
    { path: '', label: label('navChampions') },
    { path: 'readiness', label: label('navReadiness') },
  ],
  Component: ChampionsSection,
};

export default section;
