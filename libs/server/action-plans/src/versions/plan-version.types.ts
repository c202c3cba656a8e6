import { Field, Int, ObjectType } from 'type-graphql';
import { localizedFieldsResolver, type LocalizedValue } from '@lr/server-core';
import { PlanChangeKind } from './plan-diff';

/** An objective as it was submitted (from the version's snapshot). */
@ObjectType({ description: 'An objective as it was submitted' })
export class PlanVersionObjective {
  @Field({ description: 'The id the objective has (or had) in the plan: the same objective across versions' }) id: string;
  @Field(() => Int, { description: 'Its number in this version, from 1' }) position: number;
  statement: LocalizedValue;
  indicator: LocalizedValue;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => String, { nullable: true, description: 'Decimal string' }) baselineValue: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) baselineDate: string | null;
  @Field(() => String, { nullable: true, description: 'Decimal string' }) targetValue: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) targetDate: string | null;
}

/** An activity as it was submitted. Its budget is `budget: Money`. */
@ObjectType({ description: 'An activity as it was submitted' })
export class PlanVersionActivity {
  @Field({ description: 'The id the activity has (or had) in the plan' }) id: string;
  @Field(() => Int, { description: 'Its number in this version, from 1' }) position: number;
  @Field(() => String, { nullable: true, description: 'The objective it served (an id of this version’s objectives)' }) objectiveId: string | null;
  description: LocalizedValue;
  responsiblePersonId: string | null;
  @Field(() => String, { nullable: true }) responsibleOrganisationId: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate: string | null;
  @Field(() => String, { nullable: true }) resources: string | null;
  budgetMinor: string | null;
  budgetCurrency: string | null;
}

export const PlanVersionObjectiveTextResolver = localizedFieldsResolver(PlanVersionObjective, [{ name: 'statement' }, { name: 'indicator', nullable: true }]);
export const PlanVersionActivityTextResolver = localizedFieldsResolver(PlanVersionActivity, [{ name: 'description' }]);

@ObjectType('PlanChange', { description: 'One difference between two versions of a plan' })
export class PlanChangeType {
  @Field({
    description:
      'What changed: "title.es", "practiceIds", "objectives.2" (an objective added or removed), "objectives.2.targetDate", "activities.1.description.en"; items numbered from 1 as in the newer version (a removed one as in the older)',
  })
  path: string;
  @Field(() => PlanChangeKind) kind: PlanChangeKind;
  @Field(() => String, { nullable: true, description: 'The older value as text; null when ADDED' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'The newer value as text; null when REMOVED' }) after: string | null;
  @Field(() => String, { nullable: true, description: 'The objective or activity it is about (the same id in both versions)' }) itemId: string | null;
}
