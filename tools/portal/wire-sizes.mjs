// Bytes on the wire of the built portal, measured in Chromium as a visitor meets it:
//   node tools/portal/wire-sizes.mjs [--json reports/portal/wire-sizes.json]
// after `npx nx run-many -t build --projects=tag:scope:portal`. It serves dist/ with
// tools/scripts/serve-portal.cjs on the portal's usual ports (stop `npm start` and the browser
// tests first), opens the sign-in page in a fresh browser, waits until the network is quiet and
// adds up each response's body as it came over the wire (compressed or not) by the part that
// served it. The shell starts loading every section's module once the sign-in page has painted,
// so one visit fetches the shell and each section's entry and exposed chunks, and only the
// shared libraries' fallbacks that the shell did not provide. "br if served" is each fetched
// file's brotli size (quality 11) whatever the server sent: the figure to compare builds by.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const { PORTAL_PARTS, servePortal } = require('../scripts/serve-portal.cjs');

const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;
const built = PORTAL_PARTS.filter((part) => existsSync(part.dir));
const missing = PORTAL_PARTS.filter((part) => !built.includes(part)).map((part) => part.name);
if (!built.some((part) => part.spa)) throw new Error('the shell is not built: npx nx run-many -t build --projects=tag:scope:portal');

// No API is needed: the sign-in page asks it nothing before a user signs in.
const apiUrl = 'http://127.0.0.1:9/graphql';
const stop = await servePortal({ apiUrl, parts: built });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await (await browser.newContext()).newPage();
  // A section not built fails to load, as one whose server is down: nothing of it is counted.
  // (No page.route() for the manifest: Playwright turns the HTTP cache off while routing.)
  const byPort = new Map(built.map((part) => [part.port, part.name]));
  const fetched = [];
  const reading = new Set();
  let lastActivity = Date.now();
  // Chromium's own accounts (DevTools protocol): what came over the socket, and what the
  // cache answered (a stylesheet preloaded and then applied is fetched once, reported twice).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const responses = new Map();
  cdp.on('Network.requestWillBeSent', () => (lastActivity = Date.now()));
  cdp.on('Network.loadingFailed', () => (lastActivity = Date.now()));
  cdp.on('Network.responseReceived', ({ requestId, response }) => responses.set(requestId, response));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    lastActivity = Date.now();
    const response = responses.get(requestId);
    if (!response || response.fromDiskCache || response.fromPrefetchCache || response.fromServiceWorker) return;
    const read = record(requestId, response, encodedDataLength).finally(() => reading.delete(read));
    reading.add(read);
  });
  async function record(requestId, response, received) {
    const url = new URL(response.url);
    if (!byPort.has(Number(url.port))) return;
    const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId });
    const decoded = Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
    fetched.push({
      part: byPort.get(Number(url.port)),
      path: url.pathname,
      kind: /\.m?js$/.test(url.pathname) ? 'js' : url.pathname.endsWith('.css') ? 'css' : 'other',
      encoding: response.headers['content-encoding'] ?? 'identity',
      raw: decoded.length,
      // The body as sent: all received bytes less the status line and headers.
      wire: received - response.encodedDataLength,
      brotli: brotliCompressSync(decoded, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  await page.goto(`http://localhost:${built[0].port}/`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 30_000 });
  // Each section's module imports its chunks only once its entry has run: wait for 2 s of quiet.
  while (Date.now() - lastActivity < 2000 || reading.size) await Promise.race([page.waitForTimeout(200), ...reading]);

  const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
  const rows = built.map((part) => {
    const files = fetched.filter((f) => f.part === part.name);
    const js = files.filter((f) => f.kind === 'js');
    const css = files.filter((f) => f.kind === 'css');
    return {
      part: part.name,
      requests: files.length,
      jsRaw: sum(js, 'raw'),
      jsWire: sum(js, 'wire'),
      jsBrotli: sum(js, 'brotli'),
      cssWire: sum(css, 'wire'),
      otherWire: sum(files.filter((f) => f.kind === 'other'), 'wire'),
      encodings: [...new Set(files.map((f) => f.encoding))].join(' '),
    };
  });
  const [shell, ...sections] = rows;
  const kB = (bytes) => Math.round(bytes / 100) / 10;
  console.table(rows.map((r) => ({ ...r, jsRaw: kB(r.jsRaw), jsWire: kB(r.jsWire), jsBrotli: kB(r.jsBrotli), cssWire: kB(r.cssWire), otherWire: kB(r.otherWire) })));
  const combined = sections.map((s) => ({
    'shell +': s.part,
    'JS on the wire (kB)': kB(shell.jsWire + s.jsWire),
    'JS + CSS on the wire (kB)': kB(shell.jsWire + shell.cssWire + s.jsWire + s.cssWire),
    'JS, br if served (kB)': kB(shell.jsBrotli + s.jsBrotli),
  }));
  console.table(combined);
  console.log(`sign-in page, every part: ${kB(sum(rows, 'jsWire'))} kB of JS on the wire (${kB(sum(rows, 'jsRaw'))} kB uncompressed), ${fetched.length} requests`);
  if (missing.length) console.log(`not built, left out: ${missing.join(', ')}`);
  if (jsonOut) {
    mkdirSync(dirname(jsonOut), { recursive: true });
    writeFileSync(jsonOut, JSON.stringify({ at: new Date().toISOString(), rows, combined, files: fetched }, null, 2));
  }
} finally {
  await browser.close();
  await stop();
}
