import { createSectionContext } from '@lr/portal-ui';
import { messages } from '../messages';

/** The champions section edits the champions module. */
export const { SectionContextProvider, useSection } = createSectionContext(messages, 'champions');
