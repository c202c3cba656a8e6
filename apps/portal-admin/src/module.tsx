import { labelsOf, registerSectionMessages } from '@lr/portal-i18n';
import type { SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import './admin-section.css';
import { SectionContextProvider } from './components/section-context';
import { ADMIN_NAMESPACE, adminMessages } from './i18n';
import { ApiKeysPage } from './pages/ApiKeysPage';
import { ProgrammeFormPage } from './pages/ProgrammeFormPage';
import { ProgrammesPage } from './pages/ProgrammesPage';
import { UsersPage } from './pages/users/UsersPage';
import { AuditPage } from './pages/audit/AuditPage';
import { WebhooksPage } from './pages/webhooks/WebhooksPage';
import { LearningNeedsPage } from './pages/needs/LearningNeedsPage';
import { ThematicAreasPage } from './pages/reference/ThematicAreasPage';
import { CriteriaSetsPage } from './pages/criteria/CriteriaSetsPage';
import { ProgrammeSettingsPage } from './pages/settings/ProgrammeSettingsPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { ProgrammeCriteriaPage } from './pages/criteria/ProgrammeCriteriaPage';

function Section(props: SectionProps) {
  return (
    <Provider value={props.client}>
      <SectionContextProvider props={props}>
        <Routes>
          <Route index element={<ProgrammesPage />} />
          <Route path="programmes/new" element={<ProgrammeFormPage />} />
          <Route path="programmes/:id" element={<ProgrammeFormPage />} />
          <Route path="programmes/:id/criteria" element={<ProgrammeCriteriaPage />} />
          <Route path="programmes/:id/settings" element={<ProgrammeSettingsPage />} />
          <Route path="api-keys" element={<ApiKeysPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="webhooks" element={<WebhooksPage />} />
          <Route path="learning-needs" element={<LearningNeedsPage />} />
          <Route path="thematic-areas" element={<ThematicAreasPage />} />
          <Route path="criteria" element={<CriteriaSetsPage />} />
          <Route path="settings" element={<SettingsPage />} />
        </Routes>
      </SectionContextProvider>
    </Provider>
  );
}

// The section's words join the shell's i18next as soon as the remote loads.
registerSectionMessages(ADMIN_NAMESPACE, adminMessages);

/** The admin section: what only admins do (programmes, partner keys, users and roles, the audit log, webhooks, countries' learning needs, thematic areas, assessment criteria weights, run-time settings); the API checks it again. */
const section: SectionModule = {
  id: 'admin',
  title: labelsOf(adminMessages, 'sectionTitle'),
  requiredRoles: ['ADMIN'],
  nav: [
    { path: '', label: labelsOf(adminMessages, 'programmesTitle'), roles: ['ADMIN'] },
    { path: 'api-keys', label: labelsOf(adminMessages, 'apiKeysTitle'), roles: ['ADMIN'] },
    { path: 'users', label: labelsOf(adminMessages, 'usersTitle'), roles: ['ADMIN'] },
    { path: 'audit', label: labelsOf(adminMessages, 'auditTitle'), roles: ['ADMIN'] },
    { path: 'webhooks', label: labelsOf(adminMessages, 'webhooksTitle'), roles: ['ADMIN'] },
    { path: 'learning-needs', label: labelsOf(adminMessages, 'needsTitle'), roles: ['ADMIN'] },
    { path: 'thematic-areas', label: labelsOf(adminMessages, 'areasTitle'), roles: ['ADMIN'] },
    { path: 'criteria', label: labelsOf(adminMessages, 'criteriaTitle'), roles: ['ADMIN'] },
    { path: 'settings', label: labelsOf(adminMessages, 'settingsTitle'), roles: ['ADMIN'] },
  ],
  Component: Section,
};

export default section;
