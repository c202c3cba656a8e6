import { Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsLocalDate } from '@lr/server-core';

@InputType({ description: 'A training; name the trainer by trainerName or trainerPersonId, not both' })
export class AddChampionTrainingInput {
  @Field(() => ID) @IsUUID() championId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) topic: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsLocalDate() date: string;
  @Field({ nullable: true, description: 'The trainer when they are not a person on record' }) @IsOptional() @IsString() @MaxLength(200) trainerName?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() trainerPersonId?: string;
  @Field({ nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() completed?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@InputType({ description: 'Send null to clear trainerName, trainerPersonId or notes' })
export class UpdateChampionTrainingInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) topic?: string;
  @Field({ nullable: true }) @IsOptional() @IsLocalDate() date?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) trainerName?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() trainerPersonId?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() completed?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
}
