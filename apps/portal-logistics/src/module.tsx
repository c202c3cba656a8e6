import { labelsOf, registerSectionMessages } from '@lr/portal-i18n';
import type { SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { SectionContextProvider } from './components/section-context';
import { LOGISTICS_NAMESPACE, logisticsMessages } from './i18n';
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
registerSectionMessages(LOGISTICS_NAMESPACE, logisticsMessages);

const section: SectionModule = {
  id: 'logistics',
  title: labelsOf(logisticsMessages, 'sectionTitle'),
  requiredRoles: [],
  nav: [{ path: '', label: labelsOf(logisticsMessages, 'sectionTitle') }],
  Component: Section,
};

export default section;
