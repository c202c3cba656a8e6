import type { SearchProvider } from '@lr/portal-shell-contract';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFocusTrap } from '@lr/portal-ui';
import { useShell } from '../shell-state';
import { MIN_TERM, usePaletteSearch } from './use-palette-search';

/**
 * The header's search: a combobox over the sections' search providers, results grouped by
 * kind in a listbox. Arrow keys move through the results, Enter opens one, Escape closes; the
 * dialog is modal, so focus stays in it.
 */
export function CommandPalette({
  open,
  onClose,
  providers,
}: {
  open: boolean;
  onClose(): void;
  providers: SearchProvider[];
}) {
  const { t } = useTranslation('shell');
  const { language } = useShell();
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const [term, setTerm] = useState('');
  const [active, setActive] = useState(0);
  const { groups, searching, partial } = usePaletteSearch(term, providers);
  const options = groups.flatMap((g) => g.results);
  const base = useId();
  const optionId = (index: number) => `${base}-option-${index}`;
  const listId = `${base}-list`;
  const hintId = `${base}-hint`;
  useFocusTrap(dialog, open);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setTerm('');
      element.showModal();
    }
    if (!open && element.open) element.close();
  }, [open]);
  useEffect(() => setActive(0), [groups]);

  function choose(index: number) {
    const result = options[index];
    if (!result) return;
    onClose();
    navigate(result.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!options.length) return;
      setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    }
  }

  const trimmed = term.trim();
  const status =
    trimmed.length < MIN_TERM
      ? ''
      : searching
        ? t('searchSearching')
        : options.length
          ? t('searchResults', { count: options.length })
          : t('searchNothing', { term: trimmed });
  let index = -1;
  return (
    <dialog
      ref={dialog}
      className="lr-dialog lr-palette"
      aria-label={t('searchDialog')}
      onCancel={(e) => (e.preventDefault(), onClose())}
    >
      {/* Its contents exist only while it is open: nothing of it is found (or read) otherwise. */}
      {open && (
        <>
          <input
            className="lr-input lr-palette__input"
            type="search"
            role="combobox"
            aria-label={t('searchInput')}
            aria-describedby={hintId}
            aria-expanded={options.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={options.length ? optionId(active) : undefined}
            placeholder={t('searchInput')}
            autoComplete="off"
            value={term}
            onChange={(e) => setTerm(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <p id={hintId} className="lr-field__hint">
            {t('searchHint')}
          </p>
          <div
            id={listId}
            role="listbox"
            aria-label={t('searchDialog')}
            className="lr-palette__list"
          >
            {groups.map((group) => (
              <div key={group.provider.id} role="group" aria-label={group.provider.group[language]}>
                <div className="lr-palette__group" aria-hidden="true">
                  {group.provider.group[language]}
                </div>
                {group.results.map((result) => {
                  index += 1;
                  const mine = index;
                  return (
                    <div
                      key={`${group.provider.id}-${result.id}`}
                      id={optionId(mine)}
                      role="option"
                      aria-selected={mine === active}
                      className="lr-palette__option"
                      onMouseMove={() => setActive(mine)}
                      onClick={() => choose(mine)}
                    >
                      <span>{result.label}</span>
                      {result.detail && <span className="lr-palette__detail">{result.detail}</span>}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          <p className="lr-palette__status" role="status">
            {status}
            {partial && ` ${t('searchSomeFailed')}`}
          </p>
        </>
      )}
    </dialog>
  );
}
