// Prints the built JavaScript of each portal part, in bytes, after
// `npx nx run-many -t build --projects=tag:scope:portal`:
//   node tools/portal/bundle-sizes.mjs [dist/apps]
// "fallbacks" are a part's own copies of the shared singletons (React, the router, urql,
// i18next…): the browser fetches them only when no host has provided the library. "rest br" is
// the rest as the build precompressed it (brotli). What a visitor really downloads, measured in
// Chromium: tools/portal/wire-sizes.mjs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist/apps';

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    if (!entry.name.endsWith('.js')) return [];
    const bytes = statSync(path).size;
    return [{ name: entry.name, bytes, br: existsSync(`${path}.br`) ? statSync(`${path}.br`).size : bytes }];
  });
}

const rows = readdirSync(dist)
  .filter((name) => name.startsWith('portal-'))
  .map((part) => {
    const files = jsFiles(join(dist, part));
    const sum = (list, key = 'bytes') => list.reduce((total, f) => total + f[key], 0);
    const fallbacks = files.filter((f) => f.name.includes('__prebuild__'));
    const rest = files.filter((f) => !f.name.includes('__prebuild__'));
    return { part, total: sum(files), fallbacks: sum(fallbacks), rest: sum(rest), 'rest br': sum(rest, 'br') };
  });
console.table(rows);
