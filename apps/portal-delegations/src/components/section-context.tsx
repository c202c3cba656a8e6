import { createSectionContext } from '@lr/portal-ui';

/** The delegations section edits the delegations module. */
export const { SectionContextProvider, useSection } = createSectionContext('delegations');
