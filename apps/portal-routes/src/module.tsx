import { labelsOf, registerSectionMessages } from '@lr/portal-i18n';
import type { SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { SectionContextProvider } from './components/section-context';
import { ROUTES_NAMESPACE, routesMessages } from './i18n';
import { OrganisationFormPage } from './pages/OrganisationFormPage';
import { OrganisationsListPage } from './pages/OrganisationsListPage';
import { PeopleListPage } from './pages/PeopleListPage';
import { PersonFormPage } from './pages/PersonFormPage';
import { ProgrammesListPage } from './pages/ProgrammesListPage';
import { ProgrammeReportPage } from './report/ProgrammeReportPage';
import { RouteFormPage } from './pages/RouteFormPage';
import { RoutePage } from './pages/route/RoutePage';
import { RoutesListPage } from './pages/RoutesListPage';
import './routes-section.css';
import { routesSearch } from './search';
import { routesTiles } from './tiles';

function RoutesSection(props: SectionProps) {
  return (
    <Provider value={props.client}>
      <SectionContextProvider props={props}>
        <Routes>
          <Route index element={<RoutesListPage />} />
          <Route path="new" element={<RouteFormPage />} />
          <Route path="programmes" element={<ProgrammesListPage />} />
          <Route path="programmes/:id/report" element={<ProgrammeReportPage />} />
          <Route path="people" element={<PeopleListPage />} />
          <Route path="people/new" element={<PersonFormPage />} />
          <Route path="people/:id/edit" element={<PersonFormPage />} />
          <Route path="organisations" element={<OrganisationsListPage />} />
          <Route path="organisations/new" element={<OrganisationFormPage />} />
          <Route path="organisations/:id/edit" element={<OrganisationFormPage />} />
          <Route path=":id/edit" element={<RouteFormPage />} />
          <Route path=":id/*" element={<RoutePage />} />
        </Routes>
      </SectionContextProvider>
    </Provider>
  );
}

// The section's words join the shell's i18next as soon as the remote loads.
registerSectionMessages(ROUTES_NAMESPACE, routesMessages);

/** The routes section: programmes, learning routes, people and organisations of the core domain. */
const routesSection: SectionModule = {
  id: 'routes',
  title: labelsOf(routesMessages, 'sectionTitle'),
  requiredRoles: [],
  nav: [
    { path: '', label: labelsOf(routesMessages, 'navRoutes') },
    { path: 'programmes', label: labelsOf(routesMessages, 'navProgrammes') },
    { path: 'people', label: labelsOf(routesMessages, 'navPeople') },
    { path: 'organisations', label: labelsOf(routesMessages, 'navOrganisations') },
  ],
  Component: RoutesSection,
  search: routesSearch,
  tiles: routesTiles,
};

export default routesSection;
