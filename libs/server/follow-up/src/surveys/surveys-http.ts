import { canEdit, ForbiddenError, sendDownload, ValidationError, type ModuleHttp } from '@lr/server-core';
import { isUUID } from 'class-validator';
import { FOLLOW_UP } from '../common/access';
import { surveyResponsesCsv } from './survey-responses-csv';

/** `GET /follow-up/surveys/:id/responses.csv`: a survey's responses, for editors of follow-up and admins. */
export function mountSurveysHttp({ app, handle }: ModuleHttp): void {
  app.get(
    '/follow-up/surveys/:id/responses.csv',
    handle(async (req, res, ctx) => {
      if (!canEdit(ctx.principal, FOLLOW_UP)) throw new ForbiddenError("Only editors of follow-up and admins may export a survey's responses");
      const id = String(req.params['id']);
      if (!isUUID(id)) throw ValidationError.field('id', 'must be a UUID', 'isUuid');
      const { csv, fileName } = await surveyResponsesCsv(ctx, id);
      sendDownload(res, { contentType: 'text/csv; charset=utf-8', fileName, body: csv });
    }),
  );
}
