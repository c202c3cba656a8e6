import { ConflictError, Service, NotFoundError, ValidationError, publicName, findOrFail, type RequestContext } from '@lr/server-core';
import { getRoute, type LearningRoute } from '@lr/server-core-domain';
import { isUUID } from 'class-validator';
import { Practice } from '../practices/practice.entity';
import { PracticeStatus } from '../practices/practice-status';
import { RouteCase } from './route-case.entity';

@Service()
export class RouteCaseService {
  /**
   * Makes the practice a case of the route. Delegations visit the host country, so the
   * practice must be there; a rejected practice is no case for anyone.
   */
  async attach(ctx: RequestContext, routeId: string, practiceId: string): Promise<LearningRoute> {
    const route = await getRoute(ctx, routeId);
    const practice = await findOrFail(ctx, Practice, practiceId);
    if (practice.countryCode !== route.hostCountryCode) {
      throw ValidationError.field('practiceId', `the practice is in ${practice.countryCode}, but the route is hosted in ${route.hostCountryCode}`);
    }
    if (practice.status === PracticeStatus.REJECTED) throw ValidationError.field('practiceId', 'a REJECTED practice cannot be a case of a route');
    const repo = ctx.repo(RouteCase);
    if (await repo.existsBy({ routeId, practiceId })) throw new ConflictError('The practice is already a case of this route', { routeId, practiceId });
    await repo.save(repo.create({ routeId, practiceId, attachedBy: publicName(ctx.principal) }));
    return route;
  }

  async detach(ctx: RequestContext, routeId: string, practiceId: string): Promise<LearningRoute> {
    const route = await getRoute(ctx, routeId);
    const link = isUUID(practiceId) ? await ctx.repo(RouteCase).findOneBy({ routeId, practiceId }) : null;
    if (!link) throw new NotFoundError('RouteCase', `${routeId}/${practiceId}`);
    await ctx.repo(RouteCase).remove(link);
    return route;
  }
}
