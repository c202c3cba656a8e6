import { COMMON_NAMESPACE, labelsOf, registerSectionMessages } from '@lr/portal-i18n';
import type { PortalRole, SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Navigate, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import './action-plans-section.css';
import { SectionContextProvider } from './components/section-context';
import { ACTION_PLANS_NAMESPACE, actionPlansMessages, actionPlansValidationMessages } from './i18n';
import { FundPage } from './pages/FundPage';
import { MyPlanPage } from './pages/MyPlanPage';
import { PlanPage } from './pages/PlanPage';
import { PlansPage } from './pages/PlansPage';
import { ReviewsPage } from './pages/ReviewsPage';
import { VersionPage } from './pages/VersionPage';
import { VersionsPage } from './pages/VersionsPage';
import { VotePage } from './pages/VotePage';
import { actionPlansSearch } from './search';
import { actionPlansTiles } from './tiles';

/** Who follows every route's plans (admins see everything anyway). */
const STAFF: PortalRole[] = ['EDITOR', 'REVIEWER', 'VIEWER'];

/** A plan's pages, the same for every role: what each may do there is the API's answer. */
const planRoutes = (
  <>
    <Route path="plans/:id" element={<PlanPage />} />
    <Route path="plans/:id/versions" element={<VersionsPage />} />
    <Route path="plans/:id/versions/:versionId" element={<VersionPage />} />
    <Route path="plans/:id/reviews" element={<ReviewsPage />} />
  </>
);

function ActionPlansSection(props: SectionProps) {
  // A participant lands on their own delegation's plan and the vote; they read their routes' plans.
  const participant = props.user.role === 'PARTICIPANT';
  return (
    <Provider value={props.client}>
      <SectionContextProvider props={props}>
        <Routes>
          {participant ? (
            <>
              <Route index element={<MyPlanPage />} />
              <Route path="mine" element={<MyPlanPage />} />
              <Route path="plans" element={<PlansPage />} />
              <Route path="vote" element={<VotePage />} />
              {planRoutes}
              <Route path="*" element={<Navigate to={props.basePath} replace />} />
            </>
          ) : (
            <>
              <Route index element={<PlansPage />} />
              <Route path="plans" element={<Navigate to={props.basePath} replace />} />
              <Route path="fund" element={<FundPage />} />
              <Route path="mine" element={<MyPlanPage />} />
              <Route path="vote" element={<VotePage />} />
              {planRoutes}
            </>
          )}
        </Routes>
      </SectionContextProvider>
    </Provider>
  );
}

// The section's words join the shell's i18next as soon as the remote loads; the words for its
// field checks join the common `validation` words, where the kit's error helpers look.
registerSectionMessages(ACTION_PLANS_NAMESPACE, actionPlansMessages);
registerSectionMessages(COMMON_NAMESPACE, actionPlansValidationMessages);

/**
 * The action-plans section: each delegation's take-home plan through its review (an editor in
 * sections with the SMART check next to the fields, versions and what changed between them,
 * reviews section by section), the route's action fund with its vote and awards, and for
 * participants their own delegation's plan and their ballot.
 */
const section: SectionModule = {
  id: 'action-plans',
  title: labelsOf(actionPlansMessages, 'sectionTitle'),
  requiredRoles: [],
  nav: [
    { path: '', label: labelsOf(actionPlansMessages, 'navPlans'), roles: STAFF },
    { path: 'fund', label: labelsOf(actionPlansMessages, 'navFund'), roles: STAFF },
    { path: 'mine', label: labelsOf(actionPlansMessages, 'navMine'), roles: ['PARTICIPANT'] },
    { path: 'plans', label: labelsOf(actionPlansMessages, 'navRoutePlans'), roles: ['PARTICIPANT'] },
    { path: 'vote', label: labelsOf(actionPlansMessages, 'navVote'), roles: ['PARTICIPANT'] },
  ],
  Component: ActionPlansSection,
  search: actionPlansSearch,
  tiles: actionPlansTiles,
};

export default section;
