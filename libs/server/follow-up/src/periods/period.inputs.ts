import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsLocalDate, PageArgs } from '@lr/server-core';
import { PeriodStatus } from './period-status';

const NOT_BLANK = /\S/;

@InputType()
export class CreateReportingPeriodInput {
  @Field(() => ID) @IsUUID() programmeId: string;
  @Field({ description: 'e.g. "2025 Q1"; unique in the programme' }) @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(80) label: string;
  @Field({ description: 'YYYY-MM-DD: first day reported on' }) @IsLocalDate() startsOn: string;
  @Field({ description: 'YYYY-MM-DD: last day reported on; periods of a programme do not overlap' }) @IsLocalDate() endsOn: string;
  @Field({ description: 'YYYY-MM-DD, on or after endsOn: reports are due by then; owners are reminded before it and the period is locked the day after' })
  @IsLocalDate()
  closesOn: string;
}

@InputType()
export class UpdateReportingPeriodInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(80) label?: string;
  @Field({ nullable: true }) @IsOptional() @IsLocalDate() startsOn?: string;
  @Field({ nullable: true }) @IsOptional() @IsLocalDate() endsOn?: string;
  @Field({ nullable: true, description: 'Moving it moves the reminder and the automatic lock (unless they have already happened)' }) @IsOptional() @IsLocalDate() closesOn?: string;
}

@InputType()
export class ReportingPeriodFilter {
  @Field(() => PeriodStatus, { nullable: true }) @IsOptional() @IsEnum(PeriodStatus) status?: PeriodStatus;
  @Field({ nullable: true, description: 'YYYY-MM-DD: the period that covers this day' }) @IsOptional() @IsLocalDate() covers?: string;
  @Field({ nullable: true, description: 'Matches the label, ignoring case and accents' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
}

@ArgsType()
export class ReportingPeriodsArgs extends PageArgs {
  @Field(() => ID) @IsUUID() programmeId: string;
  @Field(() => ReportingPeriodFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ReportingPeriodFilter;
}
