import { hasRole, type DashboardTile, type PortalUser, type SectionModule, type TileScope } from '@lr/portal-shell-contract';
import type { SectionState } from '../use-sections';

/** One tile with the section it comes from (its base path and key). */
export interface PlacedTile {
  key: string;
  section: string;
  tile: DashboardTile;
}

/**
 * The tiles of one scope the user may see, from every section loaded so far, in the order of
 * the manifest and then as each section lists them. `me` tiles are the participants' own.
 */
export function tilesFor(sections: SectionState[], scope: TileScope, user: PortalUser): PlacedTile[] {
  if (scope === 'me' && user.role !== 'PARTICIPANT') return [];
  return sections
    .filter((s): s is SectionState & { status: 'ready'; module: SectionModule } => s.status === 'ready')
    .filter((s) => hasRole(user, s.module.requiredRoles))
    .flatMap((s) =>
      (s.module.tiles ?? [])
        .filter((tile) => tile.scope === scope && (scope === 'me' || hasRole(user, tile.roles)))
        .map((tile) => ({ key: `${s.remote.section}:${tile.id}`, section: s.remote.section, tile })),
    );
}
