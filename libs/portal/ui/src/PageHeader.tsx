import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';
import { usePageContext } from './page-context';
import { usePageTitle } from './page-title';

export interface PageHeaderProps {
  title: string;
  /**
   * The pages above this one, below the section's home (which leads the trail by itself), e.g.
   * `[{ label: t('navPeople'), to: '/routes/people' }]`; `[]` for a page right under the home.
   * Left out on the section's home: no trail.
   */
  breadcrumbs?: Crumb[];
  /** Shown next to the title, e.g. a status badge. */
  badge?: ReactNode;
  /** The page's main actions, on the right (below the title on a phone). */
  children?: ReactNode;
}

/**
 * A page's top: breadcrumbs, its one h1 (which the shell focuses after each navigation, so a
 * screen reader announces the new page), its main actions, and the browser tab's title.
 */
export function PageHeader({ title, breadcrumbs, badge, children }: PageHeaderProps) {
  const { sectionTitle, basePath } = usePageContext();
  usePageTitle(title);
  const trail = breadcrumbs && sectionTitle ? [{ label: sectionTitle, to: basePath }, ...breadcrumbs] : breadcrumbs;
  return (
    <>
      {trail && <Breadcrumbs trail={trail} current={title} />}
      <div className="lr-toolbar">
        <div className="lr-toolbar__title">
          <h1 tabIndex={-1}>{title}</h1>
          {badge}
        </div>
        {children && <div className="lr-form-actions lr-page-actions">{children}</div>}
      </div>
    </>
  );
}
