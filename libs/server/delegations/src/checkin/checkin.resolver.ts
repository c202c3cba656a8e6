import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Cost, isLocalDate, ValidationError, type RequestContext } from '@lr/server-core';
import { DELEGATIONS } from '../common/access';
import { Participant } from '../participants/participant.entity';
import { CheckInService, RouteAttendance } from './checkin.service';

@Resolver()
export class CheckInResolver {
  constructor(private readonly checkIns: CheckInService) {}

  @Allow.edit(DELEGATIONS)
  @Mutation(() => Participant, { description: 'Records a SELECTED participant’s arrival (now unless `at` says when) while the route is in IMPLEMENTATION' })
  checkInParticipant(
    @Ctx() ctx: RequestContext,
    @Arg('participantId', () => ID) participantId: string,
    @Arg('version', () => Int) version: number,
    @Arg('at', () => Date, { nullable: true }) at?: Date,
  ) {
    return this.checkIns.checkIn(ctx, { participantId, version, at });
  }

  @Allow.edit(DELEGATIONS)
  @Mutation(() => Participant, { description: 'Undoes a check-in recorded by mistake' })
  undoCheckIn(@Ctx() ctx: RequestContext, @Arg('participantId', () => ID) participantId: string, @Arg('version', () => Int) version: number) {
    return this.checkIns.undo(ctx, { participantId, version });
  }

  @Allow.read()
  @Cost({ base: 5, assumedSize: 30 })
  @Query(() => RouteAttendance, { description: 'Who is present on a day of the route (today unless `date` says otherwise)' })
  routeAttendance(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string, @Arg('date', () => String, { nullable: true }) date?: string) {
    if (date !== undefined && date !== null && !isLocalDate(date)) throw ValidationError.field('date', 'must be a date such as 2014-06-10');
    return this.checkIns.attendance(ctx, routeId, date ?? undefined);
  }
}
