// Runs one project's Jest suite and keeps a JSON summary under reports/jest/, which
// tools/scripts/test-all.mjs adds up into the closing "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [projectRoot, ...rest] = process.argv.slice(2);
if (!projectRoot) {
  console.error('usage: run-jest.mjs <project-root> [jest args]');
  process.exit(2);
}
const reportDir = join('reports', 'jest');
mkdirSync(reportDir, { recursive: true });
const report = join(reportDir, `${projectRoot.replace(/[\\/]/g, '_')}.json`);
const result = spawnSync(
  process.execPath,
  [
    // The embedded database loads PostgreSQL contrib extensions (unaccent) with import(), which
    // Jest's module sandbox allows only with VM modules on.
    '--experimental-vm-modules',
    '--disable-warning=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '--config',
    join(projectRoot, 'jest.config.js'),
    '--json',
    '--outputFile',
    report,
    '--passWithNoTests=false',
    ...(process.env.CI ? ['--ci'] : []),
    ...rest,
  ],
  // Servers run in UTC (apps/gateway/src/main.ts); tests too, whatever the developer's zone.
  { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } },
);
process.exit(result.status ?? 1);
