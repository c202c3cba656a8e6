import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

/** Rows a list shows per page, in every section. */
export const PAGE_SIZE = 20;

export interface PaginationProps {
  totalCount: number;
  pageSize: number;
  /** Zero-based index of the page shown. */
  page: number;
  hasNextPage: boolean;
  onPrevious(): void;
  onNext(): void;
}

export function Pagination({ totalCount, pageSize, page, hasNextPage, onPrevious, onNext }: PaginationProps) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const from = totalCount === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(totalCount, (page + 1) * pageSize);
  return (
    <nav className="lr-pagination" aria-label={t('pagination')}>
      <span aria-live="polite">{t('range', { from, to, total: totalCount })}</span>
      <Button onClick={onPrevious} disabled={page === 0}>
        {t('previousPage')}
      </Button>
      <Button onClick={onNext} disabled={!hasNextPage}>
        {t('nextPage')}
      </Button>
    </nav>
  );
}
