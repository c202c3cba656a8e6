import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { NARROW_SCREEN, useMediaQuery } from './use-media-query';

export interface FilterBarProps {
  search: string;
  onSearch(value: string): void;
  /** The search box's label when "Search" says too little, e.g. what it searches. */
  searchLabel?: string;
  /** Extra filter controls (selects), laid out after the search box. */
  children?: ReactNode;
  /** Offers "Clear filters" when given (when any filter is set). */
  onClear?(): void;
}

/**
 * Text search (debounced, so typing does not fire a request per key) plus filter controls. On a
 * phone the controls fold behind a "Filters" button (open while a filter is set), so the list
 * starts on the first screen rather than below five stacked selects.
 */
export function FilterBar({ search, onSearch, searchLabel, children, onClear }: FilterBarProps) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const id = useId();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [text, setText] = useState(search);
  const [showFilters, setShowFilters] = useState(!!onClear);
  useEffect(() => setText(search), [search]);
  useEffect(() => {
    if (text === search) return;
    const timer = setTimeout(() => onSearch(text), 300);
    return () => clearTimeout(timer);
  }, [text, search, onSearch]);
  const folded = narrow && !!children && !showFilters;
  return (
    <form className="lr-filterbar" role="search" onSubmit={(e) => (e.preventDefault(), onSearch(text))}>
      <div className="lr-field">
        <label htmlFor={id} className="lr-field__label">
          {searchLabel ?? t('search')}
        </label>
        <input id={id} type="search" className="lr-input" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      {narrow && children && (
        <Button className="lr-filterbar__toggle" aria-expanded={!folded} aria-controls={`${id}-filters`} onClick={() => setShowFilters(folded)}>
          {t('filters')}
        </Button>
      )}
      <div id={`${id}-filters`} className="lr-filterbar__filters" hidden={folded}>
        {children}
      </div>
      {onClear && (
        <Button onClick={onClear} className="lr-filterbar__clear">
          {t('clearFilters')}
        </Button>
      )}
    </form>
  );
}
