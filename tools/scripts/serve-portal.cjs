// Serves the built portal: the shell on its port (with client-side routing and a
// /portal-manifest.json written from the environment) and each remote on its own port, as
// separately deployed static sites would be. Used by `npm start` and the browser tests.
//
// Scripts and styles go out as the build precompressed them (tools/portal/precompress.ts writes
// a .br and a .gz beside each): brotli when the browser takes it, else gzip, else the plain file.
// Files whose names carry a content hash never change, so browsers keep them a year without
// asking again; the entry points (index.html, remoteEntry.js, the manifest) are asked for anew on
// every visit, so a redeployed part is picked up at once.
const { createReadStream, existsSync, statSync } = require('node:fs');
const { createServer } = require('node:http');
const { basename, extname, join, relative, resolve, sep } = require('node:path');

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

/** Precompressed variants, best first: the file's suffix and its content-encoding. */
const ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
];

/** Vite's names for what it emits under assets/: `name-<8 characters of hash>.ext`. */
const HASHED = /-[\w-]{8}\.\w+$/;

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

/** Which content-codings an Accept-Encoding header allows (`q=0` refuses one; `*` stands for the rest). */
function acceptedCodings(header = '') {
  const weights = new Map();
  for (const item of header.toLowerCase().split(',')) {
    const [coding, ...params] = item.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (coding) weights.set(coding, q ? Number(q.slice(2)) : 1);
  }
  return (coding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
}

function cacheControl(path) {
  const name = basename(path);
  if (name.endsWith('.html') || name.startsWith('remoteEntry')) return 'no-cache';
  if (path.startsWith(`assets${sep}`) && HASHED.test(name)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

function serveDir(part, apiUrl) {
  const root = resolve(part.dir);
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('access-control-allow-origin', '*');
    if (part.spa && url.pathname === '/portal-manifest.json') {
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-cache' });
      return res.end(JSON.stringify(manifest(apiUrl)));
    }
    let file;
    try {
      file = join(root, decodeURIComponent(url.pathname));
    } catch {
      return res.writeHead(400).end('bad request');
    }
    // `..` and encoded slashes can lead out of the part's folder: nothing there is served.
    if (file !== root && !file.startsWith(root + sep)) return res.writeHead(404).end('not found');
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // Client-side routes get the page; a missing file (/favicon.ico, an old chunk) a plain 404.
      if (!part.spa || extname(file)) return res.writeHead(404).end('not found');
      file = join(root, 'index.html');
    }
    const plain = statSync(file);
    const accepts = acceptedCodings(req.headers['accept-encoding']);
    // A variant older than its file is left over from another build: the plain file is the truth.
    const variant = ENCODINGS.filter((e) => accepts(e.coding) && existsSync(file + e.suffix))
      .map((e) => ({ ...e, stat: statSync(file + e.suffix) }))
      .find((e) => e.stat.mtimeMs >= plain.mtimeMs);
    const sent = variant?.stat ?? plain;
    const etag = `"${plain.size.toString(36)}-${Math.floor(plain.mtimeMs).toString(36)}${variant ? `-${variant.coding}` : ''}"`;
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': cacheControl(relative(root, file)),
      vary: 'Accept-Encoding',
      etag,
    };
    // no-cache means "ask again": the ETag lets an unchanged entry point answer 304, without a body.
    if (req.headers['if-none-match'] === etag) return res.writeHead(304, headers).end();
    if (variant) headers['content-encoding'] = variant.coding;
    headers['content-length'] = sent.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    createReadStream(variant ? file + variant.suffix : file).pipe(res);
  });
}

/** Starts every part; resolves to a function that stops them. */
async function servePortal({ apiUrl, parts = PORTAL_PARTS }) {
  const servers = await Promise.all(
    parts.map(
      (part) =>
        new Promise((started, failed) => {
          if (!existsSync(part.dir)) return failed(new Error(`${part.dir} is missing: build the portal first`));
          const server = serveDir(part, apiUrl).listen(part.port, '127.0.0.1', () => started(server));
          server.on('error', failed);
        }),
    ),
  );
  return () => Promise.all(servers.map((s) => new Promise((r) => (s.closeAllConnections(), s.close(r)))));
}

module.exports = { PORTAL_PARTS, manifest, serveDir, servePortal };

if (require.main === module) {
  const apiUrl = process.env.PORTAL_API_URL ?? `http://localhost:${process.env.PORT ?? 4000}/graphql`;
  servePortal({ apiUrl }).then(() => console.error(`[portal] http://localhost:${PORTAL_PARTS[0].port} (API ${apiUrl})`));
}
