export { coreDomainModule } from './core-domain.module';
// Entities other modules may refer to by id and extend with their own field resolvers.
export { Country } from './countries/country.entity';
export { LearningNeed } from './learning-needs/learning-need.entity';
export { Organisation, OrganisationType } from './organisations/organisation.entity';
export { Gender, Person } from './people/person.entity';
export { Programme } from './programmes/programme.entity';
export { LearningRoute } from './routes/learning-route.entity';
export { RoutePhase, PHASE_ORDER } from './routes/route-phase';
export { ThematicArea } from './thematic-areas/thematic-area.entity';
