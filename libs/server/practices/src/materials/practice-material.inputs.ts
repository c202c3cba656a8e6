import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, IsUrl, MaxLength, MinLength } from 'class-validator';
import { Language } from '@lr/server-core';
import { MaterialKind } from './material-kind';

const URL_RULES = { protocols: ['http', 'https'], require_protocol: true };

/** A material is a link (`url`) or a file uploaded afterwards to POST /practices/materials/:id/file. */
@InputType()
export class CreatePracticeMaterialInput {
  @Field(() => ID) @IsUUID() practiceId: string;
  @Field(() => MaterialKind) @IsEnum(MaterialKind) kind: MaterialKind;
  @Field(() => Language) @IsEnum(Language) language: Language;
  @Field() @IsString() @MinLength(1) @MaxLength(300) title: string;
  @Field({ nullable: true, description: 'Leave out to upload a file instead' }) @IsOptional() @IsUrl(URL_RULES, { message: 'must be an http(s) URL' }) @MaxLength(2000) url?: string;
}

@InputType()
export class UpdatePracticeMaterialInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => MaterialKind, { nullable: true }) @IsOptional() @IsEnum(MaterialKind) kind?: MaterialKind;
  @Field(() => Language, { nullable: true }) @IsOptional() @IsEnum(Language) language?: Language;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(300) title?: string;
  @Field({ nullable: true, description: 'Setting a link replaces a stored file' }) @IsOptional() @IsUrl(URL_RULES, { message: 'must be an http(s) URL' }) @MaxLength(2000) url?: string;
}
