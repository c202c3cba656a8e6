import { useChosenRoute as useSectionRoute } from '@lr/portal-ui';

/** The route this section's pages work on: in the address, remembered in this browser (and the day or night chosen on the last one). */
export const useChosenRoute = () => useSectionRoute('logistics', ['date', 'night']);
