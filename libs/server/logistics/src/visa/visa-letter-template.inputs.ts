import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsCountryCode, LocalizedTextInput } from '@lr/server-core';

@InputType({ description: "A host country's visa letter: created when the country has none (leave out the version), else changed at the version read" })
export class SaveVisaLetterTemplateInput {
  @Field({ description: 'ISO 3166-1 alpha-2 code of the host country, e.g. PE' }) @IsCountryCode() hostCountryCode: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; leave out only to create the first template of the country' })
  @IsOptional()
  @IsInt()
  version?: number | null;
  @Field({ description: 'The inviting organisation, printed at the top' }) @IsString() @MaxLength(200) issuerName: string;
  @Field({ description: 'Its address, one line per line' }) @IsString() @MaxLength(1000) issuerAddress: string;
  @Field({ description: 'Who signs, e.g. "Ana Torres"' }) @IsString() @MaxLength(200) signatoryName: string;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Their title, per language' }) @IsOptional() @ValidateNested() signatoryTitle?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, {
    description:
      'Paragraphs separated by a blank line, per language (English required: the fallback). Placeholders: {name}, {passportNumber}, {nationality}, {dateOfBirth}, {routeTitle}, {startDate}, {endDate}, {city}, {purpose}',
  })
  @ValidateNested()
  body: LocalizedTextInput;
}
