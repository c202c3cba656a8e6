import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  Allow,
  Cost,
  Language,
  LocalizedText,
  localize,
  loadMany,
  loadOne,
  LookAhead,
  Money,
  moneyFromMinor,
  NotForPartners,
  Reads,
  type LocalizedValue,
  type RequestContext,
  type Selection,
} from '@lr/server-core';
import { loadOrganisation, loadPerson, Organisation, Person } from '@lr/server-core-domain';
import { Practice } from '@lr/server-practices';
import { ActionPlan } from '../plans/action-plan.entity';
import { visiblePractices } from '../plans/plan-fields.resolver';
import { smartCheck } from '../smart/smart-check';
import { SmartCheck } from '../smart/smart-check.types';
import { readSnapshot, type PlanSnapshot } from './plan-snapshot';
import { PlanVersion } from './plan-version.entity';
import { PlanVersionService } from './plan-version.service';
import { PlanChangeType, PlanVersionActivity, PlanVersionObjective } from './plan-version.types';

const LANG = { nullable: true, description: 'Defaults to the Accept-Language header' } as const;

/** The snapshot, parsed once per version object (a field asks for it several times). */
const parsed = new WeakMap<PlanVersion, PlanSnapshot>();
function snapshot(version: PlanVersion): PlanSnapshot {
  let s = parsed.get(version);
  if (!s) parsed.set(version, (s = readSnapshot(version.snapshot)));
  return s;
}

const text = (value: LocalizedValue, lang: Language | undefined, ctx: RequestContext) => localize(value, lang ?? ctx.language);

@Resolver(() => PlanVersion)
export class PlanVersionResolver {
  constructor(private readonly versions: PlanVersionService) {}

  @Allow.user()
  @Query(() => PlanVersion, { description: 'A submitted version, as it was submitted; NOT_FOUND when the caller may not read its plan' })
  planVersion(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.versions.get(ctx, id);
  }

  @Allow.user()
  @Cost({ assumedSize: 30 })
  @Query(() => [PlanChangeType], { description: 'What changed from one version of a plan to another (BAD_USER_INPUT on toVersionId when they are of different plans)' })
  planVersionDiff(@Ctx() ctx: RequestContext, @Arg('fromVersionId', () => ID) fromVersionId: string, @Arg('toVersionId', () => ID) toVersionId: string) {
    return this.versions.diff(ctx, fromVersionId, toVersionId);
  }

  @Reads('planId')
  @FieldResolver(() => ActionPlan, { nullable: true })
  plan(@Ctx() ctx: RequestContext, @Root() version: PlanVersion) {
    return loadOne(ctx, ActionPlan, version.planId);
  }

  @Reads('snapshot')
  @FieldResolver(() => Language, { description: 'The language it was written in' })
  language(@Root() version: PlanVersion) {
    return snapshot(version).language;
  }

  @Reads('snapshot')
  @FieldResolver(() => String)
  title(@Root() version: PlanVersion, @Arg('lang', () => Language, LANG) lang: Language | undefined, @Ctx() ctx: RequestContext) {
    return text(snapshot(version).title, lang, ctx) ?? '';
  }

  @Reads('snapshot')
  @FieldResolver(() => LocalizedText)
  titleTranslations(@Root() version: PlanVersion) {
    return snapshot(version).title;
  }

  @Reads('snapshot')
  @FieldResolver(() => String, { nullable: true })
  innovations(@Root() version: PlanVersion, @Arg('lang', () => Language, LANG) lang: Language | undefined, @Ctx() ctx: RequestContext) {
    return text(snapshot(version).innovations, lang, ctx);
  }

  @Reads('snapshot')
  @FieldResolver(() => LocalizedText)
  innovationsTranslations(@Root() version: PlanVersion) {
    return snapshot(version).innovations;
  }

  @Reads('snapshot')
  @FieldResolver(() => String, { nullable: true })
  context(@Root() version: PlanVersion, @Arg('lang', () => Language, LANG) lang: Language | undefined, @Ctx() ctx: RequestContext) {
    return text(snapshot(version).context, lang, ctx);
  }

