import type { ModulePart } from '../common/module-part';
import { mountAgendaExports } from './agenda-exports-http';

/** What the exports area adds to the logistics module: the agenda as iCalendar and PDF downloads. */
export const exportsPart: ModulePart = {
  http: mountAgendaExports,
};
