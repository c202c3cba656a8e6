import { createSectionContext } from '@lr/portal-ui';

/** The routes section edits the core module. */
export const { SectionContextProvider, useSection } = createSectionContext('core');
