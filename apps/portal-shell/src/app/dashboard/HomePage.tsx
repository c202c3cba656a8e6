import { errorMessage } from '@lr/portal-graphql';
import type { PortalLanguage, PortalUser } from '@lr/portal-shell-contract';
import { ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useShell } from '../shell-state';
import type { SectionState } from '../use-sections';
import './dashboard.css';
import { DashboardMyRoutesQuery, DashboardRoutesQuery } from './dashboard-queries';
import { RouteCard, type DashboardRoute } from './RouteCard';
import { TileHost } from './TileHost';
import { tilesFor } from './tile-filter';

const apiLanguage = (language: PortalLanguage) => language.toUpperCase() as 'EN' | 'FR' | 'ES';

/** The routes of the home: every route for the programme's staff, their own for a participant. */
function useDashboardRoutes(user: PortalUser, language: PortalLanguage) {
  const participant = user.role === 'PARTICIPANT';
  const variables = { lang: apiLanguage(language) };
  const [all, refetchAll] = useQuery({ query: DashboardRoutesQuery, variables, pause: participant, requestPolicy: 'cache-and-network' });
  const [mine, refetchMine] = useQuery({ query: DashboardMyRoutesQuery, variables, pause: !participant, requestPolicy: 'cache-and-network' });
  const result = participant ? mine : all;
  const routes: DashboardRoute[] | undefined = participant
    ? mine.data?.myParticipations.flatMap((p) => (p.route ? [p.route] : []))
    : all.data?.routes.edges.map((e) => e.node);
  const total = participant ? routes?.length ?? 0 : all.data?.routes.totalCount ?? 0;
  const retry = () => (participant ? refetchMine : refetchAll)({ requestPolicy: 'network-only' });
  return { routes, total, fetching: result.fetching, error: result.error, retry };
}

/** Routes grouped by programme, programmes in the order their first route comes. */
function byProgramme(routes: DashboardRoute[]) {
  const groups = new Map<string, { id: string; name: string; routes: DashboardRoute[] }>();
  for (const route of routes) {
    const group = groups.get(route.programme.id) ?? { ...route.programme, routes: [] };
    group.routes.push(route);
    groups.set(route.programme.id, group);
  }
  return [...groups.values()];
}

/**
 * The portal's home, a dashboard: for each programme the user works on, each route's card with
 * where it stands, in tiles each section contributes (`SectionModule.tiles`), so a new module
 * adds its figures without touching the shell. A participant sees their own part first (their
 * participation, plan, ballot and surveys), then their route.
 */
export function HomePage({ sections }: { sections: SectionState[] }) {
  const { user, language } = useShell();
  const { t } = useTranslation('shell');
  if (!user) return null;
  return (
    <>
      <PageHeader title={t('welcome', { name: user.displayName })} />
      <Dashboard user={user} language={language} sections={sections} />
    </>
  );
}

function Dashboard({ user, language, sections }: { user: PortalUser; language: PortalLanguage; sections: SectionState[] }) {
  const { t } = useTranslation('shell');
  const participant = user.role === 'PARTICIPANT';
  const { routes, total, fetching, error, retry } = useDashboardRoutes(user, language);
  const routeTiles = useMemo(() => tilesFor(sections, 'route', user), [sections, user]);
  const programmeTiles = useMemo(() => tilesFor(sections, 'programme', user), [sections, user]);
  const meTiles = useMemo(() => tilesFor(sections, 'me', user), [sections, user]);
  const groups = useMemo(() => byProgramme(routes ?? []), [routes]);

  const mine = participant && meTiles.length > 0 && (
    <section className="lr-dashboard__me" aria-labelledby="lr-dashboard-me">
      <h2 id="lr-dashboard-me">{t('dashboardMine')}</h2>
      <div className="lr-tiles">
        {meTiles.map((placed) => (
          <TileHost key={placed.key} placed={placed} />
        ))}
      </div>
    </section>
  );

  let body;
  if (error && !routes) {
    body = (
      <ErrorPanel title={t('dashboardFailed')} onRetry={retry}>
        <p>{errorMessage(error)}</p>
      </ErrorPanel>
    );
  } else if (!routes || (fetching && routes.length === 0)) {
    body = (
      <div aria-busy="true">
        <p>{t('dashboardLoading')}</p>
        <div className="lr-card lr-route-card">
          <Skeleton width="40%" />
          <Skeleton width="80%" />
        </div>
      </div>
    );
  } else if (routes.length === 0) {
    body = <p className="lr-notice lr-dashboard__empty">{participant ? t('dashboardNoOwnRoute') : t('dashboardNoRoutes')}</p>;
  } else {
    body = groups.map((group) => (
      <section key={group.id} className="lr-dashboard__programme" aria-labelledby={`lr-programme-${group.id}`}>
        <h2 id={`lr-programme-${group.id}`}>{participant ? t('dashboardMyRoutes', { count: group.routes.length }) : group.name}</h2>
        {programmeTiles.length > 0 && (
          <div className="lr-tiles lr-tiles--programme">
            {programmeTiles.map((placed) => (
              <TileHost key={placed.key} placed={placed} programmeId={group.id} />
            ))}
          </div>
        )}
        <div className="lr-route-cards">
          {group.routes.map((route) => (
            <RouteCard key={route.id} route={route} tiles={routeTiles} language={language} />
          ))}
        </div>
      </section>
    ));
  }

  return (
    <div className="lr-dashboard">
      <p className="lr-dashboard__intro">{participant ? t('dashboardIntroParticipant') : t('dashboardIntro')}</p>
      {mine}
      {body}
      {routes && total > routes.length && <p className="lr-dashboard__more">{t('dashboardMore', { shown: routes.length, total })}</p>}
    </div>
  );
}
