import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Cost, joinedOr, loadMany, localizedFieldsResolver, LookAhead, Reads, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { LearningRoute, loadRoute } from '@lr/server-core-domain';
import { LOGISTICS } from '../common/access';
import { AgendaDay } from './agenda-day.entity';
import { AddAgendaDayInput, UpdateAgendaDayInput } from './agenda-day.inputs';
import { AgendaDayService } from './agenda-day.service';
import { AgendaSession } from './agenda-session.entity';
import { rememberDayDate } from './listed-sessions';

export const AgendaDayTextResolver = localizedFieldsResolver(AgendaDay, [{ name: 'title', nullable: true }]);

@Resolver(() => AgendaDay)
export class AgendaDayResolver {
  constructor(private readonly service: AgendaDayService) {}

  @Allow.read()
  @Query(() => AgendaDay, { description: 'A day of an agenda; participants read the days of their own routes only' })
  agendaDay(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => AgendaDay, { description: "Adds a day within the route's dates, up to its programme's maximum number of days" })
  addAgendaDay(@Ctx() ctx: RequestContext, @Arg('input') input: AddAgendaDayInput) {
    return this.service.add(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => AgendaDay, { description: 'Changes a day’s date (its sessions go with it) or title' })
  updateAgendaDay(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateAgendaDayInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => ID, { description: 'Deletes the day at the version you read; refused with CONFLICT, naming how many, while it has sessions' })
  deleteAgendaDay(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Allow.edit(LOGISTICS)
  @Cost({ assumedSize: 10 })
  @Mutation(() => [AgendaDay], { description: "Adds a day for each date of the route that has none, up to the programme's maximum; returns every day of the route, by date" })
  generateAgendaDays(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string) {
    return this.service.generate(ctx, routeId);
  }

  @Cost({ assumedSize: 8 })
  @Reads('date')
  @FieldResolver(() => [AgendaSession], { description: 'By start, then end' })
  async sessions(@Ctx() ctx: RequestContext, @Root() day: AgendaDay, @LookAhead() selection: Selection) {
    const sessions = await loadMany(ctx, AgendaSession, day.id, 'dayId', { order: { startTime: 'ASC', endTime: 'ASC' }, selection });
    rememberDayDate(sessions, day.date);
    return sessions;
  }

  @ToOne('route')
  @FieldResolver(() => LearningRoute, { nullable: true })
  route(@Ctx() ctx: RequestContext, @Root() day: AgendaDay) {
    return joinedOr(day.route, () => loadRoute(ctx, day.routeId));
  }
}
