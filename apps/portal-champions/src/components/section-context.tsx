import { createSectionContext } from '@lr/portal-ui';

/** The champions section edits the champions module. */
export const { SectionContextProvider, useSection } = createSectionContext('champions');
