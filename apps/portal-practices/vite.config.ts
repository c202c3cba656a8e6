import { remoteViteConfig } from '../../tools/portal/remote-vite-config';

// A section as a federation remote (tools/portal/remote-vite-config.ts says what that builds).
export default remoteViteConfig({ project: 'portal-practices', root: __dirname });
