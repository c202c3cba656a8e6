import type { ReactNode } from 'react';
import { Button } from './Button';

/** An error in place of content, with a way to try again. */
export function ErrorPanel({
  title,
  children,
  onRetry,
  retryLabel,
}: {
  title: string;
  children?: ReactNode;
  onRetry?(): void;
  retryLabel?: string;
}) {
  return (
    <section className="lr-error-panel" role="alert">
      <h2>{title}</h2>
      {children && <div>{children}</div>}
      {onRetry && <Button onClick={onRetry}>{retryLabel ?? 'Retry'}</Button>}
    </section>
  );
}
