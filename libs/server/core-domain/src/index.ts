export { coreDomainModule } from './core-domain.module';
// The public face of the core domain. Other modules read core records only through these
// read functions and reference targets; the entity classes are exported for GraphQL types,
// relations (foreign keys to core tables) and joins, never for their own queries.
export * from './common/core-reads';
export * from './common/reference-targets';
export { setContactConsent } from './people/contact-consent';
export { createPerson, type NewPerson } from './people/person-writes';
export { Country } from './countries/country.entity';
export { LearningNeed } from './learning-needs/learning-need.entity';
export { Organisation, OrganisationType } from './organisations/organisation.entity';
export { Gender, Person } from './people/person.entity';
export { Programme } from './programmes/programme.entity';
export { programmeSettingScope, routeSettingScopes } from './programmes/programme-settings';
export { LearningRoute } from './routes/learning-route.entity';
export { RoutePhase, PHASE_ORDER } from './routes/route-phase';
export { routePhaseMachine } from './routes/phase-machine';
export { ThematicArea } from './thematic-areas/thematic-area.entity';
