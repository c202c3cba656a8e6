import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsCountryCode, PageArgs } from '@lr/server-core';
import { SelectionStatus } from '../participants/participant-enums';
import { DelegationKind } from './delegation-kind';

const NOT_BLANK = /\S/;

@InputType()
export class CreateDelegationInput {
  @Field(() => ID) @IsUUID() routeId: string;
  @Field({ description: 'Unique on the route, e.g. "Guatemala"' }) @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(200) name: string;
  @Field(() => DelegationKind) @IsEnum(DelegationKind) kind: DelegationKind;
  @Field({ nullable: true, description: 'Required for national teams' }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() headPersonId?: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true }) organisationIds?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}

@InputType()
export class UpdateDelegationInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(200) name?: string;
  @Field(() => DelegationKind, { nullable: true }) @IsOptional() @IsEnum(DelegationKind) kind?: DelegationKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() headPersonId?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true }) organisationIds?: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string | null;
}

@InputType()
export class DelegationFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() routeId?: string;
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field(() => DelegationKind, { nullable: true }) @IsOptional() @IsEnum(DelegationKind) kind?: DelegationKind;
  @Field(() => SelectionStatus, { nullable: true, description: 'Delegations with at least one member in this selection status' })
  @IsOptional()
  @IsEnum(SelectionStatus)
  memberStatus?: SelectionStatus;
  @Field({ nullable: true, description: "Matches the delegation's name or its country's, anywhere, ignoring case and accents" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class DelegationsArgs extends PageArgs {
  @Field(() => DelegationFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: DelegationFilter;
}
