import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Allow, Cost, loadMany, LookAhead, Reads, type RequestContext, type Selection } from '@lr/server-core';
import { getRoute, LearningRoute } from '@lr/server-core-domain';
import { agendaViewOf, assertAgendaVisible } from './agenda-access';
import { AgendaDay } from './agenda-day.entity';
import { findingsOnce } from './checks/agenda-checks';
import { agendaReady, FindingSeverity } from './checks/agenda-rules';
import { AgendaChecks } from './checks/agenda-checks.types';

/** The logistics module owns a route's programme of days, so `LearningRoute.agenda` lives here, with its checks. */
@Resolver(() => LearningRoute)
export class RouteAgendaResolver {
  @Cost({ assumedSize: 8 })
  @Reads()
  @FieldResolver(() => [AgendaDay], { description: 'The days of the agenda, by date. Participants see it on their own routes only (empty elsewhere)' })
  async agenda(@Ctx() ctx: RequestContext, @Root() route: LearningRoute, @LookAhead() selection: Selection) {
    if ((await agendaViewOf(ctx, route.id)) === 'NONE') return [];
    return loadMany(ctx, AgendaDay, route.id, 'routeId', { order: { date: 'ASC' }, selection });
  }

  @Allow.user()
  @Cost({ base: 10 })
  @Query(() => AgendaChecks, {
    description:
      "Checks the route's agenda: overlaps, double bookings (across routes too), context and analysis around each case visit, a field visit outside the capital, presentations on the first day, cases ready to visit. Signed-in users; participants on their own routes",
  })
  async agendaChecks(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string): Promise<AgendaChecks> {
    await getRoute(ctx, routeId);
    await assertAgendaVisible(ctx, routeId, 'LearningRoute', routeId);
    const findings = await findingsOnce(ctx, routeId);
    const blockingCount = findings.filter((f) => f.severity === FindingSeverity.BLOCKING).length;
    return { routeId, ready: agendaReady(findings), blockingCount, warningCount: findings.length - blockingCount, findings };
  }
}
