import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { HasAnyLanguage, IsLocalDate, LocalizedTextInput, MoneyInput, PageArgs } from '@lr/server-core';

@InputType()
export class CreateProgrammeInput {
  @Field(() => LocalizedTextInput) @ValidateNested() @HasAnyLanguage() name: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() objectives?: LocalizedTextInput;
  @Field({ nullable: true }) @IsOptional() @IsUUID() funderId?: string;
  @Field({ nullable: true }) @IsOptional() @IsUUID() coordinatorId?: string;
  @Field({ nullable: true }) @IsOptional() @IsUUID() facilitatorId?: string;
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() budget?: MoneyInput;
  @Field({ nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsLocalDate() startDate?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsLocalDate() endDate?: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @IsUUID('all', { each: true }) thematicAreaIds?: string[];
  @Field(() => Int, { nullable: true, description: 'Default 8 (seed 000 §26)' }) @IsOptional() @IsInt() @Min(1) @Max(60) maxRouteDays?: number;
}

@InputType()
export class UpdateProgrammeInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() name?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() objectives?: LocalizedTextInput;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUUID() funderId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUUID() coordinatorId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUUID() facilitatorId?: string | null;
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() budget?: MoneyInput | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocalDate() startDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocalDate() endDate?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @IsUUID('all', { each: true }) thematicAreaIds?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(60) maxRouteDays?: number;
}

@InputType()
export class ProgrammeFilter {
  @Field({ nullable: true, description: 'Matches the name in any language' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field({ nullable: true }) @IsOptional() @IsUUID() thematicAreaId?: string;
  @Field({ nullable: true, description: 'Funded, coordinated or facilitated by this organisation' }) @IsOptional() @IsUUID() organisationId?: string;
}

@ArgsType()
export class ProgrammesArgs extends PageArgs {
  @Field(() => ProgrammeFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ProgrammeFilter;
}
