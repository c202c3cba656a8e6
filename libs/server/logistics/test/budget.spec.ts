import { Role } from '@lr/server-core';
import { constraintsOf } from '@lr/server-core/testing';
import { createExpense, createLine, EXPENSE_FIELDS, LINE_FIELDS, setRate, startBudgetGateway, type BudgetGateway } from './budget-helpers';
import { adminToken, createApiKey, createRoute, errorOf, fieldsOf, logisticsEditor, ok, unique, UNKNOWN_ID } from './helpers';

const SET_RATE = `mutation($p: ID!, $c: String!, $r: String!) { setExchangeRate(programmeId: $p, currency: $c, rate: $r) { id currency rate version } }`;
const RATES = `query($p: ID!) { exchangeRates(programmeId: $p) { currency rate } }`;
const CREATE_LINE = `mutation($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { ${LINE_FIELDS} } }`;
const CREATE_EXPENSE = `mutation($input: CreateExpenseInput!) { createExpense(input: $input) { ${EXPENSE_FIELDS} } }`;
const UPDATE_EXPENSE = `mutation($input: UpdateExpenseInput!) { updateExpense(input: $input) { ${EXPENSE_FIELDS} } }`;
const LINES = `query($first: Int!, $after: String, $filter: BudgetLineFilter) { budgetLines(first: $first, after: $after, filter: $filter) { totalCount edges { node { label category routeId } } pageInfo { endCursor hasNextPage } } }`;
const EXPENSES = `query($first: Int!, $filter: ExpenseFilter) { expenses(first: $first, filter: $filter) { totalCount edges { node { description spentOn } } } }`;

