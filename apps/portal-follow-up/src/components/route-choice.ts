import { useChosenRoute as useSectionRoute } from '@lr/portal-ui';

/** The route this section's pages work on: in the address, remembered in this browser. */
export const useChosenRoute = () => useSectionRoute('follow-up');
