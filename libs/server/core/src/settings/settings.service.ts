import { In } from 'typeorm';
import { publicName } from '../auth/principal';
import type { RequestContext } from '../context/request-context';
import { NotFoundError, StaleVersionError, ValidationError, type FieldProblem } from '../errors';
import { moneyFromMinor, toMinorUnits, type MoneyInput } from '../money/money';
import { Service } from '../module/service-container';
import { PlatformSettingRecord } from './platform-setting.entity';
import { PLATFORM_SCOPE, settingValue } from './read-setting';
import type { AnySetting } from './setting-definition';
import { fieldProblems, SettingFieldKind, type SettingField } from './setting-fields';
import type { PlatformSetting, SettingFieldInfo, UpdatePlatformSettingInput } from './settings.types';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function fieldInfo(name: string, field: SettingField): SettingFieldInfo {
  return {
    name,
    kind: field.kind,
    min: field.kind === SettingFieldKind.INT ? field.min : null,
    max: field.kind === SettingFieldKind.INT ? field.max : null,
    options: field.kind === SettingFieldKind.CHOICE ? [...field.options] : null,
  };
}

/**
 * A setting as one scope sees it: its own stored value if it has one, else what it inherits (a
 * narrower scope: the platform's value in force; the platform: the defaults), which is also
 * what `defaultValue` shows.
 */
function view(definition: AnySetting, scope: string, own: PlatformSettingRecord | null, platform: PlatformSettingRecord | null): PlatformSetting {
  const inherited = scope === PLATFORM_SCOPE ? { ...definition.defaults } : settingValue(definition, platform?.value);
  const value = own ? settingValue(definition, own.value) : inherited;
  return {
    key: definition.key,
    scope,
    module: definition.module,
    description: definition.description,
    value,
    defaultValue: inherited,
    isDefault: Object.keys(definition.fields).every((name) => same(value[name], inherited[name])),
    stored: own !== null,
    fields: Object.entries(definition.fields).map(([name, field]) => fieldInfo(name, field as SettingField)),
    version: own?.version ?? 0,
    updatedAt: own?.updatedAt ?? null,
    updatedBy: own?.updatedBy ?? null,
  };
}

/** Every problem of a proposed value: unknown and missing fields, each field's bounds, then the setting's own rules. */
export function problemsOf(definition: AnySetting, value: Record<string, unknown>, path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const name of Object.keys(value)) if (!(name in definition.fields)) problems.push({ path: `${path}.${name}`, message: 'is not a field of this setting', constraint: 'settingUnknownField' });
  for (const [name, field] of Object.entries(definition.fields)) {
    if (value[name] === undefined || value[name] === null) problems.push({ path: `${path}.${name}`, message: 'is required', constraint: 'settingRequired' });
    else problems.push(...fieldProblems(field as SettingField, value[name], `${path}.${name}`));
  }
  if (problems.length === 0 && definition.check) problems.push(...definition.check(value).map((p) => ({ ...p, path: `${path}.${p.path}` })));
  return problems;
}

/** The value as it is stored: amounts written with their currency's decimals ("11000" USD → "11000.00"). */
function normalized(definition: AnySetting, value: Record<string, unknown>): Record<string, unknown> {
  const out = { ...value };
  for (const [name, field] of Object.entries(definition.fields)) {
    if ((field as SettingField).kind !== SettingFieldKind.MONEY) continue;
    const money = value[name] as MoneyInput;
    out[name] = { amount: moneyFromMinor(toMinorUnits(money, name), money.currency)?.amount, currency: money.currency };
  }
  return out;
}

/**
 * Lists and changes the settings the composed modules declare, for the platform (admins; see the
 * resolver) or for a narrower scope whose owner checks who may (the core domain's programmes).
 */
@Service()
export class SettingsService {
  private definitions(ctx: RequestContext): AnySetting[] {
    return ctx.runtime.settings ?? [];
  }

