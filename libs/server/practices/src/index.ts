export { practicesModule } from './practices.module';
// The public API other modules (champions) may build on: refer to practices by id, read the
// cases of a route, extend the Practice type with field resolvers.
export { Practice } from './practices/practice.entity';
export { PracticeLevel, PracticeStatus } from './practices/practice-status';
export { RouteCase } from './cases/route-case.entity';
