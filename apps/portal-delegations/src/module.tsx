import { COMMON_NAMESPACE, labelsOf, registerSectionMessages } from '@lr/portal-i18n';
import type { PortalRole, SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Navigate, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { SectionContextProvider } from './components/section-context';
import './delegations-section.css';
import { DELEGATIONS_NAMESPACE, delegationsMessages, delegationsValidationMessages } from './i18n';
import { CompositionFormPage } from './pages/CompositionFormPage';
import { DelegationFormPage } from './pages/DelegationFormPage';
import { DelegationPage } from './pages/DelegationPage';
import { DelegationsPage } from './pages/DelegationsPage';
import { ImportPage } from './pages/ImportPage';
import { MailMessagePage } from './pages/MailMessagePage';
import { MyParticipationPage } from './pages/MyParticipationPage';
import { OutboxPage } from './pages/OutboxPage';
import { ParticipantFormPage } from './pages/ParticipantFormPage';
import { ParticipantPage } from './pages/ParticipantPage';
import { ParticipantsListPage } from './pages/ParticipantsListPage';
import { RouteTeamPage } from './pages/RouteTeamPage';
import { delegationsSearch } from './search';
import { delegationsTiles } from './tiles';

/** Who organises routes and reads their delegations (admins see everything anyway). */
const STAFF: PortalRole[] = ['EDITOR', 'REVIEWER', 'VIEWER'];

function DelegationsSection(props: SectionProps) {
  // A participant sees only their own participation: their route, delegation, application and consents.
  const participant = props.user.role === 'PARTICIPANT';
  return (
    <Provider value={props.client}>
      <SectionContextProvider props={props}>
        <Routes>
          {participant ? (
            <>
              <Route index element={<MyParticipationPage />} />
              <Route path="mine" element={<MyParticipationPage />} />
              <Route path="*" element={<Navigate to={props.basePath} replace />} />
            </>
          ) : (
            <>
              <Route index element={<DelegationsPage />} />
              <Route path="new" element={<DelegationFormPage />} />
              <Route path="composition" element={<CompositionFormPage />} />
              <Route path="participants" element={<ParticipantsListPage />} />
              <Route path="participants/:id" element={<ParticipantPage />} />
              <Route path="participants/:id/edit" element={<ParticipantFormPage />} />
              <Route path="team" element={<RouteTeamPage />} />
              <Route path="import" element={<ImportPage />} />
              <Route path="mine" element={<MyParticipationPage />} />
              <Route path="outbox" element={<OutboxPage />} />
              <Route path="outbox/:id" element={<MailMessagePage />} />
              <Route path=":id" element={<DelegationPage />} />
              <Route path=":id/edit" element={<DelegationFormPage />} />
            </>
          )}
        </Routes>
      </SectionContextProvider>
    </Provider>
  );
}

// The section's words join the shell's i18next as soon as the remote loads; the words for its
// field checks join the common `validation` words, where the kit's error helpers look.
registerSectionMessages(DELEGATIONS_NAMESPACE, delegationsMessages);
registerSectionMessages(COMMON_NAMESPACE, delegationsValidationMessages);

/**
 * The delegations section: who travels on a route (delegations, participants and their
 * selection against the composition rules, the route team, CSV import), the outbox for
 * administrators, and for participants their own participation.
 */
const section: SectionModule = {
  id: 'delegations',
  title: labelsOf(delegationsMessages, 'sectionTitle'),
  requiredRoles: [],
  nav: [
    { path: '', label: labelsOf(delegationsMessages, 'navDelegations'), roles: STAFF },
    { path: 'participants', label: labelsOf(delegationsMessages, 'navParticipants'), roles: STAFF },
    { path: 'team', label: labelsOf(delegationsMessages, 'navTeam'), roles: STAFF },
    { path: 'import', label: labelsOf(delegationsMessages, 'navImport'), roles: ['EDITOR'] },
    { path: 'outbox', label: labelsOf(delegationsMessages, 'navOutbox'), roles: ['ADMIN'] },
    { path: 'mine', label: labelsOf(delegationsMessages, 'navMine'), roles: ['PARTICIPANT'] },
  ],
  Component: DelegationsSection,
  search: delegationsSearch,
  tiles: delegationsTiles,
};

export default section;