describe('budget lines, exchange rates and expenses', () => {
  let gw: BudgetGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startBudgetGateway();
    admin = await adminToken(gw);
  });
  afterAll(() => gw.close());

  const programmeWithoutCurrency = async () =>
    (await ok(gw, `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, { input: { name: { en: unique('Programme') } } }, { token: admin })).id as string;

  describe('exchange rates', () => {
    it("sets, replaces, lists and removes a programme's planning rates, as exact decimal strings", async () => {
      const { programmeId } = await createRoute(gw);
      const editor = await logisticsEditor(gw);
      const first = await ok(gw, SET_RATE, { p: programmeId, c: 'USD', r: '0.7900' }, { token: editor });
      expect(first).toMatchObject({ currency: 'USD', rate: '0.79', version: 1 });
      const again = await ok(gw, SET_RATE, { p: programmeId, c: 'USD', r: '0.7912345678' }, { token: editor });
      expect(again).toMatchObject({ id: first.id, rate: '0.7912345678', version: 2 });
      await ok(gw, SET_RATE, { p: programmeId, c: 'PEN', r: '0.2105' }, { token: editor });
      await ok(gw, SET_RATE, { p: programmeId, c: 'JPY', r: '120' }, { token: editor });
      expect(await ok(gw, RATES, { p: programmeId }, { token: await gw.tokenFor(Role.VIEWER) })).toEqual([
        { currency: 'JPY', rate: '120' },
        { currency: 'PEN', rate: '0.2105' },
        { currency: 'USD', rate: '0.7912345678' },
      ]);
      expect(await ok(gw, `mutation($p: ID!) { removeExchangeRate(programmeId: $p, currency: "JPY") }`, { p: programmeId }, { token: editor })).toBe(true);
      expect(await ok(gw, `mutation($p: ID!) { removeExchangeRate(programmeId: $p, currency: "JPY") }`, { p: programmeId }, { token: editor })).toBe(false);
      expect(await ok(gw, RATES, { p: programmeId }, { token: editor })).toHaveLength(2);
    });

    it('refuses bad rates, unknown or own currencies and programmes without a currency, on the argument concerned', async () => {
      const { programmeId } = await createRoute(gw);
      const set = (p: string, c: string, r: string) => gw.graphql(SET_RATE, { p, c, r }, { token: admin });
      expect(fieldsOf(await set(programmeId, 'USD', '0,79'))).toEqual([{ path: 'rate', message: 'must be a decimal number such as 0.79 (at most 10 digits before and after the point)' }]);
      expect(fieldsOf(await set(programmeId, 'USD', '0.79000000001'))).toEqual([{ path: 'rate', message: 'must be a decimal number such as 0.79 (at most 10 digits before and after the point)' }]);
      expect(fieldsOf(await set(programmeId, 'USD', '-1'))).toHaveLength(1);
      expect(fieldsOf(await set(programmeId, 'USD', '0.000'))).toEqual([{ path: 'rate', message: 'must be above zero' }]);
      expect(fieldsOf(await set(programmeId, 'XYZ', '1'))).toEqual([{ path: 'currency', message: 'XYZ is not an ISO 4217 currency' }]);
      expect(fieldsOf(await set(programmeId, 'GBP', '1'))).toEqual([{ path: 'currency', message: "is the programme's own currency (its rate is always 1)" }]);
      expect(fieldsOf(await set(UNKNOWN_ID, 'USD', '1'))).toEqual([{ path: 'programmeId', message: `no programme has the id ${UNKNOWN_ID}` }]);
      expect(fieldsOf(await set(await programmeWithoutCurrency(), 'USD', '1'))).toEqual([{ path: 'programmeId', message: 'the programme has no currency yet: give it a budget (amount and currency) first' }]);
      expect(errorOf(await gw.graphql(RATES, { p: UNKNOWN_ID }, { token: admin }), 'NOT_FOUND')).toBeDefined();
    });
  });

  describe('budget lines', () => {
    it('plans lines for the programme and for its own routes only', async () => {
      const route = await createRoute(gw);
      const other = await createRoute(gw);
      const editor = await logisticsEditor(gw);
      const own = await ok(gw, CREATE_LINE, { input: { programmeId: route.programmeId, category: 'STAFF', label: ' Coordination ', planned: { amount: '60000', currency: 'GBP' } } }, { token: editor });
      expect(own).toMatchObject({ routeId: null, category: 'STAFF', label: 'Coordination', planned: { amount: '60000.00', currency: 'GBP', minorUnits: '6000000' } });
      const line = await ok(gw, CREATE_LINE, { input: { programmeId: route.programmeId, routeId: route.id, category: 'TRAVEL', label: 'Flights', planned: { amount: '28500', currency: 'USD' } } }, { token: editor });
      expect(line.routeId).toBe(route.id);
      const refused = await gw.graphql(CREATE_LINE, { input: { programmeId: route.programmeId, routeId: other.id, category: 'TRAVEL', label: 'Flights', planned: { amount: '1', currency: 'USD' } } }, { token: editor });
      expect(fieldsOf(refused)).toEqual([{ path: 'input.routeId', message: 'is a route of another programme: a line belongs to the programme or one of its own routes' }]);
      expect(constraintsOf(refused)).toEqual([{ path: 'input.routeId', constraint: 'routeOfProgramme' }]);
      expect(fieldsOf(await gw.graphql(CREATE_LINE, { input: { programmeId: route.programmeId, category: 'TRAVEL', label: 'X', planned: { amount: '1.005', currency: 'USD' } } }, { token: editor }))).toEqual([
        { path: 'input.planned.amount', message: 'USD has 2 decimal places' },
      ]);
      expect(errorOf(await gw.graphql(CREATE_LINE, { input: { programmeId: route.programmeId, category: 'FOOD', label: 'X', planned: { amount: '1', currency: 'USD' } } }, { token: editor }), 'BAD_USER_INPUT')).toBeDefined();
      expect(fieldsOf(await gw.graphql(CREATE_LINE, { input: { programmeId: await programmeWithoutCurrency(), category: 'TRAVEL', label: 'X', planned: { amount: '1', currency: 'USD' } } }, { token: editor }))).toEqual([
        { path: 'input.programmeId', message: 'the programme has no currency yet: give it a budget (amount and currency) first' },
      ]);
      const updated = await ok(gw, `mutation($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { ${LINE_FIELDS} } }`, { input: { id: line.id, version: 1, planned: { amount: '30000.50', currency: 'USD' } } }, { token: editor });
      expect(updated).toMatchObject({ version: 2, planned: { amount: '30000.50' } });
      expect(errorOf(await gw.graphql(`mutation($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { id } }`, { input: { id: line.id, version: 1, label: 'Old' } }, { token: editor }), 'CONFLICT')).toBeDefined();
    });

    it("refuses typing a route's action fund as a line (action plans keep it), but keeps a programme-level reserve", async () => {
      const route = await createRoute(gw);
      const editor = await logisticsEditor(gw);
      const message = "is ACTION_FUND: a route's action fund is kept in action plans and counted here from there, so it is not typed as a line";
      const fundLine = { programmeId: route.programmeId, routeId: route.id, category: 'ACTION_FUND', label: 'Action fund', planned: { amount: '12000', currency: 'USD' } };
      const refused = await gw.graphql(CREATE_LINE, { input: fundLine }, { token: editor });
      expect(fieldsOf(refused)).toEqual([{ path: 'input.category', message }]);
      expect(constraintsOf(refused)).toEqual([{ path: 'input.category', constraint: 'routeFundNotLine' }]);
      const travel = await ok(gw, CREATE_LINE, { input: { ...fundLine, category: 'TRAVEL', label: 'Flights' } }, { token: editor });
      const update = `mutation($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { id } }`;
      expect(fieldsOf(await gw.graphql(update, { input: { id: travel.id, version: travel.version, category: 'ACTION_FUND' } }, { token: editor }))).toEqual([{ path: 'input.category', message }]);
      const reserve = await ok(gw, CREATE_LINE, { input: { ...fundLine, routeId: null, label: 'Reserve for follow-up grants' } }, { token: editor });
      expect(reserve).toMatchObject({ routeId: null, category: 'ACTION_FUND' });
    });

    it('lists lines by category then label, filtered by programme, route, level, category and label', async () => {
      const route = await createRoute(gw);
      const p = route.programmeId;
      await createLine(gw, { programmeId: p, routeId: route.id, category: 'PER_DIEM', label: 'Per diems', planned: { amount: '100', currency: 'USD' } });
      await createLine(gw, { programmeId: p, routeId: route.id, category: 'TRAVEL', label: 'Vuelos domésticos', planned: { amount: '100', currency: 'USD' } });
      await createLine(gw, { programmeId: p, routeId: route.id, category: 'TRAVEL', label: 'International flights', planned: { amount: '100', currency: 'USD' } });
      await createLine(gw, { programmeId: p, category: 'STAFF', label: 'Coordination', planned: { amount: '100', currency: 'GBP' } });
      const page = await ok(gw, LINES, { first: 2, filter: { programmeId: p } }, { token: admin });
      expect(page.totalCount).toBe(4);
      expect(page.edges.map((e: { node: { label: string } }) => e.node.label)).toEqual(['International flights', 'Vuelos domésticos']);
      const rest = await ok(gw, LINES, { first: 5, after: page.pageInfo.endCursor, filter: { programmeId: p } }, { token: admin });
      expect(rest.edges.map((e: { node: { label: string } }) => e.node.label)).toEqual(['Per diems', 'Coordination']);
      expect((await ok(gw, LINES, { first: 10, filter: { programmeId: p, programmeLevel: true } }, { token: admin })).totalCount).toBe(1);
      expect((await ok(gw, LINES, { first: 10, filter: { routeId: route.id, category: 'TRAVEL' } }, { token: admin })).totalCount).toBe(2);
      expect((await ok(gw, LINES, { first: 10, filter: { programmeId: p, search: 'domesticos' } }, { token: admin })).edges).toEqual([{ node: { label: 'Vuelos domésticos', category: 'TRAVEL', routeId: route.id } }]);
    });

    it('refuses deleting a line while expenses are recorded against it', async () => {
      const route = await createRoute(gw);
      const line = await createLine(gw, { programmeId: route.programmeId, category: 'OTHER', label: 'Misc', planned: { amount: '100', currency: 'GBP' } });
      const expense = await createExpense(gw, { budgetLineId: line.id, amount: { amount: '10', currency: 'GBP' } });
      const refused = errorOf(await gw.graphql(`mutation { deleteBudgetLine(id: "${line.id}", version: 1) }`, {}, { token: admin }), 'CONFLICT');
      expect(refused.message).toBe('This budget line is still referred to by 1 expense; remove or move those first');
      await ok(gw, `mutation { deleteExpense(id: "${expense.id}", version: 1) }`, {}, { token: admin });
      expect(await ok(gw, `mutation { deleteBudgetLine(id: "${line.id}", version: 1) }`, {}, { token: admin })).toBe(line.id);
    });
  });

  describe('expenses', () => {
    it("records an expense at the rate given, the programme's planning rate, or 1 in its own currency", async () => {
      const route = await createRoute(gw);
      await setRate(gw, route.programmeId, 'USD', '0.79');
      const line = await createLine(gw, { programmeId: route.programmeId, routeId: route.id, category: 'TRAVEL', label: 'Flights', planned: { amount: '1000', currency: 'USD' } });
      const editor = await logisticsEditor(gw);
      const planned = await ok(gw, CREATE_EXPENSE, { input: { budgetLineId: line.id, spentOn: '2025-05-12', description: ' Taxi ', amount: { amount: '45.50', currency: 'USD' } } }, { token: editor });
      // 45.50 × 0.79 = 35.945 → 35.95
      expect(planned).toMatchObject({ description: 'Taxi', exchangeRate: '0.79', amount: { amount: '45.50', currency: 'USD' }, converted: { amount: '35.95', currency: 'GBP', minorUnits: '3595' }, hasReceipt: false, receiptUrl: null });
      const ofTheDay = await ok(gw, CREATE_EXPENSE, { input: { budgetLineId: line.id, spentOn: '2025-05-13', description: 'Bus', amount: { amount: '100', currency: 'USD' }, exchangeRate: '0.7812' } }, { token: editor });
      expect(ofTheDay).toMatchObject({ exchangeRate: '0.7812', converted: { amount: '78.12' } });
      const own = await ok(gw, CREATE_EXPENSE, { input: { budgetLineId: line.id, spentOn: '2025-05-13', description: 'Visa fee', amount: { amount: '20', currency: 'GBP' } } }, { token: editor });
      expect(own).toMatchObject({ exchangeRate: '1', converted: { amount: '20.00' } });
      expect(fieldsOf(await gw.graphql(CREATE_EXPENSE, { input: { budgetLineId: line.id, spentOn: '2025-05-13', description: 'Hotel', amount: { amount: '350', currency: 'PEN' } } }, { token: editor }))).toEqual([
        { path: 'input.exchangeRate', message: "no exchange rate from PEN to GBP is known: give the rate of the day, or set the programme's planning rate for PEN" },
      ]);
      expect(fieldsOf(await gw.graphql(CREATE_EXPENSE, { input: { budgetLineId: line.id, spentOn: '2025-05-13', description: 'Visa', amount: { amount: '20', currency: 'GBP' }, exchangeRate: '1.1' } }, { token: editor }))).toEqual([
        { path: 'input.exchangeRate', message: "must be 1 for an expense in GBP, the programme's currency" },
      ]);
      expect(fieldsOf(await gw.graphql(CREATE_EXPENSE, { input: { budgetLineId: line.id, spentOn: '2025-05-13', description: 'X', amount: { amount: '1', currency: 'USD' }, exchangeRate: 'abc' } }, { token: editor })).map((f) => f.path)).toEqual([
        'input.exchangeRate',
      ]);
      expect(fieldsOf(await gw.graphql(CREATE_EXPENSE, { input: { budgetLineId: UNKNOWN_ID, spentOn: '2025-13-01', description: ' ', amount: { amount: '1', currency: 'USD' } } }, { token: editor })).map((f) => f.path).sort()).toEqual([
        'input.description',
        'input.spentOn',
      ]);
      expect(fieldsOf(await gw.graphql(CREATE_EXPENSE, { input: { budgetLineId: UNKNOWN_ID, spentOn: '2025-05-13', description: 'X', amount: { amount: '1', currency: 'USD' } } }, { token: editor }))).toEqual([
        { path: 'input.budgetLineId', message: `no budget line has the id ${UNKNOWN_ID}` },
      ]);
    });

    it('changes an expense at the version read: a new currency takes its default rate again; it moves only between its programme’s lines', async () => {
      const route = await createRoute(gw);
      await setRate(gw, route.programmeId, 'USD', '0.79');
      await setRate(gw, route.programmeId, 'PEN', '0.2105');
      const line = await createLine(gw, { programmeId: route.programmeId, routeId: route.id, category: 'OTHER', label: 'Transport', planned: { amount: '1000', currency: 'USD' } });
      const sibling = await createLine(gw, { programmeId: route.programmeId, category: 'OTHER', label: 'Programme transport', planned: { amount: '1000', currency: 'GBP' } });
      const foreign = await createRoute(gw);
      const foreignLine = await createLine(gw, { programmeId: foreign.programmeId, category: 'OTHER', label: 'Elsewhere', planned: { amount: '1', currency: 'GBP' } });
      const expense = await createExpense(gw, { budgetLineId: line.id, amount: { amount: '100', currency: 'USD' }, exchangeRate: '0.8' });
      const amountOnly = await ok(gw, UPDATE_EXPENSE, { input: { id: expense.id, version: 1, amount: { amount: '200', currency: 'USD' } } }, { token: admin });
      expect(amountOnly).toMatchObject({ exchangeRate: '0.8', converted: { amount: '160.00' }, version: 2 });
      const inSoles = await ok(gw, UPDATE_EXPENSE, { input: { id: expense.id, version: 2, amount: { amount: '350.50', currency: 'PEN' } } }, { token: admin });
      // 350.50 × 0.2105 = 73.78025 → 73.78
      expect(inSoles).toMatchObject({ exchangeRate: '0.2105', converted: { amount: '73.78' } });
      const moved = await ok(gw, UPDATE_EXPENSE, { input: { id: expense.id, version: 3, budgetLineId: sibling.id, spentOn: '2025-05-15', description: 'Moved' } }, { token: admin });
      expect(moved).toMatchObject({ budgetLineId: sibling.id, spentOn: '2025-05-15', description: 'Moved' });
      expect(fieldsOf(await gw.graphql(UPDATE_EXPENSE, { input: { id: expense.id, version: 4, budgetLineId: foreignLine.id } }, { token: admin }))).toEqual([
        { path: 'input.budgetLineId', message: "is a line of another programme: an expense moves between its own programme's lines" },
      ]);
      expect(errorOf(await gw.graphql(UPDATE_EXPENSE, { input: { id: expense.id, version: 3, description: 'Stale' } }, { token: admin }), 'CONFLICT')).toBeDefined();
    });

    it('lists expenses, most recent first, by programme, route, line, category, dates, receipt and description', async () => {
      const route = await createRoute(gw);
      const travel = await createLine(gw, { programmeId: route.programmeId, routeId: route.id, category: 'TRAVEL', label: 'Flights', planned: { amount: '1000', currency: 'GBP' } });
      const staff = await createLine(gw, { programmeId: route.programmeId, category: 'STAFF', label: 'Staff', planned: { amount: '1000', currency: 'GBP' } });
      await createExpense(gw, { budgetLineId: travel.id, amount: { amount: '10', currency: 'GBP' }, spentOn: '2025-05-12', description: 'Excess baggage' });
      await createExpense(gw, { budgetLineId: travel.id, amount: { amount: '10', currency: 'GBP' }, spentOn: '2025-05-14', description: 'Taxi to the airport' });
      await createExpense(gw, { budgetLineId: staff.id, amount: { amount: '10', currency: 'GBP' }, spentOn: '2025-05-13', description: 'Coordinator' });
      const all = await ok(gw, EXPENSES, { first: 10, filter: { programmeId: route.programmeId } }, { token: admin });
      expect(all.edges.map((e: { node: { spentOn: string } }) => e.node.spentOn)).toEqual(['2025-05-14', '2025-05-13', '2025-05-12']);
      expect((await ok(gw, EXPENSES, { first: 10, filter: { routeId: route.id } }, { token: admin })).totalCount).toBe(2);
      expect((await ok(gw, EXPENSES, { first: 10, filter: { programmeId: route.programmeId, category: 'STAFF' } }, { token: admin })).totalCount).toBe(1);
      expect((await ok(gw, EXPENSES, { first: 10, filter: { budgetLineId: travel.id, from: '2025-05-13', to: '2025-05-14' } }, { token: admin })).totalCount).toBe(1);
      expect((await ok(gw, EXPENSES, { first: 10, filter: { programmeId: route.programmeId, search: 'airport' } }, { token: admin })).totalCount).toBe(1);
      expect((await ok(gw, EXPENSES, { first: 10, filter: { programmeId: route.programmeId, hasReceipt: true } }, { token: admin })).totalCount).toBe(0);
      const line = await ok(gw, `query($id: ID!) { budgetLine(id: $id) { label route { id } programme { id } expenses { description } } }`, { id: travel.id }, { token: admin });
      expect(line).toEqual({ label: 'Flights', route: { id: route.id }, programme: { id: route.programmeId }, expenses: [{ description: 'Taxi to the airport' }, { description: 'Excess baggage' }] });
    });
  });

  it('keeps the money for admins and internal users: partners and participants are refused, other editors read but do not write', async () => {
    const route = await createRoute(gw);
    const line = await createLine(gw, { programmeId: route.programmeId, category: 'OTHER', label: 'Misc', planned: { amount: '100', currency: 'GBP' } });
    const reads = [
      [LINES, { first: 5 }],
      [EXPENSES, { first: 5 }],
      [RATES, { p: route.programmeId }],
      [`query($id: ID!) { budgetLine(id: $id) { id } }`, { id: line.id }],
      [`query($r: ID!) { routeBudget(routeId: $r) { currency } }`, { r: route.id }],
      [`query($p: ID!) { programmeBudget(programmeId: $p) { currency } }`, { p: route.programmeId }],
    ] as const;
    const { key } = await createApiKey(gw, admin, ['READ', 'PERSONAL_DATA']);
    const participant = await gw.tokenFor(Role.PARTICIPANT);
    const internal = [await gw.tokenFor(Role.VIEWER), await gw.tokenFor(Role.REVIEWER)];
    for (const [query, variables] of reads) {
      expect(errorOf(await gw.graphql(query, variables, { apiKey: key }), 'FORBIDDEN')).toBeDefined();
      expect(errorOf(await gw.graphql(query, variables, { token: participant }), 'FORBIDDEN')).toBeDefined();
      for (const token of internal) expect((await gw.graphql(query, variables, { token })).errors).toBeUndefined();
    }
    const otherEditor = await gw.tokenFor(Role.EDITOR, ['delegations']);
    expect((await gw.graphql(LINES, { first: 5 }, { token: otherEditor })).errors).toBeUndefined();
    expect(errorOf(await gw.graphql(SET_RATE, { p: route.programmeId, c: 'USD', r: '1' }, { token: otherEditor }), 'FORBIDDEN')).toBeDefined();
    expect(errorOf(await gw.graphql(CREATE_EXPENSE, { input: { budgetLineId: line.id, spentOn: '2025-05-13', description: 'X', amount: { amount: '1', currency: 'GBP' } } }, { token: otherEditor }), 'FORBIDDEN')).toBeDefined();
  });
});
