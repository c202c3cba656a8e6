import { hasRole } from '@lr/portal-shell-contract';
import { Skeleton } from '@lr/portal-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useShell } from './shell-state';
import type { SectionState } from './use-sections';

/** How long the navigation waits for a slow section before showing the others anyway. */
const PATIENCE_MS = 3000;

/**
 * The navigation: home, then each section with the entries its module declares. Until every
 * section has answered (loaded or failed), for a few seconds at most, it shows a placeholder,
 * so entries do not pop in one by one and push the others down.
 */
export function NavMenu({ sections }: { sections: SectionState[] }) {
  const { user, language } = useShell();
  const { t } = useTranslation('shell');
  const [outOfPatience, setOutOfPatience] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setOutOfPatience(true), PATIENCE_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!user) return null;
  if (!outOfPatience && sections.some((s) => s.status === 'loading')) {
    return (
      <div className="lr-nav__loading" aria-busy="true">
        <span className="lr-visually-hidden">{t('sectionsLoading')}</span>
        {sections.map((s) => (
          <Skeleton key={s.remote.section} width="70%" />
        ))}
      </div>
    );
  }
  return (
    <ul>
      <li>
        <NavLink to="/" end>
          {t('home')}
        </NavLink>
      </li>
      {sections.map((s) => (
        <li key={s.remote.section}>
          <NavLink to={`/${s.remote.section}`} end>
            {s.status === 'ready' ? s.module.title[language] : s.remote.title[language]}
          </NavLink>
          {s.status === 'ready' && (
            <ul>
              {s.module.nav
                .filter((entry) => entry.path !== '' && hasRole(user, entry.roles))
                .map((entry) => (
                  <li key={entry.path}>
                    <NavLink to={`/${s.remote.section}/${entry.path}`}>{entry.label[language]}</NavLink>
                  </li>
                ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
