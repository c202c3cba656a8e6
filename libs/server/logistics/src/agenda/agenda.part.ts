import { restrictDelete } from '@lr/server-core';
import { LearningRoute, Person } from '@lr/server-core-domain';
import { Champion } from '@lr/server-champions';
import { Practice } from '@lr/server-practices';
import type { ModulePart } from '../common/module-part';
import { AgendaDay } from './agenda-day.entity';
import { AgendaDayResolver, AgendaDayTextResolver } from './agenda-day.resolver';
import { AgendaDayService } from './agenda-day.service';
import { seedAgendaDemo } from '../demo/agenda-demo';
import { AgendaSession } from './agenda-session.entity';
import { AgendaSessionResolver, AgendaSessionTextResolver } from './agenda-session.resolver';
import { AgendaSessionService } from './agenda-session.service';
import { agendaReadyGuard } from './checks/agenda-phase-guard';
import { RouteAgendaResolver } from './route-agenda.resolver';

/** What the agenda area adds to the logistics module: days and sessions, their checks and the phase guard. */
export const agendaPart: ModulePart = {
  entities: [AgendaDay, AgendaSession],
  resolvers: [AgendaDayResolver, AgendaDayTextResolver, AgendaSessionResolver, AgendaSessionTextResolver, RouteAgendaResolver],
  services: [AgendaDayService, AgendaSessionService],
  references: [
    // A route with an agenda is not deleted from under it; nor a day that still has sessions.
    restrictDelete(AgendaDay, 'routeId', LearningRoute, ['agenda day', 'agenda days']),
    restrictDelete(AgendaSession, 'dayId', AgendaDay, ['agenda session', 'agenda sessions']),
    // What sessions name: the case, the champions leading, the interpreters.
    restrictDelete(AgendaSession, 'practiceId', Practice, ['agenda session', 'agenda sessions']),
    restrictDelete(AgendaSession, 'championIds', Champion, ['agenda session (as leader)', 'agenda sessions (as leader)']),
    restrictDelete(AgendaSession, 'interpreterIds', Person, ['agenda session (as interpreter)', 'agenda sessions (as interpreter)']),
  ],
  guards: [agendaReadyGuard],
  seedDemo: seedAgendaDemo,
};
