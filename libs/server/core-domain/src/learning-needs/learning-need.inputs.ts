import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsCountryCode, PageArgs } from '@lr/server-core';

@InputType()
export class LearningNeedFilter {
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsUUID() thematicAreaId?: string;
}

@ArgsType()
export class LearningNeedsArgs extends PageArgs {
  @Field(() => LearningNeedFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: LearningNeedFilter;
}

@InputType({ description: "A country's whole ranking, most wanted area first; replaces the previous one" })
export class SetLearningNeedsInput {
  @Field() @IsCountryCode() countryCode: string;
  @Field(() => [ID]) @ArrayMaxSize(50) @ArrayUnique({ message: 'lists an area twice' }) @IsUUID('all', { each: true }) thematicAreaIds: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) source?: string;
}
