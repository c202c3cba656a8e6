import { COMMON_NAMESPACE, labelsOf, registerSectionMessages } from '@lr/portal-i18n';
import type { PortalRole, SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Navigate, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { SectionContextProvider } from './components/section-context';
import { LOGISTICS_NAMESPACE, logisticsMessages, logisticsValidationMessages } from './i18n';
import './logistics-section.css';
import { AgendaPage } from './pages/agenda/AgendaPage';
import { SessionFormPage } from './pages/agenda/SessionFormPage';
import { BudgetPage } from './pages/budget/BudgetPage';
import { MyTripPage } from './pages/MyTripPage';
import { RoomingPage } from './pages/rooms/RoomingPage';
import { VenuePage } from './pages/rooms/VenuePage';
import { VenuesPage } from './pages/rooms/VenuesPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { ArrivalsPage } from './pages/travel/ArrivalsPage';
import { TravellerPage } from './pages/travel/TravellerPage';
import { TravellersPage } from './pages/travel/TravellersPage';
import { VisasPage } from './pages/visas/VisasPage';
import { logisticsSearch } from './search';
import { logisticsTiles } from './tiles';

/** Who organises routes and reads their logistics (admins see everything anyway). */
const STAFF: PortalRole[] = ['EDITOR', 'REVIEWER', 'VIEWER'];

function LogisticsSection(props: SectionProps) {
  // A participant sees their own trip only: the agenda of their route, their journey, their letter.
  if (props.user.role === 'PARTICIPANT') {
    return (
      <Provider value={props.client}>
        <SectionContextProvider props={props}>
          <Routes>
            <Route index element={<MyTripPage />} />
            <Route path="mine" element={<MyTripPage />} />
            <Route path="*" element={<Navigate to={props.basePath} replace />} />
          </Routes>
        </SectionContextProvider>
      </Provider>
    );
  }
  return (
    <Provider value={props.client}>
      <SectionContextProvider props={props}>
        <Routes>
          <Route index element={<AgendaPage />} />
          <Route path="mine" element={<MyTripPage />} />
          <Route path="sessions/new" element={<SessionFormPage />} />
          <Route path="sessions/:id" element={<SessionFormPage />} />
          <Route path="travel" element={<TravellersPage />} />
          <Route path="travel/:id" element={<TravellerPage />} />
          <Route path="arrivals" element={<ArrivalsPage />} />
          <Route path="visas" element={<VisasPage />} />
          <Route path="rooms" element={<RoomingPage />} />
          <Route path="venues" element={<VenuesPage />} />
          <Route path="venues/:id" element={<VenuePage />} />
          <Route path="budget" element={<BudgetPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="*" element={<Navigate to={props.basePath} replace />} />
        </Routes>
      </SectionContextProvider>
    </Provider>
  );
}

// The section's words join the shell's i18next as soon as the remote loads; the words for the
// API's own checks join the common `validation` words, where the kit's error helpers look.
registerSectionMessages(LOGISTICS_NAMESPACE, logisticsMessages);
registerSectionMessages(COMMON_NAMESPACE, logisticsValidationMessages);

/**
 * The logistics section: a route's agenda (a board of days and sessions, checked against the
 * method's rules, exported as iCalendar and PDF), its travellers, arrivals and visas, its rooms,
 * and its budget against what was spent; for participants, their own trip.
 */
const section: SectionModule = {
  id: 'logistics',
  title: labelsOf(logisticsMessages, 'sectionTitle'),
  requiredRoles: [],
  nav: [
    { path: '', label: labelsOf(logisticsMessages, 'navAgenda'), roles: STAFF },
    { path: 'travel', label: labelsOf(logisticsMessages, 'navTravel'), roles: STAFF },
    { path: 'arrivals', label: labelsOf(logisticsMessages, 'navArrivals'), roles: STAFF },
    { path: 'visas', label: labelsOf(logisticsMessages, 'navVisas'), roles: STAFF },
    { path: 'rooms', label: labelsOf(logisticsMessages, 'navRooms'), roles: STAFF },
    { path: 'budget', label: labelsOf(logisticsMessages, 'navBudget'), roles: STAFF },
    { path: 'mine', label: labelsOf(logisticsMessages, 'myTripTitle'), roles: ['PARTICIPANT'] },
  ],
  Component: LogisticsSection,
  search: logisticsSearch,
  tiles: logisticsTiles,
};

export default section;
