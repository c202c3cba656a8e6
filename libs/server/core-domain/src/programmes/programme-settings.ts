import type { RequestContext } from '@lr/server-core';
import { loadRoute } from '../common/core-reads';

/**
 * The scope of a programme's own settings (the domain's numbers are "the default of a setting a
 * programme can change"): a programme's value overrides the platform's for its routes.
 */
export const programmeSettingScope = (programmeId: string) => `programme:${programmeId}`;

/**
 * The scopes a route's settings are read in, narrowest first: its programme's.
 * @example const { fund } = await readSetting(ctx, fundDefaultSetting, await routeSettingScopes(ctx, routeId));
 */
export async function routeSettingScopes(ctx: RequestContext, routeId: string): Promise<string[]> {
  const route = await loadRoute(ctx, routeId);
  return route ? [programmeSettingScope(route.programmeId)] : [];
}
