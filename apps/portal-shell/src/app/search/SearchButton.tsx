import type { SearchProvider } from '@lr/portal-shell-contract';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionState } from '../use-sections';
import { CommandPalette } from './CommandPalette';
import { FOUND_BY_SERVER, serverSearchProviders } from './server-search';

/**
 * The header's search button, and Ctrl+K / Cmd+K anywhere, opening the command palette: the
 * server's search across modules first, then what only the loaded sections find.
 */
export function SearchButton({ sections }: { sections: SectionState[] }) {
  const { t } = useTranslation('shell');
  const [open, setOpen] = useState(false);
  const server = useMemo(serverSearchProviders, []);
  const providers = useMemo<SearchProvider[]>(
    () => [...server, ...sections.flatMap((s) => (s.status === 'ready' ? (s.module.search ?? []) : [])).filter((p) => !FOUND_BY_SERVER.has(p.id))],
    [server, sections],
  );
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" className="lr-header__search" aria-haspopup="dialog" aria-keyshortcuts="Control+K Meta+K" onClick={() => setOpen(true)}>
        <span aria-hidden="true">⌕</span> {t('searchButton')} <kbd aria-hidden="true">{t('searchShortcut')}</kbd>
      </button>
      <CommandPalette open={open} onClose={() => setOpen(false)} providers={providers} />
    </>
  );
}
