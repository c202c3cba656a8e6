import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from './fields';
import { Skeleton } from './Skeleton';

export interface Column<T> {
  key: string;
  header: string;
  render(row: T): ReactNode;
  /** Column can be sorted by the API under this key. */
  sortable?: boolean;
}

export interface SortState {
  key: string;
  direction: 'ASC' | 'DESC';
}

export interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey(row: T): string;
  loading?: boolean;
  sort?: SortState;
  onSortChange?(sort: SortState): void;
  /** Shown when the list is empty; say why and what to do. */
  empty: ReactNode;
}

/**
 * A list as a real table: sortable headers are buttons with aria-sort, loading shows skeleton
 * rows. On a phone each row becomes a card (every cell labelled with its column), and a
 * "Sort by" select stands in for the headers.
 */
export function DataTable<T>({ caption, columns, rows, rowKey, loading, sort, onSortChange, empty }: DataTableProps<T>) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const toggle = (key: string) => onSortChange?.({ key, direction: sort?.key === key && sort.direction === 'ASC' ? 'DESC' : 'ASC' });
  const sortable = onSortChange ? columns.filter((c) => c.sortable) : [];
  return (
    <>
      {sort && sortable.length > 0 && (
        <div className="lr-sort-select">
          <SelectField
            label={t('sortBy')}
            value={`${sort.key}:${sort.direction}`}
            onChange={(e) => {
              const [key, direction] = e.target.value.split(':');
              onSortChange?.({ key, direction: direction === 'DESC' ? 'DESC' : 'ASC' });
            }}
            options={sortable.flatMap((c) =>
              (['ASC', 'DESC'] as const).map((direction) => ({
                value: `${c.key}:${direction}`,
                label: t('sortOption', { column: c.header, direction: t(direction === 'ASC' ? 'ascending' : 'descending') }),
              })),
            )}
          />
        </div>
      )}
      <div className="lr-table-wrap">
        <table className="lr-table lr-table--cards">
          <caption className="lr-visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort?.key === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={active ? (sort?.direction === 'ASC' ? 'ascending' : 'descending') : undefined}>
                    {c.sortable && onSortChange ? (
                      <button type="button" className="lr-sort" onClick={() => toggle(c.key)}>
                        {c.header}
                        <span aria-hidden="true">{active ? (sort?.direction === 'ASC' ? ' ▲' : ' ▼') : ' ↕'}</span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody aria-busy={loading || undefined}>
            {loading && !rows?.length
              ? Array.from({ length: 5 }, (_, i) => (
                  <tr key={`skeleton-${i}`}>
                    {columns.map((c) => (
                      <td key={c.key} data-label={c.header}>
                        <Skeleton />
                      </td>
                    ))}
                  </tr>
                ))
              : rows?.map((row) => (
                  <tr key={rowKey(row)}>
                    {columns.map((c) => (
                      <td key={c.key} data-label={c.header}>
                        {c.render(row)}
                      </td>
                    ))}
                  </tr>
                ))}
          </tbody>
        </table>
        {!loading && rows?.length === 0 && <div className="lr-empty">{empty}</div>}
      </div>
    </>
  );
}
