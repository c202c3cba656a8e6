import { COMMON_NAMESPACE, labelsOf, registerSectionMessages } from '@lr/portal-i18n';
import type { PortalRole, SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Navigate, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { SectionContextProvider } from './components/section-context';
import './follow-up-section.css';
import { FOLLOW_UP_NAMESPACE, followUpMessages } from './i18n';
import { followUpRefusalMessages } from './i18n/refusal-words';
import { EventsPage } from './pages/EventsPage';
import { IndicatorPage } from './pages/IndicatorPage';
import { IndicatorsPage } from './pages/IndicatorsPage';
import { PeriodsPage } from './pages/PeriodsPage';
import { SurveyPage } from './pages/SurveyPage';
import { SurveysPage } from './pages/SurveysPage';
import { followUpTiles } from './tiles';
import { VerificationPage } from './pages/VerificationPage';

/** Who runs surveys and reads events (participants report on their indicators only). */
const STAFF: PortalRole[] = ['EDITOR', 'REVIEWER', 'VIEWER'];

function FollowUpSection(props: SectionProps) {
  const participant = props.user.role === 'PARTICIPANT';
  return (
    <Provider value={props.client}>
      <SectionContextProvider props={props}>
        <Routes>
          <Route index element={<IndicatorsPage />} />
          <Route path="indicators/:id" element={<IndicatorPage />} />
          {!participant && (
            <>
              <Route path="surveys" element={<SurveysPage />} />
              <Route path="surveys/:id" element={<SurveyPage />} />
              <Route path="events" element={<EventsPage />} />
              <Route path="periods" element={<PeriodsPage />} />
              <Route path="verification" element={<VerificationPage />} />
            </>
          )}
          <Route path="*" element={<Navigate to={props.basePath} replace />} />
        </Routes>
      </SectionContextProvider>
    </Provider>
  );
}

// The section's words join the shell's i18next as soon as the remote loads.
registerSectionMessages(FOLLOW_UP_NAMESPACE, followUpMessages);
// The words for the API's refusals join the common namespace, where the kit's error helpers read them.
registerSectionMessages(COMMON_NAMESPACE, followUpRefusalMessages);

/**
 * The follow-up section: the indicators of the routes' action plans and their progress reports
 * (reported, verified or returned), the surveys of participants and their results, and what
 * came after the routes (events, scaling stories). A survey's personal link is answered
 * without signing in, on the shell's `/survey` page.
 */
const section: SectionModule = {
  id: 'follow-up',
  title: labelsOf(followUpMessages, 'sectionTitle'),
  requiredRoles: [],
  nav: [
    { path: '', label: labelsOf(followUpMessages, 'navIndicators') },
    { path: 'surveys', label: labelsOf(followUpMessages, 'navSurveys'), roles: STAFF },
    { path: 'events', label: labelsOf(followUpMessages, 'navEvents'), roles: STAFF },
    { path: 'periods', label: labelsOf(followUpMessages, 'navPeriods'), roles: STAFF },
    { path: 'verification', label: labelsOf(followUpMessages, 'navVerification'), roles: ['EDITOR'] },
  ],
  Component: FollowUpSection,
  tiles: followUpTiles,
};

export default section;
