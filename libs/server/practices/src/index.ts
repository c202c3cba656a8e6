export { practicesModule } from './practices.module';
// The public face other modules (champions, and later delegations…) build on: the read
// functions and reference target, the machine to guard, and the Practice type to extend with
// field resolvers.
export { PracticeRef, casePracticeIdsOfRoute, casePracticeIdsOfRoutes, loadPractice, publishedPracticeIds } from './practices/practice-reads';
export { practiceStatusMachine } from './practices/status-machine';
export { Practice } from './practices/practice.entity';
export { PracticeLevel, PracticeStatus } from './practices/practice-status';
