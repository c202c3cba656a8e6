import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The workspace's `@lr/portal-*` path aliases from tsconfig.base.json, for Vite's resolver. */
export function workspaceAliases(): Record<string, string> {
  const root = join(__dirname, '../..');
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths)
      .filter(([alias]) => alias.startsWith('@lr/portal-'))
      .map(([alias, [target]]) => [alias, join(root, target)]),
  );
}
