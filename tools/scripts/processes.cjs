// The processes `npm start` runs. The gateway's smoke test starts the gateway through this same
// description, so the test boots the system exactly as a newcomer does.
const GATEWAY = {
  name: 'gateway',
  command: 'apps/gateway/run-ts.sh',
  args: ['apps/gateway/src/main.ts'],
};

/** Serves the built shell and remotes (built first by tools/scripts/start.mjs). */
const PORTAL = {
  name: 'portal',
  command: process.execPath,
  args: ['tools/scripts/serve-portal.cjs'],
};

/** Builds every portal project before it is served. */
const PORTAL_BUILD = ['node_modules/nx/dist/bin/nx.js', 'run-many', '-t', 'build', '--projects=tag:scope:portal', '--outputStyle=stream'];

module.exports = { GATEWAY, PORTAL, PORTAL_BUILD, SYSTEM: [GATEWAY, PORTAL] };
