import { ADD_STAY, createRoom, createVenue, teamMember } from './accommodation-helpers';
import { createExpense, createLine, setRate, startBudgetGateway, travellerWithLeg, type BudgetGateway } from './budget-helpers';
import { adminToken, createPerson, createRoute, errorOf, fieldsOf, ok, unique, UNKNOWN_ID, type RouteFixture } from './helpers';

const FIGURES = 'planned { amount currency } actual { amount } fromExpenses { amount } fromTravel { amount } fromStays { amount } fromActionFund { amount } variance { amount } burnPercent';
const ROUTE_BUDGET = `query($r: ID!) { routeBudget(routeId: $r) {
  routeId currency ${FIGURES} travellers costPerTraveller { amount currency minorUnits } missingRates problem
  categories { category ${FIGURES} lines { line { label } planned { amount } actual { amount } variance { amount } burnPercent expenseCount } }
} }`;
const PROGRAMME_BUDGET = `query($p: ID!) { programmeBudget(programmeId: $p) {
  currency budget { amount } unallocated { amount } ${FIGURES} missingRates problem
  categories { category planned { amount } actual { amount } fromTravel { amount } fromStays { amount } }
  programmeLevel { planned { amount } actual { amount } categories { category lines { line { label } actual { amount } } } }
  routes { routeId route { id } planned { amount } actual { amount } travellers costPerTraveller { amount } }
} }`;

/**
 * One GBP programme, one route, amounts in USD, PEN, EUR and GBP. The expected pence are worked
 * out by hand (the same case as src/budget/budget-figures.spec.ts), each conversion rounded half
 * away from zero once:
 *   planned  USD 12,345.67 × 0.79 = 9,753.0793 → 9,753.08 | PEN 8,000.00 × 0.2105 = 1,684.00
 *            EUR 3,333.33 × 0.8571 = 2,856.997 → 2,857.00 | GBP 1,500.00            = 15,794.08
 *   expenses USD 1,000.00 × 0.7812 = 781.20; USD 0.50 × 0.79 = 0.395 → 0.40; EUR 10.01 × 0.8571
 *            = 8.5796 → 8.58; PEN 350.50 × 0.2105 = 73.78025 → 73.78; GBP 200.00  = 1,063.96
 *   travel   legs USD 850.00 + 920.35 = 1,770.35 × 0.79 = 1,398.5765 → 1,398.58;
 *            PEN 120.00 × 0.2105 = 25.26                                         = 1,423.84
 *   stays    3 × USD 62.50 + 2 × USD 85.00 = 357.50 × 0.79 = 282.425 → 282.43;
 *            1 × PEN 140.00 × 0.2105 = 29.47                                     = 311.90
 *   actual   1,063.96 + 1,423.84 + 311.90 = 2,799.70; per traveller / 3 = 933.2333 → 933.23
 */
