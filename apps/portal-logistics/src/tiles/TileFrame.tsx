import { Skeleton } from '@lr/portal-ui';
import type { ReactNode } from 'react';

/** A tile's frame on the portal's home (the shell styles its classes), or its placeholder while loading. */
export function TileFrame({ title, loading, alert, children }: { title: string; loading?: boolean; alert?: boolean; children?: ReactNode }) {
  return (
    <div className={alert ? 'lr-tile lr-tile--alert' : 'lr-tile'} aria-busy={loading || undefined}>
      <p className="lr-tile__title">{title}</p>
      {loading ? <Skeleton width="50%" /> : children}
    </div>
  );
}
