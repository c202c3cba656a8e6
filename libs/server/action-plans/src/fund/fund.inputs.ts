import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MoneyInput } from '@lr/server-core';
import { AwardKind } from './fund-enums';

const NOT_BLANK = /\S/;

@InputType()
export class UpdateActionFundInput {
  @Field(() => ID) @IsUUID() routeId: string;
  @Field(() => Int, { description: "The fund's version you read (1 for a fund never changed); a stale one is refused with CONFLICT" }) @IsInt() version: number;
  @Field(() => MoneyInput, { description: 'The whole fund; never less than it has already awarded' }) @ValidateNested() amount: MoneyInput;
}

@InputType()
export class RecordAwardInput {
  @Field(() => ID, { description: 'A FINAL or AWARDED plan' }) @IsUUID() planId: string;
  @Field(() => AwardKind) @IsEnum(AwardKind) kind: AwardKind;
  @Field(() => MoneyInput, { description: "In the fund's currency: the grant, or the value of what is given or of the visit" })
  @ValidateNested()
  amount: MoneyInput;
  @Field({ description: 'What is given, e.g. "Seed grant for the costing workshop"' }) @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(300) description: string;
}
