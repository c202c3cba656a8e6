import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Cost, readSetting, ReferenceCheck, StaleVersionError, ValidationError, type RequestContext } from '@lr/server-core';
import { getRoute, RouteRef, routeSettingScopes } from '@lr/server-core-domain';
import { DELEGATIONS } from '../common/access';
import { assertRouteOpen } from '../common/route-state';
import { evaluateComposition, type RuleResult } from './composition-rules';
import { CompositionSettings } from './composition-settings.entity';
import { compositionDefaultsSetting, targetProblems } from './composition-setting';
import { CompositionService, TARGET_KEYS, targetsOf } from './composition.service';
import { CompositionRuleCode, RouteComposition, RuleSeverity, SetCompositionInput } from './composition.types';

const toRule = (r: RuleResult) => ({ ...r, code: r.code as CompositionRuleCode, severity: r.hard ? RuleSeverity.HARD : RuleSeverity.SOFT });

@Resolver()
export class CompositionResolver {
  constructor(private readonly composition: CompositionService) {}

  /** Builds the answer from the facts; the settings row is shown as stored, or the defaults. */
  private async answer(ctx: RequestContext, routeId: string): Promise<RouteComposition> {
    const [{ stored, targets }, facts, defaults] = await Promise.all([
      this.composition.targets(ctx, routeId),
      this.composition.facts(ctx, routeId),
      routeSettingScopes(ctx, routeId).then((scopes) => readSetting(ctx, compositionDefaultsSetting, scopes)),
    ]);
    const rules = evaluateComposition(targets, facts).map(toRule);
    const shown = stored ?? Object.assign(new CompositionSettings(), { routeId, version: 0, ...targets, id: routeId });
    return {
      routeId,
      settings: shown,
      isDefault: TARGET_KEYS.every((k) => targets[k] === defaults[k]),
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
    for (const key of TARGET_KEYS) {
      const value = input[key];
      if (value !== undefined && value !== null) (next as Record<string, unknown>)[key] = value;
    }
    const problems = targetProblems(next);
    if (problems.length) throw new ValidationError(problems.map((p) => ({ ...p, path: `input.${p.path}` })));
    Object.assign(settings, next);
    await ctx.repo(CompositionSettings).save(settings);
    return this.answer(ctx, input.routeId);
  }
}
