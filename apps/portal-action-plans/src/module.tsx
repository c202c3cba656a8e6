import { labelsOf, registerSectionMessages } from '@lr/portal-i18n';
import type { SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { SectionContextProvider } from './components/section-context';
import { ACTION_PLANS_NAMESPACE, actionPlansMessages } from './i18n';
import { HomePage } from './pages/HomePage';

function Section(props: SectionProps) {
  return (
    <Provider value={props.client}>
      <SectionContextProvider props={props}>
        <Routes>
          <Route index element={<HomePage />} />
        </Routes>
      </SectionContextProvider>
    </Provider>
  );
}

// The section's words join the shell's i18next as soon as the remote loads.
registerSectionMessages(ACTION_PLANS_NAMESPACE, actionPlansMessages);

const section: SectionModule = {
  id: 'action-plans',
  title: labelsOf(actionPlansMessages, 'sectionTitle'),
  requiredRoles: [],
  nav: [{ path: '', label: labelsOf(actionPlansMessages, 'sectionTitle') }],
  Component: Section,
};

export default section;
