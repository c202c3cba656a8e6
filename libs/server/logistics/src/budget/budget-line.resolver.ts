import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, joinedOr, loadMany, LookAhead, Money, moneyFromMinor, Reads, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { LearningRoute, loadProgramme, loadRoute, Programme } from '@lr/server-core-domain';
import { LOGISTICS } from '../common/access';
import { AllowInternal } from './budget-access';
import { BudgetLine } from './budget-line.entity';
import { BudgetLinesArgs, CreateBudgetLineInput, UpdateBudgetLineInput } from './budget-line.inputs';
import { BudgetLineService } from './budget-line.service';
import { Expense } from './expense.entity';

@ObjectType()
export class BudgetLineConnection extends ConnectionType(BudgetLine) {}

@Resolver(() => BudgetLine)
export class BudgetLineResolver {
  constructor(private readonly service: BudgetLineService) {}

  @AllowInternal()
  @Query(() => BudgetLineConnection, { description: 'By category, then label. Not for partners or participants' })
  budgetLines(@Ctx() ctx: RequestContext, @Args() args: BudgetLinesArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @AllowInternal()
  @Query(() => BudgetLine)
  budgetLine(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => BudgetLine, { description: 'A line of the programme (no routeId) or of one of its routes' })
  createBudgetLine(@Ctx() ctx: RequestContext, @Arg('input') input: CreateBudgetLineInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => BudgetLine)
  updateBudgetLine(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateBudgetLineInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => ID, { description: 'Deletes the line at the version you read; refused with CONFLICT while expenses are recorded against it' })
  deleteBudgetLine(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Reads('plannedMinor', 'currency')
  @FieldResolver(() => Money, { description: 'In its own currency' })
  planned(@Root() line: BudgetLine) {
    return moneyFromMinor(line.plannedMinor, line.currency);
  }

  @ToOne('programme')
  @FieldResolver(() => Programme, { nullable: true })
  programme(@Ctx() ctx: RequestContext, @Root() line: BudgetLine) {
    return joinedOr(line.programme, () => loadProgramme(ctx, line.programmeId));
  }

  @ToOne('route')
  @FieldResolver(() => LearningRoute, { nullable: true, description: 'Null for a programme-level line' })
  route(@Ctx() ctx: RequestContext, @Root() line: BudgetLine) {
    return joinedOr(line.route, () => (line.routeId ? loadRoute(ctx, line.routeId) : null));
  }

  @Cost({ assumedSize: 20 })
  @Reads()
  @FieldResolver(() => [Expense], { description: 'Most recent first' })
  expenses(@Ctx() ctx: RequestContext, @Root() line: BudgetLine, @LookAhead() selection: Selection) {
    return loadMany(ctx, Expense, line.id, 'budgetLineId', { order: { spentOn: 'DESC', createdAt: 'DESC' }, selection });
  }
}
