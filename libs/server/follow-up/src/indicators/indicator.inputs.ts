import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { HasAnyLanguage, IsLocalDate, LocalizedTextInput, PageArgs } from '@lr/server-core';
import { DECIMAL, DECIMAL_MESSAGE } from './decimal';
import { IndicatorStatus } from './indicator-status';

@InputType({ description: 'An indicator added to a programme directly (not from an action plan)' })
export class CreateTrackedIndicatorInput {
  @Field(() => ID) @IsUUID() programmeId: string;
  @Field(() => ID, { nullable: true, description: 'A route of the programme, if the indicator belongs to one' }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => LocalizedTextInput, { description: 'What is measured' }) @ValidateNested() @HasAnyLanguage() name: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The objective it measures' }) @IsOptional() @ValidateNested() objective?: LocalizedTextInput;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) unit?: string;
  @Field({ nullable: true, description: 'Decimal string' }) @IsOptional() @Matches(DECIMAL, { message: DECIMAL_MESSAGE }) baselineValue?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsLocalDate() baselineDate?: string;
  @Field({ nullable: true, description: 'Decimal string' }) @IsOptional() @Matches(DECIMAL, { message: DECIMAL_MESSAGE }) targetValue?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD, after the baseline date' }) @IsOptional() @IsLocalDate() targetDate?: string;
  @Field(() => ID, { nullable: true, description: 'The person who reports on it' }) @IsOptional() @IsUUID() ownerPersonId?: string;
}

@InputType({ description: 'Changes to an indicator; a field left out stays, null clears it' })
export class UpdateTrackedIndicatorInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() name?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() objective?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) unit?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DECIMAL, { message: DECIMAL_MESSAGE }) baselineValue?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocalDate() baselineDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DECIMAL, { message: DECIMAL_MESSAGE }) targetValue?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocalDate() targetDate?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerPersonId?: string | null;
}

@InputType()
export class TrackedIndicatorFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() programmeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => ID, { nullable: true, description: 'Indicators born from this action plan' }) @IsOptional() @IsUUID() planId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerPersonId?: string;
  @Field(() => IndicatorStatus, { nullable: true }) @IsOptional() @IsEnum(IndicatorStatus) status?: IndicatorStatus;
  @Field({ nullable: true, description: "Matches the indicator's name, objective or unit, anywhere, ignoring case and accents" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class TrackedIndicatorsArgs extends PageArgs {
  @Field(() => TrackedIndicatorFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: TrackedIndicatorFilter;
}
