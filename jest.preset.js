// Shared Jest settings: SWC compiles TypeScript with the decorator metadata TypeORM and
// type-graphql need, and tsconfig paths map to library sources.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

// A wildcard alias (`@lr/server-*`) maps one path segment, so `@lr/server-core/testing` keeps
// its own entry and a deep import into another library does not resolve.
const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  const pattern = alias.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&').replace('*', '([^/]+)');
  moduleNameMapper[`^${pattern}$`] = path.join(__dirname, target.replace('*', '$1'));
}

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  testTimeout: 60000,
  // Both cores; projects that share fixed ports (the browser tests) set 1.
  maxWorkers: 2,
};
