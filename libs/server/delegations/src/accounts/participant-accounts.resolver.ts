import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, Cost, NotForPartners, Reads, ValidationError, type RequestContext } from '@lr/server-core';
import { DELEGATIONS } from '../common/access';
import { Participant } from '../participants/participant.entity';
import { AccountStatus, ParticipantAccountService, ParticipantInvitation } from './participant-accounts.service';

@Resolver(() => Participant)
export class ParticipantAccountsResolver {
  constructor(private readonly accounts: ParticipantAccountService) {}

  @Allow.edit(DELEGATIONS)
  @Mutation(() => ParticipantInvitation, {
    description: 'E-mails the participant a one-time link to set a password (en/fr/es, by their language); sent after the commit, or kept in the outbox without SMTP',
  })
  inviteParticipant(@Ctx() ctx: RequestContext, @Arg('participantId', () => ID) participantId: string) {
    return this.accounts.invite(ctx, participantId);
  }

  @Allow.edit(DELEGATIONS)
  @Cost({ assumedSize: 30 })
  @Mutation(() => [ParticipantInvitation], { description: 'Invites several participants, all or nothing' })
  inviteParticipants(@Ctx() ctx: RequestContext, @Arg('participantIds', () => [ID]) participantIds: string[]) {
    if (!participantIds.length || participantIds.length > 100) throw ValidationError.field('participantIds', 'must list 1-100 participants');
    return this.accounts.inviteMany(ctx, participantIds);
  }

  @NotForPartners()
  @Reads('personId')
  @FieldResolver(() => AccountStatus, { nullable: true, description: 'Their portal account: NONE, INVITED or ACTIVE; null for partners' })
  accountStatus(@Ctx() ctx: RequestContext, @Root() participant: Participant) {
    return this.accounts.status(ctx, participant.personId);
  }
}
