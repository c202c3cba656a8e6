import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { MoneyInput } from '@lr/server-core';
import { LegDirection } from './travel-enums';

const LOCAL = 'Local wall-clock time as the ticket prints it, YYYY-MM-DDTHH:MM';

@InputType()
export class CreateTravelLegInput {
  @Field(() => ID) @IsUUID() travellerId: string;
  @Field(() => LegDirection) @IsEnum(LegDirection) direction: LegDirection;
  @Field({ description: 'City or airport, e.g. "Dar es Salaam (DAR)"' }) @IsString() @MaxLength(120) fromPlace: string;
  @Field() @IsString() @MaxLength(120) toPlace: string;
  @Field({ description: LOCAL }) @IsString() @MaxLength(16) departLocal: string;
  @Field({ description: 'IANA zone of the departure, e.g. Africa/Dar_es_Salaam' }) @IsString() @MaxLength(64) departTimeZone: string;
  @Field({ description: `${LOCAL}; after the departure once both zones are taken into account` }) @IsString() @MaxLength(16) arriveLocal: string;
  @Field({ description: 'IANA zone of the arrival, e.g. America/Lima' }) @IsString() @MaxLength(64) arriveTimeZone: string;
  @Field(() => String, { nullable: true, description: 'e.g. "KLM KL743"' }) @IsOptional() @IsString() @MaxLength(120) carrier?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) bookingReference?: string | null;
  @Field(() => MoneyInput, { nullable: true, description: 'What the leg cost, in the currency paid' }) @IsOptional() @ValidateNested() cost?: MoneyInput | null;
  @Field(() => ID, { nullable: true, description: 'Who meets them on arrival (a person)' }) @IsOptional() @IsUUID() meetPersonId?: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. "Driver with a Learning Routes sign at exit B"' }) @IsOptional() @IsString() @MaxLength(300) meetingNote?: string | null;
}

/** Every field but the id and version is optional: undefined leaves it, null clears it. */
@InputType()
export class UpdateTravelLegInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => LegDirection, { nullable: true }) @IsOptional() @IsEnum(LegDirection) direction?: LegDirection;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) fromPlace?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) toPlace?: string;
  @Field({ nullable: true, description: LOCAL }) @IsOptional() @IsString() @MaxLength(16) departLocal?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(64) departTimeZone?: string;
  @Field({ nullable: true, description: LOCAL }) @IsOptional() @IsString() @MaxLength(16) arriveLocal?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(64) arriveTimeZone?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) carrier?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) bookingReference?: string | null;
  @Field(() => MoneyInput, { nullable: true, description: 'null clears it' }) @IsOptional() @ValidateNested() cost?: MoneyInput | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() meetPersonId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) meetingNote?: string | null;
}
