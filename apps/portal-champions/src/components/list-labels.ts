import { useSection } from './section-context';

export const PAGE_SIZE = 20;

/** The wording every list of the section passes to ConnectionView. */
export function useListLabels() {
  const { t } = useSection();
  return {
    loadFailed: t('loadFailed'),
    retry: t('retry'),
    previous: t('previous'),
    next: t('next'),
    range: (from: number, to: number, total: number) => t('range', { from, to, total }),
  };
}
