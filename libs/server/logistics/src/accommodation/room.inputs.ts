import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MoneyInput } from '@lr/server-core';

const NOT_BLANK = /\S/;

@InputType()
export class CreateRoomInput {
  @Field(() => ID) @IsUUID() venueId: string;
  @Field({ description: 'Unique in the venue, e.g. "204"' }) @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(80) name: string;
  @Field(() => Int, { description: 'How many people sleep in it, 1-50' }) @IsInt() @Min(1) @Max(50) capacity: number;
  @Field(() => MoneyInput, { nullable: true, description: "Per person and night; a stay's rate unless the stay sets its own" })
  @IsOptional()
  @ValidateNested()
  nightlyRate?: MoneyInput;
}

@InputType({ description: 'What is left out keeps its value' })
export class UpdateRoomInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(80) name?: string;
  @Field(() => Int, { nullable: true, description: 'Refused below the most people already booked in it on one night' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  capacity?: number;
  @Field(() => MoneyInput, { nullable: true, description: "null clears it (stays already booked keep their own rate)" })
  @IsOptional()
  @ValidateNested()
  nightlyRate?: MoneyInput | null;
}
