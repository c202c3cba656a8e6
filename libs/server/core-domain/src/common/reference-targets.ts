import { referenceTarget } from '@lr/server-core';
import { Country } from '../countries/country.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { Programme } from '../programmes/programme.entity';
import { LearningRoute } from '../routes/learning-route.entity';
import { ThematicArea } from '../thematic-areas/thematic-area.entity';

// The core records inputs may name, for `ReferenceCheck` here and in other modules.
export const CountryRef = referenceTarget(Country, 'country', 'code');
export const OrganisationRef = referenceTarget(Organisation, 'organisation');
export const PersonRef = referenceTarget(Person, 'person');
export const ProgrammeRef = referenceTarget(Programme, 'programme');
export const RouteRef = referenceTarget(LearningRoute, 'learning route');
export const ThematicAreaRef = referenceTarget(ThematicArea, 'thematic area');
