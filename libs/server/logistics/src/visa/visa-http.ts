import type { ModuleHttp } from '@lr/server-core';
import { RouteLogisticsService } from '../settings/route-logistics.service';
import { TravellerService } from '../travel/traveller.service';
import { VisaLetterService } from './visa-letter.service';
import { VisaLetterTemplateService } from './visa-letter-template.service';

/**
 * `GET /logistics/travellers/:id/visa-letter.pdf`: the traveller's visa invitation letter, for
 * admins, logistics editors and the traveller themself. Same credentials and error body as the
 * GraphQL API (BAD_USER_INPUT naming the missing passport fields, CONFLICT without a template).
 */
export function mountVisaHttp({ app, handle }: ModuleHttp): void {
  // The endpoints are not resolvers, so the container does not build these; none keeps state.
  const settings = new RouteLogisticsService();
  const letters = new VisaLetterService(new TravellerService(settings), settings, new VisaLetterTemplateService());
  app.get(
    '/logistics/travellers/:id/visa-letter.pdf',
    handle(async (req, res, ctx) => {
      const { bytes, fileName } = await letters.letter(ctx, String(req.params['id']));
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
      // It prints passport details: never kept by a browser or a proxy.
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.send(bytes);
    }),
  );
}
