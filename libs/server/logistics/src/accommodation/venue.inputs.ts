import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsCountryCode, PageArgs } from '@lr/server-core';

const NOT_BLANK = /\S/;

@InputType()
export class CreateVenueInput {
  @Field({ description: 'Unique in its city, e.g. "Hotel Los Delfines"' }) @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(200) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) address?: string;
  @Field({ description: 'e.g. "Lima"' }) @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(120) city: string;
  @Field({ description: 'ISO 3166-1 alpha-2, e.g. PE' }) @IsCountryCode() countryCode: string;
  @Field({ nullable: true, description: 'e.g. "+51 1 411 8000"' }) @IsOptional() @IsString() @MaxLength(60) phone?: string;
}

@InputType({ description: 'What is left out keeps its value; null clears an optional field' })
export class UpdateVenueInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(200) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) address?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(120) city?: string;
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) phone?: string | null;
}

@InputType()
export class VenueFilter {
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field({ nullable: true, description: 'The city, ignoring case and accents ("ayacucho" finds "Ayacucho")' }) @IsOptional() @IsString() @MaxLength(120) city?: string;
  @Field({ nullable: true, description: "Matches the venue's name, city or address, anywhere, ignoring case and accents" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class VenuesArgs extends PageArgs {
  @Field(() => VenueFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: VenueFilter;
}
