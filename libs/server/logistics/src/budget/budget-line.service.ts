import {
  findOrFail,
  hasSearch,
  loadForUpdate,
  paginate,
  ReferenceCheck,
  searchTerm,
  Service,
  textMatches,
  toMinorUnits,
  ValidationError,
  type Connection,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import { ProgrammeRef, RouteRef, type Programme } from '@lr/server-core-domain';
import { BudgetCategory } from './budget-category';
import { BudgetLine } from './budget-line.entity';
import type { BudgetLineFilter, BudgetLinesArgs, CreateBudgetLineInput, UpdateBudgetLineInput } from './budget-line.inputs';
import { currencyOf } from './programme-currency';

// The route's action fund (action plans) is its ACTION_FUND figure already; typing it again
// as a line would count it twice.
const ROUTE_FUND_IS_NOT_A_LINE = "is ACTION_FUND: a route's action fund is kept in action plans and counted here from there, so it is not typed as a line";
const ROUTE_FUND_CONSTRAINT = 'routeFundNotLine';

/** Lines sort by category in the budget's own order, then label. */
const CATEGORY_ORDER = `array_position(ARRAY[${Object.values(BudgetCategory)
  .map((c) => `'${c}'`)
  .join(', ')}]::text[], bl.category::text)`;

/** The lines `budgetLines(filter:)` lists (alias `bl`); the CSV export runs the same query. */
export function budgetLinesQuery(ctx: RequestContext, f: BudgetLineFilter | undefined) {
  const q = ctx.repo(BudgetLine).createQueryBuilder('bl');
  if (f?.programmeId) q.andWhere('bl.programme_id = :programmeId', { programmeId: f.programmeId });
  if (f?.routeId) q.andWhere('bl.route_id = :routeId', { routeId: f.routeId });
  if (f?.programmeLevel !== undefined && f.programmeLevel !== null) q.andWhere(`bl.route_id IS ${f.programmeLevel ? '' : 'NOT '}NULL`);
  if (f?.category) q.andWhere('bl.category = :category', { category: f.category });
  if (hasSearch(f?.search)) q.andWhere(textMatches('bl', { plain: ['label'] }), { term: searchTerm(f.search) });
  return q;
}

/** By category (in the order of the enum), then label. */
export const BUDGET_LINE_SORT: SortKey = { expression: `lpad(${CATEGORY_ORDER}::text, 2, '0') || ' ' || lower(bl.label)`, direction: 'ASC' };

@Service()
export class BudgetLineService {
  list(ctx: RequestContext, args: BudgetLinesArgs, selection?: Selection): Promise<Connection<BudgetLine>> {
    return paginate(budgetLinesQuery(ctx, args.filter), args, BUDGET_LINE_SORT, selection);
  }

  get(ctx: RequestContext, id: string): Promise<BudgetLine> {
    return findOrFail(ctx, BudgetLine, id);
  }

  /** A line of the programme, or of one of its routes (a route of another programme is refused). */
  async create(ctx: RequestContext, input: CreateBudgetLineInput): Promise<BudgetLine> {
    const check = new ReferenceCheck(ctx);
    const programme = await check.one(ProgrammeRef, input.programmeId, 'input.programmeId');
    const route = await check.one(RouteRef, input.routeId, 'input.routeId');
    if (programme && route && route.programmeId !== programme.id) check.add('input.routeId', 'is a route of another programme: a line belongs to the programme or one of its own routes', 'routeOfProgramme');
    if (input.routeId && input.category === BudgetCategory.ACTION_FUND) check.add('input.category', ROUTE_FUND_IS_NOT_A_LINE, ROUTE_FUND_CONSTRAINT);
    check.assertValid();
    currencyOf(programme as Programme, 'input.programmeId');
    const planned = toMinorUnits(input.planned, 'input.planned');
    const repo = ctx.repo(BudgetLine);
    return repo.save(
      repo.create({ programmeId: input.programmeId, routeId: input.routeId ?? null, category: input.category, label: input.label.trim(), plannedMinor: planned, currency: input.planned.currency }),
    );
  }

  async update(ctx: RequestContext, input: UpdateBudgetLineInput): Promise<BudgetLine> {
    const line = await loadForUpdate(ctx, BudgetLine, input.id, input.version);
    if (line.routeId && input.category === BudgetCategory.ACTION_FUND) throw ValidationError.field('input.category', ROUTE_FUND_IS_NOT_A_LINE, ROUTE_FUND_CONSTRAINT);
    if (input.category) line.category = input.category;
    if (input.label) line.label = input.label.trim();
    if (input.planned) {
      line.plannedMinor = toMinorUnits(input.planned, 'input.planned');
      line.currency = input.planned.currency;
    }
    return ctx.repo(BudgetLine).save(line);
  }

  /** Refused with CONFLICT, naming how many, while expenses are recorded against it. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const line = await loadForUpdate(ctx, BudgetLine, id, version);
    await ctx.repo(BudgetLine).remove(line);
    return id;
  }
}
