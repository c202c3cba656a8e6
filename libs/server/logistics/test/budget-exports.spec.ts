import { parse } from 'csv-parse/sync';
import { Role } from '@lr/server-core';
import { createExpense, createLine, startBudgetGateway, type BudgetGateway } from './budget-helpers';
import { adminToken, createApiKey, createRoute, logisticsEditor } from './helpers';

const HEADER = ['expense_id', 'spent_on', 'description', 'budget_line', 'category', 'amount', 'currency', 'exchange_rate', 'converted_amount', 'programme_currency', 'has_receipt'];

describe('GET /logistics/expenses.csv', () => {
  let gw: BudgetGateway;
  let routeId: string;
  let lodging: { id: string };

  beforeAll(async () => {
    gw = await startBudgetGateway();
    const route = await createRoute(gw);
    routeId = route.id;
    lodging = await createLine(gw, { programmeId: route.programmeId, routeId, category: 'ACCOMMODATION', label: 'Hotel nights', planned: { amount: '2000', currency: 'GBP' } });
    const meals = await createLine(gw, { programmeId: route.programmeId, routeId, category: 'PER_DIEM', label: 'Meals', planned: { amount: '500', currency: 'GBP' } });
    await createExpense(gw, { budgetLineId: lodging.id, amount: { amount: '350.50', currency: 'USD' }, exchangeRate: '0.8', spentOn: '2025-05-12', description: '=Hotel Lima' });
    await createExpense(gw, { budgetLineId: lodging.id, amount: { amount: '100', currency: 'GBP' }, spentOn: '2025-05-14', description: 'Hotel Cusco' });
    await createExpense(gw, { budgetLineId: meals.id, amount: { amount: '40', currency: 'GBP' }, spentOn: '2025-05-13', description: 'Lunch' });
  });
  afterAll(() => gw?.close());

  const download = async (query: string, headers: Record<string, string>) => {
    const res = await fetch(`${gw.url}/logistics/expenses.csv${query}`, { headers });
    const text = await res.text();
    return { status: res.status, text, rows: res.ok ? (parse(text, { bom: true }) as string[][]) : [] };
  };

  it('applies the list’s filters, newest first, amounts as plain decimals', async () => {
    const csv = await download(`?routeId=${routeId}&category=ACCOMMODATION`, { authorization: `Bearer ${await logisticsEditor(gw)}` });
    expect(csv.status).toBe(200);
    expect(csv.rows[0]).toEqual(HEADER);
    expect(csv.rows.slice(1).map((r) => [r[1], r[2], r[3], r[5], r[6], r[8], r[9]])).toEqual([
      ['2025-05-14', 'Hotel Cusco', 'Hotel nights', '100.00', 'GBP', '100.00', 'GBP'],
      // Typed by a person: defused so a spreadsheet does not run it.
      ['2025-05-12', "'=Hotel Lima", 'Hotel nights', '350.50', 'USD', '280.40', 'GBP'],
    ]);
    const later = await download(`?routeId=${routeId}&from=2025-05-13`, { authorization: `Bearer ${await adminToken(gw)}` });
    expect(later.rows.slice(1).map((r) => r[2])).toEqual(['Hotel Cusco', 'Lunch']);
  });

  it('exports the budget lines the list shows, planned amounts as plain decimals', async () => {
    const res = await fetch(`${gw.url}/logistics/budget-lines.csv?routeId=${routeId}&category=ACCOMMODATION`, { headers: { authorization: `Bearer ${await logisticsEditor(gw)}` } });
    const rows = parse(await res.text(), { bom: true }) as string[][];
    expect(rows[0]).toEqual(['budget_line_id', 'programme', 'route', 'category', 'label', 'planned_amount', 'currency']);
    expect(rows.slice(1).map((r) => [r[0], r[3], r[4], r[5], r[6]])).toEqual([[lodging.id, 'ACCOMMODATION', 'Hotel nights', '2000.00', 'GBP']]);
    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    expect((await fetch(`${gw.url}/logistics/budget-lines.csv?routeId=${routeId}`, { headers: { 'x-api-key': key } })).status).toBe(403);
  });

  it('is refused to those the list refuses: partners and participants', async () => {
    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    const partner = await download(`?routeId=${routeId}`, { 'x-api-key': key });
    expect([partner.status, JSON.parse(partner.text).errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const participant = await download(`?routeId=${routeId}`, { authorization: `Bearer ${await gw.tokenFor(Role.PARTICIPANT)}` });
    expect(participant.status).toBe(403);
    const viewer = await download(`?routeId=${routeId}`, { authorization: `Bearer ${await gw.tokenFor(Role.VIEWER)}` });
    expect(viewer.rows).toHaveLength(4);
  });
});
