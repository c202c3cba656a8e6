import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsCountryCode, IsLocalDate, Language, PageArgs } from '@lr/server-core';
import { TravelStatus, VisaStatus } from './travel-enums';

/** What editors write about a traveller; on `addTraveller` it comes on top of what is prefilled. */
@InputType('TravellerDetailsBase', { description: 'Not in the schema: the fields the traveller inputs share' })
export abstract class TravellerDetails {
  @Field(() => String, { nullable: true, description: 'Letters and digits; spaces and hyphens are dropped, letters upper-cased. Identity data' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  passportNumber?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, after the route's end date" })
  @IsOptional()
  @IsLocalDate()
  passportExpiry?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the passport' })
  @IsOptional()
  @IsCountryCode()
  nationalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, in the past' })
  @IsOptional()
  @IsLocalDate()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'Insurer and policy, e.g. "Allianz Travel 99-1234"' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  insurance?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the insurance covers the trip until then' })
  @IsOptional()
  @IsLocalDate()
  insuredUntil?: string | null;

  @Field(() => Language, { nullable: true, description: 'The language of their visa letter' })
  @IsOptional()
  @IsEnum(Language)
  letterLanguage?: Language;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}

@InputType()
export class CreateTravellerInput extends TravellerDetails {
  @Field(() => ID) @IsUUID() routeId: string;
  @Field(() => ID, { description: 'A SELECTED participant of the route or a member of its route team' }) @IsUUID() personId: string;
}

@InputType()
export class UpdateTravellerInput extends TravellerDetails {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
}

@InputType()
export class TravellerFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() personId?: string;
  @Field(() => TravelStatus, { nullable: true }) @IsOptional() @IsEnum(TravelStatus) travelStatus?: TravelStatus;
  @Field(() => VisaStatus, { nullable: true }) @IsOptional() @IsEnum(VisaStatus) visaStatus?: VisaStatus;
  @Field({ nullable: true, description: "Matches the person's given or family name, ignoring case and accents" }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field({ nullable: true, description: 'true: the passport number, nationality or date of birth is missing (no visa letter yet); false: all three are there' })
  @IsOptional()
  @IsBoolean()
  missingPassport?: boolean;
}

@ArgsType()
export class TravellersArgs extends PageArgs {
  @Field(() => TravellerFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: TravellerFilter;
}