describe('planned against actual', () => {
  let gw: BudgetGateway;
  let admin: string;
  let route: RouteFixture;

  beforeAll(async () => {
    gw = await startBudgetGateway();
    admin = await adminToken(gw);
    route = await createRoute(gw);
    const p = route.programmeId;
    await setRate(gw, p, 'USD', '0.79');
    await setRate(gw, p, 'PEN', '0.2105');
    await setRate(gw, p, 'EUR', '0.8571');
    const flights = await createLine(gw, { programmeId: p, routeId: route.id, category: 'TRAVEL', label: 'Flights', planned: { amount: '12345.67', currency: 'USD' } });
    const hotel = await createLine(gw, { programmeId: p, routeId: route.id, category: 'ACCOMMODATION', label: 'Hotel', planned: { amount: '8000', currency: 'PEN' } });
    const perDiem = await createLine(gw, { programmeId: p, routeId: route.id, category: 'PER_DIEM', label: 'Per diems', planned: { amount: '3333.33', currency: 'EUR' } });
    const interpreters = await createLine(gw, { programmeId: p, routeId: route.id, category: 'INTERPRETATION', label: 'Interpreters', planned: { amount: '1500', currency: 'GBP' } });
    const staff = await createLine(gw, { programmeId: p, category: 'STAFF', label: 'Coordination', planned: { amount: '25000', currency: 'GBP' } });
    await createExpense(gw, { budgetLineId: flights.id, amount: { amount: '1000', currency: 'USD' }, exchangeRate: '0.7812' });
    const half = await createExpense(gw, { budgetLineId: flights.id, amount: { amount: '0.50', currency: 'USD' } });
    expect(half.converted.amount).toBe('0.40');
    await createExpense(gw, { budgetLineId: perDiem.id, amount: { amount: '10.01', currency: 'EUR' } });
    await createExpense(gw, { budgetLineId: hotel.id, amount: { amount: '350.50', currency: 'PEN' } });
    await createExpense(gw, { budgetLineId: interpreters.id, amount: { amount: '200', currency: 'GBP' } });
    await createExpense(gw, { budgetLineId: staff.id, amount: { amount: '1200', currency: 'GBP' } });

    const people = [];
    for (let i = 0; i < 3; i += 1) people.push(await teamMember(gw, route.id, await createPerson(gw)));
    await travellerWithLeg(gw, route.id, people[0], { minor: '85000', currency: 'USD' });
    await travellerWithLeg(gw, route.id, people[1], { minor: '92035', currency: 'USD' });
    await travellerWithLeg(gw, route.id, people[2], { minor: '12000', currency: 'PEN' });
    const venue = await createVenue(gw);
    const double = await createRoom(gw, venue.id, 2, { amount: '62.50', currency: 'USD' });
    const single = await createRoom(gw, venue.id, 1, { amount: '85', currency: 'USD' });
    const guestHouse = await createRoom(gw, (await createVenue(gw, { city: 'Ayacucho' })).id, 2, { amount: '140', currency: 'PEN' });
    const stay = (personId: string, roomId: string, checkOut: string) => ok(gw, ADD_STAY, { input: { routeId: route.id, personId, roomId, checkIn: '2025-05-12', checkOut } }, { token: admin });
    await stay(people[0], double.id, '2025-05-15');
    await stay(people[1], single.id, '2025-05-14');
    await stay(people[2], guestHouse.id, '2025-05-13');
  });
  afterAll(() => gw.close());

  it('adds the route up to the penny in GBP, with travel legs and stays as their own components', async () => {
    const budget = await ok(gw, ROUTE_BUDGET, { r: route.id }, { token: admin });
    // Planned: the lines' GBP 15,794.08 and the route's action fund (action plans' default USD
    // 12,000.00 × 0.79 = GBP 9,480.00), whose awards (none yet) would be its actual.
    expect(budget).toMatchObject({
      currency: 'GBP',
      planned: { amount: '25274.08', currency: 'GBP' },
      fromExpenses: { amount: '1063.96' },
      fromTravel: { amount: '1423.84' },
      fromStays: { amount: '311.90' },
      actual: { amount: '2799.70' },
      variance: { amount: '22474.38' },
      burnPercent: '11.1',
      travellers: 3,
      costPerTraveller: { amount: '933.23', currency: 'GBP', minorUnits: '93323' },
      missingRates: [],
      problem: null,
    });
    const category = (name: string) => budget.categories.find((c: { category: string }) => c.category === name);
    expect(budget.categories).toHaveLength(9);
    expect(category('ACTION_FUND')).toMatchObject({ planned: { amount: '9480.00' }, fromActionFund: { amount: '0.00' }, actual: { amount: '0.00' }, lines: [] });
    expect(category('TRAVEL')).toEqual({
      category: 'TRAVEL',
      planned: { amount: '9753.08', currency: 'GBP' },
      fromExpenses: { amount: '781.60' },
      fromTravel: { amount: '1423.84' },
      fromStays: { amount: '0.00' },
      fromActionFund: { amount: '0.00' },
      actual: { amount: '2205.44' },
      variance: { amount: '7547.64' },
      burnPercent: '22.6',
      lines: [{ line: { label: 'Flights' }, planned: { amount: '9753.08' }, actual: { amount: '781.60' }, variance: { amount: '8971.48' }, burnPercent: '8.0', expenseCount: 2 }],
    });
    expect(category('ACCOMMODATION')).toMatchObject({ planned: { amount: '1684.00' }, fromExpenses: { amount: '73.78' }, fromStays: { amount: '311.90' }, actual: { amount: '385.68' }, variance: { amount: '1298.32' } });
    expect(category('PER_DIEM')).toMatchObject({ planned: { amount: '2857.00' }, actual: { amount: '8.58' } });
    expect(category('INTERPRETATION')).toMatchObject({ planned: { amount: '1500.00' }, actual: { amount: '200.00' }, variance: { amount: '1300.00' } });
    // The programme's own line is not the route's.
    expect(category('STAFF')).toMatchObject({ planned: { amount: '0.00' }, actual: { amount: '0.00' }, lines: [], burnPercent: null });
  });

  it("adds the programme up as its routes and its own lines, against the programme's total budget", async () => {
    const budget = await ok(gw, PROGRAMME_BUDGET, { p: route.programmeId }, { token: admin });
    expect(budget).toMatchObject({
      currency: 'GBP',
      budget: { amount: '1009038.00' },
      planned: { amount: '50274.08' },
      actual: { amount: '3999.70' },
      fromTravel: { amount: '1423.84' },
      fromStays: { amount: '311.90' },
      unallocated: { amount: '958763.92' },
      missingRates: [],
      programmeLevel: { planned: { amount: '25000.00' }, actual: { amount: '1200.00' } },
      routes: [{ routeId: route.id, route: { id: route.id }, planned: { amount: '25274.08' }, actual: { amount: '2799.70' }, travellers: 3, costPerTraveller: { amount: '933.23' } }],
    });
    expect(budget.programmeLevel.categories.find((c: { category: string }) => c.category === 'STAFF').lines).toEqual([{ line: { label: 'Coordination' }, actual: { amount: '1200.00' } }]);
    expect(budget.categories.find((c: { category: string }) => c.category === 'STAFF')).toMatchObject({ planned: { amount: '25000.00' }, actual: { amount: '1200.00' } });
    expect(budget.categories.find((c: { category: string }) => c.category === 'TRAVEL')).toMatchObject({ fromTravel: { amount: '1423.84' }, actual: { amount: '2205.44' } });
  });

  it('names the currencies without a planning rate, leaves the totals they touch empty, and fills them once a rate is set', async () => {
    const other = await createRoute(gw);
    await createLine(gw, { programmeId: other.programmeId, routeId: other.id, category: 'OTHER', label: 'Visas', planned: { amount: '30000', currency: 'JPY' } });
    await travellerWithLeg(gw, other.id, await createPerson(gw), { minor: '50000', currency: 'CHF' });
    const missing = await ok(gw, ROUTE_BUDGET, { r: other.id }, { token: admin });
    // USD: the route's action fund (USD 12,000 by default).
    expect(missing).toMatchObject({ missingRates: ['CHF', 'JPY', 'USD'], planned: null, actual: null, fromTravel: null, variance: null, costPerTraveller: null, fromExpenses: { amount: '0.00' } });
    expect(missing.problem).toBe('No planning exchange rate to GBP for CHF, JPY, USD: the totals that need them stay empty until setExchangeRate gives them');
    expect((await ok(gw, PROGRAMME_BUDGET, { p: other.programmeId }, { token: admin })).missingRates).toEqual(['CHF', 'JPY', 'USD']);
    await setRate(gw, other.programmeId, 'JPY', '0.0055');
    await setRate(gw, other.programmeId, 'CHF', '0.8812');
    await setRate(gw, other.programmeId, 'USD', '0.79');
    const filled = await ok(gw, ROUTE_BUDGET, { r: other.id }, { token: admin });
    // JPY 30,000 × 0.0055 = 165.00 and the fund USD 12,000 × 0.79 = 9,480.00; CHF 500.00 × 0.8812 = 440.60
    expect(filled).toMatchObject({ missingRates: [], problem: null, planned: { amount: '9645.00' }, actual: { amount: '440.60' }, costPerTraveller: { amount: '440.60' } });
  });

  it('refuses a budget for a programme without a currency on the argument, and unknown records with NOT_FOUND', async () => {
    const programme = await ok(gw, `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, { input: { name: { en: unique('Programme') } } }, { token: admin });
    expect(fieldsOf(await gw.graphql(PROGRAMME_BUDGET, { p: programme.id }, { token: admin }))).toEqual([{ path: 'programmeId', message: 'the programme has no currency yet: give it a budget (amount and currency) first' }]);
    expect(errorOf(await gw.graphql(PROGRAMME_BUDGET, { p: UNKNOWN_ID }, { token: admin }), 'NOT_FOUND')).toBeDefined();
    expect(errorOf(await gw.graphql(ROUTE_BUDGET, { r: UNKNOWN_ID }, { token: admin }), 'NOT_FOUND')).toBeDefined();
  });
});
