import { BudgetCategory } from './budget-category';
import { burnPercent, divideRounded, routeFigures, scopeFigures, sumAmounts, type BudgetFacts } from './budget-figures';

/**
 * A GBP programme with one route, amounts in USD, PEN, EUR and GBP. Every expected figure is
 * worked out by hand below (pence), rounding half away from zero once per conversion.
 */
const R = 'route-1';
const facts: BudgetFacts = {
  currency: 'GBP',
  rates: new Map([
    ['USD', '0.79'],
    ['PEN', '0.2105'],
    ['EUR', '0.8571'],
  ]),
  lines: [
    { id: 'flights', routeId: R, category: BudgetCategory.TRAVEL, plannedMinor: '1234567', currency: 'USD' }, // 12,345.67 × 0.79 = 9,753.0793 → 975308
    { id: 'hotel', routeId: R, category: BudgetCategory.ACCOMMODATION, plannedMinor: '800000', currency: 'PEN' }, // 8,000.00 × 0.2105 = 1,684.00 → 168400
    { id: 'per-diem', routeId: R, category: BudgetCategory.PER_DIEM, plannedMinor: '333333', currency: 'EUR' }, // 3,333.33 × 0.8571 = 2,856.997143 → 285700
    { id: 'interpreters', routeId: R, category: BudgetCategory.INTERPRETATION, plannedMinor: '150000', currency: 'GBP' }, // 150000
    { id: 'staff', routeId: null, category: BudgetCategory.STAFF, plannedMinor: '2500000', currency: 'GBP' }, // programme level
  ],
  expenses: [
    { budgetLineId: 'flights', amountMinor: '100000', currency: 'USD', exchangeRate: '0.7812' }, // 1,000.00 × 0.7812 = 781.20 → 78120
    { budgetLineId: 'flights', amountMinor: '50', currency: 'USD', exchangeRate: '0.79' }, // 0.50 × 0.79 = 0.395 → 40 (half away from zero)
    { budgetLineId: 'per-diem', amountMinor: '1001', currency: 'EUR', exchangeRate: '0.8571' }, // 10.01 × 0.8571 = 8.579571 → 858
    { budgetLineId: 'hotel', amountMinor: '35050', currency: 'PEN', exchangeRate: '0.2105' }, // 350.50 × 0.2105 = 73.78025 → 7378
    { budgetLineId: 'interpreters', amountMinor: '20000', currency: 'GBP', exchangeRate: '1' }, // 20000
    { budgetLineId: 'staff', amountMinor: '120000', currency: 'GBP', exchangeRate: '1' },
  ],
  // Legs USD 850.00 + 920.35 = 1,770.35 × 0.79 = 1,398.5765 → 139858; PEN 120.00 × 0.2105 = 25.26 → 2526.
  travel: [
    { routeId: R, currency: 'USD', minor: '177035' },
    { routeId: R, currency: 'PEN', minor: '12000' },
    { routeId: 'route-2', currency: 'USD', minor: '99999' },
  ],
  // Stays 3 × 62.50 + 2 × 85.00 = USD 357.50 × 0.79 = 282.425 → 28243; 1 × PEN 140.00 × 0.2105 = 29.47 → 2947.
  stays: [
    { routeId: R, currency: 'USD', minor: '35750' },
    { routeId: R, currency: 'PEN', minor: '14000' },
  ],
  travellers: new Map([[R, 3]]),
  funds: [],
};

