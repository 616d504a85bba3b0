import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The web UI's folder (this file's directory), so the config works from any working directory. */
const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Content Security Policy of the built page: scripts only from the page's own origin, no inline
 * script, no plugins. Article text is rendered as text by React; this is the second fence should
 * a hostile page's markup ever reach the DOM. Build only: the dev server injects an inline
 * React-refresh preamble.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'marsad-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/** Vite configuration of Marsad's web UI: `vite build --config web/vite.config.ts` writes `web/dist/`. */
export default defineConfig({
  root,
  base: '/',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The cytoscape chunk (entity graph) is lazy-loaded and ~0.4 MB; warn only above that.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npx vite --config web/vite.config.ts` for development, with the API on :8080.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
