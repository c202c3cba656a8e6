import nx from '@nx/eslint-plugin';

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
    // Domain modules depend on each other only as listed here: acyclic and explicit. Each may use
    // the core library; a module that extends another's types imports that module's public API.
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
    { sourceTag: 'domain:core', onlyDependOnLibsWithTags: ['type:util', 'domain:core'] },
    { sourceTag: 'domain:practices', onlyDependOnLibsWithTags: ['type:util', 'domain:core'] },
    { sourceTag: 'domain:champions', onlyDependOnLibsWithTags: ['type:util', 'domain:core', 'domain:practices'] },
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
    files: ['**/*.spec.ts', '**/test/**/*.ts', '**/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
];
