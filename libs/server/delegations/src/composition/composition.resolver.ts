import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Cost, ReferenceCheck, StaleVersionError, ValidationError, type RequestContext } from '@lr/server-core';
import { getRoute, RouteRef } from '@lr/server-core-domain';
import { DELEGATIONS } from '../common/access';
import { assertRouteOpen } from '../common/route-state';
import { evaluateComposition, type RuleResult } from './composition-rules';
import { CompositionSettings } from './composition-settings.entity';
import { CompositionService, targetsOf } from './composition.service';
import { CompositionRuleCode, RouteComposition, RuleSeverity, SetCompositionInput } from './composition.types';
import { DEFAULT_COMPOSITION } from './defaults';

const toRule = (r: RuleResult) => ({ ...r, code: r.code as CompositionRuleCode, severity: r.hard ? RuleSeverity.HARD : RuleSeverity.SOFT });

@Resolver()
export class CompositionResolver {
  constructor(private readonly composition: CompositionService) {}

  /** Builds the answer from the facts; the settings row is shown as stored, or the defaults. */
  private async answer(ctx: RequestContext, routeId: string): Promise<RouteComposition> {
    const [settings, facts] = await Promise.all([this.composition.settings(ctx, routeId), this.composition.facts(ctx, routeId)]);
    const rules = evaluateComposition(targetsOf(settings), facts).map(toRule);
    const shown = settings ?? Object.assign(new CompositionSettings(), { routeId, version: 0, ...DEFAULT_COMPOSITION, id: routeId });
    return {
      routeId,
      settings: shown,
      isDefault: (Object.keys(DEFAULT_COMPOSITION) as (keyof typeof DEFAULT_COMPOSITION)[]).every((k) => shown[k] === DEFAULT_COMPOSITION[k]),
      rules,
      ready: rules.every((r) => r.severity === RuleSeverity.SOFT || r.holds),
      selectedParticipants: facts.delegations.reduce((n, d) => n + d.selected.length, 0),
      teamMembers: facts.teamMembers,
    };
  }

  @Allow.read()
  @Cost({ base: 5 })
  @Query(() => RouteComposition, { description: "The route's composition rules: each limit, the current value, whether it holds, hard or soft" })
  async routeComposition(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string) {
    await getRoute(ctx, routeId);
    return this.answer(ctx, routeId);
  }

  @Allow.edit(DELEGATIONS)
  @Mutation(() => RouteComposition, { description: "Sets a route's composition targets; refused if the route is CLOSED" })
  async setRouteComposition(@Ctx() ctx: RequestContext, @Arg('input') input: SetCompositionInput) {
    const check = new ReferenceCheck(ctx);
    await check.one(RouteRef, input.routeId, 'input.routeId');
    check.assertValid();
    await assertRouteOpen(ctx, input.routeId);
    const existing = await this.composition.settings(ctx, input.routeId);
    const settings = await this.composition.lockRoute(ctx, input.routeId);
    const expected = input.version ?? 0;
    const current = existing ? settings.version : 0;
    if (expected !== current) throw new StaleVersionError('RouteComposition', input.routeId, expected, current);
    const next = { ...targetsOf(settings) };
    for (const key of Object.keys(DEFAULT_COMPOSITION) as (keyof typeof DEFAULT_COMPOSITION)[]) {
      const value = input[key];
      if (value !== undefined && value !== null) (next as Record<string, unknown>)[key] = value;
    }
    if (next.minParticipants > next.maxParticipants) throw ValidationError.field('input.minParticipants', `must not be above maxParticipants (${next.maxParticipants})`);
    Object.assign(settings, next);
    await ctx.repo(CompositionSettings).save(settings);
    return this.answer(ctx, input.routeId);
  }
}
