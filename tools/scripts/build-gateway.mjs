// `npm run build`: compiles the gateway and the server libraries it composes to plain
// JavaScript in dist/apps/gateway, so production runs `node dist/apps/gateway/main.js` with no
// TypeScript compiler loaded. SWC keeps what TypeORM and type-graphql read at run time: legacy
// decorators and their `design:*` metadata. Type errors are `npm run typecheck`'s business.
//
//   apps/gateway/src/<file>.ts       → dist/apps/gateway/<file>.js
//   libs/server/<lib>/src/<file>.ts  → dist/apps/gateway/libs/<lib>/<file>.js
//   libs/shared/<lib>/src/<file>.ts  → dist/apps/gateway/libs/shared-<lib>/<file>.js (TypeScript ones)
//
// The workspace's path aliases (`@lr/server-<lib>`, `@lr/server-core/testing`,
// `@lr/shared-<lib>`) become relative requires, so the output needs nothing but node_modules.
import { transformFile } from '@swc/core';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const out = resolve(process.argv[2] ?? join(root, 'dist', 'apps', 'gateway'));

const SWC = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
};

/** Every source to compile, with where it goes; tests and specs stay behind. */
async function sources() {
  const trees = [{ from: join(root, 'apps', 'gateway', 'src'), to: out }];
  for (const lib of await readdir(join(root, 'libs', 'server'))) {
    trees.push({ from: join(root, 'libs', 'server', lib, 'src'), to: join(out, 'libs', lib) });
  }
  // Shared libraries the server may import (the portal's too); those without TypeScript (the schema) have no src.
  for (const lib of await readdir(join(root, 'libs', 'shared'))) {
    const from = join(root, 'libs', 'shared', lib, 'src');
    if (existsSync(from)) trees.push({ from, to: join(out, 'libs', `shared-${lib}`) });
  }
  const files = [];
  const walk = async (dir, target) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path, join(target, entry.name));
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) {
        files.push({ source: path, target: join(target, entry.name.replace(/\.ts$/, '.js')) });
      }
    }
  };
  for (const tree of trees) await walk(tree.from, tree.to);
  return files;
}

/** `@lr/server-core` → `./libs/core/index.js`, `@lr/shared-x` → `./libs/shared-x/index.js`, relative to the file that requires it. */
function rewriteAliases(code, target) {
  return code.replace(/require\("@lr\/(server-|shared-)([a-z-]+)(\/testing)?"\)/g, (_, scope, lib, testing) => {
    const entry = join(out, 'libs', scope === 'shared-' ? `shared-${lib}` : lib, testing ? 'testing' : '', 'index.js');
    let path = relative(dirname(target), entry).replace(/\\/g, '/');
    if (!path.startsWith('.')) path = `./${path}`;
    return `require(${JSON.stringify(path)})`;
  });
}

const started = Date.now();
await rm(out, { recursive: true, force: true });
const files = await sources();
await Promise.all(
  files.map(async ({ source, target }) => {
    const { code, map } = await transformFile(source, { ...SWC, filename: source, sourceFileName: relative(dirname(target), source) });
    const compiled = rewriteAliases(code, target);
    if (compiled.includes('require("@lr/')) throw new Error(`${relative(root, source)} requires a workspace path the build does not know`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${compiled}\n//# sourceMappingURL=${target.split(/[\\/]/).pop()}.map\n`);
    if (map) await writeFile(`${target}.map`, map);
  }),
);
console.log(`Compiled ${files.length} files to ${relative(root, out)} in ${Date.now() - started} ms`);
