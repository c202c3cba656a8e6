import { createSectionContext } from '@lr/portal-ui';
import { messages } from '../messages';

/** The practices section edits the practices module. */
export const { SectionContextProvider, useSection } = createSectionContext(messages, 'practices');
