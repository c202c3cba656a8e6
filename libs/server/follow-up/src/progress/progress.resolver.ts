import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, isPartner, joinedOr, loadMany, loadOne, LookAhead, NotForPartners, Reads, stateHistory, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { FOLLOW_UP } from '../common/access';
import { TrackedIndicator } from '../indicators/tracked-indicator.entity';
import { ProgressReport } from './progress-report.entity';
import { ProgressReportsArgs, ReportProgressInput, UpdateProgressReportInput, VerifyProgressReportsInput } from './progress.inputs';
import { ProgressService } from './progress.service';
import { Verification } from './verification';
import { VerificationChange, verificationMachine } from './verification-machine';

@ObjectType()
export class ProgressReportConnection extends ConnectionType(ProgressReport) {}

@Resolver(() => ProgressReport)
export class ProgressResolver {
  constructor(private readonly service: ProgressService) {}

  @Allow.read()
  @Cost({ assumedSize: 20 })
  @Query(() => ProgressReportConnection, { description: 'Latest date first. Partners read VERIFIED reports of the indicators they read' })
  progressReports(@Ctx() ctx: RequestContext, @Args() args: ProgressReportsArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => ProgressReport)
  progressReport(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.user()
  @Mutation(() => ProgressReport, {
    description: "Reports a value (UNVERIFIED): the indicator's owner, follow-up editors and admins; refused in a LOCKED reporting period",
  })
  reportProgress(@Ctx() ctx: RequestContext, @Arg('input') input: ReportProgressInput) {
    return this.service.report(ctx, input);
  }

  @Allow.user()
  @Mutation(() => ProgressReport, { description: 'Changes a report that is not VERIFIED; a RETURNED report goes back to UNVERIFIED' })
  updateProgressReport(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateProgressReportInput) {
    return this.service.update(ctx, input);
  }

  @Allow.user()
  @Mutation(() => ID, { description: 'Deletes an UNVERIFIED or RETURNED report at the version you read' })
  deleteProgressReport(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => ProgressReport, { description: 'UNVERIFIED → VERIFIED: its value now counts in the indicator’s progress' })
  verifyProgressReport(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.verify(ctx, id, version);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => ProgressReport, { description: 'UNVERIFIED → RETURNED for revision; the reason is required and kept in its history' })
  returnProgressReport(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return this.service.returnForRevision(ctx, id, version, reason);
  }

  @Allow.edit(FOLLOW_UP)
  @Cost({ assumedSize: 100 })
  @Mutation(() => [ProgressReport], { description: 'Verifies many reports at once, in order: all or nothing; a refusal lists every failing report (`extensions.failures`)' })
  verifyProgressReports(@Ctx() ctx: RequestContext, @Arg('input') input: VerifyProgressReportsInput) {
    return this.service.verifyMany(ctx, input);
  }

  @ToOne('indicator')
  @FieldResolver(() => TrackedIndicator, { nullable: true })
  indicator(@Ctx() ctx: RequestContext, @Root() report: ProgressReport) {
    return joinedOr(report.indicator, () => loadOne(ctx, TrackedIndicator, report.indicatorId));
  }

  @Reads('evidenceKey')
  @FieldResolver(() => Boolean, { description: 'An evidence file was uploaded: GET /follow-up/progress/:id/evidence' })
  hasEvidenceFile(@Root() report: ProgressReport) {
    return !!report.evidenceKey;
  }

  @Reads('evidenceKey')
  @FieldResolver(() => String, { nullable: true, description: 'Where its evidence file downloads (same credentials as the API), if one was uploaded' })
  evidenceFileUrl(@Root() report: ProgressReport) {
    return report.evidenceKey ? `/follow-up/progress/${report.id}/evidence` : null;
  }

  @NotForPartners()
  @Cost({ assumedSize: 4 })
  @Reads()
  @FieldResolver(() => [VerificationChange], { nullable: true, description: 'Its moves through verification, oldest first, with return reasons; null for partners' })
  verificationHistory(@Ctx() ctx: RequestContext, @Root() report: ProgressReport) {
    return stateHistory(ctx, verificationMachine, report.id);
  }

  @NotForPartners()
  @Reads('verification')
  @FieldResolver(() => String, { nullable: true, description: 'Why it was returned, while it is RETURNED; null for partners' })
  async returnReason(@Ctx() ctx: RequestContext, @Root() report: ProgressReport) {
    if (report.verification !== Verification.RETURNED) return null;
    const history = await stateHistory(ctx, verificationMachine, report.id);
    return [...history].reverse().find((h) => h.toState === Verification.RETURNED)?.reason ?? null;
  }
}

/** An indicator's reports, oldest first (for its chart); partners read VERIFIED ones only. */
@Resolver(() => TrackedIndicator)
export class IndicatorReportsResolver {
  @Cost({ assumedSize: 12 })
  @Reads()
  @FieldResolver(() => [ProgressReport], { description: 'Its progress reports by date, oldest first; partners see VERIFIED ones only' })
  async progressReports(@Ctx() ctx: RequestContext, @Root() indicator: TrackedIndicator, @LookAhead() selection: Selection) {
    const reports = await loadMany(ctx, ProgressReport, indicator.id, 'indicatorId', { order: { reportedOn: 'ASC', createdAt: 'ASC' }, selection, reads: ['verification'] });
    return isPartner(ctx.principal) ? reports.filter((r) => r.verification === Verification.VERIFIED) : reports;
  }
}
