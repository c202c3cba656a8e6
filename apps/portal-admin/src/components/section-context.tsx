import { createSectionContext } from '@lr/portal-ui';

/** The admin section edits the platform module. */
export const { SectionContextProvider, useSection } = createSectionContext('platform');
