import { Arg, Args, ArgsType, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Allow } from '../auth/allow';
import type { RequestContext } from '../context/request-context';
import { findOrFail } from '../database/records';
import { lockRow } from '../database/row-lock';
import { ConflictError } from '../errors';
import { Service } from '../module/service-container';
import { ConnectionType, PageArgs, paginate, type Connection } from '../pagination/connection';
import { LookAhead, type Selection } from '../reads/selection';
import { hasSearch, searchTerm, textMatches } from '../search/text-search';
import { JobStatus, ScheduledJob } from './scheduled-job.entity';

@InputType()
export class ScheduledJobFilter {
  @Field(() => JobStatus, { nullable: true }) @IsOptional() @IsEnum(JobStatus) status?: JobStatus;
  @Field({ nullable: true, description: "e.g. 'follow-up.period-reminder'" }) @IsOptional() @IsString() @MaxLength(100) kind?: string;
  @Field({ nullable: true, description: 'Matches the key or the last error, ignoring case and accents' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
}

@ArgsType()
export class ScheduledJobsArgs extends PageArgs {
  @Field(() => ScheduledJobFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ScheduledJobFilter;
}

@ObjectType()
export class ScheduledJobConnection extends ConnectionType(ScheduledJob) {}

/** Scheduled jobs as admins see them: what is due, what was done, what failed and why. */
@Service()
export class ScheduledJobService {
  list(ctx: RequestContext, args: ScheduledJobsArgs, selection?: Selection): Promise<Connection<ScheduledJob>> {
    const q = ctx.repo(ScheduledJob).createQueryBuilder('j');
    const f = args.filter;
    if (f?.status) q.andWhere('j.status = :status', { status: f.status });
    if (f?.kind) q.andWhere('j.kind = :kind', { kind: f.kind });
    if (hasSearch(f?.search)) q.andWhere(textMatches('j', { plain: ['key', 'last_error'] }), { term: searchTerm(f.search) });
    return paginate(q, args, { expression: 'j.run_at', direction: 'DESC' }, selection);
  }

  /**
   * Runs a FAILED job again at the runner's next round, its attempts counted from zero (after
   * the cause was fixed). A PENDING job is already going to run, and a DONE one never runs twice:
   * both are CONFLICT.
   */
  async retry(ctx: RequestContext, id: string): Promise<ScheduledJob> {
    await findOrFail(ctx, ScheduledJob, id);
    const job = await lockRow(ctx, ScheduledJob, id);
    if (job.status !== JobStatus.FAILED) throw new ConflictError(`Only a FAILED job is retried; this one is ${job.status}`, { status: job.status });
    Object.assign(job, { status: JobStatus.PENDING, attempts: 0, runAt: new Date() });
    const saved = await ctx.repo(ScheduledJob).save(job);
    ctx.afterCommit(() => ctx.runtime.jobs?.kick());
    return saved;
  }
}

@Resolver()
export class ScheduledJobsResolver {
  constructor(private readonly jobs: ScheduledJobService) {}

  @Allow.admin()
  @Query(() => ScheduledJobConnection, { description: 'Scheduled jobs, latest run time first' })
  scheduledJobs(@Ctx() ctx: RequestContext, @Args() args: ScheduledJobsArgs, @LookAhead() selection: Selection) {
    return this.jobs.list(ctx, args, selection);
  }

  @Allow.admin()
  @Mutation(() => ScheduledJob, { description: 'Runs a FAILED job again at once, its attempts counted from zero' })
  retryScheduledJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.jobs.retry(ctx, id);
  }
}
