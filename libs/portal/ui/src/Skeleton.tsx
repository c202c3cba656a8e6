export function Skeleton({ width = '100%' }: { width?: string }) {
  return <span className="lr-skeleton" style={{ width }} aria-hidden="true" />;
}
