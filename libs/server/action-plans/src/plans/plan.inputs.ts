import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { HasAnyLanguage, Language, LocalizedTextInput, PageArgs } from '@lr/server-core';
import { PlanStatus } from './plan-status';

@InputType({ description: "A delegation's take-home action plan; one per delegation" })
export class CreateActionPlanInput {
  @Field(() => ID) @IsUUID() delegationId: string;
  @Field(() => LocalizedTextInput) @ValidateNested() @HasAnyLanguage() title: LocalizedTextInput;
  @Field(() => Language, { description: 'The language it is written in (its PDF is printed in it)' }) @IsEnum(Language) language: Language;
  @Field(() => [ID], { nullable: true, description: 'Practices it adapts' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'lists a practice twice' })
  @IsUUID('all', { each: true })
  practiceIds?: string[];
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The innovations it adapts, in words' }) @IsOptional() @ValidateNested() innovations?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Where it will be applied, and the situation there' }) @IsOptional() @ValidateNested() context?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() expectedResults?: LocalizedTextInput;
}

/** Fields left out stay as they are; a text sent as null is emptied. The status moves only through submitActionPlan and changeActionPlanStatus. */
@InputType()
export class UpdateActionPlanInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() title?: LocalizedTextInput;
  @Field(() => Language, { nullable: true }) @IsOptional() @IsEnum(Language) language?: Language;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @ArrayUnique({ message: 'lists a practice twice' }) @IsUUID('all', { each: true }) practiceIds?: string[];
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() innovations?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() context?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() expectedResults?: LocalizedTextInput | null;
}

@InputType()
export class ActionPlanFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() delegationId?: string;
  @Field(() => [PlanStatus], { nullable: true }) @IsOptional() @ArrayMaxSize(6) @IsEnum(PlanStatus, { each: true }) statuses?: PlanStatus[];
  @Field({ nullable: true, description: 'Plans whose SMART check passes (true) or fails (false)' }) @IsOptional() @IsBoolean() smartPasses?: boolean;
  @Field({ nullable: true, description: 'Matches the title, innovations, context or expected results in any language, ignoring case and accents' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class ActionPlansArgs extends PageArgs {
  @Field(() => ActionPlanFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ActionPlanFilter;
}
