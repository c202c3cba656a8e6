import type { ComponentType } from 'react';
import type { Client } from 'urql';
import type { PortalLanguage, PortalRole, PortalUser, ToastAction } from './index';

/**
 * Where a tile stands on the portal's home: in each route's card (`route`), in each programme's
 * heading (`programme`), or once, in the signed-in person's own area (`me`, for participants).
 */
export type TileScope = 'route' | 'programme' | 'me';

/** What the shell hands to a tile. */
export interface TileProps {
  /** The shared GraphQL client, already authenticated; the tile is rendered inside its urql Provider. */
  client: Client;
  language: PortalLanguage;
  user: PortalUser;
  /** The route of the card (scope `route`). */
  routeId?: string;
  /** The programme of the card (scopes `route` and `programme`). */
  programmeId?: string;
  /** Where the tile's section is mounted, e.g. /logistics: tiles link into it. */
  basePath: string;
  notify(message: string, kind?: 'success' | 'error' | 'info', action?: ToastAction): void;
}

/**
 * One figure a section adds to the portal's home, e.g. the budget burn of a route, linking into
 * the section. The shell keeps its failure to itself (a tile that throws renders nothing) and
 * orders tiles by section, then as listed. A tile with nothing to say (no data, or not for this
 * user) renders `null`. The class names the shell styles: `lr-tile` on the tile's root (with
 * `lr-tile--alert` when something needs attention), `lr-tile__title`, `lr-tile__figure`,
 * `lr-tile__detail`, `lr-tile__link`.
 *
 * @example tiles: [{ id: 'budget-burn', scope: 'route', roles: ['EDITOR', 'VIEWER'], Component: BudgetBurnTile }]
 */
export interface DashboardTile {
  /** Unique within the section. */
  id: string;
  scope: TileScope;
  /**
   * Shown only to users with one of these roles (admins always, as in the navigation). Empty or
   * absent: everyone. `me` tiles show to participants only, whatever the roles.
   */
  roles?: PortalRole[];
  Component: ComponentType<TileProps>;
}
