import { createSectionContext } from '@lr/portal-ui';

/** The practices section edits the practices module. */
export const { SectionContextProvider, useSection } = createSectionContext('practices');
