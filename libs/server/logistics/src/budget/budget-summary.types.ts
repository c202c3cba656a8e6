import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Cost, Money } from '@lr/server-core';
import { LearningRoute, Programme } from '@lr/server-core-domain';
import { BudgetCategory } from './budget-category';
import { BudgetLine } from './budget-line.entity';

const IN_PROGRAMME_CURRENCY = "in the programme's currency";

// Bases: decorated so subclasses inherit their fields; never referenced, so never emitted.
@ObjectType('BudgetPlannedActualBase')
abstract class PlannedActual {
  @Field(() => Money, { nullable: true, description: `Planned, converted at the programme's planning rates, ${IN_PROGRAMME_CURRENCY}; null while a rate is missing` })
  planned: Money | null;

  @Field(() => Money, { nullable: true, description: 'Expenses, travel and stays; null while a planning rate is missing' })
  actual: Money | null;

  @Field(() => Money, { nullable: true, description: 'planned − actual: what is left (negative when overspent)' })
  variance: Money | null;

  @Field(() => String, { nullable: true, description: 'actual as a percentage of planned, one decimal ("87.5"); null when nothing is planned' })
  burnPercent: string | null;
}

@ObjectType({ description: 'One budget line: planned against the expenses recorded against it' })
export class BudgetLineFigures extends PlannedActual {
  @Field(() => BudgetLine) line: BudgetLine;
  @Field(() => Int) expenseCount: number;
}

@ObjectType('BudgetActualPartsBase')
abstract class ActualParts extends PlannedActual {
  @Field(() => Money, { description: 'Expenses recorded against the lines, each at its own rate' })
  fromExpenses: Money;

  @Field(() => Money, { nullable: true, description: "Travel legs' costs at planning rates (TRAVEL), never typed as expenses: do not record them twice" })
  fromTravel: Money | null;

  @Field(() => Money, { nullable: true, description: "Stays' costs at planning rates (ACCOMMODATION), never typed as expenses: do not record them twice" })
  fromStays: Money | null;

  @Field(() => Money, { nullable: true, description: "Awards from the routes' action funds at planning rates (ACTION_FUND, whose planned amount includes each route's fund): kept in action plans, never typed here" })
  fromActionFund: Money | null;
}

@ObjectType({ description: 'One category: its lines, and for TRAVEL and ACCOMMODATION the costs of travel legs and stays, for ACTION_FUND the routes\' action funds' })
export class BudgetCategoryFigures extends ActualParts {
  @Field(() => BudgetCategory) category: BudgetCategory;

  @Cost({ assumedSize: 4 })
  @Field(() => [BudgetLineFigures], { description: 'By label' })
  lines: BudgetLineFigures[];
}

@ObjectType({ description: 'Planned against actual for a set of lines, per category (every category, in the budget’s order) and in total' })
export class BudgetFigures extends ActualParts {
  @Field({ description: "The programme's currency, in which every figure is given" }) currency: string;

  @Cost({ assumedSize: 9 })
  @Field(() => [BudgetCategoryFigures])
  categories: BudgetCategoryFigures[];

  @Field(() => [String], { description: 'Currencies used without a planning rate: the totals they are part of are null until setExchangeRate gives one' })
  missingRates: string[];

  @Field(() => String, { nullable: true, description: 'Why some totals are null, naming the currencies' })
  problem: string | null;
}

@ObjectType({ description: "A route's budget: its lines, its travel legs and stays, in the programme's currency" })
export class RouteBudget extends BudgetFigures {
  @Field(() => ID) routeId: string;
  @Field(() => LearningRoute) route: LearningRoute;
  @Field(() => Int, { description: "The route's travellers (the travel area's records)" }) travellers: number;

  @Field(() => Money, { nullable: true, description: "The route's actual total per traveller, rounded to the minor unit; null without travellers" })
  costPerTraveller: Money | null;
}

@ObjectType({ description: "A programme's budget: its own lines and each route's, against the programme's total budget" })
export class ProgrammeBudget extends BudgetFigures {
  @Field(() => ID) programmeId: string;
  @Field(() => Programme) programme: Programme;

  @Field(() => Money, { nullable: true, description: "The programme's total budget (the core's Programme.budget)" })
  budget: Money | null;

  @Field(() => Money, { nullable: true, description: 'budget − planned: what the lines leave unplanned (negative when they plan more)' })
  unallocated: Money | null;

  @Field(() => BudgetFigures, { description: "The programme's own lines (no route)" })
  programmeLevel: BudgetFigures;

  @Cost({ assumedSize: 4 })
  @Field(() => [RouteBudget], { description: 'Each route of the programme, by start date' })
  routes: RouteBudget[];
}
