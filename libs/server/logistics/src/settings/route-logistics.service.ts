import { loadForUpdate, Service, ValidationError, type RequestContext } from '@lr/server-core';
import { getRoute } from '@lr/server-core-domain';
import { RouteLogistics } from './route-logistics.entity';
import type { UpdateRouteLogisticsInput } from './route-logistics.inputs';
import { defaultTimeZone, isTimeZone } from './time-zones';

@Service()
export class RouteLogisticsService {
  /** The route's settings, created with the host country's zone the first time they are read. */
  async settings(ctx: RequestContext, routeId: string): Promise<RouteLogistics> {
    const existing = await ctx.repo(RouteLogistics).findOne({ where: { routeId } });
    if (existing) return existing;
    await this.ensure(ctx, routeId);
    return ctx.repo(RouteLogistics).findOneOrFail({ where: { routeId } });
  }

  /**
   * Locks the route's logistics row for the rest of the transaction (creating it first): agenda,
   * stay and travel changes of one route take this lock, so checks that read several rows (room
   * capacity, a person's nights, a day's slots) see every committed change before deciding.
   */
  async lockRoute(ctx: RequestContext, routeId: string): Promise<RouteLogistics> {
    await this.ensure(ctx, routeId);
    return ctx.repo(RouteLogistics).findOneOrFail({ where: { routeId }, lock: { mode: 'pessimistic_write' } });
  }

  async update(ctx: RequestContext, input: UpdateRouteLogisticsInput): Promise<RouteLogistics> {
    const current = await this.settings(ctx, input.routeId);
    const settings = await loadForUpdate(ctx, RouteLogistics, current.id, input.version);
    if (input.timeZone !== undefined && input.timeZone !== null) {
      if (!isTimeZone(input.timeZone)) throw ValidationError.field('input.timeZone', `${input.timeZone} is not an IANA time zone such as America/Lima`, 'ianaTimeZone');
      settings.timeZone = input.timeZone;
    }
    if (input.capitalCity !== undefined) settings.capitalCity = input.capitalCity?.trim() || null;
    return ctx.repo(RouteLogistics).save(settings);
  }

  private async ensure(ctx: RequestContext, routeId: string): Promise<void> {
    const route = await getRoute(ctx, routeId);
    await ctx.repo(RouteLogistics).createQueryBuilder().insert().values({ routeId, timeZone: defaultTimeZone(route.hostCountryCode), capitalCity: null }).orIgnore().execute();
  }
}
