import { createSectionContext } from '@lr/portal-ui';

/** The logistics section edits the logistics module. */
export const { SectionContextProvider, useSection } = createSectionContext('logistics');
