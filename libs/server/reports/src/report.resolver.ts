import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow, Cost, type RequestContext } from '@lr/server-core';
import { ReportService } from './report.service';
import { ProgrammeReport, RouteReport } from './report.types';

@Resolver()
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  // Reading every module's figures for a route is work beyond the rows returned.
  @Allow.read()
  @Cost({ base: 20 })
  @Query(() => RouteReport, {
    description:
      "A route's report: participants and delegations, practices visited, the agenda as run, plans and awards, indicator progress, survey response rates and the budget planned vs actual. Partners read each part as its module shows them (no budget, findings or survey rates); PARTICIPANT users are refused",
  })
  routeReport(
    @Ctx() ctx: RequestContext,
    @Arg('routeId', () => ID) routeId: string,
  ): Promise<RouteReport> {
    return this.reports.routeReport(ctx, routeId);
  }

  @Allow.read()
  @Cost({ base: 50 })
  @Query(() => ProgrammeReport, {
    description:
      "A programme's report: its routes' parts added up, its own indicators, surveys and budget, and each route's report. Same rules as routeReport",
  })
  programmeReport(
    @Ctx() ctx: RequestContext,
    @Arg('programmeId', () => ID) programmeId: string,
  ): Promise<ProgrammeReport> {
    return this.reports.programmeReport(ctx, programmeId);
  }
}
