import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { HasAnyLanguage, IsCountryCode, IsLocalDate, Language, LocalizedTextInput, PageArgs, SortDirection } from '@lr/server-core';
import { RoutePhase } from './route-phase';

@InputType()
export class CreateRouteInput {
  @Field(() => ID) @IsUUID() programmeId: string;
  @Field(() => LocalizedTextInput) @ValidateNested() @HasAnyLanguage() title: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() summary?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() learningObjectives?: LocalizedTextInput;
  @Field() @IsCountryCode() hostCountryCode: string;
  @Field(() => [Language]) @ArrayMinSize(1, { message: 'needs at least one working language' }) @IsEnum(Language, { each: true }) workingLanguages: Language[];
  @Field({ nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsLocalDate() startDate?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsLocalDate() endDate?: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @IsUUID('all', { each: true }) thematicAreaIds?: string[];
}

@InputType()
export class UpdateRouteInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() title?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() summary?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() learningObjectives?: LocalizedTextInput;
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() hostCountryCode?: string;
  @Field(() => [Language], { nullable: true }) @IsOptional() @ArrayMinSize(1, { message: 'needs at least one working language' }) @IsEnum(Language, { each: true }) workingLanguages?: Language[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocalDate() startDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocalDate() endDate?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @IsUUID('all', { each: true }) thematicAreaIds?: string[];
}

export enum RouteSortField {
  START_DATE = 'start_date',
  TITLE = 'title',
  PHASE = 'phase',
  CREATED_AT = 'created_at',
}
registerEnumType(RouteSortField, { name: 'RouteSortField' });

@InputType()
export class RouteSort {
  @Field(() => RouteSortField) @IsEnum(RouteSortField) field: RouteSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) @IsEnum(SortDirection) direction: SortDirection;
}

@InputType()
export class RouteFilter {
  @Field({ nullable: true, description: 'Matches title or summary in any language' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field({ nullable: true }) @IsOptional() @IsUUID() programmeId?: string;
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() hostCountryCode?: string;
  @Field(() => [RoutePhase], { nullable: true }) @IsOptional() @IsEnum(RoutePhase, { each: true }) phases?: RoutePhase[];
  @Field({ nullable: true }) @IsOptional() @IsUUID() thematicAreaId?: string;
  @Field({ nullable: true, description: 'Starts on or after this date' }) @IsOptional() @IsLocalDate() startsFrom?: string;
  @Field({ nullable: true, description: 'Starts on or before this date' }) @IsOptional() @IsLocalDate() startsUntil?: string;
}

@ArgsType()
export class RoutesArgs extends PageArgs {
  @Field(() => RouteFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: RouteFilter;
  @Field(() => RouteSort, { nullable: true, description: 'Default: start date, oldest first' }) @IsOptional() @ValidateNested() sort?: RouteSort;
}
