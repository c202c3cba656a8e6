// `npm start`: builds the portal, then runs the whole system — the gateway (on the embedded
// database with demo data unless DATABASE_URL is set) and the portal's shell and remotes — and
// stops every part when one of them stops or on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import processes from './processes.cjs';

const { SYSTEM, PORTAL_BUILD } = processes;
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

console.error('[start] building the portal…');
const build = spawnSync(process.execPath, PORTAL_BUILD, { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = SYSTEM.map(({ name, command, args }) => {
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  child.on('exit', (code, signal) => {
    console.error(`[start] ${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest`);
    stopAll(code ?? 1);
  });
  return child;
});

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const port = process.env.PORT ?? '4000';
console.error(
  `[start] portal: http://localhost:4200 — API: http://localhost:${port}/graphql — demo admin: admin@learningroutes.org / learning-routes-demo`,
);
