import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsLocalDate, MoneyInput, PageArgs } from '@lr/server-core';
import { BudgetCategory } from './budget-category';

const NOT_BLANK = /\S/;
const RATE_HELP = "Programme currency units per unit of the amount's currency, a decimal string such as \"0.79\"";

@InputType()
export class CreateExpenseInput {
  @Field(() => ID) @IsUUID() budgetLineId: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsLocalDate() spentOn: string;
  @Field({ description: 'e.g. "Taxi Lima airport – hotel, Guatemala team"' }) @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(300) description: string;
  @Field(() => MoneyInput, { description: 'In the currency paid' }) @ValidateNested() amount: MoneyInput;
  @Field({ nullable: true, description: `${RATE_HELP}; left out: 1 in the programme's currency, else the programme's planning rate for that currency` })
  @IsOptional()
  @IsString()
  exchangeRate?: string;
}

@InputType({ description: 'What is left out keeps its value (a new currency without a rate takes the default rate again)' })
export class UpdateExpenseInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => ID, { nullable: true, description: 'Another line of the same programme' }) @IsOptional() @IsUUID() budgetLineId?: string;
  @Field({ nullable: true }) @IsOptional() @IsLocalDate() spentOn?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(300) description?: string;
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() amount?: MoneyInput;
  @Field({ nullable: true, description: RATE_HELP }) @IsOptional() @IsString() exchangeRate?: string;
}

@InputType()
export class ExpenseFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() programmeId?: string;
  @Field(() => ID, { nullable: true, description: "Expenses on the route's lines" }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() budgetLineId?: string;
  @Field(() => BudgetCategory, { nullable: true }) @IsOptional() @IsEnum(BudgetCategory) category?: BudgetCategory;
  @Field({ nullable: true, description: 'YYYY-MM-DD: spent on or after' }) @IsOptional() @IsLocalDate() from?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD: spent on or before' }) @IsOptional() @IsLocalDate() to?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() hasReceipt?: boolean;
  @Field({ nullable: true, description: 'Matches the description, ignoring case and accents' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
}

@ArgsType()
export class ExpensesArgs extends PageArgs {
  @Field(() => ExpenseFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ExpenseFilter;
}
