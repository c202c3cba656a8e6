import { AuditEntry, SettingsService, choiceField, defineSetting, intField, moneyField, platformModule, readSetting, RequestContext, Role, type DomainModule, type MoneyInput } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { dataOf, libraryModule, onlyError } from './support';

enum Shelf {
  TOP = 'TOP',
  BOTTOM = 'BOTTOM',
}

/** A test module's setting with one field of each kind and a rule across fields. */
const loanSetting = defineSetting<{ shelf: Shelf; minDays: number; maxDays: number; fine: MoneyInput }>({
  key: 'library.loans',
  module: 'library',
  description: 'How long a new loan lasts',
  fields: { shelf: choiceField(Shelf), minDays: intField(1, 30), maxDays: intField(1, 60), fine: moneyField() },
  defaults: { shelf: Shelf.TOP, minDays: 7, maxDays: 21, fine: { amount: '2.50', currency: 'GBP' } },
  check: (v) => (v.minDays > v.maxDays ? [{ path: 'minDays', message: `must not be above maxDays (${v.maxDays})`, constraint: 'minAboveMax' }] : []),
});
const libraryWithSettings: DomainModule = { ...libraryModule, settings: [loanSetting] };

const LIST = `{ platformSettings { key module description value defaultValue isDefault version updatedBy fields { name kind min max options } } }`;
const UPDATE = `mutation($input: UpdatePlatformSettingInput!) { updatePlatformSetting(input: $input) { key value isDefault version updatedBy updatedAt } }`;
const good = { shelf: 'BOTTOM', minDays: 3, maxDays: 14, fine: { amount: '1.00', currency: 'EUR' } };
// Amounts are stored with their currency's decimals, whatever was typed.
const typed = { ...good, fine: { amount: '1', currency: 'EUR' } };

