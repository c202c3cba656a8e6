import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  Allow,
  Cost,
  isPartner,
  joinedOr,
  Language,
  loadOne,
  localize,
  LocalizedText,
  localizedFieldsResolver,
  NotForPartners,
  Reads,
  ToOne,
  type RequestContext,
} from '@lr/server-core';
import { LearningRoute, loadPerson, loadRoute, Person } from '@lr/server-core-domain';
import { Champion, loadChampion, visibleChampionIds } from '@lr/server-champions';
import { loadPractice, Practice, PracticeStatus } from '@lr/server-practices';
import { LOGISTICS } from '../common/access';
import { agendaTimeZone } from './agenda-reads';
import { AgendaDay } from './agenda-day.entity';
import { AgendaSession } from './agenda-session.entity';
import { CreateAgendaSessionInput, MoveAgendaSessionInput, UpdateAgendaSessionInput } from './agenda-session.inputs';
import { AgendaSessionService } from './agenda-session.service';
import { dateOfListedSession } from './listed-sessions';
import { zonedInstant } from './local-time';
import { findingsOnce } from './checks/agenda-checks';
import { AgendaFindingType } from './checks/agenda-checks.types';

export const AgendaSessionTextResolver = localizedFieldsResolver(AgendaSession, [{ name: 'title' }]);

/**
 * The instant a session's local time stands for: its day's date and the time in the route's
 * zone (one loader each for a whole page). A row read for a list holds only the time asked for.
 */
async function instantOf(ctx: RequestContext, session: AgendaSession, time: string): Promise<Date> {
  const known = dateOfListedSession(session);
  const [date, timeZone] = await Promise.all([known ?? loadOne(ctx, AgendaDay, session.dayId).then((d) => d?.date), agendaTimeZone(ctx, session.routeId)]);
  return zonedInstant(date ?? '1970-01-01', time, timeZone);
}

@Resolver(() => AgendaSession)
export class AgendaSessionResolver {
  constructor(private readonly service: AgendaSessionService) {}

  @Allow.read()
  @Query(() => AgendaSession, { description: 'A session of an agenda; participants read the sessions of their own routes only' })
  agendaSession(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => AgendaSession, { description: 'Adds a session to a day; overlaps and the order of visits are reported by agendaChecks, not refused' })
  createAgendaSession(@Ctx() ctx: RequestContext, @Arg('input') input: CreateAgendaSessionInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => AgendaSession)
  updateAgendaSession(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateAgendaSessionInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => AgendaSession, { description: 'Moves a session to a day of its route and to new times there, in one change' })
  moveAgendaSession(@Ctx() ctx: RequestContext, @Arg('input') input: MoveAgendaSessionInput) {
    return this.service.move(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => ID, { description: 'Deletes the session at the version you read; returns its id' })
  deleteAgendaSession(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Reads('dayId', 'routeId', 'startTime')
  @FieldResolver(() => Date, { description: 'When it starts, as an instant (its day and start time in the route’s zone)' })
  startsAt(@Ctx() ctx: RequestContext, @Root() session: AgendaSession) {
    return instantOf(ctx, session, session.startTime);
  }

  @Reads('dayId', 'routeId', 'endTime')
  @FieldResolver(() => Date, { description: 'When it ends, as an instant' })
  endsAt(@Ctx() ctx: RequestContext, @Root() session: AgendaSession) {
    return instantOf(ctx, session, session.endTime);
  }

  @ToOne('day')
  @FieldResolver(() => AgendaDay)
  day(@Ctx() ctx: RequestContext, @Root() session: AgendaSession) {
    return joinedOr(session.day, () => loadOne(ctx, AgendaDay, session.dayId));
  }

  @ToOne('route')
  @FieldResolver(() => LearningRoute, { nullable: true })
  route(@Ctx() ctx: RequestContext, @Root() session: AgendaSession) {
    return joinedOr(session.route, () => loadRoute(ctx, session.routeId));
  }

  @Reads('practiceId')
  @FieldResolver(() => Practice, { nullable: true, description: 'The case visited or discussed (partners: when published)' })
  async practice(@Ctx() ctx: RequestContext, @Root() session: AgendaSession) {
    if (!session.practiceId) return null;
    const practice = await loadPractice(ctx, session.practiceId);
    return practice && (!isPartner(ctx.principal) || practice.status === PracticeStatus.PUBLISHED) ? practice : null;
  }

  @Cost({ assumedSize: 3 })
  @Reads('championIds')
  @FieldResolver(() => [Champion], { description: 'Champions leading, in the order given (partners: those of published practices)' })
  async champions(@Ctx() ctx: RequestContext, @Root() session: AgendaSession) {
    const visible = await visibleChampionIds(ctx, session.championIds);
    const champions = await Promise.all(session.championIds.filter((id) => visible.has(id)).map((id) => loadChampion(ctx, id)));
    return champions.filter((c): c is Champion => c !== null);
  }

  @NotForPartners()
  @Cost({ assumedSize: 2 })
  @Reads('interpreterIds')
  @FieldResolver(() => [Person], { nullable: true, description: 'People interpreting; null for partners' })
  async interpreters(@Ctx() ctx: RequestContext, @Root() session: AgendaSession) {
    const people = await Promise.all(session.interpreterIds.map((id) => loadPerson(ctx, id)));
    return people.filter((p): p is Person => p !== null);
  }

  @NotForPartners()
  @Reads('notes')
  @FieldResolver(() => String, { nullable: true, description: "Working notes for those on the route, in the caller's language; null for partners" })
  notes(@Root() session: AgendaSession, @Arg('lang', () => Language, { nullable: true, description: 'Defaults to the Accept-Language header' }) lang: Language | undefined, @Ctx() ctx: RequestContext) {
    return localize(session.notes, lang ?? ctx.language);
  }

  @NotForPartners()
  @Reads('notes')
  @FieldResolver(() => LocalizedText, { nullable: true, description: 'Every language version of the notes, for editing; null for partners' })
  notesTranslations(@Root() session: AgendaSession) {
    return { ...(session.notes ?? {}) };
  }

  @NotForPartners()
  @Cost({ assumedSize: 3 })
  @Reads('routeId')
  @FieldResolver(() => [AgendaFindingType], { nullable: true, description: "The agenda checks' findings that concern this session (what a card shows); null for partners" })
  async findings(@Ctx() ctx: RequestContext, @Root() session: AgendaSession) {
    return (await findingsOnce(ctx, session.routeId)).filter((f) => f.sessionIds.includes(session.id));
  }
}
