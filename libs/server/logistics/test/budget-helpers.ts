import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, ok, startLogisticsGateway } from './helpers';

export const LINE_FIELDS = 'id version programmeId routeId category label planned { amount currency minorUnits }';
export const EXPENSE_FIELDS =
  'id version budgetLineId spentOn description amount { amount currency } exchangeRate converted { amount currency minorUnits } hasReceipt receiptUrl receiptName receiptType';

export interface BudgetGateway extends TestGateway {
  /** Where receipts go (a temporary directory, removed on close). */
  fileDir: string;
}

/** The logistics gateway with a file directory of its own. */
export async function startBudgetGateway(): Promise<BudgetGateway> {
  const fileDir = await mkdtemp(join(tmpdir(), 'lr-logistics-files-'));
  const gw = await startLogisticsGateway({ FILE_STORAGE_DIR: fileDir });
  return {
    ...gw,
    fileDir,
    async close() {
      await gw.close();
      await rm(fileDir, { recursive: true, force: true });
    },
  };
}

export async function setRate(gw: TestGateway, programmeId: string, currency: string, rate: string): Promise<void> {
  await ok(gw, `mutation($p: ID!, $c: String!, $r: String!) { setExchangeRate(programmeId: $p, currency: $c, rate: $r) { id } }`, { p: programmeId, c: currency, r: rate }, { token: await adminToken(gw) });
}

export async function createLine(
  gw: TestGateway,
  input: { programmeId: string; routeId?: string; category: string; label: string; planned: { amount: string; currency: string } },
): Promise<{ id: string; version: number }> {
  return ok(gw, `mutation($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { ${LINE_FIELDS} } }`, { input }, { token: await adminToken(gw) });
}

export async function createExpense(
  gw: TestGateway,
  input: { budgetLineId: string; amount: { amount: string; currency: string }; exchangeRate?: string; spentOn?: string; description?: string },
): Promise<{ id: string; version: number; converted: { amount: string }; exchangeRate: string }> {
  return ok(gw, `mutation($input: CreateExpenseInput!) { createExpense(input: $input) { ${EXPENSE_FIELDS} } }`, { input: { spentOn: '2025-05-14', description: 'Expense', ...input } }, { token: await adminToken(gw) });
}

/**
 * A traveller of the route with one leg costing `cost` (setup written straight to the travel
 * area's tables: the roll-up reads them, the travel area's own API is not under test here).
 */
export async function travellerWithLeg(gw: TestGateway, routeId: string, personId: string, cost: { minor: string; currency: string } | null): Promise<void> {
  const [traveller] = await gw.dataSource.query(`INSERT INTO traveller (version, route_id, person_id) VALUES (1, $1, $2) RETURNING id`, [routeId, personId]);
  if (!cost) return;
  await gw.dataSource.query(
    `INSERT INTO travel_leg (version, traveller_id, route_id, direction, from_place, to_place, depart_local, depart_time_zone, arrive_local, arrive_time_zone, cost_minor, cost_currency)
     VALUES (1, $1, $2, 'INBOUND', 'Guatemala City (GUA)', 'Lima (LIM)', '2025-05-11 08:00', 'America/Guatemala', '2025-05-11 15:00', 'America/Lima', $3, $4)`,
    [traveller.id, routeId, cost.minor, cost.currency],
  );
}

export interface RestError {
  message: string;
  extensions: { code: string; fields?: { path: string; message: string }[]; requestId?: string; [detail: string]: unknown };
}

/** The single error of a refused REST call, in the GraphQL error shape, after checking its HTTP status. */
export async function restErrorOf(res: Response, status: number, code: string): Promise<RestError> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { errors: RestError[] };
  expect(Object.keys(body)).toEqual(['errors']);
  expect(body.errors.map((e) => e.extensions.code)).toEqual([code]);
  return body.errors[0];
}
