import { restrictDelete, User, type DomainModule } from '@lr/server-core';
import { Country } from './countries/country.entity';
import { CountryResolver, CountryTextResolver } from './countries/country.resolver';
import { CountryService } from './countries/country.service';
import { seedCoreDemo } from './demo/core-demo';
import { mountCoreDomainHttp } from './http/core-domain-http';
import { LearningNeed } from './learning-needs/learning-need.entity';
import { LearningNeedResolver } from './learning-needs/learning-need.resolver';
import { LearningNeedService } from './learning-needs/learning-need.service';
import { coreDomainMigrations } from './migrations';
import { Organisation } from './organisations/organisation.entity';
import { OrganisationResolver } from './organisations/organisation.resolver';
import { Person } from './people/person.entity';
import { PersonResolver } from './people/person.resolver';
import { Programme } from './programmes/programme.entity';
import { ProgrammeResolver, ProgrammeTextResolver } from './programmes/programme.resolver';
import { ProgrammeSettingsResolver } from './programmes/programme-settings.resolver';
import { LearningRoute } from './routes/learning-route.entity';
import { routePhaseMachine } from './routes/phase-machine';
import { RouteService } from './routes/route.service';
import { OrganisationService } from './organisations/organisation.service';
import { PersonService } from './people/person.service';
import { ProgrammeService } from './programmes/programme.service';
import { ThematicAreaService } from './thematic-areas/thematic-area.service';
import { RouteResolver, RouteTextResolver } from './routes/route.resolver';
import { ThematicArea } from './thematic-areas/thematic-area.entity';
import { ThematicAreaResolver, ThematicAreaTextResolver } from './thematic-areas/thematic-area.resolver';
import { routeSearch } from './routes/route-search';
import { personSearch } from './people/person-search';

/**
 * The shared core every other module builds on: programmes, learning routes and their phase
 * machine, countries, organisations, people, thematic areas and learning needs.
 */
export const coreDomainModule: DomainModule = {
  name: 'core',
  description: 'Programmes, routes, people, organisations, countries, thematic areas, learning needs',
  entities: [Country, ThematicArea, Organisation, Person, Programme, LearningRoute, LearningNeed],
  services: [CountryService, LearningNeedService, OrganisationService, PersonService, ProgrammeService, RouteService, ThematicAreaService],
  // Foreign keys back these up; declared so a refused delete says what still refers to the row.
  references: [
    restrictDelete(Person, 'organisationId', Organisation, ['person', 'people']),
    restrictDelete(Programme, 'funderId', Organisation, ['programme (as funder)', 'programmes (as funder)']),
    restrictDelete(Programme, 'coordinatorId', Organisation, ['programme (as coordinator)', 'programmes (as coordinator)']),
    restrictDelete(Programme, 'facilitatorId', Organisation, ['programme (as facilitator)', 'programmes (as facilitator)']),
    restrictDelete(LearningRoute, 'programmeId', Programme, ['learning route', 'learning routes']),
    restrictDelete(LearningRoute, 'thematicAreaIds', ThematicArea, ['learning route', 'learning routes']),
    restrictDelete(Programme, 'thematicAreaIds', ThematicArea),
    restrictDelete(LearningNeed, 'thematicAreaId', ThematicArea),
    // No foreign key here: the account table is the platform's, which runs without this module.
    restrictDelete(User, 'personId', Person, ['user account', 'user accounts']),
  ],
  stateMachines: [routePhaseMachine],
  resolvers: [
    CountryResolver,
    CountryTextResolver,
    ThematicAreaResolver,
    ThematicAreaTextResolver,
    OrganisationResolver,
    PersonResolver,
    ProgrammeResolver,
    ProgrammeTextResolver,
    ProgrammeSettingsResolver,
    RouteResolver,
    RouteTextResolver,
    LearningNeedResolver,
  ],
  migrations: coreDomainMigrations,
  search: [routeSearch, personSearch],
  seedDemo: seedCoreDemo,
  http: mountCoreDomainHttp,
};
