import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Cost, joinedOr, loadOne, NotForPartners, Reads, stateHistory, ToOne, type RequestContext } from '@lr/server-core';
import { LearningRoute, loadPerson, loadRoute, Person } from '@lr/server-core-domain';
import { Delegation } from '../delegations/delegation.entity';
import { CONSENT_COLUMNS, consentsOf, ParticipantConsent } from './consents';
import { Participant } from './participant.entity';
import { ParticipantRole, SelectionStatus } from './participant-enums';
import { SelectionChange, selectionMachine } from './selection-machine';

/** Nested reads go through per-request DataLoaders: a page costs a fixed number of statements. */
@Resolver(() => Participant)
export class ParticipantFieldsResolver {
  @ToOne('person')
  @FieldResolver(() => Person, { nullable: true, description: "The core person; e-mail and phone follow the core's privacy policy" })
  person(@Ctx() ctx: RequestContext, @Root() participant: Participant) {
    return joinedOr(participant.person, () => loadPerson(ctx, participant.personId));
  }

  @ToOne('delegation')
  @FieldResolver(() => Delegation, { nullable: true })
  delegation(@Ctx() ctx: RequestContext, @Root() participant: Participant) {
    return joinedOr(participant.delegation, () => loadOne(ctx, Delegation, participant.delegationId));
  }

  @ToOne('route')
  @FieldResolver(() => LearningRoute, { nullable: true })
  route(@Ctx() ctx: RequestContext, @Root() participant: Participant) {
    return joinedOr(participant.route, () => loadRoute(ctx, participant.routeId));
  }

  @NotForPartners()
  @Cost({ assumedSize: 3 })
  @Reads(...CONSENT_COLUMNS)
  @FieldResolver(() => [ParticipantConsent], { nullable: true, description: 'The consent checklist (personal data, photos and media, sharing their plan); null for partners' })
  consents(@Root() participant: Participant) {
    return consentsOf(participant);
  }

  @NotForPartners()
  @Cost({ assumedSize: 5 })
  @Reads()
  @FieldResolver(() => [SelectionChange], { nullable: true, description: 'Every selection decision, oldest first; null for partners' })
  selectionHistory(@Ctx() ctx: RequestContext, @Root() participant: Participant) {
    return stateHistory(ctx, selectionMachine, participant.id);
  }

  @Reads('status')
  @FieldResolver(() => [SelectionStatus], { description: 'Statuses the caller may move the participant to (composition rules aside)' })
  allowedNextStatuses(@Ctx() ctx: RequestContext, @Root() participant: Participant) {
    return selectionMachine.allowedMoves(ctx.principal, participant.status);
  }

  @Reads('roles')
  @FieldResolver(() => Boolean, { description: 'Writes the route’s blog posts (000 §40)' })
  isBlogger(@Root() participant: Participant) {
    return participant.roles.includes(ParticipantRole.BLOGGER);
  }
}
