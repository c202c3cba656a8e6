import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@lr/server-core';

@InputType()
export class CountryFilter {
  @Field({ nullable: true, description: 'Matches the code or the name in any language' })
  @IsOptional() @IsString() @MaxLength(100) search?: string;
}

@ArgsType()
export class CountriesArgs extends PageArgs {
  @Field(() => CountryFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: CountryFilter;
}
