import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressDir } from '../portal/precompress';

const { serveDir } = require('./serve-portal.cjs') as {
  serveDir(part: { name: string; dir: string; spa?: boolean }, apiUrl: string): Server;
};

const HASHED = 'assets/bootstrap-CWyd_L31.js';
const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word ${i % 17}`))};\n`;
const PAGE = `<!doctype html><html><head><script type="module" src="/${HASHED}"></script></head><body>${'<p>sign in</p>'.repeat(50)}</body></html>\n`;
const ENTRY = `export const init = () => ${JSON.stringify('remote '.repeat(200))};\n`;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw HTTP request: no client decompression, and the path sent exactly as written. */
function get(server: Server, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

function listen(part: { name: string; dir: string; spa?: boolean }): Promise<Server> {
  return new Promise((resolve) => {
    const server = serveDir(part, 'http://localhost:4000/graphql').listen(0, '127.0.0.1', () => resolve(server));
  });
}

const close = (server: Server) => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)));

describe('serve-portal', () => {
  let scratch: string;
  let shellDir: string;
  let shell: Server;
  let remote: Server;

  beforeAll(async () => {
    // A built shell and a built remote as the build leaves them, precompressed by the build's step;
    // beside them, files no request may reach: one above, one in a folder whose name starts alike.
    scratch = mkdtempSync(join(tmpdir(), 'lr-serve-portal-'));
    shellDir = join(scratch, 'portal-shell');
    const remoteDir = join(scratch, 'portal-routes');
    mkdirSync(join(shellDir, 'assets'), { recursive: true });
    mkdirSync(remoteDir);
    mkdirSync(join(scratch, 'portal-shell-private'));
    writeFileSync(join(shellDir, 'index.html'), PAGE);
    writeFileSync(join(shellDir, HASHED), SCRIPT);
    writeFileSync(join(shellDir, 'assets/tiny-Ab12_cdE.js'), 'export {};\n');
    writeFileSync(join(remoteDir, 'remoteEntry.js'), ENTRY);
    writeFileSync(join(scratch, 'secret.txt'), 'the secret');
    writeFileSync(join(scratch, 'portal-shell-private', 'key.js'), 'the key');
    await precompressDir(shellDir);
    await precompressDir(remoteDir);
    shell = await listen({ name: 'portal-shell', dir: shellDir, spa: true });
    remote = await listen({ name: 'portal-routes', dir: remoteDir });
  });

  afterAll(async () => {
    await close(shell);
    await close(remote);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('sends brotli to a browser that takes it, the bytes the build wrote, which decode to the file', async () => {
    const reply = await get(shell, `/${HASHED}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe('br');
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(reply.body.equals(readFileSync(join(shellDir, `${HASHED}.br`)))).toBe(true);
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
    expect(reply.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(reply.body).toString()).toBe(SCRIPT);
  });

  it('sends gzip when brotli is not accepted, or refused with q=0', async () => {
    for (const accept of ['gzip', 'gzip, deflate', 'br;q=0, gzip;q=0.8']) {
      const reply = await get(shell, `/${HASHED}`, { 'accept-encoding': accept });
      expect({ accept, encoding: reply.headers['content-encoding'] }).toEqual({ accept, encoding: 'gzip' });
      expect(gunzipSync(reply.body).toString()).toBe(SCRIPT);
    }
  });

  it('sends the plain file when nothing is accepted, and when the build wrote no compressed copy', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'deflate' }] as Record<string, string>[]) {
      const reply = await get(shell, `/${HASHED}`, headers);
      expect(reply.headers['content-encoding']).toBeUndefined();
      expect(reply.headers.vary).toBe('Accept-Encoding');
      expect(reply.body.toString()).toBe(SCRIPT);
    }
    // A file too small to gain from gzip (its header alone is 18 bytes) gets no .gz from the build.
    expect(existsSync(join(shellDir, 'assets/tiny-Ab12_cdE.js.gz'))).toBe(false);
    const tiny = await get(shell, '/assets/tiny-Ab12_cdE.js', { 'accept-encoding': 'gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export {};\n');
    writeFileSync(join(shellDir, 'assets/late-Xy12_abC.js'), SCRIPT);
    const late = await get(shell, '/assets/late-Xy12_abC.js', { 'accept-encoding': 'br, gzip' });
    expect(late.status).toBe(200);
    expect(late.headers['content-encoding']).toBeUndefined();
    expect(late.body.toString()).toBe(SCRIPT);
  });

  it('ignores a compressed copy older than its file (left over from another build)', async () => {
    const file = join(shellDir, 'assets/changed-Zz98_xyQ.js');
    writeFileSync(file, SCRIPT);
    await precompressDir(shellDir);
    const edited = SCRIPT.replace('word 1', 'WORD 1');
    writeFileSync(file, edited);
    utimesSync(`${file}.br`, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    utimesSync(`${file}.gz`, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const reply = await get(shell, '/assets/changed-Zz98_xyQ.js', { 'accept-encoding': 'br, gzip' });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.toString()).toBe(edited);
  });

  it('lets browsers keep hashed files a year, and has them ask again for the entry points', async () => {
    expect((await get(shell, `/${HASHED}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/routes/people']) {
      const page = await get(shell, path, { 'accept-encoding': 'br' });
      expect({ path, cache: page.headers['cache-control'], type: page.headers['content-type'] }).toEqual({ path, cache: 'no-cache', type: 'text/html; charset=utf-8' });
      expect(brotliDecompressSync(page.body).toString()).toBe(PAGE);
    }
    const manifest = await get(shell, '/portal-manifest.json');
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(manifest.body.toString())).toMatchObject({ apiUrl: 'http://localhost:4000/graphql' });
    const entry = await get(remote, '/remoteEntry.js', { 'accept-encoding': 'gzip' });
    expect(entry.headers['cache-control']).toBe('no-cache');
    expect(entry.headers['access-control-allow-origin']).toBe('*');
    expect(gunzipSync(entry.body).toString()).toBe(ENTRY);
  });

  it('answers an unchanged entry point 304 without a body, per encoding', async () => {
    const first = await get(remote, '/remoteEntry.js', { 'accept-encoding': 'br' });
    const again = await get(remote, '/remoteEntry.js', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const otherEncoding = await get(remote, '/remoteEntry.js', { 'accept-encoding': 'gzip', 'if-none-match': String(first.headers.etag) });
    expect(otherEncoding.status).toBe(200);
    expect(otherEncoding.headers['content-encoding']).toBe('gzip');
  });

  it('serves nothing outside the part’s folder, however the path is written', async () => {
    for (const path of ['/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%2fportal-shell-private%2fkey.js', '/..%5csecret.txt']) {
      for (const server of [shell, remote]) {
        const reply = await get(server, path);
        expect({ path, status: reply.status }).toEqual({ path, status: 404 });
        expect(reply.body.toString()).not.toMatch(/secret|key/);
      }
    }
    // The client-side routes fallback is for pages only: a missing file is a 404, not the page.
    expect((await get(shell, '/assets/gone-Ab12_cdE.js')).status).toBe(404);
    expect((await get(remote, '/routes/people')).status).toBe(404);
    expect((await get(shell, '/%E0%A4%A')).status).toBe(400);
  });
});
