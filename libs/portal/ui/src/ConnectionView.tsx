import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableProps } from './DataTable';
import { ErrorPanel } from './ErrorPanel';
import { Pagination } from './Pagination';
import type { ListPages } from './url-list-state';

export interface ConnectionLike<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: T }[];
}

export interface ConnectionViewProps<T> extends Omit<DataTableProps<T>, 'rows' | 'loading'> {
  connection: ConnectionLike<T> | undefined;
  fetching: boolean;
  /** A message when the list failed to load; shown with a retry in place of the table. */
  error?: string;
  onRetry(): void;
  /** The list's page in the address (`useUrlListState(…).pages`). */
  pages: ListPages;
  pageSize: number;
}

/**
 * One page of a Relay connection as a table with its pager, a skeleton while loading, the empty
 * message, or an error panel with a retry: every list in every section looks and behaves alike.
 */
export function ConnectionView<T>({ connection, fetching, error, onRetry, pages, pageSize, ...table }: ConnectionViewProps<T>) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  if (error) {
    return (
      <ErrorPanel title={t('listLoadFailed')} onRetry={onRetry}>
        {error}
      </ErrorPanel>
    );
  }
  return (
    <>
      <DataTable {...table} loading={fetching} rows={connection?.edges.map((e) => e.node)} />
      {connection && (
        <Pagination
          totalCount={connection.totalCount}
          pageSize={pageSize}
          page={pages.page}
          hasNextPage={connection.pageInfo.hasNextPage}
          onPrevious={pages.previous}
          onNext={() => pages.next(connection.pageInfo.endCursor ?? null)}
        />
      )}
    </>
  );
}
