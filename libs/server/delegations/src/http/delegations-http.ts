import type { ModuleHttp } from '@lr/server-core';
import { templateCsv } from '../import/participant-csv';

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
}
