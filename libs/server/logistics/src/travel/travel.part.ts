import type { ModulePart } from '../common/module-part';
import { VisaLetterTemplate } from '../visa/visa-letter-template.entity';
import { TravelLeg } from './travel-leg.entity';
import { Traveller } from './traveller.entity';

/** What the travel area adds to the logistics module. */
export const travelPart: ModulePart = {
  entities: [Traveller, TravelLeg, VisaLetterTemplate],
};
