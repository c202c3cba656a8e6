import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Role } from '@lr/server-core';
import { createExpense, createLine, EXPENSE_FIELDS, restErrorOf, startBudgetGateway, type BudgetGateway } from './budget-helpers';
import { adminToken, createApiKey, createRoute, logisticsEditor, ok, UNKNOWN_ID } from './helpers';

const PDF = Buffer.from('%PDF-1.4\n% a tiny receipt\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('expense receipts', () => {
  let gw: BudgetGateway;
  let editor: string;
  let lineId: string;

  beforeAll(async () => {
    gw = await startBudgetGateway();
    editor = await logisticsEditor(gw);
    const route = await createRoute(gw);
    lineId = (await createLine(gw, { programmeId: route.programmeId, routeId: route.id, category: 'OTHER', label: 'Taxis', planned: { amount: '100', currency: 'GBP' } })).id;
  });
  afterAll(() => gw.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const receiptUrl = (id: string) => `${gw.url}/logistics/expenses/${id}/receipt`;
  const upload = (id: string, body: Buffer, headers: Record<string, string>) => fetch(receiptUrl(id), { method: 'POST', headers, body });
  const filesOf = async (id: string) => readdir(join(gw.fileDir, 'logistics', 'receipts', id)).catch(() => []);
  const expense = () => createExpense(gw, { budgetLineId: lineId, amount: { amount: '12.50', currency: 'GBP' } });
  const read = async (id: string) => ok(gw, `query($id: ID!) { expense(id: $id) { ${EXPENSE_FIELDS} } }`, { id }, { token: editor });

  it('uploads a receipt, serves it to internal users as a download, and replaces it, deleting the old file after the commit', async () => {
    const { id } = await expense();
    const res = await upload(id, PDF, { ...bearer(editor), 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent('Recibo taxi «Lima».pdf') });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ expense: { id, version: 2, hasReceipt: true, receiptName: 'Recibo taxi «Lima».pdf', receiptType: 'application/pdf' } });
    expect(await read(id)).toMatchObject({ hasReceipt: true, receiptUrl: `/logistics/expenses/${id}/receipt`, receiptName: 'Recibo taxi «Lima».pdf', receiptType: 'application/pdf' });
    expect(await filesOf(id)).toHaveLength(1);

    const download = await fetch(receiptUrl(id), { headers: bearer(await gw.tokenFor(Role.VIEWER)) });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="Recibo taxi _Lima_.pdf"; filename*=UTF-8''${encodeURIComponent('Recibo taxi «Lima».pdf')}`);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    const replaced = await upload(id, PNG, { ...bearer(editor), 'content-type': 'image/png' });
    expect(replaced.status).toBe(200);
    expect(((await replaced.json()) as { expense: { receiptName: string } }).expense.receiptName).toBe(`receipt-${id.slice(0, 8)}.png`);
    expect(await filesOf(id)).toHaveLength(1);
    expect(Buffer.from(await (await fetch(receiptUrl(id), { headers: bearer(editor) })).arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('refuses other types with 400, files over 10 MB with 413 and empty files, on the file field', async () => {
    const { id } = await expense();
    const text = await restErrorOf(await upload(id, Buffer.from('hello'), { ...bearer(editor), 'content-type': 'text/html' }), 400, 'BAD_USER_INPUT');
    expect(text.extensions.fields).toEqual([{ path: 'file', message: 'files of type text/html cannot be receipts; allowed: PDF, JPEG, PNG, WebP, HEIC', constraint: 'receiptType' }]);
    const big = await restErrorOf(await upload(id, Buffer.alloc(10 * 1024 * 1024 + 1, 1), { ...bearer(editor), 'content-type': 'image/jpeg' }), 413, 'BAD_USER_INPUT');
    expect(big.extensions.fields).toEqual([{ path: 'file', message: 'The file is larger than 10 MB', constraint: 'receiptSize' }]);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 11; i += 1) controller.enqueue(new Uint8Array(1024 * 1024));
        controller.close();
      },
    });
    const chunked = await fetch(receiptUrl(id), { method: 'POST', headers: { ...bearer(editor), 'content-type': 'image/jpeg' }, body: stream, duplex: 'half' } as RequestInit);
    expect((await restErrorOf(chunked, 413, 'BAD_USER_INPUT')).extensions.fields).toEqual([{ path: 'file', message: 'The file is larger than 10 MB', constraint: 'receiptSize' }]);
    expect((await restErrorOf(await upload(id, Buffer.alloc(0), { ...bearer(editor), 'content-type': 'application/pdf' }), 400, 'BAD_USER_INPUT')).extensions.fields).toEqual([
      { path: 'file', message: 'The file is empty', constraint: 'receiptEmpty' },
    ]);
    expect((await read(id)).hasReceipt).toBe(false);
    expect(await filesOf(id)).toHaveLength(0);
  });

  it('lets logistics editors upload and internal users download; others are refused', async () => {
    const { id } = await expense();
    await restErrorOf(await upload(id, PDF, { 'content-type': 'application/pdf' }), 401, 'UNAUTHENTICATED');
    await restErrorOf(await upload(id, PDF, { ...bearer(await gw.tokenFor(Role.VIEWER)), 'content-type': 'application/pdf' }), 403, 'FORBIDDEN');
    await restErrorOf(await upload(UNKNOWN_ID, PDF, { ...bearer(editor), 'content-type': 'application/pdf' }), 404, 'NOT_FOUND');
    await restErrorOf(await fetch(receiptUrl(id), { headers: bearer(editor) }), 404, 'NOT_FOUND');
    expect((await upload(id, PDF, { ...bearer(editor), 'content-type': 'application/pdf' })).status).toBe(200);
    await restErrorOf(await fetch(receiptUrl(id)), 401, 'UNAUTHENTICATED');
    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    await restErrorOf(await fetch(receiptUrl(id), { headers: { 'x-api-key': key } }), 403, 'FORBIDDEN');
    await restErrorOf(await fetch(receiptUrl(id), { headers: bearer(await gw.tokenFor(Role.PARTICIPANT)) }), 403, 'FORBIDDEN');
    expect((await fetch(receiptUrl(id), { headers: bearer(await gw.tokenFor(Role.REVIEWER)) })).status).toBe(200);
  });

  it('deletes the stored file when the receipt or the expense is removed', async () => {
    const first = await expense();
    await upload(first.id, PDF, { ...bearer(editor), 'content-type': 'application/pdf' });
    const removed = await ok(gw, `mutation($id: ID!) { removeExpenseReceipt(id: $id, version: 2) { hasReceipt receiptUrl version } }`, { id: first.id }, { token: editor });
    expect(removed).toEqual({ hasReceipt: false, receiptUrl: null, version: 3 });
    expect(await filesOf(first.id)).toHaveLength(0);
    const second = await expense();
    await upload(second.id, PDF, { ...bearer(editor), 'content-type': 'application/pdf' });
    expect(await filesOf(second.id)).toHaveLength(1);
    await ok(gw, `mutation($id: ID!) { deleteExpense(id: $id, version: 2) }`, { id: second.id }, { token: editor });
    expect(await filesOf(second.id)).toHaveLength(0);
    // A refused change keeps the file: a stale version deletes nothing.
    const third = await expense();
    await upload(third.id, PDF, { ...bearer(editor), 'content-type': 'application/pdf' });
    await gw.graphql(`mutation($id: ID!) { deleteExpense(id: $id, version: 1) }`, { id: third.id }, { token: editor });
    expect(await filesOf(third.id)).toHaveLength(1);
  });
});
