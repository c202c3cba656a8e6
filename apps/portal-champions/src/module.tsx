import type { SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Routes } from 'react-router';
import { Provider } from 'urql';
import { SectionContextProvider } from './components/section-context';
import { messages } from './messages';

function Section(props: SectionProps) {
  return (
    <Provider value={props.client}>
      <SectionContextProvider props={props}>
        <Routes>{/* <Route index element={<ListPage />} /> … */}</Routes>
      </SectionContextProvider>
    </Provider>
  );
}

const label = (key: keyof typeof messages.en) => ({ en: messages.en[key], fr: messages.fr[key], es: messages.es[key] });

const section: SectionModule = {
  id: 'champions',
  title: label('sectionTitle'),
  requiredRoles: [],
  nav: [{ path: '', label: label('sectionTitle') }],
  Component: Section,
};

export default section;
