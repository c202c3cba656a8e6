import type { SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { SectionContextProvider } from './components/section-context';
import { routesMessages } from './messages';
import { OrganisationFormPage } from './pages/OrganisationFormPage';
import { OrganisationsListPage } from './pages/OrganisationsListPage';
import { PeopleListPage } from './pages/PeopleListPage';
import { PersonFormPage } from './pages/PersonFormPage';
import { ProgrammesListPage } from './pages/ProgrammesListPage';
import { RouteDetailPage } from './pages/RouteDetailPage';
import { RouteFormPage } from './pages/RouteFormPage';
import { RoutesListPage } from './pages/RoutesListPage';
import './routes-section.css';

function RoutesSection(props: SectionProps) {
  return (
    <Provider value={props.client}>
      <SectionContextProvider props={props}>
        <Routes>
          <Route index element={<RoutesListPage />} />
          <Route path="new" element={<RouteFormPage />} />
          <Route path="programmes" element={<ProgrammesListPage />} />
          <Route path="people" element={<PeopleListPage />} />
          <Route path="people/new" element={<PersonFormPage />} />
          <Route path="people/:id/edit" element={<PersonFormPage />} />
          <Route path="organisations" element={<OrganisationsListPage />} />
          <Route path="organisations/new" element={<OrganisationFormPage />} />
          <Route path="organisations/:id/edit" element={<OrganisationFormPage />} />
          <Route path=":id" element={<RouteDetailPage />} />
          <Route path=":id/edit" element={<RouteFormPage />} />
        </Routes>
      </SectionContextProvider>
    </Provider>
  );
}

const label = (key: keyof typeof routesMessages.en) => ({
  en: routesMessages.en[key],
  fr: routesMessages.fr[key],
  es: routesMessages.es[key],
});

/** The routes section: programmes, learning routes, people and organisations of the core domain. */
const routesSection: SectionModule = {
  id: 'routes',
  title: label('sectionTitle'),
  requiredRoles: [],
  nav: [
    { path: '', label: label('navRoutes') },
    { path: 'programmes', label: label('navProgrammes') },
    { path: 'people', label: label('navPeople') },
    { path: 'organisations', label: label('navOrganisations') },
  ],
  Component: RoutesSection,
};

export default routesSection;
