import { AccountStatus } from '../accounts/account-status';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsCountryCode, IsLocalDate, PageArgs } from '@lr/server-core';
import { ConsentKind, DecisionPower, ParticipantRole, Sector, SelectionStatus } from './participant-enums';

/** What a participant writes about themself; editors write it too. */
@InputType('ParticipantApplicationBase', { description: 'Not in the schema: the application fields the inputs share' })
export abstract class ApplicationFields {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) position?: string | null;
  @Field(() => DecisionPower, { nullable: true }) @IsOptional() @IsEnum(DecisionPower) decisionPower?: DecisionPower | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) motivation?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) applicationContext?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) commitmentBefore?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) commitmentDuring?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) commitmentAfter?: string | null;
}

@InputType()
export class CreateParticipantInput extends ApplicationFields {
  @Field(() => ID) @IsUUID() delegationId: string;
  @Field(() => ID) @IsUUID() personId: string;
  @Field(() => Sector) @IsEnum(Sector) sector: Sector;
  @Field(() => [ParticipantRole], { nullable: true }) @IsOptional() @ArrayMaxSize(5) @IsEnum(ParticipantRole, { each: true }) roles?: ParticipantRole[];
}

@InputType()
export class UpdateParticipantInput extends ApplicationFields {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => ID, { nullable: true, description: 'Moves them to another delegation of the same route' }) @IsOptional() @IsUUID() delegationId?: string;
  @Field(() => Sector, { nullable: true }) @IsOptional() @IsEnum(Sector) sector?: Sector;
  @Field(() => [ParticipantRole], { nullable: true }) @IsOptional() @ArrayMaxSize(5) @IsEnum(ParticipantRole, { each: true }) roles?: ParticipantRole[];
}

/** What a participant may change of their own record. */
@InputType()
export class UpdateMyParticipationInput extends ApplicationFields {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
}

@InputType()
export class ConsentInput {
  @Field(() => ConsentKind) @IsEnum(ConsentKind) kind: ConsentKind;
  @Field() @IsBoolean() given: boolean;
  @Field({ nullable: true, description: 'The day it was given, YYYY-MM-DD; today if left out; not in the future' }) @IsOptional() @IsLocalDate() date?: string;
}

@InputType()
export class RecordConsentsInput {
  @Field(() => ID) @IsUUID() participantId: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => [ConsentInput]) @ArrayMinSize(1) @ArrayMaxSize(3) @ValidateNested({ each: true }) consents: ConsentInput[];
}

@InputType()
export class ParticipantFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() delegationId?: string;
  @Field({ nullable: true, description: "The delegation's country" }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field(() => [SelectionStatus], { nullable: true }) @IsOptional() @ArrayMaxSize(5) @IsEnum(SelectionStatus, { each: true }) statuses?: SelectionStatus[];
  @Field(() => Sector, { nullable: true }) @IsOptional() @IsEnum(Sector) sector?: Sector;
  @Field(() => ParticipantRole, { nullable: true }) @IsOptional() @IsEnum(ParticipantRole) role?: ParticipantRole;
  @Field({ nullable: true, description: 'Checked in (true) or not yet (false)' }) @IsOptional() @IsBoolean() checkedIn?: boolean;
  @Field({ nullable: true, description: "Matches the person's given or family name, ignoring case and accents" }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field(() => AccountStatus, { nullable: true, description: "Their portal account (who was invited and has not signed up yet, for instance); not for partners' keys" })
  @IsOptional()
  @IsEnum(AccountStatus)
  account?: AccountStatus;
}

@ArgsType()
export class ParticipantsArgs extends PageArgs {
  @Field(() => ParticipantFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ParticipantFilter;
}
