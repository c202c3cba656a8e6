import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { Cost, Service, ValidationError, type RequestContext } from '@lr/server-core';
import { scopeIndicators } from './indicator-access';
import { indicatorStatus } from './indicator-progress';
import { IndicatorStatus } from './indicator-status';
import { lastVerifiedOf } from './last-verified';
import { TrackedIndicator } from './tracked-indicator.entity';

@InputType({ description: 'Give exactly one: a plan, a route or a programme' })
export class IndicatorRollupScope {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() planId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() programmeId?: string;
}

@ObjectType({ description: 'The indicators of one status, and how many' })
export class RollupBucket {
  @Field(() => IndicatorStatus) status: IndicatorStatus;
  @Field(() => Int) count: number;
  @Cost({ assumedSize: 20 })
  @Field(() => [TrackedIndicator], { description: 'The indicators behind the number, by target date' })
  indicators: TrackedIndicator[];
}

@ObjectType({ description: 'Indicators of a plan, route or programme: on track, off track, no data' })
export class IndicatorRollup {
  @Field(() => Int) total: number;
  @Field(() => RollupBucket) onTrack: RollupBucket;
  @Field(() => RollupBucket) offTrack: RollupBucket;
  @Field(() => RollupBucket) noData: RollupBucket;
}

const byTargetDate = (a: TrackedIndicator, b: TrackedIndicator) =>
  (a.targetDate ?? '9999') < (b.targetDate ?? '9999') ? -1 : (a.targetDate ?? '9999') > (b.targetDate ?? '9999') ? 1 : a.id < b.id ? -1 : 1;

@Service()
export class RollupService {
  /** Counts the indicators the caller may read in the scope by status; two statements whatever the size. */
  async rollup(ctx: RequestContext, scope: IndicatorRollupScope): Promise<IndicatorRollup> {
    const given = (['planId', 'routeId', 'programmeId'] as const).filter((k) => scope[k]);
    if (given.length !== 1) throw ValidationError.field('scope', 'needs exactly one of planId, routeId or programmeId', 'oneRollupScope');
    const key = given[0];
    const column = { planId: 'plan_id', routeId: 'route_id', programmeId: 'programme_id' }[key];
    const q = ctx.repo(TrackedIndicator).createQueryBuilder('i').where(`i.${column} = :scopeId`, { scopeId: scope[key] });
    await scopeIndicators(ctx, q, 'i');
    const indicators = (await q.getMany()).sort(byTargetDate);
    const last = await lastVerifiedOf(ctx, indicators.map((i) => i.id));
    const bucket = (status: IndicatorStatus): RollupBucket => {
      const list = indicators.filter((i) => indicatorStatus(i, last.get(i.id) ?? null) === status);
      return { status, count: list.length, indicators: list };
    };
    return { total: indicators.length, onTrack: bucket(IndicatorStatus.ON_TRACK), offTrack: bucket(IndicatorStatus.OFF_TRACK), noData: bucket(IndicatorStatus.NO_DATA) };
  }
}
