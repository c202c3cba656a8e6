import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  /** An absolute portal path; links to other sections go by URL too. */
  to: string;
}

/** Where the page sits: its parents as links, the page itself last (not a link). */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  return (
    <nav className="lr-breadcrumbs" aria-label={t('breadcrumbs')}>
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.to}>
            <Link to={crumb.to}>{crumb.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
