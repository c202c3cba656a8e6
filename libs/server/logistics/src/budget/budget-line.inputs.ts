import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MoneyInput, PageArgs } from '@lr/server-core';
import { BudgetCategory } from './budget-category';

const NOT_BLANK = /\S/;

@InputType()
export class CreateBudgetLineInput {
  @Field(() => ID) @IsUUID() programmeId: string;
  @Field(() => ID, { nullable: true, description: 'A route of the programme; left out for a programme-level line' }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => BudgetCategory) @IsEnum(BudgetCategory) category: BudgetCategory;
  @Field({ description: 'e.g. "International flights"' }) @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(200) label: string;
  @Field(() => MoneyInput, { description: 'In any currency; converted with the programme’s planning rates' }) @ValidateNested() planned: MoneyInput;
}

@InputType({ description: 'What is left out keeps its value' })
export class UpdateBudgetLineInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => BudgetCategory, { nullable: true }) @IsOptional() @IsEnum(BudgetCategory) category?: BudgetCategory;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(200) label?: string;
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() planned?: MoneyInput;
}

@InputType()
export class BudgetLineFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() programmeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() routeId?: string;
  @Field({ nullable: true, description: 'true: programme-level lines only; false: route lines only' }) @IsOptional() @IsBoolean() programmeLevel?: boolean;
  @Field(() => BudgetCategory, { nullable: true }) @IsOptional() @IsEnum(BudgetCategory) category?: BudgetCategory;
  @Field({ nullable: true, description: 'Matches the label, ignoring case and accents' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
}

@ArgsType()
export class BudgetLinesArgs extends PageArgs {
  @Field(() => BudgetLineFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: BudgetLineFilter;
}
