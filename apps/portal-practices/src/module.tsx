import { labelsOf, registerSectionMessages } from '@lr/portal-i18n';
import type { SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { SectionContextProvider } from './components/section-context';
import { PRACTICES_NAMESPACE, practicesMessages } from './i18n';
import { AssessmentFormPage } from './pages/AssessmentFormPage';
import { MatchingPage } from './pages/MatchingPage';
import { MyAssessmentsPage } from './pages/MyAssessmentsPage';
import { PracticeFormPage } from './pages/PracticeFormPage';
import { PracticePage } from './pages/PracticePage';
import { PracticesListPage } from './pages/PracticesListPage';
import './practices-section.css';
import { practicesSearch } from './search';

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

// The section's words join the shell's i18next as soon as the remote loads.
registerSectionMessages(PRACTICES_NAMESPACE, practicesMessages);

/** The practices section: best practices, their assessment, systematization and matching to routes. */
const section: SectionModule = {
  id: 'practices',
  title: labelsOf(practicesMessages, 'sectionTitle'),
  requiredRoles: [],
  nav: [
    { path: '', label: labelsOf(practicesMessages, 'navPractices') },
    { path: 'matching', label: labelsOf(practicesMessages, 'navMatching') },
    { path: 'assessments', label: labelsOf(practicesMessages, 'navAssessments'), roles: ['REVIEWER'] },
  ],
  Component: PracticesSection,
  search: practicesSearch,
};

export default section;
