import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { HasAnyLanguage, LocalizedTextInput } from '@lr/server-core';
import { HH_MM } from './local-time';
import { SessionType } from './session-type';

const TIME_MESSAGE = 'must be a time written HH:MM (24-hour clock), e.g. 09:30';
/** ISO 639-1 (or 639-3 for languages without one, e.g. Quechua "qu", Ayacucho Quechua "quy"). */
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** Where a session takes place and who leads it: shared by creating and changing a session. */
@InputType('AgendaSessionFieldsBase', { description: 'Not in the schema: the session fields the inputs share' })
abstract class SessionFields {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) placeName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) placeAddress?: string | null;
  @Field({ nullable: true, description: 'The place is outside the host capital' }) @IsOptional() @IsBoolean() outsideCapital?: boolean;
  @Field(() => Float, { nullable: true, description: 'Degrees, -90 to 90; given with the longitude' })
  @IsOptional()
  @IsNumber({}, { message: 'must be a number of degrees' })
  @Min(-90, { message: 'must be between -90 and 90 degrees' })
  @Max(90, { message: 'must be between -90 and 90 degrees' })
  latitude?: number | null;
  @Field(() => Float, { nullable: true, description: 'Degrees, -180 to 180; given with the latitude' })
  @IsOptional()
  @IsNumber({}, { message: 'must be a number of degrees' })
  @Min(-180, { message: 'must be between -180 and 180 degrees' })
  @Max(180, { message: 'must be between -180 and 180 degrees' })
  longitude?: number | null;
  @Field(() => ID, { nullable: true, description: 'A practice attached to the route as a case; required for a CASE_VISIT' })
  @IsOptional()
  @IsUUID()
  practiceId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Champions leading the session' }) @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true }) championIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'People interpreting (people on record)' }) @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true }) interpreterIds?: string[];
  @Field(() => [String], { nullable: true, description: 'Languages interpreted into, as ISO 639 codes, e.g. ["en", "fr"]' })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(LANGUAGE_CODE, { each: true, message: 'must hold ISO 639 language codes in lower case, e.g. "en" or "qu"' })
  interpretedLanguages?: string[];
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Working notes for those on the route (not shown to partners)' })
  @IsOptional()
  @ValidateNested()
  notes?: LocalizedTextInput;
}

@InputType({ description: 'A session of a day; times are local to the route’s time zone' })
export class CreateAgendaSessionInput extends SessionFields {
  @Field(() => ID) @IsUUID() dayId: string;
  @Field(() => SessionType) @IsEnum(SessionType) type: SessionType;
  @Field({ description: 'HH:MM' }) @Matches(HH_MM, { message: TIME_MESSAGE }) startTime: string;
  @Field({ description: 'HH:MM, after the start' }) @Matches(HH_MM, { message: TIME_MESSAGE }) endTime: string;
  @Field(() => LocalizedTextInput) @ValidateNested() @HasAnyLanguage() title: LocalizedTextInput;
}

@InputType({ description: 'Changes to a session; what is left out keeps its value, null clears an optional field' })
export class UpdateAgendaSessionInput extends SessionFields {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => ID, { nullable: true, description: 'Another day of the same route' }) @IsOptional() @IsUUID() dayId?: string;
  @Field(() => SessionType, { nullable: true }) @IsOptional() @IsEnum(SessionType) type?: SessionType;
  @Field({ nullable: true, description: 'HH:MM' }) @IsOptional() @Matches(HH_MM, { message: TIME_MESSAGE }) startTime?: string;
  @Field({ nullable: true, description: 'HH:MM, after the start' }) @IsOptional() @Matches(HH_MM, { message: TIME_MESSAGE }) endTime?: string;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() title?: LocalizedTextInput;
}

@InputType({ description: 'Where a session goes: a day of the same route and its times there, in one change' })
export class MoveAgendaSessionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => ID, { description: 'A day of the same route (the same day to change the times only)' }) @IsUUID() dayId: string;
  @Field({ description: 'HH:MM' }) @Matches(HH_MM, { message: TIME_MESSAGE }) startTime: string;
  @Field({ description: 'HH:MM, after the start' }) @Matches(HH_MM, { message: TIME_MESSAGE }) endTime: string;
}
