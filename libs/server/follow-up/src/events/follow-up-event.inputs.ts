import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { HasAnyLanguage, IsCountryCode, IsLocalDate, LocalizedTextInput, PageArgs } from '@lr/server-core';
import { FollowUpEventKind } from './follow-up-event.entity';

@InputType()
export class CreateFollowUpEventInput {
  @Field(() => ID) @IsUUID() routeId: string;
  @Field(() => FollowUpEventKind) @IsEnum(FollowUpEventKind) kind: FollowUpEventKind;
  @Field({ description: 'YYYY-MM-DD' }) @IsLocalDate() date: string;
  @Field(() => LocalizedTextInput) @ValidateNested() @HasAnyLanguage() title: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() notes?: LocalizedTextInput;
  @Field(() => [ID], { nullable: true, description: 'People who took part' }) @IsOptional() @ArrayMaxSize(200) @IsUUID('all', { each: true }) participantIds?: string[];
  @Field({ nullable: true, description: 'Required for a technical-assistance visit: the country visited' }) @IsOptional() @IsCountryCode() countryCode?: string;
}

/** Fields left out stay as they are; the route does not change. */
@InputType()
export class UpdateFollowUpEventInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => FollowUpEventKind, { nullable: true }) @IsOptional() @IsEnum(FollowUpEventKind) kind?: FollowUpEventKind;
  @Field({ nullable: true }) @IsOptional() @IsLocalDate() date?: string;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() title?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() notes?: LocalizedTextInput;
  @Field(() => [ID], { nullable: true, description: 'Replaces the list' }) @IsOptional() @ArrayMaxSize(200) @IsUUID('all', { each: true }) participantIds?: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string | null;
}

@InputType()
export class FollowUpEventFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => FollowUpEventKind, { nullable: true }) @IsOptional() @IsEnum(FollowUpEventKind) kind?: FollowUpEventKind;
  @Field({ nullable: true, description: 'YYYY-MM-DD: events on or after this day' }) @IsOptional() @IsLocalDate() from?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD: events on or before this day' }) @IsOptional() @IsLocalDate() to?: string;
}

@ArgsType()
export class FollowUpEventsArgs extends PageArgs {
  @Field(() => FollowUpEventFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: FollowUpEventFilter;
}
