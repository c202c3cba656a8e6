import { PhaseRuleError, readSetting, Service, type RequestContext } from '@lr/server-core';
import { Person, routeSettingScopes } from '@lr/server-core-domain';
import { Delegation } from '../delegations/delegation.entity';
import type { DelegationKind } from '../delegations/delegation-kind';
import { Participant } from '../participants/participant.entity';
import { SelectionStatus, type Sector } from '../participants/participant-enums';
import { RouteTeamMember } from '../team/route-team-member.entity';
import { brokenBy, evaluateComposition, type CompositionFacts, type RuleResult } from './composition-rules';
import { CompositionSettings } from './composition-settings.entity';
import { compositionDefaultsSetting } from './composition-setting';
import { DEFAULT_COMPOSITION, type CompositionTargets } from './defaults';

export const TARGET_KEYS = Object.keys(DEFAULT_COMPOSITION) as (keyof CompositionTargets)[];

/** The targets a stored settings row holds. */
export function targetsOf(settings: CompositionSettings): CompositionTargets {
  const targets = {} as Record<string, unknown>;
  for (const k of TARGET_KEYS) targets[k] = settings[k];
  return targets as CompositionTargets;
}

/** Stores a route's targets from today's defaults (its programme's, else the platform's) unless it has its own (see `CompositionService.storeDefaults`). */
export async function storeCompositionDefaults(ctx: RequestContext, routeId: string): Promise<void> {
  const defaults = await readSetting(ctx, compositionDefaultsSetting, await routeSettingScopes(ctx, routeId));
  await ctx.repo(CompositionSettings).createQueryBuilder().insert().values({ routeId, ...defaults }).orIgnore().execute();
}

@Service()
export class CompositionService {
  /** The route's settings row, if it has one (no lock). */
  settings(ctx: RequestContext, routeId: string): Promise<CompositionSettings | null> {
    return ctx.repo(CompositionSettings).findOneBy({ routeId });
  }

  /** The route's stored targets, or today's defaults for a route made before targets were stored. */
  async targets(ctx: RequestContext, routeId: string): Promise<{ stored: CompositionSettings | null; targets: CompositionTargets }> {
    const stored = await this.settings(ctx, routeId);
    return { stored, targets: stored ? targetsOf(stored) : await readSetting(ctx, compositionDefaultsSetting, await routeSettingScopes(ctx, routeId)) };
  }

  /**
   * The route's settings row, created with the defaults if missing, and locked for the rest of
   * the transaction: every change that adds people to a route takes this lock first, so two
   * concurrent selections are counted one after the other.
   */
  async lockRoute(ctx: RequestContext, routeId: string): Promise<CompositionSettings> {
    await this.storeDefaults(ctx, routeId);
    return ctx.repo(CompositionSettings).findOneOrFail({ where: { routeId }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Stores the route's targets from today's platform defaults unless it has its own: when the
   * route is made (`reactOnCreate`), and for a route older than stored targets on first use.
   */
  storeDefaults(ctx: RequestContext, routeId: string): Promise<void> {
    return storeCompositionDefaults(ctx, routeId);
  }

  /** What the rules count, read in two statements. */
  async facts(ctx: RequestContext, routeId: string): Promise<CompositionFacts> {
    const [delegations, selected, teamMembers] = await Promise.all([
      ctx.repo(Delegation).find({ where: { routeId }, select: { id: true, name: true, kind: true }, order: { name: 'ASC' } }),
      ctx
        .repo(Participant)
        .createQueryBuilder('pt')
        .innerJoin(Person, 'p', 'p.id = pt.person_id')
        .select(['pt.delegation_id AS "delegationId"', 'pt.sector AS sector', 'p.gender AS gender'])
        .where('pt.route_id = :routeId AND pt.status = :status', { routeId, status: SelectionStatus.SELECTED })
        .getRawMany<{ delegationId: string; sector: Sector; gender: string }>(),
      ctx.repo(RouteTeamMember).countBy({ routeId }),
    ]);
    return {
      teamMembers,
      delegations: delegations.map((d) => ({
        id: d.id,
        name: d.name,
        kind: d.kind as DelegationKind,
        selected: selected.filter((s) => s.delegationId === d.id).map(({ sector, gender }) => ({ sector, gender })),
      })),
    };
  }

  async evaluate(ctx: RequestContext, routeId: string): Promise<RuleResult[]> {
    const [{ targets }, facts] = await Promise.all([this.targets(ctx, routeId), this.facts(ctx, routeId)]);
    return evaluateComposition(targets, facts);
  }

  /**
   * Refuses a change that would take a hard rule over its limit, naming the rules
   * (PHASE_RULE, `missing` holding their codes). `locked` is what `lockRoute` returned.
   */
  async assertAllowed(
    ctx: RequestContext,
    locked: CompositionSettings,
    change: (facts: CompositionFacts) => CompositionFacts,
    what: string,
    move: { from: string; to: string; allowed: string[] },
  ): Promise<void> {
    const facts = await this.facts(ctx, locked.routeId);
    const targets = targetsOf(locked);
    const broken = brokenBy(evaluateComposition(targets, facts), evaluateComposition(targets, change(facts)));
    if (broken.length) {
      throw new PhaseRuleError(
        `${what} would break the route's composition: ${broken.map((r) => r.message).join('; ')}`,
        move.from,
        move.to,
        move.allowed,
        broken.map((r) => r.code),
      );
    }
  }
}
