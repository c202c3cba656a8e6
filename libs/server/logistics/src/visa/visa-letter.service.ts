import { ConflictError, ForbiddenError, localize, ValidationError, type RequestContext } from '@lr/server-core';
import { getRoute, loadCountry, loadPerson } from '@lr/server-core-domain';
import { RouteLogisticsService } from '../settings/route-logistics.service';
import { missingPassportFields, PASSPORT_FIELD_LABELS } from '../travel/passport';
import { routeTravellers } from '../travel/route-travellers';
import { TravellerService } from '../travel/traveller.service';
import { dateInZone } from '../travel/zoned-time';
import { mayDownloadVisaLetter } from './visa-letter-access';
import { letterContent } from './visa-letter-content';
import { renderVisaLetter } from './visa-letter-pdf';
import { VisaLetterTemplateService } from './visa-letter-template.service';

/** "Hélène Marchand" → "marchand-helene", for a file name any system accepts. */
function slug(...parts: string[]): string {
  return parts
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A traveller's visa invitation letter: the host country's template filled with their passport
 * details and the route's dates, in their letter language (English when the template lacks it).
 * Not a resolver (it answers a file), so the HTTP hook builds it with its collaborators.
 */
export class VisaLetterService {
  constructor(
    private readonly travellers: TravellerService,
    private readonly settings: RouteLogisticsService,
    private readonly templates: VisaLetterTemplateService,
  ) {}

  async letter(ctx: RequestContext, travellerId: string): Promise<{ bytes: Buffer; fileName: string }> {
    // Callers who may not read the record (partners, other participants) get NOT_FOUND, as everywhere.
    const traveller = await this.travellers.get(ctx, travellerId);
    if (!mayDownloadVisaLetter(ctx.principal, traveller.personId)) {
      throw new ForbiddenError('Only admins, logistics editors and the traveller themself may download a visa letter: it prints passport details');
    }
    const missing = missingPassportFields(traveller);
    if (missing.length) {
      throw new ValidationError(missing.map((field) => ({ path: field, message: `is missing: the visa letter prints the traveller's ${PASSPORT_FIELD_LABELS[field]}`, constraint: 'visaLetterDetails' })));
    }
    const route = await getRoute(ctx, traveller.routeId);
    const [template, hostCountry, person, nationality, settings, travels] = await Promise.all([
      this.templates.byCountry(ctx, route.hostCountryCode),
      loadCountry(ctx, route.hostCountryCode),
      loadPerson(ctx, traveller.personId),
      loadCountry(ctx, traveller.nationalityCode as string),
      this.settings.settings(ctx, route.id),
      routeTravellers(ctx, route.id),
    ]);
    const hostName = localize(hostCountry?.name, ctx.language) ?? route.hostCountryCode;
    if (!template) {
      throw new ConflictError(`${hostName} (${route.hostCountryCode}) has no visa letter template yet: an admin or logistics editor saves one before letters can be produced`, {
        missing: ['VISA_LETTER_TEMPLATE'],
        hostCountryCode: route.hostCountryCode,
      });
    }
    if (!route.startDate || !route.endDate) throw new ConflictError('The route has no dates yet, and the letter prints them', { missing: ['ROUTE_DATES'] });
    const role = travels.get(traveller.personId)?.kind;
    if (!role) {
      throw new ConflictError('This person no longer travels on the route (withdrawn, or no longer in the route team): no letter invites them', { missing: ['TRAVELS'] });
    }
    const letter = letterContent({
      template,
      requestedLanguage: traveller.letterLanguage,
      traveller: {
        givenName: person?.givenName ?? '',
        familyName: person?.familyName ?? '',
        passportNumber: traveller.passportNumber as string,
        dateOfBirth: traveller.dateOfBirth as string,
        nationality: nationality?.name ?? { en: traveller.nationalityCode as string },
        role,
      },
      route: { title: route.title, startDate: route.startDate, endDate: route.endDate },
      city: settings.capitalCity,
      hostCountryName: hostCountry?.name ?? { en: route.hostCountryCode },
      issuedOn: dateInZone(new Date(), settings.timeZone),
    });
    return { bytes: await renderVisaLetter(letter), fileName: `visa-letter-${slug(person?.familyName ?? '', person?.givenName ?? '') || traveller.id}.pdf` };
  }
}
