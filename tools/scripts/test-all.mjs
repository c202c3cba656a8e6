// `npm test`: type-checks, lints (module boundaries included) and runs every test suite, then
// prints one closing line "N passed, N failed" added up from each suite's Jest report.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_SKIP_NX_CACHE: 'true' };
const nx = (args) =>
  spawnSync(process.execPath, ['node_modules/nx/dist/bin/nx.js', ...args, '--outputStyle=stream'], { stdio: 'inherit', env }).status ?? 1;

// The browser tests drive Debian's Chromium (Playwright cannot download a browser here). On a
// Debian machine where we are root, install it, so `npm ci && npm test` needs nothing else.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM) && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Chromium for the browser tests (apt-get install -y chromium)…');
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };
  if (spawnSync('apt-get', ['install', '-y', 'chromium'], quiet).status !== 0) {
    spawnSync('apt-get', ['update'], quiet);
    spawnSync('apt-get', ['install', '-y', 'chromium'], quiet);
  }
}
if (!existsSync(CHROMIUM)) console.log(`No browser at ${CHROMIUM}: the browser tests will fail. Install Chromium or set CHROMIUM_PATH.`);

const REPORTS = join('reports', 'jest');
rmSync(REPORTS, { recursive: true, force: true });

const steps = [
  ['type-check', ['run-many', '-t', 'typecheck', '--parallel=2']],
  ['lint', ['run-many', '-t', 'lint', '--parallel=2']],
  // One project at a time: each Jest run already uses both cores.
  ['tests', ['run-many', '-t', 'test', '--parallel=1', '--nxBail=false']],
];
const failedSteps = [];
for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  if (nx(args) !== 0) failedSteps.push(name);
}

let passed = 0;
let failed = 0;
if (existsSync(REPORTS)) {
  for (const file of readdirSync(REPORTS)) {
    const report = JSON.parse(readFileSync(join(REPORTS, file), 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  }
}
// A step that failed before any test could count (type errors, lint) still fails the run.
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
if (failedSteps.length && failed === 0) failed = failedSteps.length;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length || failed ? 1 : 0);
