import DataLoader from 'dataloader';
import { In } from 'typeorm';
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

/** The stored rows of a key in the scopes asked for, one statement per request however many are read. */
function storedRows(ctx: RequestContext, key: string): Promise<PlatformSettingRecord[]> {
  const loader = ctx.loaders.get<string, PlatformSettingRecord[]>('platform-setting', () =>
    new DataLoader(async (keys: readonly string[]) => {
      const rows = await ctx.repo(PlatformSettingRecord).findBy({ key: In([...keys]) });
      return keys.map((k) => rows.filter((r) => r.key === k));
    }),
  );
  return loader.load(key);
}

/** The row that decides a setting in `scopes` (narrowest first), falling back to the platform's. */
export async function decidingRow(ctx: RequestContext, key: string, scopes: readonly string[] = []): Promise<PlatformSettingRecord | null> {
  const rows = await storedRows(ctx, key);
  for (const scope of [...scopes, PLATFORM_SCOPE]) {
    const row = rows.find((r) => r.scope === scope);
    if (row) return row;
  }
  return null;
}

/**
 * The value of a setting now, for a module copying it onto a record it creates: the narrowest
 * of `scopes` that overrides it (a route's programme), else the platform's, else the defaults.
 * @example const { fund } = await readSetting(ctx, fundDefaultSetting, [programmeSettingScope(route.programmeId)]);
 */
export async function readSetting<V extends Record<string, unknown>>(ctx: RequestContext, definition: SettingDefinition<V>, scopes: readonly string[] = []): Promise<V> {
  return settingValue(definition, (await decidingRow(ctx, definition.key, scopes))?.value);
}
