import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { HasAnyLanguage, IsLocalDate, LocalizedTextInput, MoneyInput } from '@lr/server-core';
import { DECIMAL, DECIMAL_MESSAGE } from '../common/decimal';

/** An objective's measure; what the SMART check asks for, left open while the plan is drafted. */
@InputType('PlanObjectiveFieldsBase', { description: 'Not in the schema: the fields the objective inputs share' })
export abstract class ObjectiveFields {
  @Field(() => LocalizedTextInput, { nullable: true, description: 'What is measured, e.g. "CSN commitments adopted by the national council"' })
  @IsOptional()
  @ValidateNested()
  indicator?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: 'e.g. "commitments", "%"' }) @IsOptional() @IsString() @MaxLength(40) unit?: string | null;
  @Field(() => String, { nullable: true, description: 'Decimal string, e.g. "0" or "12.5"' }) @IsOptional() @Matches(DECIMAL, { message: DECIMAL_MESSAGE }) baselineValue?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsLocalDate() baselineDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Decimal string' }) @IsOptional() @Matches(DECIMAL, { message: DECIMAL_MESSAGE }) targetValue?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when the target is due' }) @IsOptional() @IsLocalDate() targetDate?: string | null;
}

@InputType({ description: 'A new objective, added after the plan’s last one' })
export class AddPlanObjectiveInput extends ObjectiveFields {
  @Field(() => ID) @IsUUID() planId: string;
  @Field(() => LocalizedTextInput) @ValidateNested() @HasAnyLanguage() statement: LocalizedTextInput;
}

/** Fields left out stay as they are; null empties one. */
@InputType()
export class UpdatePlanObjectiveInput extends ObjectiveFields {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The objective’s version you read' }) @IsInt() version: number;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() statement?: LocalizedTextInput;
}

/** Who does it, when, with what. */
@InputType('PlanActivityFieldsBase', { description: 'Not in the schema: the fields the activity inputs share' })
export abstract class ActivityFields {
  @Field(() => ID, { nullable: true, description: 'The objective of the same plan it serves' }) @IsOptional() @IsUUID() objectiveId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A person on record; an organisation may be given instead, or as well' }) @IsOptional() @IsUUID() responsiblePersonId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() responsibleOrganisationId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsLocalDate() startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsLocalDate() dueDate?: string | null;
  @Field(() => String, { nullable: true, description: 'People, time, materials it needs' }) @IsOptional() @IsString() @MaxLength(4000) resources?: string | null;
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() budget?: MoneyInput | null;
}

@InputType({ description: 'A new activity, added after the plan’s last one' })
export class AddPlanActivityInput extends ActivityFields {
  @Field(() => ID) @IsUUID() planId: string;
  @Field(() => LocalizedTextInput, { description: 'What is done' }) @ValidateNested() @HasAnyLanguage() description: LocalizedTextInput;
}

/** Fields left out stay as they are; null empties one. */
@InputType()
export class UpdatePlanActivityInput extends ActivityFields {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The activity’s version you read' }) @IsInt() version: number;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() description?: LocalizedTextInput;
}