describe('budget figures', () => {
  it("plans a route's action fund as its ACTION_FUND line and spends its awards, nothing typed twice", () => {
    const withFund: BudgetFacts = {
      ...facts,
      funds: [
        // USD 12,000.00 × 0.79 = 9,480.00; awarded USD 8,500.00 × 0.79 = 6,715.00.
        { routeId: R, currency: 'USD', amountMinor: '1200000', awardedMinor: '850000' },
        { routeId: 'route-2', currency: 'USD', amountMinor: '1200000', awardedMinor: '1200000' },
      ],
    };
    const route = routeFigures(withFund, R);
    const fund = route.categories.find((c) => c.category === BudgetCategory.ACTION_FUND)!;
    expect(fund).toMatchObject({ planned: 948000n, fromExpenses: 0n, fromActionFund: 671500n, actual: 671500n, variance: 276500n, lines: [] });
    expect(route).toMatchObject({ planned: 1579408n + 948000n, actual: 279970n + 671500n, fromActionFund: 671500n });
    // A fund in a currency without a planning rate leaves the totals empty and says which.
    const noRate = routeFigures({ ...withFund, funds: [{ routeId: R, currency: 'CHF', amountMinor: '100', awardedMinor: '0' }] }, R);
    expect(noRate).toMatchObject({ planned: null, missingRates: ['CHF'] });
  });

  it('adds a route up to the penny in the programme currency, with travel and stays beside expenses', () => {
    const route = routeFigures(facts, R);
    const category = (c: BudgetCategory) => route.categories.find((x) => x.category === c)!;
    expect(category(BudgetCategory.TRAVEL)).toMatchObject({ planned: 975308n, fromExpenses: 78160n, fromTravel: 142384n, fromStays: 0n, actual: 220544n, variance: 754764n });
    expect(category(BudgetCategory.ACCOMMODATION)).toMatchObject({ planned: 168400n, fromExpenses: 7378n, fromTravel: 0n, fromStays: 31190n, actual: 38568n, variance: 129832n });
    expect(category(BudgetCategory.PER_DIEM)).toMatchObject({ planned: 285700n, actual: 858n, variance: 284842n });
    expect(category(BudgetCategory.INTERPRETATION)).toMatchObject({ planned: 150000n, actual: 20000n, variance: 130000n });
    expect(category(BudgetCategory.STAFF)).toMatchObject({ planned: 0n, actual: 0n, lines: [] });
    expect(category(BudgetCategory.TRAVEL).lines).toEqual([expect.objectContaining({ planned: 975308n, fromExpenses: 78160n, actual: 78160n, expenseCount: 2 })]);
    expect(route.categories.map((c) => c.category)).toEqual(Object.values(BudgetCategory));
    expect(route).toMatchObject({ planned: 1579408n, fromExpenses: 106396n, fromTravel: 142384n, fromStays: 31190n, actual: 279970n, variance: 1299438n, missingRates: [] });
    // 279970 / 3 = 93323.33… → 93323
    expect(route.costPerTraveller).toBe(93323n);
    expect(burnPercent(route.actual, route.planned)).toBe('17.7');
  });

  it('adds the programme as its routes plus its own lines', () => {
    const programme = scopeFigures(facts, facts.lines, [R, 'route-2']);
    // route-2's USD 999.99 of travel × 0.79 = 789.9921 → 78999
    expect(programme).toMatchObject({ planned: 1579408n + 2500000n, fromTravel: 142384n + 78999n, actual: 279970n + 78999n + 120000n });
    const own = scopeFigures(facts, facts.lines.filter((l) => l.routeId === null), []);
    expect(own).toMatchObject({ planned: 2500000n, actual: 120000n, fromTravel: 0n, fromStays: 0n });
  });

  it('names currencies without a planning rate and leaves the totals they touch null', () => {
    const missing = routeFigures(
      {
        ...facts,
        lines: [...facts.lines, { id: 'visas', routeId: R, category: BudgetCategory.OTHER, plannedMinor: '30000', currency: 'JPY' }],
        travel: [...facts.travel, { routeId: R, currency: 'CHF', minor: '1000' }],
      },
      R,
    );
    expect(missing.missingRates).toEqual(['CHF', 'JPY']);
    expect(missing).toMatchObject({ planned: null, fromTravel: null, actual: null, variance: null, costPerTraveller: null, fromExpenses: 106396n });
    const other = missing.categories.find((c) => c.category === BudgetCategory.OTHER)!;
    expect(other).toMatchObject({ planned: null, actual: 0n, variance: null });
    // Categories that need no missing rate keep their figures.
    expect(missing.categories.find((c) => c.category === BudgetCategory.PER_DIEM)).toMatchObject({ planned: 285700n, actual: 858n });
  });

  it('has no cost per traveller without travellers, and stays exact beyond what a float holds', () => {
    expect(routeFigures({ ...facts, travellers: new Map() }, R).costPerTraveller).toBeNull();
    const huge = routeFigures({ ...facts, lines: [{ id: 'big', routeId: R, category: BudgetCategory.OTHER, plannedMinor: '9007199254740993', currency: 'EUR' }], expenses: [], travel: [], stays: [] }, R);
    // 90,071,992,547,409.93 EUR × 0.8571 = 77,200,704,812,385.05…
    expect(huge.planned).toBe(7720070481238505n);
  });

  it('rounds half away from zero and sums only whole figures', () => {
    expect([divideRounded(5n, 2n), divideRounded(-5n, 2n), divideRounded(7n, 3n), divideRounded(8n, 3n)]).toEqual([3n, -3n, 2n, 3n]);
    expect(sumAmounts([1n, 2n, null])).toBeNull();
    expect(sumAmounts([])).toBe(0n);
    expect([burnPercent(1n, 3n), burnPercent(2n, 3n), burnPercent(5n, 0n), burnPercent(null, 3n), burnPercent(150n, 100n)]).toEqual(['33.3', '66.7', null, null, '150.0']);
  });
});
