import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/**
 * Libraries the shell and every remote share as singletons, at the versions of the root
 * package.json: one React, one router, one GraphQL client in the page. Never eager.
 */
export const SHARED_SINGLETONS = ['react', 'react-dom', 'react-router', 'urql', 'graphql'] as const;

export function sharedSingletons() {
  return Object.fromEntries(
    SHARED_SINGLETONS.map((name) => [name, { singleton: true, requiredVersion: pkg.dependencies[name] }]),
  );
}

/** Ports of the portal's parts in development and `npm start`. */
export const PORTAL_PORTS = { shell: 4200, routes: 4201 } as const;
