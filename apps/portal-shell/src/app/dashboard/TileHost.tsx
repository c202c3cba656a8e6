import type { TileProps } from '@lr/portal-shell-contract';
import { Provider } from 'urql';
import { SectionErrorBoundary } from '../SectionErrorBoundary';
import { useShell } from '../shell-state';
import type { PlacedTile } from './tile-filter';

/**
 * One section's tile in the shell's frame (which takes no box of its own: the tile's root is the
 * `lr-tile`). A tile that throws renders nothing: one module's trouble never blanks the card.
 */
export function TileHost({ placed, routeId, programmeId }: { placed: PlacedTile; routeId?: string; programmeId?: string }) {
  const { client, user, language, toasts } = useShell();
  if (!user) return null;
  const { Component } = placed.tile;
  const props: TileProps = { client, language, user, routeId, programmeId, basePath: `/${placed.section}`, notify: toasts.notify };
  return (
    <div className="lr-tile-frame" data-tile={placed.key}>
      <SectionErrorBoundary fallback={() => null}>
        <Provider value={client}>
          <Component {...props} />
        </Provider>
      </SectionErrorBoundary>
    </div>
  );
}
