import { Pagination } from '@lr/portal-ui';
import { useSection } from './section-context';

export const PAGE_SIZE = 20;

/** Pagination with the section's wording. */
export function ListFooter(props: { totalCount: number; page: number; hasNextPage: boolean; onPrevious(): void; onNext(): void }) {
  const { t } = useSection();
  return (
    <Pagination
      {...props}
      pageSize={PAGE_SIZE}
      labels={{ previous: t('previous'), next: t('next'), range: (from, to, total) => t('range', { from, to, total }) }}
    />
  );
}
