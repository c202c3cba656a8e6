import type { DomainModule } from '@lr/server-core';
import { Country } from './countries/country.entity';
import { CountryResolver, CountryTextResolver } from './countries/country.resolver';
import { seedCoreDemo } from './demo/core-demo';
import { LearningNeed } from './learning-needs/learning-need.entity';
import { LearningNeedResolver } from './learning-needs/learning-need.resolver';
import { coreDomainMigrations } from './migrations';
import { Organisation } from './organisations/organisation.entity';
import { OrganisationResolver } from './organisations/organisation.resolver';
import { Person } from './people/person.entity';
import { PersonResolver } from './people/person.resolver';
import { Programme } from './programmes/programme.entity';
import { ProgrammeResolver, ProgrammeTextResolver } from './programmes/programme.resolver';
import { LearningRoute } from './routes/learning-route.entity';
import { RoutePhaseChange } from './routes/route-phase-change.entity';
import { RouteResolver, RouteTextResolver } from './routes/route.resolver';
import { ThematicArea } from './thematic-areas/thematic-area.entity';
import { ThematicAreaResolver, ThematicAreaTextResolver } from './thematic-areas/thematic-area.resolver';

/**
 * The shared core every other module builds on: programmes, learning routes and their phase
 * machine, countries, organisations, people, thematic areas and learning needs.
 */
export const coreDomainModule: DomainModule = {
  name: 'core',
  description: 'Programmes, routes, people, organisations, countries, thematic areas, learning needs',
  entities: [Country, ThematicArea, Organisation, Person, Programme, LearningRoute, RoutePhaseChange, LearningNeed],
  resolvers: [
    CountryResolver,
    CountryTextResolver,
    ThematicAreaResolver,
    ThematicAreaTextResolver,
    OrganisationResolver,
    PersonResolver,
    ProgrammeResolver,
    ProgrammeTextResolver,
    RouteResolver,
    RouteTextResolver,
    LearningNeedResolver,
  ],
  migrations: coreDomainMigrations,
  seedDemo: seedCoreDemo,
};
