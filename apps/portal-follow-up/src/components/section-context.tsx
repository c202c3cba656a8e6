import { createSectionContext } from '@lr/portal-ui';

/** The follow-up section edits the follow-up module. */
export const { SectionContextProvider, useSection } = createSectionContext('follow-up');
