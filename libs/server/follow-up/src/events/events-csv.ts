import type { Response } from 'express';
import { assertAllowed, eachRow, filterFromQuery, localize, notForPartnersValue, rowsInPages, streamCsv, type CsvColumn, type ModuleHttp, type RequestContext } from '@lr/server-core';
import { loadRoute } from '@lr/server-core-domain';
import type { FollowUpEvent } from './follow-up-event.entity';
import { FollowUpEventFilter } from './follow-up-event.inputs';
import { EVENT_SORT, eventsQuery } from './follow-up-event.service';

interface EventRow {
  event: FollowUpEvent;
  title: string | null;
  notes: string | null;
  route: string | null;
}

function columns(ctx: RequestContext): CsvColumn<EventRow>[] {
  return [
    { header: 'event_id', value: (r) => r.event.id },
    { header: 'route', value: (r) => r.route },
    { header: 'kind', value: (r) => r.event.kind },
    { header: 'date', value: (r) => r.event.date },
    { header: 'title', value: (r) => r.title },
    { header: 'country_code', value: (r) => r.event.countryCode },
    // Who took part is not for partners' keys, as `FollowUpEvent.participants`.
    { header: 'participant_count', value: notForPartnersValue(ctx, (r) => r.event.participantIds.length) },
    { header: 'notes', value: (r) => r.notes },
  ];
}

/**
 * `GET /follow-up/events.csv?<followUpEvents(filter:) fields>`: the events the list shows the
 * caller (participants those of their routes), oldest first.
 */
export async function exportEventsCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  assertAllowed(ctx, ['READ'], 'events.csv');
  const filter = await filterFromQuery(FollowUpEventFilter, query);
  const rows = eachRow(rowsInPages(await eventsQuery(ctx, filter), EVENT_SORT), (events) =>
    Promise.all(
      events.map(async (event): Promise<EventRow> => {
        const route = await loadRoute(ctx, event.routeId);
        return { event, title: localize(event.title, ctx.language), notes: localize(event.notes, ctx.language), route: route ? localize(route.title, ctx.language) : null };
      }),
    ),
  );
  await streamCsv(res, { fileName: 'events.csv', columns: columns(ctx), rows });
}

/** The events list as CSV (issue 14). */
export function mountEventsCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/follow-up/events.csv',
    handle((req, res, ctx) => exportEventsCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
