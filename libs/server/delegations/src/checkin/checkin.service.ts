import { Field, Int, ObjectType } from 'type-graphql';
import { Cost, loadForUpdate, PhaseRuleError, publicName, Service, today, ValidationError, type RequestContext } from '@lr/server-core';
import { getRoute, RoutePhase } from '@lr/server-core-domain';
import { scopeParticipants } from '../common/scope';
import { Participant } from '../participants/participant.entity';
import { SelectionStatus } from '../participants/participant-enums';

@ObjectType({ description: 'Who is on the ground on one day of a route' })
export class RouteAttendance {
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field({ description: 'The day falls within the route’s dates' }) routeRunning: boolean;
  @Field(() => Int, { description: 'SELECTED participants' }) expected: number;
  @Cost({ assumedSize: 30 })
  @Field(() => [Participant], { description: 'SELECTED and checked in on or before the day' }) present: Participant[];
  @Cost({ assumedSize: 30 })
  @Field(() => [Participant], { description: 'SELECTED and not checked in by the day' }) notArrived: Participant[];
}

@Service()
export class CheckInService {
  /** Arrival check-in: SELECTED participants only, while the route is in IMPLEMENTATION. */
  async checkIn(ctx: RequestContext, input: { participantId: string; version: number; at?: Date | null }): Promise<Participant> {
    const participant = await loadForUpdate(ctx, Participant, input.participantId, input.version);
    const route = await getRoute(ctx, participant.routeId);
    if (route.phase !== RoutePhase.IMPLEMENTATION) {
      throw new PhaseRuleError(`Check-in opens when the route is in IMPLEMENTATION; it is ${route.phase}`, route.phase, route.phase, []);
    }
    if (participant.status !== SelectionStatus.SELECTED) throw ValidationError.field('participantId', `must be SELECTED to check in (is ${participant.status})`, 'notSelected');
    if (participant.checkedInAt) throw ValidationError.field('participantId', `was already checked in at ${participant.checkedInAt.toISOString()}`, 'alreadyCheckedIn');
    const at = input.at ?? new Date();
    if (at.getTime() > Date.now() + 60_000) throw ValidationError.field('at', 'cannot be in the future', 'inFuture');
    participant.checkedInAt = at;
    participant.checkedInBy = publicName(ctx.principal);
    return ctx.repo(Participant).save(participant);
  }

  async undo(ctx: RequestContext, input: { participantId: string; version: number }): Promise<Participant> {
    const participant = await loadForUpdate(ctx, Participant, input.participantId, input.version);
    if (!participant.checkedInAt) throw ValidationError.field('participantId', 'is not checked in', 'notCheckedIn');
    participant.checkedInAt = null;
    participant.checkedInBy = null;
    return ctx.repo(Participant).save(participant);
  }

  async attendance(ctx: RequestContext, routeId: string, date = today()): Promise<RouteAttendance> {
    const route = await getRoute(ctx, routeId);
    const q = ctx.repo(Participant).createQueryBuilder('pt').where('pt.route_id = :routeId AND pt.status = :selected', { routeId, selected: SelectionStatus.SELECTED });
    const selected = await scopeParticipants(ctx, q, 'pt').orderBy('pt.checked_in_at', 'ASC', 'NULLS LAST').getMany();
    // A check-in counts from its own day: the day is compared in UTC, as `date` is given.
    const arrived = (p: Participant) => p.checkedInAt !== null && p.checkedInAt.toISOString().slice(0, 10) <= date;
    return {
      date,
      routeRunning: !!route.startDate && !!route.endDate && route.startDate <= date && date <= route.endDate,
      expected: selected.length,
      present: selected.filter(arrived),
      notArrived: selected.filter((p) => !arrived(p)),
    };
  }
}
