import { useState } from 'react';
import { Button } from './Button';

export interface PaginationProps {
  totalCount: number;
  pageSize: number;
  /** Zero-based index of the page shown. */
  page: number;
  hasNextPage: boolean;
  onPrevious(): void;
  onNext(): void;
  labels: {
    previous: string;
    next: string;
    range(from: number, to: number, total: number): string;
  };
}

export function Pagination({
  totalCount,
  pageSize,
  page,
  hasNextPage,
  onPrevious,
  onNext,
  labels,
}: PaginationProps) {
  const from = totalCount === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(totalCount, (page + 1) * pageSize);
  return (
    <nav className="lr-pagination" aria-label="Pagination">
      <span aria-live="polite">{labels.range(from, to, totalCount)}</span>
      <Button onClick={onPrevious} disabled={page === 0}>
        {labels.previous}
      </Button>
      <Button onClick={onNext} disabled={!hasNextPage}>
        {labels.next}
      </Button>
    </nav>
  );
}

/**
 * Walks a Relay connection page by page. It remembers the cursor each page started after, so
 * "previous" needs no backward cursor from the API; `reset` goes back to the first page (call
 * it when filters change).
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length - 1,
    next: (endCursor: string | null) => setCursors((c) => [...c, endCursor]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    reset: () => setCursors([null]),
  };
}
