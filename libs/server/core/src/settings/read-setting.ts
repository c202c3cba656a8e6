import DataLoader from 'dataloader';
import type { RequestContext } from '../context/request-context';
import type { SettingDefinition } from './setting-definition';
import { PlatformSettingRecord } from './platform-setting.entity';

/** The platform's own scope: the value every narrower scope falls back to. */
export const PLATFORM_SCOPE = '';

/** The stored value laid over the defaults: a field added to a setting later reads as its default. */
export function settingValue<V extends Record<string, unknown>>(definition: SettingDefinition<V>, stored: Record<string, unknown> | undefined): V {
  const value = { ...definition.defaults } as Record<string, unknown>;
  if (stored) for (const name of Object.keys(definition.fields)) if (name in stored) value[name] = stored[name];
  return value as V;
}

/**
 * The stored row of a key in one scope, one statement per request however many are read; only
 * the scopes asked for are read, never every programme's value of the key.
 */
function storedRow(ctx: RequestContext, key: string, scope: string): Promise<PlatformSettingRecord | null> {
  const loader = ctx.loaders.get<string, PlatformSettingRecord | null>('platform-setting', () =>
    new DataLoader(async (pairs: readonly string[]) => {
      const wanted = pairs.map((pair) => JSON.parse(pair) as [string, string]);
      const rows = await ctx.repo(PlatformSettingRecord).find({ where: wanted.map(([k, sc]) => ({ key: k, scope: sc })) });
      return wanted.map(([k, sc]) => rows.find((r) => r.key === k && r.scope === sc) ?? null);
    }),
  );
  return loader.load(JSON.stringify([key, scope]));
}

/** The row that decides a setting in `scopes` (narrowest first), falling back to the platform's. */
export async function decidingRow(ctx: RequestContext, key: string, scopes: readonly string[] = []): Promise<PlatformSettingRecord | null> {
  const rows = await Promise.all([...scopes, PLATFORM_SCOPE].map((scope) => storedRow(ctx, key, scope)));
  return rows.find((row) => row !== null) ?? null;
}

/**
 * The value of a setting now, for a module copying it onto a record it creates: the narrowest
 * of `scopes` that overrides it (a route's programme), else the platform's, else the defaults.
 * @example const { fund } = await readSetting(ctx, fundDefaultSetting, [programmeSettingScope(route.programmeId)]);
 */
export async function readSetting<V extends Record<string, unknown>>(ctx: RequestContext, definition: SettingDefinition<V>, scopes: readonly string[] = []): Promise<V> {
  return settingValue(definition, (await decidingRow(ctx, definition.key, scopes))?.value);
}
