import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Cost, Money } from '@lr/server-core';
import { LearningRoute, Programme } from '@lr/server-core-domain';

@ObjectType({ description: 'How many records share one value (a country, a sector, a status…)' })
export class ReportCount {
  @Field({
    description:
      'The value counted: an ISO country code, an enum value ("GOVERNMENT", "ON_TRACK"), or "NONE"',
  })
  key: string;
  @Field({ description: "The value in the caller's language" }) label: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'One delegation and how many of its participants the caller may count' })
export class ReportDelegation {
  @Field(() => ID) delegationId: string;
  @Field() name: string;
  @Field() kind: string;
  @Field(() => String, { nullable: true }) countryCode: string | null;
  @Field(() => Int) participants: number;
  @Field(() => Int, { description: 'Of them, SELECTED' }) selected: number;
}

@ObjectType({ description: 'Participants and delegations, counted' })
export class ParticipationPart {
  @Field(() => Int) delegations: number;
  @Field(() => Int, {
    description: 'Participants in any selection status (partners: SELECTED only)',
  })
  participants: number;
  @Field(() => Int) selected: number;
  @Cost({ assumedSize: 10 })
  @Field(() => [ReportCount], { description: "By the delegation's country, most first" })
  byCountry: ReportCount[];
  @Cost({ assumedSize: 6 })
  @Field(() => [ReportCount], { description: 'By sector, most first' })
  bySector: ReportCount[];
  @Cost({ assumedSize: 4 })
  @Field(() => [ReportCount], { description: 'By gender, most first' })
  byGender: ReportCount[];
  @Cost({ assumedSize: 5 })
  @Field(() => [ReportCount], { description: 'By selection status, most first' })
  byStatus: ReportCount[];
  @Cost({ assumedSize: 10 })
  @Field(() => [ReportDelegation], { description: 'By name' })
  delegationRows: ReportDelegation[];
}

@ObjectType({
  description: 'A practice visited: a case of the route, or a practice the agenda visits',
})
export class ReportPractice {
  @Field(() => ID) practiceId: string;
  @Field({ description: "In the caller's language" }) title: string;
  @Field() countryCode: string;
  @Field({ description: 'Attached to the route as a case' }) isCase: boolean;
  @Field(() => Int, { description: 'Agenda sessions about it' }) sessions: number;
}

@ObjectType({ description: 'The agenda as run' })
export class AgendaPart {
  @Field(() => Int) days: number;
  @Field(() => Int) sessions: number;
  @Cost({ assumedSize: 9 })
  @Field(() => [ReportCount], { description: 'Sessions by type, most first' })
  byType: ReportCount[];
  @Field(() => Int, {
    nullable: true,
    description: "Blocking findings of the agenda's checks; null for partners",
  })
  blockingFindings: number | null;
  @Field(() => Int, { nullable: true, description: 'Warnings; null for partners' })
  warningFindings: number | null;
}

@ObjectType({ description: 'One action plan, its status and what it was awarded' })
export class ReportPlan {
  @Field(() => ID) planId: string;
  @Field({ description: "In the caller's language" }) title: string;
  @Field() delegation: string;
  @Field() status: string;
  @Field(() => Money, {
    nullable: true,
    description: "The sum of its awards, in the fund's currency; null without one",
  })
  awarded: Money | null;
  @Cost({ assumedSize: 3 })
  @Field(() => [String], { description: 'The kinds of its awards' })
  awardKinds: string[];
}

@ObjectType({ description: 'Action plans by status, and the action fund' })
export class PlansPart {
  @Field(() => Int) total: number;
  @Cost({ assumedSize: 6 })
  @Field(() => [ReportCount], { description: 'By status, in the workflow’s order' })
  byStatus: ReportCount[];
  @Cost({ assumedSize: 10 }) @Field(() => [ReportPlan]) plans: ReportPlan[];
  @Field(() => Money, {
    nullable: true,
    description:
      'The action fund (for a programme: its routes’ funds added up when they share a currency, else null)',
  })
  fund: Money | null;
  @Field(() => Money, { nullable: true, description: 'What the awards add up to' })
  awarded: Money | null;
  @Field(() => Int) awards: number;
}

