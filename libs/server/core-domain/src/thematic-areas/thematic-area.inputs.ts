import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { HasAnyLanguage, LocalizedTextInput, PageArgs } from '@lr/server-core';

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CODE_MESSAGE = 'must be lower-case words joined by hyphens, e.g. budget-tracking';

@InputType()
export class CreateThematicAreaInput {
  @Field() @Matches(CODE, { message: CODE_MESSAGE }) @MaxLength(60) code: string;
  @Field(() => LocalizedTextInput) @ValidateNested() @HasAnyLanguage() name: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() description?: LocalizedTextInput;
}

@InputType()
export class UpdateThematicAreaInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @Matches(CODE, { message: CODE_MESSAGE }) @MaxLength(60) code?: string;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() name?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() description?: LocalizedTextInput;
}

@InputType()
export class ThematicAreaFilter {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) search?: string;
}

@ArgsType()
export class ThematicAreasArgs extends PageArgs {
  @Field(() => ThematicAreaFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ThematicAreaFilter;
}
