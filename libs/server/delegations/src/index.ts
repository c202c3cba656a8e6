export { delegationsModule } from './delegations.module';
// The public face of delegations: what other modules may read and refer to.
export { Delegation, DelegationRef } from './delegations/delegation.entity';
export { DelegationKind } from './delegations/delegation-kind';
export { Participant, ParticipantRef } from './participants/participant.entity';
export { SelectionStatus, Sector } from './participants/participant-enums';
export { visitingCountriesOf, participantOf, travellersOf, delegationOf, routesOfParticipant, type RouteTraveller } from './common/delegation-reads';
export { routeCompositionOf, routeCompositionsOf, type CompositionDelegation, type CompositionParticipant, type RouteComposition } from './common/report-reads';
