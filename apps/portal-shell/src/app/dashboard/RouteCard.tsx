import type { PortalLanguage } from '@lr/portal-shell-contract';
import { Skeleton } from '@lr/portal-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TileHost } from './TileHost';
import type { PlacedTile } from './tile-filter';
import { useNearViewport } from './use-near-viewport';

export interface DashboardRoute {
  id: string;
  title: string;
  startDate?: string | null;
  endDate?: string | null;
  hostCountry: { code: string; name: string };
  programme: { id: string; name: string };
}

/** "12 – 19 May 2025" in the user's language; dates are calendar days (no time zone). */
function dateRange(start: string | null | undefined, end: string | null | undefined, language: PortalLanguage): string | null {
  if (!start) return null;
  const format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const from = new Date(`${start}T00:00:00Z`);
  return end ? format.formatRange(from, new Date(`${end}T00:00:00Z`)) : format.format(from);
}

/**
 * A route on the home: what the shell knows (title, host country, dates), then every section's
 * route tiles, asked for once the card comes near the screen.
 */
export function RouteCard({ route, tiles, language }: { route: DashboardRoute; tiles: PlacedTile[]; language: PortalLanguage }) {
  const { t } = useTranslation('shell');
  const headingId = useId();
  const { ref, near } = useNearViewport<HTMLElement>();
  const dates = dateRange(route.startDate, route.endDate, language);
  return (
    <article ref={ref} className="lr-card lr-route-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="lr-route-card__title">
        {route.title}
      </h3>
      <p className="lr-route-card__meta">
        {route.hostCountry.name}
        {dates && <> · {dates}</>}
      </p>
      {tiles.length === 0 ? null : near ? (
        <div className="lr-tiles">
          {tiles.map((placed) => (
            <TileHost key={placed.key} placed={placed} routeId={route.id} programmeId={route.programme.id} />
          ))}
        </div>
      ) : (
        <div className="lr-tiles" aria-busy="true" aria-label={t('dashboardTilesLoading')}>
          <Skeleton width="60%" />
        </div>
      )}
    </article>
  );
}
