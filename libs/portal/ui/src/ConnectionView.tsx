import { DataTable, type DataTableProps } from './DataTable';
import { ErrorPanel } from './ErrorPanel';
import { Pagination, type useCursorPages } from './Pagination';

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
  pages: ReturnType<typeof useCursorPages>;
  pageSize: number;
  labels: {
    loadFailed: string;
    retry: string;
    previous: string;
    next: string;
    range(from: number, to: number, total: number): string;
  };
}

/**
 * One page of a Relay connection as a table with its pager, a skeleton while loading, the empty
 * message, or an error panel with a retry: every list in every section looks and behaves alike.
 */
export function ConnectionView<T>({
  connection,
  fetching,
  error,
  onRetry,
  pages,
  pageSize,
  labels,
  ...table
}: ConnectionViewProps<T>) {
  if (error) {
    return (
      <ErrorPanel title={labels.loadFailed} onRetry={onRetry} retryLabel={labels.retry}>
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
          labels={labels}
        />
      )}
    </>
  );
}
