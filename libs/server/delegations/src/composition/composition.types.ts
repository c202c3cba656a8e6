import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Cost } from '@lr/server-core';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CompositionSettings } from './composition-settings.entity';
import { RouteKind } from './route-kind';
import { COMPOSITION_FIELDS as F } from './composition-setting';

export enum CompositionRuleCode {
  ROUTE_SIZE = 'ROUTE_SIZE',
  NATIONAL_TEAM_COUNT = 'NATIONAL_TEAM_COUNT',
  TEAM_SIZE = 'TEAM_SIZE',
  TEAM_GOVERNMENT = 'TEAM_GOVERNMENT',
  STAKEHOLDER_DELEGATES = 'STAKEHOLDER_DELEGATES',
  PARTICIPANT_COUNT = 'PARTICIPANT_COUNT',
  ALLIANCE_COUNT = 'ALLIANCE_COUNT',
  GENDER_BALANCE = 'GENDER_BALANCE',
}
registerEnumType(CompositionRuleCode, {
  name: 'CompositionRuleCode',
  valuesConfig: {
    ROUTE_SIZE: { description: 'People on the route in all: selected participants and route team (hard)' },
    NATIONAL_TEAM_COUNT: { description: 'National teams with a selected participant (hard)' },
    TEAM_SIZE: { description: 'Selected participants of one national team (hard)' },
    TEAM_GOVERNMENT: { description: 'Government participants of one national team (soft)' },
    STAKEHOLDER_DELEGATES: { description: 'Selected delegates of one stakeholder group (hard)' },
    PARTICIPANT_COUNT: { description: 'Selected participants of a civil-society route (hard)' },
    ALLIANCE_COUNT: { description: 'Alliances with a selected participant on a civil-society route (hard)' },
    GENDER_BALANCE: { description: 'Largest share of one gender among selected participants, percent (soft)' },
  },
});

export enum RuleSeverity {
  /** Refuses selections that would break it; keeps the route out of IMPLEMENTATION while it fails. */
  HARD = 'HARD',
  /** Reported as a warning. */
  SOFT = 'SOFT',
}
registerEnumType(RuleSeverity, { name: 'RuleSeverity' });

@ObjectType({ description: 'One composition rule as it stands on the route' })
export class CompositionRule {
  @Field(() => CompositionRuleCode) code: CompositionRuleCode;
  @Field(() => RuleSeverity) severity: RuleSeverity;
  @Field(() => Int, { nullable: true, description: 'The least the current value may be' }) min: number | null;
  @Field(() => Int, { nullable: true, description: 'The most the current value may be' }) max: number | null;
  @Field(() => Int) current: number;
  @Field() holds: boolean;
  @Field(() => ID, { nullable: true, description: 'The delegation a per-delegation rule is about' }) delegationId: string | null;
  @Field(() => String, { nullable: true }) delegationName: string | null;
  @Field({ description: 'The rule and where it stands, in English (clients word it from the code and numbers)' }) message: string;
}

@ObjectType({ description: "A route's composition: its targets and every rule with whether it holds" })
export class RouteComposition {
  @Field(() => ID) routeId: string;
  @Field(() => CompositionSettings, { description: 'The targets (the defaults of the seeds until set)' }) settings: CompositionSettings;
  @Field({ description: "The targets equal the defaults a new route of its programme gets now (the setting delegations.compositionDefaults: the programme's, else the platform's)" }) isDefault: boolean;
  @Cost({ assumedSize: 15 })
  @Field(() => [CompositionRule]) rules: CompositionRule[];
  @Field({ description: 'Every hard rule holds: the route may enter IMPLEMENTATION as far as its composition goes' }) ready: boolean;
  @Field(() => Int) selectedParticipants: number;
  @Field(() => Int) teamMembers: number;
}

@InputType({ description: 'Composition targets of a route; what is left out keeps its value' })
export class SetCompositionInput {
  @Field(() => ID) @IsUUID() routeId: string;
  @Field(() => Int, { nullable: true, description: 'The settings version you read' }) @IsOptional() @IsInt() version?: number;
  @Field(() => RouteKind, { nullable: true }) @IsOptional() @IsEnum(RouteKind) routeKind?: RouteKind;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(F.maxPeople.min) @Max(F.maxPeople.max) maxPeople?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(F.nationalTeams.min) @Max(F.nationalTeams.max) nationalTeams?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(F.teamSize.min) @Max(F.teamSize.max) teamSize?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(F.minGovernmentPerTeam.min) @Max(F.minGovernmentPerTeam.max) minGovernmentPerTeam?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(F.maxPerStakeholderGroup.min) @Max(F.maxPerStakeholderGroup.max) maxPerStakeholderGroup?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(F.minParticipants.min) @Max(F.minParticipants.max) minParticipants?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(F.maxParticipants.min) @Max(F.maxParticipants.max) maxParticipants?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(F.minAlliances.min) @Max(F.minAlliances.max) minAlliances?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(F.maxGenderSharePercent.min) @Max(F.maxGenderSharePercent.max) maxGenderSharePercent?: number;
}
