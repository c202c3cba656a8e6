import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsCountryCode, PageArgs, SortDirection } from '@lr/server-core';
import { OrganisationType } from './organisation.entity';

@InputType()
export class CreateOrganisationInput {
  @Field() @IsString() @MinLength(2) @MaxLength(300) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(60) acronym?: string;
  @Field(() => OrganisationType) @IsEnum(OrganisationType) type: OrganisationType;
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsUrl({ require_protocol: true }, { message: 'must be a web address starting with http:// or https://' }) @MaxLength(500) website?: string;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(2) @MaxLength(300) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) acronym?: string | null;
  @Field(() => OrganisationType, { nullable: true }) @IsOptional() @IsEnum(OrganisationType) type?: OrganisationType;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ require_protocol: true }, { message: 'must be a web address starting with http:// or https://' }) @MaxLength(500) website?: string | null;
}

@InputType()
export class OrganisationFilter {
  @Field({ nullable: true, description: 'Matches name or acronym' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field(() => [OrganisationType], { nullable: true }) @IsOptional() @IsEnum(OrganisationType, { each: true }) types?: OrganisationType[];
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string;
}

export enum OrganisationSortField {
  NAME = 'name',
  TYPE = 'type',
  CREATED_AT = 'created_at',
}
registerEnumType(OrganisationSortField, { name: 'OrganisationSortField' });

@InputType()
export class OrganisationSort {
  @Field(() => OrganisationSortField) @IsEnum(OrganisationSortField) field: OrganisationSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) @IsEnum(SortDirection) direction: SortDirection;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: OrganisationFilter;
  @Field(() => OrganisationSort, { nullable: true, description: 'Default: name, A to Z (case and accents second)' }) @IsOptional() @ValidateNested() sort?: OrganisationSort;
}