  @Reads('snapshot')
  @FieldResolver(() => LocalizedText)
  contextTranslations(@Root() version: PlanVersion) {
    return snapshot(version).context;
  }

  @Reads('snapshot')
  @FieldResolver(() => String, { nullable: true })
  expectedResults(@Root() version: PlanVersion, @Arg('lang', () => Language, LANG) lang: Language | undefined, @Ctx() ctx: RequestContext) {
    return text(snapshot(version).expectedResults, lang, ctx);
  }

  @Reads('snapshot')
  @FieldResolver(() => LocalizedText)
  expectedResultsTranslations(@Root() version: PlanVersion) {
    return snapshot(version).expectedResults;
  }

  @Cost({ assumedSize: 3 })
  @Reads('snapshot')
  @FieldResolver(() => [Practice], { description: 'The practices it adapted (those still on record)' })
  practices(@Ctx() ctx: RequestContext, @Root() version: PlanVersion) {
    return visiblePractices(ctx, snapshot(version).practiceIds);
  }

  @Cost({ assumedSize: 4 })
  @Reads('snapshot')
  @FieldResolver(() => [PlanVersionObjective], { description: 'In order' })
  objectives(@Root() version: PlanVersion): PlanVersionObjective[] {
    return snapshot(version).objectives.map((o) => Object.assign(new PlanVersionObjective(), o));
  }

  @Cost({ assumedSize: 8 })
  @Reads('snapshot')
  @FieldResolver(() => [PlanVersionActivity], { description: 'In order' })
  activities(@Root() version: PlanVersion): PlanVersionActivity[] {
    return snapshot(version).activities.map((a) => Object.assign(new PlanVersionActivity(), a));
  }

  @Reads('snapshot')
  @FieldResolver(() => SmartCheck, { description: 'The SMART check of the version as submitted' })
  smartCheck(@Root() version: PlanVersion) {
    const s = snapshot(version);
    return smartCheck(s, s.objectives, s.activities);
  }
}

@Resolver(() => PlanVersionActivity)
export class PlanVersionActivityResolver {
  @NotForPartners()
  @FieldResolver(() => Person, { nullable: true, description: "The responsible person, as on record today (contact details under the core's privacy policy)" })
  responsiblePerson(@Ctx() ctx: RequestContext, @Root() activity: PlanVersionActivity) {
    return activity.responsiblePersonId ? loadPerson(ctx, activity.responsiblePersonId) : null;
  }

  @NotForPartners()
  @FieldResolver(() => String, { nullable: true, description: 'null for partners' })
  responsiblePersonId(@Root() activity: PlanVersionActivity) {
    return activity.responsiblePersonId;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  responsibleOrganisation(@Ctx() ctx: RequestContext, @Root() activity: PlanVersionActivity) {
    return activity.responsibleOrganisationId ? loadOrganisation(ctx, activity.responsibleOrganisationId) : null;
  }

  @FieldResolver(() => Money, { nullable: true })
  budget(@Root() activity: PlanVersionActivity) {
    return moneyFromMinor(activity.budgetMinor, activity.budgetCurrency);
  }
}

/** A plan's versions: the versions area adds these fields to ActionPlan. */
@Resolver(() => ActionPlan)
export class PlanVersionsFieldResolver {
  @NotForPartners()
  @Cost({ assumedSize: 3 })
  @Reads()
  @FieldResolver(() => [PlanVersion], { nullable: true, description: 'Every submission, oldest first (number 1, 2, …); null for partners' })
  versions(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan, @LookAhead() selection: Selection) {
    return loadMany(ctx, PlanVersion, plan.id, 'planId', { order: { number: 'ASC' }, selection });
  }

  @NotForPartners()
  @Reads()
  @FieldResolver(() => PlanVersion, { nullable: true, description: 'The last submission (what reviews are written about); null before the first, and for partners' })
  async latestVersion(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan) {
    const all = await loadMany(ctx, PlanVersion, plan.id, 'planId', { order: { number: 'ASC' } });
    return all[all.length - 1] ?? null;
  }
}
