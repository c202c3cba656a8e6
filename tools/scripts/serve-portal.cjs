// Serves the built portal: the shell on its port (with client-side routing and a
// /portal-manifest.json written from the environment) and each remote on its own port, as
// separately deployed static sites would be. Used by `npm start` and the browser tests.
const { createReadStream, existsSync, statSync } = require('node:fs');
const { createServer } = require('node:http');
const { extname, join, normalize } = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

const SECTIONS = require('../portal/sections.json');

/** The portal's parts: where each is built and served (tools/portal/sections.json). */
const PORTAL_PARTS = [
  { name: SECTIONS.shell.project, dir: `dist/apps/${SECTIONS.shell.project}`, port: SECTIONS.shell.port, spa: true },
  ...SECTIONS.sections.map((s) => ({
    name: s.project,
    dir: `dist/apps/${s.project}`,
    port: s.port,
    remote: { name: s.federationName, section: s.section, title: s.title },
  })),
];

function manifest(apiUrl, parts = PORTAL_PARTS) {
  return {
    apiUrl,
    remotes: parts.filter((p) => p.remote).map((p) => ({ ...p.remote, entry: `http://localhost:${p.port}/remoteEntry.js` })),
  };
}

function serveDir(part, apiUrl) {
  const root = join(process.cwd(), part.dir);
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('access-control-allow-origin', '*');
    if (part.spa && url.pathname === '/portal-manifest.json') {
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
      return res.end(JSON.stringify(manifest(apiUrl)));
    }
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (!part.spa) return res.writeHead(404).end('not found');
      file = join(root, 'index.html'); // client-side routes
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': extname(file) === '.html' || file.endsWith('remoteEntry.js') ? 'no-cache' : 'public, max-age=3600',
    });
    createReadStream(file).pipe(res);
  });
}

/** Starts every part; resolves to a function that stops them. */
async function servePortal({ apiUrl, parts = PORTAL_PARTS }) {
  const servers = await Promise.all(
    parts.map(
      (part) =>
        new Promise((resolve, reject) => {
          if (!existsSync(part.dir)) return reject(new Error(`${part.dir} is missing: build the portal first`));
          const server = serveDir(part, apiUrl).listen(part.port, '127.0.0.1', () => resolve(server));
          server.on('error', reject);
        }),
    ),
  );
  return () => Promise.all(servers.map((s) => new Promise((r) => (s.closeAllConnections(), s.close(r)))));
}

module.exports = { PORTAL_PARTS, manifest, servePortal };

if (require.main === module) {
  const apiUrl = process.env.PORTAL_API_URL ?? `http://localhost:${process.env.PORT ?? 4000}/graphql`;
  servePortal({ apiUrl }).then(() => console.error(`[portal] http://localhost:${PORTAL_PARTS[0].port} (API ${apiUrl})`));
}
