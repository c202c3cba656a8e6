import type { SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { SectionContextProvider } from './components/section-context';
import { messages, type Key } from './messages';
import { AssessmentFormPage } from './pages/AssessmentFormPage';
import { MatchingPage } from './pages/MatchingPage';
import { MyAssessmentsPage } from './pages/MyAssessmentsPage';
import { PracticeFormPage } from './pages/PracticeFormPage';
import { PracticePage } from './pages/PracticePage';
import { PracticesListPage } from './pages/PracticesListPage';
import './practices-section.css';

function PracticesSection(props: SectionProps) {
  return (
    <Provider value={props.client}>
      <SectionContextProvider props={props}>
        <Routes>
          <Route index element={<PracticesListPage />} />
          <Route path="new" element={<PracticeFormPage />} />
          <Route path="matching" element={<MatchingPage />} />
          <Route path="assessments" element={<MyAssessmentsPage />} />
          <Route path="assessments/:assessmentId" element={<AssessmentFormPage />} />
          <Route path=":id/edit" element={<PracticeFormPage />} />
          <Route path=":id/*" element={<PracticePage />} />
        </Routes>
      </SectionContextProvider>
    </Provider>
  );
}

const label = (key: Key) => ({ en: messages.en[key], fr: messages.fr[key], es: messages.es[key] });

/** The practices section: best practices, their assessment, systematization and matching to routes. */
const section: SectionModule = {
  id: 'practices',
  title: label('sectionTitle'),
  requiredRoles: [],
  nav: [
    { path: '', label: label('navPractices') },
    { path: 'matching', label: label('navMatching') },
    { path: 'assessments', label: label('navAssessments'), roles: ['REVIEWER'] },
  ],
  Component: PracticesSection,
};

export default section;
