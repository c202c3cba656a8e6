import { Arg, Args, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow, ConnectionType, Cost, LookAhead, Role, type RequestContext, type Selection } from '@lr/server-core';
import { DELEGATIONS } from '../common/access';
import { Participant } from './participant.entity';
import { SelectionStatus } from './participant-enums';
import { CreateParticipantInput, ParticipantsArgs, RecordConsentsInput, UpdateMyParticipationInput, UpdateParticipantInput } from './participant.inputs';
import { ParticipantService } from './participant.service';
import { DecideParticipantsInput, SelectionService, Withdrawal } from './selection.service';

@ObjectType()
export class ParticipantConnection extends ConnectionType(Participant) {}

@Resolver(() => Participant)
export class ParticipantResolver {
  constructor(
    private readonly service: ParticipantService,
    private readonly selection: SelectionService,
  ) {}

  @Allow.read()
  @Query(() => ParticipantConnection, {
    description: 'By family name. Partners see SELECTED participants without internal fields; participants see their own delegations only',
  })
  participants(@Ctx() ctx: RequestContext, @Args() args: ParticipantsArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => Participant)
  participant(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.user()
  @Cost({ assumedSize: 3 })
  @Query(() => [Participant], { description: 'The signed-in person’s own participations, newest first (empty for users who are no participant)' })
  myParticipations(@Ctx() ctx: RequestContext) {
    return this.service.mine(ctx);
  }

  @Allow.edit(DELEGATIONS)
  @Mutation(() => Participant, { description: 'Adds a person to a delegation, NOMINATED; a person is on a route once' })
  addParticipant(@Ctx() ctx: RequestContext, @Arg('input') input: CreateParticipantInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(DELEGATIONS)
  @Mutation(() => Participant)
  updateParticipant(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateParticipantInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(DELEGATIONS)
  @Mutation(() => ID, { description: 'Removes the participant record (withdraw them instead to keep the history); returns the id' })
  deleteParticipant(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Allow.roles(Role.PARTICIPANT)
  @Mutation(() => Participant, { description: 'A participant edits their own position, motivation, context and commitments' })
  updateMyParticipation(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateMyParticipationInput) {
    return this.service.updateMine(ctx, input);
  }

  @Allow.edit(DELEGATIONS)
  @Mutation(() => Participant, { description: 'Records consents given or refused, dated, with who recorded them' })
  recordParticipantConsents(@Ctx() ctx: RequestContext, @Arg('input') input: RecordConsentsInput) {
    return this.service.recordConsents(ctx, input, false);
  }

  @Allow.roles(Role.PARTICIPANT)
  @Mutation(() => Participant, { description: 'A participant gives or refuses their own consents' })
  recordMyConsents(@Ctx() ctx: RequestContext, @Arg('input') input: RecordConsentsInput) {
    return this.service.recordConsents(ctx, input, true);
  }

  @Allow.edit(DELEGATIONS)
  @Mutation(() => Participant, {
    description:
      'Moves a participant along NOMINATED → SELECTED | WAITLISTED | DECLINED, WAITLISTED → SELECTED | DECLINED; WITHDRAWN from any (use withdrawParticipant). ' +
      'Selecting is refused with PHASE_RULE naming the hard composition rules it would break (`extensions.missing`).',
  })
  changeSelectionStatus(
    @Ctx() ctx: RequestContext,
    @Arg('participantId', () => ID) participantId: string,
    @Arg('toStatus', () => SelectionStatus) toStatus: SelectionStatus,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ) {
    return this.selection.move(ctx, { id: participantId, to: toStatus, version, reason });
  }

  @Allow.edit(DELEGATIONS)
  @Cost({ assumedSize: 100 })
  @Mutation(() => [Participant], {
    description: 'Selects, waitlists or declines many participants at once, in order: all or nothing; a refusal lists every failing participant (`extensions.failures`)',
  })
  decideParticipants(@Ctx() ctx: RequestContext, @Arg('input') input: DecideParticipantsInput) {
    return this.selection.decideMany(ctx, input);
  }

  @Allow.edit(DELEGATIONS)
  @Mutation(() => Withdrawal, { description: "Withdraws a participant (a reason is required); with promoteNext, the delegation's first waitlisted person is selected in their place" })
  withdrawParticipant(
    @Ctx() ctx: RequestContext,
    @Arg('participantId', () => ID) participantId: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
    @Arg('promoteNext', () => Boolean, { defaultValue: false }) promoteNext: boolean,
  ) {
    return this.selection.withdraw(ctx, { id: participantId, version, reason, promoteNext });
  }
}
