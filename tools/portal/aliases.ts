import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The workspace's `@lr/portal-*` and `@lr/shared-*` path aliases from tsconfig.base.json, for Vite's resolver.
 * Each alias names one file, so each matches the whole import and nothing longer.
 */
export function workspaceAliases(): { find: RegExp; replacement: string }[] {
  const root = join(__dirname, '../..');
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.entries(tsconfig.compilerOptions.paths)
    .filter(([alias]) => alias.startsWith('@lr/portal-') || alias.startsWith('@lr/shared-'))
    .map(([alias, [target]]) => ({ find: new RegExp(`^${alias.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}$`), replacement: join(root, target) }));
}
