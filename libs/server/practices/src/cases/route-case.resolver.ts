import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, Cost, loadMany, loadOne, Reads, type RequestContext } from '@lr/server-core';
import { LearningRoute, loadRoute } from '@lr/server-core-domain';
import { PRACTICES, mayReadPractice } from '../practices/practice-access';
import { Practice } from '../practices/practice.entity';
import { RouteCase } from './route-case.entity';
import { RouteCaseService } from './route-case.service';

/** Adds `cases` to the core's LearningRoute type, and the mutations that change them. */
@Resolver(() => LearningRoute)
export class RouteCasesResolver {
  constructor(private readonly service: RouteCaseService) {}

  @Allow.edit(PRACTICES)
  @Mutation(() => LearningRoute, { description: 'Attaches a practice of the host country to the route as a case' })
  attachPracticeToRoute(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string, @Arg('practiceId', () => ID) practiceId: string) {
    return this.service.attach(ctx, routeId, practiceId);
  }

  @Allow.edit(PRACTICES)
  @Mutation(() => LearningRoute)
  detachPracticeFromRoute(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string, @Arg('practiceId', () => ID) practiceId: string) {
    return this.service.detach(ctx, routeId, practiceId);
  }

  @Cost({ assumedSize: 10 })
  @Reads()
  @FieldResolver(() => [Practice], { description: 'Practices visited as cases, in the order they were attached (partners: published ones)' })
  async cases(@Ctx() ctx: RequestContext, @Root() route: LearningRoute) {
    const links = await loadMany(ctx, RouteCase, route.id, 'routeId', { order: { attachedAt: 'ASC', id: 'ASC' } });
    const practices = await Promise.all(links.map((l) => loadOne(ctx, Practice, l.practiceId)));
    return practices.filter((p): p is Practice => p !== null && mayReadPractice(ctx.principal, p));
  }
}

@Resolver(() => Practice)
export class PracticeRoutesResolver {
  @Cost({ assumedSize: 10 })
  @Reads()
  @FieldResolver(() => [LearningRoute], { description: 'Routes the practice is a case of' })
  async routes(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    const links = await loadMany(ctx, RouteCase, practice.id, 'practiceId', { order: { attachedAt: 'ASC', id: 'ASC' } });
    const routes = await Promise.all(links.map((l) => loadRoute(ctx, l.routeId)));
    return routes.filter((r): r is LearningRoute => r !== null);
  }
}
