import type { ModulePart } from '../common/module-part';
import { AgendaDay } from './agenda-day.entity';
import { AgendaSession } from './agenda-session.entity';

/** What the agenda area adds to the logistics module. */
export const agendaPart: ModulePart = {
  entities: [AgendaDay, AgendaSession],
};
