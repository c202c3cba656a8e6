import { countStatements, queryDepth } from '@lr/server-core/testing';
import { createExpense, createLine, setRate, startBudgetGateway, type BudgetGateway } from './budget-helpers';
import { adminToken, createRoute } from './helpers';

// The deepest reads of the budget: lines → programme, route, expenses → line; expenses → line → route.
const LINES = `query($first: Int!) {
  budgetLines(first: $first) { edges { node { label planned { amount } programme { id } route { id } expenses { amount { amount } converted { amount } hasReceipt receiptUrl budgetLine { label } } } } }
}`;
const EXPENSES = `query($first: Int!) { expenses(first: $first) { edges { node { description converted { amount } budgetLine { label route { id } programme { id } } } } } }`;

describe('budget reads stay bounded in SQL statements', () => {
  let gw: BudgetGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startBudgetGateway();
    admin = await adminToken(gw);
    for (let r = 0; r < 3; r += 1) {
      const route = await createRoute(gw);
      await setRate(gw, route.programmeId, 'USD', '0.79');
      for (const category of ['TRAVEL', 'OTHER']) {
        const line = await createLine(gw, { programmeId: route.programmeId, routeId: route.id, category, label: category, planned: { amount: '1000', currency: 'USD' } });
        for (let e = 0; e < 2; e += 1) await createExpense(gw, { budgetLineId: line.id, amount: { amount: '10', currency: 'USD' } });
      }
    }
  });
  afterAll(() => gw.close());

  it.each([
    ['lines → programme, route, expenses → line', LINES],
    ['expenses → line → route, programme', EXPENSES],
  ])('reads %s in no more statements than the query is deep, whatever the page size', async (_name, query) => {
    const one = await countStatements(gw, query, { first: 1 }, { token: admin });
    const all = await countStatements(gw, query, { first: 3 }, { token: admin });
    expect(all.count).toBe(one.count);
    expect(all.count).toBeLessThanOrEqual(queryDepth(query));
  });
});
