// Prints the built JavaScript of each portal part, in bytes, after
// `npx nx run-many -t build --projects=tag:scope:portal`:
//   node tools/portal/bundle-sizes.mjs [dist/apps]
// "fallbacks" are a part's own copies of the shared singletons (React, the router, urql,
// graphql, i18next…): the browser fetches them only when no host has provided the library.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist/apps';

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return entry.name.endsWith('.js') ? [{ name: entry.name, bytes: statSync(path).size }] : [];
  });
}

const rows = readdirSync(dist)
  .filter((name) => name.startsWith('portal-'))
  .map((part) => {
    const files = jsFiles(join(dist, part));
    const sum = (list) => list.reduce((total, f) => total + f.bytes, 0);
    const fallbacks = sum(files.filter((f) => f.name.includes('__prebuild__')));
    return { part, total: sum(files), fallbacks, rest: sum(files) - fallbacks };
  });
console.table(rows);
