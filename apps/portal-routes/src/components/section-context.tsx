import { createSectionContext } from '@lr/portal-ui';
import { routesMessages } from '../messages';

/** The routes section edits the core module. */
export const { SectionContextProvider, useSection } = createSectionContext(routesMessages, 'core');