@ObjectType({ description: 'One indicator and where it stands' })
export class ReportIndicator {
  @Field(() => ID) indicatorId: string;
  @Field({ description: "In the caller's language" }) name: string;
  @Field({ description: 'ON_TRACK, OFF_TRACK or NO_DATA' }) status: string;
  @Field(() => String, {
    nullable: true,
    description: 'Percentage of the way from baseline to target ("40", "33.3")',
  })
  progressPercent: string | null;
  @Field(() => String, { nullable: true }) targetDate: string | null;
}

@ObjectType({ description: 'Indicator progress: on track, off track, no data' })
export class IndicatorsPart {
  @Field(() => Int) total: number;
  @Field(() => Int) onTrack: number;
  @Field(() => Int) offTrack: number;
  @Field(() => Int) noData: number;
  @Cost({ assumedSize: 20 })
  @Field(() => [ReportIndicator], { description: 'By target date' })
  indicators: ReportIndicator[];
}

@ObjectType({ description: "A survey's response rate" })
export class ReportSurvey {
  @Field(() => ID) surveyId: string;
  @Field({ description: "In the caller's language" }) title: string;
  @Field() kind: string;
  @Field() status: string;
  @Field(() => Int) invited: number;
  @Field(() => Int) answered: number;
  @Field(() => Float, { description: 'answered / invited in percent, one decimal' })
  responseRate: number;
}

@ObjectType({
  description: "One budget category, planned against actual in the programme's currency",
})
export class ReportBudgetCategory {
  @Field() category: string;
  @Field({ description: "The category in the caller's language" }) label: string;
  @Field(() => Money, { nullable: true }) planned: Money | null;
  @Field(() => Money, { nullable: true }) actual: Money | null;
  @Field(() => Money, { nullable: true }) variance: Money | null;
}

@ObjectType({
  description:
    "Planned against actual in the programme's currency, as the logistics budget computes it",
})
export class BudgetPart {
  @Field() currency: string;
  @Field(() => Money, { nullable: true }) planned: Money | null;
  @Field(() => Money, { nullable: true }) actual: Money | null;
  @Field(() => Money, { nullable: true }) variance: Money | null;
  @Field(() => String, {
    nullable: true,
    description: 'actual as a percentage of planned, one decimal',
  })
  burnPercent: string | null;
  @Cost({ assumedSize: 9 })
  @Field(() => [ReportBudgetCategory], { description: 'Every category, in the budget’s order' })
  categories: ReportBudgetCategory[];
}

@InterfaceType('ReportParts', {
  description: 'The parts every report has, for a route or a programme',
})
export abstract class ReportParts {
  @Field(() => ParticipationPart) participation: ParticipationPart;
  @Cost({ assumedSize: 10 })
  @Field(() => [ReportPractice], { description: 'Cases first, then by title' })
  practices: ReportPractice[];
  @Field(() => AgendaPart) agenda: AgendaPart;
  @Field(() => PlansPart) plans: PlansPart;
  @Field(() => IndicatorsPart) indicators: IndicatorsPart;
  @Cost({ assumedSize: 3 })
  @Field(() => [ReportSurvey], { description: 'By opening date; empty for partners' })
  surveys: ReportSurvey[];
  @Field(() => BudgetPart, {
    nullable: true,
    description: 'Null for partners (money is internal working data)',
  })
  budget: BudgetPart | null;
}

@ObjectType({
  implements: ReportParts,
  description:
    "A route's report: participants, practices visited, agenda, plans, indicators, surveys and budget",
})
export class RouteReport extends ReportParts {
  @Field(() => LearningRoute) route: LearningRoute;
}

@ObjectType({
  implements: ReportParts,
  description:
    "A programme's report: its routes' parts added up, its own indicators, surveys and budget, and each route's report",
})
export class ProgrammeReport extends ReportParts {
  @Field(() => Programme) programme: Programme;
  @Cost({ assumedSize: 4 })
  @Field(() => [RouteReport], { description: 'Each route, by start date' })
  routes: RouteReport[];
}
