import { createSectionContext } from '@lr/portal-ui';

/** The action-plans section edits the action-plans module. */
export const { SectionContextProvider, useSection } = createSectionContext('action-plans');
