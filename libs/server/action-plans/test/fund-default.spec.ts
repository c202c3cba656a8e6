import type { TestGateway } from '@lr/server-core/testing';
import { FUND } from './fund-helpers';
import { adminToken, createRoute, errorOf, ok, startActionPlansGateway } from './helpers';

const SETTING = `{ platformSetting(key: "action-plans.fundDefault") { value version isDefault fields { name kind } } }`;
const UPDATE_SETTING = `mutation($input: UpdatePlatformSettingInput!) { updatePlatformSetting(input: $input) { value version } }`;
const UPDATE_FUND = `mutation($input: UpdateActionFundInput!) { updateActionFund(input: $input) { id } }`;

/** The fund a new route starts with is an admin setting, copied onto each route as it is made. */
describe("the action fund's default (run-time setting)", () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    admin = await adminToken(gw);
  });
  afterAll(() => gw?.close());

  it('gives routes made after a change the new default, and leaves earlier routes their fund', async () => {
    const earlier = await createRoute(gw);
    const setting = await ok(gw, SETTING, {}, { token: admin });
    expect(setting).toMatchObject({ value: { fund: { amount: '12000.00', currency: 'USD' } }, version: 0, isDefault: true, fields: [{ name: 'fund', kind: 'MONEY' }] });
    await ok(gw, UPDATE_SETTING, { input: { key: 'action-plans.fundDefault', version: 0, value: { fund: { amount: '9500', currency: 'EUR' } } } }, { token: admin });

    const later = await createRoute(gw);
    expect((await ok(gw, FUND, { routeId: later.id }, { token: admin })).amount).toMatchObject({ amount: '9500.00', currency: 'EUR' });
    expect((await ok(gw, FUND, { routeId: earlier.id }, { token: admin })).amount).toMatchObject({ amount: '12000.00', currency: 'USD' });
  });

  it('checks the default as a fund itself is checked: the same currency and decimals rules, at the same field', async () => {
    const route = await createRoute(gw);
    const { version } = await ok(gw, SETTING, {}, { token: admin });
    for (const [amount, field] of [
      [{ amount: '1', currency: 'XYZ' }, 'currency'],
      [{ amount: '1.234', currency: 'USD' }, 'amount'],
    ] as const) {
      const own = errorOf(await gw.graphql(UPDATE_FUND, { input: { routeId: route.id, version: 1, amount } }, { token: admin }), 'BAD_USER_INPUT');
      const platform = errorOf(await gw.graphql(UPDATE_SETTING, { input: { key: 'action-plans.fundDefault', version, value: { fund: amount } } }, { token: admin }), 'BAD_USER_INPUT');
      const [a] = own.extensions!['fields'] as { path: string; message: string }[];
      const [b] = platform.extensions!['fields'] as { path: string; message: string }[];
      expect([a.path, b.path]).toEqual([`input.amount.${field}`, `input.value.fund.${field}`]);
      expect(b.message).toBe(a.message);
    }
  });
});
