import type { Messages } from '@lr/portal-i18n';
import type { en } from './en';

export const fr: Messages<typeof en> = {
  sectionTitle: 'Action Plans',
};