  private definition(ctx: RequestContext, key: string): AnySetting {
    const definition = this.definitions(ctx).find((d) => d.key === key);
    if (!definition) throw new NotFoundError('PlatformSetting', key);
    return definition;
  }

  /** Every setting as `scope` sees it (the platform's by default). */
  async list(ctx: RequestContext, scope = PLATFORM_SCOPE): Promise<PlatformSetting[]> {
    const definitions = this.definitions(ctx);
    const rows = definitions.length ? await ctx.repo(PlatformSettingRecord).findBy({ key: In(definitions.map((d) => d.key)), scope: In([scope, PLATFORM_SCOPE]) }) : [];
    const row = (key: string, of: string) => rows.find((r) => r.key === key && r.scope === of) ?? null;
    return definitions.map((d) => view(d, scope, row(d.key, scope), row(d.key, PLATFORM_SCOPE)));
  }

  async get(ctx: RequestContext, key: string, scope = PLATFORM_SCOPE): Promise<PlatformSetting> {
    const definition = this.definition(ctx, key);
    const repo = ctx.repo(PlatformSettingRecord);
    const [own, platform] = await Promise.all([repo.findOneBy({ key, scope }), scope === PLATFORM_SCOPE ? null : repo.findOneBy({ key, scope: PLATFORM_SCOPE })]);
    return view(definition, scope, own, scope === PLATFORM_SCOPE ? own : platform);
  }

  /**
   * Saves a setting's whole value for `scope` if it passes the same checks as the module's own
   * inputs. Two saves at once take turns on a lock named after the key and scope (the first save
   * has no row to lock yet), and the second, whose version is then stale, gets CONFLICT.
   */
  async update(ctx: RequestContext, input: UpdatePlatformSettingInput, scope = PLATFORM_SCOPE): Promise<PlatformSetting> {
    const definition = this.definition(ctx, input.key);
    const row = await this.lockedRow(ctx, input.key, scope);
    const current = row?.version ?? 0;
    if (input.version !== current) throw new StaleVersionError('PlatformSetting', input.key, input.version, current);
    const problems = problemsOf(definition, input.value, 'input.value');
    if (problems.length) throw new ValidationError(problems);
    const value = normalized(definition, settingValue(definition, input.value));
    const repo = ctx.repo(PlatformSettingRecord);
    await repo.save(Object.assign(row ?? repo.create({ key: input.key, scope }), { value, updatedBy: publicName(ctx.principal) }));
    return this.get(ctx, input.key, scope);
  }

  /** Drops a narrower scope's own value, so it follows the platform's again (at the version read). */
  async clear(ctx: RequestContext, key: string, scope: string, version: number): Promise<PlatformSetting> {
    this.definition(ctx, key);
    if (scope === PLATFORM_SCOPE) throw ValidationError.field('scope', 'the platform’s value can be changed, not removed', 'platformScopeStays');
    const row = await this.lockedRow(ctx, key, scope);
    const current = row?.version ?? 0;
    if (version !== current) throw new StaleVersionError('PlatformSetting', key, version, current);
    if (row) await ctx.repo(PlatformSettingRecord).remove(row);
    return this.get(ctx, key, scope);
  }

  /** Removes every value of a scope whose owner goes (a deleted programme), each removal audited. */
  async removeScope(ctx: RequestContext, scope: string): Promise<void> {
    if (scope === PLATFORM_SCOPE) return;
    const rows = await ctx.repo(PlatformSettingRecord).findBy({ scope });
    if (rows.length) await ctx.repo(PlatformSettingRecord).remove(rows);
  }

  private async lockedRow(ctx: RequestContext, key: string, scope: string): Promise<PlatformSettingRecord | null> {
    await ctx.entityManager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`platform_setting:${scope}|${key}`]);
    return ctx.repo(PlatformSettingRecord).findOneBy({ key, scope });
  }
}
