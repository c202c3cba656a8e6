import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Cost } from '@lr/server-core';
import { AgendaFindingCode, FindingSeverity } from './agenda-rules';

registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  valuesConfig: {
    BLOCKING: { description: 'Keeps the route out of IMPLEMENTATION' },
    WARNING: { description: 'Worth a look; the route may go ahead' },
  },
});

registerEnumType(AgendaFindingCode, {
  name: 'AgendaFindingCode',
  description: 'What an agenda check found; stable, for clients to word in their language',
  valuesConfig: {
    SESSIONS_OVERLAP: { description: 'Two sessions of a day share some time (blocking)' },
    DOUBLE_BOOKED: { description: 'A champion or interpreter is booked in two sessions at once, on this route or another (blocking)' },
    CASE_VISIT_WITHOUT_CONTEXT: { description: 'A case visit has no CONTEXT_SETTING of its practice before it (blocking)' },
    CASE_VISIT_WITHOUT_ANALYSIS: { description: 'A case visit has no ANALYSIS of its practice after it (blocking)' },
    NO_FIELD_VISIT_OUTSIDE_CAPITAL: { description: 'No FIELD_VISIT takes place outside the capital (blocking)' },
    PRESENTATIONS_NOT_ON_FIRST_DAY: { description: 'Delegation presentations are not on the first day (warning)' },
    CASE_NOT_SYSTEMATIZED: { description: 'A practice visited is not SYSTEMATIZED or PUBLISHED (blocking)' },
    PRACTICE_NOT_A_CASE: { description: 'Sessions name a practice no longer attached to the route (blocking)' },
    DAY_OUTSIDE_ROUTE_DATES: { description: "A day lies outside the route's dates (blocking)" },
    TOO_MANY_DAYS: { description: "The agenda has more days than the programme's maximum (blocking)" },
  },
});

@ObjectType('AgendaFinding', { description: 'One thing an agenda check found' })
export class AgendaFindingType {
  @Field(() => AgendaFindingCode) code: AgendaFindingCode;
  @Field(() => FindingSeverity) severity: FindingSeverity;
  @Field({ description: 'In English; clients word the finding from its code' }) message: string;
  @Field(() => [ID], { description: 'The sessions concerned, in the order of the agenda (a double booking across routes names the other route’s session too)' })
  sessionIds: string[];
  @Field(() => ID, { nullable: true, description: 'The day concerned, when the finding is about one day' }) dayId: string | null;
  @Field(() => ID, { nullable: true, description: 'The practice concerned' }) practiceId: string | null;
  @Field(() => ID, { nullable: true, description: 'The person booked twice' }) personId: string | null;
  @Field(() => ID, { nullable: true, description: 'The other route of a double booking across routes' }) otherRouteId: string | null;
}

@ObjectType({ description: "The checks of a route's agenda" })
export class AgendaChecks {
  @Field(() => ID) routeId: string;
  @Field({ description: 'No blocking finding: the route may enter IMPLEMENTATION as far as its agenda goes' }) ready: boolean;
  @Field(() => Int) blockingCount: number;
  @Field(() => Int) warningCount: number;
  @Cost({ assumedSize: 10 })
  @Field(() => [AgendaFindingType], { description: 'Blocking findings first, each rule’s in the order of the agenda' })
  findings: AgendaFindingType[];
}
