import type { ModuleHttp } from '@lr/server-core';
import { templateCsv } from '../import/participant-csv';
import { exportDelegationsCsv } from '../delegations/delegations-csv';
import { exportParticipantsCsv } from '../participants/participants-csv';

/** The import template as a file to download (the same text as `participantImportTemplate`). */
export function mountDelegationsHttp({ app, handle }: ModuleHttp): void {
  app.get(
    '/delegations/participants-template.csv',
    handle(async (_req, res) => {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="participants-template.csv"');
      res.send(templateCsv());
    }),
  );

  // The list as CSV (issue 14): same filters and visibility as `participants(filter:)`.
  app.get(
    '/delegations/participants.csv',
    handle((req, res, ctx) => exportParticipantsCsv(ctx, req.query as Record<string, unknown>, res)),
  );
  app.get(
    '/delegations/delegations.csv',
    handle((req, res, ctx) => exportDelegationsCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
