import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsLocalDate, PageArgs } from '@lr/server-core';
import { DECIMAL, DECIMAL_MESSAGE } from '../indicators/decimal';
import { Verification } from './verification';

const URL_RULE = { protocols: ['http', 'https'], require_protocol: true };
const URL_MESSAGE = { message: 'must be a web address starting with http:// or https://' };

@InputType({ description: 'A value measured for an indicator on a date' })
export class ReportProgressInput {
  @Field(() => ID) @IsUUID() indicatorId: string;
  @Field({ description: 'Decimal string, e.g. "2" or "12.5"' }) @Matches(DECIMAL, { message: DECIMAL_MESSAGE }) value: string;
  @Field({ description: 'YYYY-MM-DD: the date the value describes (not in the future)' }) @IsLocalDate() reportedOn: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
  @Field({ nullable: true, description: 'Evidence as a link; a file is uploaded to POST /follow-up/progress/:id/evidence' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl(URL_RULE, URL_MESSAGE)
  evidenceUrl?: string;
}

@InputType({ description: 'Changes to a report that is not verified; a returned report goes back to UNVERIFIED' })
export class UpdateProgressReportInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @Matches(DECIMAL, { message: DECIMAL_MESSAGE }) value?: string;
  @Field({ nullable: true }) @IsOptional() @IsLocalDate() reportedOn?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) note?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) @IsUrl(URL_RULE, URL_MESSAGE) evidenceUrl?: string | null;
}

@InputType()
export class ProgressReportVersion {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read' }) @IsInt() version: number;
}

@InputType()
export class VerifyProgressReportsInput {
  @Field(() => [ProgressReportVersion]) @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) reports: ProgressReportVersion[];
}

@InputType()
export class ProgressReportFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() indicatorId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() programmeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => Verification, { nullable: true, description: 'UNVERIFIED for the verification queue' }) @IsOptional() @IsEnum(Verification) verification?: Verification;
  @Field({ nullable: true, description: 'Reported on or after, YYYY-MM-DD' }) @IsOptional() @IsLocalDate() from?: string;
  @Field({ nullable: true, description: 'Reported on or before, YYYY-MM-DD' }) @IsOptional() @IsLocalDate() to?: string;
  @Field({ nullable: true, description: 'Matches the note, ignoring case and accents' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
}

@ArgsType()
export class ProgressReportsArgs extends PageArgs {
  @Field(() => ProgressReportFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ProgressReportFilter;
}
