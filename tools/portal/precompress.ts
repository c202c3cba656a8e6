import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Text the browser fetches and compresses well; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg)$/;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Writes `file.br` (brotli, quality 11) and `file.gz` (gzip, level 9) beside each script, style,
 * page, JSON and SVG file of a folder, for tools/scripts/serve-portal.cjs (or any static server
 * or CDN that serves precompressed files) to send. Compressing once at build time affords the
 * slowest, smallest settings, which a server compressing each response could not. A variant
 * no smaller than its file is not written: the server then sends the file itself.
 */
export async function precompressDir(dir: string): Promise<{ files: number; bytes: number; brotliBytes: number }> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  let bytes = 0;
  let brotliBytes = 0;
  await Promise.all(
    files.map(async (file) => {
      const content = readFileSync(file);
      const [br, gz] = await Promise.all([
        brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
        gzipped(content, { level: 9 }),
      ]);
      if (br.length < content.length) writeFileSync(`${file}.br`, br);
      if (gz.length < content.length) writeFileSync(`${file}.gz`, gz);
      bytes += content.length;
      brotliBytes += Math.min(br.length, content.length);
    }),
  );
  return { files: files.length, bytes, brotliBytes };
}

/**
 * The build step, a Vite plugin: once every file of the build is written, compress them. Typed by
 * its shape rather than with Vite's `Plugin`, whose types the tools' tsconfig (Node 10 module
 * resolution, for the jest spec that uses `precompressDir`) cannot resolve.
 */
export function precompress() {
  let outDir = '';
  let logger: { info(message: string): void } | undefined;
  return {
    name: 'lr-precompress',
    apply: 'build' as const,
    enforce: 'post' as const,
    configResolved(config: { root: string; build: { outDir: string }; logger: { info(message: string): void } }) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    closeBundle: {
      order: 'post' as const,
      async handler() {
        const { files, bytes, brotliBytes } = await precompressDir(outDir);
        logger?.info(`precompressed ${files} files: ${Math.round(bytes / 1000)} kB, ${Math.round(brotliBytes / 1000)} kB as brotli`);
      },
    },
  };
}
