import {
  cleanLocalized,
  findOrFail,
  loadForUpdate,
  NotFoundError,
  paginate,
  ReferenceCheck,
  Service,
  ValidationError,
  type Connection,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import { CountryRef, PersonRef, RouteRef } from '@lr/server-core-domain';
import { mayReadRoute, routeLimit } from './events-access';
import { FollowUpEvent, FollowUpEventKind } from './follow-up-event.entity';
import type { CreateFollowUpEventInput, FollowUpEventFilter, FollowUpEventsArgs, UpdateFollowUpEventInput } from './follow-up-event.inputs';

/** What the checks need of an event, new or changed. */
interface EventShape {
  kind: FollowUpEventKind;
  participantIds: string[];
  countryCode: string | null;
}

/** Participants must be people on record; a technical-assistance visit names the country visited. */
async function checkEvent(ctx: RequestContext, event: EventShape, check = new ReferenceCheck(ctx)): Promise<void> {
  await check.many(PersonRef, event.participantIds, 'input.participantIds');
  await check.one(CountryRef, event.countryCode, 'input.countryCode');
  if (event.kind === FollowUpEventKind.TECHNICAL_ASSISTANCE_VISIT && !event.countryCode) check.add('input.countryCode', 'is required for a technical-assistance visit: the country visited', 'visitCountry');
  check.assertValid();
}

/** The events list's order: oldest first. */
export const EVENT_SORT: SortKey = { expression: 'e.date', direction: 'ASC' };

/** The events the list shows the caller under its filter (the list and its CSV run this one query). */
export async function eventsQuery(ctx: RequestContext, f: FollowUpEventFilter | undefined) {
  if (f?.from && f.to && f.from > f.to) throw ValidationError.field('filter.to', `must be on or after filter.from (${f.from})`, 'dateRangeOrder');
  const q = ctx.repo(FollowUpEvent).createQueryBuilder('e');
  if (f?.routeId) q.andWhere('e.route_id = :routeId', { routeId: f.routeId });
  if (f?.kind) q.andWhere('e.kind = :kind', { kind: f.kind });
  if (f?.from) q.andWhere('e.date >= :from', { from: f.from });
  if (f?.to) q.andWhere('e.date <= :to', { to: f.to });
  const routes = await routeLimit(ctx);
  if (routes) q.andWhere('e.route_id = ANY(:readableRoutes)', { readableRoutes: routes });
  return q;
}

@Service()
export class FollowUpEventService {
  /** A page of events, oldest first (a route's follow-up reads as a timeline). */
  async list(ctx: RequestContext, args: FollowUpEventsArgs, selection?: Selection): Promise<Connection<FollowUpEvent>> {
    return paginate(await eventsQuery(ctx, args.filter), args, EVENT_SORT, selection);
  }

  /** The event, or NOT_FOUND (also for a participant asking for another route's). */
  async get(ctx: RequestContext, id: string): Promise<FollowUpEvent> {
    const event = await findOrFail(ctx, FollowUpEvent, id);
    if (!(await mayReadRoute(ctx, event.routeId))) throw new NotFoundError('FollowUpEvent', id);
    return event;
  }

  async create(ctx: RequestContext, input: CreateFollowUpEventInput): Promise<FollowUpEvent> {
    const check = new ReferenceCheck(ctx);
    await check.one(RouteRef, input.routeId, 'input.routeId');
    const shape: EventShape = { kind: input.kind, participantIds: [...new Set(input.participantIds ?? [])], countryCode: input.countryCode ?? null };
    await checkEvent(ctx, shape, check);
    const repo = ctx.repo(FollowUpEvent);
    return repo.save(repo.create({ ...shape, routeId: input.routeId, date: input.date, title: cleanLocalized(input.title), notes: cleanLocalized(input.notes) }));
  }

  async update(ctx: RequestContext, input: UpdateFollowUpEventInput): Promise<FollowUpEvent> {
    const event = await loadForUpdate(ctx, FollowUpEvent, input.id, input.version);
    if (input.kind) event.kind = input.kind;
    if (input.participantIds) event.participantIds = [...new Set(input.participantIds)];
    if (input.countryCode !== undefined) event.countryCode = input.countryCode;
    await checkEvent(ctx, event);
    if (input.date) event.date = input.date;
    if (input.title) event.title = cleanLocalized(input.title);
    if (input.notes) event.notes = cleanLocalized(input.notes);
    return ctx.repo(FollowUpEvent).save(event);
  }

  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const event = await loadForUpdate(ctx, FollowUpEvent, id, version);
    await ctx.repo(FollowUpEvent).remove(event);
    return id;
  }
}
