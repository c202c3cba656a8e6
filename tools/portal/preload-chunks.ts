import type { Plugin } from 'vite';

/**
 * Lists every script of the shell's build in index.html as `<link rel="modulepreload">`, and its
 * styles as a preload, so the browser fetches them all at once while it parses the page
 * instead of discovering them one import at a time (entry → federation runtime → shared
 * React, router, i18next → bootstrap: a chain four deep). The shell is small and needs all of
 * them to show the sign-in page; the sections' own chunks stay with their remotes.
 */
export function preloadChunks(): Plugin {
  return {
    name: 'lr-preload-chunks',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        const listed = new Set([...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]));
        const files = Object.values(context.bundle).map((output) => output.fileName);
        const scripts = files.filter((file) => file.endsWith('.js') && !listed.has(file));
        const styles = files.filter((file) => file.endsWith('.css') && !listed.has(file));
        return {
          html,
          tags: [
            ...scripts.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const })),
            ...styles.map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', href: `/${file}` }, injectTo: 'head' as const })),
          ],
        };
      },
    },
  };
}
