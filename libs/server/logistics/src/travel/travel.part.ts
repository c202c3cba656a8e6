import { cascadeDelete, restrictDelete } from '@lr/server-core';
import { Country, LearningRoute, Person } from '@lr/server-core-domain';
import type { ModulePart } from '../common/module-part';
import { seedTravelDemo } from '../demo/travel-demo';
import { mountVisaHttp } from '../visa/visa-http';
import { VisaLetterTemplate } from '../visa/visa-letter-template.entity';
import { VisaLetterTemplateResolver, VisaLetterTemplateTextResolver } from '../visa/visa-letter-template.resolver';
import { VisaLetterTemplateService } from '../visa/visa-letter-template.service';
import { ManifestResolver } from './manifest.resolver';
import { ManifestService } from './manifest.service';
import { RouteTravellersResolver } from './route-travellers.resolver';
import { TravelLeg } from './travel-leg.entity';
import { TravelLegResolver } from './travel-leg.resolver';
import { TravelLegService } from './travel-leg.service';
import { travelStatusMachine, visaStatusMachine } from './travel-machines';
import { TravelStatusService } from './travel-status.service';
import { Traveller } from './traveller.entity';
import { TravellerFieldsResolver } from './traveller-fields.resolver';
import { TravellerResolver } from './traveller.resolver';
import { TravellerService } from './traveller.service';
import { mountManifestCsv } from './manifest-csv';
import { mountTravellersCsv } from './travellers-csv';

/**
 * What the travel area adds to the logistics module: travellers with their legs, ticket and
 * visa machines, the arrivals-and-departures manifest, and visa invitation letters (templates
 * per host country, and the PDF endpoint).
 */
export const travelPart: ModulePart = {
  entities: [Traveller, TravelLeg, VisaLetterTemplate],
  resolvers: [
    TravellerResolver,
    TravellerFieldsResolver,
    RouteTravellersResolver,
    TravelLegResolver,
    ManifestResolver,
    VisaLetterTemplateResolver,
    VisaLetterTemplateTextResolver,
  ],
  services: [TravellerService, TravelStatusService, TravelLegService, ManifestService, VisaLetterTemplateService],
  references: [
    // Core records travel points at: deleting one still in use is refused, naming how many.
    restrictDelete(Traveller, 'routeId', LearningRoute, ['traveller', 'travellers']),
    restrictDelete(Traveller, 'personId', Person, ['traveller record', 'traveller records']),
    restrictDelete(Traveller, 'nationalityCode', Country, ['traveller (as nationality)', 'travellers (as nationality)']),
    restrictDelete(TravelLeg, 'meetPersonId', Person, ['travel leg (meeting the traveller)', 'travel legs (meeting the traveller)']),
    restrictDelete(VisaLetterTemplate, 'hostCountryCode', Country, ['visa letter template', 'visa letter templates']),
    // A traveller's legs are their own parts: removed with them, one by one, audited.
    cascadeDelete(TravelLeg, 'travellerId', Traveller),
  ],
  stateMachines: [travelStatusMachine, visaStatusMachine],
  http: (http) => {
    mountVisaHttp(http);
    mountTravellersCsv(http);
    mountManifestCsv(http);
  },
  seedDemo: seedTravelDemo,
};
