import type { Request } from 'express';
import { fileNameWords, localize, sendDownload, type Language, type ModuleHttp, type RequestContext } from '@lr/server-core';
import type { LearningRoute } from '@lr/server-core-domain';
import { routeAgenda, type RouteAgendaSession } from '../agenda/agenda-reads';
import { AGENDA_LABELS } from './agenda-labels';
import { agendaCalendar, type CalendarEntry } from './agenda-calendar';
import { agendaPdf } from './agenda-pdf';
import { exportLanguage } from './download';
import { assertMayReadPersonAgenda } from './export-access';
import { personAgenda } from './person-agenda';
import { sessionDetails } from './session-details';

const ICS = 'text/calendar; charset=utf-8';
const PDF = 'application/pdf';

const param = (req: Request, name: string) => String(req.params[name]);

/** Calendar entries for some sessions of one route, their texts in `language`. */
async function entriesOf(ctx: RequestContext, route: LearningRoute, sessions: RouteAgendaSession[], language: Language): Promise<CalendarEntry[]> {
  const details = await sessionDetails(ctx, sessions, language, AGENDA_LABELS[language]);
  const routeTitle = localize(route.title, language) ?? '';
  return sessions.flatMap((t) => {
    const d = details.get(t.session.id);
    return d ? [{ session: t.session, startsAt: t.startsAt, endsAt: t.endsAt, routeTitle, details: d }] : [];
  });
}

/**
 * The agenda as files (issue 11): a route's calendar and printable PDF, and a person's calendar
 * across routes. Same credentials as the API and the agenda's visibility (`routeAgenda`);
 * errors in the API's JSON shape (NOT_FOUND, FORBIDDEN, BAD_USER_INPUT on `lang`).
 */
export function mountAgendaExports({ app, handle }: ModuleHttp): void {
  app.get(
    '/logistics/routes/:routeId/agenda.ics',
    handle(async (req, res, ctx) => {
      const language = exportLanguage(req.query, ctx);
      const labels = AGENDA_LABELS[language];
      const agenda = await routeAgenda(ctx, param(req, 'routeId'));
      const routeTitle = localize(agenda.route.title, language) ?? '';
      const entries = await entriesOf(
        ctx,
        agenda.route,
        agenda.days.flatMap((d) => d.sessions),
        language,
      );
      sendDownload(res, {
        contentType: ICS,
        fileName: `agenda-${fileNameWords(routeTitle) || agenda.route.id}-${language}.ics`,
        body: agendaCalendar(`${labels.agenda} — ${routeTitle}`, entries, language, labels),
        language,
      });
    }),
  );

  app.get(
    '/logistics/people/:personId/agenda.ics',
    handle(async (req, res, ctx) => {
      const language = exportLanguage(req.query, ctx);
      const labels = AGENDA_LABELS[language];
      const personId = param(req, 'personId');
      assertMayReadPersonAgenda(ctx, personId);
      const { person, routes } = await personAgenda(ctx, personId);
      const entries = (await Promise.all(routes.map((r) => entriesOf(ctx, r.route, r.sessions, language)))).flat();
      const name = `${person.givenName} ${person.familyName}`;
      sendDownload(res, {
        contentType: ICS,
        fileName: `agenda-${fileNameWords(name) || person.id}-${language}.ics`,
        body: agendaCalendar(`${labels.agendaOf} ${name}`, entries, language, labels),
        language,
      });
    }),
  );

  app.get(
    '/logistics/routes/:routeId/agenda.pdf',
    handle(async (req, res, ctx) => {
      const language = exportLanguage(req.query, ctx);
      const labels = AGENDA_LABELS[language];
      const agenda = await routeAgenda(ctx, param(req, 'routeId'));
      const details = await sessionDetails(
        ctx,
        agenda.days.flatMap((d) => d.sessions),
        language,
        labels,
      );
      const routeTitle = localize(agenda.route.title, language) ?? '';
      sendDownload(res, {
        contentType: PDF,
        fileName: `agenda-${fileNameWords(routeTitle) || agenda.route.id}-${language}.pdf`,
        body: await agendaPdf(agenda, details, language, labels),
        language,
      });
    }),
  );
}
