// The processes `npm start` runs. The gateway's smoke test starts the gateway through this same
// description, so the test boots the system exactly as a newcomer does.
const GATEWAY = {
  name: 'gateway',
  command: 'apps/gateway/run-ts.sh',
  args: ['apps/gateway/src/main.ts'],
};

module.exports = { GATEWAY, SYSTEM: [GATEWAY] };
