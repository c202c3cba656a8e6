import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsCountryCode, PageArgs, SortDirection } from '@lr/server-core';
import { Gender } from './person.entity';

const LANGUAGE_CODE = /^[a-z]{2}$/;
const PHONE = /^\+?[0-9 ()-]{6,30}$/;

@InputType()
export class CreatePersonInput {
  @Field() @IsString() @MinLength(1) @MaxLength(150) givenName: string;
  @Field() @IsString() @MinLength(1) @MaxLength(150) familyName: string;
  @Field({ nullable: true }) @IsOptional() @IsUUID() organisationId?: string;
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field(() => Gender, { nullable: true }) @IsOptional() @IsEnum(Gender) gender?: Gender;
  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, e.g. ["es", "en"]' })
  @IsOptional() @ArrayMaxSize(20) @Matches(LANGUAGE_CODE, { each: true, message: 'each language must be an ISO 639-1 code such as fr' }) languages?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) position?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, { message: 'must be an e-mail address' }) @MaxLength(320) email?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(PHONE, { message: 'must be a phone number such as +51 1 234 5678' }) phone?: string;
  @Field({ nullable: true, description: 'They agree to be contacted; recorded with today’s date' }) @IsOptional() @IsBoolean() contactConsent?: boolean;
}

@InputType()
export class UpdatePersonInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(150) givenName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(150) familyName?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUUID() organisationId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string | null;
  @Field(() => Gender, { nullable: true }) @IsOptional() @IsEnum(Gender) gender?: Gender;
  @Field(() => [String], { nullable: true })
  @IsOptional() @ArrayMaxSize(20) @Matches(LANGUAGE_CODE, { each: true, message: 'each language must be an ISO 639-1 code such as fr' }) languages?: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) position?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: 'must be an e-mail address' }) @MaxLength(320) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PHONE, { message: 'must be a phone number such as +51 1 234 5678' }) phone?: string | null;
  @Field({ nullable: true, description: 'They agree to be contacted; a change is recorded with today’s date' }) @IsOptional() @IsBoolean() contactConsent?: boolean;
}

@InputType()
export class PersonFilter {
  @Field({ nullable: true, description: 'Matches given or family name' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field({ nullable: true }) @IsOptional() @IsUUID() organisationId?: string;
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field({ nullable: true, description: 'Speaks this ISO 639-1 language' }) @IsOptional() @Matches(LANGUAGE_CODE) language?: string;
}

export enum PersonSortField {
  /** Family name, then given name. */
  NAME = 'name',
  GIVEN_NAME = 'given_name',
  CREATED_AT = 'created_at',
}
registerEnumType(PersonSortField, { name: 'PersonSortField', valuesConfig: { NAME: { description: 'Family name, then given name' } } });

@InputType()
export class PersonSort {
  @Field(() => PersonSortField) @IsEnum(PersonSortField) field: PersonSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) @IsEnum(SortDirection) direction: SortDirection;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: PersonFilter;
  @Field(() => PersonSort, { nullable: true, description: 'Default: family name, then given name, A to Z (case and accents second)' }) @IsOptional() @ValidateNested() sort?: PersonSort;
}
