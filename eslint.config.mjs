import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nx from '@nx/eslint-plugin';
import lr from './tools/eslint-rules/index.js';

const SERVER_LIBS = fileURLToPath(new URL('./libs/server/', import.meta.url));


/**
 * What each domain module may import, read from the tags in its project.json: `domain:<x>`
 * names the module, and one `uses:<y>` tag per module whose public API it imports. Every module
 * may use the core library and the core domain (`domain:core`), the base of every deployment.
 * A new module (`npm run new:module`) needs no line here.
 */
function domainDependencyConstraints() {
  return readdirSync(SERVER_LIBS)
    .map((dir) => `${SERVER_LIBS}${dir}/project.json`)
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')).tags ?? [])
    .filter((tags) => tags.includes('type:domain'))
    .flatMap((tags) => {
      const domain = tags.find((t) => t.startsWith('domain:'))?.slice('domain:'.length);
      if (!domain) return [];
      const uses = [...tags.filter((t) => t.startsWith('uses:')).map((t) => t.slice('uses:'.length))];
      const allowed = new Set(['type:util', 'domain:core', ...uses.map((u) => `domain:${u}`)]);
      return [{ sourceTag: `domain:${domain}`, onlyDependOnLibsWithTags: [...allowed] }];
    });
}

// Module boundaries: who may import whom. Tags live in each project.json.
const boundaries = {
  enforceBuildableLibDependency: true,
  allow: [],
  depConstraints: [
    { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
    { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'] },
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
    // Benchmarks and scripts measure and run the whole system.
    { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
    // Browser tests drive the built portal and start the gateway with the server's test harness.
    { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:server', 'scope:portal', 'scope:shared'] },
    { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
    { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:util', 'type:data-access', 'type:ui'] },
    { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:util'] },
    // Domain modules depend on each other only as their project.json declares: explicit, and
    // acyclic by review. A module that extends another's types imports that module's public API.
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
    ...domainDependencyConstraints(),
    { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:util', 'type:domain', 'type:data-access', 'type:ui'] },
  ],
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/node_modules', '**/dist', '**/.data', 'reports', 'tmp', '**/generated/**', '**/vite.config.ts', 'tools/portal/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // TypeORM and type-graphql take classes as plain constructors (`Function`).
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // Beyond imports: a module never reads another module's tables (tools/eslint-rules).
    files: ['libs/server/**/*.ts'],
    // Migrations and demo data run outside any request, on the database as a whole (moving data
    // between modules' tables, finding the rows to build on): the rule is for module code.
    ignores: ['libs/server/*/src/migrations/**', 'libs/server/*/src/demo/**'],
    plugins: { lr },
    rules: { 'lr/no-foreign-data-access': 'error' },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts', '**/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
];
