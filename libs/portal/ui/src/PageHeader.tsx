import type { ReactNode } from 'react';

/** A page's title with its main actions on the right. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="lr-toolbar">
      <h1>{title}</h1>
      {children && <div className="lr-form-actions">{children}</div>}
    </div>
  );
}