describe('run-time settings (kit)', () => {
  let gw: TestGateway;
  let admin: string;
  const read = () => readSetting(new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime }), loanSetting);

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryWithSettings]);
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw?.close());

  it('lists each setting with its default, bounds and version 0 until changed', async () => {
    const [setting] = dataOf(await gw.graphql(LIST, {}, { token: admin }))['platformSettings'];
    expect(setting).toMatchObject({ key: 'library.loans', module: 'library', isDefault: true, version: 0, updatedBy: null, value: loanSetting.defaults, defaultValue: loanSetting.defaults });
    expect(setting.fields).toEqual([
      { name: 'shelf', kind: 'CHOICE', min: null, max: null, options: ['TOP', 'BOTTOM'] },
      { name: 'minDays', kind: 'INT', min: 1, max: 30, options: null },
      { name: 'maxDays', kind: 'INT', min: 1, max: 60, options: null },
      { name: 'fine', kind: 'MONEY', min: null, max: null, options: null },
    ]);
    expect(await read()).toEqual(loanSetting.defaults);
  });

  it('refuses bad values field by field, with codes, and writes nothing', async () => {
    const bad = { shelf: 'MIDDLE', minDays: 0, maxDays: 14.5, fine: { amount: '1.234', currency: 'EUR' }, colour: 'red' };
    const error = onlyError(await gw.graphql(UPDATE, { input: { key: 'library.loans', value: bad, version: 0 } }, { token: admin }));
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    const fields = error.extensions?.['fields'] as { path: string; constraint: string }[];
    expect(fields.map((f) => [f.path, f.constraint])).toEqual([
      ['input.value.colour', 'settingUnknownField'],
      ['input.value.shelf', 'settingChoice'],
      ['input.value.minDays', 'settingRange'],
      ['input.value.maxDays', 'settingRange'],
      ['input.value.fine.amount', 'settingMoney'],
    ]);
    const missing = onlyError(await gw.graphql(UPDATE, { input: { key: 'library.loans', value: { ...good, fine: { amount: '1', currency: 'XYZ' }, minDays: undefined }, version: 0 } }, { token: admin }));
    expect((missing.extensions?.['fields'] as { path: string }[]).map((f) => f.path)).toEqual(['input.value.minDays', 'input.value.fine.currency']);
    const across = onlyError(await gw.graphql(UPDATE, { input: { key: 'library.loans', value: { ...good, minDays: 20, maxDays: 10 }, version: 0 } }, { token: admin }));
    expect(across.extensions?.['fields']).toEqual([{ path: 'input.value.minDays', message: 'must not be above maxDays (10)', constraint: 'minAboveMax' }]);
    expect(await read()).toEqual(loanSetting.defaults);
  });

  it('saves a whole value, read by the module at once, and audited with its before and after', async () => {
    const saved = dataOf(await gw.graphql(UPDATE, { input: { key: 'library.loans', value: typed, version: 0 } }, { token: admin }))['updatePlatformSetting'];
    expect(saved).toMatchObject({ value: good, isDefault: false, version: 1, updatedBy: expect.stringMatching(/ADMIN/) });
    expect(await read()).toEqual(good);
    const entries = await gw.dataSource.getRepository(AuditEntry).find({ where: { entityType: 'PlatformSettingRecord' }, order: { at: 'ASC' } });
    expect(entries.at(-1)?.changes).toMatchObject({ key: { to: 'library.loans' }, value: { to: good } });

    const back = dataOf(await gw.graphql(UPDATE, { input: { key: 'library.loans', value: loanSetting.defaults, version: 1 } }, { token: admin }))['updatePlatformSetting'];
    expect(back).toMatchObject({ isDefault: true, version: 2 });
    const last = await gw.dataSource.getRepository(AuditEntry).find({ where: { entityType: 'PlatformSettingRecord' }, order: { at: 'DESC' }, take: 1 });
    expect(last[0].changes).toEqual({ value: { from: good, to: loanSetting.defaults } });
  });

  it('reads a scope’s own value over the platform’s, and only the scopes asked for', async () => {
    const ctx = () => new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime });
    const service = new SettingsService();
    const platform = await read();
    for (const [scope, minDays] of [['shelf:a', 9], ['shelf:b', 10]] as const) {
      const c = ctx();
      await c.transaction(() => service.update(c, { key: 'library.loans', value: { ...good, minDays }, version: 0 }, scope));
    }
    expect((await readSetting(ctx(), loanSetting, ['shelf:a'])).minDays).toBe(9);
    expect((await readSetting(ctx(), loanSetting, ['shelf:none'])).minDays).toBe(platform.minDays);
    gw.resetQueryLog();
    await readSetting(ctx(), loanSetting, ['shelf:a']);
    const reads = gw.queryLog.filter((q) => q.includes('platform_setting'));
    // One statement, for the scopes asked for (the programme's and the platform's), not every scope of the key.
    expect(reads).toHaveLength(1);
    expect(reads[0].match(/"scope" =/g)).toHaveLength(2);
  });

  it('gives one of two concurrent saves CONFLICT, never both', async () => {
    const { version } = dataOf(await gw.graphql(`{ platformSetting(key: "library.loans") { version } }`, {}, { token: admin }))['platformSetting'];
    const [a, b] = await Promise.all([
      gw.graphql(UPDATE, { input: { key: 'library.loans', value: { ...good, minDays: 4 }, version } }, { token: admin }),
      gw.graphql(UPDATE, { input: { key: 'library.loans', value: { ...good, minDays: 5 }, version } }, { token: admin }),
    ]);
    const codes = [a, b].map((r) => (r.errors ? r.errors[0].extensions?.['code'] : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = (a.errors ? b : a).data!['updatePlatformSetting'];
    expect((await read()).minDays).toBe(winner.value.minDays);
  });

  it('is for admins only, and names an unknown key', async () => {
    const editor = await gw.tokenFor(Role.EDITOR, ['library']);
    expect(onlyError(await gw.graphql(LIST, {}, { token: editor })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await gw.graphql(UPDATE, { input: { key: 'library.loans', value: good, version: 0 } }, { token: editor })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await gw.graphql(UPDATE, { input: { key: 'library.nothing', value: good, version: 0 } }, { token: admin })).extensions?.['code']).toBe('NOT_FOUND');
  });
});
